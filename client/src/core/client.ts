// The typed core of the client: calls as promises, events through on(), one page's part in the
// browser session's chats, and the event stream that feeds them. The document's livechat object
// (surface.ts) is a thin layer over it.
import type { components } from '../../../generated/http/openapi.ts';
import { sessionDetailsBody } from '../classes.ts';
import { LivechatError } from '../errors.ts';
import type { EventName, Variant } from '../events/dispatch.ts';
import { deliveredTo, handlerCalls } from '../events/dispatch.ts';
import { type Connection, connectEventStream, type StreamEvent } from '../stream/connection.ts';
import { canShareStream, connectSharedEventStream } from '../stream/shared.ts';
import { type Call, type CallInput, createTransport, type OperationId, operationUrl } from '../transport/http.ts';

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
  return (
    prefix +
    btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')
  );
}

export class LivechatClient {
  readonly pageId: string;
  readonly variant: Variant;
  private readonly baseUrl: string;
  private readonly call: Call;
  private readonly fetchImpl: typeof fetch | undefined;
  private readonly sendAttempts: number;
  private readonly shareStream: boolean;
  private readonly offlineAfterMs: number | undefined;
  private token: string | undefined;
  private tokenPending: Promise<string> | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly chats = new Map<string, { clientId: string; started: boolean }>();
  private connection: Connection | undefined;

  constructor(options: ClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.variant = options.variant ?? 'single';
    this.pageId = options.pageId ?? randomId('pg_');
    this.fetchImpl = options.fetch;
    this.sendAttempts = options.sendAttempts ?? 5;
    this.shareStream = options.shareStream ?? canShareStream();
    this.offlineAfterMs = options.offlineAfterMs;
    this.call = createTransport({
      baseUrl: this.baseUrl,
      pageId: this.pageId,
      token: () => this.token,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  /** Calls handler with the document's parameters each time the event is raised; returns the unsubscribe function. */
  on(event: EventName | '*', handler: Listener): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(handler);
    this.listeners.set(event, set);
    return () => set.delete(handler);
  }

  /** The chats this page takes part in. */
  get sids(): string[] {
    return [...this.chats.keys()];
  }

  async getAccessToken(): Promise<string> {
    this.tokenPending ??= this.call<{ token: string }>('getAccessToken').then(
      ({ body }) => {
        this.token = body.token;
        return body.token;
      },
      (error: unknown) => {
        this.tokenPending = undefined;
        throw error;
      },
    );
    return this.tokenPending;
  }

  /** Open: joins the page to the browser session's chats; raises OnOpenSuccess or OnOpenFailed. */
  async open(): Promise<Session[]> {
    try {
      const { body } = await this.post<OpenResult>('openChats');
      for (const session of body.sessions) this.chats.set(session.sid, { clientId: session.clientId, started: false });
      this.listen(body.seq);
      this.raise({ name: 'OnOpenSuccess', payload: { event: 'OnOpenSuccess', data: { sessions: body.sessions } } });
      return body.sessions;
    } catch (error) {
      this.raiseFailure('OnOpenFailed', error);
      throw error;
    }
  }

  /** Start: raises OnStartSuccess, or OnStartFailed (and OnResetCaptcha after a captcha refusal). */
  async start(details: unknown, vaSession?: string, clientId?: string): Promise<StartResult> {
    const body = {
      details: sessionDetailsBody(details),
      ...(vaSession !== undefined ? { vaSession } : {}),
      clientId: clientId ?? randomId('ci_'),
      ...(this.variant === 'multi' ? { multichat: true } : {}),
    };
    try {
      const { body: result } = await this.post<StartResult>('startChat', { body });
      this.chats.set(result.sid, { clientId: result.clientId, started: true });
      this.raise({ name: 'OnStartSuccess', payload: { event: 'OnStartSuccess', sid: result.sid, clientId: result.clientId, data: {} } });
      this.listen(result.seq);
      return result;
    } catch (error) {
      this.raiseFailure('OnStartFailed', error, body.clientId);
      if (error instanceof LivechatError && (error.code === 'CaptchaDoesNotMatch' || error.code === 'CaptchaNotFound')) {
        this.raise({ name: 'OnResetCaptcha', payload: { event: 'OnResetCaptcha', data: {} } });
      }
      throw error;
    }
  }

  /** Close: the page leaves its chats without ending them (sent with keepalive, for unload). */
  async close(): Promise<void> {
    this.connection?.close();
    this.connection = undefined;
    this.chats.clear();
    await this.post('closePage', {}, { keepalive: true });
  }

  async end(reason?: string, sid?: string): Promise<void> {
    const sids = sid !== undefined ? [sid] : this.variant === 'multi' ? this.sids : [this.chatSid()];
    for (const one of sids) {
      try {
        await this.post('endChat', { path: { sid: one }, body: reason !== undefined ? { reason } : {} });
      } catch (error) {
        // A retried End whose first answer was lost: the chat has ended, which is what was asked.
        if (!(error instanceof LivechatError && error.code === 'AlreadyEndedSession')) throw error;
      }
    }
  }

  /** SendMessage: retried with the same clientMessageId until the server accepts it; shown once, by OnEcho. */
  async sendMessage(msg: string, sid?: string): Promise<MessageAccepted> {
    const body = { msg, clientMessageId: randomId('m_') };
    return this.retrying(() => this.post<MessageAccepted>('sendMessage', { path: { sid: this.chatSid(sid) }, body }).then((r) => r.body));
  }

  async sendAppMessage(type: string, obj: unknown, sid?: string): Promise<void> {
    const body = { type, obj, clientMessageId: randomId('a_') };
    await this.retrying(() => this.post('sendAppMessage', { path: { sid: this.chatSid(sid) }, body }));
  }

  async notifyTypingStateChange(state: 0 | 1, sid?: string): Promise<void> {
    await this.post('notifyTypingStateChange', { path: { sid: this.chatSid(sid) }, body: { state } });
  }

  async requestCallback(contact: string, sid?: string): Promise<void> {
    await this.post('requestCallback', { path: { sid: this.chatSid(sid) }, body: { contact } });
  }

  async slog(type: 'info' | 'warn' | 'error', unit: string, msg: string): Promise<void> {
    await this.post('slog', { body: { type, unit, msg } });
  }

  /** CreateCampaignContact: raises OnCampaignContactCreated with the result, or the problem as resultCode / resultMessage. */
  async createCampaignContact(data: Record<string, unknown>): Promise<Schemas['CampaignContactResult']> {
    let response: Schemas['CampaignContactResult'];
    try {
      response = (await this.post<Schemas['CampaignContactResult']>('createCampaignContact', { body: data })).body;
    } catch (error) {
      const problem = error instanceof LivechatError ? error : LivechatError.network(error);
      response = { resultCode: problem.code, resultMessage: problem.detail ?? problem.message };
    }
    this.raise({ name: 'OnCampaignContactCreated', payload: { event: 'OnCampaignContactCreated', data: { response } } });
    return response;
  }

  async uploadFiles(files: FileList | readonly Blob[], sid?: string): Promise<Schemas['UploadedFile'][]> {
    const form = new FormData();
    for (const file of Array.from(files)) form.append('files', file);
    const { body } = await this.post<{ files: Schemas['UploadedFile'][] }>('uploadFiles', { path: { sid: this.chatSid(sid) }, form });
    return body.files;
  }

  /** prepareDownloadURL: the URL of a file of the chat; no request is made. */
  downloadUrl(fileName: string, sid?: string): string {
    return operationUrl(this.baseUrl, 'downloadFile', { sid: this.chatSid(sid), fileName });
  }

  /** The captcha image's URL (setCaptchaImage: reset false; resetCaptchaImage: reset true). */
  captchaUrl(reset: boolean): string {
    return operationUrl(this.baseUrl, 'getCaptchaImage', {}, { reset, t: Date.now() });
  }

  /** Stops the stream; the page keeps its part in the chats (use close() to leave them). */
  dispose(): void {
    this.connection?.close();
    this.connection = undefined;
  }

  /** A POST with the access token, fetched first when the page has none and once more when it went stale. */
  private async post<T>(id: OperationId, input: CallInput = {}, init: { keepalive?: boolean } = {}) {
    if (this.token === undefined) await this.getAccessToken();
    try {
      return await this.call<T>(id, input, init);
    } catch (error) {
      if (!(error instanceof LivechatError && error.code === 'AccessTokenInvalid')) throw error;
      this.token = undefined;
      this.tokenPending = undefined;
      await this.getAccessToken();
      return this.call<T>(id, input, init);
    }
  }

  private async retrying<T>(send: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await send();
      } catch (error) {
        if (!(error instanceof LivechatError) || !error.retryable || attempt >= this.sendAttempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, error.retryAfterMs ?? Math.min(250 * 2 ** attempt, 5000)));
      }
    }
  }

  /** The chat a call is for: the one given, else the page's only chat. */
  private chatSid(sid?: string): string {
    if (sid !== undefined) return sid;
    const [only, ...others] = this.sids;
    if (only === undefined)
      throw new LivechatError('UnOpenedSessionNotAllowed', 0, {
        retryable: false,
        detail: 'this page takes part in no chat: Open or Start first',
      });
    if (others.length > 0)
      throw new LivechatError('InvalidRequest', 0, { retryable: false, detail: 'this page takes part in several chats: pass the Sid' });
    return only;
  }

  /** Reads the stream from `position` when the page holds none yet. */
  private listen(position: number): void {
    if (this.connection !== undefined) return;
    const connect = this.shareStream
      ? (o: Parameters<typeof connectEventStream>[0]) => connectSharedEventStream({ ...o, shareKey: this.baseUrl || location.origin })
      : connectEventStream;
    this.connection = connect({
      baseUrl: this.baseUrl,
      pageId: this.pageId,
      position,
      onEvent: (event) => this.onStreamEvent(event),
      onServerState: (state) => this.raise({ name: 'OnServerStateChanged', payload: { event: 'OnServerStateChanged', data: { state } } }),
      onFatal: (error) => this.raiseFailure('OnInternalServerError', error),
      ...(this.fetchImpl ? { fetch: this.fetchImpl } : {}),
      ...(this.offlineAfterMs !== undefined ? { offlineAfterMs: this.offlineAfterMs } : {}),
    });
  }

  private onStreamEvent({ name, payload }: StreamEvent): void {
    const sid = typeof payload.sid === 'string' ? payload.sid : undefined;
    if (name === 'Resync') {
      this.resync(payload);
      return;
    }
    if (name === 'ChatStarted' && sid !== undefined && this.chats.size > 0 && !this.chats.has(sid)) {
      const session = (payload.data as { session: Session }).session;
      this.chats.set(sid, { clientId: session.clientId, started: false });
      this.raise({ name: 'OnOpenSuccess', payload: { event: 'OnOpenSuccess', data: { sessions: [session] } } });
      return;
    }
    const event = { name: name as EventName, payload };
    if (!deliveredTo(event, { takesPart: (s) => this.chats.has(s), started: (s) => this.chats.get(s)?.started === true })) return;
    this.raise(event);
    if (name === 'OnEnd' && sid !== undefined) this.chats.delete(sid);
  }

  /** A Resync replaces what the page shows; chats that ended in the gap end with OnEnd('lib'). */
  private resync(payload: Record<string, unknown>): void {
    const data = payload.data as { sessions: Session[]; ended?: string[] };
    for (const sid of data.ended ?? []) {
      const chat = this.chats.get(sid);
      if (chat === undefined) continue;
      this.chats.delete(sid);
      this.raise({
        name: 'OnEnd',
        payload: { event: 'OnEnd', sid, clientId: chat.clientId, data: { initiator: 'lib', reason: 'SessionLostWhileOffline' } },
      });
    }
    const mine = data.sessions.filter((s) => this.chats.has(s.sid));
    if (mine.length > 0) this.raise({ name: 'OnOpenSuccess', payload: { event: 'OnOpenSuccess', data: { sessions: mine } } });
  }

  private raiseFailure(name: 'OnStartFailed' | 'OnOpenFailed' | 'OnInternalServerError', error: unknown, clientId?: string): void {
    const problem = error instanceof LivechatError ? error : LivechatError.network(error);
    const data = name === 'OnInternalServerError' ? { errorCode: problem.code } : { errorCode: problem.code, retryable: problem.retryable };
    this.raise({ name, payload: { event: name, ...(problem.sid ? { sid: problem.sid } : {}), ...(clientId ? { clientId } : {}), data } });
  }

  /** Calls the listeners of each handler the event raises; a failing handler does not stop the others. */
  private raise(event: { name: EventName; payload: Record<string, unknown> }): void {
    for (const { handler, args } of handlerCalls(event, this.variant)) {
      for (const listener of [
        ...(this.listeners.get(handler) ?? []),
        ...[...(this.listeners.get('*') ?? [])].map(
          (l) =>
            (...a: unknown[]) =>
              l(handler, ...a),
        ),
      ]) {
        try {
          listener(...args);
        } catch (error) {
          console.error(`livechat: a handler of ${handler} threw`, error);
        }
      }
    }
  }
}
