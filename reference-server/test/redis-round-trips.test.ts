// What one SendMessage costs in Redis commands on the Redis store (each awaited in turn: a round
// trip each, but the lock's release, which rides with the next command): counted on the store's
// connection while a customer with an open event stream sends to a chat a CSO took. Printed, for
// the benchmark's table; the bound below only catches a change that multiplies them.
import { expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { RedisStore } from '../store/redis-store.ts';
import { loginAgent } from './agent-client.ts';
import { customerPage } from './customer-http.ts';
import { startTestServer, until } from './harness.ts';
import { redisServerMissing, startRedisServer } from './redis-server.ts';

const missing = redisServerMissing();

it.skipIf(missing !== undefined)('counts the Redis commands of one SendMessage', async () => {
  const redis = await startRedisServer();
  const counted = new Map<string, number>();
  let counting = false;
  const store = await RedisStore.open({
    url: redis.url,
    retention: { events: 1000, ms: 300_000 },
    onCommand: (name) => {
      if (counting) counted.set(name, (counted.get(name) ?? 0) + 1);
    },
  });
  const server = await startTestServer({ LIVECHAT_MESSAGES_PER_MINUTE: 100_000 }, store);
  const alice = await loginAgent(server.baseUrl, 'agent-7', 'Alice');
  try {
    await alice.call('/ready', { ready: true });
    const customer = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
    const echoes: string[] = [];
    customer.page.OnEcho = (msg) => echoes.push(msg);
    const details = new SessionDetails();
    details.eCustDetails = { eCustName: 'Tan Mei Ling' };
    const { sid } = await customer.client.start(details);
    await until(() => alice.events.some((e) => e.event === 'ChatQueued'));
    expect((await alice.call(`/chats/${sid}/accept`)).status).toBe(200);

    const sends = 20;
    counting = true;
    for (let n = 0; n < sends; n++)
      expect(await customer.call(`/chats/${sid}/messages`, { msg: `message ${n}`, clientMessageId: `m_roundtrip_${n}` })).toMatchObject({
        status: 201,
      });
    counting = false;
    await until(() => echoes.length === sends && alice.events.filter((e) => e.event === 'CustomerMessage').length === sends);

    const total = [...counted.values()].reduce((a, b) => a + b, 0);
    const perMessage = total / sends;
    const byName = [...counted].map(([name, count]) => `${name} ${count / sends}`).join(', ');
    console.info(`Redis commands per SendMessage (one CSO in the chat, a page streaming): ${perMessage} - ${byName}`);
    expect(perMessage).toBeGreaterThan(0);
    expect(perMessage).toBeLessThanOrEqual(12);
    customer.client.dispose();
  } finally {
    alice.close();
    await server.close();
    await redis.remove();
  }
  expect(server.violations).toEqual([]);
});
