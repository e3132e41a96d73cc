// One place that loads libsodium. The sumo build is required: only it has crypto_pwhash
// (Argon2id); the standard build compiles against the same types and fails at run time.
import sodium from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodium;

let ready: Promise<Sodium> | undefined;

export function loadSodium(): Promise<Sodium> {
  ready ??= sodium.ready.then(() => sodium);
  return ready;
}
