// Each exchange's API-management page (shared with core, whose link allowlist is this list).
export { API_MANAGEMENT_URLS } from '../../../shared/domain/api-pages';
