// Plain-language explanations of each permission, shown beside the checkboxes and used by the
// `custom-permission` rule ("every grant is explained", DOMAIN.md).
import type { Permission } from '../domain/exchange';

export const PERMISSION_EXPLANATIONS: Record<Permission, string> = {
  read: 'reads balances, trade history, orders and market data; it cannot move anything',
  spotMargin: 'creates and cancels spot orders and trades on margin with your funds',
  futures: 'creates and cancels futures orders, with leverage, on your account',
  withdrawals: 'moves assets to external addresses: whoever holds the key can empty the account',
};
