// What the event, multi-chat and reason cases share: customers (a browser and its pages, each page
// with every handler of the document's surface assigned and recorded), CSOs through the agent
// driver, raw page calls for what the client library does not make yet (audio/video,
// co-browsing), raw event streams read frame by frame (Last-Event-ID, heartbeats, Resync), and a
// network between a page and the deployment that can stall or drop the page's stream on purpose.
// Everything a scenario starts is ended when the case ends (Scope), so cases do not depend on
// each other's leftovers: chats are ended, streams closed.
import { randomBytes } from 'node:crypto';
import type { ClientOptions, LivechatClient, Session, StartResult } from '../../client/src/core/client.ts';
import type { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { createSseParser } from '../../client/src/stream/sse.ts';
import { handlers } from '../../generated/client/tables.ts';
import type { Livechat, Multilivechat } from '../../generated/surface/livechat.ts';
import type { AgentAnswer, AgentCall, AgentEvent, AgentOperationId, AgentSession } from '../agent-driver/driver.ts';
import type { CaseContext, OperationId, RawAnswer } from '../suite/context.ts';
import type { CaseImpl, CaseSpec } from '../suite/registry.ts';

export type HandlerName = keyof typeof handlers;
export const handlerNames = Object.keys(handlers) as HandlerName[];

/** A page of a customer's browser: the document's object (livechat or multilivechat) and the typed client under it. */
export type Page = (Livechat | Multilivechat) & { client: LivechatClient };

/** One handler call a page made, with the document's arguments. */
export type Raised = { page: string; handler: HandlerName; args: unknown[] };

// --- scope: what a case opened is closed as it ends ---------------------------------------------

/** What a case opened, closed as it ends whatever happened: the case context's cleanups (reverse order). */
export class Scope {
  constructor(private readonly t: CaseContext) {}
  add(cleanup: () => unknown): void {
    this.t.defer(cleanup);
  }
}

/** A case whose customers, agents and streams are closed, and chats ended, when it ends. */
export function scenario(impl: (t: CaseContext, s: Scope, spec: CaseSpec) => Promise<void>): CaseImpl {
  return (t, spec) => impl(t, new Scope(t), spec);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Time for a duplicate or a stray event to show up once what was expected has arrived. */
export const SETTLE_MS = 100;

/** A text unique to this run, so a case never mistakes another case's message for its own. */
export const unique = (what: string) => `${what} #${randomBytes(3).toString('hex')}`;

/** What the CSO sends: earlier history, an application message; what the customer uploads. */
export const HISTORY = [
  { type: 'msg', by: 'c', msg: 'Card%20declined', time: '2026-11-18T09:00:00.000Z' },
  { type: 'msg', by: 'a', msg: 'Let%20me%20check.', time: '2026-11-18T09:00:30.000Z' },
];
export const APP_MESSAGE = '{"open":"address-change"}';
export const NOTE = 'Statement for March, as discussed.\n';
export const noteFile = (name = 'statement.txt') => new File([NOTE], name, { type: 'text/plain' });

// --- customers ----------------------------------------------------------------------------------

/** One customer: a browser (one cookie jar, one browser session) and its pages, every handler recorded. */
export class Customer {
  readonly raised: Raised[] = [];
  readonly pages = new Map<string, Page>();
  /** Chats started here, ended as the case ends. */
  private readonly started = new Map<string, string>();

  constructor(
    readonly t: CaseContext,
    readonly browser: SimulatedBrowser,
    readonly variant: 'single' | 'multi',
    scope: Scope,
  ) {
    scope.add(() => this.endAll());
  }

  /** Ends every chat of this customer that may still be active, from a page that takes part in it. */
  private async endAll(): Promise<void> {
    const sids = new Set([...this.started.keys(), ...[...this.pages.values()].flatMap((page) => page.client.sids)]);
    for (const sid of sids) {
      const starter = this.pages.get(this.started.get(sid) ?? '');
      const inIt = [...this.pages.values()].filter((page) => page.client.sids.includes(sid));
      for (const page of new Set([...inIt, ...(starter ? [starter] : [])])) {
        const ended = await page.client.end(undefined, sid).then(
          () => true,
          () => false,
        );
        if (ended) break;
      }
    }
  }

  /** A new page (tab) of this browser whose every handler of the document's surface is recorded. */
  page(label: string, options: ClientOptions = {}): Page {
    const page: Page =
      this.variant === 'multi' ? this.browser.newPage({ ...options, variant: 'multi' }) : this.browser.newPage({ ...options });
    for (const name of handlerNames)
      (page as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => this.raised.push({ page: label, handler: name, args });
    this.pages.set(label, page);
    return page;
  }

  get(label: string): Page {
    const page = this.pages.get(label);
    if (page === undefined) throw new Error(`no page ${label}`);
    return page;
  }

  /** A page of a single-chat customer, as the document's livechat object. */
  single(label: string): Livechat & { client: LivechatClient } {
    return this.get(label) as Livechat & { client: LivechatClient };
  }

  /** A page of a multi-chat customer, as the document's multilivechat object. */
  multi(label: string): Multilivechat & { client: LivechatClient } {
    return this.get(label) as Multilivechat & { client: LivechatClient };
  }

  /** Start on a page through the typed API (OnStartSuccess / OnStartFailed are raised as by the document's Start). */
  async start(label: string, clientId?: string, details = this.t.details()): Promise<StartResult> {
    const result = await this.get(label).client.start(details, undefined, clientId);
    this.started.set(result.sid, label);
    return result;
  }

  /** Open on a page; the sessions it joined. */
  open(label: string): Promise<Session[]> {
    return this.get(label).client.open();
  }

  /** The handler calls of one handler (on one page, or all), in the order they were raised. */
  calls(handler: HandlerName, page?: string): Raised[] {
    return this.raised.filter((r) => r.handler === handler && (page === undefined || r.page === page));
  }

  /** The arguments of each call of a handler on a page. */
  args(handler: HandlerName, page: string): unknown[][] {
    return this.calls(handler, page).map((r) => r.args);
  }

  /** The handlers a page raised, in order (only those named, when given). */
  sequence(page: string, only?: readonly HandlerName[]): HandlerName[] {
    return this.raised.filter((r) => r.page === page && (only === undefined || only.includes(r.handler))).map((r) => r.handler);
  }

  /** Waits until `count` calls of the handler were raised on every page named. */
  async until(handler: HandlerName, pages: readonly string[], count = 1, ms = 5000): Promise<boolean> {
    return this.t.until(() => pages.every((p) => this.calls(handler, p).length >= count), ms);
  }

  /** A raw call of an operation as this page would make it: its cookies, token and page id. */
  async call(label: string, operation: OperationId, call: { path?: Record<string, string>; body?: unknown } = {}): Promise<RawAnswer> {
    const page = this.get(label);
    const token = await page.client.getAccessToken();
    return this.t.call(operation, {
      ...call,
      browser: this.browser,
      headers: { 'livechat-token': token, 'livechat-page': page.client.pageId },
    });
  }

  /** The browser session's events after `after`, from the long-poll fallback, answered at once. */
  async poll(label: string, after = 0): Promise<Record<string, unknown>[]> {
    const answer = await this.t.call('pollEvents', {
      browser: this.browser,
      query: { page: this.get(label).client.pageId, after: String(after), waitMs: '0' },
    });
    return ((answer.body as { events?: Record<string, unknown>[] } | undefined)?.events ?? []) as Record<string, unknown>[];
  }
}

/** A customer of this case; `network` controls its pages' event streams (see StreamControl). */
export function customer(t: CaseContext, s: Scope, variant: 'single' | 'multi' = 'single', network?: StreamControl): Customer {
  const browser = t.browser();
  if (network !== undefined) {
    network.attach(browser.fetch);
    // Every page of this browser fetches through the control (newPage reads the browser's fetch).
    Object.defineProperty(browser, 'fetch', { value: network.fetch });
    s.add(() => network.release());
  }
  return new Customer(t, browser, variant, s);
}

// --- CSOs ---------------------------------------------------------------------------------------

/** Makes the agent ready for chats now, and not ready as the case ends (later cases' chats are not offered to it). */
async function makeReady(t: CaseContext, agent: AgentSession): Promise<AgentSession> {
  const ready = await agent.call('agentReady', { body: { ready: true } });
  t.must(ready.status === 204, `AgentReady answers 204 (got ${ready.status})`);
  t.defer(() => agent.call('agentReady', { body: { ready: false } }));
  return agent;
}

/** A CSO through the agent driver, ready for chats (so that a new chat is offered to it). */
export async function readyAgent(t: CaseContext, name = 'Alice'): Promise<AgentSession> {
  return makeReady(t, await t.agent(name));
}

/**
 * A ready CSO when the run has an agent driver, so that a chat stays queued rather than being
 * refused for want of one (NoStaffedAgents); without a driver the case goes on.
 */
export async function staffed(t: CaseContext): Promise<AgentSession | undefined> {
  const staff = await t.staff();
  if (staff !== undefined) t.defer(() => staff.call('agentReady', { body: { ready: false } }));
  return staff;
}

/** The agent takes the chat (queued for it, or offered by a transfer or conference). */
export async function accept(t: CaseContext, agent: AgentSession, sid: string): Promise<void> {
  const answer = await agent.call('acceptChat', { path: { sid } });
  t.must(answer.status === 200, `AcceptChat answers 200 for ${sid} (got ${answer.status}: ${show(answer.body)})`);
}

/** An agent call that must succeed with one of `ok`. */
export async function agentDoes<Id extends AgentOperationId>(
  t: CaseContext,
  agent: AgentSession,
  operation: Id,
  input: AgentCall<Id>,
  ok: readonly number[] = [200, 201, 202, 204],
): Promise<AgentAnswer<Id>['body']> {
  const answer = await agent.call(operation, input);
  t.must(ok.includes(answer.status), `${operation} answers ${ok.join('/')} (got ${answer.status}: ${show(answer.body)})`);
  return answer.body;
}

/** Waits for an agent event; undefined after `ms`. */
export async function agentEvent(agent: AgentSession, match: (e: AgentEvent) => boolean, ms = 5000): Promise<AgentEvent | undefined> {
  return agent.waitFor(match, ms).catch(() => undefined);
}

/**
 * A chat a CSO took: a customer (pages p1, which starts, and p2, which opens), a ready agent
 * that accepted. The pages take part before anything is provoked.
 */
export async function connectedChat(
  t: CaseContext,
  s: Scope,
  options: { variant?: 'single' | 'multi'; network?: StreamControl; pageOptions?: ClientOptions; agentName?: string } = {},
) {
  const agent = await readyAgent(t, options.agentName ?? 'Alice');
  const c = customer(t, s, options.variant ?? 'single', options.network);
  c.page('p1', options.pageOptions);
  c.page('p2', options.pageOptions);
  const started = await c.start('p1', options.variant === 'multi' ? 'support-1' : undefined);
  await accept(t, agent, started.sid);
  await c.open('p2');
  t.must(await c.until('OnRemoteUserConnected', ['p1'], 1), 'the starting page hears the CSO connect (OnRemoteUserConnected)');
  return { agent, c, sid: started.sid, clientId: started.clientId, started };
}

// --- raw event streams --------------------------------------------------------------------------

export type Frame = {
  at: number;
  id: string | undefined;
  event: string | undefined;
  /** The payload (events and heartbeats). */
  data?: Record<string, unknown>;
  /** A retry field. */
  retry?: number;
};

/** An event stream read frame by frame, as a page without the client library would read it. */
export class RawStream {
  readonly frames: Frame[] = [];
  readonly openedAt = Date.now();
  ended = false;

  private constructor(
    readonly status: number,
    private readonly abort: AbortController,
  ) {}

  static async open(c: Customer, s: Scope, label: string, position: { after?: number; lastEventId?: number } = {}): Promise<RawStream> {
    const page = c.get(label);
    await page.client.getAccessToken(); // the cookie
    const abort = new AbortController();
    const query = new URLSearchParams({ page: page.client.pageId });
    if (position.after !== undefined) query.set('after', String(position.after));
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (position.lastEventId !== undefined) headers['last-event-id'] = String(position.lastEventId);
    const response = await c.browser.fetch(`${c.t.baseUrl}/tetherfi/livechat/events?${query}`, { headers, signal: abort.signal });
    const stream = new RawStream(response.status, abort);
    s.add(() => stream.close());
    if (!response.ok || response.body === null) {
      stream.ended = true;
      return stream;
    }
    const parse = createSseParser({
      onEvent: (message) => {
        let data: Record<string, unknown> | undefined;
        try {
          data = JSON.parse(message.data) as Record<string, unknown>;
        } catch {
          data = undefined;
        }
        stream.frames.push({ at: Date.now(), id: message.id, event: message.event, ...(data !== undefined ? { data } : {}) });
      },
      onRetry: (ms) => stream.frames.push({ at: Date.now(), id: undefined, event: undefined, retry: ms }),
      onError: () => undefined, // the observer reports malformed frames
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
        if (done) break;
        parse(value ?? '');
      }
      stream.ended = true;
    })();
    return stream;
  }

  /** The chat events (frames with an event name other than Heartbeat). */
  get events(): (Frame & { data: Record<string, unknown>; seq: number; name: string })[] {
    return this.frames
      .filter((f) => f.data !== undefined && f.event !== undefined && f.event !== 'Heartbeat')
      .map((f) => ({ ...f, data: f.data as Record<string, unknown>, seq: Number(f.id), name: f.event as string }));
  }

  named(...names: string[]) {
    return this.events.filter((e) => names.includes(e.name));
  }

  get heartbeats(): Frame[] {
    return this.frames.filter((f) => f.event === 'Heartbeat');
  }

  close(): void {
    this.abort.abort();
  }
}

// --- a network that stalls or drops the page's stream -------------------------------------------

type Pipe = {
  controller: ReadableStreamDefaultController<Uint8Array>;
  upstream: ReadableStreamDefaultReader<Uint8Array>;
  held: Uint8Array[];
};

/**
 * Sits between a browser's pages and the deployment. Calls pass untouched; each event stream
 * passes through a pipe the case can stall (the bytes are held, as a network that goes silent
 * holds them: the deployment keeps writing and sees nothing wrong) or drop (the connection dies:
 * what was held is lost, the page's reader gets an error and reconnects by itself with
 * Last-Event-ID). The deployment cannot be made silent from outside; this is how a case makes
 * the silence a page experiences on a bad network.
 */
export class StreamControl {
  /** Each event-stream request of the pages: when, and the position it asked for. */
  readonly connects: { at: number; lastEventId: string | null; after: string | null }[] = [];
  private inner: typeof fetch = globalThis.fetch;
  private readonly pipes = new Set<Pipe>();
  private stalled = false;

  attach(inner: typeof fetch): void {
    this.inner = inner;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const response = await this.inner(input, init);
    if (!url.pathname.endsWith('/tetherfi/livechat/events') || !response.ok || response.body === null) return response;
    const headers = new Headers(init?.headers);
    this.connects.push({ at: Date.now(), lastEventId: headers.get('last-event-id'), after: url.searchParams.get('after') });
    const upstream = response.body.getReader();
    const pipe = { upstream, held: [] } as unknown as Pipe;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        pipe.controller = controller;
      },
      cancel: (reason) => {
        this.pipes.delete(pipe);
        return upstream.cancel(reason).catch(() => undefined);
      },
    });
    this.pipes.add(pipe);
    void (async () => {
      for (;;) {
        const { value, done } = await upstream.read().catch(() => ({ value: undefined, done: true as const }));
        if (!this.pipes.has(pipe)) return;
        if (done || value === undefined) {
          this.pipes.delete(pipe);
          try {
            pipe.controller.close();
          } catch {
            // already errored or closed
          }
          return;
        }
        if (this.stalled) pipe.held.push(value);
        else pipe.controller.enqueue(value);
      }
    })();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };

  /** The pages' streams go silent: nothing more reaches them, the deployment notices nothing. */
  stall(): void {
    this.stalled = true;
  }

  /** The silence ends on the same connections: what was held arrives, late. */
  resume(): void {
    this.stalled = false;
    for (const pipe of this.pipes) for (const chunk of pipe.held.splice(0)) pipe.controller.enqueue(chunk);
  }

  /** The connections die: what was held is lost, and each page's reader sees the error. New connections pass normally. */
  drop(): void {
    this.stalled = false;
    for (const pipe of [...this.pipes]) {
      this.pipes.delete(pipe);
      pipe.held.length = 0;
      pipe.controller.error(new TypeError('the connection was lost (simulated by the conformance suite)'));
      void pipe.upstream.cancel().catch(() => undefined);
    }
  }

  /** Ends the case's interference: nothing stays held. */
  release(): void {
    this.resume();
  }
}

// --- small checks -------------------------------------------------------------------------------

/** Whether the values are the same JSON. */
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A short JSON of a value for a check's message. */
export const show = (value: unknown) => {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

/** Seqs without gap or repeat, each one more than the last. */
export const consecutive = (seqs: number[]) => seqs.every((seq, i) => i === 0 || seq === (seqs[i - 1] ?? 0) + 1);

/**
 * Each page named raised the handler exactly with these arguments, in this order, and nothing
 * more after a moment: every page that takes part, once, in order.
 */
export async function expectRaised(
  c: Customer,
  handler: HandlerName,
  pages: readonly string[],
  expected: unknown[][],
  what: string,
  ms = 5000,
): Promise<void> {
  await c.t.until(() => pages.every((p) => c.calls(handler, p).length >= expected.length), ms);
  await sleep(SETTLE_MS);
  for (const p of pages) {
    const got = c.args(handler, p);
    c.t.must(
      same(got, expected),
      `${what}: page ${p} raised ${handler} with ${show(got)}, expected ${show(expected)} - each once, in order`,
    );
  }
}

/** None of the pages named raised the handler. */
export function expectNone(c: Customer, handler: HandlerName, pages: readonly string[], what: string): void {
  for (const p of pages) {
    const got = c.args(handler, p);
    c.t.must(got.length === 0, `${what}: page ${p} raised ${handler} with ${show(got)}, expected no call`);
  }
}

// --- chats the deployment refuses ---------------------------------------------------------------

/** Most chats a case queues to find the queue's limit: a larger queue is not filled by a conformance run. */
export const QUEUE_FILL = 5;

/** The captcha text a deployment set up for testing is told to show (SetTestConditions captchaText). */
export const TEST_CAPTCHA_TEXT = 'K7XP4';

export type Refused = {
  c: Customer;
  sid: string;
  clientId: string;
  reasonCode: string;
  /** The chats queued before the refused one (when the queue was filled). */
  queued: Customer[];
};

/**
 * Starts a chat (page p1, enable_autocb on) and waits for what the deployment does with it:
 * OnSystemNotification (refused) or OnCallQueued (queued). A chat started with no CSO logged in
 * at all is refused (NoStaffedAgents); with `fill`, more chats are queued, each in its own
 * browser, up to QUEUE_FILL more, until one is refused (QueueIsTooBig). undefined when every
 * chat was queued: the deployment's state allows no refusal the suite can provoke.
 */
export async function refusedChat(t: CaseContext, s: Scope, variant: 'single' | 'multi', fill: boolean): Promise<Refused | undefined> {
  const queued: Customer[] = [];
  for (let i = 0; i <= (fill ? QUEUE_FILL : 0); i++) {
    const c = customer(t, s, variant);
    c.page('p1');
    const details = t.details(`Conformance Customer ${i + 1}`);
    details.enable_autocb = true;
    const started = await c.start('p1', variant === 'multi' ? `support-${i + 1}` : undefined, details);
    await t.until(() => c.calls('OnSystemNotification', 'p1').length > 0 || c.calls('OnCallQueued', 'p1').length > 0, 3000);
    const [notification] = c.calls('OnSystemNotification', 'p1');
    if (notification !== undefined)
      return { c, sid: started.sid, clientId: started.clientId, reasonCode: String(notification.args[0]), queued };
    t.must(c.calls('OnCallQueued', 'p1').length > 0, 'a new chat hears OnCallQueued or OnSystemNotification within 3 s');
    queued.push(c);
  }
  return undefined;
}

/**
 * What a refused chat's starting page raises: OnSystemNotification(reasonCode) and its synonym
 * OnCallbackAutoRegistered with the same arguments (multilivechat: and the Sid), then
 * OnEnd('server'); on the wire the notification says the callback was recorded.
 */
export async function checkRefusal(t: CaseContext, refused: Refused, variant: 'single' | 'multi'): Promise<void> {
  const { c, sid, reasonCode } = refused;
  const tail = variant === 'multi' ? [sid] : [];
  await expectRaised(c, 'OnSystemNotification', ['p1'], [[reasonCode, ...tail]], 'OnSystemNotification(reasonCode)');
  await expectRaised(
    c,
    'OnCallbackAutoRegistered',
    ['p1'],
    [[reasonCode, ...tail]],
    'its synonym OnCallbackAutoRegistered, same arguments',
  );
  await expectRaised(c, 'OnEnd', ['p1'], [['server', undefined, ...tail]], 'OnEnd(server) follows');
  t.must(
    same(c.sequence('p1', ['OnStartSuccess', 'OnSystemNotification', 'OnCallbackAutoRegistered', 'OnEnd']), [
      'OnStartSuccess',
      'OnSystemNotification',
      'OnCallbackAutoRegistered',
      'OnEnd',
    ]),
    `in order: OnStartSuccess, OnSystemNotification, OnCallbackAutoRegistered, OnEnd (${show(c.sequence('p1'))})`,
  );
  const wire = (await c.poll('p1')).filter((e) => e.sid === sid);
  const notification = wire.find((e) => e.event === 'OnSystemNotification') as { data?: { callbackRecorded?: boolean } } | undefined;
  t.must(
    !wire.some((e) => e.event === 'OnCallbackAutoRegistered'),
    'OnCallbackAutoRegistered is never on the wire (the library raises it)',
  );
  t.should(notification?.data?.callbackRecorded !== false, 'with enable_autocb the callback is recorded (callbackRecorded not false)');
}

/** The not-testable verdict of a case that needs a refused chat and got none. */
export const NO_REFUSAL =
  'every chat was queued: a CSO is logged in and the queue took the chats the suite may add, so the deployment refused none, and it offers no test conditions (SetTestConditions staffed: false). OnSystemNotification needs a refusal - NoStaffedAgents (no CSO logged in at all: a CSO, once logged in, stays so through the agent interface, so run these cases first on a fresh deployment, e.g. --filter "OnSystemNotification|OnCallbackAutoRegistered|reason:"), QueueIsTooBig (a queue of at most ' +
  QUEUE_FILL +
  ' chats) or TimedOutInQueue';

/**
 * OnSystemNotification and its synonym for a chat the deployment refuses: one started while no CSO
 * is logged in; else one started with no CSO counted (where the deployment takes test conditions:
 * asking logs a CSO in, so it comes second); else one beyond a full queue. Not testable when it
 * refuses none.
 */
export async function refusalRaises(t: CaseContext, s: Scope, variant: 'single' | 'multi'): Promise<void> {
  const refused =
    (await refusedChat(t, s, variant, false)) ??
    ((await t.conditions({ staffed: false })) ? await refusedChat(t, s, variant, false) : await refusedChat(t, s, variant, true));
  if (refused === undefined) return t.notTestable(NO_REFUSAL);
  await checkRefusal(t, refused, variant);
  t.should(refused.c.calls('OnCallQueued', 'p1').length === 0, 'a refused chat is not announced as queued first');
  t.info(
    `the deployment refused the chat with ${refused.reasonCode}${refused.queued.length > 0 ? ` after ${refused.queued.length} queued chats` : ''}`,
  );
}
