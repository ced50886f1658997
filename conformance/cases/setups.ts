// What the operation and error cases share: customers (a browser, a page of the real client and
// its token), raw calls as that page would make them, chats in the states a case needs (queued,
// connected to a CSO, ended, with an audio/video call or co-browsing), the stream and the poll as
// a page reads them, and the check that an answer is the contract's problem. Every chat a case
// starts is ended as the case ends, and every CSO it staffs is made not ready again, so that cases
// stay independent of each other and of their order.
import { randomBytes } from 'node:crypto';
import type { LivechatClient } from '../../client/src/core/client.ts';
import type { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { createDecoder } from '../../client/src/stream/decoder.ts';
import { type ErrorCode, errorCodes } from '../../generated/codes.ts';
import type { components } from '../../generated/http/openapi.ts';
import { operations } from '../../generated/http/operations.ts';
import type { AgentSession } from '../agent-driver/driver.ts';
import type { CaseContext, OperationId, RawAnswer, RawCall } from '../suite/context.ts';

export type Limits = components['schemas']['SessionLimits'];
export type Problem = components['schemas']['Problem'];
export type StreamEvent = { seq: number; event: string; sid?: string; clientId?: string; data?: Record<string, unknown> };
export type Page = ReturnType<SimulatedBrowser['newPage']>;

/** A customer's page: its browser (cookie jar), the real client on it, and what its raw calls carry. */
export type Customer = { browser: SimulatedBrowser; page: Page; client: LivechatClient; pageId: string; token: string };

/** A chat the case started, with the page that started it and what Start answered. */
export type Chat = { who: Customer; sid: string; clientId: string; seq: number; limits: Limits; agent: AgentSession | undefined };

/** A random id of the contract's id patterns (Sid, CallId, CobrowseId, PageId...): `prefix` and 32 hex digits. */
export const randomId = (prefix: string) => `${prefix}${randomBytes(16).toString('hex')}`;

// --- customers and raw calls ---------------------------------------------------------------------

/** A page of a new browser (or of `browser`), with the browser session's token. */
export async function customer(t: CaseContext, browser: SimulatedBrowser = t.browser()): Promise<Customer> {
  const page = browser.newPage();
  const token = await page.client.getAccessToken();
  return { browser, page, client: page.client, pageId: page.client.pageId, token };
}

/** Another page (tab) of the same browser: same cookies and token, its own page id; it has not called Open. */
export function otherPage(who: Customer): Customer {
  const page = who.browser.newPage();
  return { browser: who.browser, page, client: page.client, pageId: page.client.pageId, token: who.token };
}

/** A raw call as the customer's page makes it: its cookies, Livechat-Page and Livechat-Token (headers given win). */
export function call(
  t: CaseContext,
  who: Customer,
  operation: OperationId,
  request: RawCall & { timeoutMs?: number } = {},
): Promise<RawAnswer> {
  return send(t, operation, {
    ...request,
    browser: who.browser,
    headers: { 'livechat-page': who.pageId, 'livechat-token': who.token, ...request.headers },
  });
}

/** Any operation, as raw as the case needs (CaseContext.call). Without `browser`: no cookies at all. */
export function send(t: CaseContext, operation: OperationId, request: RawCall & { timeoutMs?: number } = {}): Promise<RawAnswer> {
  return t.call(operation, request);
}

/** A multipart/form-data body of files, one part each, under `field` (uploadFiles takes `files`). */
export function multipart(
  files: { name: string; type: string; content: string | Uint8Array }[],
  field = 'files',
): Pick<RawCall, 'rawBody' | 'headers'> {
  const boundary = `----conformance${randomBytes(8).toString('hex')}`;
  const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  const part = (file: (typeof files)[number]) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`;
  if (files.every((file) => typeof file.content === 'string'))
    return { rawBody: `${files.map((file) => `${part(file)}${file.content}\r\n`).join('')}--${boundary}--\r\n`, headers };
  // Binary content goes as its bytes (a string would be sent as UTF-8).
  const bytes = files.flatMap((file) => [Buffer.from(part(file)), Buffer.from(file.content), Buffer.from('\r\n')]);
  return { rawBody: new Uint8Array(Buffer.concat([...bytes, Buffer.from(`--${boundary}--\r\n`)])), headers };
}

// --- problems ------------------------------------------------------------------------------------

/** The answer is the contract's problem for `code`: its status, problem+json, the code, type, status and retryable it carries. */
export function expectProblem(t: CaseContext, answer: RawAnswer, code: ErrorCode, what: string): Problem {
  const { status, retryable } = errorCodes[code];
  const body = (typeof answer.body === 'object' && answer.body !== null ? answer.body : {}) as Partial<Problem>;
  const got = `${answer.status} ${body.code ?? JSON.stringify(answer.text.slice(0, 120))}`;
  t.must(answer.status === status && body.code === code, `${what} answers ${status} ${code} (got ${got})`);
  const type = answer.headers.get('content-type') ?? '';
  t.must(type.startsWith('application/problem+json'), `the answer is application/problem+json (got ${type || 'no Content-Type'})`);
  t.must(body.status === status, `the problem repeats the HTTP status ${status} (got ${body.status})`);
  t.must(body.type === `urn:livechat:error:${code}`, `the problem's type is urn:livechat:error:${code} (got ${body.type})`);
  t.must(body.retryable === retryable, `the problem says retryable: ${retryable}, as the contract gives ${code} (got ${body.retryable})`);
  if (status === 429 || status === 503)
    t.must(
      /^\d+$/.test(answer.headers.get('retry-after') ?? ''),
      `a ${status} carries Retry-After in seconds (got ${answer.headers.get('retry-after')})`,
    );
  if (retryable) t.should(Number.isInteger(body.retryAfterMs), 'a retryable problem says retryAfterMs');
  t.should(!/\n\s+at\s/.test(body.detail ?? ''), 'the problem carries no stack trace');
  return body as Problem;
}

// --- chats ---------------------------------------------------------------------------------------

const staffed = new WeakMap<CaseContext, Promise<AgentSession | undefined>>();

/**
 * The case's ready CSO (one a case), so that a chat stays queued instead of ending at once with
 * NoStaffedAgents; not ready again as the case ends, so that later cases' chats are not offered
 * to it. Undefined without an agent driver.
 */
export function staff(t: CaseContext): Promise<AgentSession | undefined> {
  let agent = staffed.get(t);
  if (agent === undefined) {
    agent = t.staff().then((session) => {
      if (session !== undefined) t.defer(() => session.call('agentReady', { body: { ready: false } }));
      return session;
    });
    staffed.set(t, agent);
  }
  return agent;
}

/** The case's CSO: the staffed one, or not testable without an agent driver. */
export async function cso(t: CaseContext): Promise<AgentSession> {
  return (await staff(t)) ?? t.agent();
}

const ending = new WeakSet<SimulatedBrowser>();

/** As the case ends, every chat still active in the browser session ends (a fresh page Opens them and Ends each). */
export function endChatsOnClose(t: CaseContext, browser: SimulatedBrowser): void {
  if (ending.has(browser)) return;
  ending.add(browser);
  t.defer(async () => {
    const page = browser.newPage();
    const who = { browser, page, client: page.client, pageId: page.client.pageId, token: await page.client.getAccessToken() };
    const opened = await call(t, who, 'openChats', { timeoutMs: 3000 });
    const sessions = (opened.body as { sessions?: { sid: string }[] } | undefined)?.sessions ?? [];
    for (const { sid } of sessions)
      await call(t, who, 'endChat', { path: { sid }, body: { reason: 'conformance case over' }, timeoutMs: 3000 });
  });
}

/**
 * Stops a case, not testable, when Start was refused by what the suite cannot supply: a captcha
 * text (it cannot read the image) or customer details encrypted by the customer's web server (it
 * has not the key).
 */
export function admissionStop(t: CaseContext, code: string | undefined): void {
  if (code === 'CaptchaIsEmpty' || code === 'CaptchaNotFound' || code === 'CaptchaDoesNotMatch')
    t.notTestable(`Start needs a chat, and the deployment requires a captcha for it (${code}), which the suite cannot read`);
  if (code === 'CustomerDetailsRejected')
    t.notTestable(
      'Start needs a chat, and the deployment requires customer details encrypted by its web server, whose key the suite has not',
    );
}

/** A new chat of a new customer (or of `who`), queued for a CSO; not testable when the deployment ends it at once. */
export async function queuedChat(t: CaseContext, who?: Customer): Promise<Chat> {
  const agent = await staff(t);
  const me = who ?? (await customer(t));
  endChatsOnClose(t, me.browser);
  const started = await me.client.start(t.details()).catch((error: unknown) => {
    admissionStop(t, (error as { code?: string }).code);
    throw error;
  });
  await stillActive(t, me, started, agent);
  return { who: me, sid: started.sid, clientId: started.clientId, seq: started.seq, limits: started.limits, agent };
}

/** Without a CSO staffed (no agent driver) a deployment may end a new chat at once (NoStaffedAgents): then the case is not testable. */
export async function stillActive(t: CaseContext, who: Customer, started: { sid: string; seq: number }, agent: AgentSession | undefined) {
  if (agent === undefined && (await events(t, who, started.seq)).some((e) => e.event === 'OnEnd' && e.sid === started.sid))
    t.notTestable('the deployment ended the chat at once (no CSO staffed): run with an agent driver');
}

/** A chat a CSO has accepted (an audio/video call and co-browsing need one). */
export async function connectedChat(t: CaseContext, who?: Customer): Promise<Chat & { agent: AgentSession }> {
  const agent = await cso(t);
  const chat = await queuedChat(t, who);
  const accepted = await agent.call('acceptChat', { path: { sid: chat.sid } });
  t.must(accepted.status === 200, `the CSO accepts the chat (AcceptChat answered ${accepted.status})`);
  return { ...chat, agent };
}

/** A chat its page has ended (End answered, OnEnd on the stream). */
export async function endedChat(t: CaseContext): Promise<Chat> {
  const chat = await queuedChat(t);
  await chat.who.client.end('conformance');
  return chat;
}

/** An audio/video call of a connected chat, started by the chat's page. */
export async function avCall(t: CaseContext): Promise<Chat & { agent: AgentSession; callId: string }> {
  const chat = await connectedChat(t);
  const started = await call(t, chat.who, 'startAvCall', { path: { sid: chat.sid }, body: { audio: true, video: true } });
  t.must(started.status === 201, `StartAvCall answers 201 (got ${started.status} ${started.text.slice(0, 200)})`);
  return { ...chat, callId: (started.body as { callId: string }).callId };
}

/** The co-browse configuration the cases start with: one checkbox, the pointer and annotations. */
export const cobrowseConfig = { domControlList: { checkboxId: ['checkbox1'] }, isMousePointerCapture: true, isAnnotationEnabled: true };

/** Co-browsing in a connected chat, started by the chat's page with `cobrowseConfig`. */
export async function cobrowsing(t: CaseContext): Promise<Chat & { agent: AgentSession; cobrowseId: string }> {
  const chat = await connectedChat(t);
  const started = await call(t, chat.who, 'startCobrowse', { path: { sid: chat.sid }, body: cobrowseConfig });
  t.must(started.status === 201, `StartCobr answers 201 (got ${started.status} ${started.text.slice(0, 200)})`);
  return { ...chat, cobrowseId: (started.body as { cobrowseId: string }).cobrowseId };
}

// --- events --------------------------------------------------------------------------------------

/** The browser session's events after `after`, as a long-poll that does not wait answers them now. */
export async function events(t: CaseContext, who: Customer, after: number, waitMs = 0): Promise<StreamEvent[]> {
  const answer = await call(t, who, 'pollEvents', { query: { page: who.pageId, after: String(after), waitMs: String(waitMs) } });
  t.must(answer.status === 200, `the long-poll answers 200 (got ${answer.status} ${answer.text.slice(0, 200)})`);
  return (answer.body as { events: StreamEvent[] }).events;
}

/** Waits (polling) until the browser session has an event after `after` that matches; undefined after `ms`. */
export async function eventAfter(
  t: CaseContext,
  who: Customer,
  after: number,
  match: (event: StreamEvent) => boolean,
  ms = 3000,
): Promise<StreamEvent | undefined> {
  const until = Date.now() + ms;
  for (;;) {
    const found = (await events(t, who, after, 0)).find(match);
    if (found !== undefined || Date.now() > until) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The CSO's first event that matches, or a failed check naming `what` after `ms`. */
export async function agentEvent(
  t: CaseContext,
  agent: AgentSession,
  what: string,
  match: (event: { event: string; sid?: string; data?: Record<string, unknown> }) => boolean,
  ms = 3000,
) {
  const found = await agent.waitFor(match, ms).catch(() => undefined);
  t.must(found !== undefined, `the CSO receives ${what} within ${ms} ms`);
  return found;
}

export type StreamRead = { status: number; headers: Headers; text: string; events: StreamEvent[] };

/**
 * Reads the event stream as the page would (`after`, and/or `Last-Event-ID`) until `enough` holds
 * for what arrived or `ms` passed, then drops the connection.
 */
export async function readStream(
  t: CaseContext,
  who: Customer,
  from: { after?: number; lastEventId?: number; headers?: Record<string, string> },
  enough: (events: StreamEvent[]) => boolean,
  ms = 3000,
): Promise<StreamRead> {
  const query = new URLSearchParams({ page: who.pageId, ...(from.after !== undefined ? { after: String(from.after) } : {}) });
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ms);
  const read: StreamRead = { status: 0, headers: new Headers(), text: '', events: [] };
  try {
    const response = await who.browser.fetch(`${t.baseUrl}${operations.openEventStream.path}?${query}`, {
      headers: {
        ...from.headers,
        accept: 'text/event-stream',
        ...(from.lastEventId !== undefined ? { 'last-event-id': String(from.lastEventId) } : {}),
      },
      signal: abort.signal,
    });
    read.status = response.status;
    read.headers = response.headers;
    if (!(response.headers.get('content-type') ?? '').includes('text/event-stream') || response.body === null) {
      read.text = await response.text();
      return read;
    }
    const decoder = createDecoder((frame) => {
      if (frame.kind === 'event') read.events.push(frame.payload as StreamEvent);
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    while (!enough(read.events)) {
      const { value, done } = await reader.read();
      if (done) break;
      read.text += value;
      decoder.feed(value);
    }
    await reader.cancel().catch(() => undefined);
  } catch (error) {
    if (!abort.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  return read;
}
