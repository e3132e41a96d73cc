// What main shows outside the page, in the language chosen in Settings: the tray menu and
// system notifications (reminders, the daily exchange check, the test notification). The
// renderer has its own tables (renderer/src/i18n); these few strings live on main's side
// because main has no i18next. English reminder and daily-check texts are core's own
// (shared/reminders/messages.ts, daily-check.ts), so only the other languages are worded here.
// Invariant: nothing here ever receives a secret; a label is the most a text names.
import type { ReminderParams } from '../../../shared/reminders/messages';
import type { ReminderKind } from '../../../shared/reminders/reminder-events';
import type { Language } from '../../../shared/ipc/views';
import type { NotifierPort } from './ports';

/** What a notification is about, so it can be worded in the user's language. */
export type SystemNotice =
  | { kind: 'reminder'; reminder: ReminderKind; params: ReminderParams }
  | { kind: 'drift'; label: string; fields: string[] }
  | { kind: 'rejected'; label: string; reason: string }
  | { kind: 'expiry'; label: string; date: string }
  | { kind: 'test' };

export interface SystemText {
  tray: {
    tooltip: (attention: string) => string;
    attention: (count: number) => string;
    open: string;
    lock: string;
    quit: string;
    recent: string;
    noneCopied: string;
    unlockToCopy: string;
    copySecret: string;
    copyApiKey: string;
  };
  /** Title and body of a notification; null: keep core's English as it is. */
  notice: (notice: SystemNotice) => { title: string; body: string } | null;
}

const en: SystemText = {
  tray: {
    tooltip: (attention) => `Keyward: ${attention}`,
    attention: (count) =>
      count === 0
        ? 'No key needs attention'
        : count === 1
          ? '1 key needs attention'
          : `${count} keys need attention`,
    open: 'Open Keyward',
    lock: 'Lock',
    quit: 'Quit',
    recent: 'Recently copied',
    noneCopied: 'No key copied yet',
    unlockToCopy: 'Unlock Keyward to copy a key',
    copySecret: 'Copy secret',
    copyApiKey: 'Copy API key',
  },
  notice: (notice) => (notice.kind === 'test' ? { ...TEST_NOTIFICATION } : null),
};

/** 简体中文: the app's own terms (renderer/src/i18n/zh-CN.ts), full-width punctuation. */
const zhReminder = (
  kind: ReminderKind,
  params: ReminderParams,
): { title: string; body: string } => {
  const { label, date, count = 0 } = params;
  const named = label !== undefined;
  const who = named ? `“${label}”` : '有一个 API 密钥';
  const hint = named ? '' : '解锁 Keyward 即可查看是哪一个。';
  switch (kind) {
    case 'rotation-due-soon':
      return {
        title: '密钥即将需要轮换',
        body: `${who}还有 ${count} 天需要轮换（${date}）。${hint}`,
      };
    case 'rotation-due':
      return {
        title: '密钥需要轮换',
        body: `${who}已到轮换日期（${date}）：请创建新密钥，更新服务，然后删除旧密钥。${hint}`,
      };
    case 'rotation-overdue':
      return {
        title: '密钥轮换已逾期',
        body: `${who}本应于 ${date} 轮换，已逾期 ${count} 周。${hint}`,
      };
    case 'trading-lapse':
      return {
        title: '币安将移除交易权限',
        body: `${who}开启了现货及杠杆交易权限，但未设置 IP 白名单：币安将于 ${date}（${count} 天后）移除该权限。设置 IP 白名单即可保留。${hint}`,
      };
    case 'exchange-expiry':
      return {
        title: 'API 密钥即将过期',
        body: `交易所显示${who}（或其交易权限）将于 ${date}（${count} 天后）过期。请把它绑定到服务器的 IP 地址，或轮换它。${hint}`,
      };
    case 'audit-due':
      return {
        title: '每月密钥审查已到期',
        body: `每月 API 密钥审查已到期（自 ${date} 起）：请检查所有密钥，删除不再使用的密钥，核对权限和 IP 白名单。`,
      };
    case 'audit-overdue':
      return {
        title: '密钥审查已严重逾期',
        body: `API 密钥审查自 ${date} 起就已到期，已超过两个月：请立即进行。`,
      };
  }
};

const zhCN: SystemText = {
  tray: {
    tooltip: (attention) => `Keyward：${attention}`,
    attention: (count) => (count === 0 ? '没有需要处理的密钥' : `${count} 个密钥需要处理`),
    open: '打开 Keyward',
    lock: '锁定',
    quit: '退出',
    recent: '最近复制',
    noneCopied: '尚未复制过密钥',
    unlockToCopy: '解锁 Keyward 后才能复制',
    copySecret: '复制 Secret Key',
    copyApiKey: '复制 API Key',
  },
  notice: (notice) => {
    switch (notice.kind) {
      case 'reminder':
        return zhReminder(notice.reminder, notice.params);
      case 'drift':
        return {
          title: 'API 密钥与记录不符',
          body: `交易所显示“${notice.label}”与记录不符（${notice.fields.join('、')}）。打开它进行比较，然后接受或修正。`,
        };
      case 'rejected':
        // The reason is the exchange's or core's own sentence, kept as it is.
        return {
          title: 'API 密钥被交易所拒绝',
          body: `“${notice.label}”已无法使用：${notice.reason}`,
        };
      case 'expiry':
        return {
          title: 'API 密钥即将过期',
          body: `交易所显示“${notice.label}”（或其交易权限）将于 ${notice.date} 过期。`,
        };
      case 'test':
        return {
          title: 'Keyward 通知正常',
          body: '这是一条测试通知。轮换和审查到期的提醒就会这样显示。',
        };
    }
  },
};

export const SYSTEM_TEXT: Record<Language, SystemText> = { en, 'zh-CN': zhCN };

export function systemText(language: Language): SystemText {
  return SYSTEM_TEXT[language] ?? en;
}

/**
 * Words each notification in the language of the moment (`language()` must answer at once:
 * core keeps it in step with the settings) and hands main's adapter plain title and body.
 */
export function localizedNotifier(target: NotifierPort, language: () => Language): NotifierPort {
  return {
    notify: ({ notice, ...plain }) => {
      const worded = notice ? systemText(language()).notice(notice) : null;
      target.notify({ ...plain, ...worded });
    },
  };
}

export const TEST_NOTIFICATION = {
  title: 'Keyward notifications work',
  body: 'This is a test notification. Reminders of due rotations and audits look like this.',
} as const;
