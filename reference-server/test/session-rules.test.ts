// The document's rules for Start, Open, Close and End, one by one, through the real client, with
// every answer and event checked against the contract.
import { afterEach, describe, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import type { Config } from '../config.ts';
import { loginAgent } from './agent-client.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

let server: TestServer | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await server?.close();
  expect(server?.violations).toEqual([]);
  server = undefined;
});

async function start(overrides: Partial<Config> = {}) {
  server = await startTestServer({ LIVECHAT_REQUIRE_STAFFED_AGENTS: false, ...overrides });
  return server;
}
function browserOf(s: TestServer) {
  const browser = new SimulatedBrowser({ baseUrl: s.baseUrl });
  const newPage = () => {
    const page = browser.newPage();
    cleanups.push(() => page.client.dispose());
    return page;
  };
  const newMultiPage = () => {
    const page = browser.newPage({ variant: 'multi' });
    cleanups.push(() => page.client.dispose());
    return page;
  };
  return { browser, newPage, newMultiPage };
}
function details(name = 'Tan Mei Ling', autoCallback = false) {
  const d = new SessionDetails();
  d.eCustDetails = { eCustName: name, pTopic: 'credit-card' };
  d.enable_autocb = autoCallback;
  return d;
}
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: { code: string }) => error.code,
  );

describe('Start and Open', () => {
  it('refuses a second Start from the page in the chat (AlreadyStartedAndInSession) and from a page that never opened it (UnOpenedSessionPerformedStart)', async () => {
    const { newPage } = browserOf(await start());
    const first = newPage();
    await first.client.start(details());
    expect(await codeOf(first.client.start(details()))).toBe('AlreadyStartedAndInSession');
    expect(await codeOf(newPage().client.start(details()))).toBe('UnOpenedSessionPerformedStart');
    const opened = newPage();
    await opened.client.open();
    expect(await codeOf(opened.client.start(details()))).toBe('AlreadyStartedAndInSession');
  });

  it('answers a retried Start (same page, same clientId) with the first result', async () => {
    const s = await start();
    const { browser } = browserOf(s);
    const page = browser.newPage();
    const token = await page.client.getAccessToken();
    const post = () =>
      browser.fetch(`${s.baseUrl}/tetherfi/livechat/chats`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'livechat-token': token, 'livechat-page': page.client.pageId },
        body: JSON.stringify({ details: { eCustDetails: { eCustName: 'Tan' } }, clientId: 'support-1' }),
      });
    const first = await post();
    const retry = await post();
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(await retry.json()).toEqual(await first.json());
  });

  it('makes the clientId of a Start that gives none (found by the conformance suite’s generated requests)', async () => {
    const s = await start();
    const { browser } = browserOf(s);
    const page = browser.newPage();
    const token = await page.client.getAccessToken();
    const answer = await browser.fetch(`${s.baseUrl}/tetherfi/livechat/chats`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'livechat-token': token, 'livechat-page': page.client.pageId },
      body: JSON.stringify({ details: { eCustDetails: { eCustName: 'Tan' } } }),
    });
    expect(answer.status).toBe(201);
    expect((await answer.json()) as { clientId: string }).toMatchObject({ clientId: expect.stringMatching(/^ci_[\w-]{22}$/) });
  });

  it('says AlreadyEndedSession to Open after the chat ended, and NoSessionFound to a browser without one', async () => {
    const { newPage } = browserOf(await start());
    const page = newPage();
    await page.client.start(details());
    await page.client.end('done');
    expect(await codeOf(newPage().client.open())).toBe('AlreadyEndedSession');
    expect(
      await codeOf(
        browserOf(server as TestServer)
          .newPage()
          .client.open(),
      ),
    ).toBe('NoSessionFound');
  });

  it('refuses calls on a chat from a page that takes no part in it (UnOpenedSessionNotAllowed), and after its end (AlreadyEndedSession)', async () => {
    const { newPage } = browserOf(await start());
    const page = newPage();
    const { sid } = await page.client.start(details());
    expect(await codeOf(newPage().client.sendMessage('hi', sid))).toBe('UnOpenedSessionNotAllowed');
    await page.client.end();
    expect(await codeOf(page.client.sendMessage('late', sid))).toBe('AlreadyEndedSession');
  });

  it('refuses Start past the deployment capacity (MaxConcurrentSessionCountReached)', async () => {
    const s = await start({ LIVECHAT_MAX_SESSIONS: 1 });
    await browserOf(s).newPage().client.start(details());
    expect(await codeOf(browserOf(s).newPage().client.start(details('Second')))).toBe('MaxConcurrentSessionCountReached');
  });
});

describe('the session-end timer', () => {
  it('ends a chat no page takes part in after closeTimerMs (5 s, the floor) with OnEnd(server), and an Open in time keeps it', async () => {
    const s = await start({ LIVECHAT_CLOSE_TIMER_MS: 5000 });
    // Two browsers at once, so the test waits for one timer only.
    const kept = browserOf(s);
    const keptPage = kept.newPage();
    const { sid: keptSid } = await keptPage.client.start(details('Kept'));
    const left = browserOf(s).newPage();
    const { sid: leftSid } = await left.client.start(details('Left'));
    await keptPage.client.close();
    await left.client.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = kept.newPage();
    const ends: string[] = [];
    next.OnEnd = (initiator) => ends.push(initiator);
    await next.client.open();
    await until(() => false, 5600).catch(() => undefined);
    expect((await s.store.getChat(leftSid))?.state).toBe('ended');
    expect((await s.store.getChat(keptSid))?.state).not.toBe('ended');
    expect(ends).toEqual([]);
  }, 15_000);
});

describe('routing', () => {
  it('ends a chat with QueueIsTooBig past the queue limit and TimedOutInQueue after the wait, each with OnSystemNotification', async () => {
    const s = await start({ LIVECHAT_MAX_QUEUE: 1, LIVECHAT_QUEUE_TIMEOUT_MS: 1000 });
    const reasons: string[] = [];
    for (const name of ['First', 'Second']) {
      const page = browserOf(s).newPage();
      page.OnSystemNotification = (reason) => reasons.push(`${name} ${reason}`);
      await page.client.start(details(name, true));
    }
    await until(() => reasons.length === 2, 5000);
    expect(reasons.sort()).toEqual(['First TimedOutInQueue', 'Second QueueIsTooBig']);
  });

  it('runs a conference: a second CSO joins, leaves with OnConferenceUserLeft, and history reaches every page', async () => {
    const s = await start({ LIVECHAT_REQUIRE_STAFFED_AGENTS: true });
    const alice = await loginAgent(s.baseUrl, 'agent-7', 'Alice');
    const bob = await loginAgent(s.baseUrl, 'agent-9', 'Bob');
    cleanups.push(alice.close, bob.close);
    await alice.call('/ready', { ready: true });
    const page = browserOf(s).newPage();
    const seen: string[] = [];
    page.OnRemoteUserConnected = (name) => seen.push(`connected ${name}`);
    page.OnConferenceUserLeft = (agent, msg) => seen.push(`left ${agent}: ${msg}`);
    page.OnHistoryReceived = (history) => seen.push(`history ${history.length}`);
    page.OnCallbackRequestStatus = (isCustomerReq, status) => seen.push(`callback ${isCustomerReq} ${status}`);
    const { sid } = await page.client.start(details());
    await until(() => alice.events.some((e) => e.event === 'ChatQueued'));
    await alice.call(`/chats/${sid}/accept`);
    expect((await alice.call(`/chats/${sid}/conference`, { agentId: 'agent-9' })).status).toBe(202);
    await until(() => bob.events.some((e) => e.event === 'ChatOffered'));
    await bob.call(`/chats/${sid}/accept`);
    expect(
      (
        await alice.call(`/chats/${sid}/history`, {
          history: [{ type: 'msg', by: 'c', msg: 'Card%20declined', time: '2026-11-18T09:00:00.000Z' }],
        })
      ).status,
    ).toBe(202);
    expect((await bob.call(`/chats/${sid}/conference/leave`, { msg: 'Bob has left the chat' })).status).toBe(204);
    expect((await alice.call(`/chats/${sid}/callback`, { contact: '+65 9123 4567' })).status).toBe(202);
    await page.client.requestCallback('+65 9123 4567');
    await until(() => seen.length === 6);
    expect(seen).toEqual([
      'connected Alice',
      'connected Bob',
      'history 1',
      'left Bob: Bob has left the chat',
      'callback false true',
      'callback true true',
    ]);
    expect(alice.events.map((e) => e.event)).toContain('ConferenceAgentLeft');
    expect(alice.events.map((e) => e.event)).toContain('CallbackRequested');
  });
});

describe('multilivechat', () => {
  it('holds one chat per clientId, joins the pages in a chat to a new one (ChatStarted), and limits the count', async () => {
    const s = await start({ LIVECHAT_MAX_CHATS_PER_BROWSER: 2 });
    const { newMultiPage } = browserOf(s);
    const page1 = newMultiPage();
    const page2 = newMultiPage();
    const opened: string[][] = [];
    page2.OnOpenSuccess = (sessions) => opened.push(sessions.map((session) => session.clientId));
    const first = await page1.client.start(details(), undefined, 'support-1');
    expect(first.limits.maxConcurrentChats).toBe(2);
    await page2.client.open();
    await page1.client.start(details(), undefined, 'sales-1');
    await until(() => opened.length === 2);
    expect(opened).toEqual([['support-1'], ['sales-1']]);
    expect(page2.client.sids).toHaveLength(2);
    expect(await codeOf(page1.client.start(details(), undefined, 'third-1'))).toBe('MaxConcurrentSessionCountReached');
    expect(await codeOf(page1.client.start(details(), undefined, 'support-1'))).toBe('accepted');
  });
});

describe('the status check and the stream', () => {
  it('says ONLINE, then OFFLINE (draining)', async () => {
    const s = await start();
    const status = async () => (await fetch(`${s.baseUrl}/tetherfi/livechat/status`)).text();
    expect(await status()).toBe('ONLINE');
    s.drain();
    expect(await status()).toBe('OFFLINE (draining)');
  });

  it('fills silences with heartbeats carrying the latest seq', async () => {
    const s = await start({ LIVECHAT_HEARTBEAT_MS: 500 });
    const { browser, newPage } = browserOf(s);
    const page = newPage();
    await page.client.start(details());
    const response = await browser.fetch(`${s.baseUrl}/tetherfi/livechat/events?page=${page.client.pageId}&after=0`);
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const started = Date.now();
    while (!text.includes('event: Heartbeat') && Date.now() - started < 3000) text += (await reader?.read())?.value ?? '';
    await reader?.cancel();
    expect(text).toMatch(/^retry: 2000\n\n/);
    expect(text).toMatch(/event: Heartbeat\ndata: \{"event":"Heartbeat","time":"[^"]+","latestSeq":1\}/);
  });
});
