// The API key's fingerprint: its first 4 and last 4 characters, as the exchanges' API pages
// show them, so the user can tell which key is which. Only ever of an API key: never of a
// secret or passphrase (even 8 characters of a secret give part of it away).

/** First 4 + '…' + last 4 characters of the API key. */
export function apiKeyFingerprint(apiKey: string): string {
  return `${apiKey.slice(0, 4)}…${apiKey.slice(-4)}`;
}
