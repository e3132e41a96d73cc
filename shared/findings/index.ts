// The findings engine's public surface.
export * from './types';
export { findings, keyFindings, sortFindings } from './findings';
export { acceptanceFor, markAccepted, openFindings } from './accepted';
export { findingsForDraft, DRAFT_KEY_ID } from './draft';
export type { KeyDraft } from './draft';
export { PERMISSION_EXPLANATIONS } from './explain';
export {
  BINANCE_UNRESTRICTED_TRADING_DAYS,
  auditDue,
  binanceTradingLapse,
  isLiveKey,
  rotationDue,
} from './due-dates';
export { isVagueLabel } from './label';
export { ROTATION_DUE_SOON_DAYS } from './key-rules';
export { ACCOUNT_KEYS_WARNING } from './vault-rules';
