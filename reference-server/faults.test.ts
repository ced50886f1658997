import { expect, it } from 'vitest';
import { Faults, faultNames } from './faults.ts';

it('turns on only the named faults, and refuses a name it does not know', () => {
  expect(Faults.parse(undefined).any).toBe(false);
  const faults = Faults.parse('missing-sid, token-not-checked');
  expect(faultNames.filter((name) => faults.has(name))).toEqual(['missing-sid', 'token-not-checked']);
  expect(() => Faults.parse('missing-sid,no-such-fault')).toThrow(/unknown fault\(s\): no-such-fault/);
});
