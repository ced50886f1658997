// Bad input never crashes the server: every operation it implements, given malformed, oversized
// or unauthenticated requests, answers the documented problem - a code the operation lists, with
// that code's status - and never a 5xx. Every answer is checked against the contract too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../generated/codes.ts';
import { operations } from '../../generated/http/operations.ts';
import { createValidators, schemaRefs, type ValidatorKey } from '../../generated/validators.ts';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
let cookie = '';
let token = '';
const page = 'pg_Vx3Q9sKd0aLmN2rT7yWb4E';
beforeAll(async () => {
  server = await startTestServer({ LIVECHAT_REQUIRE_STAFFED_AGENTS: false });
  const response = await fetch(`${server.baseUrl}/tetherfi/livechat/access-token`, { method: 'POST' });
  cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  token = ((await response.json()) as { token: string }).token;
});
afterAll(async () => {
  await server.close();
  expect(server.violations).toEqual([]);
});

/**
 * `bodyOnly`: meaningful only for operations with a request body (the others ignore one).
 * `refusedBySchema`: meaningful only where the operation's schema refuses the body (CreateCampaignContact takes any object).
 */
type Case = { name: string; headers?: Record<string, string>; body?: string; expected: string[]; bodyOnly?: true; refusedBySchema?: true };
const validators = createValidators();

const json = { 'content-type': 'application/json' };
const cases = (): Case[] => [
  {
    name: 'without the cookie',
    headers: { ...json, 'livechat-page': page, 'livechat-token': token },
    body: '{}',
    expected: ['CookiesDisabled', 'InvalidRequest'],
  },
  {
    name: 'with a stale token',
    headers: { ...json, cookie, 'livechat-page': page, 'livechat-token': 'tk_stale' },
    body: '{}',
    expected: ['AccessTokenInvalid', 'InvalidRequest'],
  },
  { name: 'without the page header', headers: { ...json, cookie, 'livechat-token': token }, body: '{}', expected: ['InvalidRequest'] },
  {
    name: 'with broken JSON',
    headers: { ...json, cookie, 'livechat-page': page, 'livechat-token': token },
    body: '{"msg": ',
    expected: ['InvalidRequest'],
  },
  {
    name: 'with wrong types',
    headers: { ...json, cookie, 'livechat-page': page, 'livechat-token': token },
    body: '{"msg": 42, "details": [], "state": "x", "type": {}, "reason": 7, "contact": false, "unit": null}',
    expected: ['InvalidRequest'],
    bodyOnly: true,
    refusedBySchema: true,
  },
  {
    // A JSON null is a body, not the absence of one (found by the conformance suite's generated requests).
    name: 'with a JSON null body',
    headers: { ...json, cookie, 'livechat-page': page, 'livechat-token': token },
    body: 'null',
    expected: ['InvalidRequest'],
    bodyOnly: true,
  },
  {
    name: 'with a huge string',
    headers: { ...json, cookie, 'livechat-page': page, 'livechat-token': token },
    body: JSON.stringify({ msg: 'x'.repeat(200_000) }),
    expected: ['InvalidRequest', 'PayloadTooLarge'],
    bodyOnly: true,
  },
  {
    name: 'with a body over the limit',
    headers: { ...json, cookie, 'livechat-page': page, 'livechat-token': token },
    body: JSON.stringify({ msg: 'x'.repeat(2_000_000) }),
    expected: ['PayloadTooLarge', 'InvalidRequest'],
  },
];

describe('bad input to every customer operation', () => {
  it('covers the operations the server implements', () => {
    expect(server.customerOperations.length).toBeGreaterThan(10);
  });

  for (const id of Object.keys(operations) as (keyof typeof operations)[]) {
    const operation = operations[id];
    if (operation.method !== 'POST' || id === 'getAccessToken') continue;
    for (const [index, { name, bodyOnly, refusedBySchema, body }] of cases().entries()) {
      if (bodyOnly && !(`request:${id}` in schemaRefs)) continue;
      if (refusedBySchema && validators(`request:${id}` as ValidatorKey)(JSON.parse(body ?? '{}'))) continue;
      it(`${id} ${name}`, async (context) => {
        if (!server.customerOperations.includes(id)) context.skip();
        // Built now, not when the tests are collected: the cookie and the token exist from beforeAll on.
        const testCase = cases()[index] as Case;
        const path = operation.path.replace('{sid}', 'c_nosuchchat0001').replace('{fileName}', 'f_x.pdf');
        const response = await fetch(`${server.baseUrl}${path}`, {
          method: 'POST',
          headers: testCase.headers ?? {},
          body: testCase.body ?? null,
        });
        const problem = (await response.json()) as { code: keyof typeof errorCodes; status: number };
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect(testCase.expected).toContain(problem.code);
        expect(response.status).toBe(errorCodes[problem.code].status);
        expect(problem.status).toBe(response.status);
      });
    }
  }
});
