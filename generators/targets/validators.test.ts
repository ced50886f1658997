// The generated validators: every one compiles, accepts the contract's own examples, and refuses
// a frame that breaks its schema; those of path parameters, query strings and headers take strings.
import { describe, expect, it } from 'vitest';
import { createValidators, schemaRefs, type ValidatorKey } from '../../generated/validators.ts';
import { asObject, loadContract, type Parameter } from '../lib/contract.ts';

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

/** Each operation's parameters, by location, from their examples as the strings a URL or headers carry. */
function parameterExamples(): [ValidatorKey, Record<string, string>][] {
  const found: [ValidatorKey, Record<string, string>][] = [];
  const locations = [
    ['path', 'params'],
    ['query', 'query'],
    ['header', 'headers'],
  ] as const;
  for (const { prefix, operations } of sides) {
    for (const { id, parameters } of operations) {
      for (const [location, key] of locations) {
        const these = parameters.filter((p) => p.in === location);
        const name = (p: Parameter) => (location === 'header' ? p.name.toLowerCase() : p.name);
        if (these.length > 0)
          found.push([`${prefix}${key}:${id}` as ValidatorKey, Object.fromEntries(these.map((p) => [name(p), String(p.example)]))]);
      }
    }
  }
  return found;
}

const pageId = 'pg_Vx3Q9sKd0aLmN2rT7yWb4E';
const sid = 'c_7Hq2LxVbN4';
const parameterCases: { what: string; key: ValidatorKey; value: Record<string, unknown>; valid: boolean }[] = [
  { what: 'a chat id', key: 'params:sendMessage', value: { sid }, valid: true },
  { what: 'a sid too short to be a chat id', key: 'params:sendMessage', value: { sid: 'c_7' }, valid: false },
  { what: 'a path parameter the route does not have', key: 'params:sendMessage', value: { sid, other: 'x' }, valid: false },
  { what: 'a stored file name', key: 'params:downloadFile', value: { sid, fileName: 'f_8Kq2_statement.pdf' }, valid: true },
  { what: 'a file name climbing out', key: 'params:downloadFile', value: { sid, fileName: '../secret' }, valid: false },
  { what: 'a page and a position', key: 'query:openEventStream', value: { page: pageId, after: '12' }, valid: true },
  { what: 'no page', key: 'query:openEventStream', value: { after: '12' }, valid: false },
  { what: 'a position that is no number', key: 'query:openEventStream', value: { page: pageId, after: 'abc' }, valid: false },
  { what: 'a negative position', key: 'query:openEventStream', value: { page: pageId, after: '-1' }, valid: false },
  { what: 'a repeated position', key: 'query:openEventStream', value: { page: pageId, after: ['1', '2'] }, valid: false },
  { what: 'a cache buster the contract does not name', key: 'query:openEventStream', value: { page: pageId, _: '1' }, valid: true },
  { what: 'a wait over 5 s', key: 'query:pollEvents', value: { page: pageId, after: '0', waitMs: '6000' }, valid: false },
  { what: 'reset=true', key: 'query:getCaptchaImage', value: { reset: 'true' }, valid: true },
  { what: 'reset=yes', key: 'query:getCaptchaImage', value: { reset: 'yes' }, valid: false },
  { what: 'the page header among others', key: 'headers:sendMessage', value: { 'livechat-page': pageId, host: 'x' }, valid: true },
  { what: 'no page header', key: 'headers:sendMessage', value: { host: 'x' }, valid: false },
  { what: 'a chat id', key: 'agent-params:acceptChat', value: { sid }, valid: true },
  { what: 'a chat id with a slash', key: 'agent-params:acceptChat', value: { sid: 'c_7Hq2/LxVbN4' }, valid: false },
  { what: 'a position', key: 'agent-query:openAgentEventStream', value: { after: '5' }, valid: true },
  { what: 'a position that is no number', key: 'agent-query:openAgentEventStream', value: { after: 'x' }, valid: false },
];

describe('generated validators', () => {
  it.each(Object.keys(schemaRefs))('%s compiles', (key) => {
    expect(typeof validator(key as ValidatorKey)).toBe('function');
  });

  it('cover every event and every JSON request body, of both sides', () => {
    expect(Object.keys(schemaRefs).filter((k) => k.startsWith('event:'))).toHaveLength(contract.messages.length);
    expect(Object.keys(schemaRefs).filter((k) => k.startsWith('agent-event:'))).toHaveLength(contract.agent?.messages.length ?? -1);
    for (const { prefix, operations } of sides) {
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

describe('generated validators of path parameters, query strings and headers', () => {
  it.each(parameterExamples())("%s accepts the parameters' examples as strings", (key, value) => {
    const validate = validator(key);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it('cover every operation with path or query parameters, of both sides', () => {
    const keys = parameterExamples().map(([key]) => key);
    expect(keys.filter((key) => /^(agent-)?(params|query):/.test(key)).length).toBeGreaterThan(40);
    expect(keys.every((key) => key in schemaRefs)).toBe(true);
  });

  it.each(parameterCases)('$key: $what is $valid', ({ key, value, valid }) => {
    expect(validator(key)(structuredClone(value))).toBe(valid);
  });

  it('turn query strings into the numbers their schemas say, in place', () => {
    const query = { page: pageId, after: '12' };
    expect(validator('query:openEventStream')(query)).toBe(true);
    expect(query).toEqual({ page: pageId, after: 12 });
  });

  it('leave bodies strict: a number sent as a string is refused', () => {
    expect(validator('request:notifyTypingStateChange')({ state: '0' })).toBe(false);
    expect(validator('request:notifyTypingStateChange')({ state: 0 })).toBe(true);
  });
});
