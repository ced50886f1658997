// Two reference servers on one real Redis, in real Chromium: one browser, tab A on node 1's origin
// and tab B on node 2's (the cookie is the host's, so both are one browser session), the CSO on
// node 2. A page written from the reference document alone; every message raised once on both
// tabs, in the same order.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from '../../client/build.ts';
import { launchChromium } from '../../client/test/chromium.ts';
import { RedisStore } from '../store/redis-store.ts';
import { loginAgent } from './agent-client.ts';
import { startTestServer, type TestServer, until } from './harness.ts';
import { type RedisServer, redisServerMissing, startRedisServer } from './redis-server.ts';

const missing = redisServerMissing();

const DOCUMENT_PAGE = `<!doctype html><title>document page</title>
<script src="/tetherfi/livechat/livechat.js"></script>
<script src="/tetherfi/livechat/interface/__clientlog.js"></script>`;

/** Records the document's events on the page. */
const record = (page: Page) =>
  page.evaluate(() => {
    const lc = (window as unknown as { livechat: Record<string, unknown> }).livechat;
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    for (const name of ['OnOpenSuccess', 'OnCallQueued', 'OnRemoteUserConnected', 'OnEcho', 'OnMessageReceived', 'OnEnd'])
      lc[name] = (...args: unknown[]) =>
        seen.push(`${name} ${args.map((a) => (typeof a === 'object' ? '…' : String(a))).join(' ')}`.trim());
  });
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: string[] }).seen);

describe.skipIf(missing !== undefined)('two nodes in Chromium', () => {
  let redis: RedisServer;
  const nodes: TestServer[] = [];
  let browser: Browser;
  let dist = '';
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'livechat-dist-'));
    await buildClient(dist);
    redis = await startRedisServer();
    for (let i = 0; i < 2; i++) {
      const store = await RedisStore.open({ url: redis.url, prefix: 'chromium:', retention: { events: 1000, ms: 300_000 } });
      nodes.push(await startTestServer({}, store, dist));
    }
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    for (const node of nodes) await node.close();
    await redis?.remove();
    await rm(dist, { recursive: true, force: true });
  });

  it('tab A on node 1 and tab B on node 2 raise every message once, in the same order; the CSO is on node 2', async () => {
    const [node1, node2] = nodes as [TestServer, TestServer];
    const alice = await loginAgent(node2.baseUrl, 'agent-chromium', 'Alice');
    expect((await alice.call('/ready', { ready: true })).status).toBe(204);
    const context = await browser.newContext();
    for (const node of nodes)
      await context.route(`${node.baseUrl}/shop/**`, (route) => route.fulfill({ contentType: 'text/html', body: DOCUMENT_PAGE }));
    const open = async (baseUrl: string) => {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/shop/index.html`);
      await record(page);
      return page;
    };
    const a = await open(node1.baseUrl);
    await a.evaluate("var d = new SessionDetails(); d.eCustDetails = { eCustName: 'Tan' }; livechat.Start(d, '')");
    await expect.poll(() => seen(a)).toContain('OnCallQueued 1');
    const sid = await (async () => {
      await until(() => alice.events.some((e) => e.event === 'ChatQueued'));
      return alice.events.find((e) => e.event === 'ChatQueued')?.sid ?? '';
    })();
    expect((await alice.call(`/chats/${sid}/accept`)).status).toBe(200);
    const b = await open(node2.baseUrl);
    await b.evaluate('livechat.Open()');
    await expect.poll(async () => (await seen(b)).some((e) => e.startsWith('OnOpenSuccess'))).toBe(true);

    const rounds = 5;
    for (let i = 0; i < rounds; i++) {
      await a.evaluate(`livechat.SendMessage('from A ${i}')`);
      await b.evaluate(`livechat.SendMessage('from B ${i}')`);
      expect((await alice.call(`/chats/${sid}/messages`, { msg: `from C ${i}`, clientMessageId: `m_chromium_${i}` })).status).toBe(201);
    }
    const messages = (list: string[]) => list.filter((e) => e.startsWith('OnEcho') || e.startsWith('OnMessageReceived'));
    await expect.poll(async () => messages(await seen(a)).length, { timeout: 10_000 }).toBe(3 * rounds);
    await expect.poll(async () => messages(await seen(b)).length, { timeout: 10_000 }).toBe(3 * rounds);
    const onA = messages(await seen(a));
    expect(messages(await seen(b))).toEqual(onA);
    expect(new Set(onA).size).toBe(3 * rounds);
    for (const who of ['A', 'B', 'C'])
      expect(onA.filter((e) => e.includes(`from ${who} `)).map((e) => e.replace(/^\S+ /, ''))).toEqual(
        Array.from({ length: rounds }, (_, i) => `from ${who} ${i}`),
      );

    expect((await alice.call(`/chats/${sid}/end`, { reason: 'resolved' })).status).toBe(204);
    await expect.poll(async () => (await seen(a)).filter((e) => e.startsWith('OnEnd'))).toEqual(['OnEnd server undefined']);
    await expect.poll(async () => (await seen(b)).filter((e) => e.startsWith('OnEnd'))).toEqual(['OnEnd server undefined']);
    alice.close();
    await context.close();
    expect(nodes.flatMap((node) => node.violations)).toEqual([]);
  });
});
