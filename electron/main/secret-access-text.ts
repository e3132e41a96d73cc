// The words of main's secret-access confirmation (the native dialog and the passphrase
// prompt), in the app's language. Main's own text, never the page's: the renderer cannot
// change what the user is asked. Names the key by label, never shows a value.
import type { PromptText } from '../../shared/ipc/prompt';
import type { Language } from '../../shared/ipc/views';
import type { SecretAccessPrompt } from '../core/app/ports';

type Ask = Pick<SecretAccessPrompt, 'label' | 'action' | 'field'>;

export interface ConfirmText {
  title: string;
  message: string;
  detail: string;
  allow: string;
  cancel: string;
}

const FIELD = {
  en: { secret: 'secret', passphrase: 'API passphrase' },
  'zh-CN': { secret: '私钥', passphrase: 'API 密码' },
} as const;

function fieldName(language: Language, field: string): string {
  const names: Record<string, string> = FIELD[language];
  return names[field] ?? names.secret ?? field;
}

export function confirmText(language: Language, ask: Ask): ConfirmText {
  if (ask.action === 'rekey') {
    return language === 'zh-CN'
      ? {
          title: 'Keyward',
          message: '为保险库重新生成密钥？',
          detail:
            '将生成新的保险库密钥和新的恢复密钥，旧的恢复密钥和旧备份将失效。只有在你刚刚于设置中点击“重新生成密钥”时才确认。',
          allow: '重新生成密钥',
          cancel: '取消',
        }
      : {
          title: 'Keyward',
          message: 'Re-key the vault?',
          detail:
            'A new vault key and a new recovery key are made; the recovery key you wrote down and the old backups stop working. Allow this only if you just asked for it in Settings.',
          allow: 'Re-key',
          cancel: 'Cancel',
        };
  }
  if (ask.action === 'passphrase') {
    return language === 'zh-CN'
      ? {
          title: 'Keyward',
          message: '为保险库设置主密码？',
          detail: '之后打开保险库需要输入此主密码。只有在你刚刚于设置中点击“设置主密码”时才确认。',
          allow: '设置主密码',
          cancel: '取消',
        }
      : {
          title: 'Keyward',
          message: 'Set a passphrase on the vault?',
          detail:
            'Opening the vault will then ask for this passphrase. Allow this only if you just asked for it in Settings.',
          allow: 'Set passphrase',
          cancel: 'Cancel',
        };
  }
  const what = fieldName(language, ask.field);
  if (language === 'zh-CN') {
    return {
      title: 'Keyward',
      message: `${ask.action === 'copy' ? '复制' : '显示'}“${ask.label}”的${what}？`,
      detail: '确认后 5 分钟内（或直到锁定）复制和显示不再询问。若不是你刚刚点的，请取消。',
      allow: ask.action === 'copy' ? '复制' : '显示',
      cancel: '取消',
    };
  }
  return {
    title: 'Keyward',
    message: `${ask.action === 'copy' ? 'Copy' : 'Reveal'} the ${what} of "${ask.label}"?`,
    detail:
      'Copies and reveals then go ahead without asking for 5 minutes, or until the vault locks. If you did not just ask for this, cancel.',
    allow: ask.action === 'copy' ? 'Copy' : 'Reveal',
    cancel: 'Cancel',
  };
}

export function promptText(language: Language, ask: Ask): PromptText {
  const confirm = confirmText(language, ask);
  if (language === 'zh-CN') {
    return {
      lang: 'zh-CN',
      title: confirm.title,
      message: confirm.message,
      fieldLabel: '保险库密码',
      submit: confirm.allow,
      cancel: confirm.cancel,
      wrong: '这不是保险库密码。',
    };
  }
  return {
    lang: 'en',
    title: confirm.title,
    message: confirm.message,
    fieldLabel: 'Vault passphrase',
    submit: confirm.allow,
    cancel: confirm.cancel,
    wrong: 'That is not the vault passphrase.',
  };
}
