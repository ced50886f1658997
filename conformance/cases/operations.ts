// operation:<id> - each operation answers as the contract says on its ordinary path. The observer
// validates every answer and event; these cases make the calls and assert what the contract
// promises beyond the schemas: Close keeps the chat for another page, End puts OnEnd on the
// stream before it answers, a retried Start or SendMessage gets the first result and no second
// event, the stream resumes without loss or repetition, the poll answers within waitMs, what a
// page sends reaches the CSO...
import { isDeepStrictEqual } from 'node:util';
import vm from 'node:vm';
import type { Session } from '../../client/src/core/client.ts';
import type { CaseContext, OperationId } from '../suite/context.ts';
import { type CaseImpl, exact, type Resolver } from '../suite/registry.ts';
import { textFile, unknownIds, validRequest } from './requests.ts';
import {
  admissionStop,
  agentEvent,
  avCall,
  type Customer,
  call,
  cobrowseConfig,
  cobrowsing,
  connectedChat,
  customer,
  endChatsOnClose,
  endedChat,
  eventAfter,
  events,
  type Limits,
  multipart,
  otherPage,
  queuedChat,
  randomId,
  readStream,
  send,
  staff,
  stillActive,
} from './setups.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Joins another page of the chat's browser to its chats (Open), recording what its handlers raise. */
async function openedPage(t: CaseContext, who: Customer) {
  const other = otherPage(who);
  const echoes: string[] = [];
  other.page.OnEcho = (msg) => echoes.push(msg);
  const sessions = await other.client.open();
  t.must(sessions.length > 0, 'Open on another page joins it to the chat');
  return { ...other, echoes, sessions };
}

// --- scripts -------------------------------------------------------------------------------------

/** The script is served: 200, as JavaScript, not empty. */
async function expectScript(t: CaseContext, operation: OperationId, query: Record<string, string> = {}) {
  const answer = await send(t, operation, { query });
  t.must(answer.status === 200, `${operation}${query.multichat ? '?multichat=true' : ''} answers 200 (got ${answer.status})`);
  const type = answer.headers.get('content-type') ?? '';
  t.must(/^(text|application)\/javascript\b/.test(type), `the script is served as JavaScript (got ${type || 'no Content-Type'})`);
  t.must(answer.text.length > 0, 'the script is not empty');
  return answer;
}

const script =
  (operation: OperationId): CaseImpl =>
  async (t: CaseContext) => {
    await expectScript(t, operation);
  };

/** The stylesheet is served: 200, as CSS (a browser refuses a stylesheet of another type), not empty. */
const stylesheet =
  (operation: OperationId): CaseImpl =>
  async (t: CaseContext) => {
    const answer = await send(t, operation, {});
    t.must(answer.status === 200, `${operation} answers 200 (got ${answer.status})`);
    const type = answer.headers.get('content-type') ?? '';
    t.must(/^text\/css\b/.test(type), `the stylesheet is served as text/css (got ${type || 'no Content-Type'})`);
    t.must(answer.text.length > 0, 'the stylesheet is not empty');
  };

/** What livechat.js defines, run in a sandbox shaped like a page that loaded it from the deployment (no request leaves it). */
function globalsOf(t: CaseContext, text: string, src: string): Record<string, unknown> | undefined {
  class HTMLScriptElement {
    constructor(readonly src: string) {}
  }
  const quiet = { log() {}, warn() {}, error() {}, info() {}, debug() {} };
  const sandbox: Record<string, unknown> = {
    HTMLScriptElement,
    document: { currentScript: new HTMLScriptElement(src) },
    location: new URL('https://customer.example/page.html'),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    fetch: () => Promise.reject(new Error('no requests from the sandbox')),
    ...{ crypto: globalThis.crypto, btoa, atob, URL, URLSearchParams, setTimeout, clearTimeout, TextDecoder, TextEncoder },
    ...{ AbortController, AbortSignal, console: quiet },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  const context = vm.createContext(sandbox);
  try {
    vm.runInContext(text, context, { timeout: 2000 });
    return vm.runInContext(
      `({ livechat: typeof livechat, same: typeof livechat === 'object' && livechat === globalThis.libtextchat,
          multilivechat: typeof multilivechat, Start: typeof (globalThis.livechat || globalThis.multilivechat || {}).Start })`,
      context,
    ) as Record<string, unknown>;
  } catch (error) {
    t.info(`livechat.js could not run outside a browser (${(error as Error).message}); the globals it defines were not checked`);
    return undefined;
  }
}

/**
 * livechat.js defines livechat and libtextchat (the same object); with multichat=true,
 * multilivechat. libtextchat.js, its former name, does the same.
 */
const livechatScript =
  (operation: 'getLivechatScript' | 'getLibtextchatScript', name: string): CaseImpl =>
  async (t: CaseContext) => {
    const url = (multi: boolean) => `${t.baseUrl}/tetherfi/livechat/${name}${multi ? '?multichat=true' : ''}`;
    const single = globalsOf(t, (await expectScript(t, operation)).text, url(false));
    if (single !== undefined)
      t.must(
        single.same === true && single.Start === 'function',
        `${name} defines livechat and libtextchat, the same object (got ${JSON.stringify(single)})`,
      );
    const multi = globalsOf(t, (await expectScript(t, operation, { multichat: 'true' })).text, url(true));
    if (multi !== undefined)
      t.must(
        multi.multilivechat === 'object' && multi.Start === 'function',
        `${name}?multichat=true defines multilivechat (got ${JSON.stringify(multi)})`,
      );
  };

// --- the browser session -------------------------------------------------------------------------

const getAccessToken: CaseImpl = async (t: CaseContext) => {
  const browser = t.browser();
  const page = browser.newPage();
  const token = await page.client.getAccessToken();
  t.must(token.length >= 32, 'the token is at least 32 characters');
  const cookies = await browser.jar.getCookies(`${t.baseUrl}/tetherfi/livechat/`);
  const session = cookies.find((c) => c.key === 'LIVECHAT_SESSION');
  t.must(session !== undefined, 'GetAccessToken sets the LIVECHAT_SESSION cookie');
  t.must(session.httpOnly, 'the browser-session cookie is HttpOnly');
  t.must(
    session.sameSite === 'lax' || session.sameSite === 'strict' || (session.sameSite === 'none' && session.secure),
    'the cookie is SameSite',
  );
  t.must(
    (session.path ?? '/').startsWith('/tetherfi/livechat') || session.path === '/tetherfi',
    `the cookie's Path is the API's (got ${session.path})`,
  );
  t.must((await page.client.getAccessToken()) === token, 'the same browser session keeps its token');
  const again = await send(t, 'getAccessToken', { browser });
  t.must((again.body as { token?: string }).token === token, 'GetAccessToken called again answers the same token');
  // A cookie the deployment does not know: a new browser session, with a new cookie and token.
  const stale = t.browser();
  await stale.jar.setCookie(`LIVECHAT_SESSION=${randomId('bs_')}; Path=/tetherfi/livechat`, `${t.baseUrl}/tetherfi/livechat/`);
  const renewed = await send(t, 'getAccessToken', { browser: stale });
  t.must(renewed.status === 200, `GetAccessToken with an unknown cookie answers 200 (got ${renewed.status})`);
  t.must(/LIVECHAT_SESSION=/.test(renewed.headers.get('set-cookie') ?? ''), 'GetAccessToken with an unknown cookie sets a new one');
  t.must((renewed.body as { token?: string }).token !== token, 'a new browser session has its own token');
};

/**
 * Open joins another page to the chat: the transcript so far, and from then on every event, once.
 * With no chat to join it answers 200 and why - NoSessionFound, the document's "actually not an
 * error", or AlreadyEndedSession - never an error status a browser logs on every fresh page.
 */
const openChats: CaseImpl = async (t: CaseContext) => {
  const fresh = await call(t, await customer(t), 'openChats');
  t.must(
    fresh.status === 200 && isDeepStrictEqual(fresh.body, { sessions: [], reason: 'NoSessionFound' }),
    `Open in a browser session without a chat answers 200 { sessions: [], reason: NoSessionFound } (got ${fresh.status} ${fresh.text.slice(0, 200)})`,
  );
  const ended = await endedChat(t);
  const afterEnd = await call(t, otherPage(ended.who), 'openChats');
  t.must(
    afterEnd.status === 200 && isDeepStrictEqual(afterEnd.body, { sessions: [], reason: 'AlreadyEndedSession' }),
    `Open after the browser session's chat ended answers 200 { sessions: [], reason: AlreadyEndedSession } (got ${afterEnd.status} ${afterEnd.text.slice(0, 200)})`,
  );
  const chat = await queuedChat(t);
  const before = await chat.who.client.sendMessage('sent before the second page opened');
  const other = await openedPage(t, chat.who);
  const session = other.sessions.find((s: Session) => s.sid === chat.sid);
  t.must(session !== undefined && other.sessions.length === 1, `Open answers the browser session's one chat ${chat.sid}`);
  const entry = session.trans.find((e) => 'clientMessageId' in e && e.clientMessageId === before.clientMessageId);
  t.must(
    entry !== undefined && 'msg' in entry && decodeURIComponent(String(entry.msg)) === 'sent before the second page opened',
    'the transcript Open answers holds the message sent before (URL-encoded)',
  );
  await chat.who.client.sendMessage('sent after the second page opened');
  t.must(await t.until(() => other.echoes.length > 0, 3000), 'the opened page receives OnEcho of what is sent after Open');
  await sleep(100);
  t.must(
    isDeepStrictEqual(other.echoes, ['sent after the second page opened']),
    `the opened page's stream starts at Open's seq: nothing before it repeated (got ${JSON.stringify(other.echoes)})`,
  );
};

/** Close detaches the page and keeps the chat for the others; a page that joined nothing may Close too. */
const closePage: CaseImpl = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const other = await openedPage(t, chat.who);
  const closed = await call(t, chat.who, 'closePage');
  t.must(closed.status === 204, `Close answers 204 (got ${closed.status})`);
  await other.client.sendMessage('the chat goes on after the first page closed');
  t.must(await t.until(() => other.echoes.length > 0, 3000), 'the chat goes on for the other page (its message is echoed)');
  const detached = await call(t, chat.who, 'sendMessage', validRequest('sendMessage', { ...unknownIds(chat.who.pageId), sid: chat.sid }));
  t.must(
    detached.status === 409 && (detached.body as { code?: string }).code === 'UnOpenedSessionNotAllowed',
    `the closed page takes no part in the chat any more: its SendMessage answers UnOpenedSessionNotAllowed (got ${detached.status})`,
  );
  const third = otherPage(chat.who);
  const reopened = await call(t, third, 'openChats');
  t.must(
    reopened.status === 200 && (reopened.body as { sessions: Session[] }).sessions.some((s) => s.sid === chat.sid),
    `a later page Opens the chat the closed page left (got ${reopened.status})`,
  );
  const idle = otherPage(chat.who);
  t.must((await call(t, idle, 'closePage')).status === 204, 'Close of a page that joined nothing answers 204');
};

/** Start answers 201 with the sid and seq; a retry (same page, same clientId) answers 200 with the same result; the chat's first event follows seq. */
const startChat: CaseImpl = async (t: CaseContext) => {
  const agent = await staff(t);
  const who = await customer(t);
  endChatsOnClose(t, who.browser);
  const request = validRequest('startChat', unknownIds(who.pageId));
  const first = await call(t, who, 'startChat', request);
  admissionStop(t, (first.body as { code?: string } | undefined)?.code);
  t.must(first.status === 201, `Start answers 201 (got ${first.status} ${first.text.slice(0, 200)})`);
  const result = first.body as { sid: string; clientId: string; seq: number; limits: Limits };
  await stillActive(t, who, result, agent);
  t.must(
    result.limits.closeTimerMs >= 5000,
    `the announced session-end timer is at least 5 s, so that a navigation does not end the chat (closeTimerMs ${result.limits.closeTimerMs})`,
  );
  t.must(result.clientId === (request.body as { clientId: string }).clientId, 'Start answers the clientId it was given');
  const retry = await call(t, who, 'startChat', request);
  t.must(retry.status === 200, `a retried Start (same page, same clientId) answers 200 (got ${retry.status})`);
  t.must(isDeepStrictEqual(retry.body, first.body), 'a retried Start answers the first result');
  const firstEvent = await eventAfter(t, who, 0, (e) => e.sid === result.sid);
  t.must(firstEvent !== undefined, 'the chat has an event on the stream (OnCallQueued, or OnSystemNotification)');
  t.must(firstEvent.seq > result.seq, `the chat's events come after Start's seq ${result.seq} (its first is ${firstEvent.seq})`);
  t.should(
    firstEvent.event === 'OnCallQueued' || firstEvent.event === 'OnSystemNotification',
    `OnCallQueued (or OnSystemNotification) follows Start (got ${firstEvent.event})`,
  );
  const chats = (await events(t, who, result.seq)).filter((e) => e.sid === result.sid && e.event === 'OnCallQueued');
  t.must(chats.length <= 1, 'the retried Start queued nothing twice (one OnCallQueued)');
};

/** End puts OnEnd('client', reason) on the stream before it answers, every page raises it, a retried End answers AlreadyEndedSession. */
const endChat: CaseImpl = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const other = await openedPage(t, chat.who);
  const ended: string[] = [];
  chat.who.page.OnEnd = (initiator, reason) => ended.push(`first ${initiator} ${reason}`);
  other.page.OnEnd = (initiator, reason) => ended.push(`other ${initiator} ${reason}`);
  const reason = 'resolved, said the conformance suite';
  const answer = await call(t, chat.who, 'endChat', { path: { sid: chat.sid }, body: { reason } });
  t.must(answer.status === 204, `End answers 204 (got ${answer.status} ${answer.text.slice(0, 200)})`);
  const onEnd = (await events(t, chat.who, chat.seq)).find((e) => e.event === 'OnEnd' && e.sid === chat.sid);
  t.must(onEnd !== undefined, 'OnEnd is on the stream when End answers');
  t.must(
    onEnd.data?.initiator === 'client' && onEnd.data?.reason === reason,
    `OnEnd says initiator client and End's reason (got ${JSON.stringify(onEnd.data)})`,
  );
  t.must(await t.until(() => ended.length === 2, 3000), `every page of the chat raises OnEnd (got ${JSON.stringify(ended)})`);
  t.must(
    ended.every((e) => e.endsWith(`client ${reason}`)),
    `each page raises OnEnd('client', reason) (got ${JSON.stringify(ended)})`,
  );
  if (chat.agent !== undefined) {
    const told = await chat.agent.waitFor((e) => e.event === 'ChatEnded' && e.sid === chat.sid, 2000).catch(() => undefined);
    t.should(told !== undefined, 'the CSO who was told of the chat hears that it ended (ChatEnded)');
  }
  const retried = await call(t, chat.who, 'endChat', { path: { sid: chat.sid }, body: { reason } });
  t.must(
    retried.status === 410 && (retried.body as { code?: string }).code === 'AlreadyEndedSession',
    `a retried End answers AlreadyEndedSession (got ${retried.status})`,
  );
};

// --- the event stream and the poll ---------------------------------------------------------------

/** The stream resumes after Last-Event-ID (which wins over ?after=) with every later event once, in order. */
const openEventStream: CaseImpl = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const seqs: number[] = [];
  for (const n of [1, 2, 3]) seqs.push((await chat.who.client.sendMessage(`message ${n} of the resumption test`)).seq);
  const [s1 = 0, s2 = 0, s3 = 0] = seqs;
  const reached = (last: number) => (events: { seq: number }[]) => events.some((e) => e.seq >= last);
  const resumed = await readStream(t, chat.who, { lastEventId: s1 }, reached(s3));
  t.must(resumed.status === 200, `the stream answers 200 (got ${resumed.status} ${resumed.text.slice(0, 200)})`);
  t.must((resumed.headers.get('content-type') ?? '').startsWith('text/event-stream'), 'the stream is text/event-stream');
  t.must(resumed.headers.get('cache-control') === 'no-store', 'the stream is not cached (Cache-Control: no-store)');
  t.should(/^retry:\s*\d+/.test(resumed.text.trimStart()), "the stream's first frame is retry:");
  const got = resumed.events.map((e) => e.seq).filter((seq) => seq <= s3);
  const expected = Array.from({ length: s3 - s1 }, (_, i) => s1 + 1 + i);
  t.must(
    isDeepStrictEqual(got, expected),
    `resumed with Last-Event-ID ${s1}, the stream carries ${expected.join(', ')} - none lost, none repeated (got ${got.join(', ')})`,
  );
  const both = await readStream(t, chat.who, { after: 0, lastEventId: s2 }, reached(s3));
  t.must(
    both.events[0]?.seq === s2 + 1,
    `Last-Event-ID ${s2} wins over after=0: the stream starts at ${s2 + 1} (got ${both.events[0]?.seq})`,
  );
  const after = await readStream(t, chat.who, { after: s2 }, reached(s3));
  t.must(after.events[0]?.seq === s2 + 1, `after=${s2} starts the stream at ${s2 + 1} (got ${after.events[0]?.seq})`);
};

/** The poll answers at once when events wait, as soon as one arrives, and empty after waitMs - within it, with no-store. */
const pollEvents: CaseImpl = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const poll = (after: number, waitMs: number) =>
    call(t, chat.who, 'pollEvents', { query: { page: chat.who.pageId, after: String(after), waitMs: String(waitMs) } });
  const backlog = await poll(chat.seq, 4000);
  const first = backlog.body as { events: { seq: number }[]; next: number; more: boolean; latestSeq: number };
  t.must(
    backlog.status === 200 && first.events.length > 0,
    `a poll after Start's seq answers the chat's events at once (got ${backlog.status})`,
  );
  t.must(backlog.headers.get('cache-control') === 'no-store', 'the poll is not cached (Cache-Control: no-store)');
  const seqs = first.events.map((e) => e.seq);
  t.must(
    seqs.every((seq, i) => seq === chat.seq + 1 + i),
    `the poll's events follow after in order, without gaps (got ${seqs.join(', ')})`,
  );
  t.must(first.next === seqs.at(-1), `next is the seq of the last event answered (got ${first.next})`);
  // A deployment may raise events of its own meanwhile (queue positions, a scripted CSO): poll on from what it answered until a quiet half second.
  let latest = first.latestSeq;
  let started = Date.now();
  let empty = await poll(latest, 500);
  for (let tries = 1; tries < 8 && empty.status === 200 && (empty.body as { events: unknown[] }).events.length > 0; tries++) {
    latest = (empty.body as { latestSeq: number }).latestSeq;
    started = Date.now();
    empty = await poll(latest, 500);
  }
  const waited = Date.now() - started;
  t.must(empty.status === 200 && (empty.body as { events: unknown[] }).events.length === 0, 'a poll with nothing new answers no events');
  t.must(waited < 500 + 1500, `an empty poll answers within waitMs 500 (took ${waited} ms)`);
  t.should(waited >= 400, `an empty poll waits for waitMs 500 before answering (took ${waited} ms)`);
  started = Date.now();
  const pending = poll(latest, 4000);
  await sleep(150);
  const sent = await chat.who.client.sendMessage('sent while a poll waits');
  const live = await pending;
  const soon = Date.now() - started;
  t.must(soon < 2500, `a waiting poll answers as soon as an event arrives, not after waitMs 4000 (took ${soon} ms)`);
  // The deployment may have said something else first (a queue position): the next polls carry the echo.
  let answered = live.body as { events: { seq: number }[]; next: number };
  const seen = [...answered.events];
  while (!seen.some((e) => e.seq === sent.seq) && Date.now() - started < 5000 && answered.events.length > 0) {
    answered = (await poll(answered.next, 1000)).body as typeof answered;
    seen.push(...answered.events);
  }
  t.must(
    seen.some((e) => e.seq === sent.seq),
    `a waiting poll answers the event that arrives (seqs ${seen.map((e) => e.seq).join(', ')}, the echo ${sent.seq})`,
  );
};

// --- what a page says ----------------------------------------------------------------------------

/** OnEcho to every page (the sender's too) with the clientMessageId; a retry answers 200 with the first result and no second OnEcho. */
const sendMessage: CaseImpl = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const sender: string[] = [];
  chat.who.page.OnEcho = (msg) => sender.push(msg);
  const other = await openedPage(t, chat.who);
  const clientMessageId = randomId('m_');
  const msg = 'Hello from the conformance suite';
  const first = await call(t, chat.who, 'sendMessage', { path: { sid: chat.sid }, body: { msg, clientMessageId } });
  t.must(first.status === 201, `SendMessage answers 201 (got ${first.status} ${first.text.slice(0, 200)})`);
  const accepted = first.body as { clientMessageId: string; seq: number };
  t.must(accepted.clientMessageId === clientMessageId, 'the answer carries the clientMessageId');
  t.must(
    await t.until(() => sender.length > 0 && other.echoes.length > 0, 3000),
    'OnEcho reaches every page of the browser session, the sender too',
  );
  t.must(sender[0] === msg && other.echoes[0] === msg, 'OnEcho carries the message as sent');
  const echo = (await events(t, chat.who, chat.seq)).find((e) => e.event === 'OnEcho');
  t.must(
    echo?.data?.clientMessageId === clientMessageId && echo.seq === accepted.seq,
    "OnEcho carries the clientMessageId, with the answer's seq",
  );
  const retry = await call(t, chat.who, 'sendMessage', {
    path: { sid: chat.sid },
    body: { msg: 'the same id, another text', clientMessageId },
  });
  t.must(retry.status === 200, `a retry with the same clientMessageId answers 200 (got ${retry.status})`);
  t.must(isDeepStrictEqual(retry.body, first.body), 'a retry answers the first result');
  const later = await events(t, chat.who, accepted.seq, 300);
  t.must(!later.some((e) => e.event === 'OnEcho'), 'a retry makes no second OnEcho');
  t.must(sender.length === 1 && other.echoes.length === 1, 'each page shows the message once');
};

/** The CSO receives the application message once, whatever the retries of its clientMessageId. */
const sendAppMessage: CaseImpl = async (t: CaseContext) => {
  const chat = await connectedChat(t);
  const request = {
    path: { sid: chat.sid },
    body: { type: 'form-submitted', obj: { form: 'address-change', step: 2 }, clientMessageId: randomId('a_') },
  };
  const first = await call(t, chat.who, 'sendAppMessage', request);
  t.must(first.status === 202, `SendAppMessage answers 202 (got ${first.status} ${first.text.slice(0, 200)})`);
  const got = await agentEvent(t, chat.agent, 'CustomerAppMessage', (e) => e.event === 'CustomerAppMessage' && e.sid === chat.sid);
  t.must(
    got?.data?.type === 'form-submitted' && isDeepStrictEqual(got.data.obj, request.body.obj),
    `the CSO receives the type and obj as sent (got ${JSON.stringify(got?.data)})`,
  );
  const retry = await call(t, chat.who, 'sendAppMessage', request);
  t.must(retry.status === 202, `a retry with the same clientMessageId answers 202 (got ${retry.status})`);
  await sleep(200);
  const count = chat.agent.events.filter((e) => e.event === 'CustomerAppMessage' && e.sid === chat.sid).length;
  t.must(count === 1, `the CSO receives the application message once (got ${count})`);
};

/** The CSO sees typing start (0) and stop (1). */
const notifyTypingStateChange: CaseImpl = async (t: CaseContext) => {
  const chat = await connectedChat(t);
  for (const state of [0, 1]) {
    const answer = await call(t, chat.who, 'notifyTypingStateChange', { path: { sid: chat.sid }, body: { state } });
    t.must(answer.status === 204, `NotifyTypingStateChange(${state}) answers 204 (got ${answer.status})`);
    await agentEvent(
      t,
      chat.agent,
      `CustomerTyping with state ${state}`,
      (e) => e.event === 'CustomerTyping' && e.sid === chat.sid && e.data?.state === state,
    );
  }
};

/** OnCallbackRequestStatus(true, status) follows on the stream, and the page raises it. */
const requestCallback: CaseImpl = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const raised: unknown[][] = [];
  chat.who.page.OnCallbackRequestStatus = (...args) => raised.push(args);
  const answer = await call(t, chat.who, 'requestCallback', { path: { sid: chat.sid }, body: { contact: '+65 9123 4567' } });
  t.must(answer.status === 202, `RequestCallback answers 202 (got ${answer.status} ${answer.text.slice(0, 200)})`);
  const status = await eventAfter(t, chat.who, chat.seq, (e) => e.event === 'OnCallbackRequestStatus' && e.sid === chat.sid);
  t.must(status !== undefined, 'OnCallbackRequestStatus follows on the stream');
  t.must(status.data?.isCustomerReq === true, `OnCallbackRequestStatus says isCustomerReq true (got ${JSON.stringify(status.data)})`);
  t.must(await t.until(() => raised.length > 0, 3000), 'the page raises OnCallbackRequestStatus');
  t.must(raised[0]?.[0] === true, 'the page raises OnCallbackRequestStatus(true, status)');
};

// --- audio/video ---------------------------------------------------------------------------------

const startAvCall: CaseImpl = async (t: CaseContext) => {
  const chat = await connectedChat(t);
  const started = await call(t, chat.who, 'startAvCall', { path: { sid: chat.sid }, body: { audio: true, video: false } });
  t.must(started.status === 201, `StartAvCall answers 201 (got ${started.status} ${started.text.slice(0, 200)})`);
  const { callId } = started.body as { callId: string };
  const ringing = await agentEvent(t, chat.agent, 'AvCallRequested', (e) => e.event === 'AvCallRequested' && e.sid === chat.sid);
  t.must(
    ringing?.data?.callId === callId && ringing.data.audio === true && ringing.data.video === false,
    `the call rings on the CSO's desktop with its callId and media (got ${JSON.stringify(ringing?.data)})`,
  );
};

const endAvCall: CaseImpl = async (t: CaseContext) => {
  const chat = await avCall(t);
  const ended = await call(t, chat.who, 'endAvCall', { path: { sid: chat.sid }, body: { callId: chat.callId } });
  t.must(ended.status === 204, `EndAvCall answers 204 (got ${ended.status} ${ended.text.slice(0, 200)})`);
  await agentEvent(t, chat.agent, 'AvCallEnded for the call', (e) => e.event === 'AvCallEnded' && e.data?.callId === chat.callId);
};

const pauseAv: CaseImpl = async (t: CaseContext) => {
  const chat = await avCall(t);
  const answered = await chat.agent.call('agentAnswerAvCall', { path: { sid: chat.sid }, body: { callId: chat.callId } });
  t.must(answered.status === 204, `the CSO answers the call (got ${answered.status})`);
  const paused = await call(t, chat.who, 'pauseAv', { path: { sid: chat.sid }, body: { callId: chat.callId, audio: true, video: false } });
  t.must(paused.status === 204, `Pause answers 204 (got ${paused.status} ${paused.text.slice(0, 200)})`);
  const state = await agentEvent(
    t,
    chat.agent,
    'AvMediaStateChanged',
    (e) => e.event === 'AvMediaStateChanged' && e.data?.callId === chat.callId,
  );
  t.must(
    state?.data?.audio === true && state.data.video === false,
    `the CSO receives the page's media state: microphone muted, camera on (got ${JSON.stringify(state?.data)})`,
  );
};

/** The page's offer, sent before the CSO answered (as a page does), reaches the CSO who answers. */
const sendAvSignal: CaseImpl = async (t: CaseContext) => {
  const chat = await avCall(t);
  const offer = validRequest('sendAvSignal', { ...unknownIds(), sid: chat.sid, callId: chat.callId });
  const sent = await call(t, chat.who, 'sendAvSignal', offer);
  t.must(sent.status === 202, `the page's offer answers 202 (got ${sent.status} ${sent.text.slice(0, 200)})`);
  const candidate = {
    callId: chat.callId,
    signal: {
      type: 'ice-candidate',
      candidate: { candidate: 'candidate:1 1 udp 2122260223 192.0.2.10 54400 typ host', sdpMid: '0', sdpMLineIndex: 0 },
    },
  };
  t.must(
    (await call(t, chat.who, 'sendAvSignal', { path: { sid: chat.sid }, body: candidate })).status === 202,
    'an ICE candidate answers 202',
  );
  const answered = await chat.agent.call('agentAnswerAvCall', { path: { sid: chat.sid }, body: { callId: chat.callId } });
  t.must(answered.status === 204, `the CSO answers the call (got ${answered.status})`);
  const signals = async () => {
    await chat.agent
      .waitFor((e) => e.event === 'AvSignal' && (e.data?.signal as { type?: string })?.type === 'ice-candidate', 3000)
      .catch(() => undefined);
    return chat.agent.events.filter((e) => e.event === 'AvSignal' && e.data?.callId === chat.callId).map((e) => e.data?.signal);
  };
  const got = await signals();
  t.must(
    isDeepStrictEqual(got, [(offer.body as { signal: unknown }).signal, candidate.signal]),
    `the CSO who answers receives the page's offer and candidate, in order (got ${JSON.stringify(got).slice(0, 300)})`,
  );
};

// --- co-browsing ---------------------------------------------------------------------------------

const startCobrowse: CaseImpl = async (t: CaseContext) => {
  const chat = await connectedChat(t);
  const started = await call(t, chat.who, 'startCobrowse', { path: { sid: chat.sid }, body: cobrowseConfig });
  t.must(started.status === 201, `StartCobr answers 201 (got ${started.status} ${started.text.slice(0, 200)})`);
  const { cobrowseId } = started.body as { cobrowseId: string };
  const told = await agentEvent(t, chat.agent, 'CobrowseStarted', (e) => e.event === 'CobrowseStarted' && e.sid === chat.sid);
  t.must(
    told?.data?.cobrowseId === cobrowseId &&
      told.data.isMousePointerCapture === true &&
      told.data.isAnnotationEnabled === true &&
      isDeepStrictEqual((told.data.domControlList as { checkboxId?: unknown })?.checkboxId, ['checkbox1']),
    `the CSO receives the co-browse session with SetCobrConfigs' configuration (got ${JSON.stringify(told?.data)})`,
  );
};

/** A co-browse call the page makes, and what the CSO must receive of it. */
function relayed(operation: OperationId, event: string, body: Record<string, unknown>, field: string, expected: unknown): CaseImpl {
  return async (t: CaseContext) => {
    const chat = await cobrowsing(t);
    const answer = await call(t, chat.who, operation, { path: { sid: chat.sid }, body: { cobrowseId: chat.cobrowseId, ...body } });
    t.must(answer.status === 202, `${operation} answers 202 (got ${answer.status} ${answer.text.slice(0, 200)})`);
    const got = await agentEvent(t, chat.agent, event, (e) => e.event === event && e.data?.cobrowseId === chat.cobrowseId);
    t.must(
      isDeepStrictEqual(got?.data?.[field], expected),
      `the CSO receives the ${field} as sent (got ${JSON.stringify(got?.data?.[field])})`,
    );
  };
}

const signal = { type: 'offer', sdp: 'v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' };
const points = [
  { x: 0.42, y: 0.17, visible: true },
  { x: 0.43, y: 0.18, visible: true },
];
const annotation = {
  tool: 'pen',
  color: '#ff0000',
  points: [
    [0.1, 0.1],
    [0.2, 0.15],
  ],
};
const checkbox = { control: 'checkbox', id: 'checkbox1', value: true };

const endCobrowse: CaseImpl = async (t: CaseContext) => {
  const chat = await cobrowsing(t);
  const ended = await call(t, chat.who, 'endCobrowse', { path: { sid: chat.sid }, body: { cobrowseId: chat.cobrowseId } });
  t.must(ended.status === 204, `EndCobr answers 204 (got ${ended.status} ${ended.text.slice(0, 200)})`);
  await agentEvent(t, chat.agent, 'CobrowseEnded', (e) => e.event === 'CobrowseEnded' && e.data?.cobrowseId === chat.cobrowseId);
};

// --- captcha, files, campaign --------------------------------------------------------------------

/** The image of the browser session's captcha, not cached; it makes the browser session when there is none. */
const getCaptchaImage: CaseImpl = async (t: CaseContext) => {
  const browser = t.browser();
  for (const reset of ['false', 'true']) {
    const image = await send(t, 'getCaptchaImage', { browser, query: { reset, t: String(Date.now()) } });
    t.must(image.status === 200, `the captcha image (reset=${reset}) answers 200 (got ${image.status})`);
    const type = image.headers.get('content-type') ?? '';
    t.must(/^image\/(png|svg\+xml)\b/.test(type), `the captcha is an image/png or image/svg+xml (got ${type})`);
    t.must(image.headers.get('cache-control') === 'no-store', 'the captcha image is not cached (Cache-Control: no-store)');
    t.must(image.text.length > 0, 'the image is not empty');
  }
  const cookies = await browser.jar.getCookies(`${t.baseUrl}/tetherfi/livechat/`);
  t.must(
    cookies.some((c) => c.key === 'LIVECHAT_SESSION'),
    'the captcha image sets the browser-session cookie when the request has none',
  );
};

/** Stored names are unique and safe; every page of the chat hears of each file (OnUploadComplete). */
const uploadFiles: CaseImpl = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const uploaded: { fileName: string }[] = [];
  chat.who.page.OnUploadComplete = (response) => uploaded.push(response as { fileName: string });
  const other = await openedPage(t, chat.who);
  const otherUploaded: unknown[] = [];
  other.page.OnUploadComplete = (response) => otherUploaded.push(response);
  const answer = await call(t, chat.who, 'uploadFiles', { path: { sid: chat.sid }, ...multipart([textFile, textFile]) });
  t.must(answer.status === 201, `uploadFiles answers 201 (got ${answer.status} ${answer.text.slice(0, 200)})`);
  const files = (answer.body as { files: { fileName: string; originalName: string; fileSize: number; fileType: string }[] }).files;
  t.must(files.length === 2, `both files are stored (got ${files.length})`);
  const [a, b] = files;
  t.must(a !== undefined && b !== undefined && a.fileName !== b.fileName, 'two files of the same name get different stored names');
  t.must(
    files.every(
      (f) => f.originalName === textFile.name && f.fileType === 'text/plain' && f.fileSize === Buffer.byteLength(textFile.content),
    ),
    `each file is described as sent: name, type, size (got ${JSON.stringify(files)})`,
  );
  t.must(
    await t.until(() => uploaded.length === 2 && otherUploaded.length === 2, 3000),
    `every page raises OnUploadComplete for each file (got ${uploaded.length} and ${otherUploaded.length})`,
  );
  t.must(
    isDeepStrictEqual(uploaded.map((f) => f.fileName).sort(), files.map((f) => f.fileName).sort()),
    'OnUploadComplete names the stored files',
  );
};

/** The file as uploaded, as an attachment, nosniff and not cached; another browser session cannot have it. */
const downloadFile: CaseImpl = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const uploaded = await call(t, chat.who, 'uploadFiles', { path: { sid: chat.sid }, ...multipart([textFile]) });
  t.must(uploaded.status === 201, `uploadFiles answers 201 (got ${uploaded.status})`);
  const [file] = (uploaded.body as { files: { fileName: string }[] }).files;
  t.must(file !== undefined, 'the upload answers its file');
  const path = { sid: chat.sid, fileName: file.fileName };
  const answer = await call(t, chat.who, 'downloadFile', { path });
  t.must(answer.status === 200, `downloadFile answers 200 (got ${answer.status} ${answer.text.slice(0, 200)})`);
  t.must(answer.text === textFile.content, 'the file is served as it was uploaded');
  t.must(
    /^attachment\b/i.test(answer.headers.get('content-disposition') ?? ''),
    'the file is served as an attachment (Content-Disposition)',
  );
  t.must(answer.headers.get('x-content-type-options') === 'nosniff', 'the file is served with X-Content-Type-Options: nosniff');
  t.must(answer.headers.get('cache-control') === 'private, no-store', 'the file is served with Cache-Control: private, no-store');
  const stranger = await customer(t);
  const refused = await call(t, stranger, 'downloadFile', { path });
  t.must(
    refused.status === 404 && (refused.body as { code?: string }).code === 'NoSessionFound',
    `another browser session cannot download the file: NoSessionFound (got ${refused.status})`,
  );
};

const createCampaignContact: CaseImpl = async (t: CaseContext) => {
  const who = await customer(t);
  const answer = await call(t, who, 'createCampaignContact', validRequest('createCampaignContact', unknownIds(who.pageId)));
  t.must(answer.status === 201, `CreateCampaignContact answers 201 (got ${answer.status} ${answer.text.slice(0, 200)})`);
  t.must((answer.body as { resultCode?: string }).resultCode === 'Success', 'a created contact says resultCode Success');
};

const slog: CaseImpl = async (t: CaseContext) => {
  const who = await customer(t);
  const answer = await call(t, who, 'slog', {
    body: { type: 'warn', unit: 'conformance.slog', msg: 'a line\nwith a line break and \u001b[31m control characters' },
  });
  t.must(answer.status === 204, `slog answers 204 (got ${answer.status} ${answer.text.slice(0, 200)})`);
};

export const operationResolvers: Resolver[] = [
  exact('operation:getStatus', async (t: CaseContext) => {
    const answer = await t.call('getStatus');
    t.must(answer.status === 200, `status answers 200 (got ${answer.status})`);
    t.must(
      /^(ONLINE|OFFLINE \(.{1,256}\))$/.test(answer.text),
      `status says ONLINE or OFFLINE (message), got ${JSON.stringify(answer.text.slice(0, 80))}`,
    );
    t.should(answer.headers.get('cache-control') === 'no-store', 'status is not cached (Cache-Control: no-store)');
  }),
  exact('operation:slog', slog),
  exact('operation:getLivechatScript', livechatScript('getLivechatScript', 'livechat.js')),
  exact('operation:getLibtextchatScript', livechatScript('getLibtextchatScript', 'libtextchat.js')),
  exact('operation:getClientLogScript', script('getClientLogScript')),
  exact('operation:getAdaptorScript', script('getAdaptorScript')),
  exact('operation:getLivechatVideoScript', script('getLivechatVideoScript')),
  exact('operation:getCobrowseScript', script('getCobrowseScript')),
  exact('operation:getCobrowseScriptAlias', script('getCobrowseScriptAlias')),
  exact('operation:getCobrowsePluginsScript', script('getCobrowsePluginsScript')),
  exact('operation:getCobrowseConfigurationsScript', script('getCobrowseConfigurationsScript')),
  exact('operation:getCobrowseStyles', stylesheet('getCobrowseStyles')),
  exact('operation:getFontawesomeStyles', stylesheet('getFontawesomeStyles')),
  exact('operation:getAccessToken', getAccessToken),
  exact('operation:openChats', openChats),
  exact('operation:closePage', closePage),
  exact('operation:startChat', startChat),
  exact('operation:endChat', endChat),
  exact('operation:openEventStream', openEventStream),
  exact('operation:pollEvents', pollEvents),
  exact('operation:sendMessage', sendMessage),
  exact('operation:sendAppMessage', sendAppMessage),
  exact('operation:notifyTypingStateChange', notifyTypingStateChange),
  exact('operation:requestCallback', requestCallback),
  exact('operation:startAvCall', startAvCall),
  exact('operation:endAvCall', endAvCall),
  exact('operation:pauseAv', pauseAv),
  exact('operation:sendAvSignal', sendAvSignal),
  exact('operation:startCobrowse', startCobrowse),
  exact('operation:endCobrowse', endCobrowse),
  exact('operation:sendCobrowseSignal', relayed('sendCobrowseSignal', 'CobrowseSignal', { signal }, 'signal', signal)),
  exact(
    'operation:sendCobrowseControlValue',
    relayed('sendCobrowseControlValue', 'CobrowseControlValueChanged', { value: checkbox }, 'value', checkbox),
  ),
  exact('operation:sendCobrowsePointer', relayed('sendCobrowsePointer', 'CobrowsePointer', { points }, 'pointer', points.at(-1))),
  exact(
    'operation:sendCobrowseAnnotation',
    relayed('sendCobrowseAnnotation', 'CobrowseAnnotation', { annotation }, 'annotation', annotation),
  ),
  exact('operation:getCaptchaImage', getCaptchaImage),
  exact('operation:uploadFiles', uploadFiles),
  exact('operation:downloadFile', downloadFile),
  exact('operation:createCampaignContact', createCampaignContact),
];
