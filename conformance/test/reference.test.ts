// The suite against the reference server set up for testing (LIVECHAT_TEST_CONDITIONS, as `npm run
// conformance` runs it): every case the suite implements passes, every MUST is tested (the run
// certifies: exit code 0), and every frame of the run is within the contract. A case it does not
// implement is counted, not passed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from '../../reference-server/test/harness.ts';
import { createAgentDriver } from '../agent-driver/http-driver.ts';
import { exitCodeOf, type RunResult, runSuite } from '../suite/runner.ts';

let server: TestServer;
let run: RunResult;
beforeAll(async () => {
  server = await startTestServer({ LIVECHAT_TEST_CONDITIONS: true });
  // A fixed seed: the generated requests are the same on every CI run (npm run conformance draws a new one each time).
  run = await runSuite({
    baseUrl: server.baseUrl,
    seed: 20261128,
    driver: (fetch) => createAgentDriver({ baseUrl: server.baseUrl, fetch, credential: TEST_AGENT_PASSWORD }),
  });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

it('passes every case it implements against the reference server, or says why it cannot test it', () => {
  const implemented = run.results.filter((r) => r.implemented);
  expect(implemented.length).toBeGreaterThan(0);
  const broken = implemented
    .filter((r) => r.grade === 'fail' || r.grade === 'non-strict')
    .map((r) => `${r.id}: ${r.grade} - ${r.checks.find((c) => !c.ok)?.message ?? r.breaches[0]?.problem ?? r.reason}`);
  expect(broken).toEqual([]);
  // Not testable here (a capability the server runs without, a failure no client can provoke) is fine with a reason.
  const unexplained = implemented.filter((r) => r.grade === 'not-testable' && !r.reason).map((r) => r.id);
  expect(unexplained).toEqual([]);
});

it('tests every MUST of every profile, so the run certifies the reference server', () => {
  const untested = run.results.filter((r) => r.level === 'MUST' && r.grade === 'not-testable').map((r) => `${r.id}: ${r.reason}`);
  expect(untested).toEqual([]);
  expect(exitCodeOf(run)).toBe(0);
});

it('exercises every message of the audio/video and co-browse signaling profiles', () => {
  const found = (run.messageCoverage ?? []).map((c) => ({
    profile: c.profile,
    verdict: c.verdict,
    missing: c.messages.filter((m) => m.cases.length === 0).map((m) => m.id),
  }));
  expect(found).toEqual([
    { profile: 'av', verdict: 'passed', missing: [] },
    { profile: 'cobrowse', verdict: 'passed', missing: [] },
  ]);
});

it('sees the reference server stay within the contract in every frame of the run', () => {
  expect(server.violations).toEqual([]);
});
