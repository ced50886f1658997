// A load balancer for tests, as small as one can be: a TCP proxy on 127.0.0.1 that hands each new
// connection to the first backend that accepts it (in the order given). A backend that died refuses
// connections, so its clients' next connections - a page's reconnecting stream, its next call - go
// to the next one, as behind a real balancer with health checks.
import { connect, createServer, type Socket } from 'node:net';

export type Balancer = { url: string; close(): Promise<void> };

export async function startBalancer(backends: string[]): Promise<Balancer> {
  const targets = backends.map((url) => new URL(url));
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    client.pause();
    const attempt = (index: number) => {
      const target = targets[index];
      if (target === undefined) {
        client.destroy();
        return;
      }
      const upstream = connect({ host: target.hostname, port: Number(target.port) });
      open.add(upstream);
      upstream.once('close', () => open.delete(upstream));
      let connected = false;
      upstream.once('error', () => {
        if (!connected && !client.destroyed) attempt(index + 1);
        else client.destroy();
      });
      upstream.once('connect', () => {
        connected = true;
        client.pipe(upstream).pipe(client);
        client.resume();
        client.once('error', () => upstream.destroy());
        client.once('close', () => upstream.destroy());
        upstream.once('close', () => client.destroy());
      });
    };
    attempt(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
