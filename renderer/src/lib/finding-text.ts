// Finding and reminder texts in the UI language. The engine (shared/) words them in English for
// the CLI and notifications and also gives what they are worded from (Finding.text,
// ReminderView.params); here they are worded again from the i18n resources (findings.text,
// reminders.text). A finding without `text`, or a wording the resources lack, shows the
// engine's English as is.
import type { Finding } from '../../../shared/findings/types';
import type { ReminderView } from '../../../shared/ipc/views';
import { formatDay } from './format';

/** The part of i18next's `t` used here (keeps this file testable without React). */
export type Translate = (key: string, options: Record<string, unknown>) => string;

/** Parameters that carry an id, and where the resources name it in a sentence. */
const TERM_KEYS: Readonly<Record<string, string>> = {
  permission: 'permission',
  useCase: 'findings.term.useCase',
  explain: 'findings.term.explain',
  flag: 'findings.term.flag',
  provider: 'findings.term.provider',
  diagnosis: 'findings.term.diagnosis',
  field: 'findings.term.field',
};

/** Parameters that carry a day (YYYY-MM-DD), shown in the UI language's date format. */
const DAY_PARAMS: ReadonlySet<string> = new Set(['date']);

function localParams(
  params: Readonly<Record<string, string | number>>,
  t: Translate,
  language?: string,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    const termKey = TERM_KEYS[name];
    if (language !== undefined && DAY_PARAMS.has(name) && typeof value === 'string') {
      out[name] = formatDay(value, language);
    } else if (termKey !== undefined && typeof value === 'string') {
      out[name] = t(`${termKey}.${value}`, { skipInterpolation: true, defaultValue: value });
    } else if (name === 'account' && value === '') {
      out[name] = t('findings.term.unnamedAccount', { skipInterpolation: true });
    } else {
      out[name] = value;
    }
  }
  return out;
}

/** Returned by `t` when the resources lack a wording. */
const MISSING = '\u0000missing';

/**
 * The wording (`count` picks its plural form, `_one` or `_other`) with its `{{name}}`s filled
 * in one pass here rather than by i18next: a value is user text (a label may contain "{{" or
 * "$t(") and must appear exactly as typed, never be interpolated again.
 */
function word(
  t: Translate,
  key: string,
  params: Record<string, string | number>,
  english: string,
): string {
  const { count } = params;
  const template = t(key, {
    ...(typeof count === 'number' && { count }),
    skipInterpolation: true,
    defaultValue: MISSING,
  });
  if (template === MISSING) return english;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Given `language`, days are written in its date format ("Apr 10, 2026", "2026年4月10日");
 * without, exactly as the engine words them (YYYY-MM-DD).
 */
export function findingTexts(
  f: Finding,
  t: Translate,
  language?: string,
): { message: string; fix: string } {
  if (!f.text) return { message: f.message, fix: f.fix };
  const params = localParams(f.text.params, t, language);
  const base = `findings.text.${f.rule}`;
  return {
    message: word(t, `${base}.message.${f.text.message}`, params, f.message),
    fix: word(t, `${base}.fix.${f.text.fix}`, params, f.fix),
  };
}

export function reminderTexts(
  r: ReminderView,
  t: Translate,
  language?: string,
): { title: string; body: string } {
  const base = `reminders.text.${r.kind}`;
  const params: Record<string, string | number> = {
    ...r.params,
    ...(language !== undefined && { date: formatDay(r.params.date, language) }),
  };
  // A key reminder that could not name its key (locked) says so and asks to unlock.
  const body = r.keyId !== null && r.params.label === undefined ? 'anonymous' : 'body';
  return {
    title: word(t, `${base}.title`, params, r.title),
    body: word(t, `${base}.${body}`, params, r.message),
  };
}
