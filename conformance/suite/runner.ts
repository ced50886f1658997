// Runs the generated case list against a deployment: each case in its own context, graded from
// its checks and from every contract breach the observer saw while it ran; progress reported
// case by case. One case at a time, so the frames of a case are its own.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { AgentDriver } from '../agent-driver/driver.ts';
import { allCases, resolvers } from '../cases/index.ts';
import { type Baseline, type BaselineMark, baselineMark } from './baseline.ts';
import { type CaseStop, type Check, type Grade, gradeOf } from './checks.ts';
import { CaseContext, type Declared } from './context.ts';
import { type Breach, type Exchange, Observer } from './observer.ts';
import { type CaseProfile, caseProfileOf, type MessageProfile, messageProfiles, type ProfileMessage, profileMessages } from './profiles.ts';
import type { CaseSpec } from './registry.ts';

/** A profile of the case list (core, audio-video-signaling, ...). */
export type Profile = CaseProfile;
export const profiles = [...new Set(allCases.map((c) => c.profile))] as Profile[];
/** What --profile takes: a profile of the case list, or a message profile (av, cobrowse: suite/profiles.ts). */
export type ProfileName = Profile | MessageProfile;
export const profileNames: ProfileName[] = [...profiles, ...messageProfiles];

/**
 * A message profile's coverage in a run: each message of its part of the spec and the cases that
 * exercised it. passed: every message exercised; failed: some exercised by no case (a MUST of
 * the run); incomplete: some not exercised, and a case of the profile could not be tested (no
 * agent driver, a capability the deployment lacks);
 * not-checked: --filter ran only part of the profile's cases (the exit code ignores it).
 */
export type MessageCoverage = {
  profile: MessageProfile;
  caseProfile: Profile;
  verdict: 'passed' | 'failed' | 'incomplete' | 'not-checked';
  messages: (ProfileMessage & { cases: string[] })[];
};

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
  /** What of the contract the case exercised (Observer.exercised: operation:<id>, agent-event:<name>...), each once. */
  exercised?: string[];
  /** The HTTP exchanges of a case that did not pass, for the report. */
  exchanges?: Exchange[];
  /** Set when the run's baseline lists the case (suite/baseline.ts). */
  baseline?: BaselineMark;
  ms: number;
};

export type RunOptions = {
  baseUrl: string;
  /** The profiles to certify (av and cobrowse stand for their case profiles); all by default. */
  profiles?: ProfileName[];
  driver?: AgentDriver | ((fetch: typeof globalThis.fetch) => AgentDriver | Promise<AgentDriver>);
  /** Only cases whose id matches (for a focused run). */
  filter?: RegExp;
  timeoutMs?: number;
  network?: typeof fetch;
  /** The seed of the generated requests (input:* cases); random when left out, and printed for replay. */
  seed?: number;
  /** What the deployment declares that the suite cannot find out (the origin it lists for CORS). */
  declared?: Declared;
  /** The deployment's expected failures: a listed case that fails is expected, one that passes is stale. */
  baseline?: Baseline;
  /** The messages of a message profile; the generated lists by default (tests inject lists of their own). */
  messagesOf?: (profile: MessageProfile) => readonly ProfileMessage[] | Promise<readonly ProfileMessage[]>;
  onCase?: (result: CaseResult, index: number, total: number) => void;
};

export type RunResult = {
  baseUrl: string;
  startedAt: string;
  ms: number;
  profiles: Profile[];
  seed: number;
  results: CaseResult[];
  /** The message coverage of every message profile whose cases the run took (absent in runs of older versions). */
  messageCoverage?: MessageCoverage[];
};

/** A case's own seed: the run's and its id, so that `--seed N --filter <id>` replays the same requests. */
export const caseSeed = (seed: number, id: string) => createHash('sha256').update(`${seed}:${id}`).digest().readUInt32BE(0) >>> 1;

export async function runSuite(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const observer = new Observer(options.network);
  const aliases = new Map<Profile, MessageProfile>();
  for (const name of messageProfiles) aliases.set(caseProfileOf(name), name);
  const chosen = options.profiles ? [...new Set(options.profiles.map((p) => (isMessageProfile(p) ? caseProfileOf(p) : p)))] : profiles;
  const driver = typeof options.driver === 'function' ? await options.driver(observer.fetch) : options.driver;
  const selected = allCases.filter((c) => chosen.includes(c.profile) && (options.filter?.test(c.id) ?? true));
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
  const messageCoverage: MessageCoverage[] = [];
  for (const [caseProfile, profile] of aliases) {
    if (!chosen.includes(caseProfile)) continue;
    const messages = await (options.messagesOf ?? profileMessages)(profile);
    const mine = results.filter((r) => r.profile === caseProfile);
    const rows = messages.map((m) => ({ ...m, cases: mine.filter((r) => r.exercised?.includes(m.id)).map((r) => r.id) }));
    const complete = rows.every((row) => row.cases.length > 0);
    // A message no case exercised fails the run - unless a case that could have exercised it was
    // not testable (no agent driver, a capability the deployment lacks): then the run is incomplete.
    const untested = driver === undefined || mine.some((r) => r.level === 'MUST' && r.grade === 'not-testable');
    const verdict = complete ? 'passed' : options.filter !== undefined ? 'not-checked' : untested ? 'incomplete' : 'failed';
    messageCoverage.push({ profile, caseProfile, verdict, messages: rows });
  }
  return {
    baseUrl: options.baseUrl,
    startedAt: new Date(started).toISOString(),
    ms: Date.now() - started,
    profiles: chosen,
    seed,
    results,
    messageCoverage,
  };
}

const isMessageProfile = (name: string): name is MessageProfile => (messageProfiles as readonly string[]).includes(name);

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

  const t = new CaseContext(
    options.baseUrl,
    options.observer,
    options.driver,
    options.runId,
    caseSeed(options.seed, spec.id),
    options.declared,
  );
  const firstBreach = options.observer.breaches.length;
  const firstExchange = options.observer.exchanges.length;
  const firstExercised = options.observer.exercised.length;
  // What the case itself exercised: up to its end, not its cleanup (ending its chats and calls).
  let exercisedUntil = firstExercised;
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
    exercisedUntil = options.observer.exercised.length;
    await t.close();
  }
  const exercised = [...new Set(options.observer.exercised.slice(firstExercised, exercisedUntil))].sort();
  const breaches = options.observer.breachesSince(firstBreach);
  const grade = gradeOf(spec.level, t.checks.list, breaches.length, stop);
  return {
    ...base,
    grade,
    ...(stop !== undefined ? { reason: stop.message } : {}),
    implemented: true,
    checks: t.checks.list,
    breaches,
    exercised,
    ...(grade === 'pass' || grade === 'informational'
      ? {}
      : { exchanges: options.observer.exchanges.slice(firstExchange, firstExchange + 200) }),
    ms: Date.now() - started,
  };
}

/**
 * 0: every MUST of the chosen profiles passed (or failed as the baseline expects); 1: a MUST
 * failed, the baseline is stale (a case it lists passed), or a message of a message profile was
 * exercised by no case; 2: none failed, but some could not be tested (not certified).
 */
export function exitCodeOf(run: RunResult): 0 | 1 | 2 {
  if (run.results.some((r) => r.baseline?.outcome === 'stale')) return 1;
  const musts = run.results.filter((r) => r.level === 'MUST');
  if (musts.some((r) => r.grade === 'fail' && r.baseline?.outcome !== 'expected')) return 1;
  if (run.messageCoverage?.some((c) => c.verdict === 'failed')) return 1;
  if (musts.some((r) => r.grade === 'not-testable')) return 2;
  if (run.messageCoverage?.some((c) => c.verdict === 'incomplete')) return 2;
  return 0;
}
