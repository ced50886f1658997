// Rate limits over two reference servers on one real Redis: a browser session's budget is the
// deployment's, not each node's - calls through either node spend the same one.
import { expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { RedisStore } from '../store/redis-store.ts';
import { customerPage } from './customer-http.ts';
import { startTestServer, type TestServer } from './harness.ts';
import { redisServerMissing, startRedisServer } from './redis-server.ts';

const missing = redisServerMissing();

it.skipIf(missing !== undefined)('spends one budget of chat calls whichever node a call reaches', async () => {
  const redis = await startRedisServer();
  const nodes: TestServer[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      const store = await RedisStore.open({ url: redis.url, prefix: 'limits:', retention: { events: 1000, ms: 300_000 } });
      nodes.push(await startTestServer({ LIVECHAT_REQUIRE_STAFFED_AGENTS: false, LIVECHAT_MESSAGES_PER_MINUTE: 10 }, store));
    }
    const [node1, node2] = nodes as [TestServer, TestServer];
    const browser = new SimulatedBrowser();
    const page1 = await customerPage(browser, node1.baseUrl);
    const page2 = await customerPage(browser, node2.baseUrl);
    const details = new SessionDetails();
    details.eCustDetails = { eCustName: 'Tan Mei Ling' };
    const { sid } = await page1.client.start(details);
    await page2.client.open();
    const statuses: number[] = [];
    for (let n = 0; n < 12; n++) {
      const page = n % 2 === 0 ? page1 : page2;
      const answer = await page.call(`/chats/${sid}/messages`, { msg: `message ${n}`, clientMessageId: `m_limits_${n}` });
      statuses.push(answer.status);
      if (answer.status === 429) expect(answer.body).toMatchObject({ code: 'RateLimited', retryable: true });
    }
    // Ten chat calls a minute in all: the two nodes' halves do not add up to twenty.
    expect(statuses).toEqual([...Array(10).fill(201), 429, 429]);
    browser.close();
  } finally {
    for (const node of nodes) await node.close();
    await redis.remove();
  }
  expect(nodes.flatMap((node) => node.violations)).toEqual([]);
});
