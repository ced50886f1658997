// The built-in agent driver on the reference server: the agent SDK's calls with the cookie from
// each login's own jar and the token where the contract asks for it, answers typed by the
// contract (problems with an ErrorCode), events from the stream, and the --agent-credential.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { type ErrorCode, errorCodes } from '../../generated/codes.ts';
import type { ErrorCode as SdkErrorCode, Session } from '../../generated/sdk/agent/types.gen.ts';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from '../../reference-server/test/harness.ts';
import type { AgentProblem, AgentResult, AgentSession } from './driver.ts';
import { createAgentDriver } from './http-driver.ts';

let server: TestServer;
const sessions: AgentSession[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const session of sessions) await session.close();
  await server?.close();
});

const driver = (credential = TEST_AGENT_PASSWORD) => createAgentDriver({ baseUrl: server.baseUrl, fetch: globalThis.fetch, credential });

async function login(agentId: string, name: string): Promise<AgentSession> {
  const session = await driver().login(agentId, name);
  sessions.push(session);
  return session;
}

describe('the HTTP agent driver', () => {
  it('types answers by the contract: results by the SDK, problems with the ErrorCode of generated/codes.ts', () => {
    expectTypeOf<AgentResult<'acceptChat'>>().toEqualTypeOf<Session>();
    expectTypeOf<AgentResult<'agentReady'>>().toEqualTypeOf<undefined>();
    expectTypeOf<AgentProblem['code']>().toEqualTypeOf<ErrorCode>();
    // The SDK's own ErrorCode is the same union, written from the same schema.
    expectTypeOf<SdkErrorCode>().toEqualTypeOf<ErrorCode>();
  });

  it('logs in and calls with the cookie and the token: a GET, and POSTs that need the token', async () => {
    const alice = await login('driver-alice', 'Alice');
    const queue = await alice.call('getAgentQueue');
    expect(queue.status).toBe(200);
    const ready = await alice.call('agentReady', { body: { ready: true } });
    expect(ready).toEqual({ status: 204, body: undefined });
    const notReady = await alice.call('agentReady', { body: { ready: false } });
    expect(notReady.status).toBe(204);
  });

  it('answers a refusal as the problem the server sent, its code one of the contract', async () => {
    const alice = await login('driver-alice-2', 'Alice');
    const refused = await alice.call('acceptChat', { path: { sid: 'c_nosuchchat0' } });
    const problem = refused.body as AgentProblem;
    expect(problem.code in errorCodes, `code ${problem.code}`).toBe(true);
    expect(refused.status).toBe(errorCodes[problem.code].status);
    expect(problem.type).toBe(`urn:livechat:error:${problem.code}`);
  });

  it('keeps each login in a jar of its own: a later login of the same agent ends the earlier session only', async () => {
    const first = await login('driver-carol', 'Carol');
    const second = await login('driver-carol', 'Carol');
    expect((await second.call('getAgentQueue')).status).toBe(200);
    const stale = await first.call('getAgentQueue');
    expect({ status: stale.status, code: (stale.body as AgentProblem | undefined)?.code }).toEqual({
      status: 400,
      code: 'CookiesDisabled',
    });
  });

  it('delivers the agent stream: a ready agent hears of a customer chat (ChatQueued)', async () => {
    const dave = await login('driver-dave', 'Dave');
    expect((await dave.call('agentReady', { body: { ready: true } })).status).toBe(204);
    const browser = new SimulatedBrowser({ baseUrl: server.baseUrl });
    const page = browser.newPage();
    try {
      const details = new SessionDetails();
      details.eCustDetails = { eCustName: 'Tan Mei Ling', pTopic: 'driver' };
      const { sid } = await page.client.start(details);
      const queued = await dave.waitFor((e) => e.event === 'ChatQueued' && e.sid === sid);
      expect(queued.sid).toBe(sid);
      const accepted = await dave.call('acceptChat', { path: { sid } });
      expect(accepted.status).toBe(200);
      expect((accepted.body as Session).sid).toBe(sid);
    } finally {
      await dave.call('agentReady', { body: { ready: false } });
      browser.close();
    }
  });

  it('hands the fetch it is given a URL and an init with the body as text, as the suite records them', async () => {
    const seen: { input: string; body: unknown }[] = [];
    const recording: typeof fetch = (input, init) => {
      seen.push({ input: input instanceof Request ? 'a Request' : String(input), body: init?.body });
      return globalThis.fetch(input, init);
    };
    const frank = await createAgentDriver({ baseUrl: server.baseUrl, fetch: recording, credential: TEST_AGENT_PASSWORD }).login(
      'driver-frank',
      'Frank',
    );
    sessions.push(frank);
    await frank.call('agentReady', { body: { ready: false } });
    expect(seen.map((s) => s.input.replace(server.baseUrl, ''))).toEqual([
      '/tetherfi/agent/login',
      '/tetherfi/agent/events?after=0',
      '/tetherfi/agent/ready',
    ]);
    expect(JSON.parse(String(seen[0]?.body))).toEqual({ agentId: 'driver-frank', name: 'Frank', password: TEST_AGENT_PASSWORD });
    expect(seen[2]?.body).toBe('{"ready":false}');
  });

  it('logs in with the run credential only: a wrong one, or none, is refused with the server problem', async () => {
    await expect(driver('not-the-password').login('driver-eve', 'Eve')).rejects.toThrow(/AgentLogin answered 403: .*AccessTokenInvalid/);
    const withoutCredential = createAgentDriver({ baseUrl: server.baseUrl, fetch: globalThis.fetch });
    await expect(withoutCredential.login('driver-eve', 'Eve')).rejects.toThrow(/AgentLogin answered 4\d\d/);
  });
});
