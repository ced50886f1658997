// The mock server through the real client (a simulated browser, its pages sharing the cookie jar),
// every answer and event checked against the contract by the conformance suite's observer:
// Prism's answers with the browser session's own ids, the events the contract ties to each call,
// and the scenarios.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { Observer } from '../../conformance/suite/observer.ts';
import { avRoutes } from '../../generated/client/tables.ts';
import { customerPage } from '../../reference-server/test/customer-http.ts';
import { until } from '../../reference-server/test/harness.ts';
import { startMock, type TestMock } from './harness.ts';

let mock: TestMock;
let baseUrl: string;
beforeAll(async () => {
  mock = await startMock();
  baseUrl = mock.baseUrl;
}, 90_000);
afterAll(() => mock?.close());

const details = (autoCallback = false) =>
  Object.assign(new SessionDetails(), { eCustDetails: { eCustName: 'Tan Mei Ling' }, enable_autocb: autoCallback });

/** A browser (with `scenario`) whose every page records its events; the observer checks each frame. */
function browser(scenario?: string) {
  const observer = new Observer();
  const network: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    if (scenario !== undefined) headers.set('livechat-mock-scenario', scenario);
    return observer.fetch(input, { ...init, headers });
  };
  const simulated = new SimulatedBrowser({ baseUrl }, network);
  const seen: string[][] = [];
  const page = () => {
    const p = simulated.newPage();
    const mine: string[] = [];
    seen.push(mine);
    p.OnOpenFailed = (code) => mine.push(`OnOpenFailed ${code}`);
    p.OnOpenSuccess = (session) => mine.push(`OnOpenSuccess ${session.trans.length}`);
    p.OnStartSuccess = () => mine.push('OnStartSuccess');
    p.OnStartFailed = (code) => mine.push(`OnStartFailed ${code}`);
    p.OnCallQueued = (position) => mine.push(`OnCallQueued ${position}`);
    p.OnRemoteUserConnected = (name) => mine.push(`OnRemoteUserConnected ${name}`);
    p.OnEcho = (msg) => mine.push(`OnEcho ${msg}`);
    p.OnTypingStateChanged = (state) => mine.push(`OnTypingStateChanged ${state}`);
    p.OnMessageReceived = (msg) => mine.push(`OnMessageReceived ${msg}`);
    p.OnSystemNotification = (reason) => mine.push(`OnSystemNotification ${reason}`);
    p.OnConferenceUserLeft = (agent) => mine.push(`OnConferenceUserLeft ${agent}`);
    p.OnEnd = (initiator, reason) => mine.push(`OnEnd ${initiator} ${reason}`);
    return p;
  };
  return { observer, simulated, page, seen };
}

describe('the mock server', () => {
  it('plays the happy path: queued, Alice connects, echo on every page, her typed answer, End on every page', async () => {
    const b = browser();
    const page1 = b.page();
    const page2 = b.page();
    page1.Open();
    await until(() => b.seen[0]?.includes('OnOpenFailed NoSessionFound') === true);
    page1.Start(details());
    await until(() => b.seen[0]?.includes('OnRemoteUserConnected Alice') === true, 10_000);
    page2.Open();
    await until(() => b.seen[1]?.includes('OnOpenSuccess 1') === true);
    page1.SendMessage('Hello');
    await until(() => b.seen.every((s) => s.includes('OnMessageReceived You said: Hello')), 10_000);
    page2.End('done');
    await until(() => b.seen.every((s) => s.some((e) => e.startsWith('OnEnd'))));
    expect(b.seen[0]).toEqual([
      'OnOpenFailed NoSessionFound',
      'OnStartSuccess',
      'OnCallQueued 1',
      'OnRemoteUserConnected Alice',
      'OnEcho Hello',
      'OnTypingStateChanged 0',
      'OnTypingStateChanged 1',
      'OnMessageReceived You said: Hello',
      'OnEnd client done',
    ]);
    expect(b.seen[1]).toEqual([
      'OnOpenSuccess 1',
      'OnEcho Hello',
      'OnTypingStateChanged 0',
      'OnTypingStateChanged 1',
      'OnMessageReceived You said: Hello',
      'OnEnd client done',
    ]);
    expect(b.observer.breaches).toEqual([]);
    b.simulated.close();
  }, 30_000);

  it('gives each browser its own session: cookie, token and chat ids', async () => {
    const [one, two] = [browser(), browser()];
    const [a, b] = [await one.page().client.getAccessToken(), await two.page().client.getAccessToken()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^tk_[\w-]{43}$/);
    const cookies = [one, two].map((x) => x.simulated.jar.getCookieStringSync(`${baseUrl}/tetherfi/livechat/`));
    expect(cookies[0]).toMatch(/^LIVECHAT_SESSION=bs_[\w-]{22}$/);
    expect(cookies[0]).not.toBe(cookies[1]);
    one.simulated.close();
    two.simulated.close();
  });

  it.each([
    ['no-agents', ['OnStartSuccess', 'OnSystemNotification NoStaffedAgents', 'OnEnd server undefined']],
    ['queue-timeout', ['OnStartSuccess', 'OnCallQueued 1', 'OnSystemNotification TimedOutInQueue', 'OnEnd server undefined']],
  ])(
    'plays %s',
    async (scenario, expected) => {
      const b = browser(scenario);
      b.page().Start(details(true));
      await until(() => b.seen[0]?.some((e) => e.startsWith('OnEnd')) === true, 10_000);
      expect(b.seen[0]).toEqual(expected);
      expect(b.observer.breaches).toEqual([]);
      b.simulated.close();
    },
    20_000,
  );

  it('plays captcha: captchaRequired, Start refused without the image’s text, started with it', async () => {
    const b = browser('captcha');
    const page = b.page();
    await page.client.getAccessToken();
    expect(page.client.requires.captcha).toBe(true);
    const image = await b.simulated.fetch(`${baseUrl}/tetherfi/livechat/captcha`);
    expect(image.headers.get('content-type')).toContain('image/svg+xml');
    page.Start(details());
    await until(() => b.seen[0]?.includes('OnStartFailed CaptchaIsEmpty') === true);
    page.Start(Object.assign(details(), { eEnteredCaptcha: 'k7xp4' }));
    await until(() => b.seen[0]?.includes('OnCallQueued 1') === true);
    expect(b.observer.breaches).toEqual([]);
    b.simulated.close();
  });

  it('plays conference: Bob joins and leaves', async () => {
    const b = browser('conference');
    b.page().Start(details());
    await until(() => b.seen[0]?.includes('OnConferenceUserLeft Bob') === true, 20_000);
    expect(b.seen[0]?.filter((e) => e.startsWith('OnRemoteUserConnected'))).toEqual([
      'OnRemoteUserConnected Alice',
      'OnRemoteUserConnected Bob',
    ]);
    // The transcript records his leave as the reference server's does (the document's Session: a disconnect entry).
    const later = b.simulated.newPage();
    let trans: { type: string; name?: string }[] = [];
    later.OnOpenSuccess = (session) => {
      trans = session.trans;
    };
    later.Open();
    await until(() => trans.length > 0);
    expect(trans.filter((t) => t.type !== 'msg').map((t) => `${t.type} ${t.name}`)).toEqual([
      'connect Alice',
      'connect Bob',
      'disconnect Bob',
    ]);
    expect(b.observer.breaches).toEqual([]);
    b.simulated.close();
  }, 30_000);

  it('lets Prism answer the contract: request validation, and Prefer to pick an answer', async () => {
    const b = browser();
    const page = b.page();
    const token = await page.client.getAccessToken();
    const headers = { 'content-type': 'application/json', 'livechat-token': token, 'livechat-page': page.client.pageId };
    const invalid = await b.simulated.fetch(`${baseUrl}/tetherfi/livechat/chats`, { method: 'POST', headers, body: '{"details": 7}' });
    expect([invalid.status, ((await invalid.json()) as { code: string }).code]).toEqual([400, 'InvalidRequest']);
    const picked = await b.simulated.fetch(`${baseUrl}/tetherfi/livechat/chats`, {
      method: 'POST',
      headers: { ...headers, prefer: 'code=409, example=AlreadyStartedAndInSession' },
      body: JSON.stringify({ details: { eCustDetails: { eCustName: 'Tan' } }, clientId: 'ci_1' }),
    });
    expect([picked.status, ((await picked.json()) as { code: string }).code]).toEqual([409, 'AlreadyStartedAndInSession']);
    const noCookie = await fetch(`${baseUrl}/tetherfi/livechat/chats`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ details: { eCustDetails: { eCustName: 'Tan' } }, clientId: 'ci_2' }),
    });
    expect([noCookie.status, ((await noCookie.json()) as { code: string }).code]).toEqual([400, 'CookiesDisabled']);
    // Prism would hang on these (stoplightio/prism#2664): the front refuses them itself.
    for (const [type, body] of [
      ['application/json', '{"msg": '],
      ['application/json; charset=utf-16le', JSON.stringify({ type: 'info', unit: 'ui', msg: 'x' })],
    ] as const) {
      const refused = await b.simulated.fetch(`${baseUrl}/tetherfi/livechat/slog`, {
        method: 'POST',
        headers: { ...headers, 'content-type': type },
        body,
      });
      expect([refused.status, ((await refused.json()) as { code: string }).code]).toEqual([400, 'InvalidRequest']);
    }
    const unknown = await b.simulated.fetch(`${baseUrl}/tetherfi/livechat/status?mockScenario=nope`);
    expect([unknown.status, ((await unknown.json()) as { code: string }).code]).toEqual([400, 'InvalidRequest']);
    b.simulated.close();
  });

  it('keeps a call’s state and takes a nonsense offer or candidate without harm: the CSO’s peer refuses it, the mock answers on', async () => {
    const b = browser();
    const page = b.page();
    page.Open();
    await until(() => b.seen[0]?.includes('OnOpenFailed NoSessionFound') === true);
    page.Start(details());
    await until(() => b.seen[0]?.some((e) => e.startsWith('OnRemoteUserConnected')) === true, 10_000);
    const [sid = ''] = page.client.sids;
    const call = <T>(route: (typeof avRoutes)[keyof typeof avRoutes], body: object) => page.client.requestInChat<T>(route, sid, body);
    const { callId } = await call<{ callId: string }>(avRoutes.startAvCall, { audio: true, video: false });
    await expect(call(avRoutes.startAvCall, { audio: true, video: false })).rejects.toMatchObject({ code: 'InvalidSessionState' });
    await call(avRoutes.sendAvSignal, { callId, signal: { type: 'offer', sdp: 'v=0\r\nnot an offer\r\n' } });
    await call(avRoutes.sendAvSignal, { callId, signal: { type: 'ice-candidate', candidate: { candidate: 'candidate:nonsense' } } });
    await expect(call(avRoutes.pauseAv, { callId: 'av_other', audio: true, video: false })).rejects.toMatchObject({
      code: 'InvalidSessionState',
    });
    await call(avRoutes.endAvCall, { callId });
    await expect(call(avRoutes.endAvCall, { callId })).rejects.toMatchObject({ code: 'InvalidSessionState' });
    expect((await fetch(`${baseUrl}/tetherfi/livechat/status`)).status).toBe(200);
    expect(b.observer.breaches).toEqual([]);
    b.simulated.close();
  });

  it('keeps the transcript cap Start announces: a message beyond its bytes answers TranscriptFull, with no echo', async () => {
    // Queued without a CSO for 5 s (scenario queue-timeout): nothing but the customer's messages fills the transcript.
    const b = browser('queue-timeout');
    const who = await customerPage(b.simulated, baseUrl);
    const { sid, limits } = await who.client.start(details());
    const { textBytes } = limits.transcriptCap;
    const full = '😀'.repeat(limits.maxMessageLength); // 4 bytes a character
    const fits = Math.floor(textBytes / Buffer.byteLength(full));
    for (let i = 0; i < fits; i++)
      expect((await who.call(`/chats/${sid}/messages`, { msg: full, clientMessageId: `cm_fill_${i}` })).status).toBe(201);
    const refused = await who.call(`/chats/${sid}/messages`, { msg: full, clientMessageId: 'cm_one_more' });
    expect(refused).toMatchObject({ status: 409, body: { code: 'TranscriptFull', sid } });
    const echoes = (await who.events()).filter((e) => e.event === 'OnEcho').map((e) => e.data.clientMessageId);
    expect(echoes).toHaveLength(fits);
    expect(echoes).not.toContain('cm_one_more');
    expect(b.observer.breaches).toEqual([]);
    who.client.dispose();
    b.simulated.close();
  });
});
