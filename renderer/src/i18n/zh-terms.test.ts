// 简体中文 uses the terms of Binance's Chinese API-management page and Chinese punctuation
// (issue 13 §7). A string another change adds with a forbidden term fails here.
import { describe, expect, it } from 'vitest';
import { zhCN } from './zh-CN';

/** Every string of the resources with its dotted path. */
function leaves(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const ALL = leaves(zhCN);
const at = (path: string) => ALL.find(([p]) => p === path)?.[1];

// 私钥 is a wallet's (or a key pair's) private key: only these strings are about one (a PEM,
// Ed25519 or EC private key); an exchange's API secret is "Secret Key".
const PRIVATE_KEY_PATHS = new Set([
  'add.pemBody',
  'addForm.format.pem',
  'credentials.privateKey',
  'credentials.privateKeyHint',
  'credentials.hint.secret-not-pem',
  'credentials.hint.secret-pem-for-hmac',
  'credentials.hint.secret-not-ec-pem',
  'credentials.hint.secret-not-ed25519',
]);

const HAN = '\\u4e00-\\u9fff';

describe('简体中文 terms', () => {
  it('has strings to check', () => {
    expect(ALL.length).toBeGreaterThan(300);
  });

  it.each([
    ['风险发现', /风险发现/],
    ['无风险', /无风险/],
    ['自动转账 (auto-transfer is 自动提现)', /自动转账/],
    ['密码短语 (the API passphrase is API 密码)', /密码短语/],
    ['IP 白名单 (Binance: IP访问限制)', /IP ?白名单/],
    ['a half-width colon after or before a Chinese character', new RegExp(`[${HAN}]:|:[${HAN}]`)],
    ['a half-width comma after a Chinese character', new RegExp(`[${HAN}],`)],
  ])('never says %s', (_name, pattern) => {
    const found = ALL.filter(([, text]) => pattern.test(text)).map(([p, text]) => `${p}: ${text}`);
    expect(found).toEqual([]);
  });

  it('says Secret Key for an API secret; 私钥 only for a private key', () => {
    const found = ALL.filter(([p, text]) => text.includes('私钥') && !PRIVATE_KEY_PATHS.has(p));
    expect(found).toEqual([]);
    expect(at('add.secret')).toBe('Secret Key');
    expect(at('detail.copySecret')).toContain('Secret Key');
  });

  it("uses Binance's names and the agreed terms", () => {
    expect(at('permission.read')).toBe('读取');
    expect(at('permission.spotMargin')).toBe('现货及杠杆交易');
    expect(at('permission.futures')).toBe('合约');
    expect(at('permission.withdrawals')).toBe('提现');
    expect(at('list.ipOff')).toContain('IP访问限制');
    expect(at('nav.findings')).toBe('检查结果');
    expect(at('list.noFinding')).toBe('未发现问题');
    expect([at('severity.high'), at('severity.medium'), at('severity.low')]).toEqual([
      '高危',
      '中危',
      '低危',
    ]);
    expect(at('useCase.auto-transfer')).toBe('自动提现');
    expect(at('findings.term.useCase.auto-transfer')).toBe('自动提现');
    expect(at('unlock.passphrase')).toBe('主密码');
    expect(at('firstRun.passphrase')).toBe('主密码');
    expect(at('findings.text.compromised-unresolved.message.default')).toContain(
      '已完成 {{done}}/8 步',
    );
  });
});
