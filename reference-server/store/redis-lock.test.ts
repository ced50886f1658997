// The shared lock against a real redis-server: two holders on two connections (two processes'
// worth) never run work on one key at once, and a holder that died frees its lock after its lease.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, redisServerMissing, startRedisServer } from '../test/redis-server.ts';
import { connectRedis } from './redis-connection.ts';
import { RedisLock } from './redis-lock.ts';

const missing = redisServerMissing();
let redis: RedisServer | undefined;
const connect = () => connectRedis({ url: redis?.url ?? '' }, 'lock-test');

describe.skipIf(missing !== undefined)('RedisLock', () => {
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.remove();
  });

  it('runs the work of one key one at a time across connections: read-change-write loses no update', async () => {
    const [a, b, data] = [await connect(), await connect(), await connect()];
    const locks = [new RedisLock(a, { prefix: 'l1:' }), new RedisLock(b, { prefix: 'l1:' })];
    let inside = 0;
    let most = 0;
    const increment = (lock: RedisLock) =>
      lock.run('browser:bs_1', async () => {
        most = Math.max(most, ++inside);
        const value = Number((await data.get('l1:counter')) ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 1));
        await data.set('l1:counter', String(value + 1));
        inside--;
      });
    await Promise.all(Array.from({ length: 60 }, (_, i) => increment(locks[i % 2] as RedisLock)));
    expect(await data.get('l1:counter')).toBe('60');
    expect(most).toBe(1);
    // Other keys do not wait.
    const other = await locks[0]?.run('browser:bs_2', async () => 'free');
    expect(other).toBe('free');
    for (const c of [a, b, data]) c.disconnect();
  });

  it('takes a lock whose holder died once its lease is over, and never frees a lock it no longer holds', async () => {
    const [a, b] = [await connect(), await connect()];
    // A holder that died: its lock stays for the rest of its lease.
    await a.set('l2:lock:browser:bs_1', 'dead-holder', 'PX', 300);
    const lock = new RedisLock(b, { prefix: 'l2:', leaseMs: 200 });
    const started = Date.now();
    await lock.run('browser:bs_1', async () => {
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      // The lease is renewed while the work runs, beyond its 200 ms.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await a.get('l2:lock:browser:bs_1')).not.toBeNull();
      // Someone else's lock now (as if this lease had run out): the release must leave it.
      await a.set('l2:lock:browser:bs_1', 'successor', 'PX', 5000);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await a.get('l2:lock:browser:bs_1')).toBe('successor');
    for (const c of [a, b]) c.disconnect();
  });

  it('answers a store outage when the lock stays taken longer than it may wait', async () => {
    const [a, b] = [await connect(), await connect()];
    await a.set('l3:lock:browser:bs_1', 'stuck', 'PX', 10_000);
    const lock = new RedisLock(b, { prefix: 'l3:', waitMs: 200 });
    await expect(lock.run('browser:bs_1', async () => 'ran')).rejects.toMatchObject({ name: 'StoreUnavailable' });
    for (const c of [a, b]) c.disconnect();
  });
});
