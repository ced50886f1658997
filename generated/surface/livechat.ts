// generated from spec/openapi.yaml and spec/asyncapi.yaml by `npm run generate` (generators/generate.ts), do not edit
import type { ErrorCode } from '../codes.ts';
import type { components } from '../events/types.ts';
import type { operations } from '../http/openapi.ts';

type Schemas = components['schemas'];
type Payload<K extends keyof Schemas> = Schemas[K];
type JsonBody<K extends keyof operations> = operations[K] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type PathParams<K extends keyof operations> = operations[K] extends { parameters: { path: infer P } } ? P : never;

/** What GetAccessToken's onerror receives, and what every promise of the typed API rejects with. */
export interface LivechatError extends Error {
  readonly code: ErrorCode | 'NetworkError' | 'Timeout';
  readonly status: number;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly detail?: string;
}

/** The functions of livechat (alias libtextchat), as the reference document names them. */
export interface LivechatFunctions {
  /** Log to server: POST /tetherfi/livechat/slog (slog). */
  slog(type: JsonBody<'slog'>['type'], unit: JsonBody<'slog'>['unit'], msg: JsonBody<'slog'>['msg']): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/access-token (getAccessToken). */
  GetAccessToken(onSuccess: (token: string) => void, onerror?: (err: LivechatError) => void): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/open (openChats). */
  Open(): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/close (closePage). */
  Close(): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/chats (startChat). */
  Start(details: JsonBody<'startChat'>['details'] | { ToString(): string } | JsonBody<'startChat'>['details']['eCustDetails'], VaSession?: JsonBody<'startChat'>['vaSession']): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/chats/{sid}/end (endChat). */
  End(reason?: JsonBody<'endChat'>['reason']): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/chats/{sid}/messages (sendMessage). */
  SendMessage(msg: JsonBody<'sendMessage'>['msg']): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/chats/{sid}/app-messages (sendAppMessage). */
  SendAppMessage(type: JsonBody<'sendAppMessage'>['type'], obj: JsonBody<'sendAppMessage'>['obj']): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/chats/{sid}/typing (notifyTypingStateChange). */
  NotifyTypingStateChange(state: JsonBody<'notifyTypingStateChange'>['state']): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/chats/{sid}/callback (requestCallback). */
  RequestCallback(contact: JsonBody<'requestCallback'>['contact']): void;
  /** Audio - Video Communication Functions: POST /tetherfi/livechat/chats/{sid}/av (startAvCall). */
  StartAvCall(sid: PathParams<'startAvCall'>['sid']): void;
  /** Audio - Video Communication Functions: POST /tetherfi/livechat/chats/{sid}/av/end (endAvCall). */
  EndAvCall(): void;
  /** Audio - Video Communication Functions: POST /tetherfi/livechat/chats/{sid}/av/pause (pauseAv). */
  Pause(audio: JsonBody<'pauseAv'>['audio'], video: JsonBody<'pauseAv'>['video']): void;
  /** Co - Browsing Communication Functions: POST /tetherfi/livechat/chats/{sid}/cobrowse (startCobrowse). */
  StartCobr(): void;
  /** Co - Browsing Communication Functions: POST /tetherfi/livechat/chats/{sid}/cobrowse/end (endCobrowse). */
  EndCobr(triggerDisconnect: boolean, sendEndMessage: boolean): void;
  /** Captcha integration: GET /tetherfi/livechat/captcha (getCaptchaImage). */
  setCaptchaImage(img: HTMLImageElement): void;
  /** Captcha integration: GET /tetherfi/livechat/captcha (getCaptchaImage). */
  resetCaptchaImage(img: HTMLImageElement): void;
  /** File Transfer: POST /tetherfi/livechat/chats/{sid}/files (uploadFiles). */
  uploadFiles(fileList: FileList | readonly Blob[]): void;
  /** File Transfer: GET /tetherfi/livechat/chats/{sid}/files/{fileName} (downloadFile). */
  prepareDownloadURL(fileName: PathParams<'downloadFile'>['fileName']): string;
  /** Create Campaign Contact: POST /tetherfi/livechat/campaign-contacts (createCampaignContact). */
  CreateCampaignContact(data: JsonBody<'createCampaignContact'>): void;
  /** Audio - Video Communication Functions: in the page only. */
  SetAvConfigs(config: Schemas['SetAvConfigs_config']): void;
  /** Co - Browsing Communication Functions: in the page only. */
  SetCobrConfigs(config: Schemas['SetCobrConfigs_config'], domControlList: Schemas['SetCobrConfigs_domControlList'] | undefined, isMousePointerCapture: Schemas['SetCobrConfigs_isMousePointerCapture'], isAnnotationEnabled: Schemas['SetCobrConfigs_isAnnotationEnabled']): void;
}

/** The event handlers of livechat, assigned as the document shows: livechat.OnEcho = function (msg) { ... }. */
export interface LivechatHandlers {
  /** Events; raised by server and client. */
  OnEnd?: ((initiator: Payload<'OnEnd'>['data']['initiator'], reason: Payload<'OnEnd'>['data']['reason']) => void) | null;
  /** Events; raised by server and client. */
  OnInternalServerError?: ((errorCode: Payload<'OnInternalServerError'>['data']['errorCode']) => void) | null;
  /** Events; raised by server. */
  OnCallQueued?: ((queuePosition: Payload<'OnCallQueued'>['data']['queuePosition']) => void) | null;
  /** Events; raised by server. */
  OnRemoteUserConnected?: ((name: Payload<'OnRemoteUserConnected'>['data']['name'], agentId: Payload<'OnRemoteUserConnected'>['data']['agentId'], sessionId: Payload<'OnRemoteUserConnected'>['sid']) => void) | null;
  /** Events; raised by server. */
  OnSystemNotification?: ((reasonCode: Payload<'OnSystemNotification'>['data']['reasonCode']) => void) | null;
  /** Events; raised by server. */
  OnCallbackRequestStatus?: ((isCustomerReq: Payload<'OnCallbackRequestStatus'>['data']['isCustomerReq'], status: Payload<'OnCallbackRequestStatus'>['data']['status']) => void) | null;
  /** Events; raised by server. */
  OnConferenceUserLeft?: ((agent: Payload<'OnConferenceUserLeft'>['data']['agent'], msg: Payload<'OnConferenceUserLeft'>['data']['msg']) => void) | null;
  /** Events; raised by server. */
  OnMessageReceived?: ((msg: Payload<'OnMessageReceived'>['data']['msg']) => void) | null;
  /** Events; raised by server. */
  OnEcho?: ((msg: Payload<'OnEcho'>['data']['msg']) => void) | null;
  /** Events; raised by server. */
  OnTypingStateChanged?: ((state: Payload<'OnTypingStateChanged'>['data']['state']) => void) | null;
  /** Events; raised by server. */
  OnAppMessageReceived?: ((agent: Payload<'OnAppMessageReceived'>['data']['agent'], msg: Payload<'OnAppMessageReceived'>['data']['msg']) => void) | null;
  /** Events; raised by server. */
  OnHistoryReceived?: ((history: Payload<'OnHistoryReceived'>['data']['history']) => void) | null;
  /** Events; raised by server. */
  OnUploadComplete?: ((response: Payload<'OnUploadComplete'>['data']['response']) => void) | null;
  /** Events; raised by client. */
  OnStartSuccess?: (() => void) | null;
  /** Events; raised by client. */
  OnStartFailed?: ((errorCode: Payload<'OnStartFailed'>['data']['errorCode'], code: Payload<'OnStartFailed'>['data']['code']) => void) | null;
  /** Events; raised by client. */
  OnOpenSuccess?: ((Session: Payload<'OnOpenSuccess'>['data']['sessions'][number]) => void) | null;
  /** Events; raised by client. */
  OnOpenFailed?: ((errorCode: Payload<'OnOpenFailed'>['data']['errorCode'], code: Payload<'OnOpenFailed'>['data']['code']) => void) | null;
  /** Events; raised by client. */
  OnServerStateChanged?: ((state: Payload<'OnServerStateChanged'>['data']['state']) => void) | null;
  /** Events; raised by client. */
  OnCallbackAutoRegistered?: ((reasonCode: Payload<'OnSystemNotification'>['data']['reasonCode']) => void) | null;
  /** Events; raised by client. */
  OnResetCaptcha?: (() => void) | null;
  /** Events; raised by client. */
  OnCampaignContactCreated?: ((response: Payload<'OnCampaignContactCreated'>['data']['response']) => void) | null;
}

/** The functions of multilivechat: the same, with Sid / clientId where the document adds them. */
export interface MultilivechatFunctions {
  /** Log to server: POST /tetherfi/livechat/slog (slog). */
  slog(type: JsonBody<'slog'>['type'], unit: JsonBody<'slog'>['unit'], msg: JsonBody<'slog'>['msg']): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/access-token (getAccessToken). */
  GetAccessToken(onSuccess: (token: string) => void, onerror?: (err: LivechatError) => void): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/open (openChats). */
  Open(): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/close (closePage). */
  Close(): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/chats (startChat). */
  Start(details: JsonBody<'startChat'>['details'] | { ToString(): string } | JsonBody<'startChat'>['details']['eCustDetails'], VaSession: JsonBody<'startChat'>['vaSession'] | undefined, clientId: JsonBody<'startChat'>['clientId']): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/chats/{sid}/end (endChat). */
  End(reason?: JsonBody<'endChat'>['reason'], Sid?: PathParams<'endChat'>['sid']): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/chats/{sid}/messages (sendMessage). */
  SendMessage(msg: JsonBody<'sendMessage'>['msg'], Sid: PathParams<'sendMessage'>['sid']): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/chats/{sid}/app-messages (sendAppMessage). */
  SendAppMessage(type: JsonBody<'sendAppMessage'>['type'], obj: JsonBody<'sendAppMessage'>['obj'], Sid: PathParams<'sendAppMessage'>['sid']): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/chats/{sid}/typing (notifyTypingStateChange). */
  NotifyTypingStateChange(state: JsonBody<'notifyTypingStateChange'>['state'], Sid: PathParams<'notifyTypingStateChange'>['sid']): void;
  /** Basic Communication Functions: POST /tetherfi/livechat/chats/{sid}/callback (requestCallback). */
  RequestCallback(contact: JsonBody<'requestCallback'>['contact'], Sid?: PathParams<'requestCallback'>['sid']): void;
  /** Audio - Video Communication Functions: POST /tetherfi/livechat/chats/{sid}/av (startAvCall). */
  StartAvCall(sid: PathParams<'startAvCall'>['sid']): void;
  /** Audio - Video Communication Functions: POST /tetherfi/livechat/chats/{sid}/av/end (endAvCall). */
  EndAvCall(): void;
  /** Audio - Video Communication Functions: POST /tetherfi/livechat/chats/{sid}/av/pause (pauseAv). */
  Pause(audio: JsonBody<'pauseAv'>['audio'], video: JsonBody<'pauseAv'>['video']): void;
  /** Co - Browsing Communication Functions: POST /tetherfi/livechat/chats/{sid}/cobrowse (startCobrowse). */
  StartCobr(): void;
  /** Co - Browsing Communication Functions: POST /tetherfi/livechat/chats/{sid}/cobrowse/end (endCobrowse). */
  EndCobr(triggerDisconnect: boolean, sendEndMessage: boolean): void;
  /** Captcha integration: GET /tetherfi/livechat/captcha (getCaptchaImage). */
  setCaptchaImage(img: HTMLImageElement): void;
  /** Captcha integration: GET /tetherfi/livechat/captcha (getCaptchaImage). */
  resetCaptchaImage(img: HTMLImageElement): void;
  /** File Transfer: POST /tetherfi/livechat/chats/{sid}/files (uploadFiles). */
  uploadFiles(fileList: FileList | readonly Blob[], Sid?: PathParams<'uploadFiles'>['sid']): void;
  /** File Transfer: GET /tetherfi/livechat/chats/{sid}/files/{fileName} (downloadFile). */
  prepareDownloadURL(fileName: PathParams<'downloadFile'>['fileName']): string;
  /** Create Campaign Contact: POST /tetherfi/livechat/campaign-contacts (createCampaignContact). */
  CreateCampaignContact(data: JsonBody<'createCampaignContact'>): void;
  /** Audio - Video Communication Functions: in the page only. */
  SetAvConfigs(config: Schemas['SetAvConfigs_config']): void;
  /** Co - Browsing Communication Functions: in the page only. */
  SetCobrConfigs(config: Schemas['SetCobrConfigs_config'], domControlList: Schemas['SetCobrConfigs_domControlList'] | undefined, isMousePointerCapture: Schemas['SetCobrConfigs_isMousePointerCapture'], isAnnotationEnabled: Schemas['SetCobrConfigs_isAnnotationEnabled']): void;
}

/** The event handlers of multilivechat, with Sid / clientId where the document adds them. */
export interface MultilivechatHandlers {
  /** Events; raised by server and client. */
  OnEnd?: ((initiator: Payload<'OnEnd'>['data']['initiator'], reason: Payload<'OnEnd'>['data']['reason'], Sid: Payload<'OnEnd'>['sid']) => void) | null;
  /** Events; raised by server and client. */
  OnInternalServerError?: ((errorCode: Payload<'OnInternalServerError'>['data']['errorCode'], Sid?: Payload<'OnInternalServerError'>['sid']) => void) | null;
  /** Events; raised by server. */
  OnCallQueued?: ((queuePosition: Payload<'OnCallQueued'>['data']['queuePosition'], Sid: Payload<'OnCallQueued'>['sid']) => void) | null;
  /** Events; raised by server. */
  OnRemoteUserConnected?: ((name: Payload<'OnRemoteUserConnected'>['data']['name'], agentId: Payload<'OnRemoteUserConnected'>['data']['agentId'], sessionId: Payload<'OnRemoteUserConnected'>['sid'], clientId: Payload<'OnRemoteUserConnected'>['clientId']) => void) | null;
  /** Events; raised by server. */
  OnSystemNotification?: ((reasonCode: Payload<'OnSystemNotification'>['data']['reasonCode'], Sid: Payload<'OnSystemNotification'>['sid']) => void) | null;
  /** Events; raised by server. */
  OnCallbackRequestStatus?: ((isCustomerReq: Payload<'OnCallbackRequestStatus'>['data']['isCustomerReq'], status: Payload<'OnCallbackRequestStatus'>['data']['status'], Sid: Payload<'OnCallbackRequestStatus'>['sid']) => void) | null;
  /** Events; raised by server. */
  OnConferenceUserLeft?: ((agent: Payload<'OnConferenceUserLeft'>['data']['agent'], msg: Payload<'OnConferenceUserLeft'>['data']['msg'], Sid: Payload<'OnConferenceUserLeft'>['sid']) => void) | null;
  /** Events; raised by server. */
  OnMessageReceived?: ((msg: Payload<'OnMessageReceived'>['data']['msg'], Sid: Payload<'OnMessageReceived'>['sid']) => void) | null;
  /** Events; raised by server. */
  OnEcho?: ((msg: Payload<'OnEcho'>['data']['msg'], Sid: Payload<'OnEcho'>['sid']) => void) | null;
  /** Events; raised by server. */
  OnTypingStateChanged?: ((state: Payload<'OnTypingStateChanged'>['data']['state'], Sid: Payload<'OnTypingStateChanged'>['sid']) => void) | null;
  /** Events; raised by server. */
  OnAppMessageReceived?: ((agent: Payload<'OnAppMessageReceived'>['data']['agent'], msg: Payload<'OnAppMessageReceived'>['data']['msg'], Sid: Payload<'OnAppMessageReceived'>['sid']) => void) | null;
  /** Events; raised by server. */
  OnHistoryReceived?: ((history: Payload<'OnHistoryReceived'>['data']['history'], Sid: Payload<'OnHistoryReceived'>['sid']) => void) | null;
  /** Events; raised by server. */
  OnUploadComplete?: ((response: Payload<'OnUploadComplete'>['data']['response'], Sid: Payload<'OnUploadComplete'>['sid']) => void) | null;
  /** Events; raised by client. */
  OnStartSuccess?: ((clientId: Payload<'OnStartSuccess'>['clientId'], Sid: Payload<'OnStartSuccess'>['sid']) => void) | null;
  /** Events; raised by client. */
  OnStartFailed?: ((errorCode: Payload<'OnStartFailed'>['data']['errorCode'], Sid: Payload<'OnStartFailed'>['sid'] | undefined, clientId: Payload<'OnStartFailed'>['clientId'] | undefined, code: Payload<'OnStartFailed'>['data']['code']) => void) | null;
  /** Events; raised by client. */
  OnOpenSuccess?: ((Session: Payload<'OnOpenSuccess'>['data']['sessions']) => void) | null;
  /** Events; raised by client. */
  OnOpenFailed?: ((errorCode: Payload<'OnOpenFailed'>['data']['errorCode'], code: Payload<'OnOpenFailed'>['data']['code']) => void) | null;
  /** Events; raised by client. */
  OnServerStateChanged?: ((state: Payload<'OnServerStateChanged'>['data']['state']) => void) | null;
  /** Events; raised by client. */
  OnCallbackAutoRegistered?: ((reasonCode: Payload<'OnSystemNotification'>['data']['reasonCode'], Sid: Payload<'OnSystemNotification'>['sid']) => void) | null;
  /** Events; raised by client. */
  OnResetCaptcha?: (() => void) | null;
  /** Events; raised by client. */
  OnCampaignContactCreated?: ((response: Payload<'OnCampaignContactCreated'>['data']['response']) => void) | null;
}

export type Livechat = LivechatFunctions & LivechatHandlers;
export type Multilivechat = MultilivechatFunctions & MultilivechatHandlers;
