// The document's objects - livechat (alias libtextchat) and multilivechat - as a thin layer over
// the typed core: each function one call of it, each OnX property a handler it raises.
import { handlers } from '../../generated/client/tables.ts';
import type {
  Livechat,
  LivechatError as LivechatErrorShape,
  LivechatFunctions,
  Multilivechat,
  MultilivechatFunctions,
} from '../../generated/surface/livechat.ts';
import type { Cobrowsing } from './cobrowse/cobrowsing.ts';
import { cobrConfigOf } from './cobrowse/config.ts';
import type { DomControlList } from './cobrowse/dom-controls.ts';
import { type ClientOptions, LivechatClient } from './core/client.ts';
import { LivechatError } from './errors.ts';
import type { AvCalls } from './media/av-calls.ts';
import { type AvConfig, notify } from './media/host.ts';
import type { PartLoaders } from './media/parts.ts';

export type SurfaceOptions = ClientOptions & {
  /** How audio/video and co-browsing are loaded on first use (livechat.js: their scripts; the ES module: its chunks). */
  parts?: PartLoaders;
};

/** Failures of calls the document gives no event for: OnInternalServerError where the document says so, else a warning (the typed API rejects). */
function reporter(client: LivechatClient, raise: (name: 'OnInternalServerError', errorCode: string, sid: string | undefined) => void) {
  /** `sid`: the chat the call was for, when the application named it (multilivechat's Sid). */
  return (promise: Promise<unknown>, sid?: string) =>
    void promise.catch((error: unknown) => {
      const code = error instanceof LivechatError ? error.code : 'NetworkError';
      if (code === 'UnOpenedSessionNotAllowed' || code === 'UnexpectedError')
        raise('OnInternalServerError', code, sid ?? (error instanceof LivechatError ? error.sid : undefined));
      else console.warn(`livechat (page ${client.pageId}):`, error);
    });
}

/** A part loaded once, on first use, and built with what the page has set for it so far. */
function onFirstUse<T>(load: () => Promise<T>): { get: () => Promise<T>; loaded: () => T | undefined; used: () => Promise<T> | undefined } {
  let pending: Promise<T> | undefined;
  let loaded: T | undefined;
  return {
    get: () => {
      pending ??= load().then(
        (part) => (loaded = part),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => loaded,
    /** The part, loaded or loading, once something used it. */
    used: () => pending,
  };
}

/** A part that could not load: the page hears OnDisconnected as for any start that fails, and the error is reported. */
function failedToLoad(error: unknown, config: AvConfig): never {
  notify(config.Display?.OnDisconnected);
  throw error;
}
const cobrowseConfigOf = ([config]: [unknown, ...unknown[]]) => cobrConfigOf(config);

const noParts: PartLoaders = {
  av: () => Promise.reject(new Error('livechat: this build has no audio/video')),
  cobrowse: () => Promise.reject(new Error('livechat: this build has no co-browsing')),
};

/** livechat / libtextchat, or multilivechat with options.variant 'multi'. */
export function createLivechat(options: SurfaceOptions & { variant: 'multi' }): Multilivechat & { client: LivechatClient };
export function createLivechat(options?: SurfaceOptions): Livechat & { client: LivechatClient };
export function createLivechat(options: SurfaceOptions = {}): (Livechat | Multilivechat) & { client: LivechatClient } {
  const client = new LivechatClient(options);
  const parts = options.parts ?? noParts;
  let avConfig: AvConfig = {};
  let cobrConfig: Parameters<Cobrowsing['configure']> = [{}];
  const av = onFirstUse<AvCalls>(async () => {
    const calls = new (await parts.av()).AvCalls(client);
    calls.configure(avConfig);
    return calls;
  });
  const cobrowse = onFirstUse<Cobrowsing>(async () => {
    const cobrowsing = new (await parts.cobrowse()).Cobrowsing(client);
    cobrowsing.configure(...cobrConfig);
    return cobrowsing;
  });
  const surface: Record<string, unknown> = { client };
  // multilivechat's handler takes the chat's Sid after the code, as the core's events do.
  const report = reporter(client, (name, errorCode, sid) => {
    const handler = surface[name] as ((code: string, Sid?: string) => void) | undefined;
    if (client.variant === 'multi') handler?.(errorCode, sid);
    else handler?.(errorCode);
  });
  // Every handler the core raises goes to the OnX property the application assigned.
  client.on('*', (handler, ...args) => (surface[handler as string] as ((...a: unknown[]) => void) | null | undefined)?.(...args));
  for (const name of Object.keys(handlers)) surface[name] = null;

  const functions = {
    GetAccessToken(onSuccess: (token: string) => void, onerror?: (err: LivechatErrorShape) => void) {
      client
        .getAccessToken()
        .then(onSuccess, (error: unknown) => onerror?.(error instanceof LivechatError ? error : LivechatError.network(error)));
    },
    Start: (details: unknown, VaSession?: string, clientId?: string) =>
      report(client.start(details, VaSession, clientId).catch(() => undefined)),
    Open: () => report(client.open().catch(() => undefined)),
    Close: () => report(client.close()),
    End: (reason?: string, Sid?: string) => report(client.end(reason, Sid), Sid),
    SendMessage: (msg: string, Sid?: string) => report(client.sendMessage(msg, Sid), Sid),
    SendAppMessage: (type: string, obj: unknown, Sid?: string) => report(client.sendAppMessage(type, obj, Sid), Sid),
    NotifyTypingStateChange: (state: 0 | 1, Sid?: string) => report(client.notifyTypingStateChange(state, Sid), Sid),
    RequestCallback: (contact: string, Sid?: string) => report(client.requestCallback(contact, Sid), Sid),
    slog: (type: 'info' | 'warn' | 'error', unit: string, msg: string) => report(client.slog(type, unit, msg)),
    CreateCampaignContact: (data: Record<string, unknown>) => report(client.createCampaignContact(data)),
    uploadFiles: (fileList: FileList | readonly Blob[], Sid?: string) => report(client.uploadFiles(fileList, Sid), Sid),
    prepareDownloadURL: (fileName: string, Sid?: string) => client.downloadUrl(fileName, Sid),
    setCaptchaImage: (img: HTMLImageElement) => {
      img.src = client.captchaUrl(false);
    },
    resetCaptchaImage: (img: HTMLImageElement) => {
      img.src = client.captchaUrl(true);
    },
    SetAvConfigs: (config: unknown) => {
      avConfig = (config ?? {}) as AvConfig;
      av.loaded()?.configure(avConfig);
    },
    SetCobrConfigs: (config: unknown, domControlList?: unknown, isMousePointerCapture?: boolean, isAnnotationEnabled?: boolean) => {
      cobrConfig = [config, (domControlList || undefined) as DomControlList | undefined, isMousePointerCapture, isAnnotationEnabled];
      cobrowse.loaded()?.configure(...cobrConfig);
      // Sharing the screen needs the customer's click to be recent: the part is loaded now, not then.
      if (cobrConfigOf(config).Display?.OnAcquireCustomCanvasStream === undefined) void cobrowse.get().catch(() => undefined);
    },
    StartAvCall: (sid: string) =>
      report(
        av.get().then(
          (calls) => calls.start(sid),
          (error: unknown) => failedToLoad(error, avConfig),
        ),
        sid,
      ),
    EndAvCall: () => report(av.used()?.then((calls) => calls.end()) ?? Promise.resolve()),
    Pause: (audio: boolean, video: boolean) => report(av.get().then((calls) => calls.pause(audio, video))),
    StartCobr: () =>
      report(
        cobrowse.get().then(
          (cobrowsing) => cobrowsing.start(),
          (error: unknown) => failedToLoad(error, cobrowseConfigOf(cobrConfig)),
        ),
      ),
    EndCobr: (triggerDisconnect: boolean, sendEndMessage: boolean) =>
      report(cobrowse.used()?.then((cobrowsing) => cobrowsing.end(triggerDisconnect, sendEndMessage)) ?? Promise.resolve()),
  };
  // Every function of the document, with a signature both surfaces accept.
  functions satisfies LivechatFunctions & MultilivechatFunctions;
  Object.assign(surface, functions);
  return surface as unknown as Livechat & { client: LivechatClient };
}
