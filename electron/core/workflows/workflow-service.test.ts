// The workflows through a real VaultStore (real libsodium, real files): each call is saved,
// a refused call saves nothing, and no reply carries a secret.
import { readFile } from 'node:fs/promises';
import { createPublicKey, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyService } from '../keys/key-service';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { memoryKeychain } from '../vault/keychain';
import { vaultPath } from '../vault/vault-file';
import { VaultStore } from '../vault/vault-store';
import { WorkflowService } from './workflow-service';

let tick = Date.parse('2026-03-01T09:00:00Z');
const clock = () => new Date((tick += 60_000));

async function setup() {
  const dir = await tempDir();
  const keychain = memoryKeychain();
  const { store } = await VaultStore.create(dir, { keychain });
  const keys = new KeyService(store, clock);
  const flows = new WorkflowService(store, clock);
  const reopen = () => VaultStore.open(dir, { keychain });
  return { dir, store, keys, flows, reopen };
}

describe('WorkflowService', () => {
  it('a rotation is persisted step by step and its replies never hold the secret', async () => {
    const { keys, flows, reopen } = await setup();
    const added = await keys.add(sampleKey(1, { label: 'Acme - Bot' }));
    const replies: unknown[] = [];
    replies.push(await flows.startRotation('Acme - Bot'));
    replies.push(
      await flows.recordRotationKey(added.id, {
        apiKey: 'NEWKEY1234567890ABCD',
        secret: 'NEW-SECRET-abcdefghijkl',
      }),
    );
    const midway = await (await reopen()).read();
    expect(midway.keys[0]?.rotation?.pending?.secret).toBe('NEW-SECRET-abcdefghijkl');
    replies.push(await flows.rotationStep(added.id, 'service-updated'));
    replies.push(await flows.rotationStep(added.id, 'confirmed-working'));
    const done = await flows.finishRotation(added.id);
    replies.push(done);
    expect(done).toMatchObject({ status: 'active', fingerprint: 'NEWK…ABCD', rotation: null });
    const text = JSON.stringify(replies);
    expect(text).not.toContain('NEW-SECRET-abcdefghijkl');
    expect(text).not.toContain('NEWKEY1234567890ABCD');
    expect(text).not.toContain(sampleKey(1).secret);
    const saved = await (await reopen()).read();
    expect(saved.keys[0]).toMatchObject({
      apiKey: 'NEWKEY1234567890ABCD',
      secret: 'NEW-SECRET-abcdefghijkl',
    });
  });

  it('a refused step saves nothing', async () => {
    const { dir, keys, flows } = await setup();
    await keys.add(sampleKey(1, { label: 'Acme - Bot' }));
    const before = await readFile(vaultPath(dir));
    await expect(flows.rotationStep('Acme - Bot', 'service-updated')).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(flows.incidentStep('Acme - Bot', 1)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(flows.finishAudit()).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(flows.startRotation('nobody')).rejects.toMatchObject({ code: 'not-found' });
    expect(await readFile(vaultPath(dir))).toEqual(before);
  });

  it('keygen: an Ed25519 entry whose private key signs what the shown public key verifies', async () => {
    const { keys, flows, reopen } = await setup();
    const reply = await flows.generateKey({
      label: 'Grid - Bot',
      provider: 'binance',
      useCase: 'spot-bot',
      ipWhitelist: ['203.0.113.5'],
    });
    expect(reply.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(reply.key).toMatchObject({
      keyType: 'ed25519',
      hasApiKey: false,
      publicKeyPem: reply.publicKeyPem,
    });
    expect(JSON.stringify(reply)).not.toContain('PRIVATE KEY');
    const pem = await keys.secretOf('Grid - Bot', 'secret');
    const sig = sign(null, Buffer.from('payload'), pem);
    expect(verify(null, Buffer.from('payload'), createPublicKey(reply.publicKeyPem), sig)).toBe(
      true,
    );
    await expect(keys.secretOf('Grid - Bot', 'apiKey')).rejects.toMatchObject({
      code: 'not-found',
    });
    await flows.setApiKey('Grid - Bot', 'EXCHANGEGIVENKEY12345');
    expect(await keys.secretOf('Grid - Bot', 'apiKey')).toBe('EXCHANGEGIVENKEY12345');
    await expect(flows.setApiKey('Grid - Bot', 'ANOTHERKEY1234567')).rejects.toThrow(
      /already has an API key/,
    );
    const history = (await flows.history('Grid - Bot')).history.map((e) => e.type);
    expect(history).toEqual(['created', 'api-key-set']);
    expect((await (await reopen()).read()).keys[0]?.publicKeyPem).toBe(reply.publicKeyPem);
  });

  it('an Ed25519 rotation: generate, upload the public key, record the API key, finish', async () => {
    const { flows, keys } = await setup();
    const { key } = await flows.generateKey({
      label: 'Grid - Bot',
      provider: 'binance',
      useCase: 'spot-bot',
    });
    await flows.setApiKey(key.id, 'FIRSTKEY1234567890');
    const oldPem = await keys.secretOf(key.id, 'secret');
    await flows.startRotation(key.id);
    const generated = await flows.generateRotationKey(key.id);
    expect(generated.rotation?.newPublicKeyPem).toMatch(/BEGIN PUBLIC KEY/);
    expect(generated.rotation?.newPublicKeyPem).not.toBe(key.publicKeyPem);
    await flows.setApiKey(key.id, 'SECONDKEY123456789');
    await flows.rotationStep(key.id, 'service-updated');
    await flows.rotationStep(key.id, 'confirmed-working');
    const done = await flows.finishRotation(key.id);
    expect(done.publicKeyPem).toBe(generated.rotation?.newPublicKeyPem);
    expect(await keys.secretOf(key.id, 'apiKey')).toBe('SECONDKEY123456789');
    expect(await keys.secretOf(key.id, 'secret')).not.toBe(oldPem);
  });

  it('audit, incident and services go through the store too', async () => {
    const { keys, flows, reopen } = await setup();
    await keys.add(sampleKey(1, { label: 'Acme - Bot', service: 'Acme' }));
    await flows.startAudit();
    for (let n = 1; n <= 5; n += 1) await flows.auditStep(n);
    const audit = await flows.finishAudit();
    expect(audit.lastAuditAt).not.toBeNull();
    expect(audit.run).toBeNull();
    await flows.startIncident('Acme - Bot');
    for (let n = 1; n <= 8; n += 1) await flows.incidentStep('Acme - Bot', n, `note ${n}`);
    expect((await flows.finishIncident('Acme - Bot')).status).toBe('revoked');
    const svc = await flows.assessService('Acme', { 'unrealistic-returns': 'yes' });
    expect(svc.keyIds).toHaveLength(1);
    await flows.addService({ name: 'Koinly', url: 'https://koinly.io' });
    expect((await flows.listServices()).map((s) => s.name)).toEqual(['Acme', 'Koinly']);
    const saved = await (await reopen()).read();
    expect(saved.services[0]?.assessment.flags['unrealistic-returns']).toBe('yes');
    expect(saved.keys[0]?.lastAuditedAt).toBe(audit.lastAuditAt);
  });
});
