// A tiny HTTP CONNECT proxy on 127.0.0.1 for tests: tunnels to loopback targets only and
// refuses (403) every other host, so a test can prove a request went through the proxy
// without ever reaching the real target.
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export class ConnectProxy {
  /** Every CONNECT target asked for, as host:port. */
  readonly targets: string[] = [];
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    return `http://127.0.0.1:${address?.port ?? 0}`;
  }

  async start(): Promise<this> {
    const server = createServer((client) => {
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client));
      client.once('data', (chunk) => {
        const head = chunk.toString('latin1');
        const match = /^CONNECT (\S+) HTTP\/1\.[01]\r\n/.exec(head);
        if (!match?.[1]) {
          client.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n');
          return;
        }
        const target = match[1];
        this.targets.push(target);
        const at = target.lastIndexOf(':');
        const host = target.slice(0, at);
        const port = Number(target.slice(at + 1));
        if (host !== '127.0.0.1' && host !== 'localhost') {
          client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
          return;
        }
        const upstream = connect(port, host, () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          upstream.pipe(client);
          client.pipe(upstream);
        });
        this.sockets.add(upstream);
        upstream.on('close', () => this.sockets.delete(upstream));
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
