// What the clipboard service needs from the platform. The Electron adapter writes the text
// together with the platform's "concealed" markers (see docs/security.md for what Electron
// can and cannot set); the harness and tests use an in-memory clipboard.

export interface ClipboardPort {
  /** Writes `text` as the clipboard's only content, marked concealed where possible. */
  writeSecret(text: string): void;
  /** The clipboard's current plain text ('' when it holds none). */
  readText(): string;
  /** Empties the clipboard. */
  clear(): void;
}

/** An in-memory clipboard, for tests and the e2e harness. */
export function memoryClipboard(): ClipboardPort & { text: string } {
  const board = {
    text: '',
    writeSecret(text: string) {
      board.text = text;
    },
    readText() {
      return board.text;
    },
    clear() {
      board.text = '';
    },
  };
  return board;
}
