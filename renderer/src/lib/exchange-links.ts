// Each exchange's API-management page (shared with core, whose link allowlist is this list),
// in the app's language where the exchange has a page in it.
export { API_MANAGEMENT_URLS, apiManagementUrl } from '../../../shared/domain/api-pages';
