// --coverage: every element of the contract (operation, event, ErrorCode, ReasonCode, multi-chat
// variant - taken from the generated tables, not from the case list) has a case.
import { describe, expect, it } from 'vitest';
import { errorCodes, reasonCodes } from '../../generated/codes.ts';
import { cases } from '../../generated/conformance/cases.ts';
import { events } from '../../generated/events/events.ts';
import { operations } from '../../generated/http/operations.ts';
import { allCases } from '../cases/index.ts';
import { coverage, coverageExitCode, coverageText, specElements } from '../suite/coverage.ts';
import type { CaseSpec } from '../suite/registry.ts';

describe('coverage of the contract by the case list', () => {
  const found = coverage();

  it('takes every operation, event, error code, reason code and multi-chat variant from the contract', () => {
    const ids = specElements().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of Object.keys(operations)) expect(ids).toContain(`operation:${id}`);
    for (const name of Object.keys(events)) expect(ids).toContain(`event:${name}`);
    for (const code of Object.keys(errorCodes)) expect(ids).toContain(`error:${code}`);
    for (const code of reasonCodes) expect(ids).toContain(`reason:${code}`);
    expect(ids).toContain('multichat:Start');
    expect(ids).toContain('multichat:OnEnd');
  });

  it('has a case for every element, and every covers names an element', () => {
    expect(found.uncovered.map((e) => e.id)).toEqual([]);
    expect(found.unknown).toEqual([]);
    expect(found.cases).toHaveLength(allCases.length);
  });

  it('prints each case with what it covers, and the elements without a case', () => {
    const text = coverageText(found);
    expect(text).toMatch(/^\* operation:getStatus +operation:getStatus$/m);
    expect(text).toMatch(/^[* ] error:slog:InvalidRequest +operation:slog, error:InvalidRequest$/m);
    expect(text).toMatch(/^\* error:NotFound +error:NotFound$/m);
    expect(text).not.toMatch(/have no case/);
    expect(coverageExitCode(found)).toBe(0);
  });

  it('fails when an element has no case, or a case covers what the contract does not have', () => {
    const list = cases.filter((c) => !(c.covers as readonly string[]).includes('event:OnEnd')) as CaseSpec[];
    const missing = coverage(list, () => false);
    expect(missing.uncovered.map((e) => e.id)).toContain('event:OnEnd');
    expect(coverageText(missing)).toMatch(/spec elements have no case:[\s\S]*event:OnEnd - /);
    expect(coverageExitCode(missing)).toBe(1);

    const wrong = [...cases, { ...cases[0], id: 'operation:ghost', covers: ['operation:ghost'] }] as CaseSpec[];
    const unknown = coverage(wrong, () => true);
    expect(unknown.unknown).toEqual([{ caseId: 'operation:ghost', covers: 'operation:ghost' }]);
    expect(coverageExitCode(unknown)).toBe(1);
  });
});
