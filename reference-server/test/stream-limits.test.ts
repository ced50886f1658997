// Event streams cannot take the server's descriptors or memory: caps per session, per address and
// in all (RateLimited beyond them), connections beyond the open-file limit dropped and logged, and
// a reader that fell behind let go - to resume with Last-Event-ID, losing nothing.
import { connect, type Socket } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { splitSessionCookie } from '../chat/session-secrets.ts';
import { type ChildServer, startServer } from './child-server.ts';
import { customerPage } from './customer-http.ts';
import { startTestServer, type TestServer } from './harness.ts';

let child: ChildServer | undefined;
let server: TestServer | undefined;
const aborts: AbortController[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const abort of aborts.splice(0)) abort.abort();
  for (const socket of sockets.splice(0)) socket.destroy();
  await child?.stop();
  child = undefined;
  await server?.close();
  server = undefined;
});

const FILE_LIMIT = 256;

it('keeps serving with 8 sessions asking 40 streams each under ulimit -n 256: the rest RateLimited', { timeout: 120_000 }, async () => {
  const started = await startServer({ LIVECHAT_REQUIRE_STAFFED_AGENTS: 'false', LOG_LEVEL: 'warn' }, { ulimit: FILE_LIMIT });
  child = started;
  const { baseUrl } = started;
  const pages = [];
  for (let i = 0; i < 8; i++) pages.push(await customerPage(new SimulatedBrowser({ baseUrl }), baseUrl));
  const outcomes: string[] = [];
  // Each session asks one stream after another: the connections in flight stay within the limit, the streams do not.
  await Promise.all(
    pages.map(async (page) => {
      for (let i = 0; i < 40; i++) {
        const abort = new AbortController();
        aborts.push(abort);
        const timer = setTimeout(() => abort.abort(), 20_000);
        try {
          const response = await page.browser.fetch(`${baseUrl}/tetherfi/livechat/events?page=${page.client.pageId}`, {
            signal: abort.signal,
          });
          clearTimeout(timer);
          if (response.status === 200) outcomes.push('open');
          else outcomes.push(((await response.json()) as { code: string }).code);
        } catch (error) {
          outcomes.push(`failed: ${(error as Error).message}`);
        }
      }
    }),
  );
  const opened = outcomes.filter((o) => o === 'open').length;
  expect(outcomes.filter((o) => o !== 'open' && o !== 'RateLimited')).toEqual([]);
  expect(opened).toBeGreaterThanOrEqual(8);
  expect(opened).toBeLessThanOrEqual(Math.min(8 * 20, FILE_LIMIT / 2));

  const status = await fetch(`${baseUrl}/tetherfi/livechat/status`, { signal: AbortSignal.timeout(10_000) });
  expect(await status.text()).toBe('ONLINE');
  const page = pages[0] as (typeof pages)[number];
  const details = new SessionDetails();
  details.eCustDetails = { eCustName: 'Tan Mei Ling' };
  const { sid } = await page.client.start(details);
  const sent = await page.call(`/chats/${sid}/messages`, { msg: 'still here?', clientMessageId: 'm_underpressure1' });
  expect(sent.status).toBe(201);
  for (const p of pages) p.client.dispose();
});

it('drops connections beyond the open-file limit, and says so in the log', { timeout: 60_000 }, async () => {
  const started = await startServer({ LOG_LEVEL: 'warn' }, { ulimit: FILE_LIMIT });
  child = started;
  const { port } = new URL(started.baseUrl);
  for (let i = 0; i < FILE_LIMIT; i++) {
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => undefined);
    sockets.push(socket);
  }
  const deadline = Date.now() + 20_000;
  while (!started.output().includes('connection refused') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(started.output()).toContain('connection refused');
  for (const socket of sockets.splice(0)) socket.destroy();
  await new Promise((r) => setTimeout(r, 500));
  const status = await fetch(`${started.baseUrl}/tetherfi/livechat/status`, { signal: AbortSignal.timeout(10_000) });
  expect(status.status).toBe(200);
});

it('lets go of a reader that fell behind; it resumes with Last-Event-ID and misses nothing', { timeout: 60_000 }, async () => {
  server = await startTestServer({ LIVECHAT_STREAM_BUFFER_BYTES: 64 * 1024, LIVECHAT_RETENTION_EVENTS: 5000 });
  const page = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
  const browserSession = splitSessionCookie((await page.cookie()).match(/LIVECHAT_SESSION=([^;]+)/)?.[1])?.id ?? '';
  const cookie = await page.cookie();
  const path = `/tetherfi/livechat/events?page=${page.client.pageId}`;
  const COUNT = 1500;
  // A raw socket: it can stop reading (a page that fell behind), and what arrived before the server
  // let go is still read, as an EventSource reads it.
  const open = (lastEventId?: number) => {
    const socket = connect(Number(new URL(server?.baseUrl ?? '').port), '127.0.0.1');
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.write(
      `GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncookie: ${cookie}\r\n${lastEventId ? `last-event-id: ${lastEventId}\r\n` : ''}\r\n`,
    );
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.slice(-20_000).includes(`id: ${COUNT}\n`)) socket.destroy();
    });
    const ids = () => [...text.matchAll(/id: (\d+)\nevent: [^\n]*\ndata: [^\n]*\n\n/g)].map((m) => Number(m[1]));
    return { socket, ids, closed: new Promise((resolve) => socket.once('close', resolve)) };
  };
  const first = open();
  await new Promise((resolve) => setTimeout(resolve, 200));
  // Not read while 1,500 events of 8 KB each go out: more than the socket buffers and the bound hold.
  first.socket.pause();
  const padding = 'x'.repeat(8192);
  for (let i = 1; i <= COUNT; i++) {
    await server.store.appendEvent(`browser:${browserSession}`, { event: 'Padding', time: new Date().toISOString(), data: { i, padding } });
    // Turns of the event loop between events, as live events come: the socket writes what it can.
    await new Promise(setImmediate);
  }
  first.socket.resume();
  await first.closed;
  const seen = first.ids();
  expect(seen.length, 'the reader was let go before the last event').toBeLessThan(COUNT);
  expect(seen.length).toBeGreaterThan(0);
  const second = open(seen.at(-1));
  await second.closed;
  seen.push(...second.ids());
  expect(seen).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
  page.client.dispose();
  // Padding is not an event of the contract; only its own answers are checked here.
  expect(server.violations.filter((v) => !v.includes('Padding'))).toEqual([]);
});
