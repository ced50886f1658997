// The typed core of the client: calls as promises, events through on(), one page's part in the
// browser session's chats, and the event stream that feeds them. The document's livechat object
// (surface.ts) is a thin layer over it.
import type { components } from '../../../generated/http/openapi.ts';
import { sessionDetailsBody } from '../classes.ts';
import { LivechatError, refusal } from '../errors.ts';
import type { EventName, Variant } from '../events/dispatch.ts';
import { deliveredTo, handlerCalls } from '../events/dispatch.ts';
import { openFailedCode, startFailedCode } from '../events/document-codes.ts';
import { type Connection, type ConnectionOptions, connectEventStream, type StreamEvent } from '../stream/connection.ts';
import { canShareStream, connectSharedEventStream } from '../stream/shared.ts';
import { type Call, type CallInput, createTransport, type OperationId, operationUrl, type Route } from '../transport/http.ts';

type Schemas = components['schemas'];
export type Session = Schemas['Session'];
export type StartResult = Schemas['StartResult'];
export type OpenResult = Schemas['OpenResult'];
export type MessageAccepted = Schemas['MessageAccepted'];

export type ClientOptions = {
  /** Scheme, host and port of the deployment; '' (the default) for the page's own origin. */
  baseUrl?: string;
  /** livechat (single) or multilivechat (multi). */
  variant?: Variant;
  fetch?: typeof fetch;
  /** This page's id; a new random one by default. */
  pageId?: string;
  /** Attempts of a send before giving up (each with the same clientMessageId). */
  sendAttempts?: number;
  /** One stream for all the tabs of the browser (default: where the browser can, see stream/shared.ts). */
  shareStream?: boolean;
  /** Silence before OnServerStateChanged('offline'): the document's 9 s unless a test needs it shorter. */
  offlineAfterMs?: number;
};

type Listener = (...args: unknown[]) => void;

/** A random id of at least 128 bits, base64url, with a prefix (PageId, ClientMessageId, ClientId). */
export function randomId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return prefix + btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, (c) => (c === '+' ? '-' : c === '/' ? '_' : ''));
}

export class LivechatClient {
  readonly pageId: string;
  readonly variant: Variant;
  readonly #options: ClientOptions;
  readonly #baseUrl: string;
  readonly #call: Call;
  #token: string | undefined;
  #tokenPending: Promise<string> | undefined;
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #chats = new Map<string, { clientId: string; started: boolean }>();
  /** Told each time the page stops taking part in a chat, whatever the reason (its calls end with it). */
  readonly #leaveListeners = new Set<(sid: string) => void>();
  /** Starts awaiting their answer, and the stream's events of chats unknown meanwhile: the new chat's may come first. */
  #starting = 0;
  #held: StreamEvent[] = [];
  #connection: Connection | undefined;

  constructor(options: ClientOptions = {}) {
    this.#options = { ...options };
    this.#baseUrl = options.baseUrl ?? '';
    this.variant = options.variant ?? 'single';
    this.pageId = options.pageId ?? randomId('pg_');
    this.#call = createTransport({ baseUrl: this.#baseUrl, pageId: this.pageId, token: () => this.#token, fetch: options.fetch });
  }

  /** Calls handler with the document's parameters each time the event is raised; returns the unsubscribe function. */
  on(event: EventName | '*', handler: Listener): () => void {
    const set = this.#listeners.get(event) ?? new Set();
    set.add(handler);
    this.#listeners.set(event, set);
    return () => set.delete(handler);
  }

  /** The chats this page takes part in. */
  get sids(): string[] {
    return [...this.#chats.keys()];
  }

  /** What the deployment's Start requires, as GetAccessToken last said (false until it has answered). */
  requires = { captcha: false, encryptedDetails: false };

  async getAccessToken(): Promise<string> {
    this.#tokenPending ??= this.#call<{ token: string; captchaRequired: boolean; encryptedDetailsRequired: boolean }>(
      'getAccessToken',
    ).then(
      ({ body }) => {
        this.requires = { captcha: body.captchaRequired, encryptedDetails: body.encryptedDetailsRequired };
        this.#token = body.token;
        return body.token;
      },
      (error: unknown) => {
        this.#tokenPending = undefined;
        throw error;
      },
    );
    return this.#tokenPending;
  }

  /**
   * Open: joins the page to the browser session's chats; raises OnOpenSuccess or OnOpenFailed.
   * With no chat to join the server answers 200 and why (NoSessionFound, AlreadyEndedSession):
   * OnOpenFailed(reason), and the promise rejects with that code, as for a refusal.
   */
  async open(): Promise<Session[]> {
    try {
      const result = await this.#post<OpenResult>('openChats');
      if ('reason' in result)
        throw new LivechatError(result.reason, 200, { retryable: false, detail: 'the browser session has no chat to join: Start one' });
      const { sessions, seq } = result;
      for (const session of sessions) this.#chats.set(session.sid, { clientId: session.clientId, started: false });
      this.#listen(seq);
      this.#emit('OnOpenSuccess', { sessions });
      return sessions;
    } catch (error) {
      this.#raiseFailure('OnOpenFailed', error);
      throw error;
    }
  }

  /** Start: raises OnStartSuccess, or OnStartFailed (and OnResetCaptcha after a captcha refusal). */
  async start(details: unknown, vaSession?: string, clientId?: string): Promise<StartResult> {
    // Sent as JSON: members left undefined are not sent.
    const body = {
      details: sessionDetailsBody(details),
      vaSession,
      clientId: clientId ?? randomId('ci_'),
      multichat: this.variant === 'multi' || undefined,
    };
    this.#starting++;
    try {
      const result = await this.#post<StartResult>('startChat', { body });
      this.#chats.set(result.sid, { clientId: result.clientId, started: true });
      this.#emit('OnStartSuccess', {}, { sid: result.sid, clientId: result.clientId });
      // What the stream said of this chat before the answer came (OnCallQueued), now in its place.
      const early = this.#held.filter((event) => event.payload.sid === result.sid);
      this.#held = this.#held.filter((event) => event.payload.sid !== result.sid);
      for (const event of early) this.#onStreamEvent(event);
      this.#listen(result.seq);
      return result;
    } catch (error) {
      this.#raiseFailure('OnStartFailed', error, body.clientId);
      if (isError(error, 'CaptchaDoesNotMatch') || isError(error, 'CaptchaNotFound')) this.#emit('OnResetCaptcha', {});
      throw error;
    } finally {
      if (--this.#starting === 0) this.#held = [];
    }
  }

  /** Close: the page leaves its chats without ending them (sent with keepalive, for unload). */
  async close(): Promise<void> {
    this.dispose();
    for (const sid of this.sids) this.#leave(sid);
    await this.#post('closePage', {}, { keepalive: true });
  }

  async end(reason?: string, sid?: string): Promise<void> {
    const sids = sid !== undefined ? [sid] : this.variant === 'multi' ? this.sids : [this.chatSid()];
    for (const one of sids) {
      try {
        await this.#inChat('endChat', one, { body: { reason } });
      } catch (error) {
        // A retried End whose first answer was lost: the chat has ended, which is what was asked.
        if (!isError(error, 'AlreadyEndedSession')) throw error;
      }
    }
  }

  /** SendMessage: retried with the same clientMessageId until the server accepts it; shown once, by OnEcho. */
  async sendMessage(msg: string, sid?: string): Promise<MessageAccepted> {
    return this.#retrying<MessageAccepted>('sendMessage', sid, { msg, clientMessageId: randomId('m_') });
  }

  async sendAppMessage(type: string, obj: unknown, sid?: string): Promise<void> {
    await this.#retrying('sendAppMessage', sid, { type, obj, clientMessageId: randomId('a_') });
  }

  async notifyTypingStateChange(state: 0 | 1, sid?: string): Promise<void> {
    await this.#inChat('notifyTypingStateChange', sid, { body: { state } });
  }

  /** RequestCallback: the document has OnCallbackRequestStatus report failure too - with no chat, or a refusal. */
  async requestCallback(contact: string, sid?: string): Promise<void> {
    try {
      await this.#inChat('requestCallback', sid, { body: { contact } });
    } catch (error) {
      const chat = sid ?? asError(error).sid ?? undefined;
      this.#emit(
        'OnCallbackRequestStatus',
        { isCustomerReq: true, status: false, contact },
        { sid: chat, clientId: this.#chats.get(chat ?? '')?.clientId },
      );
      throw error;
    }
  }

  async slog(type: 'info' | 'warn' | 'error', unit: string, msg: string): Promise<void> {
    await this.#post('slog', { body: { type, unit, msg } });
  }

  /** CreateCampaignContact: raises OnCampaignContactCreated with the result, or the problem as resultCode / resultMessage. */
  async createCampaignContact(data: Record<string, unknown>): Promise<Schemas['CampaignContactResult']> {
    let response: Schemas['CampaignContactResult'];
    try {
      response = await this.#post<Schemas['CampaignContactResult']>('createCampaignContact', { body: data });
    } catch (error) {
      const problem = asError(error);
      response = { resultCode: problem.code, resultMessage: problem.detail ?? problem.message };
    }
    this.#emit('OnCampaignContactCreated', { response });
    return response;
  }

  async uploadFiles(files: FileList | readonly Blob[], sid?: string): Promise<Schemas['UploadedFile'][]> {
    const form = new FormData();
    for (const file of Array.from(files)) form.append('files', file);
    return (await this.#inChat<{ files: Schemas['UploadedFile'][] }>('uploadFiles', sid, { form })).files;
  }

  /** prepareDownloadURL: the URL of a file of the chat; no request is made. */
  downloadUrl(fileName: string, sid?: string): string {
    return operationUrl(this.#baseUrl, 'downloadFile', { sid: this.chatSid(sid), fileName });
  }

  /** The captcha image's URL (setCaptchaImage: reset false; resetCaptchaImage: reset true). */
  captchaUrl(reset: boolean): string {
    return operationUrl(this.#baseUrl, 'getCaptchaImage', {}, { reset, t: Date.now() });
  }

  /**
   * A call of a lazily loaded part (audio/video, co-browsing) by a route of its own table, in the
   * chat given: with the page's token, refreshed once when stale, as every call of the core.
   */
  requestInChat<T>(route: Route, sid: string, body: object): Promise<T> {
    return this.#inChat<T>(route, sid, { body });
  }

  /** Calls listener with the sid each time the page stops taking part in a chat (ended, lost, or the page closed); returns the unsubscribe function. */
  onChatLeft(listener: (sid: string) => void): () => void {
    this.#leaveListeners.add(listener);
    return () => this.#leaveListeners.delete(listener);
  }

  /** Stops the stream; the page keeps its part in the chats (use close() to leave them). */
  dispose(): void {
    this.#connection?.close();
    this.#connection = undefined;
  }

  /** A POST with the access token, fetched first when the page has none and once more when it went stale; the answer's body. */
  async #post<T>(id: OperationId | Route, input: CallInput = {}, init: { keepalive?: boolean } = {}): Promise<T> {
    if (this.#token === undefined) await this.getAccessToken();
    try {
      return (await this.#call<T>(id, input, init)).body;
    } catch (error) {
      if (!isError(error, 'AccessTokenInvalid')) throw error;
      this.#token = this.#tokenPending = undefined;
      await this.getAccessToken();
      return (await this.#call<T>(id, input, init)).body;
    }
  }

  /** A call of one chat: the one given, else the page's only chat. */
  #inChat<T>(id: OperationId | Route, sid: string | undefined, input: CallInput): Promise<T> {
    return this.#post<T>(id, { ...input, path: { sid: this.chatSid(sid) } });
  }

  /** A send of the chat, retried with the same body (its client message id) while the error says a retry can help. */
  async #retrying<T>(id: OperationId, sid: string | undefined, body: object): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#inChat<T>(id, sid, { body });
      } catch (error) {
        if (!(error instanceof LivechatError) || !error.retryable || attempt >= (this.#options.sendAttempts ?? 5)) throw error;
        await new Promise((resolve) => setTimeout(resolve, error.retryAfterMs ?? Math.min(250 * 2 ** attempt, 5000)));
      }
    }
  }

  /** The chat a call is for: the one given, else the page's only chat (a refusal when there is none, or several). */
  chatSid(sid?: string): string {
    if (sid !== undefined) return sid;
    const [only, ...others] = this.sids;
    if (only === undefined) throw refusal('UnOpenedSessionNotAllowed', 'this page takes part in no chat: Open or Start first');
    if (others.length > 0) throw refusal('InvalidRequest', 'this page takes part in several chats: pass the Sid');
    return only;
  }

  /**
   * The stream was refused for good. When the server no longer knows the browser session (it
   * went while the page could not reach it, e.g. a restart without its state), the page's chats
   * are lost: each ends with OnEnd('lib', 'SessionLostWhileOffline'), as the document says.
   * Otherwise OnInternalServerError.
   */
  #streamRefused(error: LivechatError): void {
    const sessionGone = error.code === 'AccessTokenInvalid' || error.code === 'CookiesDisabled';
    if (!(sessionGone && this.#chats.size > 0)) {
      this.#raiseFailure('OnInternalServerError', error);
      return;
    }
    this.#connection?.close();
    this.#connection = undefined;
    this.#token = undefined;
    this.#tokenPending = undefined;
    for (const [sid, chat] of [...this.#chats]) {
      this.#leave(sid);
      this.#emit('OnEnd', { initiator: 'lib', reason: 'SessionLostWhileOffline' }, { sid, clientId: chat.clientId });
    }
  }

  /** The page no longer takes part in the chat: forgotten, and the listeners told. */
  #leave(sid: string): void {
    if (!this.#chats.delete(sid)) return;
    for (const listener of [...this.#leaveListeners]) {
      try {
        listener(sid);
      } catch (error) {
        console.error('livechat: a listener of a chat left threw', error);
      }
    }
  }

  /** Reads the stream from `position` when the page holds none yet. */
  #listen(position: number): void {
    if (this.#connection !== undefined) return;
    const options: ConnectionOptions = {
      baseUrl: this.#baseUrl,
      pageId: this.pageId,
      position,
      onEvent: (event) => this.#onStreamEvent(event),
      onServerState: (state) => this.#emit('OnServerStateChanged', { state }),
      onFatal: (error) => this.#streamRefused(error),
      fetch: this.#options.fetch,
      offlineAfterMs: this.#options.offlineAfterMs,
    };
    this.#connection =
      (this.#options.shareStream ?? canShareStream())
        ? connectSharedEventStream({ ...options, shareKey: this.#baseUrl || location.origin })
        : connectEventStream(options);
  }

  #onStreamEvent(streamEvent: StreamEvent): void {
    const { name, payload } = streamEvent;
    const sid = typeof payload.sid === 'string' ? payload.sid : undefined;
    const chats = this.#chats;
    if (sid !== undefined && !chats.has(sid) && this.#starting > 0) {
      // Perhaps the chat this page's pending Start makes; kept (bounded) until its answer says.
      if (this.#held.length < 256) this.#held.push(streamEvent);
      return;
    }
    if (name === 'Resync') {
      // A Resync replaces what the page shows; chats that ended in the gap end with OnEnd('lib').
      const data = payload.data as { sessions: Session[]; ended?: string[] };
      for (const ended of data.ended ?? []) {
        const chat = chats.get(ended);
        if (chat === undefined) continue;
        this.#leave(ended);
        this.#emit('OnEnd', { initiator: 'lib', reason: 'SessionLostWhileOffline' }, { sid: ended, clientId: chat.clientId });
      }
      const mine = data.sessions.filter((s) => chats.has(s.sid));
      if (mine.length > 0) this.#emit('OnOpenSuccess', { sessions: mine });
      return;
    }
    const startedHere = (payload.data as { startedBy?: string } | undefined)?.startedBy === this.pageId;
    if (name === 'ChatStarted' && sid !== undefined && chats.size > 0 && !chats.has(sid) && !startedHere) {
      const session = (payload.data as { session: Session }).session;
      chats.set(sid, { clientId: session.clientId, started: false });
      this.#emit('OnOpenSuccess', { sessions: [session] });
      return;
    }
    const event = { name: name as EventName, payload };
    if (!deliveredTo(event, { takesPart: (s) => chats.has(s), started: (s) => chats.get(s)?.started === true })) return;
    this.#raise(event);
    if (name === 'OnEnd' && sid !== undefined) this.#leave(sid);
  }

  /**
   * OnStartFailed and OnOpenFailed carry one of the document's codes for them, the precise code
   * after it; OnInternalServerError's code is "a string which is not defined here".
   */
  #raiseFailure(name: 'OnStartFailed' | 'OnOpenFailed' | 'OnInternalServerError', error: unknown, clientId?: string): void {
    const problem = asError(error);
    const { code, retryable } = problem;
    const data =
      name === 'OnInternalServerError'
        ? { errorCode: code }
        : name === 'OnStartFailed'
          ? { errorCode: startFailedCode(code), code, retryable }
          : { errorCode: openFailedCode(code), code };
    this.#emit(name, data, { sid: problem.sid || undefined, clientId: clientId || undefined });
  }

  /** Raises an event of the library itself: its payload as the stream would carry it. */
  #emit(name: EventName, data: object, envelope?: { sid?: string | undefined; clientId?: string | undefined }): void {
    this.#raise({ name, payload: { event: name, ...envelope, data } });
  }

  /**
   * Calls the listeners of each handler the event raises; a failing handler does not stop the
   * others. An internal event (AvSignal, ...) goes to the listeners of its own name, with its payload.
   */
  #raise(event: { name: EventName; payload: Record<string, unknown> }): void {
    const calls = handlerCalls(event, this.variant);
    // '*' hears the document's handlers only: an internal event is no OnX of the surface.
    const internal = calls.length === 0;
    if (internal) calls.push({ handler: event.name, args: [event.payload] });
    for (const { handler, args } of calls) {
      const own = [...(this.#listeners.get(handler) ?? [])];
      const all = internal ? [] : [...(this.#listeners.get('*') ?? [])];
      for (const [listener, withName] of [...own.map((l) => [l, args] as const), ...all.map((l) => [l, [handler, ...args]] as const)]) {
        try {
          listener(...withName);
        } catch (error) {
          console.error(`livechat: a handler of ${handler} threw`, error);
        }
      }
    }
  }
}

/** Whether this is a LivechatError of this code. */
const isError = (error: unknown, code: LivechatError['code']) => error instanceof LivechatError && error.code === code;

/** Any failure as a LivechatError (what is not one is a network failure). */
const asError = (error: unknown) => (error instanceof LivechatError ? error : LivechatError.network(error));
