// A history entry in words: core records field and permission ids (`ipWhitelist`,
// `spotMargin granted`); the page names them as the forms do, in the chosen language.
import { PERMISSIONS, type Permission } from '../../../shared/domain/exchange';
import { extraName } from '../../../shared/domain/credential-names';
import type { HistoryEvent } from '../../../shared/domain/key-record';
import type { Translate } from './error-words';

const isPermission = (id: string): id is Permission =>
  (PERMISSIONS as readonly string[]).includes(id);

/** camelCase or dotted ids as lower-case words: the last resort for an unknown field. */
function spaced(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .toLowerCase();
}

/** A field a history entry names: a permission, an exchange permission or a key field. */
export function historyFieldWord(field: string, t: Translate): string {
  const [head, rest] = field.split(/\.(.*)/s, 2) as [string, string | undefined];
  if (head === 'permissions' && rest && isPermission(rest)) return t(`permission.${rest}`);
  if (head === 'extras' && rest) return extraName(rest);
  if (isPermission(field)) return t(`permission.${field}`);
  return t(`words.history.field.${field}`, { defaultValue: spaced(field) });
}

/** The detail of a permissions change ("spotMargin granted, margin removed") in words. */
function permissionChangeWords(detail: string, t: Translate): string {
  return detail
    .split(', ')
    .map((part) => {
      const match = /^(\S+) (granted|removed)$/.exec(part);
      if (!match) return part;
      const [, id, change] = match as unknown as [string, string, 'granted' | 'removed'];
      const name = isPermission(id) ? t(`permission.${id}`) : extraName(id);
      return t(`words.history.${change}`, { name });
    })
    .join(t('words.history.separator'));
}

// Core's risk-acceptance detail: `<rule>[ (<subject>)][ accepted through <day>: <note>]`.
const RISK_DETAIL =
  /^([a-z]+(?:-[a-z]+)*)(?: \(([^)]*)\))?(?: accepted through (\d{4}-\d{2}-\d{2}): ([\s\S]*))?$/;

/** A risk acceptance (or its withdrawal) named by the finding's title, not its rule id. */
function riskWords(detail: string, t: Translate): string {
  const match = RISK_DETAIL.exec(detail);
  if (!match) return detail;
  const [, rule = '', subject, until, note] = match;
  const title = t(`findings.rule.${rule}`, { defaultValue: spaced(rule) });
  const what = subject
    ? t('words.history.withSubject', { title, subject: historyFieldWord(subject, t) })
    : title;
  return until ? t('words.history.acceptedThrough', { what, date: until, note }) : what;
}

/** What follows the entry's title: its detail and the fields it changed, in words. */
export function historyEventWords(event: HistoryEvent, t: Translate): string[] {
  const out: string[] = [];
  if (event.detail) {
    out.push(
      event.type === 'permissions-changed'
        ? permissionChangeWords(event.detail, t)
        : event.type === 'risk-accepted' || event.type === 'risk-acceptance-withdrawn'
          ? riskWords(event.detail, t)
          : event.detail,
    );
  }
  // A permissions change names its permissions in the detail already.
  if (event.fields && event.fields.length > 0 && event.type !== 'permissions-changed') {
    out.push(event.fields.map((f) => historyFieldWord(f, t)).join(t('words.history.separator')));
  }
  return out;
}
