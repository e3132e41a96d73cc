// The global shortcut that opens the quick-search palette (Settings; off by default), as an
// Electron accelerator string ("CommandOrControl+Shift+K"). Checked here, in shared, so
// Settings refuses a bad one with a reason before sending, and core refuses it again.
// A global shortcut works in every app, so it needs a modifier other than Shift alone: a
// plain letter or Shift+letter would take keys away from the user's typing everywhere.

const MODIFIERS: Record<string, string> = {
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Ctrl',
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CmdOrCtrl',
  alt: 'Alt',
  option: 'Option',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Meta',
};

const NAMED_KEYS = [
  'Plus',
  'Space',
  'Tab',
  'Capslock',
  'Numlock',
  'Scrolllock',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'PrintScreen',
  'num0',
  'num1',
  'num2',
  'num3',
  'num4',
  'num5',
  'num6',
  'num7',
  'num8',
  'num9',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
];
const NAMED: Record<string, string> = Object.fromEntries(
  NAMED_KEYS.map((name) => [name.toLowerCase(), name]),
);
/** Punctuation keys Electron accepts as they are ('+' is spelled "Plus"). */
const PUNCTUATION = new Set([...')!@#$%^&*(:;=<,_->.?/~`{][|\\}"\'']);

export type AcceleratorProblem =
  | 'empty'
  | 'too-long'
  | 'unknown-part'
  | 'no-key'
  | 'two-keys'
  | 'no-modifier'
  | 'repeated-modifier';

export type AcceleratorCheck =
  { ok: true; value: string } | { ok: false; problem: AcceleratorProblem; message: string };

const MESSAGES: Record<AcceleratorProblem, string> = {
  empty: 'type a shortcut such as CommandOrControl+Shift+K',
  'too-long': 'a shortcut has at most 60 characters',
  'unknown-part':
    'use modifiers (CommandOrControl, Ctrl, Alt, Shift, Super) and one key (A-Z, 0-9, F1-F24, Space...) joined by +',
  'no-key': 'end the shortcut with one key, e.g. CommandOrControl+Shift+K',
  'two-keys': 'a shortcut has only one key besides its modifiers',
  'no-modifier':
    'add CommandOrControl, Ctrl, Alt or Super: a global shortcut without one would take that key from every app',
  'repeated-modifier': 'name each modifier once',
};

function keyName(part: string): string | null {
  if (/^[a-z0-9]$/i.test(part)) return part.toUpperCase();
  if (/^f([1-9]|1[0-9]|2[0-4])$/i.test(part)) return part.toUpperCase();
  if (PUNCTUATION.has(part)) return part;
  return NAMED[part.toLowerCase()] ?? null;
}

function refuse(problem: AcceleratorProblem): AcceleratorCheck {
  return { ok: false, problem, message: `That shortcut is not valid: ${MESSAGES[problem]}.` };
}

/** Checks an accelerator and spells it the canonical way ("ctrl+shift+k" -> "Ctrl+Shift+K"). */
export function checkAccelerator(input: string): AcceleratorCheck {
  const text = input.trim();
  if (text === '') return refuse('empty');
  if (text.length > 60) return refuse('too-long');
  const parts = text.split('+').map((p) => p.trim());
  if (parts.some((p) => p === '')) return refuse('unknown-part');
  const modifiers: string[] = [];
  const keys: string[] = [];
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (modifier) {
      if (keys.length > 0) return refuse('unknown-part'); // modifiers come first
      if (modifiers.includes(modifier)) return refuse('repeated-modifier');
      modifiers.push(modifier);
      continue;
    }
    const key = keyName(part);
    if (!key) return refuse('unknown-part');
    keys.push(key);
  }
  if (keys.length === 0) return refuse('no-key');
  if (keys.length > 1) return refuse('two-keys');
  if (modifiers.every((m) => m === 'Shift')) return refuse('no-modifier');
  return { ok: true, value: [...modifiers, ...keys].join('+') };
}
