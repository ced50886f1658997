// The document's surface end to end in Node: two pages of one simulated browser against a server
// on 127.0.0.1 - floating chat, OnEcho on every page exactly once, OnCallQueued only where the
// chat started, multi-chat parameters - with every request held to the contract.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionDetails } from '../src/classes.ts';
import { SimulatedBrowser } from '../src/node/browser.ts';
import { startScriptedServer } from './scripted-server.ts';

let server: Awaited<ReturnType<typeof startScriptedServer>>;
beforeEach(async () => {
  server = await startScriptedServer();
});
afterEach(async () => {
  await server.stop();
  expect(server.problems).toEqual([]);
});

const until = async (check: () => boolean, ms = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

function customer() {
  const details = new SessionDetails();
  details.eCustDetails = { eCustName: 'Tan Mei Ling', pTopic: 'credit-card' };
  return details;
}

describe('livechat in two pages of one browser', () => {
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

    // Page 1: the document's floating-chat sequence - Open first, Start on NoSessionFound.
    page1.Open();
    await until(() => seen.page1.includes('OnOpenFailed NoSessionFound'));
    page1.Start(customer(), 'History');
    await until(() => seen.page1.includes('OnCallQueued 2'));
    page1.SendMessage('Hello');
    await until(() => seen.page1.includes('OnEcho Hello'));

    // Page 2 joins with the transcript, then sees the next message too.
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
      'OnCallQueued 2',
      'OnEcho Hello',
      'OnEcho Second',
      'OnEnd client customer closed the chat',
    ]);
    expect(seen.page2).toEqual(['OnOpenSuccess 1', 'OnEcho Second', 'OnEnd client customer closed the chat']);
  });

  it('shares the cookie between the pages of a browser, not between browsers', async () => {
    const first = new SimulatedBrowser({ baseUrl: server.baseUrl });
    const second = new SimulatedBrowser({ baseUrl: server.baseUrl });
    await first.newPage().client.start(customer(), 'History');
    await expect(first.newPage().client.open()).resolves.toHaveLength(1);
    await expect(second.newPage().client.open()).rejects.toMatchObject({ code: 'NoSessionFound' });
  });

  it('refuses a call from a page that took no part in the chat, as the document says', async () => {
    const browser = new SimulatedBrowser({ baseUrl: server.baseUrl });
    const page1 = browser.newPage();
    const { sid } = await page1.client.start(customer());
    const stranger = browser.newPage();
    await expect(stranger.client.sendMessage('hi', sid)).rejects.toMatchObject({ code: 'UnOpenedSessionNotAllowed' });
    page1.client.dispose();
  });
});

describe('sending', () => {
  it('retries a send refused as retryable with the same clientMessageId, and the message shows once', async () => {
    const page = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage();
    const echoes: string[] = [];
    page.OnEcho = (msg) => echoes.push(msg);
    await page.client.start(customer());
    server.failOnce.add('POST /chats/{sid}/messages');
    await page.client.sendMessage('Hello once');
    await until(() => echoes.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    page.client.dispose();
    const sends = server.received.filter((r) => r.route === 'POST /chats/{sid}/messages').map((r) => r.body as { clientMessageId: string });
    expect(sends).toHaveLength(2);
    expect(sends[0]?.clientMessageId).toBe(sends[1]?.clientMessageId);
    expect(echoes).toEqual(['Hello once']);
  });
});

describe('losing the server', () => {
  it("says offline after the silence, online when contact is back, and ends a chat that ended meanwhile with OnEnd('lib')", async () => {
    const page = new SimulatedBrowser({ baseUrl: server.baseUrl, offlineAfterMs: 300 }).newPage();
    const seen: string[] = [];
    page.OnServerStateChanged = (state) => seen.push(`OnServerStateChanged ${state}`);
    page.OnEcho = (msg) => seen.push(`OnEcho ${msg}`);
    page.OnEnd = (initiator, reason) => seen.push(`OnEnd ${initiator} ${reason}`);
    const { sid } = await page.client.start(customer());
    await page.client.sendMessage('Before');
    await until(() => seen.includes('OnEcho Before'));

    server.goSilent();
    await until(() => seen.includes('OnServerStateChanged offline'));
    // While the page hears nothing the agent ends the chat, and the server forgets the events.
    server.endChat(sid);
    server.forgetEvents();
    server.comeBack();
    await until(() => seen.some((e) => e.startsWith('OnEnd')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    page.client.dispose();

    expect(seen).toEqual([
      'OnEcho Before',
      'OnServerStateChanged offline',
      'OnServerStateChanged online',
      'OnEnd lib SessionLostWhileOffline',
    ]);
    expect(page.client.sids).toEqual([]);
  });

  it('delivers what was said while the page was offline, once, when the server kept it', async () => {
    const page = new SimulatedBrowser({ baseUrl: server.baseUrl, offlineAfterMs: 300 }).newPage();
    const seen: string[] = [];
    page.OnServerStateChanged = (state) => seen.push(`OnServerStateChanged ${state}`);
    page.OnEcho = (msg) => seen.push(`OnEcho ${msg}`);
    page.OnEnd = (initiator, reason) => seen.push(`OnEnd ${initiator} ${reason}`);
    const { sid } = await page.client.start(customer());
    server.goSilent();
    await page.client.sendMessage('While silent');
    await until(() => seen.includes('OnServerStateChanged offline'));
    server.endChat(sid);
    server.comeBack();
    await until(() => seen.some((e) => e.startsWith('OnEnd')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    page.client.dispose();

    expect(seen).toEqual(['OnServerStateChanged offline', 'OnServerStateChanged online', 'OnEcho While silent', 'OnEnd server undefined']);
  });
});

describe('multilivechat', () => {
  it("keeps a new chat's first events for its Start's answer when the stream outruns it", async () => {
    const page = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage({ variant: 'multi' });
    const seen: unknown[][] = [];
    page.OnStartSuccess = (clientId) => seen.push(['OnStartSuccess', clientId]);
    page.OnCallQueued = (position, Sid) => seen.push(['OnCallQueued', position, typeof Sid]);
    page.OnOpenSuccess = (sessions) => seen.push(['OnOpenSuccess', sessions.length]);
    await page.client.start(customer(), 'History', 'support-1');
    await until(() => seen.length === 2);
    server.timing.startAnswerDelayMs = 150;
    await page.client.start(customer(), 'History', 'sales-1');
    await until(() => seen.length >= 4);
    await new Promise((resolve) => setTimeout(resolve, 100));
    page.client.dispose();
    expect(seen).toEqual([
      ['OnStartSuccess', 'support-1'],
      ['OnCallQueued', 2, 'string'],
      ['OnStartSuccess', 'sales-1'],
      ['OnCallQueued', 2, 'string'],
    ]);
  });

  it('raises OnInternalServerError with the Sid of the chat the refused call was for', async () => {
    const browser = new SimulatedBrowser({ baseUrl: server.baseUrl });
    const starter = browser.newPage({ variant: 'multi' });
    const { sid } = await starter.client.start(customer(), 'History', 'support-1');
    const stranger = browser.newPage({ variant: 'multi' });
    const raised: unknown[][] = [];
    stranger.OnInternalServerError = (errorCode, Sid) => raised.push([errorCode, Sid]);
    stranger.SendMessage('hi', sid);
    await until(() => raised.length === 1);
    browser.close();
    expect(raised).toEqual([['UnOpenedSessionNotAllowed', sid]]);
  });

  it('passes Sid and clientId where the document adds them', async () => {
    const page = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage({ variant: 'multi' });
    const seen: unknown[][] = [];
    page.OnStartSuccess = (clientId, Sid) => seen.push(['OnStartSuccess', clientId, Sid]);
    page.OnCallQueued = (position, Sid) => seen.push(['OnCallQueued', position, Sid]);
    page.OnEcho = (msg, Sid) => seen.push(['OnEcho', msg, Sid]);
    page.Start(customer(), 'History', 'support-1');
    await until(() => seen.length === 2);
    const sid = seen[0]?.[2] as string;
    page.SendMessage('Hello', sid);
    await until(() => seen.length === 3);
    page.client.dispose();
    expect(seen).toEqual([
      ['OnStartSuccess', 'support-1', sid],
      ['OnCallQueued', 2, sid],
      ['OnEcho', 'Hello', sid],
    ]);
  });
});
