// Baselines: a deployment's expected failures, apart from the suite. A listed case that fails is
// expected and does not fail the run; a listed case that passes fails it as a stale baseline.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Faults } from '../../reference-server/faults.ts';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from '../../reference-server/test/harness.ts';
import { createAgentDriver } from '../agent-driver/http-driver.ts';
import { main } from '../cli.ts';
import { summary } from '../report/terminal.ts';
import { BaselineError, baselineMark, loadBaseline, parseBaseline } from '../suite/baseline.ts';
import { exitCodeOf, type RunResult, runSuite } from '../suite/runner.ts';
import { fakeResults, fakeRun } from './fake-run.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'livechat-baseline-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the baseline file', () => {
  it('reads YAML or JSON mapping case ids to reasons', async () => {
    await writeFile(
      join(dir, 'b.yaml'),
      '# ours\noperation:getStatus: cached by the CDN (OPS-1)\nerror:slog:RateLimited: no limit on slog yet\n',
    );
    await writeFile(join(dir, 'b.json'), JSON.stringify({ 'operation:getStatus': 'cached by the CDN (OPS-1)' }));
    expect([...(await loadBaseline(join(dir, 'b.yaml')))]).toEqual([
      ['operation:getStatus', 'cached by the CDN (OPS-1)'],
      ['error:slog:RateLimited', 'no limit on slog yet'],
    ]);
    expect((await loadBaseline(join(dir, 'b.json'))).get('operation:getStatus')).toBe('cached by the CDN (OPS-1)');
    await writeFile(join(dir, 'empty.yaml'), '# nothing expected to fail\n');
    expect((await loadBaseline(join(dir, 'empty.yaml'))).size).toBe(0);
  });

  it('refuses a case the suite does not have, an entry without a reason, and what is not a map', async () => {
    expect(() => parseBaseline({ 'operation:nope': 'x' })).toThrow(/operation:nope: the suite has no such case/);
    expect(() => parseBaseline({ 'operation:getStatus': '' })).toThrow(/give the reason/);
    expect(() => parseBaseline({ 'operation:getStatus': null })).toThrow(/give the reason/);
    expect(() => parseBaseline(['operation:getStatus'])).toThrow(BaselineError);
    await expect(loadBaseline(join(dir, 'missing.yaml'))).rejects.toThrow(/cannot read the baseline/);
    await writeFile(join(dir, 'bad.yaml'), 'a: [');
    await expect(loadBaseline(join(dir, 'bad.yaml'))).rejects.toThrow(/not YAML or JSON/);
  });

  it('marks a listed case by its grade: failed as expected, passed as stale, not run', () => {
    const baseline = parseBaseline({ 'operation:getStatus': 'why' });
    expect(baselineMark(baseline, 'operation:getStatus', 'fail')).toEqual({ reason: 'why', outcome: 'expected' });
    expect(baselineMark(baseline, 'operation:getStatus', 'non-strict')).toEqual({ reason: 'why', outcome: 'expected' });
    expect(baselineMark(baseline, 'operation:getStatus', 'pass')).toEqual({ reason: 'why', outcome: 'stale' });
    expect(baselineMark(baseline, 'operation:getStatus', 'informational')).toEqual({ reason: 'why', outcome: 'stale' });
    expect(baselineMark(baseline, 'operation:getStatus', 'not-testable')).toEqual({ reason: 'why', outcome: 'not-run' });
    expect(baselineMark(baseline, 'operation:slog', 'fail')).toBeUndefined();
    expect(baselineMark(undefined, 'operation:getStatus', 'fail')).toBeUndefined();
  });
});

describe('the exit code with a baseline', () => {
  const only = (ids: string[]) => fakeRun(fakeResults.filter((r) => ids.includes(r.id)));
  it('an expected failure does not fail the run; a stale entry does', () => {
    const run = only(['operation:sendMessage', 'operation:getStatus']);
    expect(exitCodeOf(run)).toBe(1);
    (run.results[0] as RunResult['results'][number]).baseline = { reason: 'r', outcome: 'expected' };
    expect(exitCodeOf(run)).toBe(0);
    expect(summary(run)).toMatch(/1 failures are expected by the baseline/);
    (run.results[1] as RunResult['results'][number]).baseline = { reason: 'r', outcome: 'stale' };
    expect(exitCodeOf(run)).toBe(1);
    expect(summary(run)).toMatch(/baseline is stale[\s\S]*operation:getStatus/);
  });
});

describe('against the reference server', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const run = async (baseUrl: string, file: string) => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      return await main([
        '--base-url',
        baseUrl,
        '--agent-credential',
        TEST_AGENT_PASSWORD,
        '--filter',
        '^operation:sendMessage$',
        '--baseline',
        file,
      ]);
    } finally {
      log.mockRestore();
    }
  };

  it('a baselined case that fails is expected: the run passes', async () => {
    server = await startTestServer({}, undefined, undefined, new Faults(['missing-sid']));
    const baseline = parseBaseline({ 'operation:sendMessage': 'our events carry no sid yet (CHAT-42)' });
    const baseUrl = server.baseUrl;
    const result = await runSuite({
      baseUrl,
      filter: /^operation:sendMessage$/,
      baseline,
      driver: (fetch) => createAgentDriver({ baseUrl, fetch, credential: TEST_AGENT_PASSWORD }),
    });
    expect(result.results.map((r) => [r.grade, r.baseline?.outcome])).toEqual([['fail', 'expected']]);
    expect(exitCodeOf(result)).toBe(0);
    await writeFile(join(dir, 'sid.yaml'), 'operation:sendMessage: our events carry no sid yet (CHAT-42)\n');
    expect(await run(baseUrl, join(dir, 'sid.yaml'))).toBe(0);
  }, 60_000);

  it('a baselined case that passes is stale: the run fails', async () => {
    server = await startTestServer();
    await writeFile(join(dir, 'sid.yaml'), 'operation:sendMessage: our events carry no sid yet (CHAT-42)\n');
    expect(await run(server.baseUrl, join(dir, 'sid.yaml'))).toBe(1);
  }, 60_000);

  it('a baseline naming no case of the suite is bad usage', async () => {
    await writeFile(join(dir, 'typo.yaml'), 'operation:sendMesage: typo\n');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main(['--base-url', 'http://127.0.0.1:9', '--baseline', join(dir, 'typo.yaml')])).toBe(3);
      expect(error.mock.calls.flat().join('\n')).toMatch(/operation:sendMesage: the suite has no such case/);
    } finally {
      error.mockRestore();
    }
  });
});
