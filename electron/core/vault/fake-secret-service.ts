// A Secret Service for tests of secret-service-read.ts's refusals: it speaks just enough
// D-Bus on a Unix socket of its own (auth, Hello, OpenSession, SearchItems, GetSecret) and
// can be told to answer with a locked item, an error or nothing at all.
import crypto from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type DbusValue, type Message, marshalMessage, unmarshalMessage } from './dbus-wire';
import { SessionKeyExchange, sessionKey } from './secret-service-session';

export interface FakeSecretServiceOptions {
  password: string;
  /** Where the item is: found unlocked (default), only locked, or not at all. */
  item?: 'unlocked' | 'locked' | 'missing';
  /** An error name to answer OpenSession with (e.g. a service without DH sessions). */
  openSessionError?: string;
  /** Never answer SearchItems (a hung service). */
  silent?: boolean;
}

export interface FakeSecretService {
  address: string;
  /** The attributes of each SearchItems call. */
  searches: [string, string][][];
  close(): Promise<void>;
}

export async function startFakeSecretService(
  options: FakeSecretServiceOptions,
): Promise<FakeSecretService> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'keyward-fake-bus-'));
  const socketPath = path.join(dir, 'bus');
  const searches: [string, string][][] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    let buffer = Buffer.alloc(0);
    let authenticated = false;
    let begun = false;
    let key: Buffer | undefined;
    let serial = 1000;
    const reply = (to: Message, signature: string, body: DbusValue[]) =>
      socket.write(
        marshalMessage({ type: 2, serial: ++serial, replySerial: to.serial, signature, body }),
      );
    const error = (to: Message, name: string) =>
      socket.write(
        marshalMessage({
          type: 3,
          serial: ++serial,
          replySerial: to.serial,
          errorName: name,
          signature: 's',
          body: ['refused'],
        }),
      );
    const handle = (message: Message) => {
      switch (message.member) {
        case 'Hello':
          return reply(message, 's', [':1.42']);
        case 'OpenSession': {
          if (options.openSessionError) return error(message, options.openSessionError);
          const ours = new SessionKeyExchange();
          const theirs = (message.body[1] as { value: Buffer }).value;
          key = sessionKey(ours.sharedSecret(theirs));
          return reply(message, 'vo', [
            { signature: 'ay', value: ours.publicKey },
            '/org/freedesktop/secrets/session/s1',
          ]);
        }
        case 'SearchItems': {
          searches.push(message.body[0] as [string, string][]);
          if (options.silent) return undefined;
          const item = '/org/freedesktop/secrets/collection/login/1';
          const where = options.item ?? 'unlocked';
          return reply(message, 'aoao', [
            where === 'unlocked' ? [item] : [],
            where === 'locked' ? [item] : [],
          ]);
        }
        case 'GetSecret': {
          const iv = crypto.randomBytes(16);
          const cipher = crypto.createCipheriv('aes-128-cbc', key!, iv);
          const value = Buffer.concat([cipher.update(options.password, 'utf8'), cipher.final()]);
          return reply(message, '(oayays)', [[message.body[0]!, iv, value, 'text/plain']]);
        }
        default:
          return error(message, 'org.freedesktop.DBus.Error.UnknownMethod');
      }
    };
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!authenticated) {
        const auth = buffer.indexOf('\r\n');
        if (auth < 0) return;
        if (!buffer.toString('ascii', 0, auth).startsWith('\0AUTH EXTERNAL ')) {
          socket.destroy();
          return;
        }
        authenticated = true;
        buffer = buffer.subarray(auth + 2);
        socket.write('OK 0123456789abcdef0123456789abcdef\r\n');
      }
      if (!begun) {
        if (buffer.length < 'BEGIN\r\n'.length) return;
        if (buffer.toString('ascii', 0, 7) !== 'BEGIN\r\n') {
          socket.destroy();
          return;
        }
        begun = true;
        buffer = buffer.subarray(7);
      }
      for (;;) {
        const next = unmarshalMessage(buffer);
        if (!next) return;
        buffer = buffer.subarray(next.length);
        handle(next.message);
      }
    });
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return {
    address: `unix:path=${socketPath}`,
    searches,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
