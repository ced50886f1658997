// Rules of the wire protocol (spec/README.md) that no single operation or event names, checked
// end to end: the session-end timer (timer:*) and what an unavailable deployment answers
// (status:*), each with a test condition that makes it happen within a run (without one it is
// not testable); and a stream left idle past the client's offline threshold (stream:*).
import { createDecoder } from '../../client/src/stream/decoder.ts';
import { operations } from '../../generated/http/operations.ts';
import type { CaseContext } from '../suite/context.ts';
import { SILENCE_FACTOR } from '../suite/observer.ts';
import { exact, type Resolver, type SuiteCase } from '../suite/registry.ts';
import { unknownIds, validRequest } from './requests.ts';
import { type Customer, call, customer, eventAfter, events, expectProblem, otherPage, queuedChat, send } from './setups.ts';

// --- the session-end timer -----------------------------------------------------------------------

/** The session-end timer the cases ask for: long enough for an Open to come first, short enough for a run. */
const CLOSE_TIMER_MS = 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A chat under a short session-end timer (the test condition closeTimerMs), announced by its Start. */
async function chatUnderTimer(t: CaseContext) {
  if (!(await t.conditions({ closeTimerMs: CLOSE_TIMER_MS })))
    t.notTestable('needs the test condition closeTimerMs (SetTestConditions) to see the session-end timer within a run');
  const chat = await queuedChat(t);
  t.must(
    chat.limits.closeTimerMs === CLOSE_TIMER_MS,
    `Start announces the session-end timer in force (closeTimerMs ${CLOSE_TIMER_MS}, got ${chat.limits.closeTimerMs})`,
  );
  return chat;
}

/** Close on page A, Open on page B: the Open cancels the timer, and the chat outlives it. */
const openCancelsTimer = async (t: CaseContext) => {
  const chat = await chatUnderTimer(t);
  const b = otherPage(chat.who);
  await chat.who.client.close();
  const sessions = await b.client.open();
  t.must(
    sessions.some((s) => s.sid === chat.sid),
    "page B's Open, right after page A's Close, joins the chat",
  );
  await sleep(CLOSE_TIMER_MS * 2);
  const ended = (await events(t, b, chat.seq)).filter((e) => e.event === 'OnEnd' && e.sid === chat.sid);
  t.must(
    ended.length === 0,
    `the chat outlives its session-end timer (${CLOSE_TIMER_MS} ms) once page B opened it: Open cancels the timer (got OnEnd ${JSON.stringify(ended[0]?.data)})`,
  );
  const typing = await call(t, b, 'notifyTypingStateChange', { path: { sid: chat.sid }, body: { state: 0 } });
  t.must(
    typing.status === 204,
    `page B still takes part in the chat (a typing notice answers 204, got ${typing.status} ${typing.text.slice(0, 200)})`,
  );
};

/** Close on every page: the timer runs out and the chat ends with OnEnd('server'). */
const lastCloseEndsChat = async (t: CaseContext) => {
  const chat = await chatUnderTimer(t);
  const b = otherPage(chat.who);
  await b.client.open();
  await chat.who.client.close();
  await b.client.close();
  // A page that takes no part reads the browser session's events (the long-poll, which is no stream: the timer runs).
  const watcher = otherPage(chat.who);
  const ms = CLOSE_TIMER_MS + 5000;
  const end = await eventAfter(t, watcher, chat.seq, (e) => e.event === 'OnEnd' && e.sid === chat.sid, ms);
  t.must(
    end !== undefined,
    `the chat ends once its session-end timer (${CLOSE_TIMER_MS} ms) runs out after every page's Close (no OnEnd within ${ms} ms)`,
  );
  t.must(end.data?.initiator === 'server', `OnEnd says the server ended it (initiator server, got ${JSON.stringify(end.data)})`);
};

// --- the deployment's availability ---------------------------------------------------------------

/** The calls that must answer ServerInternalConnectivityError while the deployment is unavailable. */
const REFUSED = ['getAccessToken', 'openChats', 'startChat', 'sendMessage'] as const;

/**
 * While the deployment cannot take chats (the test condition unavailable), GetStatus says so -
 * OFFLINE (...) - and the calls answer ServerInternalConnectivityError, retryable; once it is
 * available again, ONLINE and the calls work.
 */
const unavailableDeployment = async (t: CaseContext) => {
  const online = await send(t, 'getStatus');
  t.must(
    online.text === 'ONLINE',
    `GetStatus answers ONLINE while the deployment takes chats (got ${online.status} ${online.text.slice(0, 100)})`,
  );
  const who = await customer(t);
  if (!(await t.conditions({ unavailable: true })))
    t.notTestable('needs the test condition unavailable (SetTestConditions) to make the deployment unable to take chats');
  const status = await send(t, 'getStatus');
  t.must(
    status.status === 200 && /^OFFLINE \(.+\)$/.test(status.text),
    `GetStatus answers 200 OFFLINE (...) while the deployment cannot take chats (got ${status.status} ${status.text.slice(0, 100)})`,
  );
  for (const operation of REFUSED)
    expectProblem(
      t,
      await call(t, who, operation, validRequest(operation, unknownIds(who.pageId))),
      'ServerInternalConnectivityError',
      `${operation} while the deployment is unavailable (GetStatus: ${status.text.slice(0, 100)})`,
    );
  await t.conditions({});
  const again = await send(t, 'getStatus');
  t.must(again.text === 'ONLINE', `GetStatus answers ONLINE once the deployment is available again (got ${again.text.slice(0, 100)})`);
  const token = await call(t, who, 'getAccessToken');
  t.must(token.status === 200, `GetAccessToken answers 200 once the deployment is available again (got ${token.status})`);
};

// --- an idle stream ------------------------------------------------------------------------------

/** When each frame of the page's stream arrived (events and Heartbeats), read for `ms` from `after`. */
async function frameTimes(
  t: CaseContext,
  who: Customer,
  after: number,
  ms: number,
): Promise<{ status: number; at: number[]; heartbeats: number }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  const read = { status: 0, at: [Date.now()], heartbeats: 0 };
  try {
    const query = new URLSearchParams({ page: who.pageId, after: String(after) });
    const response = await who.browser.fetch(`${t.baseUrl}${operations.openEventStream.path}?${query}`, {
      headers: { accept: 'text/event-stream' },
      signal: abort.signal,
    });
    read.status = response.status;
    if (!response.ok || response.body === null) return read;
    const decoder = createDecoder((frame) => {
      read.at.push(Date.now());
      if (frame.kind === 'heartbeat') read.heartbeats++;
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      decoder.feed(value);
    }
  } catch (error) {
    if (!abort.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  read.at.push(Date.now());
  return read;
}

/**
 * A queued chat's page, idle past the client's offline threshold (offlineAfterMs, 9 s): Heartbeats
 * keep its stream from going silent for longer than heartbeatIntervalMs, so the page never goes
 * offline.
 */
const idlePastOfflineThreshold = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const { heartbeatIntervalMs: interval, offlineAfterMs } = chat.limits;
  const states: string[] = [];
  chat.who.page.OnServerStateChanged = (state) => states.push(String(state));
  const ms = offlineAfterMs + 500;
  const read = await frameTimes(t, chat.who, chat.seq, ms);
  t.must(read.status === 200, `the event stream answers 200 (got ${read.status})`);
  const silences = read.at.slice(1).map((at, i) => at - (read.at[i] as number));
  const longest = Math.max(...silences);
  const allowed = Math.round(interval * SILENCE_FACTOR);
  t.must(
    longest <= allowed,
    `a Heartbeat fills every silence of the announced heartbeatIntervalMs (${interval} ms) while the page is idle for ${ms} ms: the longest silence was ${longest} ms (allowed: ${allowed} ms; ${read.heartbeats} Heartbeats)`,
  );
  t.must(
    states.length === 0,
    `the client library stays online through ${ms} ms of idleness, past its offline threshold (${offlineAfterMs} ms): OnServerStateChanged ${JSON.stringify(states)}`,
  );
};

// --- the cases -----------------------------------------------------------------------------------

const TIMER = { section: 'Communication model for floating web-chat', profile: 'floating-chat', level: 'MUST' } as const;

const defined: (SuiteCase & { impl: (t: CaseContext) => Promise<void> })[] = [
  {
    ...TIMER,
    id: 'timer:open-cancels',
    title: 'Close on page A, Open on page B: the Open cancels the session-end timer and the chat outlives it',
    covers: ['operation:closePage', 'operation:openChats'],
    impl: openCancelsTimer,
  },
  {
    ...TIMER,
    id: 'timer:ends-after-last-close',
    title: "Close on every page: when the session-end timer runs out the chat ends with OnEnd('server')",
    covers: ['operation:closePage', 'event:OnEnd'],
    impl: lastCloseEndsChat,
  },
  {
    id: 'status:unavailable',
    title:
      'While the deployment cannot take chats, GetStatus answers OFFLINE (...) and calls answer ServerInternalConnectivityError (503, retryable)',
    covers: ['operation:getStatus', 'error:ServerInternalConnectivityError'],
    section: 'System status check',
    level: 'MUST',
    profile: 'core',
    impl: unavailableDeployment,
  },
  {
    id: 'stream:idle-past-offline-threshold',
    title:
      "A page idle past the client's offline threshold (9 s) gets a Heartbeat at least every announced heartbeatIntervalMs and stays online",
    covers: ['operation:openEventStream', 'event:Heartbeat'],
    section: 'Events',
    level: 'MUST',
    profile: 'resilience',
    impl: idlePastOfflineThreshold,
  },
];

/** The suite's wire-protocol cases, in run order. */
export const protocolCases: SuiteCase[] = defined.map(({ impl: _impl, ...spec }) => spec);
export const protocolResolvers: Resolver[] = defined.map(({ id, impl }) => exact(id, impl));
