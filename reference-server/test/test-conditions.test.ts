// SetTestConditions: offered only with LIVECHAT_TEST_CONDITIONS, only to a logged-in agent with
// its token, and each condition changes what the document's rules give until it is reset.
import { afterEach, describe, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import type { Config } from '../config.ts';
import { loginAgent } from './agent-client.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(overrides: Partial<Config> = {}) {
  server = await startTestServer({ LIVECHAT_TEST_CONDITIONS: true, ...overrides });
  return server;
}

async function setConditions(baseUrl: string, body: unknown, auth: { cookie?: string; token?: string }) {
  const response = await fetch(`${baseUrl}/tetherfi/agent/test/conditions`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      ...(auth.cookie !== undefined ? { cookie: auth.cookie } : {}),
      ...(auth.token !== undefined ? { 'livechat-agent-token': auth.token } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A customer page that starts a chat with a callback asked for, and what it was told. */
async function startChat(baseUrl: string) {
  const browser = new SimulatedBrowser({ baseUrl });
  const page = browser.newPage();
  const seen: string[] = [];
  page.OnCallQueued = () => seen.push('OnCallQueued');
  page.OnSystemNotification = (reason: string) => seen.push(`OnSystemNotification:${reason}`);
  page.OnStartFailed = (code: string) => seen.push(`OnStartFailed:${code}`);
  const details = new SessionDetails();
  details.eCustDetails = { eCustName: 'Tan Mei Ling' };
  details.enable_autocb = true;
  page.Start(details);
  await until(() => seen.length > 0);
  await browser.close();
  return seen;
}

/** GetAccessToken, the captcha image and a Start with `entered`, by raw HTTP with the browser session's cookie. */
async function captchaBrowser(baseUrl: string) {
  const answer = await fetch(`${baseUrl}/tetherfi/livechat/access-token`, { method: 'POST' });
  const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { token, captchaRequired } = (await answer.json()) as { token: string; captchaRequired: boolean };
  return {
    captchaRequired,
    image: () => fetch(`${baseUrl}/tetherfi/livechat/captcha?reset=true&t=1`, { headers: { cookie } }),
    start: async (eEnteredCaptcha: string) => {
      const response = await fetch(`${baseUrl}/tetherfi/livechat/chats`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'livechat-token': token, 'livechat-page': 'pg_testconditionsxxxxxxxxxx' },
        body: JSON.stringify({ clientId: 'ci_captcha', details: { eCustDetails: { eCustName: 'Tan Mei Ling' }, eEnteredCaptcha } }),
      });
      const body = (await response.json()) as { code?: string };
      return `${response.status} ${body.code ?? 'started'}`;
    },
  };
}

describe('SetTestConditions', () => {
  it('is NotFound on a deployment that does not offer it, and never changes anything there', async () => {
    server = await startTestServer();
    const agent = await loginAgent(server.baseUrl, 'agent-1', 'Alice');
    const answer = await setConditions(server.baseUrl, { staffed: false }, agent);
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NotFound');
    expect(await startChat(server.baseUrl)).toEqual(['OnCallQueued']);
    agent.close();
  });

  it('is refused on a server that listens beyond loopback', async () => {
    await expect(startTestServer({ LIVECHAT_TEST_CONDITIONS: true, HOST: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('takes the agent session and its token: CookiesDisabled without one, AccessTokenInvalid without the other', async () => {
    const { baseUrl } = await start();
    const agent = await loginAgent(baseUrl, 'agent-1', 'Alice');
    expect((await setConditions(baseUrl, {}, {})).body.code).toBe('CookiesDisabled');
    expect((await setConditions(baseUrl, {}, { cookie: agent.cookie })).body.code).toBe('AccessTokenInvalid');
    expect((await setConditions(baseUrl, {}, agent)).status).toBe(200);
    agent.close();
  });

  it('refuses what the contract does not allow with InvalidRequest', async () => {
    const { baseUrl } = await start();
    const agent = await loginAgent(baseUrl, 'agent-1', 'Alice');
    for (const body of [{ captchaText: 'K7X2P' }, { queueLimit: -1 }, { routingFailure: 'NoStaffedAgents' }, { other: 1 }]) {
      const answer = await setConditions(baseUrl, body, agent);
      expect([answer.status, answer.body.code]).toEqual([400, 'InvalidRequest']);
    }
    agent.close();
  });

  it('refuses new chats as each condition says, and takes them again once reset', async () => {
    const { baseUrl } = await start();
    const agent = await loginAgent(baseUrl, 'agent-1', 'Alice');
    expect((await agent.call('/ready', { ready: true })).status).toBe(204);
    const cases: [object, string][] = [
      [{ staffed: false }, 'OnSystemNotification:NoStaffedAgents'],
      [{ routingFailure: 'ErrorAgentDetails' }, 'OnSystemNotification:ErrorAgentDetails'],
      [{ queueLimit: 0 }, 'OnSystemNotification:QueueIsTooBig'],
    ];
    for (const [conditions, told] of cases) {
      expect((await setConditions(baseUrl, conditions, agent)).body).toEqual(conditions);
      expect(await startChat(baseUrl)).toEqual([told]);
    }
    expect((await setConditions(baseUrl, {}, agent)).body).toEqual({});
    expect(await startChat(baseUrl)).toEqual(['OnCallQueued']);
    agent.close();
  });

  it('times a queued chat out after queueTimeoutMs', async () => {
    const { baseUrl } = await start();
    const agent = await loginAgent(baseUrl, 'agent-1', 'Alice');
    await setConditions(baseUrl, { queueTimeoutMs: 300 }, agent);
    const browser = new SimulatedBrowser({ baseUrl });
    const page = browser.newPage();
    const seen: string[] = [];
    page.OnCallQueued = () => seen.push('OnCallQueued');
    page.OnSystemNotification = (reason: string) => seen.push(`OnSystemNotification:${reason}`);
    page.Start(Object.assign(new SessionDetails(), { eCustDetails: { eCustName: 'Tan Mei Ling' }, enable_autocb: true }));
    await until(() => seen.length > 1);
    expect(seen).toEqual(['OnCallQueued', 'OnSystemNotification:TimedOutInQueue']);
    await browser.close();
    agent.close();
  });

  it('requires a captcha whose images show captchaText, and only while it is in force', async () => {
    const { baseUrl } = await start();
    const agent = await loginAgent(baseUrl, 'agent-1', 'Alice');
    expect((await captchaBrowser(baseUrl)).captchaRequired).toBe(false);
    await setConditions(baseUrl, { captchaText: 'K7XP4' }, agent);
    const customer = await captchaBrowser(baseUrl);
    expect(customer.captchaRequired).toBe(true);
    expect(await customer.start('')).toBe('422 CaptchaIsEmpty');
    expect((await customer.image()).status).toBe(200);
    expect(await customer.start('k7xp4')).toBe('201 started');
    await setConditions(baseUrl, {}, agent);
    const after = await captchaBrowser(baseUrl);
    expect(after.captchaRequired).toBe(false);
    expect(await after.start('')).toBe('201 started');
    agent.close();
  });
});
