// LIVECHAT_MAX_STREAMS_PER_SESSION over two reference-server processes sharing one real Redis: a
// browser session's streams are counted over both nodes (N on node 1 and M on node 2 count N+M,
// by the stream presence in Redis), so a balancer spreading its pages cannot multiply its cap; a
// stream that closes frees its place on either node, and so do the streams of a node that died
// (SIGKILL), once its presence lease ran out.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { type ChildServer, startServer } from './child-server.ts';
import { customerPage } from './customer-http.ts';
import { TEST_AGENT_PASSWORD } from './harness.ts';
import { type RedisServer, redisServerMissing, startRedisServer } from './redis-server.ts';

const missing = redisServerMissing();
type Node = ChildServer & { baseUrl: string };
const CAP = 3;

let redis: RedisServer;
const prefix = `two-nodes-caps-${randomBytes(4).toString('hex')}:`;
const started: Node[] = [];
const aborts: AbortController[] = [];
const held: Response[] = [];

const startNode = async () => {
  const node = await startServer({
    LIVECHAT_STORE: redis.url,
    LIVECHAT_REDIS_PREFIX: prefix,
    LIVECHAT_AGENT_SECRET: TEST_AGENT_PASSWORD,
    LIVECHAT_REQUIRE_STAFFED_AGENTS: 'false',
    LIVECHAT_MAX_STREAMS_PER_SESSION: String(CAP),
    LIVECHAT_DRAIN_MS: '0',
    LOG_LEVEL: 'warn',
  });
  started.push(node);
  return node;
};

describe.skipIf(missing !== undefined)('the per-session stream cap over two nodes sharing one Redis', () => {
  let node1: Node;
  let node2: Node;
  beforeAll(async () => {
    redis = await startRedisServer();
    [node1, node2] = await Promise.all([startNode(), startNode()]);
  }, 60_000);
  afterAll(async () => {
    for (const abort of aborts) abort.abort();
    await Promise.all(started.map((node) => node.stop()));
    await redis?.remove();
  });

  it('counts a session’s streams on both nodes together; a closed stream or a dead node’s streams free their places', async () => {
    const browser = new SimulatedBrowser();
    const page = await customerPage(browser, node1.baseUrl);
    /** Asks a stream on `node`: 'open' (kept open, with its abort) or the refusal's code. */
    const ask = async (node: Node) => {
      const abort = new AbortController();
      aborts.push(abort);
      const response = await browser.fetch(`${node.baseUrl}/tetherfi/livechat/events?page=${page.client.pageId}`, { signal: abort.signal });
      // Held: a response nobody references is collected, and undici then cancels its stream.
      if (response.status === 200) held.push(response);
      if (response.status === 200) return { outcome: 'open', abort };
      return { outcome: `${response.status} ${((await response.json()) as { code: string }).code}`, abort };
    };
    try {
      const first = await ask(node1);
      const second = await ask(node1);
      const third = await ask(node2);
      expect([first.outcome, second.outcome, third.outcome]).toEqual(['open', 'open', 'open']);
      // 2 on node 1 + 1 on node 2 = the cap: one more is refused on either node.
      expect((await ask(node2)).outcome).toBe('429 RateLimited');
      expect((await ask(node1)).outcome).toBe('429 RateLimited');

      // One of node 1's closes: its place is free on node 2 (the count drops when the server sees the close).
      first.abort.abort();
      let reopened = await ask(node2);
      for (const deadline = Date.now() + 5000; reopened.outcome !== 'open' && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        reopened = await ask(node2);
      }
      expect(reopened.outcome).toBe('open');
      expect((await ask(node2)).outcome).toBe('429 RateLimited');

      // Node 1 dies holding one: once its presence lease (5 s) ran out, its stream no longer counts.
      const killedAt = Date.now();
      node1.child.kill('SIGKILL');
      await node1.exited;
      let after = await ask(node2);
      for (const deadline = Date.now() + 15_000; after.outcome !== 'open' && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        after = await ask(node2);
      }
      expect(after.outcome).toBe('open');
      expect((await ask(node2)).outcome).toBe('429 RateLimited');
      console.info(
        `a dead node's stream stopped counting against the session's cap after ${Date.now() - killedAt} ms (presence lease 5000 ms)`,
      );
    } finally {
      page.client.dispose();
    }
  }, 60_000);
});
