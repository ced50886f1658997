// Which elements of the contract the suite covers. The elements come from the generated tables
// of the contract, not from the case list, so a case list that misses one is caught: every
// operation of spec/openapi.yaml, every event of spec/asyncapi.yaml, every ErrorCode and
// ReasonCode, and every multi-chat variant (an operation or event multilivechat changes). Each
// case names what it covers (`covers` in generated/conformance/cases.ts, and the suite's own
// cases of cases/index.ts).
import { errorCodes, reasonCodes } from '../../generated/codes.ts';
import { events } from '../../generated/events/events.ts';
import { operations } from '../../generated/http/operations.ts';
import { allCases, resolvers } from '../cases/index.ts';
import type { CaseSpec } from './registry.ts';

export type ElementKind = 'operation' | 'event' | 'error' | 'reason' | 'multichat';
export type Element = { id: string; kind: ElementKind; about: string };

/** Every element of the contract, as `covers` names them: operation:<id>, event:<name>, error:<code>, reason:<code>, multichat:<function or event>. */
export function specElements(): Element[] {
  const elements: Element[] = [];
  for (const [id, op] of Object.entries(operations)) {
    elements.push({ id: `operation:${id}`, kind: 'operation', about: `${op.method} ${op.path} (${op.functions.join(', ')})` });
    if ('multichat' in op)
      elements.push({
        id: `multichat:${op.functions[0]}`,
        kind: 'multichat',
        about: `multilivechat's variant of ${op.functions.join('/')}`,
      });
  }
  for (const [name, event] of Object.entries(events)) {
    elements.push({ id: `event:${name}`, kind: 'event', about: `${name} (${event.section})` });
    if ('multichat' in event) elements.push({ id: `multichat:${name}`, kind: 'multichat', about: `multilivechat's variant of ${name}` });
  }
  for (const [code, about] of Object.entries(errorCodes))
    elements.push({ id: `error:${code}`, kind: 'error', about: `ErrorCode ${code} (HTTP ${about.status}, ${about.origin})` });
  for (const code of reasonCodes) elements.push({ id: `reason:${code}`, kind: 'reason', about: `ReasonCode ${code}` });
  return elements;
}

/** Whether the suite has code for a case (a resolver takes it); the others are reported "not implemented". */
export const isImplemented = (spec: CaseSpec) => resolvers.some((resolve) => resolve(spec) !== undefined);

export type Coverage = {
  elements: (Element & { cases: string[]; implemented: string[] })[];
  /** Elements no case covers: the suite cannot certify them. */
  uncovered: Element[];
  /** Elements whose cases are all not implemented yet. */
  unimplemented: Element[];
  /** What a case says it covers that is no element of the contract (a mistake in the case list). */
  unknown: { caseId: string; covers: string }[];
  cases: { id: string; covers: readonly string[]; implemented: boolean }[];
};

export function coverage(list: readonly CaseSpec[] = allCases, implemented: (spec: CaseSpec) => boolean = isImplemented): Coverage {
  const elements = specElements().map((e) => ({ ...e, cases: [] as string[], implemented: [] as string[] }));
  const byId = new Map(elements.map((e) => [e.id, e]));
  const unknown: Coverage['unknown'] = [];
  const caseRows = list.map((spec) => ({ id: spec.id, covers: spec.covers, implemented: implemented(spec) }));
  for (const row of caseRows)
    for (const covers of row.covers) {
      const element = byId.get(covers);
      if (element === undefined) unknown.push({ caseId: row.id, covers });
      else {
        element.cases.push(row.id);
        if (row.implemented) element.implemented.push(row.id);
      }
    }
  const strip = ({ id, kind, about }: Element): Element => ({ id, kind, about });
  return {
    elements,
    uncovered: elements.filter((e) => e.cases.length === 0).map(strip),
    unimplemented: elements.filter((e) => e.cases.length > 0 && e.implemented.length === 0).map(strip),
    unknown,
    cases: caseRows,
  };
}

/** The coverage as text: each case and what it covers, the count per kind, then the gaps. */
export function coverageText(c: Coverage): string {
  const width = Math.max(...c.cases.map((row) => row.id.length)) + 2;
  const lines = ['Cases and the spec elements they cover (* = implemented in this version of the suite):', ''];
  for (const row of c.cases) lines.push(`${row.implemented ? '*' : ' '} ${row.id.padEnd(width)}${row.covers.join(', ')}`);
  lines.push('', 'Spec elements and their cases:');
  const kinds: ElementKind[] = ['operation', 'event', 'error', 'reason', 'multichat'];
  for (const kind of kinds) {
    const mine = c.elements.filter((e) => e.kind === kind);
    const covered = mine.filter((e) => e.cases.length > 0).length;
    const implemented = mine.filter((e) => e.implemented.length > 0).length;
    lines.push(
      `  ${kind.padEnd(10)} ${String(mine.length).padStart(4)} elements, ${String(covered).padStart(4)} with a case, ${String(implemented).padStart(4)} with an implemented case`,
    );
  }
  lines.push('');
  if (c.uncovered.length === 0) lines.push('Every element of the spec has a case.');
  else {
    lines.push(`${c.uncovered.length} spec elements have no case:`);
    for (const e of c.uncovered) lines.push(`  ${e.id} - ${e.about}`);
  }
  if (c.unknown.length > 0) {
    lines.push('', `${c.unknown.length} covers name no element of the spec:`);
    for (const u of c.unknown) lines.push(`  ${u.caseId} covers ${u.covers}`);
  }
  if (c.unimplemented.length > 0) {
    lines.push(
      '',
      `${c.unimplemented.length} spec elements have cases, none implemented yet (their cases report "not implemented", never pass):`,
    );
    for (const e of c.unimplemented) lines.push(`  ${e.id}`);
  }
  return lines.join('\n');
}

/** 0 when every element has a case and every covers names an element; 1 otherwise. */
export const coverageExitCode = (c: Coverage): 0 | 1 => (c.uncovered.length > 0 || c.unknown.length > 0 ? 1 : 0);
