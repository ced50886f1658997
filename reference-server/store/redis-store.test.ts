// The Redis store against a real redis-server (started here, on a free loopback port): the same
// store contract as the embedded store, then what only a shared store has - two processes' worth of
// connections on one log, live feeds that lose nothing when pub/sub does, and an outage of Redis.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, redisServerMissing, startRedisServer } from '../test/redis-server.ts';
import { RedisStore } from './redis-store.ts';
import { chatRecord, describeStoreContract } from './store.contract.ts';
import { type StoredEvent, StoreUnavailable } from './store.ts';

const missing = redisServerMissing();
let redis: RedisServer | undefined;
let n = 0;
const retention = { events: 3, ms: 0 };
const open = (prefix = `t${++n}:`, options: { retention?: typeof retention } = {}) => {
  if (redis === undefined) throw new Error('no redis-server');
  return RedisStore.open({ url: redis.url, prefix, retention: options.retention ?? retention, commandTimeoutMs: 2000 });
};
const event = (name: string) => ({ event: name, time: new Date().toISOString(), data: {} });
const until = async (check: () => boolean, ms = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe.skipIf(missing !== undefined)('RedisStore', () => {
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.remove();
  });

  describeStoreContract('RedisStore', () => open());

  describe('shared by several processes', () => {
    it('numbers one log 1, 2, 3... with no gap and no repeat when two connections append at once, the transcript entries with their events', async () => {
      const prefix = `shared${++n}:`;
      const [a, b] = [
        await open(prefix, { retention: { events: 10_000, ms: 60_000 } }),
        await open(prefix, { retention: { events: 10_000, ms: 60_000 } }),
      ];
      const appends = Array.from({ length: 400 }, (_, i) =>
        (i % 2 === 0 ? a : b).appendEvent('browser:bs_1', event('OnEcho'), {
          sid: 'c_1',
          entry: { type: 'msg', by: 'c', msg: `m${i}`, time: 't', id: `msg_${i}`, clientMessageId: `cm_${i}` },
        }),
      );
      const stored = await Promise.all(appends);
      const seqs = stored.map((e) => e.seq).sort((x, y) => x - y);
      expect(seqs).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
      const window = await b.readEvents('browser:bs_1', 0, 1000);
      expect(window.events.map((e) => e.seq)).toEqual(seqs);
      const transcript = await a.transcript('c_1');
      expect(transcript.map((e) => e.seq)).toEqual(seqs);
      // Each entry has its event's seq: a retried send finds the first answer.
      expect((await b.acceptedMessage('c_1', 'cm_7'))?.seq).toBe(stored[7]?.seq);
      await Promise.all([a.close(), b.close()]);
    });

    it('feeds a subscriber on one connection every event appended on another, once each, in order', async () => {
      const prefix = `feed${++n}:`;
      const big = { retention: { events: 10_000, ms: 60_000 } };
      const [writer, other, reader] = [await open(prefix, big), await open(prefix, big), await open(prefix, big)];
      await writer.appendEvent('browser:bs_1', event('Before'));
      const live: number[] = [];
      const stop = reader.subscribe('browser:bs_1', (e) => live.push(e.seq));
      // What a stream does next: read the backlog; every later event must then come live.
      const { latestSeq } = await reader.readEvents('browser:bs_1', 0, 0);
      await Promise.all(Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? writer : other).appendEvent('browser:bs_1', event('OnEcho'))));
      await until(() => (live.at(-1) ?? 0) >= 301);
      expect(live.filter((seq) => seq > latestSeq)).toEqual(Array.from({ length: 301 - latestSeq }, (_, i) => latestSeq + i + 1));
      expect(new Set(live).size).toBe(live.length);
      stop();
      await Promise.all([writer.close(), other.close(), reader.close()]);
    });

    it('loses nothing when pub/sub does: events published while the feed connection was down are read from the log', async () => {
      const prefix = `drop${++n}:`;
      const big = { retention: { events: 10_000, ms: 60_000 } };
      const [writer, reader] = [await open(prefix, big), await open(prefix, big)];
      const live: StoredEvent[] = [];
      const stop = reader.subscribe('browser:bs_1', (e) => live.push(e));
      await reader.readEvents('browser:bs_1', 0, 0);
      await writer.appendEvent('browser:bs_1', event('First'));
      await until(() => live.length === 1);
      // Redis drops the reader's pub/sub connection; events go out meanwhile, nobody hears them.
      const admin = new Redis(redis?.url ?? '', { lazyConnect: true });
      await admin.connect();
      await admin.call('CLIENT', 'KILL', 'TYPE', 'pubsub');
      for (let i = 0; i < 20; i++) await writer.appendEvent('browser:bs_1', event('Meanwhile'));
      await until(() => live.length === 21, 10_000);
      expect(live.map((e) => e.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
      stop();
      admin.disconnect();
      await Promise.all([writer.close(), reader.close()]);
    });
  });

  describe('a Redis outage is a store outage', () => {
    it('answers StoreUnavailable while Redis is down and says so in healthy(); keeps what the append-only file held when it is back', async () => {
      // A Redis of its own: this test stops it.
      const own = await startRedisServer({ appendfsync: 'always' });
      try {
        const store = await RedisStore.open({ url: own.url, retention, commandTimeoutMs: 1000 });
        await store.putChat(chatRecord('c_1', 'bs_1'));
        await store.appendEvent('browser:bs_1', event('OnCallQueued'));
        expect(await store.healthy()).toBe(true);

        await own.stop();
        await expect(store.getChat('c_1')).rejects.toBeInstanceOf(StoreUnavailable);
        await expect(store.appendEvent('browser:bs_1', event('OnEcho'))).rejects.toBeInstanceOf(StoreUnavailable);
        expect(await store.healthy()).toBe(false);

        await own.restart();
        const back = Date.now();
        while (!(await store.healthy())) {
          if (Date.now() - back > 10_000) throw new Error('the store did not come back');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect((await store.getChat('c_1'))?.sid).toBe('c_1');
        expect((await store.appendEvent('browser:bs_1', event('OnEcho'))).seq).toBe(2);
        await store.close();
      } finally {
        await own.remove();
      }
    });

    it('refuses to start when Redis cannot be reached, naming the URL without its password', async () => {
      await expect(RedisStore.open({ url: 'redis://:hunter2@127.0.0.1:1', retention, commandTimeoutMs: 500 })).rejects.toThrow(
        /cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1/,
      );
    });
  });
});
