// The API key's fingerprint, as exchanges show it on their API pages: the first 4 and last 4
// characters. Only ever of the API key (public): never of a secret or an API passphrase.
export function apiKeyFingerprint(apiKey: string): string {
  return `${apiKey.slice(0, 4)}…${apiKey.slice(-4)}`;
}
