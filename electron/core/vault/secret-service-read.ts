// Reads one keytar entry straight from the Secret Service over D-Bus, for `keyward get`'s
// quick path on Linux. keytar (libsecret) spends most of `get`'s time starting GLib's D-Bus
// machinery; this does the same four calls (Hello, OpenSession, SearchItems, GetSecret) on
// one socket in three round trips.
// Invariants:
// - Read only, and only what keytar wrote: the search uses keytar's own attributes
//   (xdg:schema org.freedesktop.Secret.Generic, service, account), and only unlocked items are
//   read: a locked one answers null (this never asks to unlock; the caller falls back to
//   keytar, which behaves as before).
// - The secret crosses the bus encrypted, as with libsecret: the session is
//   dh-ietf1024-sha256-aes128-cbc-pkcs7 (never "plain"), and the value is never logged.
// - Any doubt answers null, never a guess: the caller then uses keytar, and the vault key
//   read here is only trusted once the vault's AEAD tag verified with it.
import crypto from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  type DbusValue,
  type Message,
  type MethodCall,
  marshalMethodCall,
  unmarshalMessage,
} from './dbus-wire';

const SECRETS = 'org.freedesktop.secrets';
const SERVICE_PATH = '/org/freedesktop/secrets';
const ALGORITHM = 'dh-ietf1024-sha256-aes128-cbc-pkcs7';
const TIMEOUT_MS = 2000; // then keytar is asked, which gives the real error if any

/** The session bus's socket path (abstract names start with NUL), or null if unsupported. */
export function sessionBusSocket(env: NodeJS.ProcessEnv): string | null {
  const address = env.DBUS_SESSION_BUS_ADDRESS;
  if (!address) {
    return env.XDG_RUNTIME_DIR ? path.join(env.XDG_RUNTIME_DIR, 'bus') : null;
  }
  for (const entry of address.split(';')) {
    const colon = entry.indexOf(':');
    if (entry.slice(0, colon) !== 'unix') continue;
    const params = new Map(
      entry
        .slice(colon + 1)
        .split(',')
        .map((pair) => {
          const eq = pair.indexOf('=');
          return [pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1))] as const;
        }),
    );
    const socketPath = params.get('path');
    if (socketPath) return socketPath;
    const abstract = params.get('abstract');
    if (abstract) return `\0${abstract}`;
  }
  return null;
}

/** One connection: sends calls, resolves replies by serial. */
class BusConnection {
  private buffer = Buffer.alloc(0);
  private authenticated = false;
  private serial = 0;
  private readonly waiting = new Map<number, (message: Message) => void>();
  private onAuth: ((ok: boolean) => void) | undefined;

  constructor(
    private readonly socket: net.Socket,
    private readonly fail: (error: Error) => void,
  ) {
    socket.on('data', (chunk: Buffer) => {
      try {
        this.receive(chunk);
      } catch (error) {
        this.fail(error as Error);
      }
    });
  }

  authenticate(): Promise<boolean> {
    return new Promise((resolve) => {
      this.onAuth = resolve;
      const uid = Buffer.from(String(os.userInfo().uid)).toString('hex');
      this.socket.write(`\0AUTH EXTERNAL ${uid}\r\n`);
    });
  }

  /** Queues calls in one write (after BEGIN when `begin`); resolves each one's reply. */
  call(
    calls: (Omit<MethodCall, 'serial' | 'destination'> & { destination?: string })[],
    begin = false,
  ): Promise<Message>[] {
    const buffers: Buffer[] = begin ? [Buffer.from('BEGIN\r\n')] : [];
    const replies = calls.map((call) => {
      const serial = ++this.serial;
      buffers.push(marshalMethodCall({ destination: SECRETS, ...call, serial }));
      return new Promise<Message>((resolve) => this.waiting.set(serial, resolve));
    });
    this.socket.write(Buffer.concat(buffers));
    return replies;
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    if (!this.authenticated) {
      const end = this.buffer.indexOf('\r\n');
      if (end < 0) return;
      const line = this.buffer.toString('ascii', 0, end);
      this.buffer = this.buffer.subarray(end + 2);
      this.authenticated = line.startsWith('OK ');
      this.onAuth?.(this.authenticated);
      if (!this.authenticated) return;
    }
    for (;;) {
      const next = unmarshalMessage(this.buffer);
      if (!next) return;
      this.buffer = this.buffer.subarray(next.length);
      const resolve =
        next.message.replySerial === undefined
          ? undefined
          : this.waiting.get(next.message.replySerial);
      resolve?.(next.message);
    }
  }
}

function returned(message: Message): DbusValue[] {
  if (message.type !== 2) throw new Error(message.errorName ?? 'D-Bus error');
  return message.body;
}

/** A DER length. */
function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes = Buffer.from(length.toString(16).padStart(length > 0xff ? 4 : 2, '0'), 'hex');
  return Buffer.concat([Buffer.from([0x80 | bytes.length]), bytes]);
}

function der(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
}

function derHeaderLength(element: Buffer): number {
  return element[1]! < 0x80 ? 2 : 2 + (element[1]! & 0x7f);
}

/** What a DER element holds, without its tag and length. */
function derContent(element: Buffer): Buffer {
  return element.subarray(derHeaderLength(element));
}

/** The elements of a DER SEQUENCE, each whole (tag, length, content). */
function derChildren(sequence: Buffer): Buffer[] {
  const children: Buffer[] = [];
  const headerLength = (at: number) => derHeaderLength(sequence.subarray(at));
  const contentLength = (at: number) => {
    const first = sequence[at + 1]!;
    if (first < 0x80) return first;
    return parseInt(sequence.subarray(at + 2, at + 2 + (first & 0x7f)).toString('hex'), 16);
  };
  let at = headerLength(0);
  while (at < sequence.length) {
    const end = at + headerLength(at) + contentLength(at);
    children.push(sequence.subarray(at, end));
    at = end;
  }
  return children;
}

/** An unsigned big-endian number as a DER INTEGER. */
function derUnsigned(value: Buffer): Buffer {
  let start = 0;
  while (start < value.length - 1 && value[start] === 0) start++;
  const digits = value.subarray(start);
  return der(0x02, digits[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), digits]) : digits);
}

/**
 * The session's Diffie-Hellman: RFC 2409's Second Oakley Group (1024-bit MODP), as the
 * algorithm's name says. Through KeyObjects of the named group: node:crypto's DiffieHellman
 * objects test the group's primes on creation, about 100 ms of CPU, more than all of `get`.
 * Node's KeyObjects read public keys only as SubjectPublicKeyInfo, so the peer's raw value is
 * wrapped in our own key's algorithm identifier (the same group, by construction).
 */
export class SessionKeyExchange {
  // @types/node lacks the 'dh' overload; Node has had it since 15 (option `group`).
  private readonly pair = (
    crypto.generateKeyPairSync as unknown as (
      type: 'dh',
      options: { group: string },
    ) => crypto.KeyPairKeyObjectResult
  )('dh', { group: 'modp2' });
  private readonly spki = this.pair.publicKey.export({ format: 'der', type: 'spki' });

  /** Our public value, big-endian without padding (what libsecret sends). */
  get publicKey(): Buffer {
    const [, bitString] = derChildren(this.spki);
    const integer = derContent(derContent(bitString!).subarray(1)); // after "unused bits"
    return Buffer.from(integer[0] === 0 ? integer.subarray(1) : integer);
  }

  /** The shared secret, big-endian and zero-padded to the group's 128 bytes. */
  sharedSecret(peerPublicKey: Buffer): Buffer {
    const [algorithm] = derChildren(this.spki);
    const bitString = der(0x03, Buffer.concat([Buffer.from([0]), derUnsigned(peerPublicKey)]));
    const peer = crypto.createPublicKey({
      key: der(0x30, Buffer.concat([algorithm!, bitString])),
      format: 'der',
      type: 'spki',
    });
    const secret = crypto.diffieHellman({ privateKey: this.pair.privateKey, publicKey: peer });
    return Buffer.concat([Buffer.alloc(128 - secret.length), secret]);
  }
}

/** AES-128 key of a dh-ietf1024-sha256-aes128-cbc-pkcs7 session (HKDF-SHA256, no salt/info). */
export function sessionKey(sharedSecret: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', sharedSecret, Buffer.alloc(0), Buffer.alloc(0), 16));
}

/**
 * The password keytar stored for (service, account), or null: not found, locked, no
 * Secret Service, or anything unexpected.
 */
export async function readSecretServicePassword(
  service: string,
  account: string,
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = TIMEOUT_MS,
): Promise<string | null> {
  const socketPath = sessionBusSocket(env);
  if (!socketPath) return null;
  const socket = net.connect({ path: socketPath });
  let failed: (error: Error) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    failed = reject;
  });
  failure.catch(() => undefined);
  const timer = setTimeout(() => failed(new Error('timed out')), timeoutMs);
  socket.on('error', (error) => failed(error));
  socket.on('close', () => failed(new Error('closed')));
  try {
    const bus = new BusConnection(socket, (error) => failed(error));
    await Promise.race([new Promise((resolve) => socket.once('connect', resolve)), failure]);
    if (!(await Promise.race([bus.authenticate(), failure]))) return null;

    const dh = new SessionKeyExchange();
    const [, opened, found] = bus.call(
      [
        {
          destination: 'org.freedesktop.DBus',
          path: '/org/freedesktop/DBus',
          interface: 'org.freedesktop.DBus',
          member: 'Hello',
        },
        {
          path: SERVICE_PATH,
          interface: 'org.freedesktop.Secret.Service',
          member: 'OpenSession',
          signature: 'sv',
          body: [ALGORITHM, { signature: 'ay', value: dh.publicKey }],
        },
        {
          path: SERVICE_PATH,
          interface: 'org.freedesktop.Secret.Service',
          member: 'SearchItems',
          signature: 'a{ss}',
          body: [
            [
              ['xdg:schema', 'org.freedesktop.Secret.Generic'],
              ['service', service],
              ['account', account],
            ],
          ],
        },
      ],
      true,
    );
    const [output, session] = returned(await Promise.race([opened!, failure])) as [
      { signature: string; value: DbusValue },
      string,
    ];
    const [unlocked] = returned(await Promise.race([found!, failure])) as [string[], string[]];
    const item = unlocked[0];
    if (output.signature !== 'ay' || !item) return null;
    const key = sessionKey(dh.sharedSecret(output.value as Buffer));

    const [got] = bus.call([
      {
        path: item,
        interface: 'org.freedesktop.Secret.Item',
        member: 'GetSecret',
        signature: 'o',
        body: [session],
      },
    ]);
    const [secret] = returned(await Promise.race([got!, failure])) as [
      [string, Buffer, Buffer, string],
    ];
    const [, iv, ciphertext] = secret;
    const decipher = crypto.createDecipheriv('aes-128-cbc', key, iv);
    const plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    key.fill(0);
    const password = plaintext.toString('utf8');
    plaintext.fill(0);
    return password;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    socket.destroy();
  }
}
