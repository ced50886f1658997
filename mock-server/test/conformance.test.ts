// The conformance suite against the mock (no agent driver: the mock's CSO is scripted). No MUST
// fails; the SHOULDs it misses are exactly the ones mock-server/conformance-limits.ts lists, and
// every case it cannot test says why.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunResult, runSuite } from '../../conformance/suite/runner.ts';
import { mockLimits } from '../conformance-limits.ts';
import { startMock, type TestMock } from './harness.ts';

let mock: TestMock;
let run: RunResult;
beforeAll(async () => {
  mock = await startMock();
  run = await runSuite({ baseUrl: mock.baseUrl, seed: 20261128 });
}, 240_000);
afterAll(() => mock?.close());

const summary = (grade: string) =>
  run.results
    .filter((r) => r.grade === grade)
    .map((r) => `${r.id}: ${r.checks.find((c) => !c.ok)?.message ?? r.breaches[0]?.problem ?? r.reason}`);

it('fails no case against the mock, and no frame it sends is outside the contract', () => {
  expect(summary('fail')).toEqual([]);
  expect(run.results.flatMap((r) => r.breaches)).toEqual([]);
});

it('misses exactly the SHOULDs the mock’s limits list', () => {
  const missed = run.results.filter((r) => r.grade === 'non-strict').map((r) => r.id);
  expect(missed.sort(), summary('non-strict').join('\n')).toEqual(Object.keys(mockLimits).sort());
});

it('says why for every case it cannot test against the mock', () => {
  expect(run.results.filter((r) => r.grade === 'not-testable' && !r.reason).map((r) => r.id)).toEqual([]);
});
