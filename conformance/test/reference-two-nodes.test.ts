// The suite against two reference servers on one real Redis, certified as one deployment (as `npm
// run conformance -- --store redis --nodes 2` runs it): the customers call node 1, the agent driver
// and SetTestConditions node 2. Every MUST passes, and both nodes stay within the contract in every
// frame. Without redis-server the file skips, saying so (a failure with CI=true).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../reference-server/store/redis-store.ts';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from '../../reference-server/test/harness.ts';
import { type RedisServer, redisServerMissing, startRedisServer } from '../../reference-server/test/redis-server.ts';
import { createAgentDriver } from '../agent-driver/http-driver.ts';
import { exitCodeOf, type RunResult, runSuite } from '../suite/runner.ts';

const missing = redisServerMissing();

describe.skipIf(missing !== undefined)('two reference servers on one Redis, as one deployment', () => {
  let redis: RedisServer;
  const nodes: TestServer[] = [];
  let run: RunResult;
  beforeAll(async () => {
    redis = await startRedisServer();
    const settings = { LIVECHAT_TEST_CONDITIONS: true };
    for (let i = 0; i < 2; i++) {
      const store = await RedisStore.open({ url: redis.url, prefix: 'certify:', retention: { events: 1000, ms: 300_000 } });
      nodes.push(await startTestServer(settings, store));
    }
    const [customers, agents] = nodes as [TestServer, TestServer];
    run = await runSuite({
      baseUrl: customers.baseUrl,
      seed: 20261128,
      driver: (fetch) => createAgentDriver({ baseUrl: agents.baseUrl, fetch, credential: TEST_AGENT_PASSWORD }),
    });
  }, 180_000);
  afterAll(async () => {
    for (const node of nodes) await node.close();
    await redis?.remove();
  });

  it('certifies them: every MUST tested and passed, customers on node 1 and the CSOs on node 2', () => {
    const broken = run.results
      .filter((r) => r.implemented && (r.grade === 'fail' || r.grade === 'non-strict'))
      .map((r) => `${r.id}: ${r.grade} - ${r.checks.find((c) => !c.ok)?.message ?? r.breaches[0]?.problem ?? r.reason}`);
    expect(broken).toEqual([]);
    expect(exitCodeOf(run)).toBe(0);
  });

  it('sees both nodes stay within the contract in every frame of the run', () => {
    expect(nodes.map((node) => node.violations)).toEqual([[], []]);
  });
});
