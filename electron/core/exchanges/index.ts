// One adapter per exchange, by provider.
import type { ExchangeAdapter } from './adapter';
import { binanceAdapter } from './binance';
import { bybitAdapter } from './bybit';
import { coinbaseAdapter } from './coinbase';
import type { CheckedExchange } from './credential';
import { krakenAdapter } from './kraken';
import { okxAdapter } from './okx';

export const EXCHANGE_ADAPTERS: Record<CheckedExchange, ExchangeAdapter> = {
  binance: binanceAdapter,
  okx: okxAdapter,
  bybit: bybitAdapter,
  coinbase: coinbaseAdapter,
  kraken: krakenAdapter,
};

export { ClockOffsets, type AdapterContext, type AdapterResult } from './adapter';
