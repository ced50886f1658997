// The reference server on Redis, through HTTP: a Redis that goes away is a store outage as a full
// disk is for the journal - 503 ServerInternalConnectivityError (retryable, Retry-After), status
// OFFLINE (store unreachable), nothing streamed - and the server is back by itself when Redis is,
// with every acknowledged message kept once and the refused one accepted on its retry.
import { expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { RedisStore } from '../store/redis-store.ts';
import { customerPage } from './customer-http.ts';
import { startTestServer } from './harness.ts';
import { redisServerMissing, startRedisServer } from './redis-server.ts';

const missing = redisServerMissing();
const retention = { events: 1000, ms: 300_000 };
const settings = { LIVECHAT_REQUIRE_STAFFED_AGENTS: false, LIVECHAT_MESSAGES_PER_MINUTE: 100_000 };

const details = () => {
  const d = new SessionDetails();
  d.eCustDetails = { eCustName: 'Tan Mei Ling' };
  return d;
};

it.skipIf(missing !== undefined)(
  'answers 503 retryable while Redis is down, says OFFLINE, and recovers by itself losing nothing acknowledged',
  async () => {
    const redis = await startRedisServer({ appendfsync: 'always' });
    const store = await RedisStore.open({ url: redis.url, retention, commandTimeoutMs: 1000 });
    const server = await startTestServer(settings, store);
    const status = async () => (await fetch(`${server.baseUrl}/tetherfi/livechat/status`)).text();
    const acknowledged: string[] = [];
    try {
      const customer = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
      const { sid } = await customer.client.start(details());
      const send = (n: number) => customer.call(`/chats/${sid}/messages`, { msg: `message ${n}`, clientMessageId: `m_redis_${n}` });
      for (const n of [1, 2]) {
        expect((await send(n)).status).toBe(201);
        acknowledged.push(`message ${n}`);
      }
      const seqBefore = (await customer.events()).at(-1)?.seq ?? 0;
      expect(await status()).toBe('ONLINE');

      await redis.stop();
      const refused = await send(3);
      expect(refused.status).toBe(503);
      expect(refused.body).toMatchObject({ code: 'ServerInternalConnectivityError', retryable: true });
      expect(refused.headers.get('retry-after')).not.toBeNull();
      expect(await status()).toBe('OFFLINE (store unreachable)');
      // A new browser session cannot be kept either: 503, not 500.
      expect((await fetch(`${server.baseUrl}/tetherfi/livechat/access-token`, { method: 'POST' })).status).toBe(503);

      await redis.restart();
      const back = Date.now();
      while ((await status()) !== 'ONLINE') {
        if (Date.now() - back > 10_000) throw new Error('the server did not come back with Redis');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect((await customer.events(seqBefore)).map((e) => e.event)).toEqual([]);
      const retried = await send(3);
      expect(retried.status).toBe(201);
      acknowledged.push('message 3');
      // Retried once more (its answer lost, say): the first answer again, no second echo.
      expect((await send(3)).status).toBe(200);
      expect((await customer.events(seqBefore)).map((e) => [e.seq, e.event])).toEqual([[seqBefore + 1, 'OnEcho']]);
      const kept = (await store.transcript(sid)).flatMap((e) => (e.type === 'msg' ? [decodeURIComponent(e.msg)] : []));
      console.info(`Redis outage over HTTP: ${acknowledged.length} acknowledged, ${kept.length} kept`);
      expect(kept).toEqual(acknowledged);
      customer.client.dispose();
    } finally {
      await server.close();
      await redis.remove();
    }
    expect(server.violations).toEqual([]);
  },
);

it.skipIf(missing !== undefined)(
  'loses no acknowledged message when Redis itself is killed (SIGKILL) mid-sends and restarted from its append-only file (appendfsync everysec)',
  async () => {
    const redis = await startRedisServer({ appendfsync: 'everysec' });
    const store = await RedisStore.open({ url: redis.url, retention, commandTimeoutMs: 1000 });
    const server = await startTestServer(settings, store);
    const acknowledged: string[] = [];
    let refused = 0;
    try {
      const customer = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
      const { sid } = await customer.client.start(details());
      // Each message is sent until acknowledged, with its own clientMessageId, as the client retries.
      const send = async (text: string) => {
        for (let attempt = 0; attempt < 100; attempt++) {
          const answer = await customer.call(`/chats/${sid}/messages`, { msg: text, clientMessageId: `m_aof_${text.replace(/ /g, '_')}` });
          if (answer.status === 201 || answer.status === 200) {
            acknowledged.push(text);
            return;
          }
          expect(answer.status).toBe(503);
          refused++;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(`${text} was never acknowledged`);
      };
      let killed = false;
      await Promise.all(
        ['a', 'b', 'c'].map(async (who) => {
          for (let i = 0; i < 30; i++) {
            if (who === 'a' && i === 10 && !killed) {
              killed = true;
              await redis.kill();
              await redis.restart();
            }
            await send(`${who} ${i}`);
          }
        }),
      );
      const kept = (await store.transcript(sid)).flatMap((e) => (e.type === 'msg' ? [decodeURIComponent(e.msg)] : []));
      console.info(
        `Redis kill -9 and restart (AOF, everysec): ${acknowledged.length} acknowledged, ${kept.length} present, ${refused} refused with 503 meanwhile`,
      );
      expect(kept.length).toBe(acknowledged.length);
      expect([...kept].sort()).toEqual([...acknowledged].sort());
      customer.client.dispose();
    } finally {
      await server.close();
      await redis.remove();
    }
    expect(server.violations).toEqual([]);
  },
);
