import { describe, expect, it } from 'vitest';
import { copyRecord, deepFreeze } from './copy.ts';

describe('copyRecord', () => {
  it('copies JSON data all the way down', () => {
    const record = {
      id: 'c_1',
      pages: ['pg_1'],
      details: { eCustDetails: { eCustName: 'Tan' } },
      agents: [{ id: 'a', index: 0 }],
      none: null,
    };
    const copy = copyRecord(record);
    expect(copy).toEqual(record);
    copy.pages.push('pg_2');
    copy.details.eCustDetails.eCustName = 'changed';
    (copy.agents[0] as { index: number }).index = 9;
    expect(record).toEqual({
      id: 'c_1',
      pages: ['pg_1'],
      details: { eCustDetails: { eCustName: 'Tan' } },
      agents: [{ id: 'a', index: 0 }],
      none: null,
    });
  });

  it('keeps a "__proto__" key as data, never as the copy’s prototype', () => {
    const parsed = JSON.parse('{"details":{"__proto__":{"polluted":true}}}') as { details: Record<string, unknown> };
    const copy = copyRecord(parsed);
    expect(Object.getPrototypeOf(copy.details)).toBe(Object.prototype);
    expect((copy.details as { polluted?: boolean }).polluted).toBeUndefined();
    expect(JSON.stringify(copy)).toBe('{"details":{"__proto__":{"polluted":true}}}');
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays', () => {
    const event = deepFreeze({ seq: 1, data: { msg: 'Hi', list: [{ a: 1 }] } });
    expect(() => {
      (event.data.list[0] as { a: number }).a = 2;
    }).toThrow(TypeError);
    expect(Object.isFrozen(event.data.list)).toBe(true);
  });
});
