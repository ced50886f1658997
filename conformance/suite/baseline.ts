// A deployment's expected failures, kept in a file of its own apart from the suite (as the MCP
// conformance suite keeps them): each case id with the reason it is expected to fail. A listed
// case that fails is reported as expected and does not fail the run; a listed case that passes
// fails the run as a stale baseline, so the file only ever shrinks as the deployment improves.
//
//   # expected failures of chat.example.com (YAML, or the same as a JSON object)
//   error:slog:RateLimited: the gateway does not rate-limit slog yet (OPS-1234)
//   event:OnTypingStateChanged: typing indicators ship in release 7
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { allCases } from '../cases/index.ts';
import type { Grade } from './checks.ts';

/** Case id → why the deployment is expected to fail it. */
export type Baseline = ReadonlyMap<string, string>;

/**
 * What the baseline made of a listed case: `expected` - it failed (a MUST broken, or a SHOULD
 * missed) as the baseline says; `stale` - it passed, so the entry must go (fails the run);
 * `not-run` - it could not be tested this time, so the run says nothing about the entry.
 */
export type BaselineMark = { reason: string; outcome: 'expected' | 'stale' | 'not-run' };

export class BaselineError extends Error {}

/** Reads a baseline file; an entry for a case the suite does not have, or without a reason, is an error. */
export async function loadBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new BaselineError(`cannot read the baseline ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = parse(text);
  } catch (error) {
    throw new BaselineError(`the baseline ${file} is not YAML or JSON: ${(error as Error).message}`);
  }
  return parseBaseline(parsed ?? {}, file);
}

export function parseBaseline(value: unknown, file = 'the baseline'): Baseline {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new BaselineError(`${file} must map case ids to reasons (case-id: why it is expected to fail)`);
  const known = new Set<string>(allCases.map((c) => c.id));
  const problems: string[] = [];
  const baseline = new Map<string, string>();
  for (const [id, reason] of Object.entries(value)) {
    if (!known.has(id)) problems.push(`${id}: the suite has no such case (see --coverage for the case ids)`);
    else if (typeof reason !== 'string' || reason.trim() === '') problems.push(`${id}: give the reason it is expected to fail`);
    else baseline.set(id, reason.trim());
  }
  if (problems.length > 0) throw new BaselineError(`${file}:\n  ${problems.join('\n  ')}`);
  return baseline;
}

/** The mark of a case the baseline lists, from the grade it got; undefined when it is not listed. */
export function baselineMark(baseline: Baseline | undefined, id: string, grade: Grade): BaselineMark | undefined {
  const reason = baseline?.get(id);
  if (reason === undefined) return undefined;
  const outcome = grade === 'fail' || grade === 'non-strict' ? 'expected' : grade === 'not-testable' ? 'not-run' : 'stale';
  return { reason, outcome };
}
