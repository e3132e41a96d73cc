// import.* and scan.* over core.handle: paths come only from the choosePaths port (scripted
// here), a preview's secrets go with a lock, replies never carry a secret.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { call, createTestCore } from './testing';

const KEY = 'Qw3rTy7UiOp9AsDfGh1JkLzXcVbNm2Qw3rTy7UiOp9AsDfGh1JkLzXcVbNm2AbCd';
const SECRET = 'Zx8CvBn4MlKjHgFdSa2PoIuYtReWq6Zx8CvBn4MlKjHgFdSa2PoIuYtReWq6EfGh';

async function unlocked() {
  const dir = await tempDir();
  const core = createTestCore(dir);
  await call(core, 'vault.create', {});
  const files = await tempDir();
  const env = path.join(files, 'bot.env');
  await writeFile(env, `BINANCE_API_KEY=${KEY}\nBINANCE_API_SECRET=${SECRET}\n`);
  return { core, env, files };
}

describe('import.preview and import.commit', () => {
  it('previews the dialog’s file without a secret, then imports with the chosen label and use case', async () => {
    const { core, env } = await unlocked();
    core.paths.answers['import-file'] = [env];
    const preview = await call(core, 'import.preview', {});
    expect(core.paths.asked).toEqual(['import-file']);
    expect(preview?.keys.map((k) => [k.label, k.provider, k.useCase])).toEqual([
      ['Binance - bot.env', 'binance', 'custom'],
    ]);
    expect(JSON.stringify(preview)).not.toContain(SECRET);
    expect(JSON.stringify(preview)).not.toContain(KEY);
    const done = await call(core, 'import.commit', {
      previewId: preview!.previewId,
      entries: [{ index: preview!.keys[0]!.index, label: 'Bot', useCase: 'spot-bot' }],
    });
    expect(done.imported.map((k) => k.label)).toEqual(['Bot']);
    expect(done.file).toBe(env);
    const keys = await core.session.requireOpen().store.read();
    expect(keys.keys.map((k) => [k.label, k.useCase, k.secret])).toEqual([
      ['Bot', 'spot-bot', SECRET],
    ]);
    // The preview is spent: a second commit adds nothing.
    const again = await core.handle('import.commit', {
      previewId: preview!.previewId,
      entries: [{ index: 0, label: 'Bot 2', useCase: 'custom' }],
    });
    expect(again).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('a cancelled dialog answers null; a lock drops the preview', async () => {
    const { core, env } = await unlocked();
    expect(await call(core, 'import.preview', {})).toBeNull();
    core.paths.answers['import-file'] = [env];
    const preview = await call(core, 'import.preview', {});
    await call(core, 'vault.lock', {});
    await call(core, 'vault.unlock', {});
    const result = await core.handle('import.commit', {
      previewId: preview!.previewId,
      entries: [{ index: 0, label: 'Bot', useCase: 'custom' }],
    });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect((await core.session.requireOpen().store.read()).keys).toEqual([]);
  });
});

describe('scan.chooseFolders and scan.start', () => {
  it('refuses to start before folders are chosen; finds the planted copy grouped by key', async () => {
    const { core, files } = await unlocked();
    const key = await core.session.requireOpen().keys.add(sampleKey(1));
    const secret = sampleKey(1).secret;
    expect(await core.handle('scan.start', { history: false, git: false })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    await writeFile(path.join(files, 'notes.md'), `token\n${secret}\n`);
    core.paths.answers['scan-folders'] = [files];
    expect(await call(core, 'scan.chooseFolders', {})).toEqual([files]);
    const view = await call(core, 'scan.start', { history: false, git: false });
    expect(view.cancelled).toBe(false);
    expect(view.keys.map((g) => [g.keyId, g.hits.map((h) => [h.path, h.line, h.field])])).toEqual([
      [key.id, [[path.join(files, 'notes.md'), 2, 'secret']]],
    ]);
    expect(view.keys[0]!.findings.map((f) => f.rule)).toEqual(['plaintext-copy']);
    expect(JSON.stringify(view)).not.toContain(secret);
    expect(core.events.some((e) => e.event === 'scanProgress')).toBe(true);
  });

  it('scan.cancel stops the scan: cancelled, nothing recorded', async () => {
    const { core, files } = await unlocked();
    await core.session.requireOpen().keys.add(sampleKey(1));
    await writeFile(path.join(files, 'notes.md'), `${sampleKey(1).secret}\n`);
    core.paths.answers['scan-folders'] = [files];
    await call(core, 'scan.chooseFolders', {});
    const running = call(core, 'scan.start', { history: false, git: false });
    // A second scan while one runs is refused.
    expect(await core.handle('scan.start', { history: false, git: false })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    await call(core, 'scan.cancel', {});
    const view = await running;
    expect(view.cancelled).toBe(true);
    expect((await core.session.requireOpen().store.read()).scan?.hits ?? []).toEqual([]);
  });
});
