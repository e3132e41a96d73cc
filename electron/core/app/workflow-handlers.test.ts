// The workflow channels reach the Domain workflows through the same dispatch path, and no
// reply carries a secret (the new key's secret included).
import { createPublicKey, verify, createPrivateKey, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { call, createTestCore } from './testing';

async function withKey() {
  const core = createTestCore(await tempDir());
  await call(core, 'vault.create', {});
  const input = sampleKey(1);
  const key = await call(core, 'keys.add', { ...input, apiKey: input.apiKey ?? '' });
  return { core, key };
}

describe('workflow channels', () => {
  it('rotation: start, record, steps, finish replaces the key material', async () => {
    const { core, key } = await withKey();
    const started = await call(core, 'rotation.start', { keyId: key.id });
    expect(started.status).toBe('rotating');
    const newSecret = 'NEWSECRETvmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7J';
    const recorded = await call(core, 'rotation.record', {
      keyId: key.id,
      apiKey: 'NEWAPIKEY1234567890abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR',
      secret: newSecret,
    });
    expect(recorded.rotation?.newFingerprint).toBe('NEWA…OPQR');
    expect(JSON.stringify(recorded)).not.toContain(newSecret);
    await call(core, 'rotation.step', { keyId: key.id, step: 'service-updated' });
    await call(core, 'rotation.step', { keyId: key.id, step: 'confirmed-working' });
    const finished = await call(core, 'rotation.finish', { keyId: key.id });
    expect(finished.status).toBe('active');
    expect(finished.rotation).toBeNull();
    expect(finished.fingerprint).toBe('NEWA…OPQR');
    const copied = await call(core, 'keys.copy', { keyId: key.id, field: 'secret' });
    expect(copied.clearsAt).not.toBeNull();
    expect(core.board.text).toBe(newSecret);
  });

  it('rotation: abandon leaves the old key in place', async () => {
    const { core, key } = await withKey();
    await call(core, 'rotation.start', { keyId: key.id });
    const abandoned = await call(core, 'rotation.abandon', { keyId: key.id });
    expect(abandoned).toMatchObject({
      status: 'active',
      rotation: null,
      fingerprint: key.fingerprint,
    });
  });

  it('rotation.generate shows a new Ed25519 public key only', async () => {
    const { core, key } = await withKey();
    await call(core, 'rotation.start', { keyId: key.id });
    const generated = await call(core, 'rotation.generate', { keyId: key.id });
    expect(generated.rotation?.newPublicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(JSON.stringify(generated)).not.toContain('PRIVATE KEY');
  });

  it('keys.generate makes an Ed25519 entry whose private key signs for its public key', async () => {
    const core = createTestCore(await tempDir());
    await call(core, 'vault.create', {});
    const reply = await call(core, 'keys.generate', {
      label: '3Commas - Trading Bot',
      provider: 'binance',
      useCase: 'spot-bot',
    });
    expect(reply.key.keyType).toBe('ed25519');
    expect(reply.key.hasApiKey).toBe(false);
    expect(JSON.stringify(reply)).not.toContain('PRIVATE KEY');
    const revealed = await call(core, 'keys.reveal', { keyId: reply.key.id, field: 'secret' });
    const signature = sign(null, Buffer.from('payload'), createPrivateKey(revealed.value));
    expect(
      verify(null, Buffer.from('payload'), createPublicKey(reply.publicKeyPem), signature),
    ).toBe(true);
    const withApiKey = await call(core, 'keys.setApiKey', {
      keyId: reply.key.id,
      apiKey: 'EXCHANGEGIVENKEY1234567890abcdefghijklmnopqrstuvwxyz0123456789',
    });
    expect(withApiKey.hasApiKey).toBe(true);
  });

  it('audit: start, steps, finish sets lastAuditAt; abandon drops a run', async () => {
    const { core, key } = await withKey();
    expect((await call(core, 'audit.status', {})).run).toBeNull();
    const started = await call(core, 'audit.start', {});
    expect(started.run?.keyIds).toEqual([key.id]);
    for (const step of [1, 2, 3, 4, 5]) await call(core, 'audit.step', { step });
    const finished = await call(core, 'audit.finish', {});
    expect(finished.run).toBeNull();
    expect(finished.lastAuditAt).toBe('2026-01-01T00:00:00.000Z');
    expect((await call(core, 'keys.get', { keyId: key.id })).lastAuditedAt).not.toBeNull();
    await call(core, 'audit.start', { keyId: key.id });
    expect((await call(core, 'audit.abandon', {})).run).toBeNull();
  });

  it('incident: start marks the key compromised, steps in order, finish revokes it', async () => {
    const { core, key } = await withKey();
    expect((await call(core, 'incident.start', { keyId: key.id })).status).toBe('compromised');
    const outOfOrder = await core.handle('incident.step', { keyId: key.id, step: 3 });
    expect(outOfOrder).toMatchObject({ ok: false, code: 'invalid' });
    for (let step = 1; step <= 8; step++) {
      await call(core, 'incident.step', { keyId: key.id, step, note: `step ${step} done` });
    }
    const finished = await call(core, 'incident.finish', { keyId: key.id });
    expect(finished.status).toBe('revoked');
    expect(finished.incident?.steps).toHaveLength(8);
  });

  it('services: add, assess, list', async () => {
    const { core } = await withKey();
    const added = await call(core, 'services.add', {
      name: 'TaxBot',
      url: 'https://taxbot.example',
    });
    const assessed = await call(core, 'services.assess', {
      serviceId: added.id,
      flags: { 'asks-withdrawals': 'yes', 'vague-operator': 'no' },
    });
    expect(assessed.assessment.flags['asks-withdrawals']).toBe('yes');
    expect(assessed.assessment.assessedAt).not.toBeNull();
    const list = await call(core, 'services.list', {});
    expect(list.map((s) => s.name)).toContain('TaxBot');
    // A service's own url is never opened from a renderer request (issue 9 item 1).
    const opened = await core.handle('app.openExternal', { url: 'https://taxbot.example/' });
    expect(opened).toMatchObject({ ok: false, code: 'invalid' });
    expect(core.opened).toEqual([]);
  });
});
