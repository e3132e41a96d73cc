// The form side of shared/domain/text-safety.ts: the error shown next to a field that holds a
// control or bidi character, before anything is sent (core refuses it too).
import { findRefusedChar, formatCodePoint } from '../../../shared/domain/text-safety';
import type { Translate } from './finding-text';

/** The field's error text, or false when the text is fine. `multiline`: notes. */
export function unsafeTextError(t: Translate, text: string, multiline = false): string | false {
  const codePoint = findRefusedChar(text, { multiline });
  if (codePoint === null) return false;
  return t(multiline ? 'common.unsafeCharNotes' : 'common.unsafeChar', {
    char: formatCodePoint(codePoint),
  });
}
