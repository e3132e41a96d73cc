// keygen, set-api-key and rotate, end to end through the built CLI (real vault, real keychain).
import { createPublicKey, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  addArgs,
  API_KEY,
  NEW_API_KEY,
  NEW_SECRET,
  ok,
  SECRET,
  useCliVaults,
} from './workflow-test-vault';

const freshVault = useCliVaults('rotate');
const LABEL = '3Commas - Trading Bot';
const spotBot = ['--use-case', 'spot-bot', '--ip', '203.0.113.7'];

describe('keyward keygen and set-api-key', () => {
  it('creates an Ed25519 entry whose PEMs work with Node crypto; the API key comes later from stdin', async () => {
    const { run, refused } = await freshVault();
    const made = ok(
      await run(['keygen', '--label', 'Grid - Bot', '--provider', 'binance', ...spotBot]),
    );
    expect(made.stdout).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=]+\n-----END PUBLIC KEY-----\n/,
    );
    expect(made.stdout).not.toContain('PRIVATE');
    expect(made.stderr).toMatch(/set-api-key "Grid - Bot"/);
    const privatePem = ok(await run(['get', 'Grid - Bot'])).stdout;
    expect(privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const payload = Buffer.from('symbol=BTCUSDT&side=BUY&timestamp=1');
    expect(
      verify(
        null,
        payload,
        createPublicKey(made.stdout.trim()),
        sign(null, payload, privatePem.trim()),
      ),
    ).toBe(true);
    const show = JSON.parse(ok(await run(['show', 'Grid - Bot', '--json'])).stdout) as {
      keyType: string;
    };
    expect(show.keyType).toBe('ed25519');

    await refused(['get', 'Grid - Bot', '--field', 'apiKey'], 5, /no API key yet/);
    ok(await run(['set-api-key', 'Grid - Bot'], { input: `${NEW_API_KEY}\n` }));
    expect(ok(await run(['get', 'Grid - Bot', '--field', 'apiKey'])).stdout.trim()).toBe(
      NEW_API_KEY,
    );
    await refused(['set-api-key', 'Grid - Bot'], 2, /already has an API key/, `${API_KEY}\n`);
    await refused(['set-api-key', 'Nobody'], 5, /No key is labelled/, `${API_KEY}\n`);
    await refused(['keygen', '--label', 'Bad', '--provider', 'nasdaq'], 2, /provider/);
    await refused(
      ['keygen', '--label', 'Grid - Bot', '--provider', 'binance'],
      2,
      /already exists/,
    );
  });
});

describe('keyward rotate', () => {
  it('runs the four steps: the new key replaces the old on finish, history keeps the old fingerprint', async () => {
    const { run } = await freshVault();
    ok(await run(addArgs(LABEL, spotBot), { input: `${SECRET}\n` }));
    expect(ok(await run(['rotate', LABEL, 'start'])).stdout).toMatch(/1\. \[ \] Create a new key/);
    const recorded = ok(
      await run(['rotate', LABEL, 'new', '--api-key', NEW_API_KEY], { input: `${NEW_SECRET}\n` }),
    );
    expect(recorded.stdout).toMatch(/1\. \[x\] .* Create a new key/);
    expect(recorded.stdout).toContain('New key: Zq9r…H2gF');
    // Until finish, bots keep getting the old key.
    expect(ok(await run(['get', LABEL])).stdout.trim()).toBe(SECRET);
    ok(await run(['rotate', LABEL, 'step', 'service-updated']));
    ok(await run(['rotate', LABEL, 'step', '3']));
    const finished = ok(await run(['rotate', LABEL, 'finish']));
    expect(finished.stderr).toContain('now holds the new key Zq9r…H2gF');
    expect(ok(await run(['get', LABEL])).stdout.trim()).toBe(NEW_SECRET);
    expect(ok(await run(['get', LABEL, '--field', 'apiKey'])).stdout.trim()).toBe(NEW_API_KEY);

    const history = ok(await run(['history', LABEL, '--json']));
    const events = JSON.parse(history.stdout) as { type: string; detail?: string }[];
    expect(events.map((e) => e.type)).toEqual(
      [
        'created',
        'rotation-started',
        'rotation-step',
        'rotation-step',
        'rotation-step',
        'rotation-step',
        'rotation-finished',
        'copied',
      ].filter((t) => t !== 'copied'),
    );
    expect(events.at(-1)?.detail).toBe(
      'old key vmPU…Eh8A replaced by Zq9r…H2gF; not verified with the exchange',
    );
    const text = history.stdout + ok(await run(['history', LABEL])).stdout;
    for (const s of [SECRET, NEW_SECRET, API_KEY, NEW_API_KEY]) expect(text).not.toContain(s);
  });

  it('refuses out-of-order and malformed requests, changing nothing', async () => {
    const { run, refused } = await freshVault();
    ok(await run(addArgs(LABEL, spotBot), { input: `${SECRET}\n` }));
    await refused(['rotate', LABEL, 'finish'], 2, /no rotation in progress/);
    await refused(['rotate', LABEL, 'spin'], 2, /Unknown rotate action/);
    ok(await run(['rotate', LABEL, 'start']));
    await refused(['rotate', LABEL, 'start'], 2, /already being rotated/);
    await refused(['rotate', LABEL, 'step', 'service-updated'], 2, /before step 2/);
    await refused(['rotate', LABEL, 'step', 'dance'], 2, /rotate step needs one of/);
    await refused(['rotate', LABEL, 'new'], 2, /--api-key/, `${NEW_SECRET}\n`);
    await refused(['rotate', LABEL, 'new', '--api-key', NEW_API_KEY], 2, /No secret was given/);
    await refused(
      ['rotate', LABEL, 'new', '--api-key', API_KEY],
      2,
      /already has/,
      `${NEW_SECRET}\n`,
    );
    await refused(['rotate', LABEL, 'finish'], 2, /Step 1 .* is not done/);
    await refused(['rotate', 'Nobody', 'start'], 5, /No key is labelled/);
  });

  it('abandon loses nothing: the old key works, a recorded new key becomes its own entry', async () => {
    const { run } = await freshVault();
    ok(await run(addArgs(LABEL, spotBot), { input: `${SECRET}\n` }));
    ok(await run(['rotate', LABEL, 'start']));
    ok(await run(['rotate', LABEL, 'new', '--api-key', NEW_API_KEY], { input: NEW_SECRET }));
    const abandoned = ok(await run(['rotate', LABEL, 'abandon']));
    expect(abandoned.stdout).toMatch(/no rotation in progress \(status active/);
    expect(abandoned.stderr).toContain(`kept as "${LABEL} (new key, rotation abandoned)"`);
    expect(ok(await run(['get', LABEL])).stdout.trim()).toBe(SECRET);
    expect(ok(await run(['get', `${LABEL} (new key, rotation abandoned)`])).stdout.trim()).toBe(
      NEW_SECRET,
    );
  });

  it('an Ed25519 key rotates to a new generated pair', async () => {
    const { run } = await freshVault();
    const first = ok(
      await run(['keygen', '--label', 'Grid - Bot', '--provider', 'binance', ...spotBot]),
    ).stdout;
    ok(await run(['set-api-key', 'Grid - Bot'], { input: API_KEY }));
    ok(await run(['rotate', 'Grid - Bot', 'start']));
    const generated = ok(await run(['rotate', 'Grid - Bot', 'new', '--generate']));
    expect(generated.stdout).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(generated.stdout).not.toBe(first);
    ok(await run(['set-api-key', 'Grid - Bot'], { input: NEW_API_KEY }));
    ok(await run(['rotate', 'Grid - Bot', 'step', '2']));
    ok(await run(['rotate', 'Grid - Bot', 'step', '3']));
    ok(await run(['rotate', 'Grid - Bot', 'step', 'old-key-deleted']));
    const pem = ok(await run(['get', 'Grid - Bot'])).stdout.trim();
    const payload = Buffer.from('payload');
    expect(
      verify(null, payload, createPublicKey(generated.stdout.trim()), sign(null, payload, pem)),
    ).toBe(true);
    expect(ok(await run(['get', 'Grid - Bot', '--field', 'apiKey'])).stdout.trim()).toBe(
      NEW_API_KEY,
    );
  });
});

describe('with a passphrase vault (no keychain entry)', () => {
  it('reads the passphrase from the first line of stdin, the secret or API key from the rest', async () => {
    const PASS = 'correct horse battery';
    const { run } = await freshVault(['--passphrase-stdin'], `${PASS}\n`);
    const p = ['--passphrase-stdin'];
    ok(await run([...addArgs(LABEL, spotBot), ...p], { input: `${PASS}\n${SECRET}\n` }));
    ok(await run(['rotate', LABEL, 'start', ...p], { input: `${PASS}\n` }));
    ok(
      await run(['rotate', LABEL, 'new', '--api-key', NEW_API_KEY, ...p], {
        input: `${PASS}\n${NEW_SECRET}\n`,
      }),
    );
    ok(await run(['rotate', LABEL, 'step', '2', ...p], { input: `${PASS}\n` }));
    ok(await run(['rotate', LABEL, 'step', '3', ...p], { input: `${PASS}\n` }));
    ok(await run(['rotate', LABEL, 'finish', ...p], { input: `${PASS}\n` }));
    expect(ok(await run(['get', LABEL, ...p], { input: `${PASS}\n` })).stdout.trim()).toBe(
      NEW_SECRET,
    );
    const made = ok(
      await run(['keygen', '--label', 'Grid - Bot', '--provider', 'binance', ...p], {
        input: `${PASS}\n`,
      }),
    );
    expect(made.stdout).toMatch(/BEGIN PUBLIC KEY/);
    const set = ok(
      await run(['set-api-key', 'Grid - Bot', ...p], { input: `${PASS}\n${API_KEY}\n` }),
    );
    expect(set.stderr).toContain('Recorded the API key vmPU…Eh8A for "Grid - Bot"');
  }, 120_000);
});
