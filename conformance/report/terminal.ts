// Live progress in the terminal, one line per case with a counter, then the summary per profile.
import type { Grade } from '../suite/checks.ts';
import type { CaseResult, MessageCoverage, RunResult } from '../suite/runner.ts';

const marks: Record<Grade, string> = { pass: 'PASS', 'non-strict': 'WARN', fail: 'FAIL', informational: 'INFO', 'not-testable': 'SKIP' };

/** The mark of a case in the terminal: its grade's, or XFAIL / STALE when the baseline lists it. */
export function markOf(result: CaseResult): string {
  if (result.baseline?.outcome === 'expected') return 'XFAIL';
  if (result.baseline?.outcome === 'stale') return 'STALE';
  return marks[result.grade];
}

export function progressLine(result: CaseResult, index: number, total: number): string {
  const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
  const why =
    result.baseline?.outcome === 'stale'
      ? `  - passed, but the baseline expects it to fail (${result.baseline.reason.slice(0, 120)}): remove it from the baseline`
      : result.grade === 'pass' || result.grade === 'informational'
        ? ''
        : `  - ${firstProblem(result)}`;
  return `${counter} ${markOf(result).padEnd(5)} ${result.level.padEnd(6)} ${result.id}${why}`;
}

export function firstProblem(result: CaseResult): string {
  const check = result.checks.find((c) => !c.ok);
  return (check?.message ?? result.breaches[0]?.problem ?? result.reason ?? '').slice(0, 200);
}

export function summary(run: RunResult): string {
  const lines = [
    '',
    `livechat-kit conformance - ${run.baseUrl} - ${run.results.length} cases in ${(run.ms / 1000).toFixed(1)} s - seed ${run.seed} (replay: --seed ${run.seed})`,
    '',
  ];
  const baselined = run.results.some((r) => r.baseline !== undefined);
  const columns: (keyof Tally)[] = baselined
    ? ['pass', 'warn', 'fail', 'info', 'skip', 'xfail', 'stale']
    : ['pass', 'warn', 'fail', 'info', 'skip'];
  lines.push(`${'profile'.padEnd(34)} ${columns.map((c) => c.padStart(5)).join(' ')}  verdict`);
  for (const profile of run.profiles) {
    const mine = run.results.filter((r) => r.profile === profile);
    if (mine.length === 0) continue;
    const counts = tally(mine);
    const alias = run.messageCoverage?.find((c) => c.caseProfile === profile)?.profile;
    const label = alias === undefined ? profile : `${alias} (${profile})`;
    const verdict = profileVerdict(mine, run.messageCoverage);
    lines.push(`${label.padEnd(34)} ${columns.map((c) => String(counts[c]).padStart(5)).join(' ')}  ${verdict}`);
  }
  if (run.messageCoverage?.length) lines.push('', ...run.messageCoverage.flatMap(messageCoverageLines));
  const expected = run.results.filter((r) => r.baseline?.outcome === 'expected');
  const stale = run.results.filter((r) => r.baseline?.outcome === 'stale');
  if (expected.length > 0) lines.push('', `${expected.length} failures are expected by the baseline (XFAIL): they do not fail the run.`);
  if (stale.length > 0)
    lines.push(
      '',
      `${stale.length} cases of the baseline passed - the baseline is stale and the run fails; remove them from it:`,
      ...stale.map((r) => `  ${r.id}`),
    );
  const notImplemented = run.results.filter((r) => !r.implemented).length;
  if (notImplemented > 0)
    lines.push('', `${notImplemented} cases are not implemented in this version of the suite (reported as SKIP, never as passed).`);
  return lines.join('\n');
}

export type Tally = Record<'pass' | 'warn' | 'fail' | 'info' | 'skip' | 'xfail' | 'stale', number>;

/** Cases by outcome; a case of the baseline counts as xfail (failed as expected) or stale (passed), not by its grade. */
export function tally(results: CaseResult[]): Tally {
  const counts: Tally = { pass: 0, warn: 0, fail: 0, info: 0, skip: 0, xfail: 0, stale: 0 };
  const column: Record<Grade, keyof Tally> = {
    pass: 'pass',
    'non-strict': 'warn',
    fail: 'fail',
    informational: 'info',
    'not-testable': 'skip',
  };
  for (const r of results)
    counts[r.baseline?.outcome === 'expected' ? 'xfail' : r.baseline?.outcome === 'stale' ? 'stale' : column[r.grade]]++;
  return counts;
}

/** A message profile's coverage: `profile av: 16/16 messages exercised`, then each message no case exercised. */
export function messageCoverageLines(c: MessageCoverage): string[] {
  const exercised = c.messages.filter((m) => m.cases.length > 0).length;
  const status: Record<MessageCoverage['verdict'], string> = {
    passed: 'passed',
    failed: 'FAILED: a message of the spec no case exercised (MUST)',
    incomplete: 'incomplete: cases that would exercise them could not be tested',
    'not-checked': 'not checked: --filter ran part of the profile',
  };
  const lines = [`profile ${c.profile}: ${exercised}/${c.messages.length} messages exercised - ${status[c.verdict]}`];
  for (const m of c.messages.filter((m) => m.cases.length === 0))
    lines.push(
      `  not exercised: ${m.id} (${m.side} ${m.kind === 'operation' ? 'operation, answered with success' : 'event, observed and valid'})`,
    );
  return lines;
}

/**
 * passed: every MUST passed (or failed as the baseline expects), and every message of a message
 * profile was exercised; failed: a MUST failed, a case of the baseline passed (stale), or a
 * message no case exercised; incomplete: some MUST could not be tested.
 */
export function profileVerdict(results: CaseResult[], messages?: MessageCoverage[]): 'passed' | 'failed' | 'incomplete' {
  const coverage = messages?.find((c) => c.caseProfile === results[0]?.profile)?.verdict;
  if (results.some((r) => r.baseline?.outcome === 'stale')) return 'failed';
  const musts = results.filter((r) => r.level === 'MUST');
  if (musts.some((r) => r.grade === 'fail' && r.baseline?.outcome !== 'expected')) return 'failed';
  if (coverage === 'failed') return 'failed';
  if (musts.some((r) => r.grade === 'not-testable') || coverage === 'incomplete') return 'incomplete';
  return 'passed';
}

/** Why MUST cases could not be tested, by what would make them testable. */
const untestedBecause: [RegExp | ((r: CaseResult) => boolean), string][] = [
  [(r) => !r.implemented, 'not implemented in this version of the suite'],
  [/test condition/i, 'the deployment offers no test conditions: see --help / README "Test conditions"'],
  [/agent driver|needs an agent/i, 'no agent driver: see --agent-driver / README "The agent driver"'],
];

/**
 * The run's verdict in one line, with the exit code's meaning: `certified`, `failed: N MUST`, or
 * `not certified: N MUST cases not testable (why)`.
 */
export function verdictLine(run: RunResult, code: 0 | 1 | 2): string {
  const musts = run.results.filter((r) => r.level === 'MUST');
  if (code === 0) {
    const expected = run.results.filter((r) => r.baseline?.outcome === 'expected').length;
    const baselined = expected > 0 ? `, ${expected} failures expected by the baseline` : '';
    return `certified: every MUST case of the chosen profiles passed (${musts.length} MUST of ${run.results.length} cases${baselined}) - exit code 0`;
  }
  if (code === 1) {
    const failed = musts.filter((r) => r.grade === 'fail' && r.baseline?.outcome !== 'expected').length;
    const stale = run.results.filter((r) => r.baseline?.outcome === 'stale').length;
    const unexercised = (run.messageCoverage ?? []).filter((c) => c.verdict === 'failed').map((c) => c.profile);
    const what = [
      ...(failed > 0 ? [`${failed} MUST`] : []),
      ...(stale > 0 ? [`${stale} stale baseline entries`] : []),
      ...(unexercised.length > 0 ? [`messages of ${unexercised.join(', ')} exercised by no case`] : []),
    ];
    return `failed: ${what.join(', ')} - exit code 1, not certified`;
  }
  const untested = musts.filter((r) => r.grade === 'not-testable');
  const groups = new Map<string, number>();
  for (const r of untested) {
    const found = untestedBecause.find(([test]) => (typeof test === 'function' ? test(r) : test.test(r.reason ?? '')));
    const why = found?.[1] ?? 'a capability the deployment lacks: see each case';
    groups.set(why, (groups.get(why) ?? 0) + 1);
  }
  const whys = [...groups].map(([why, n]) => (groups.size === 1 ? why : `${n}: ${why}`));
  const incomplete = (run.messageCoverage ?? []).filter((c) => c.verdict === 'incomplete').map((c) => c.profile);
  const parts = [
    ...(untested.length > 0 ? [`${untested.length} MUST case${untested.length === 1 ? '' : 's'} not testable (${whys.join('; ')})`] : []),
    ...(incomplete.length > 0 ? [`the message coverage of ${incomplete.join(', ')} incomplete`] : []),
  ];
  return `not certified: ${parts.join(', ')} - exit code 2`;
}
