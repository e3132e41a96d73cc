// What the clipboard service needs from the platform. The Electron adapter writes the text
// together with the platform's "concealed" markers in one atomic write (see concealment.ts);
// the harness and tests use an in-memory clipboard. Electron's clipboard is asynchronous, so
// the port is too.

export interface ClipboardPort {
  /** Writes `text` as the clipboard's only content, marked concealed where possible. */
  writeSecret(text: string): Promise<void>;
  /** The clipboard's current plain text ('' when it holds none). */
  readText(): Promise<string>;
  /** Empties the clipboard. */
  clear(): Promise<void>;
}

/** An in-memory clipboard, for tests and the e2e harness. */
export function memoryClipboard(): ClipboardPort & { text: string } {
  const board = {
    text: '',
    writeSecret(text: string) {
      board.text = text;
      return Promise.resolve();
    },
    readText() {
      return Promise.resolve(board.text);
    },
    clear() {
      board.text = '';
      return Promise.resolve();
    },
  };
  return board;
}
