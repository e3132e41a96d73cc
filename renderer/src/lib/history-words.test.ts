// History entries read as words in either language, never as core's camelCase ids.
import { beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_EVENT_TYPES, type HistoryEvent } from '../../../shared/domain/key-record';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import type { Translate } from './error-words';
import { historyEventWords } from './history-words';
import { testTranslators } from '../test/translators';

let tEn: Translate;
let tZh: Translate;

beforeAll(async () => {
  ({ tEn, tZh } = await testTranslators());
});

const at = '2026-11-02T09:30:00.000Z';
const CAMEL = /\b[a-z]+[A-Z][A-Za-z]*\b/;

// Every field core's key service and exchange check write into `fields`.
const EDIT_FIELDS = [
  'label',
  'provider',
  'account',
  'useCase',
  'rotationIntervalDays',
  'notes',
  'ipWhitelist',
  'service',
  'environment',
  'host',
  'passphrase',
];

describe('history in words', () => {
  it('every event type has a title in both languages', () => {
    for (const type of HISTORY_EVENT_TYPES) {
      expect((en.history as Record<string, string>)[type], `en history.${type}`).toBeTruthy();
      expect((zhCN.history as Record<string, string>)[type], `zh history.${type}`).toBeTruthy();
    }
  });

  it('an edit names its fields as the form does', () => {
    const edited: HistoryEvent = { at, type: 'edited', fields: EDIT_FIELDS };
    const [words] = historyEventWords(edited, tEn);
    expect(words).toBe(
      'label, exchange, account, use case, rotation interval, notes, IP whitelist, service, environment, API host, API passphrase',
    );
    expect(words).not.toMatch(CAMEL);
    const [zh] = historyEventWords(edited, tZh);
    expect(zh).toContain('IP访问限制');
    expect(zh).not.toMatch(CAMEL);
  });

  it('a permissions change says which permission was granted or removed', () => {
    const changed: HistoryEvent = {
      at,
      type: 'permissions-changed',
      detail: 'spotMargin granted, withdrawals removed',
      fields: ['spotMargin', 'withdrawals'],
    };
    expect(historyEventWords(changed, tEn)).toEqual([
      'Spot & Margin Trading granted, Withdrawals removed',
    ]);
    expect(historyEventWords(changed, tZh)).toEqual(['已开启现货及杠杆交易、已关闭提现']);
    const extras: HistoryEvent = {
      at,
      type: 'permissions-changed',
      detail: 'internalTransfer granted',
      fields: ['extras'],
    };
    expect(historyEventWords(extras, tEn)[0]).not.toMatch(CAMEL);
  });

  it('an accepted exchange answer names the fields that differed', () => {
    const accepted: HistoryEvent = {
      at,
      type: 'exchange-accepted',
      detail: "accepted the exchange's answer of 2026-11-01 (api.binance.com)",
      fields: ['permissions.spotMargin', 'extras.internalTransfer', 'ipRestricted', 'ipWhitelist'],
    };
    const [, fields] = historyEventWords(accepted, tEn);
    expect(fields).toMatch(/^Spot & Margin Trading, .+, IP restriction, IP whitelist$/);
    expect(fields).not.toMatch(CAMEL);
  });

  it('a risk acceptance names the finding, not its rule id', () => {
    const accepted: HistoryEvent = {
      at,
      type: 'risk-accepted',
      detail: 'excess-permission (spotMargin) accepted through 2026-12-31: the bot: needs it',
    };
    expect(historyEventWords(accepted, tEn)).toEqual([
      'Permission beyond the use case (Spot & Margin Trading), accepted through 2026-12-31: the bot: needs it',
    ]);
    expect(historyEventWords(accepted, tZh)[0]).toBe(
      '权限超出用途（现货及杠杆交易），接受至 2026-12-31：the bot: needs it',
    );
    const withdrawn: HistoryEvent = {
      at,
      type: 'risk-acceptance-withdrawn',
      detail: 'withdrawals-enabled',
    };
    expect(historyEventWords(withdrawn, tEn)).toEqual(['Withdrawals enabled']);
  });

  it('an unknown field still reads as words', () => {
    const [words] = historyEventWords({ at, type: 'edited', fields: ['someNewField'] }, tEn);
    expect(words).toBe('some new field');
  });
});
