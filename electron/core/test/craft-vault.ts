// Rewrites a vault file's header the way an attacker with write access to the folder could:
// the header is changed and the trailing checksum recomputed (it is an unkeyed hash, so it
// proves nothing about who wrote the file). Only the AEAD tag over header + payload does.
import { readFile, writeFile } from 'node:fs/promises';
import { loadSodium } from '../vault/sodium';
import { vaultPath } from '../vault/vault-file';

const PREFIX = 8 + 2 + 4;
const CHECKSUM = 32;

export async function rewriteHeader(
  dir: string,
  change: (header: Record<string, unknown>) => void,
): Promise<void> {
  const sodium = await loadSodium();
  const bytes = new Uint8Array(await readFile(vaultPath(dir)));
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(10);
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(PREFIX, PREFIX + length)),
  ) as Record<string, unknown>;
  change(header);
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const payload = bytes.subarray(PREFIX + length, bytes.length - CHECKSUM);
  const out = new Uint8Array(PREFIX + headerBytes.length + payload.length + CHECKSUM);
  out.set(bytes.subarray(0, PREFIX));
  new DataView(out.buffer).setUint32(10, headerBytes.length);
  out.set(headerBytes, PREFIX);
  out.set(payload, PREFIX + headerBytes.length);
  const body = out.subarray(0, out.length - CHECKSUM);
  out.set(sodium.crypto_generichash(CHECKSUM, body, null), body.length);
  await writeFile(vaultPath(dir), out);
}
