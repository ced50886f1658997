// The conformance suite against the mock (no agent driver: the mock's CSO is scripted). The cases
// it fails or misses are exactly the ones mock-server/conformance-limits.ts lists (MUSTs among
// them: a mock is for building widgets, not certified), no frame it sends is outside the
// contract, and every case it cannot test says why. The mock lists an origin, declared to the suite,
// so that the cors:* cases check both kinds of origin on it, as on the reference server.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunResult, runSuite } from '../../conformance/suite/runner.ts';
import { mockLimits } from '../conformance-limits.ts';
import { startMock, type TestMock } from './harness.ts';

/** The site the mock lists (LIVECHAT_ALLOWED_ORIGINS). */
const ALLOWED_ORIGIN = 'http://127.0.0.1:8000';
let mock: TestMock;
let run: RunResult;
beforeAll(async () => {
  mock = await startMock(undefined, { allowedOrigins: [ALLOWED_ORIGIN] });
  run = await runSuite({ baseUrl: mock.baseUrl, seed: 20261128, declared: { allowedOrigin: ALLOWED_ORIGIN } });
}, 240_000);
afterAll(() => mock?.close());

const summary = (grade: string) =>
  run.results
    .filter((r) => r.grade === grade)
    .map((r) => `${r.id}: ${r.checks.find((c) => !c.ok)?.message ?? r.breaches[0]?.problem ?? r.reason}`);

it('fails no case against the mock but those its limits list, and no frame it sends is outside the contract', () => {
  expect(summary('fail').filter((line) => !Object.hasOwn(mockLimits, line.slice(0, line.indexOf(': '))))).toEqual([]);
  expect(run.results.flatMap((r) => r.breaches)).toEqual([]);
});

it('fails or misses exactly the cases the mock’s limits list', () => {
  const missed = run.results.filter((r) => r.grade === 'fail' || r.grade === 'non-strict').map((r) => r.id);
  expect(missed.sort(), [...summary('fail'), ...summary('non-strict')].join('\n')).toEqual(Object.keys(mockLimits).sort());
});

it('checks the listed origin’s CORS on the mock, not only foreign origins', () => {
  const listed = run.results.find((r) => r.id === 'cors:listed-origin');
  expect(listed?.grade).toBe('pass');
  expect(listed?.checks.length).toBeGreaterThan(3);
});

it('says why for every case it cannot test against the mock', () => {
  expect(run.results.filter((r) => r.grade === 'not-testable' && !r.reason).map((r) => r.id)).toEqual([]);
});
