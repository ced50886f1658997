// SIGTERM as an orchestrator sends it, to the real process (main.ts): a drain, not a reset. The
// call in flight (a long poll) finishes with its answer, a new call is refused as retryable with
// Retry-After, the status check says OFFLINE (draining), and the process exits 0.
import { afterEach, expect, it } from 'vitest';
import { type ChildServer, startServer } from './child-server.ts';

let server: (ChildServer & { baseUrl: string }) | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

it('drains on SIGTERM: the long poll in flight answers, new calls get 503 retryable, status says draining, exit 0', async () => {
  server = await startServer({ LIVECHAT_DRAIN_MS: '8000' });
  const api = `${server.baseUrl}/tetherfi/livechat`;
  const token = await fetch(`${api}/access-token`, { method: 'POST' });
  expect(token.status).toBe(200);
  const cookie = (token.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const page = 'p_shutdown_test_page_0001';
  const poll = fetch(`${api}/events/poll?page=${page}&after=0&waitMs=3000`, { headers: { cookie } }).then(
    async (response) => ({ status: response.status, body: (await response.json()) as { events: unknown[] } }),
    (error: Error) => ({ status: 0, body: { events: [] }, error: error.message }),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  server.child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 300));

  const status = await fetch(`${api}/status`);
  expect(await status.text()).toBe('OFFLINE (draining)');
  const refused = await fetch(`${api}/access-token`, { method: 'POST' });
  expect(refused.status).toBe(503);
  expect(refused.headers.get('retry-after')).toBe('1');
  expect(await refused.json()).toMatchObject({ code: 'ServerInternalConnectivityError', retryable: true });

  expect(await poll).toMatchObject({ status: 200, body: { events: [] } });
  expect(await server.exited).toEqual({ code: 0, signal: null });
}, 30_000);
