// Live progress in the terminal, one line per case with a counter, then the summary per profile.
import type { Grade } from '../suite/checks.ts';
import type { CaseResult, RunResult } from '../suite/runner.ts';

const marks: Record<Grade, string> = { pass: 'PASS', 'non-strict': 'WARN', fail: 'FAIL', informational: 'INFO', 'not-testable': 'SKIP' };

export function progressLine(result: CaseResult, index: number, total: number): string {
  const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
  const why = result.grade === 'pass' || result.grade === 'informational' ? '' : `  - ${firstProblem(result)}`;
  return `${counter} ${marks[result.grade]} ${result.level.padEnd(6)} ${result.id}${why}`;
}

export function firstProblem(result: CaseResult): string {
  const check = result.checks.find((c) => !c.ok);
  return (check?.message ?? result.breaches[0]?.problem ?? result.reason ?? '').slice(0, 200);
}

export function summary(run: RunResult): string {
  const lines = ['', `livechat-kit conformance - ${run.baseUrl} - ${run.results.length} cases in ${(run.ms / 1000).toFixed(1)} s`, ''];
  lines.push(`${'profile'.padEnd(24)} pass  warn  fail  info  skip  verdict`);
  for (const profile of run.profiles) {
    const mine = run.results.filter((r) => r.profile === profile);
    if (mine.length === 0) continue;
    const count = (grade: Grade) => String(mine.filter((r) => r.grade === grade).length).padStart(4);
    const verdict = profileVerdict(mine);
    lines.push(
      `${profile.padEnd(24)} ${count('pass')}  ${count('non-strict')}  ${count('fail')}  ${count('informational')}  ${count('not-testable')}  ${verdict}`,
    );
  }
  const notImplemented = run.results.filter((r) => !r.implemented).length;
  if (notImplemented > 0)
    lines.push('', `${notImplemented} cases are not implemented in this version of the suite (reported as SKIP, never as passed).`);
  return lines.join('\n');
}

/** passed: every MUST passed; failed: a MUST failed; incomplete: some MUST could not be tested. */
export function profileVerdict(results: CaseResult[]): 'passed' | 'failed' | 'incomplete' {
  const musts = results.filter((r) => r.level === 'MUST');
  if (musts.some((r) => r.grade === 'fail')) return 'failed';
  if (musts.some((r) => r.grade === 'not-testable')) return 'incomplete';
  return 'passed';
}
