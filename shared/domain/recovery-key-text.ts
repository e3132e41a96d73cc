// How a typed recovery key is read, shared by core's parser (electron/core/vault/
// recovery-key.ts) and the app's recovery-key field, so what the field shows is what core
// reads: any case, spaces and dashes ignored, and Crockford's look-alikes mapped (I and L
// read as 1, O as 0). Pure text; the checksum stays in core.

/** Characters of a recovery key without its dashes (32 data + 4 checksum). */
export const RECOVERY_KEY_CHARS = 36;

/** The characters the parser reads: upper case, no spaces or dashes, look-alikes mapped. */
export function cleanRecoveryKey(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

/**
 * The typed text as the field shows it: cleaned, then in groups of four joined by dashes
 * ("7K2M-QX9D-..."), the way the key was printed. Characters past the key's length are kept
 * (the parser then says how many there are too many).
 */
export function formatRecoveryKeyInput(input: string): string {
  return (
    cleanRecoveryKey(input)
      .match(/.{1,4}/g)
      ?.join('-') ?? ''
  );
}
