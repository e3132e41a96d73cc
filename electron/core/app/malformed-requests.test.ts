// Every channel refuses malformed requests with { ok: false, code: 'invalid' } before any
// handler runs, and such a request changes nothing on disk, in the clipboard or in memory.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, ipcContract, type ChannelName } from '../../../shared/ipc/contract';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { VALID_REQUESTS } from './channel-samples';
import { dispatch, hasPrototypeKey, type HandlerMap } from './dispatch';
import { createTestCore } from './testing';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Copies `value` with the leaf at `at` replaced. */
function replaceAt(value: Json, at: (string | number)[], leaf: unknown): unknown {
  if (at.length === 0) return leaf;
  const [head, ...rest] = at as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    return value.map((v, i) => (i === head ? replaceAt(v, rest, leaf) : v));
  }
  const record = value as Record<string, Json>;
  return { ...record, [head]: replaceAt(record[head] as Json, rest, leaf) };
}

function leaves(
  value: Json,
  at: (string | number)[] = [],
): { at: (string | number)[]; value: Json }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]));
  }
  return [{ at, value }];
}

function objectPaths(value: Json, at: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return [at, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...at, k]))];
}

const HUGE = 'x'.repeat(100_001);

/** Malformed variants of a valid request, each with a name for the failure message. */
function malformedVariants(valid: Json): [string, unknown][] {
  const json = JSON.stringify(valid);
  const inject = (key: string) =>
    JSON.parse(
      json === '{}'
        ? `{"${key}":{"polluted":"yes"}}`
        : `{"${key}":{"polluted":"yes"},${json.slice(1)}`,
    ) as unknown;
  const variants: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'keyId'],
    ['a number', 42],
    ['an array', [valid]],
    ['an extra field', { ...(valid as object), extra: 1 }],
    ['a __proto__ key', inject('__proto__')],
    ['a constructor key', inject('constructor')],
    ['a prototype key', inject('prototype')],
  ];
  for (const at of objectPaths(valid).filter((p) => p.length > 0)) {
    const nested = JSON.parse(json) as Record<string, unknown>;
    let target = nested;
    for (const key of at) target = target[key] as Record<string, unknown>;
    variants.push([
      `an extra field in ${at.join('.')}`,
      replaceAt(valid, at, { ...target, zz: 1 }),
    ]);
    Object.defineProperty(target, '__proto__', { value: { polluted: 'yes' }, enumerable: true });
    variants.push([`a __proto__ key in ${at.join('.')}`, nested]);
  }
  for (const leaf of leaves(valid)) {
    const where = leaf.at.join('.');
    if (typeof leaf.value === 'string') {
      variants.push([`a huge string at ${where}`, replaceAt(valid, leaf.at, HUGE)]);
      variants.push([`a number at ${where}`, replaceAt(valid, leaf.at, 12345)]);
      variants.push([`an object at ${where}`, replaceAt(valid, leaf.at, { toString: 'x' })]);
    } else if (typeof leaf.value === 'number') {
      variants.push([`a string at ${where}`, replaceAt(valid, leaf.at, String(leaf.value))]);
      variants.push([`NaN at ${where}`, replaceAt(valid, leaf.at, Number.NaN)]);
      variants.push([`a huge number at ${where}`, replaceAt(valid, leaf.at, 1e308)]);
    } else if (typeof leaf.value === 'boolean') {
      variants.push([`a string at ${where}`, replaceAt(valid, leaf.at, 'true')]);
    }
  }
  return variants;
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (!entry.name.endsWith('.lock')) out[full] = (await readFile(full)).toString('base64');
    }
  };
  await walk(dir);
  return out;
}

describe('malformed IPC requests', () => {
  it('the samples themselves are valid for every channel', async () => {
    const calls: string[] = [];
    const spies = Object.fromEntries(
      CHANNEL_NAMES.map((c) => [c, () => (calls.push(c), Promise.resolve(null))]),
    ) as HandlerMap;
    for (const channel of CHANNEL_NAMES) {
      const result = await dispatch(spies, channel, VALID_REQUESTS[channel]);
      expect(result, channel).toEqual({ ok: true, value: null });
    }
    expect(calls).toEqual(CHANNEL_NAMES);
  });

  it.each(CHANNEL_NAMES)(
    '%s refuses every malformed variant before its handler runs',
    async (channel: ChannelName) => {
      let called = 0;
      const spies = Object.fromEntries(
        CHANNEL_NAMES.map((c) => [c, () => (called++, Promise.resolve(null))]),
      ) as HandlerMap;
      const variants = malformedVariants(VALID_REQUESTS[channel]);
      expect(variants.length).toBeGreaterThan(8);
      for (const [name, payload] of variants) {
        const result = await dispatch(spies, channel, payload);
        expect(result, `${channel} with ${name}`).toMatchObject({ ok: false, code: 'invalid' });
        if (!result.ok) expect(result.message.length).toBeLessThan(500);
      }
      expect(called).toBe(0);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('the schemas alone refuse prototype keys too (not only the pre-check)', () => {
    for (const channel of CHANNEL_NAMES) {
      for (const [name, payload] of malformedVariants(VALID_REQUESTS[channel])) {
        if (!/__proto__|constructor|prototype/.test(name)) continue;
        expect(hasPrototypeKey(payload), `${channel} ${name}`).toBe(true);
        expect(ipcContract[channel].request.safeParse(payload).success, `${channel} ${name}`).toBe(
          false,
        );
      }
    }
  });

  it('core has a handler for every channel of the contract, and for nothing else', async () => {
    const core = createTestCore(await tempDir());
    expect(Object.keys(core.handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('refuses unknown channels, including Object.prototype names', async () => {
    for (const channel of [
      'keys.exportAll',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      '',
      42,
      null,
    ]) {
      expect(await dispatch({}, channel, {})).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });

  it('a malformed request changes nothing: vault, settings, clipboard, session', async () => {
    const dir = await tempDir();
    const core = createTestCore(dir);
    await core.session.create({});
    await core.session.requireOpen().keys.add(sampleKey(1));
    await core.settings.set({ theme: 'light' });
    core.board.text = 'user text';
    const before = await snapshot(dir);
    const keysBefore = await core.session.requireOpen().keys.list();
    for (const channel of CHANNEL_NAMES) {
      for (const [name, payload] of malformedVariants(VALID_REQUESTS[channel])) {
        const result = await core.handle(channel, payload);
        expect(result, `${channel} with ${name}`).toMatchObject({ ok: false, code: 'invalid' });
      }
    }
    expect(await snapshot(dir)).toEqual(before);
    expect(core.board.text).toBe('user text');
    expect(core.session.isUnlocked).toBe(true);
    expect(await core.session.requireOpen().keys.list()).toEqual(keysBefore);
    expect(core.opened).toEqual([]);
    expect(core.events).toEqual([]);
  });
});
