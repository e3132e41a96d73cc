// Control and bidi characters (issue 9, item 7) end to end through the built CLI: refused in
// every free-text option (exit 2, the field and the code point named, the vault untouched),
// and, for a vault that already holds them, printed as \uXXXX by every command that shows
// user text, in --json too. The many refusals run the CLI in this process (runCli, as
// bin/keyward.cjs does, without a process start each); the output checks run the built CLI.
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { findRefusedChar } from '../../../shared/domain/text-safety';
import { VaultStore } from '../../core/vault/vault-store';
import type { CliIo } from '../io';
import { runCli } from '../program';
import { snapshot } from '../test/vault-snapshot';
import { addArgs, ok, SECRET, useCliVaults } from './workflow-test-vault';

const freshVault = useCliVaults('unsafe-text');

/** A vault for in-process runs; `refused` runs a command that must fail and change nothing. */
async function inProcessVault() {
  const { dir, service } = await freshVault();
  // keytar's service name comes from the environment; this test file's worker owns it.
  process.env.KEYWARD_KEYCHAIN_SERVICE = service;
  const run = async (args: string[], input = '') => {
    let stdout = '';
    let stderr = '';
    const sink = (append: (text: string) => void) =>
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          append(chunk.toString());
          done();
        },
      });
    const io: CliIo = {
      stdin: Readable.from([input]),
      stdout: sink((text) => (stdout += text)),
      stderr: sink((text) => (stderr += text)),
      env: { ...process.env, KEYWARD_VAULT_DIR: dir },
    };
    const status = await runCli(args, io);
    return { status, stdout, stderr };
  };
  const refused = async (args: string[], status: number, message: RegExp, input = '') => {
    const before = await snapshot(dir);
    const result = await run(args, input);
    expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(status);
    expect(result.stderr).toMatch(message);
    expect(await snapshot(dir)).toEqual(before);
    return result;
  };
  return { run, refused };
}

/**
 * Characters of each refused class, range edges included (text-safety.test.ts checks every
 * one of the ranges against the shared rule).
 */
const SAMPLES: [string, number][] = [
  ['C0 (NUL)', 0x00],
  ['C0 (ESC)', 0x1b],
  ['C0 (carriage return)', 0x0d],
  ['C0 (U+001F)', 0x1f],
  ['DEL', 0x7f],
  ['C1 (U+0080)', 0x80],
  ['C1 (CSI)', 0x9b],
  ['C1 (U+009F)', 0x9f],
  ['bidi (ALM)', 0x061c],
  ['bidi (LRM)', 0x200e],
  ['bidi (RLM)', 0x200f],
  ['bidi (LRE)', 0x202a],
  ['bidi (RLO)', 0x202e],
  ['bidi (LRI)', 0x2066],
  ['bidi (PDI)', 0x2069],
];
/** Refused in one-line fields only; notes may hold line feeds and tabs. */
const LINE_BREAKS: [string, number][] = [
  ['line feed', 0x0a],
  ['tab', 0x09],
];
const codePoint = (cp: number) => `U\\+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const withChar = (cp: number) => `Bad${String.fromCharCode(cp)}text`;

describe('typed text with control or bidi characters is refused', () => {
  it('in add and keygen: label, account, service and notes', async () => {
    const { refused } = await inProcessVault();
    const fields: [string, RegExp, boolean][] = [
      [
        '--label',
        /not added: label: a label cannot contain U\+[0-9A-F]{4} \([^)]*\); type it without\.\n$/,
        false,
      ],
      ['--account', /account: an account name cannot contain/, false],
      ['--service', /service: a service name cannot contain/, false],
      ['--notes', /notes: notes cannot contain/, true],
    ];
    for (const [option, message, multiline] of fields) {
      for (const [, cp] of multiline ? SAMPLES : [...SAMPLES, ...LINE_BREAKS]) {
        const args =
          option === '--label'
            ? addArgs(withChar(cp))
            : addArgs('Fine label', [option, withChar(cp)]);
        const result = await refused(args, 2, message, SECRET);
        expect(result.stderr).toMatch(new RegExp(codePoint(cp)));
        // The message itself never carries the character raw.
        expect(findRefusedChar(result.stderr, { multiline: true })).toBeNull();
      }
    }
    await refused(
      ['keygen', '--label', withChar(0x1b), '--provider', 'binance'],
      2,
      /not created: label: a label cannot contain U\+001B/,
    );
  }, 60_000);

  it('in service add: name, url and notes; in incident step: the note', async () => {
    const { run, refused } = await inProcessVault();
    const added = await run(addArgs('Leaked key'), SECRET);
    expect(added.status, added.stderr).toBe(0);
    const id = added.stdout.trim();
    expect((await run(['incident', id, 'start'])).status).toBe(0);
    for (const [, cp] of [...SAMPLES, ...LINE_BREAKS]) {
      await refused(
        ['service', 'add', withChar(cp)],
        2,
        new RegExp(`A service name cannot contain ${codePoint(cp)}`),
      );
      await refused(
        ['service', 'add', 'Fine', '--url', `https://example.com/${withChar(cp)}`],
        2,
        new RegExp(`A service URL cannot contain ${codePoint(cp)}`),
      );
    }
    for (const [, cp] of SAMPLES) {
      await refused(
        ['service', 'add', 'Fine', '--notes', withChar(cp)],
        2,
        new RegExp(`Service notes cannot contain ${codePoint(cp)}`),
      );
      await refused(
        ['incident', id, 'step', '1', '--note', withChar(cp)],
        2,
        new RegExp(`A note cannot contain ${codePoint(cp)}`),
      );
    }
    // Line breaks and tabs are fine in notes.
    expect((await run(['service', 'add', 'Fine', '--notes', 'line one\n\tline two'])).status).toBe(
      0,
    );
    const step = await run(['incident', id, 'step', '1', '--note', 'revoked\n\tat the exchange']);
    expect(step.status, step.stderr).toBe(0);
  }, 60_000);
});

/** Rewrites the terminal title, writes the clipboard (OSC 52), reverses text, and a C1 CSI. */
const EVIL_LABEL = 'Bot \u001b]0;owned\u0007 \u001b]52;c;ZXZpbA==\u0007 \u202eyeK\u202c \u009b31m';
const EVIL_NOTES = 'first\nsecond \u001b[2J\u2066x\u2069';
const EVIL_SERVICE = 'Svc\u200f\u001b[1A';
const EVIL_DETAIL = 'edited \u001b]52;c;cGFzdGU=\u0007';
const ESCAPED_LABEL_PARTS = [
  '\\u001b]0;owned\\u0007',
  '\\u001b]52;c;ZXZpbA==\\u0007',
  '\\u202eyeK\\u202c',
  '\\u009b31m',
];

describe('a vault that already holds such text', () => {
  it('opens, and list/show/history/audit/service list print it escaped, in --json too', async () => {
    const { dir, run, keychain } = await freshVault();
    const id = ok(
      await run(addArgs('Plain', ['--service', 'Svc']), { input: SECRET }),
    ).stdout.trim();
    // Written as an older version could have: straight into the vault, past the input checks.
    const store = await VaultStore.open(dir, { keychain });
    await store.update((data) => {
      const key = data.keys[0]!;
      key.label = EVIL_LABEL;
      key.account = 'acct\u001b[31m';
      key.notes = EVIL_NOTES;
      key.history.push({ at: new Date().toISOString(), type: 'edited', detail: EVIL_DETAIL });
      data.services[0]!.name = EVIL_SERVICE;
    });
    store.close();

    const noRawControls = (text: string, what: string) =>
      // Line breaks end lines and tabs are harmless; nothing else refused may appear raw.
      expect(findRefusedChar(text, { multiline: true }), what).toBeNull();

    const human = {
      list: ok(await run(['list'])),
      show: ok(await run(['show', id])),
      history: ok(await run(['history', id])),
      audit: await run(['audit']),
      services: ok(await run(['service', 'list'])),
    };
    for (const [what, result] of Object.entries(human)) {
      noRawControls(result.stdout, what);
      noRawControls(result.stderr, what);
    }
    for (const part of ESCAPED_LABEL_PARTS) {
      expect(human.list.stdout).toContain(part);
      expect(human.show.stdout).toContain(part);
      expect(human.history.stdout).toContain(part);
      expect(human.audit.stdout).toContain(part);
    }
    expect(human.show.stdout).toContain('acct\\u001b[31m');
    // Notes keep their line break, each line escaped; the service name is escaped.
    expect(human.show.stdout).toMatch(/Notes +first\n +second \\u001b\[2J\\u2066x\\u2069\n/);
    expect(human.show.stdout).toContain('Svc\\u200f\\u001b[1A');
    expect(human.history.stdout).toContain('edited \\u001b]52;c;cGFzdGU=\\u0007');
    expect(human.services.stdout).toContain('Svc\\u200f\\u001b[1A');
    // The table keeps one row per key: the label cannot fake another.
    expect(human.list.stdout.trimEnd().split('\n')).toHaveLength(2);

    // --json: valid JSON of the stored text, with every refused character as a \uXXXX escape.
    const json = {
      list: ok(await run(['list', '--json'])),
      show: ok(await run(['show', id, '--json'])),
      history: ok(await run(['history', id, '--json'])),
      audit: await run(['audit', '--json']),
      services: ok(await run(['service', 'list', '--json'])),
    };
    for (const [what, result] of Object.entries(json)) noRawControls(result.stdout, what);
    for (const part of ESCAPED_LABEL_PARTS) expect(json.list.stdout).toContain(part);
    expect((JSON.parse(json.list.stdout) as { label: string }[])[0]!.label).toBe(EVIL_LABEL);
    expect((JSON.parse(json.show.stdout) as { label: string }).label).toBe(EVIL_LABEL);
    const history = JSON.parse(json.history.stdout) as { detail?: string }[];
    expect(history.map((e) => e.detail)).toContain(EVIL_DETAIL);
    expect(json.history.stdout).toContain('\\u001b]52;c;cGFzdGU=\\u0007');
    const services = JSON.parse(json.services.stdout) as { name: string }[];
    expect(services[0]!.name).toBe(EVIL_SERVICE);
    expect(json.services.stdout).toContain('Svc\\u200f\\u001b[1A');
    const findings = JSON.parse(json.audit.stdout) as { message: string }[];
    expect(findings.length).toBeGreaterThan(0);
  }, 180_000);
});
