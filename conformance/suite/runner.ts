// Runs the generated case list against a deployment: each case in its own context, graded from
// its checks and from every contract breach the observer saw while it ran; progress reported
// case by case. One case at a time, so the frames of a case are its own.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { cases } from '../../generated/conformance/cases.ts';
import type { AgentDriver } from '../agent-driver/driver.ts';
import { resolvers } from '../cases/index.ts';
import { type Baseline, type BaselineMark, baselineMark } from './baseline.ts';
import { type CaseStop, type Check, type Grade, gradeOf } from './checks.ts';
import { CaseContext } from './context.ts';
import { type Breach, type Exchange, Observer } from './observer.ts';
import type { CaseSpec } from './registry.ts';

export type Profile = CaseSpec['profile'];
export const profiles = [...new Set(cases.map((c) => c.profile))] as Profile[];

export type CaseResult = {
  id: string;
  title: string;
  section: string;
  level: 'MUST' | 'SHOULD';
  profile: Profile;
  covers: readonly string[];
  grade: Grade;
  /** Why a case was not testable, or what stopped it. */
  reason?: string;
  implemented: boolean;
  checks: Check[];
  breaches: Breach[];
  /** The HTTP exchanges of a case that did not pass, for the report. */
  exchanges?: Exchange[];
  /** Set when the run's baseline lists the case (suite/baseline.ts). */
  baseline?: BaselineMark;
  ms: number;
};

export type RunOptions = {
  baseUrl: string;
  /** The profiles to certify; all by default. */
  profiles?: Profile[];
  driver?: AgentDriver | ((fetch: typeof globalThis.fetch) => AgentDriver | Promise<AgentDriver>);
  /** Only cases whose id matches (for a focused run). */
  filter?: RegExp;
  timeoutMs?: number;
  network?: typeof fetch;
  /** The seed of the generated requests (input:* cases); random when left out, and printed for replay. */
  seed?: number;
  /** The deployment's expected failures: a listed case that fails is expected, one that passes is stale. */
  baseline?: Baseline;
  onCase?: (result: CaseResult, index: number, total: number) => void;
};

export type RunResult = { baseUrl: string; startedAt: string; ms: number; profiles: Profile[]; seed: number; results: CaseResult[] };

/** A case's own seed: the run's and its id, so that `--seed N --filter <id>` replays the same requests. */
export const caseSeed = (seed: number, id: string) => createHash('sha256').update(`${seed}:${id}`).digest().readUInt32BE(0) >>> 1;

export async function runSuite(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const observer = new Observer(options.network);
  const chosen = options.profiles ?? profiles;
  const driver = typeof options.driver === 'function' ? await options.driver(observer.fetch) : options.driver;
  const selected = cases.filter((c) => chosen.includes(c.profile) && (options.filter?.test(c.id) ?? true));
  const runId = randomBytes(4).toString('hex');
  const seed = options.seed ?? randomInt(2 ** 31);
  const results: CaseResult[] = [];
  for (const [index, spec] of selected.entries()) {
    const result = await runCase(spec, { ...options, observer, driver, runId: `${runId}${index}`, seed });
    const mark = baselineMark(options.baseline, result.id, result.grade);
    if (mark !== undefined) result.baseline = mark;
    results.push(result);
    options.onCase?.(result, index, selected.length);
  }
  return {
    baseUrl: options.baseUrl,
    startedAt: new Date(started).toISOString(),
    ms: Date.now() - started,
    profiles: chosen,
    seed,
    results,
  };
}

async function runCase(
  spec: CaseSpec,
  options: Omit<RunOptions, 'driver'> & { observer: Observer; driver: AgentDriver | undefined; runId: string; seed: number },
): Promise<CaseResult> {
  const started = Date.now();
  const base = {
    id: spec.id,
    title: spec.title,
    section: spec.section,
    level: spec.level,
    profile: spec.profile,
    covers: spec.covers,
  };
  const impl = resolvers.map((resolve) => resolve(spec)).find((found) => found !== undefined);
  if (impl === undefined)
    return {
      ...base,
      grade: 'not-testable',
      reason: 'not implemented in this version of the suite',
      implemented: false,
      checks: [],
      breaches: [],
      ms: 0,
    };
  if ('needsAgent' in spec && spec.needsAgent && options.driver === undefined)
    return { ...base, grade: 'not-testable', reason: 'needs an agent driver', implemented: true, checks: [], breaches: [], ms: 0 };

  const t = new CaseContext(options.baseUrl, options.observer, options.driver, options.runId, caseSeed(options.seed, spec.id));
  const firstBreach = options.observer.breaches.length;
  const firstExchange = options.observer.exchanges.length;
  let stop: CaseStop | Error | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      impl(t, spec),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not finish within ${options.timeoutMs ?? 20_000} ms`)), options.timeoutMs ?? 20_000);
      }),
    ]);
  } catch (error) {
    stop = error instanceof Error ? error : new Error(String(error));
  } finally {
    clearTimeout(timer);
    await t.close();
  }
  const breaches = options.observer.breachesSince(firstBreach);
  const grade = gradeOf(spec.level, t.checks.list, breaches.length, stop);
  return {
    ...base,
    grade,
    ...(stop !== undefined ? { reason: stop.message } : {}),
    implemented: true,
    checks: t.checks.list,
    breaches,
    ...(grade === 'pass' || grade === 'informational'
      ? {}
      : { exchanges: options.observer.exchanges.slice(firstExchange, firstExchange + 200) }),
    ms: Date.now() - started,
  };
}

/**
 * 0: every MUST of the chosen profiles passed (or failed as the baseline expects); 1: a MUST
 * failed, or the baseline is stale (a case it lists passed); 2: none failed, but some could not
 * be tested (not certified).
 */
export function exitCodeOf(run: RunResult): 0 | 1 | 2 {
  if (run.results.some((r) => r.baseline?.outcome === 'stale')) return 1;
  const musts = run.results.filter((r) => r.level === 'MUST');
  if (musts.some((r) => r.grade === 'fail' && r.baseline?.outcome !== 'expected')) return 1;
  if (musts.some((r) => r.grade === 'not-testable')) return 2;
  return 0;
}
