// The input boundary: text that is not well-formed Unicode, JSON nested past any sane depth, and
// requests the HTTP parser refuses (headers too large, a path too long) all get a typed problem -
// never a 500 - and nothing reaches a stream before the refusal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { errorCodes } from '../../generated/codes.ts';
import { type AgentEvent, loginAgent } from './agent-client.ts';
import { customerPage } from './customer-http.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

let server: TestServer;
let alice: Awaited<ReturnType<typeof loginAgent>>;
let caller: Awaited<ReturnType<typeof customerPage>>;
let sid = '';
beforeAll(async () => {
  server = await startTestServer();
  alice = await loginAgent(server.baseUrl, 'agent-7', 'Alice');
  await alice.call('/ready', { ready: true });
  caller = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
  const details = new SessionDetails();
  details.eCustDetails = { eCustName: 'Tan Mei Ling' };
  ({ sid } = await caller.client.start(details));
  await until(() => alice.events.some((e) => e.event === 'ChatQueued'));
  await alice.call(`/chats/${sid}/accept`);
});
afterAll(async () => {
  caller.client.dispose();
  alice.close();
  await server.close();
  expect(server.violations).toEqual([]);
});

const LONE = 'card \ud83d ok?';
type Problem = { code: keyof typeof errorCodes; status: number; retryable: boolean; instance?: string };

async function expectProblem(response: Response, codes: (keyof typeof errorCodes)[]) {
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const problem = (await response.json()) as Problem;
  expect(codes).toContain(problem.code);
  expect(response.status).toBe(errorCodes[problem.code].status);
  expect(problem.status).toBe(response.status);
  return problem;
}
const customerRaw = (path: string, body: string) =>
  caller.browser.fetch(`${server.baseUrl}/tetherfi/livechat${path}`, {
    method: 'POST',
    headers: { ...caller.headers, 'content-type': 'application/json' },
    body,
  });
const agentRaw = (path: string, body: string) =>
  fetch(`${server.baseUrl}/tetherfi/agent${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: alice.cookie, 'livechat-agent-token': alice.token },
    body,
  });
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('text that is not well-formed Unicode', () => {
  it('SendMessage with a lone surrogate: InvalidRequest, no OnEcho, nothing stored', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const problem = await expectProblem(
        await customerRaw(`/chats/${sid}/messages`, JSON.stringify({ msg: LONE, clientMessageId: 'm_lonesurrogate01' })),
        ['InvalidRequest'],
      );
      expect(problem.retryable).toBe(false);
    }
    await settle();
    const events = await caller.events();
    expect(events.filter((e) => e.event === 'OnEcho')).toEqual([]);
    expect(alice.events.filter((e) => e.event === 'CustomerMessage')).toEqual([]);
    const retried = await caller.call(`/chats/${sid}/messages`, { msg: 'card ok?', clientMessageId: 'm_lonesurrogate01' });
    expect(retried.status).toBe(201);
  });

  it('in a key, in a nested value, in the query: InvalidRequest', async () => {
    await expectProblem(
      await customerRaw(
        `/chats/${sid}/app-messages`,
        JSON.stringify({ type: 'x', obj: { [LONE]: 1 }, clientMessageId: 'm_lonekey00000001' }),
      ),
      ['InvalidRequest'],
    );
    await expectProblem(
      await customerRaw(
        `/chats/${sid}/app-messages`,
        JSON.stringify({ type: 'x', obj: { a: [[LONE]] }, clientMessageId: 'm_lonenested0001' }),
      ),
      ['InvalidRequest'],
    );
    const poll = await caller.browser.fetch(
      `${server.baseUrl}/tetherfi/livechat/events/poll?page=${caller.client.pageId}&after=0&x=%ED%A0%BD`,
    );
    expect(poll.status).toBeLessThan(500);
  });

  it('every agent text field with a lone surrogate: InvalidRequest, nothing reaches the customer', async () => {
    const before = (await caller.events()).length;
    const calls: [string, unknown][] = [
      [`/chats/${sid}/messages`, { msg: LONE, clientMessageId: 'm_agentlone00001' }],
      [`/chats/${sid}/app-messages`, { type: 'x', msg: LONE }],
      [`/chats/${sid}/callback`, { contact: LONE }],
      [`/chats/${sid}/conference/leave`, { msg: LONE }],
      [`/chats/${sid}/end`, { reason: LONE }],
    ];
    for (const [path, body] of calls) {
      const response = await agentRaw(path, JSON.stringify(body));
      await expectProblem(response, ['InvalidRequest']);
    }
    const login = await fetch(`${server.baseUrl}/tetherfi/agent/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ agentId: 'agent-8', name: LONE }),
    });
    await expectProblem(login, ['InvalidRequest']);
    await settle();
    expect((await caller.events()).length).toBe(before);
  });
});

describe('JSON nested past any sane depth', () => {
  it('an app message 30,000 levels deep: InvalidRequest or PayloadTooLarge, nothing emitted', async () => {
    const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    const body = `{"type":"x","obj":${deep},"clientMessageId":"m_deepobject0001"}`;
    await expectProblem(await customerRaw(`/chats/${sid}/app-messages`, body), ['InvalidRequest', 'PayloadTooLarge']);
    const withKeys = `{"type":"x","obj":${'{"constructor":'.repeat(20_000)}1${'}'.repeat(20_000)},"clientMessageId":"m_deepobject0002"}`;
    await expectProblem(await customerRaw(`/chats/${sid}/app-messages`, withKeys), ['InvalidRequest', 'PayloadTooLarge']);
    await settle();
    expect(alice.events.filter((e: AgentEvent) => e.event === 'CustomerAppMessage')).toEqual([]);
  });

  it('a modestly nested app message still goes through', async () => {
    const obj = JSON.parse(`${'{"a":'.repeat(20)}1${'}'.repeat(20)}`);
    const answer = await caller.call(`/chats/${sid}/app-messages`, { type: 'x', obj, clientMessageId: 'm_nestedobject01' });
    expect(answer.status).toBe(202);
  });
});

describe("the HTTP parser's refusals", () => {
  it('headers too large: a problem, not the framework JSON', async () => {
    const response = await fetch(`${server.baseUrl}/tetherfi/livechat/status`, { headers: { 'x-filler': 'a'.repeat(40_000) } });
    await expectProblem(response, ['PayloadTooLarge', 'InvalidRequest']);
  });

  it('a path parameter too long: a problem that does not echo the URL', async () => {
    const long = `c_${'x'.repeat(3000)}`;
    const response = await customerRaw(`/chats/${long}/messages`, JSON.stringify({ msg: 'hi', clientMessageId: 'm_longpath000001' }));
    const problem = await expectProblem(response, ['InvalidRequest', 'NotFound']);
    expect(JSON.stringify(problem)).not.toContain('x'.repeat(100));
  });

  it('a malformed request line or URL: a problem', async () => {
    const response = await fetch(`${server.baseUrl}/tetherfi/livechat/chats/%E0%A4%A/messages`, { method: 'POST' });
    await expectProblem(response, ['InvalidRequest', 'NotFound']);
  });
});
