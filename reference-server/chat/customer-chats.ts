// The customer's side of the chat core, as the document describes it: browser sessions and their
// credentials (session-secrets.ts: the cookie `<id>.<secret>`, the token derived from the secret,
// only a hash of it stored), pages that Open and Close (floating chat) with the session-end timer, Start and
// End with the document's rules, and what a page says in a chat. Every change of a browser
// session's chats runs under that session's lock, so Open's snapshot and its seq always agree.

import { sameToken } from '../secure-details/decrypt.ts';
import type { BrowserSessionRecord, ChatRecord, StoredEvent } from '../store/store.ts';
import { type Admission, openAdmission } from './admission.ts';
import { ChatError } from './chat-error.ts';
import { type ChatContext, chatLockKey } from './context.ts';
import { logRef, newId } from './ids.ts';
import type { Routing } from './routing.ts';
import { newSessionSecret, secretMatches, sessionCookie, sessionHashOf, splitSessionCookie, tokenOf } from './session-secrets.ts';
import { checkRoomForMessage, transcriptCapOf } from './transcript-cap.ts';

/** A browser session whose cookie was verified, and its access token (derived from the cookie's secret: not stored). */
export type BrowserCaller = { readonly session: BrowserSessionRecord; readonly token: string };

const browserTokenOf = (secret: string) => tokenOf(secret, 'livechat-token', 'tk_');

/** Start's body; the client library always sends a clientId, a raw caller may not (the server then makes one). */
export type StartBody = { details: Record<string, unknown>; vaSession?: string; clientId?: string; multichat?: boolean };

/** The most app-message ids a chat remembers for deduplication. */
const APP_MESSAGE_IDS_KEPT = 256;

/** A browser session a cookie opened; its token (an HMAC of the cookie's secret) made only when asked - a stream or a read never checks it. */
class CookieCaller implements BrowserCaller {
  private derived: string | undefined;

  constructor(
    readonly session: BrowserSessionRecord,
    private readonly secret: string,
  ) {}

  get token(): string {
    this.derived ??= browserTokenOf(this.secret);
    return this.derived;
  }
}

export class CustomerChats {
  /** Session-end timers this process armed (the close-timer-not-cancelled fault keeps them running). */
  private readonly armedHere = new Set<string>();

  /** What other parts of the core do when a page leaves a chat that goes on (its call and co-browsing end). */
  private readonly pageLeaveHooks: ((chat: ChatRecord, page: string) => Promise<void>)[] = [];

  constructor(
    private readonly ctx: ChatContext,
    private readonly routing: Routing,
    readonly admission: Admission = openAdmission,
  ) {
    // A process that died took its streams along: its browser sessions' timers are looked at again.
    ctx.presence.onLost(async (browserSessionIds) => {
      for (const id of browserSessionIds)
        await ctx.locks.run(`browser:${id}`, async () => {
          for (const chat of await ctx.store.chatsOf(id)) await this.reconsiderTimer(chat);
        });
    });
  }

  /** The limits of a single-chat browser session (schemas/SessionLimits.yaml). */
  get limits() {
    return this.limitsFor('single');
  }

  /** The limits Start and Open announce to a browser session of this mode. */
  limitsFor(mode: 'single' | 'multi' | undefined) {
    const c = this.ctx.config;
    return {
      maxMessageLength: 4096,
      maxAppMessageBytes: 16384,
      maxFileBytes: 10485760,
      maxFilesPerUpload: 5,
      allowedFileTypes: ['image/png', 'image/jpeg', 'application/pdf', 'text/plain'],
      messagesPerMinute: c.LIVECHAT_MESSAGES_PER_MINUTE,
      signalsPerMinute: c.LIVECHAT_SIGNALS_PER_MINUTE,
      maxConcurrentChats: mode === 'multi' ? c.LIVECHAT_MAX_CHATS_PER_BROWSER : 1,
      sessionLifetimeMs: c.LIVECHAT_SESSION_LIFETIME_MS,
      closeTimerMs: this.closeTimerMs,
      heartbeatIntervalMs: c.LIVECHAT_HEARTBEAT_MS,
      offlineAfterMs: 9000,
      eventRetention: { events: c.LIVECHAT_RETENTION_EVENTS, ms: c.LIVECHAT_RETENTION_MS },
      transcriptCap: transcriptCapOf(this.ctx),
    };
  }

  // --- browser sessions --------------------------------------------------------------------------

  /** A new browser session: its record is stored; its cookie and token go to the browser only. */
  async newBrowserSession(): Promise<BrowserCaller & { cookie: string }> {
    const secret = newSessionSecret('bsec_');
    const session = { id: newId('bs_'), secretHash: sessionHashOf(secret), createdAt: Date.now(), openedPages: [] };
    await this.ctx.store.putBrowserSession(session);
    return { session, token: browserTokenOf(secret), cookie: sessionCookie(session.id, secret) };
  }

  /**
   * The browser session a cookie opens, and its token; undefined alike for an unknown id, a wrong
   * secret, a cookie of another shape, and a session an earlier version stored (no secret hash).
   */
  async browserSessionOf(cookie: string | undefined): Promise<BrowserCaller | undefined> {
    const parts = splitSessionCookie(cookie);
    if (parts === undefined) return undefined;
    const session = await this.ctx.store.getBrowserSession(parts.id);
    if (session === undefined || !secretMatches(parts.secret, session.secretHash)) return undefined;
    return new CookieCaller(session, parts.secret);
  }

  /** The browser session of a cookie and its token, with the token checked on state-changing calls (the order of checks of spec/README.md). */
  async verify(cookie: string | undefined, token: string | undefined, changesState: boolean): Promise<BrowserCaller> {
    return this.verifyCaller(cookie === undefined ? undefined : await this.browserSessionOf(cookie), cookie, token, changesState);
  }

  /** verify's checks, on what browserSessionOf(cookie) answered (the HTTP layer works it out once a request). */
  verifyCaller(
    caller: BrowserCaller | undefined,
    cookie: string | undefined,
    token: string | undefined,
    changesState: boolean,
  ): BrowserCaller {
    if (cookie === undefined)
      throw new ChatError('CookiesDisabled', 'no LIVECHAT_SESSION cookie: the browser refuses cookies, or GetAccessToken was not called');
    if (caller === undefined)
      throw new ChatError('AccessTokenInvalid', 'the browser session has expired or is unknown: call GetAccessToken again');
    if (changesState && !sameToken(token, caller.token) && !this.ctx.faults.has('token-not-checked'))
      throw new ChatError(
        'AccessTokenInvalid',
        'Livechat-Token is missing or is not this browser session’s token: call GetAccessToken again',
      );
    return caller;
  }

  /** The browser session of a cookie, with the token checked on state-changing calls. */
  async authenticate(cookie: string | undefined, token: string | undefined, changesState: boolean): Promise<BrowserSessionRecord> {
    return (await this.verify(cookie, token, changesState)).session;
  }

  // --- Open, Close, Start, End -------------------------------------------------------------------

  /**
   * Open: the page joins every active chat of the browser session; a running session-end timer
   * stops. No chat to join is no error (the document: NoSessionFound "is actually not an error"):
   * the answer says why there is none.
   */
  async open(session: BrowserSessionRecord, page: string) {
    return this.ctx.locks.run(`browser:${session.id}`, async () => {
      const current = (await this.ctx.store.getBrowserSession(session.id)) ?? session;
      if (!current.openedPages.includes(page)) {
        current.openedPages = [...current.openedPages.slice(-63), page];
        await this.ctx.store.putBrowserSession(current);
      }
      const chats = await this.ctx.store.chatsOf(session.id);
      const active = chats.filter((c) => c.state !== 'ended');
      if (active.length === 0) {
        const lastEnded = chats.filter((c) => c.endedAt !== undefined).sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0))[0];
        const ended = lastEnded !== undefined && Date.now() - (lastEnded.endedAt ?? 0) < this.ctx.config.LIVECHAT_RETENTION_MS;
        return { sessions: [], reason: ended ? ('AlreadyEndedSession' as const) : ('NoSessionFound' as const) };
      }
      for (const chat of active) {
        if (!chat.pages.includes(page)) chat.pages.push(page);
        await this.ctx.store.putChat(chat);
        await this.pagesChanged(chat);
      }
      const { latestSeq } = await this.ctx.store.readEvents(`browser:${session.id}`, 0, 0);
      const sessions = [];
      for (const chat of active) sessions.push(await this.routing.sessionOf(chat));
      return { seq: latestSeq, sessions, limits: this.limitsFor(current.mode) };
    });
  }

  /** Close: the page leaves its chats without ending them; a chat no page takes part in starts its session-end timer. */
  async close(session: BrowserSessionRecord, page: string): Promise<void> {
    await this.ctx.locks.run(`browser:${session.id}`, async () => {
      for (const chat of await this.ctx.store.chatsOf(session.id)) {
        if (chat.state === 'ended' || !chat.pages.includes(page)) continue;
        chat.pages = chat.pages.filter((p) => p !== page);
        for (const hook of this.pageLeaveHooks) await hook(chat, page);
        await this.ctx.store.putChat(chat);
        await this.pagesChanged(chat);
      }
    });
  }

  /** Adds what happens as a page leaves a chat by Close: run with the chat's lock held, before the chat is saved. */
  onPageLeave(hook: (chat: ChatRecord, page: string) => Promise<void>): void {
    this.pageLeaveHooks.push(hook);
  }

  /** Start, with the checks in the order spec/http/session.yaml gives; `token`: the session's, for the encrypted details' check. */
  async start(
    session: BrowserSessionRecord,
    page: string,
    given: StartBody,
    token: string,
  ): Promise<{ status: 200 | 201; result: Record<string, unknown> }> {
    const body = { ...given, clientId: given.clientId ?? newId('ci_') };
    return this.ctx.locks.run(`browser:${session.id}`, async () => {
      const current = (await this.ctx.store.getBrowserSession(session.id)) ?? session;
      const chats = await this.ctx.store.chatsOf(session.id);
      const active = chats.filter((c) => c.state !== 'ended');
      const sameClient = chats.find((c) => c.clientId === body.clientId);
      if (sameClient !== undefined && sameClient.state !== 'ended' && sameClient.startingPage === page)
        return { status: 200, result: this.startResult(sameClient, current.mode) };
      if (sameClient?.state === 'ended')
        throw new ChatError('AlreadyEndedSession', 'a chat with this clientId has ended', {
          sid: sameClient.sid,
          clientId: sameClient.clientId,
        });
      const mode = body.multichat === true ? 'multi' : 'single';
      if (current.mode !== undefined && current.mode !== mode && active.length > 0)
        throw new ChatError('InvalidSessionState', `this browser session is ${current.mode}-chat: a ${mode}-chat Start is refused`);
      if (mode === 'single' && active.length > 0) {
        const takesPart = active.some((c) => c.pages.includes(page)) || current.openedPages.includes(page);
        const [inChat] = active;
        if (takesPart && inChat !== undefined)
          throw new ChatError('AlreadyStartedAndInSession', 'this browser session is in a chat already', {
            sid: inChat.sid,
            clientId: inChat.clientId,
          });
        throw new ChatError('UnOpenedSessionPerformedStart', 'this browser session has a chat: a page must Open it, not Start another');
      }
      if (mode === 'multi' && sameClient !== undefined)
        throw new ChatError('AlreadyStartedAndInSession', 'a chat with this clientId is active', {
          sid: sameClient.sid,
          clientId: sameClient.clientId,
        });
      if (mode === 'multi' && active.length >= this.ctx.config.LIVECHAT_MAX_CHATS_PER_BROWSER)
        throw new ChatError('MaxConcurrentSessionCountReached', 'this browser session holds as many chats as it may');
      const details = await this.admission.admit(current, body.details, token);
      if ((await this.ctx.store.countActiveChats()) >= this.ctx.config.LIVECHAT_MAX_SESSIONS)
        throw new ChatError('MaxConcurrentSessionCountReached', 'the service holds as many chats as it may; try again later');

      if (current.mode !== mode) {
        current.mode = mode;
        await this.ctx.store.putBrowserSession(current);
      }
      const { latestSeq } = await this.ctx.store.readEvents(`browser:${session.id}`, 0, 0);
      const now = Date.now();
      const joining = mode === 'multi' ? [...new Set(active.flatMap((c) => c.pages))].filter((p) => p !== page) : [];
      const chat: ChatRecord = {
        sid: newId('c_'),
        browserSessionId: session.id,
        clientId: body.clientId,
        state: 'queued',
        pages: [page, ...joining],
        startingPage: page,
        details,
        ...(body.vaSession !== undefined ? { vaSession: body.vaSession } : {}),
        agents: [],
        toldAgents: [],
        offers: [],
        callbacks: [],
        startSeq: latestSeq,
        appMessageIds: [],
        createdAt: now,
        queuedAt: now,
      };
      await this.ctx.store.putChat(chat);
      await this.admission.admitted?.(current);
      this.ctx.log.info({ sid: chat.sid, browserSession: logRef(session.id), mode }, 'chat started');
      if (joining.length > 0)
        await this.ctx.emit.toBrowserSession(session.id, 'ChatStarted', {
          sid: chat.sid,
          clientId: chat.clientId,
          data: { session: await this.routing.sessionOf(chat), startedBy: page },
        });
      await this.routing.enqueue(chat);
      await this.reconsiderTimer(chat);
      return { status: 201, result: this.startResult(chat, mode) };
    });
  }

  /** End: OnEnd('client', reason) on every page, before the call answers. */
  async end(session: BrowserSessionRecord, page: string, sid: string, reason?: string): Promise<void> {
    await this.onPageChat(session, page, sid, (chat) =>
      this.routing.endChat(chat, { initiator: 'client', ...(reason !== undefined ? { reason } : {}) }),
    );
  }

  // --- what a page says --------------------------------------------------------------------------

  /** SendMessage: accepted once per clientMessageId (a retry gets the first answer, no second OnEcho), while the transcript has room. */
  async sendMessage(session: BrowserSessionRecord, page: string, sid: string, msg: string, clientMessageId: string) {
    return this.onPageChat(session, page, sid, async (chat) => {
      const previous = await this.ctx.store.acceptedMessage(sid, clientMessageId);
      if (previous?.type === 'msg')
        return { status: 200, body: { messageId: previous.id ?? '', clientMessageId, time: previous.time, seq: previous.seq ?? 0 } };
      await checkRoomForMessage(this.ctx, chat, msg);
      const messageId = newId('msg_');
      this.ctx.faults.recordSender(messageId, page);
      // The echo and the transcript entry in one write: no echo of a message that was not kept.
      const echo = await this.ctx.emit.toCustomer(
        chat,
        'OnEcho',
        { msg, messageId, clientMessageId },
        { type: 'msg', by: 'c', msg: encodeURIComponent(msg), id: messageId, clientMessageId },
      );
      for (const agent of chat.agents) await this.ctx.emit.toAgent(agent.id, chat, 'CustomerMessage', { msg, messageId, clientMessageId });
      return { status: 201, body: { messageId, clientMessageId, time: echo.time, seq: echo.seq } };
    });
  }

  /** SendAppMessage: to the CSOs, once per clientMessageId. */
  async sendAppMessage(session: BrowserSessionRecord, page: string, sid: string, type: string, obj: unknown, clientMessageId: string) {
    await this.onPageChat(session, page, sid, async (chat) => {
      if (chat.appMessageIds.includes(clientMessageId)) return;
      chat.appMessageIds = [...chat.appMessageIds.slice(1 - APP_MESSAGE_IDS_KEPT), clientMessageId];
      await this.ctx.store.putChat(chat);
      for (const agent of chat.agents) await this.ctx.emit.toAgent(agent.id, chat, 'CustomerAppMessage', { type, obj });
    });
  }

  async typing(session: BrowserSessionRecord, page: string, sid: string, state: 0 | 1): Promise<void> {
    await this.onPageChat(session, page, sid, async (chat) => {
      for (const agent of chat.agents) await this.ctx.emit.toAgent(agent.id, chat, 'CustomerTyping', { state });
    });
  }

  /** RequestCallback: recorded; OnCallbackRequestStatus(true, true) on every page, CallbackRequested to the CSOs. */
  async requestCallback(session: BrowserSessionRecord, page: string, sid: string, contact: string): Promise<void> {
    await this.onPageChat(session, page, sid, async (chat) => {
      chat.callbacks.push({ by: 'customer', contact, time: new Date().toISOString() });
      await this.ctx.store.putChat(chat);
      this.ctx.log.info({ sid }, 'callback requested by the customer');
      await this.ctx.emit.toCustomer(chat, 'OnCallbackRequestStatus', { isCustomerReq: true, status: true, contact });
      for (const agent of chat.agents) await this.ctx.emit.toAgent(agent.id, chat, 'CallbackRequested', { contact });
    });
  }

  // --- event streams and the session-end timer ---------------------------------------------------

  /** The Resync a page gets when it resumes from before what the log still holds: the chats as Open shows them, and those that ended. */
  async resync(browserSessionId: string): Promise<StoredEvent> {
    return this.ctx.locks.run(`browser:${browserSessionId}`, async () => {
      const chats = await this.ctx.store.chatsOf(browserSessionId);
      const { latestSeq } = await this.ctx.store.readEvents(`browser:${browserSessionId}`, 0, 0);
      const sessions = [];
      for (const chat of chats.filter((c) => c.state !== 'ended').slice(-16)) sessions.push(await this.routing.sessionOf(chat));
      const ended = chats
        .filter((c) => c.state === 'ended')
        .map((c) => c.sid)
        .slice(-16);
      return {
        seq: latestSeq,
        event: 'Resync',
        time: new Date().toISOString(),
        data: { sessions, ...(ended.length > 0 ? { ended } : {}) },
      };
    });
  }

  /**
   * A stream of the browser session asks to connect: counted over every process sharing the store,
   * refused (RateLimited) when the session holds LIVECHAT_MAX_STREAMS_PER_SESSION of them; with one
   * connected, its chats' timers stop.
   */
  async streamOpened(browserSessionId: string): Promise<void> {
    const cap = this.ctx.config.LIVECHAT_MAX_STREAMS_PER_SESSION;
    if (!(await this.ctx.presence.admit(browserSessionId, cap)))
      throw new ChatError(
        'RateLimited',
        `this session holds its most event streams (${cap}): close another page's stream, or read events by long poll`,
        {
          retryAfterMs: 5000,
        },
      );
    try {
      await this.reconsiderTimers(browserSessionId);
    } catch (error) {
      // Not opened after all: not counted either.
      await this.ctx.presence.changed(browserSessionId, -1).catch(() => undefined);
      throw error;
    }
  }

  /** A stream of the browser session dropped: with none left, its chats' timers run. */
  async streamClosed(browserSessionId: string): Promise<void> {
    await this.ctx.presence.changed(browserSessionId, -1);
    await this.reconsiderTimers(browserSessionId);
  }

  private async reconsiderTimers(browserSessionId: string): Promise<void> {
    await this.ctx.locks.run(`browser:${browserSessionId}`, async () => {
      for (const chat of await this.ctx.store.chatsOf(browserSessionId)) await this.reconsiderTimer(chat);
    });
  }

  /**
   * After a start: the session-end timer of every active chat with no stream connected runs until
   * its pages come back (with a shared store, streams on other processes count, and timers armed
   * already keep their time).
   */
  async recover(): Promise<void> {
    for (const chat of await this.ctx.store.activeChats()) await this.reconsiderTimer(chat);
  }

  // --- helpers -----------------------------------------------------------------------------------

  private startResult(chat: ChatRecord, mode: 'single' | 'multi' | undefined) {
    return { sid: chat.sid, clientId: chat.clientId, seq: chat.startSeq, limits: this.limitsFor(mode) };
  }

  /** A chat-scoped call of a page: the chat is the browser session's, has not ended, and the page takes part in it (its lock held). */
  async onPageChat<T>(session: BrowserSessionRecord, page: string, sid: string, work: (chat: ChatRecord) => Promise<T>): Promise<T> {
    return this.ctx.locks.run(`browser:${session.id}`, async () => {
      const chat = await this.ctx.store.getChat(sid);
      if (chat === undefined || chat.browserSessionId !== session.id)
        throw new ChatError('NoSessionFound', 'this browser session has no such chat');
      if (chat.state === 'ended') throw new ChatError('AlreadyEndedSession', 'the chat has ended', { sid, clientId: chat.clientId });
      if (!chat.pages.includes(page))
        throw new ChatError('UnOpenedSessionNotAllowed', 'this page takes no part in the chat: Open it first', {
          sid,
          clientId: chat.clientId,
        });
      return work(chat);
    });
  }

  /** Pages came or went: the agents see it, and the session-end timer follows. */
  private async pagesChanged(chat: ChatRecord): Promise<void> {
    const running = await this.reconsiderTimer(chat);
    for (const agent of chat.agents)
      await this.ctx.emit.toAgent(agent.id, chat, 'CustomerPageState', { pagesOpen: chat.pages.length, closeTimerRunning: running });
  }

  /** The session-end timer's length: the setting, or the test condition in force. */
  private get closeTimerMs(): number {
    return this.ctx.conditions.current.closeTimerMs ?? this.ctx.config.LIVECHAT_CLOSE_TIMER_MS;
  }

  /** Whether the session-end timer should run: no page takes part in the chat, or no stream of its browser session is connected. */
  private async timerShouldRun(chat: ChatRecord): Promise<boolean> {
    return chat.state !== 'ended' && (chat.pages.length === 0 || !(await this.ctx.presence.connected(chat.browserSessionId)));
  }

  /** Runs the session-end timer while it should (its lock held); whether it runs. */
  private async reconsiderTimer(chat: ChatRecord): Promise<boolean> {
    const name = `close:${chat.sid}`;
    const shouldRun = await this.timerShouldRun(chat);
    if (!shouldRun && this.armedHere.has(name) && this.ctx.faults.has('close-timer-not-cancelled')) return true;
    if (!shouldRun) {
      this.armedHere.delete(name);
      await this.ctx.deadlines.clear(name);
      return false;
    }
    this.armedHere.add(name);
    await this.ctx.deadlines.arm(name, Date.now() + this.closeTimerMs);
    return true;
  }

  /** The session-end timer is due: the chat ends if it still should (another process may have seen a page come back meanwhile). */
  async closeTimerFired(sid: string): Promise<void> {
    this.armedHere.delete(`close:${sid}`);
    const found = await this.ctx.store.getChat(sid);
    if (found === undefined) return;
    await this.ctx.locks.run(chatLockKey(found), async () => {
      const chat = await this.ctx.store.getChat(sid);
      if (chat === undefined || chat.state === 'ended') return;
      if (!this.ctx.faults.has('close-timer-not-cancelled') && !(await this.timerShouldRun(chat))) return;
      await this.routing.endChat(chat, { initiator: 'server', reason: 'close-timer' });
    });
  }
}
