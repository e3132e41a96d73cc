// Characters refused in every free-text field a user types (labels, account and service
// names, service URLs, notes), and the escaped form in which the CLI prints them.
// Why: this text is printed to terminals. ESC and the C1 controls start escape sequences
// (retitle the window, write the clipboard through OSC 52, move the cursor to fake table
// rows), and the bidi controls reorder what is shown, so a label could read as another one.
// Invariants:
// - Refused on input only (the add/edit/service/incident requests, the CLI's options). The
//   vault's stored-record schemas do not check, so a vault that already holds such text opens.
// - On output the CLI prints each of these characters as the six characters `\uXXXX`.
//   Human output: every one of them, line feed included (a field stays on its line, so no
//   fake rows); notes, which may hold line breaks and tabs, are printed line by line, and a
//   tab, which cannot rewrite anything, is left as is outside table cells.
//   `--json`: the output is valid JSON whose parsed strings are the stored text unchanged, and
//   no refused character appears raw in it: JSON.stringify already writes C0 controls as
//   escapes (\u001b, \n, \t, ...); DEL, C1 and the bidi controls get the same \uXXXX escape.
//   A terminal shows those escapes as text and never acts on them.
// - A backslash is printed as is: `\u001b` in the output may also be six typed characters.
import type { z } from 'zod';

/** C0 (U+0000–U+001F), DEL (U+007F), C1 (U+0080–U+009F) and the bidi controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const REFUSED = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw of REFUSED: everything but the C0 controls. */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const LINE_FEED = 0x0a;
const TAB = 0x09;

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'backspace',
  0x09: 'tab',
  0x0a: 'line feed',
  0x0d: 'carriage return',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x9b: 'CSI',
  0x9d: 'OSC',
  0x061c: 'Arabic letter mark',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

export interface TextRule {
  /** Notes: line feeds and tabs are allowed (every other refused character is not). */
  multiline?: boolean;
}

/** "U+001B". */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "U+001B (ESC, a control character)". */
export function describeCodePoint(codePoint: number): string {
  const kind = codePoint > 0x9f ? 'a bidirectional-text control' : 'a control character';
  const name = NAMES[codePoint];
  return `${formatCodePoint(codePoint)} (${name ? `${name}, ` : ''}${kind})`;
}

/** The first refused character of `text` under `rule`, as a code point; null when none. */
export function findRefusedChar(text: string, rule: TextRule = {}): number | null {
  for (const match of text.matchAll(REFUSED)) {
    const codePoint = match[0].charCodeAt(0);
    if (rule.multiline && (codePoint === LINE_FEED || codePoint === TAB)) continue;
    return codePoint;
  }
  return null;
}

/**
 * Why `text` is refused, starting with `what` ("A label"), or null when it is fine:
 * "A label cannot contain U+001B (ESC, a control character); type it without."
 */
export function refusedTextMessage(what: string, text: string, rule: TextRule = {}): string | null {
  const codePoint = findRefusedChar(text, rule);
  if (codePoint === null) return null;
  return `${what} cannot contain ${describeCodePoint(codePoint)}; type it without${
    rule.multiline ? ' (line breaks and tabs are fine)' : ''
  }.`;
}

/**
 * A zod check refusing the characters above: `z.string().superRefine(refuseUnsafeText('a
 * label'))`. Its message is worded like zod's (lower case, no full stop), so callers can
 * place it in a sentence: "label: a label cannot contain U+001B (ESC, ...); type it without".
 */
export function refuseUnsafeText(what: string, rule: TextRule = {}) {
  return (value: string, ctx: z.RefinementCtx): void => {
    const message = refusedTextMessage(what, value, rule);
    if (message) ctx.addIssue({ code: 'custom', message: message.slice(0, -1) });
  };
}

const escapeChar = (char: string): string =>
  `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `text` with each refused character written as `\uXXXX` (lower-case hex, as JSON writes
 * it), for printing user text to a terminal. Characters in `keep` (e.g. '\n\t' for notes
 * printed line by line) stay as they are.
 */
export function escapeUnsafeText(text: string, keep = ''): string {
  return text.replace(REFUSED, (char) => (keep.includes(char) ? char : escapeChar(char)));
}

/** JSON for a terminal: JSON.stringify, plus \uXXXX escapes for DEL, C1 and the bidi controls. */
export function jsonForTerminal(value: unknown, space: number = 2): string {
  return JSON.stringify(value, null, space).replace(RAW_IN_JSON, escapeChar);
}
