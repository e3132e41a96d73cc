// The environment variables `keyward exec` sets by default (NAME_API_KEY, NAME_API_SECRET and,
// when the key has one, NAME_API_PASSPHRASE; NAME: the provider in capitals), shared by the
// CLI, the app's "Copy as .env" and its "Show the command", so the three always agree.
// Pure text: the values are filled in by core, never by the renderer.

export type ExecField = 'apiKey' | 'secret' | 'passphrase';

/** What `--prefix` may be: the start of an environment variable's name. */
export const EXEC_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The default variables of `keyward exec` for a key, in the order a .env lists them. */
export function execVariables(
  provider: string,
  hasPassphrase: boolean,
  prefix: string = provider,
): [name: string, field: ExecField][] {
  const name = prefix.toUpperCase();
  return [
    [`${name}_API_KEY`, 'apiKey'],
    [`${name}_API_SECRET`, 'secret'],
    ...(hasPassphrase ? [[`${name}_API_PASSPHRASE`, 'passphrase'] as [string, ExecField]] : []),
  ];
}

/** Safe unquoted in every .env dialect (dotenv, docker compose, systemd, a shell's `source`). */
const PLAIN = /^[A-Za-z0-9_\-+/=.:@]*$/;

/**
 * One `NAME=value` line per variable. Values with other characters (a PEM key's line feeds,
 * quotes, spaces, `$`) are double-quoted with `\\`, `"`, `$`, `` ` `` escaped and line feeds
 * written as `\n`, which dotenv and docker compose read back as the same value.
 */
export function envFileText(entries: readonly (readonly [string, string])[]): string {
  return entries
    .map(([name, value]) => {
      if (PLAIN.test(value)) return `${name}=${value}\n`;
      const quoted = value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\$/g, '\\$')
        .replace(/`/g, '\\`')
        .replace(/\r?\n/g, '\\n');
      return `${name}="${quoted}"\n`;
    })
    .join('');
}

/** The label as one POSIX-shell word in double quotes (`"`, `\`, `$` and `` ` `` escaped). */
export function shellQuote(text: string): string {
  return `"${text.replace(/["\\$`]/g, (c) => `\\${c}`)}"`;
}

/** `keyward exec "<label>" -- <command>`: how a bot gets the key without a .env file. */
export function execCommandLine(label: string, command: string): string {
  return `keyward exec ${shellQuote(label)} -- ${command}`;
}
