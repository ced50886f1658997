// Shared deadlines against a real redis-server: armed on one process, due on several, each fires
// once; a deadline cleared in time never fires; one whose handler failed fires again after the lease.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../test/harness.ts';
import { type RedisServer, redisServerMissing, startRedisServer } from '../test/redis-server.ts';
import { connectRedis } from './redis-connection.ts';
import { RedisDeadlines } from './redis-deadlines.ts';

const missing = redisServerMissing();
let redis: RedisServer | undefined;
const connect = () => connectRedis({ url: redis?.url ?? '' }, 'deadlines-test');
const failOnError = (error: unknown) => {
  throw error;
};

describe.skipIf(missing !== undefined)('RedisDeadlines', () => {
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.remove();
  });

  it('fires each deadline once over three processes, wherever it was armed, and never one cleared in time', async () => {
    const connections = [await connect(), await connect(), await connect()];
    const fired: string[] = [];
    const processes = connections.map((c) => new RedisDeadlines(c, { prefix: 'd1:', pollMs: 20, onError: failOnError }));
    for (const p of processes) p.start(async (name) => void fired.push(name));
    const at = Date.now() + 150;
    for (let i = 0; i < 60; i++) await processes[i % 3]?.arm(`close:c_${i}`, at);
    // Armed again elsewhere: the first time stands, and it still fires once.
    await processes[1]?.arm('close:c_0', at + 5000);
    await processes[2]?.clear('close:c_59');
    await until(() => fired.length >= 59, 5000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([...fired].sort()).toEqual(Array.from({ length: 59 }, (_, i) => `close:c_${i}`).sort());
    for (const p of processes) p.stop();
    for (const c of connections) c.disconnect();
  });

  it('fires again after the lease when the handler failed (the process that claimed it died or lost Redis)', async () => {
    const [a, b] = [await connect(), await connect()];
    const attempts: string[] = [];
    const failing = new RedisDeadlines(a, { prefix: 'd2:', pollMs: 20, leaseMs: 300, onError: () => undefined });
    failing.start(async (name) => {
      attempts.push(`failing ${name}`);
      failing.stop();
      throw new Error('died while firing');
    });
    await failing.arm('queue:c_1', Date.now());
    await until(() => attempts.length === 1);
    const healthy = new RedisDeadlines(b, { prefix: 'd2:', pollMs: 20, leaseMs: 300, onError: failOnError });
    healthy.start(async (name) => void attempts.push(`healthy ${name}`));
    await until(() => attempts.length === 2, 3000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(attempts).toEqual(['failing queue:c_1', 'healthy queue:c_1']);
    healthy.stop();
    for (const c of [a, b]) c.disconnect();
  });
});
