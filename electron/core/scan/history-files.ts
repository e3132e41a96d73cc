// Where shells, REPLs and clipboard managers keep their history, relative to the home folder.
// Scanned with --history, wherever they are (some sit in caches the folder walk skips).
import fs from 'node:fs/promises';
import path from 'node:path';

export const HISTORY_FILES = [
  // Shells
  '.bash_history',
  '.sh_history',
  '.zsh_history',
  '.zhistory',
  '.histfile',
  '.local/share/fish/fish_history',
  '.config/fish/fish_history',
  '.local/share/nushell/history.txt',
  '.config/nushell/history.txt',
  // REPLs
  '.python_history',
  '.node_repl_history',
  '.ts_node_repl_history',
  '.psql_history',
  '.mysql_history',
  '.sqlite_history',
  '.rediscli_history',
  '.mongosh/mongosh_repl_history',
  '.dbshell',
  '.irb_history',
  '.pry_history',
  '.Rhistory',
  '.julia/logs/repl_history.jl',
  '.ipython/profile_default/history.sqlite',
  '.lesshst',
  // Clipboard managers
  '.local/share/klipper/history2.lst',
  '.local/share/klipper/history3.lst',
  '.local/share/gpaste/history.xml',
  '.local/share/clipman.json',
  '.cache/xfce4/clipman/textsrc',
];

/** CopyQ keeps one file per tab (copyq_tab_<name>.dat). */
const PATTERN_DIRS: { dir: string; match: RegExp }[] = [
  { dir: '.config/copyq', match: /^copyq_tab_.*\.dat$/ },
  { dir: '.local/share/gpaste', match: /\.xml$/ },
];

/** The history files that exist under `home` (real paths, regular files only). */
export async function findHistoryFiles(home: string): Promise<string[]> {
  const candidates = HISTORY_FILES.map((f) => path.join(home, f));
  for (const { dir, match } of PATTERN_DIRS) {
    try {
      for (const name of await fs.readdir(path.join(home, dir))) {
        if (match.test(name)) candidates.push(path.join(home, dir, name));
      }
    } catch {
      // No such manager here.
    }
  }
  const found = new Set<string>();
  for (const file of candidates) {
    try {
      const real = await fs.realpath(file);
      if ((await fs.stat(real)).isFile()) found.add(real);
    } catch {
      // Not there.
    }
  }
  return [...found];
}
