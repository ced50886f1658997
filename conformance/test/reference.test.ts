// The suite against the reference server: every case the suite implements passes, and every
// frame of the run is within the contract. A case it does not implement is counted, not passed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../reference-server/test/harness.ts';
import { createAgentDriver } from '../agent-driver/http-driver.ts';
import { type RunResult, runSuite } from '../suite/runner.ts';

let server: TestServer;
let run: RunResult;
beforeAll(async () => {
  server = await startTestServer();
  run = await runSuite({ baseUrl: server.baseUrl, driver: (fetch) => createAgentDriver({ baseUrl: server.baseUrl, fetch }) });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

it('passes every case it implements against the reference server', () => {
  const implemented = run.results.filter((r) => r.implemented);
  expect(implemented.length).toBeGreaterThan(0);
  const notPassed = implemented
    .filter((r) => r.grade !== 'pass' && r.grade !== 'informational')
    .map((r) => `${r.id}: ${r.grade} - ${r.checks.find((c) => !c.ok)?.message ?? r.breaches[0]?.problem ?? r.reason}`);
  expect(notPassed).toEqual([]);
});

it('sees the reference server stay within the contract in every frame of the run', () => {
  expect(server.violations).toEqual([]);
});
