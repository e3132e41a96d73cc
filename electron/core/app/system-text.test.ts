// System notifications speak the chosen language (issue 13 §4): reminders, the daily check
// and Settings' test notification are worded by main's own table (en, 简体中文).
import { describe, expect, it } from 'vitest';
import { REMINDER_KINDS } from '../../../shared/reminders/reminder-events';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { dailyCheckNotice } from './daily-check';
import { SYSTEM_TEXT, TEST_NOTIFICATION, localizedNotifier, systemText } from './system-text';
import { call, createTestCore } from './testing';

const DAY = 86_400_000;

describe('the main-side message table', () => {
  it('has every reminder kind in 简体中文, naming the key or saying how to see it', () => {
    const zh = systemText('zh-CN');
    for (const reminder of REMINDER_KINDS) {
      const named = zh.notice({
        kind: 'reminder',
        reminder,
        params: { label: 'Bot A', date: '2026-05-01', count: 3 },
      });
      expect(named?.title).toMatch(/[\u4e00-\u9fff]/);
      expect(named?.body).toContain('2026-05-01');
      if (!reminder.startsWith('audit')) {
        expect(named?.body).toContain('“Bot A”');
        const anonymous = zh.notice({ kind: 'reminder', reminder, params: { date: '2026-05-01' } });
        expect(anonymous?.body).toContain('解锁 Keyward 即可查看是哪一个。');
      }
    }
  });

  it('English keeps core’s own reminder text; both languages have the same tray words', () => {
    expect(
      systemText('en').notice({ kind: 'reminder', reminder: 'audit-due', params: { date: 'x' } }),
    ).toBeNull();
    expect(Object.keys(SYSTEM_TEXT['zh-CN'].tray).sort()).toEqual(
      Object.keys(SYSTEM_TEXT.en.tray).sort(),
    );
  });

  it('localizedNotifier words a notice in the language of the moment and drops the notice', () => {
    const shown: unknown[] = [];
    let language: 'en' | 'zh-CN' = 'en';
    const notifier = localizedNotifier({ notify: (n) => shown.push(n) }, () => language);
    notifier.notify({ ...TEST_NOTIFICATION, keyId: null, notice: { kind: 'test' } });
    language = 'zh-CN';
    notifier.notify({ ...TEST_NOTIFICATION, keyId: null, notice: { kind: 'test' } });
    notifier.notify({ title: 'Plain', body: 'No notice', keyId: 'k1' });
    expect(shown).toEqual([
      { ...TEST_NOTIFICATION, keyId: null },
      {
        title: 'Keyward 通知正常',
        body: expect.stringContaining('测试通知') as string,
        keyId: null,
      },
      { title: 'Plain', body: 'No notice', keyId: 'k1' },
    ]);
  });

  it('the daily check’s notices carry what the table words', () => {
    const notice = dailyCheckNotice(
      {
        keyId: 'k1',
        label: 'Bot A',
        outcome: 'drift',
        differences: [{ field: 'permissions' }, { field: 'ipWhitelist' }],
      } as unknown as Parameters<typeof dailyCheckNotice>[0],
      new Date('2026-03-01T00:00:00Z'),
    );
    expect(notice?.notice).toEqual({
      kind: 'drift',
      label: 'Bot A',
      fields: ['permissions', 'ipWhitelist'],
    });
    expect(systemText('zh-CN').notice(notice!.notice)).toEqual({
      title: 'API 密钥与记录不符',
      body: '交易所显示“Bot A”与记录不符（permissions、ipWhitelist）。打开它进行比较，然后接受或修正。',
    });
  });
});

describe('notifications through the core', () => {
  it('a reminder is notified in 简体中文 once that is the chosen language', async () => {
    const core = createTestCore(await tempDir());
    await call(core, 'vault.create', {});
    const input = sampleKey(1);
    await call(core, 'keys.add', { ...input, apiKey: input.apiKey ?? '' });
    await call(core, 'settings.set', { language: 'zh-CN' });
    core.scheduler.advance(80 * DAY); // due at day 90: the 14-day notice is current
    await core.checkReminders();
    const rotation = core.notifications.find((n) => n.body.includes(input.label));
    expect(rotation).toMatchObject({
      title: '密钥即将需要轮换',
      body: expect.stringContaining(`“${input.label}”还有`) as string,
    });
  });

  it('notifications.test sends one notification, naming no key, in the chosen language', async () => {
    const core = createTestCore(await tempDir());
    await call(core, 'notifications.test', {});
    await call(core, 'settings.set', { language: 'zh-CN' });
    await call(core, 'notifications.test', {});
    expect(core.notifications).toEqual([
      { ...TEST_NOTIFICATION, keyId: null },
      {
        title: 'Keyward 通知正常',
        body: expect.stringContaining('测试通知') as string,
        keyId: null,
      },
    ]);
  });
});
