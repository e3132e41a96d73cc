// One place that loads libsodium. The sumo build is required: only it has crypto_pwhash
// (Argon2id); the standard build compiles against the same types and fails at run time.
// Loaded on first use, so commands that need no cryptography start without it.
import type sodiumModule from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodiumModule;

let ready: Promise<Sodium> | undefined;

export function loadSodium(): Promise<Sodium> {
  ready ??= import('libsodium-wrappers-sumo').then(async (module) => {
    const sodium = module.default ?? module;
    await sodium.ready;
    return sodium;
  });
  return ready;
}
