// Control and bidi characters in typed text (issue 9, item 7), app side: every request that
// carries a label, name, URL or note refuses them with a message naming the field and the
// code point, nothing changes; core's own services refuse them too (a caller that skips the
// IPC schemas); a vault that already holds them still opens and lists.
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../shared/ipc/contract';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { VALID_REQUESTS } from './channel-samples';
import { createTestCore } from './testing';

const CHARS = [0x1b, 0x07, 0x7f, 0x9b, 0x202e, 0x2066];
const bad = (cp: number) => `Bad${String.fromCharCode(cp)}text`;
const codePoint = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

async function openCore() {
  const core = createTestCore(await tempDir());
  await core.session.create({});
  const open = core.session.requireOpen();
  const key = await open.keys.add(sampleKey(1, { service: 'Svc' }));
  await open.workflows.startIncident(key.id);
  return { core, open, keyId: key.id };
}

describe('typed text with control or bidi characters', () => {
  it('is refused by every request that carries it, and nothing changes', async () => {
    const { core, open, keyId } = await openCore();
    const cases: [ChannelName, (text: string) => unknown, string][] = [
      ['keys.add', (t) => ({ ...VALID_REQUESTS['keys.add'], label: t }), 'label'],
      ['keys.add', (t) => ({ ...VALID_REQUESTS['keys.add'], account: t }), 'account'],
      ['keys.add', (t) => ({ ...VALID_REQUESTS['keys.add'], service: t }), 'service'],
      ['keys.add', (t) => ({ ...VALID_REQUESTS['keys.add'], notes: t }), 'notes'],
      ['keys.generate', (t) => ({ ...VALID_REQUESTS['keys.generate'], label: t }), 'label'],
      ['keys.edit', (t) => ({ keyId, patch: { label: t } }), 'patch.label'],
      ['keys.edit', (t) => ({ keyId, patch: { account: t } }), 'patch.account'],
      ['keys.edit', (t) => ({ keyId, patch: { service: t } }), 'patch.service'],
      ['keys.edit', (t) => ({ keyId, patch: { notes: t } }), 'patch.notes'],
      ['services.add', (t) => ({ name: t }), 'name'],
      ['services.add', (t) => ({ name: 'Fine', url: `https://x.example/${t}` }), 'url'],
      ['services.add', (t) => ({ name: 'Fine', notes: t }), 'notes'],
      ['incident.step', (t) => ({ keyId, step: 1, note: t }), 'note'],
    ];
    const before = JSON.stringify(await open.store.read());
    for (const [channel, request, field] of cases) {
      for (const cp of CHARS) {
        const result = await core.handle(channel, request(bad(cp)));
        expect(result.ok, `${channel} ${field} ${codePoint(cp)}`).toBe(false);
        if (result.ok) continue;
        expect(result.code).toBe('invalid');
        expect(result.message).toContain(`${field}: `);
        expect(result.message).toContain(`cannot contain ${codePoint(cp)}`);
      }
    }
    // Line feed and tab: refused in a label, fine in notes.
    const lf = await core.handle('keys.edit', { keyId, patch: { label: 'a\nb' } });
    expect(lf).toMatchObject({ ok: false, code: 'invalid' });
    expect(JSON.stringify(await open.store.read())).toBe(before);
    const notes = await core.handle('keys.edit', { keyId, patch: { notes: 'a\n\tb' } });
    expect(notes.ok).toBe(true);
  });

  it("is refused by core's services themselves, past the IPC schemas", async () => {
    const { open, keyId } = await openCore();
    const before = JSON.stringify(await open.store.read());
    await expect(open.keys.add(sampleKey(2, { label: bad(0x1b) }))).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('label: a label cannot contain U+001B') as string,
    });
    await expect(open.keys.edit(keyId, { account: bad(0x9b) })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('an account name cannot contain U+009B') as string,
    });
    await expect(open.workflows.addService({ name: bad(0x202e) })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('A service name cannot contain U+202E') as string,
    });
    await expect(open.workflows.incidentStep(keyId, 1, bad(0x7f))).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('A note cannot contain U+007F') as string,
    });
    expect(JSON.stringify(await open.store.read())).toBe(before);
  });

  it('already in a vault: the vault still opens and lists (refused on input only)', async () => {
    const { core, open, keyId } = await openCore();
    await open.store.update((data) => {
      data.keys[0]!.label = 'Old \u001b]52;c;eA==\u0007 label \u202e';
      data.keys[0]!.notes = '\u0000\u009b';
      data.services[0]!.name = 'Svc\u200f';
    });
    await core.session.lock('user');
    await core.session.unlock({});
    const list = await core.session.requireOpen().lists.keys();
    expect(list.keys.map((k) => k.id)).toEqual([keyId]);
    expect(list.keys[0]!.label).toBe('Old \u001b]52;c;eA==\u0007 label \u202e');
  });
});
