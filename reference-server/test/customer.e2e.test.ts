// The customer's side of the reference server through the real client (a simulated browser with
// two pages), every answer and event checked against the contract.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer({ LIVECHAT_REQUIRE_STAFFED_AGENTS: false });
});
afterEach(async () => {
  await server.close();
  expect(server.violations).toEqual([]);
});

function customer(name = 'Tan Mei Ling') {
  const details = new SessionDetails();
  details.eCustDetails = { eCustName: name, pTopic: 'credit-card' };
  return details;
}

describe('floating chat on the reference server', () => {
  it('starts on page 1, opens on page 2, echoes to both once, ends on both', async () => {
    const browser = new SimulatedBrowser({ baseUrl: server.baseUrl });
    const page1 = browser.newPage();
    const page2 = browser.newPage();
    const seen = { page1: [] as string[], page2: [] as string[] };
    for (const [name, page] of [
      ['page1', page1],
      ['page2', page2],
    ] as const) {
      page.OnOpenFailed = (code) => seen[name].push(`OnOpenFailed ${code}`);
      page.OnOpenSuccess = (session) => seen[name].push(`OnOpenSuccess ${session.trans.length}`);
      page.OnStartSuccess = () => seen[name].push('OnStartSuccess');
      page.OnCallQueued = (position) => seen[name].push(`OnCallQueued ${position}`);
      page.OnEcho = (msg) => seen[name].push(`OnEcho ${msg}`);
      page.OnEnd = (initiator, reason) => seen[name].push(`OnEnd ${initiator} ${reason}`);
    }

    page1.Open();
    await until(() => seen.page1.includes('OnOpenFailed NoSessionFound'));
    page1.Start(customer(), 'History');
    await until(() => seen.page1.includes('OnCallQueued 1'));
    page1.SendMessage('Hello');
    await until(() => seen.page1.includes('OnEcho Hello'));

    page2.Open();
    await until(() => seen.page2.includes('OnOpenSuccess 1'));
    page1.SendMessage('Second');
    await until(() => seen.page2.includes('OnEcho Second') && seen.page1.includes('OnEcho Second'));

    page2.End('customer closed the chat');
    await until(() => seen.page1.some((e) => e.startsWith('OnEnd')) && seen.page2.some((e) => e.startsWith('OnEnd')));
    page1.client.dispose();
    page2.client.dispose();

    expect(seen.page1).toEqual([
      'OnOpenFailed NoSessionFound',
      'OnStartSuccess',
      'OnCallQueued 1',
      'OnEcho Hello',
      'OnEcho Second',
      'OnEnd client customer closed the chat',
    ]);
    expect(seen.page2).toEqual(['OnOpenSuccess 1', 'OnEcho Second', 'OnEnd client customer closed the chat']);
  });
});

describe('limits', () => {
  it('answers RateLimited with Retry-After past messagesPerMinute, and the client gives up cleanly', async () => {
    await server.close();
    server = await startTestServer({ LIVECHAT_REQUIRE_STAFFED_AGENTS: false, LIVECHAT_MESSAGES_PER_MINUTE: 10 });
    const page = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage({ sendAttempts: 1 });
    const { sid } = await page.client.start(customer());
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i++)
      outcomes.push(
        await page.client.sendMessage(`message ${i}`, sid).then(
          () => 'accepted',
          (error: { code: string; retryAfterMs?: number }) => `${error.code} ${error.retryAfterMs !== undefined}`,
        ),
      );
    page.client.dispose();
    expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(10);
    expect(outcomes.slice(10)).toEqual(['RateLimited true', 'RateLimited true']);
  });
});

describe('sessions made without one', () => {
  it('counts GetAccessToken per address, so made-up cookies do not each get a fresh budget', async () => {
    await server.close();
    server = await startTestServer({ LIVECHAT_SESSIONS_PER_MINUTE: 600 });
    const statuses: number[] = [];
    for (let i = 0; i < 605; i++) {
      const response = await fetch(`${server.baseUrl}/tetherfi/livechat/access-token`, {
        method: 'POST',
        headers: { cookie: `LIVECHAT_SESSION=bs_madeup${i}` },
      });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(600);
    expect(statuses.slice(600)).toEqual([429, 429, 429, 429, 429]);
  });
});

describe('one budget for all chat calls', () => {
  it('counts SendMessage and NotifyTypingStateChange against the same messagesPerMinute', async () => {
    await server.close();
    server = await startTestServer({ LIVECHAT_REQUIRE_STAFFED_AGENTS: false, LIVECHAT_MESSAGES_PER_MINUTE: 10 });
    const page = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage({ sendAttempts: 1 });
    const { sid } = await page.client.start(customer());
    const outcomes: string[] = [];
    const outcome = (call: Promise<unknown>) =>
      call.then(
        () => 'accepted',
        (error: { code: string }) => error.code,
      );
    for (let i = 0; i < 6; i++) outcomes.push(await outcome(page.client.sendMessage(`message ${i}`, sid)));
    for (let i = 0; i < 6; i++) outcomes.push(await outcome(page.client.notifyTypingStateChange(1, sid)));
    page.client.dispose();
    expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(10);
    expect(outcomes.slice(10)).toEqual(['RateLimited', 'RateLimited']);
  });
});
