// The generated validators: every one compiles, accepts the contract's own examples, and refuses
// a frame that breaks its schema.
import { describe, expect, it } from 'vitest';
import { createValidators, schemaRefs, type ValidatorKey } from '../../generated/validators.ts';
import { asObject, loadContract } from '../lib/contract.ts';

const validator = createValidators();
const contract = await loadContract();
const sides = [
  { prefix: '', operations: contract.operations, messages: contract.messages },
  { prefix: 'agent-', operations: contract.agent?.operations ?? [], messages: contract.agent?.messages ?? [] },
];

/** The named examples of each validator's schema, from the dereferenced contract (both sides). */
function examplesByKey(): [ValidatorKey, string, unknown][] {
  const found: [ValidatorKey, string, unknown][] = [];
  for (const { prefix, operations, messages } of sides) {
    for (const { id, op } of operations) {
      const json = asObject(asObject(asObject(op.requestBody).content)['application/json']);
      for (const [name, example] of Object.entries(asObject(json.examples)))
        found.push([`${prefix}request:${id}` as ValidatorKey, name, asObject(example).value]);
      for (const [status, response] of Object.entries(asObject(op.responses))) {
        for (const media of Object.values(asObject(asObject(response).content))) {
          for (const [name, example] of Object.entries(asObject(asObject(media).examples))) {
            const key = `${prefix}response:${id}:${status}`;
            if (key in schemaRefs) found.push([key as ValidatorKey, name, asObject(example).value]);
          }
        }
      }
    }
    for (const message of messages) {
      for (const example of (message.message.examples ?? []) as { name: string; payload: unknown }[]) {
        found.push([`${prefix}event:${message.name}` as ValidatorKey, example.name, example.payload]);
      }
    }
  }
  return found;
}

const examples = examplesByKey();

describe('generated validators', () => {
  it.each(Object.keys(schemaRefs))('%s compiles', (key) => {
    expect(typeof validator(key as ValidatorKey)).toBe('function');
  });

  it('cover every event and every JSON request body, of both sides', () => {
    expect(Object.keys(schemaRefs).filter((k) => k.startsWith('event:'))).toHaveLength(contract.messages.length);
    expect(Object.keys(schemaRefs).filter((k) => k.startsWith('agent-event:'))).toHaveLength(contract.agent?.messages.length ?? -1);
    for (const [prefix, operations] of [
      ['', contract.operations],
      ['agent-', contract.agent?.operations ?? []],
    ] as const) {
      const withBody = operations.filter((o) => 'application/json' in asObject(asObject(o.op.requestBody).content));
      expect(withBody.filter((o) => !(`${prefix}request:${o.id}` in schemaRefs))).toEqual([]);
    }
    expect(examples.length).toBeGreaterThan(150);
    expect(examples.filter(([key]) => key.startsWith('agent-')).length).toBeGreaterThan(50);
  });

  it.each(examples)('%s accepts example %s', (key, _name, value) => {
    const validate = validator(key);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  // Bodies and events are closed (additionalProperties: false); the campaign contact is free-form.
  const closed = examples.filter(
    ([key, , value]) => key !== 'request:createCampaignContact' && value !== null && typeof value === 'object' && !Array.isArray(value),
  );
  it.each(closed)('%s refuses example %s with an unknown field', (key, _name, value) => {
    expect(validator(key)({ ...(value as object), unknownField: 1 })).toBe(false);
  });
});
