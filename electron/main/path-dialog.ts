// Main's side of core's choosePaths port: the native open dialog. The page never sends a
// path; core reads only what the user picked here (an import file, folders to scan).
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { ChoosePaths } from '../core/app/ports';
import type { Language } from '../../shared/ipc/views';

const TITLES: Record<Language, Record<Parameters<ChoosePaths>[0], string>> = {
  en: { 'import-file': 'Choose a file to import', 'scan-folders': 'Choose folders to scan' },
  'zh-CN': { 'import-file': '选择要导入的文件', 'scan-folders': '选择要扫描的文件夹' },
};

export function electronPathDialog(deps: {
  parent: () => BrowserWindow | null;
  language: () => Promise<Language>;
}): ChoosePaths {
  return async (kind) => {
    const language = await deps.language().catch((): Language => 'en');
    const options: OpenDialogOptions = {
      title: TITLES[language][kind],
      properties:
        kind === 'import-file'
          ? ['openFile', 'showHiddenFiles', 'dontAddToRecent']
          : ['openDirectory', 'multiSelections', 'showHiddenFiles', 'dontAddToRecent'],
    };
    const parent = deps.parent();
    const { canceled, filePaths } = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return canceled ? [] : filePaths;
  };
}
