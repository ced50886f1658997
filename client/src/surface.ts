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
import { type ClientOptions, LivechatClient } from './core/client.ts';
import { LivechatError } from './errors.ts';

type Configs = { av?: unknown; cobrowse?: unknown[] };

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

/** A function of audio/video or co-browsing: it throws until they are built. */
function notYet(name: string): () => never {
  return () => {
    throw new Error(`livechat.${name}: audio/video and co-browsing are not in this build yet`);
  };
}

/** livechat / libtextchat, or multilivechat with options.variant 'multi'. */
export function createLivechat(options: ClientOptions & { variant: 'multi' }): Multilivechat & { client: LivechatClient };
export function createLivechat(options?: ClientOptions): Livechat & { client: LivechatClient };
export function createLivechat(options: ClientOptions = {}): (Livechat | Multilivechat) & { client: LivechatClient } {
  const client = new LivechatClient(options);
  const configs: Configs = {};
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
      configs.av = config;
    },
    SetCobrConfigs: (...args: unknown[]) => {
      configs.cobrowse = args;
    },
    StartAvCall: notYet('StartAvCall'),
    EndAvCall: notYet('EndAvCall'),
    Pause: notYet('Pause'),
    StartCobr: notYet('StartCobr'),
    EndCobr: notYet('EndCobr'),
  };
  // Every function of the document, with a signature both surfaces accept.
  functions satisfies LivechatFunctions & MultilivechatFunctions;
  Object.assign(surface, functions);
  return surface as unknown as Livechat & { client: LivechatClient };
}
