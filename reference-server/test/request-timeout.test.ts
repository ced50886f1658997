// A request whose body stalls is answered and closed after LIVECHAT_REQUEST_TIMEOUT_MS, while an
// event stream and a long poll - whose requests arrived whole - live on past it.
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { customerPage } from './customer-http.ts';
import { startTestServer, type TestServer } from './harness.ts';

const TIMEOUT_MS = 1000;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ LIVECHAT_REQUEST_TIMEOUT_MS: TIMEOUT_MS, LIVECHAT_HEARTBEAT_MS: 500 });
});
afterAll(async () => {
  await server.close();
  expect(server.violations).toEqual([]);
});

/** Sends `head` and part of a body, then nothing; resolves with what the server wrote before it closed, or undefined if it never did within `ms`. */
function stalledPost(head: string, ms: number): Promise<string | undefined> {
  const { port } = new URL(server.baseUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve(undefined);
    }, ms);
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
    });
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve(received);
    });
    socket.on('error', () => undefined);
    socket.write(head);
  });
}

it('answers a POST whose body stalls with a problem and closes it', async () => {
  const body = '{"msg": "hel';
  const answer = await stalledPost(
    `POST /tetherfi/livechat/chats/c_nosuchchat0001/messages HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n${body}`,
    TIMEOUT_MS * 10,
  );
  expect(answer, 'the connection was still open long after the timeout').toBeDefined();
  expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  expect(answer).toContain('application/problem+json');
  expect(answer).toContain('"code":"InvalidRequest"');
});

it('cuts off headers that never end too', async () => {
  const answer = await stalledPost('GET /tetherfi/livechat/status HTTP/1.1\r\nhost: 127.0.0.1\r\nx-slow: a', TIMEOUT_MS * 10);
  expect(answer).toBeDefined();
});

it('leaves an event stream and a long poll open past the timeout', async () => {
  const page = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
  const abort = new AbortController();
  const stream = await page.browser.fetch(`${server.baseUrl}/tetherfi/livechat/events?page=${page.client.pageId}`, {
    signal: abort.signal,
  });
  expect(stream.status).toBe(200);
  const reader = (stream.body as ReadableStream).pipeThrough(new TextDecoderStream()).getReader();
  const poll = page.browser.fetch(`${server.baseUrl}/tetherfi/livechat/events/poll?page=${page.client.pageId}&after=0&waitMs=3000`);
  await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 3));
  // Still open: a heartbeat that came after the timeout, then more.
  let text = '';
  while (!text.includes('Heartbeat')) {
    const { value, done } = await reader.read();
    expect(done).toBe(false);
    text += value ?? '';
  }
  expect((await poll).status).toBe(200);
  abort.abort();
  page.client.dispose();
});
