// The passphrase prompt's own tiny IPC (main <-> its preload <-> its page), separate from the
// app's contract: the prompt is a window main owns, so page script in the app's renderer can
// neither show it nor fill it. Main answers only the prompt window's own top frame.
// Invariant: the passphrase travels once, page -> main, and is checked by core; nothing but
// "right or wrong" comes back.

export const PROMPT_CHANNELS = {
  /** The prompt's wording (no secret). */
  details: 'keyward-prompt:details',
  /** Checks one typed passphrase; resolves true when it is the vault's (the window closes). */
  submit: 'keyward-prompt:submit',
  cancel: 'keyward-prompt:cancel',
} as const;

/** What the prompt shows, worded by main in the app's language. */
export interface PromptText {
  lang: string;
  title: string;
  /** Names the key and what is asked for (copy or reveal). */
  message: string;
  fieldLabel: string;
  submit: string;
  cancel: string;
  wrong: string;
}

/** `window.keywardPrompt`, as the prompt's preload exposes it. */
export interface PromptApi {
  details(): Promise<PromptText | null>;
  submit(passphrase: string): Promise<boolean>;
  cancel(): Promise<void>;
}
