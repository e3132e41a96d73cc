// The fake exchange's answers: each exchange's real success and error shapes (see the
// exchanges' API docs: Binance {code,msg}; OKX {code:"…",msg,data}; Bybit {retCode,retMsg,
// result,retExtInfo,time}; Coinbase a JSON object, or a bare "Unauthorized" 401).
import type { FakeKey } from './fake-keys';

export interface FakeAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

const json = (status: number, value: unknown, headers?: Record<string, string>): FakeAnswer => ({
  status,
  body: JSON.stringify(value),
  ...(headers && { headers }),
});

export const binance = {
  time: (serverMs: number) => json(200, { serverTime: serverMs }),
  error: (status: number, code: number, msg: string) => json(status, { code, msg }),
  rejected: () =>
    json(401, { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' }),
  badSignature: () => json(400, { code: -1022, msg: 'Signature for this request is not valid.' }),
  timestamp: () =>
    json(400, { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' }),
  tooMany: (retryAfter: number) =>
    json(
      429,
      {
        code: -1003,
        msg: 'Too much request weight used; current limit is 6000 request weight per 1 MINUTE.',
      },
      { 'Retry-After': String(retryAfter) },
    ),
  restrictions(key: FakeKey): FakeAnswer {
    const has = (id: string): boolean => key.extras.includes(id);
    return json(200, {
      ipRestrict: key.ips.length > 0,
      createTime: Date.parse(key.createdAt ?? '2026-01-01T00:00:00Z'),
      enableReading: key.permissions.read,
      enableWithdrawals: key.permissions.withdrawals,
      enableInternalTransfer: has('internalTransfer'),
      enableMargin: has('margin'),
      enableFutures: key.permissions.futures,
      permitsUniversalTransfer: has('universalTransfer'),
      enableVanillaOptions: has('vanillaOptions'),
      enableFixApiTrade: has('fixTrade'),
      enableFixReadOnly: has('fixReadOnly'),
      enableSpotAndMarginTrading: key.permissions.spotMargin,
      enablePortfolioMarginTrading: has('portfolioMargin'),
      ...(key.expiresAt && { tradingAuthorityExpirationTime: Date.parse(key.expiresAt) }),
    });
  },
};

export const okx = {
  time: (serverMs: number) => json(200, { code: '0', msg: '', data: [{ ts: String(serverMs) }] }),
  error: (status: number, code: string, msg: string) => json(status, { code, msg, data: [] }),
  tooMany: (retryAfter: number) =>
    json(
      429,
      { code: '50011', msg: 'Too Many Requests', data: [] },
      { 'Retry-After': String(retryAfter) },
    ),
  config(key: FakeKey): FakeAnswer {
    const perm = ['read_only'];
    if (key.permissions.spotMargin || key.permissions.futures) perm.push('trade');
    if (key.permissions.withdrawals) perm.push('withdraw');
    return json(200, {
      code: '0',
      msg: '',
      data: [
        {
          uid: '44705892343619584',
          mainUid: '44705892343619584',
          acctLv: '2',
          posMode: 'long_short_mode',
          autoLoan: false,
          greeksType: 'PA',
          level: 'Lv1',
          levelTmp: '',
          ctIsoMode: 'automatic',
          mgnIsoMode: 'automatic',
          label: 'v5 test',
          roleType: '0',
          traderInsts: [],
          spotRoleType: '0',
          spotTraderInsts: [],
          opAuth: '0',
          kycLv: '3',
          ip: key.ips.join(','),
          perm: perm.join(','),
          type: '0',
        },
      ],
    });
  },
};

export const bybit = {
  time: (serverMs: number) =>
    json(200, {
      retCode: 0,
      retMsg: 'OK',
      result: {
        timeSecond: String(Math.floor(serverMs / 1000)),
        timeNano: `${serverMs}000000`,
      },
      retExtInfo: {},
      time: serverMs,
    }),
  error: (status: number, retCode: number, retMsg: string, serverMs: number) =>
    json(status, { retCode, retMsg, result: {}, retExtInfo: {}, time: serverMs }),
  tooMany: (retryAfter: number, serverMs: number) =>
    json(
      429,
      { retCode: 10006, retMsg: 'Too many visits!', result: {}, retExtInfo: {}, time: serverMs },
      { 'Retry-After': String(retryAfter) },
    ),
  apiInfo(key: FakeKey, serverMs: number): FakeAnswer {
    const groups: Record<string, string[]> = {
      ContractTrade: [],
      Spot: [],
      Wallet: [],
      Options: [],
      Derivatives: [],
      CopyTrading: [],
      BlockTrade: [],
      Exchange: [],
      NFT: [],
      Affiliate: [],
      Earn: [],
    };
    const add = (id: string): void => {
      const [group = '', item = ''] = id.split('.');
      (groups[group] ??= []).push(item);
    };
    if (key.permissions.spotMargin) add('Spot.SpotTrade');
    if (key.permissions.futures) ['ContractTrade.Order', 'ContractTrade.Position'].forEach(add);
    if (key.permissions.withdrawals) add('Wallet.Withdraw');
    key.extras.forEach(add);
    const expires = key.expiresAt ?? null;
    return json(200, {
      retCode: 0,
      retMsg: '',
      result: {
        id: '13770661',
        note: 'XXXXXX',
        apiKey: key.apiKey,
        readOnly: key.readOnly ? 1 : 0,
        secret: '',
        permissions: groups,
        ips: key.ips.length > 0 ? key.ips : ['*'],
        type: 1,
        deadlineDay: expires ? Math.ceil((Date.parse(expires) - serverMs) / 86_400_000) : -2,
        expiredAt: expires ?? '1970-01-01T00:00:00Z',
        createdAt: key.createdAt ?? '2026-01-01T00:00:00Z',
        unified: 0,
        uta: 1,
        userID: 24617703,
        inviterID: 0,
        vipLevel: 'No VIP',
        mktMakerLevel: '0',
        affiliateID: 0,
        rsaPublicKey: '',
        isMaster: true,
        parentUid: '0',
        kycLevel: 'LEVEL_DEFAULT',
        kycRegion: '',
      },
      retExtInfo: {},
      time: serverMs,
    });
  },
};

export const coinbase = {
  time: (serverMs: number) =>
    json(200, {
      iso: new Date(serverMs).toISOString(),
      epochSeconds: String(Math.floor(serverMs / 1000)),
      epochMillis: String(serverMs),
    }),
  unauthorized: (): FakeAnswer => ({ status: 401, body: 'Unauthorized\n' }),
  tooMany: (retryAfter: number): FakeAnswer => ({
    status: 429,
    body: 'Too Many Requests',
    headers: { 'Retry-After': String(retryAfter) },
  }),
  permissions: (key: FakeKey) =>
    json(200, {
      can_view: key.permissions.read,
      can_trade: key.permissions.spotMargin || key.permissions.futures,
      can_transfer: key.permissions.withdrawals,
      portfolio_uuid: 'c6bbd5b8-7a41-4c3a-bd36-3a5a8b3d0f1e',
      portfolio_type: 'DEFAULT',
    }),
};
