// Whether this run may be debugged from outside (issue 9 item 14). A packaged build ignores
// KEYWARD_DEVTOOLS and refuses to start with Chromium's remote-debugging switches: either
// would let another program drive the unlocked window and read what it shows. An unpackaged
// (development) build keeps both: Playwright's Electron mode starts the app with
// --remote-debugging-port=0 or --remote-debugging-pipe. Pure, so it is unit-tested.

/** The switches that open a DevTools protocol endpoint to other programs. */
export const REMOTE_DEBUGGING_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe'];

export interface DebugPolicyInput {
  isPackaged: boolean;
  /** process.env.KEYWARD_DEVTOOLS */
  devtoolsEnv: string | undefined;
  /** process.argv */
  argv: readonly string[];
  /** The switches Chromium itself parsed (app.commandLine.hasSwitch), however they were spelled. */
  parsedSwitches: readonly string[];
}

export interface DebugPolicy {
  /** DevTools may be opened in the app's windows. */
  devTools: boolean;
  /** Set when the app must not start: the message to print before exiting. */
  refusal: string | null;
}

/** `--remote-debugging-port=9222`, `-remote-debugging-pipe`, `/remote-debugging-port` (Windows). */
function namesSwitch(arg: string, name: string): boolean {
  const match = /^(?:--|-|\/)([^=]+)(?:=.*)?$/s.exec(arg.trim());
  return match !== null && match[1]!.toLowerCase() === name;
}

export function debugPolicy(input: DebugPolicyInput): DebugPolicy {
  if (!input.isPackaged) {
    return { devTools: input.devtoolsEnv === '1', refusal: null };
  }
  const found = REMOTE_DEBUGGING_SWITCHES.filter(
    (name) =>
      input.parsedSwitches.includes(name) || input.argv.some((arg) => namesSwitch(arg, name)),
  );
  if (found.length > 0) {
    return {
      devTools: false,
      refusal: `keyward: refusing to start with ${found.map((s) => `--${s}`).join(' and ')}: it would let other programs control Keyward's window. Start Keyward without it.`,
    };
  }
  return { devTools: false, refusal: null };
}
