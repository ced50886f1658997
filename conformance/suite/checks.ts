// The suite's small assertion vocabulary and its grades, as certification suites grade:
// must (a broken MUST fails the run), should (a missed SHOULD is "non-strict"), info (behaviour
// the document leaves open, reported as found), and "not testable" (a capability or driver the
// run does not have) - never a silent pass.
export type Grade = 'pass' | 'non-strict' | 'fail' | 'informational' | 'not-testable';

export type Check = { level: 'MUST' | 'SHOULD' | 'INFO'; ok: boolean; message: string };

/** Thrown to stop a case that cannot go on (a MUST broken, or it turns out not testable). */
export class CaseStop extends Error {
  constructor(
    readonly grade: 'fail' | 'not-testable',
    message: string,
  ) {
    super(message);
  }
}

export class Checks {
  readonly list: Check[] = [];

  /** A requirement: when it fails, the case fails and stops. */
  must(ok: boolean, message: string): asserts ok {
    this.list.push({ level: 'MUST', ok, message });
    if (!ok) throw new CaseStop('fail', message);
  }

  /** A recommendation: recorded, and the case goes on. */
  should(ok: boolean, message: string): void {
    this.list.push({ level: 'SHOULD', ok, message });
  }

  /** Something found where the document leaves the choice open. */
  info(message: string): void {
    this.list.push({ level: 'INFO', ok: true, message });
  }

  /** The case cannot be run here (no agent driver, a capability the deployment lacks). */
  notTestable(message: string): never {
    throw new CaseStop('not-testable', message);
  }
}

/** The case's grade from its level, its checks, the contract breaches seen during it and how it stopped. */
export function gradeOf(level: 'MUST' | 'SHOULD', checks: Check[], breaches: number, stop?: CaseStop | Error): Grade {
  if (stop instanceof CaseStop && stop.grade === 'not-testable') return 'not-testable';
  const broken = stop !== undefined || breaches > 0 || checks.some((c) => !c.ok && c.level === 'MUST');
  if (broken) return level === 'MUST' ? 'fail' : 'non-strict';
  if (checks.some((c) => !c.ok && c.level === 'SHOULD')) return 'non-strict';
  if (checks.length > 0 && checks.every((c) => c.level === 'INFO')) return 'informational';
  return 'pass';
}
