// What the quick paths (quick-get.ts, quick-exec.ts) read before their own arguments: an
// optional leading `--vault DIR`, then the command's name. Anything else is the full CLI's.

export interface QuickCommand {
  vault: string | undefined;
  command: string | undefined;
  /** The arguments after the command's name. */
  rest: readonly string[];
}

/** Null when `--vault` has no folder after it (the full CLI explains). */
export function quickCommand(args: readonly string[]): QuickCommand | null {
  if (args[0] !== '--vault') return { vault: undefined, command: args[0], rest: args.slice(1) };
  const vault = args[1];
  if (vault === undefined || vault.startsWith('-')) return null;
  return { vault, command: args[2], rest: args.slice(3) };
}
