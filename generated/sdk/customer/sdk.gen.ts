// generated from spec/openapi.yaml by `npm run generate` (generators/generate.ts), do not edit
import { client } from './client.gen.ts';
import { type Client, type ClientMeta, formDataBodySerializer, type Options as Options2, type RequestResult, type ServerSentEventsResult, type TDataShape } from './client/index.ts';
import type { ClosePageData, ClosePageErrors, ClosePageResponses, CreateCampaignContactData, CreateCampaignContactErrors, CreateCampaignContactResponses, DownloadFileData, DownloadFileErrors, DownloadFileResponses, EndAvCallData, EndAvCallErrors, EndAvCallResponses, EndChatData, EndChatErrors, EndChatResponses, EndCobrowseData, EndCobrowseErrors, EndCobrowseResponses, GetAccessTokenData, GetAccessTokenErrors, GetAccessTokenResponses, GetAdaptorScriptData, GetAdaptorScriptResponses, GetCaptchaImageData, GetCaptchaImageErrors, GetCaptchaImageResponses, GetClientLogScriptData, GetClientLogScriptResponses, GetCobrowseConfigurationsScriptData, GetCobrowseConfigurationsScriptResponses, GetCobrowsePluginsScriptData, GetCobrowsePluginsScriptResponses, GetCobrowseScriptAliasData, GetCobrowseScriptAliasResponses, GetCobrowseScriptData, GetCobrowseScriptResponses, GetCobrowseStylesData, GetCobrowseStylesResponses, GetFontawesomeStylesData, GetFontawesomeStylesResponses, GetLibtextchatScriptData, GetLibtextchatScriptErrors, GetLibtextchatScriptResponses, GetLivechatScriptData, GetLivechatScriptErrors, GetLivechatScriptResponses, GetLivechatVideoScriptData, GetLivechatVideoScriptResponses, GetStatusData, GetStatusResponses, NotifyTypingStateChangeData, NotifyTypingStateChangeErrors, NotifyTypingStateChangeResponses, OpenChatsData, OpenChatsErrors, OpenChatsResponses, OpenEventStreamData, OpenEventStreamErrors, OpenEventStreamResponse, OpenEventStreamResponses, PauseAvData, PauseAvErrors, PauseAvResponses, PollEventsData, PollEventsErrors, PollEventsResponses, RequestCallbackData, RequestCallbackErrors, RequestCallbackResponses, SendAppMessageData, SendAppMessageErrors, SendAppMessageResponses, SendAvSignalData, SendAvSignalErrors, SendAvSignalResponses, SendCobrowseAnnotationData, SendCobrowseAnnotationErrors, SendCobrowseAnnotationResponses, SendCobrowseControlValueData, SendCobrowseControlValueErrors, SendCobrowseControlValueResponses, SendCobrowsePointerData, SendCobrowsePointerErrors, SendCobrowsePointerResponses, SendCobrowseSignalData, SendCobrowseSignalErrors, SendCobrowseSignalResponses, SendMessageData, SendMessageErrors, SendMessageResponses, SlogData, SlogErrors, SlogResponses, StartAvCallData, StartAvCallErrors, StartAvCallResponses, StartChatData, StartChatErrors, StartChatResponses, StartCobrowseData, StartCobrowseErrors, StartCobrowseResponses, UploadFilesData, UploadFilesErrors, UploadFilesResponses } from './types.gen.ts';

export type Options<TData extends TDataShape = TDataShape, ThrowOnError extends boolean = boolean, TResponse = unknown> = Options2<TData, ThrowOnError, TResponse> & {
    /**
     * You can provide a client instance returned by `createClient()` instead of
     * individual options. This might be also useful if you want to implement a
     * custom client.
     */
    client?: Client;
    /**
     * You can pass arbitrary values through the `meta` object. This can be
     * used to access values that aren't defined as part of the SDK function.
     */
    meta?: keyof ClientMeta extends never ? Record<string, unknown> : ClientMeta;
};

/**
 * System status check
 *
 * For continuous or on-demand checks. Answers 200 with the text `ONLINE` when the system
 * can accept chats, or 200 with `OFFLINE (message)` when it cannot for a technical reason
 * (draining, store unreachable). Business limits (no CSO staffed, business hours) are not
 * reported here; they surface inside a chat (OnSystemNotification). A 4xx means the
 * application is down or unreachable through its reverse proxies.
 *
 */
export const getStatus = <ThrowOnError extends boolean = false>(options?: Options<GetStatusData, ThrowOnError>): RequestResult<GetStatusResponses, unknown, ThrowOnError> => (options?.client ?? client).get<GetStatusResponses, unknown, ThrowOnError>({ url: '/tetherfi/livechat/status', ...options });

/**
 * Log a client message into the server log
 *
 * livechat.slog(type, unit, msg) - writes the page's log line into the server's structured log, tagged with the browser session, as data (control characters escaped, never a line of its own). Rate limited.
 */
export const slog = <ThrowOnError extends boolean = false>(options: Options<SlogData, ThrowOnError>): RequestResult<SlogResponses, SlogErrors, ThrowOnError> => (options.client ?? client).post<SlogResponses, SlogErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/slog',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * The livechat.js script
 *
 * The classic script that defines the globals `livechat` and `libtextchat` (the same object),
 * or, with `multichat=true`, `multilivechat`.
 *
 */
export const getLivechatScript = <ThrowOnError extends boolean = false>(options?: Options<GetLivechatScriptData, ThrowOnError>): RequestResult<GetLivechatScriptResponses, GetLivechatScriptErrors, ThrowOnError> => (options?.client ?? client).get<GetLivechatScriptResponses, GetLivechatScriptErrors, ThrowOnError>({ url: '/tetherfi/livechat/livechat.js', ...options });

/**
 * The libtextchat.js script (livechat.js under its former name)
 *
 * The document's revision 1.8 renamed the API to livechat.js, "backward compatible with
 * libtextchat.js": pages that still include libtextchat.js get livechat.js itself - the
 * globals `livechat` and `libtextchat` (the same object), or, with `multichat=true`,
 * `multilivechat`.
 *
 */
export const getLibtextchatScript = <ThrowOnError extends boolean = false>(options?: Options<GetLibtextchatScriptData, ThrowOnError>): RequestResult<GetLibtextchatScriptResponses, GetLibtextchatScriptErrors, ThrowOnError> => (options?.client ?? client).get<GetLibtextchatScriptResponses, GetLibtextchatScriptErrors, ThrowOnError>({ url: '/tetherfi/livechat/libtextchat.js', ...options });

/**
 * The __clientlog.js script
 *
 * The document's second mandatory script (client-side logging helpers used by slog).
 */
export const getClientLogScript = <ThrowOnError extends boolean = false>(options?: Options<GetClientLogScriptData, ThrowOnError>): RequestResult<GetClientLogScriptResponses, unknown, ThrowOnError> => (options?.client ?? client).get<GetClientLogScriptResponses, unknown, ThrowOnError>({ url: '/tetherfi/livechat/interface/__clientlog.js', ...options });

/**
 * The adaptor.mini.js script (audio/video)
 *
 * Optional script of the document for audio/video calling (its 90 KB are the WebRTC browser
 * adapter, adapter.js, which evened out the browsers' differences in WebRTC). The document
 * names no function of it, and the client uses only standard WebRTC, which evergreen
 * browsers implement alike: the script served is a comment that says so, kept for pages that
 * include it (a page that used the adapter's own `adapter` global would include webrtc-adapter
 * itself).
 *
 */
export const getAdaptorScript = <ThrowOnError extends boolean = false>(options?: Options<GetAdaptorScriptData, ThrowOnError>): RequestResult<GetAdaptorScriptResponses, unknown, ThrowOnError> => (options?.client ?? client).get<GetAdaptorScriptResponses, unknown, ThrowOnError>({ url: '/tetherfi/adaptor.mini.js', ...options });

/**
 * The livechat_video.mini.js script (audio/video)
 *
 * Optional script of the document for audio/video calling - StartAvCall, EndAvCall and Pause over WebRTC, on top of livechat.js. livechat.js loads it on first use when the page did not include it.
 */
export const getLivechatVideoScript = <ThrowOnError extends boolean = false>(options?: Options<GetLivechatVideoScriptData, ThrowOnError>): RequestResult<GetLivechatVideoScriptResponses, unknown, ThrowOnError> => (options?.client ?? client).get<GetLivechatVideoScriptResponses, unknown, ThrowOnError>({ url: '/tetherfi/livechat_video.mini.js', ...options });

/**
 * The co-browse script (tetherfi-cobrowse.min.js)
 *
 * The document's co-browse scripts in one - StartCobr and EndCobr over WebRTC, the sync of
 * domControlList, the pointer and the annotation toolbar (its styles included) - on top of
 * livechat.js, which loads it on first use when the page did not include it.
 *
 */
export const getCobrowseScript = <ThrowOnError extends boolean = false>(options?: Options<GetCobrowseScriptData, ThrowOnError>): RequestResult<GetCobrowseScriptResponses, unknown, ThrowOnError> => (options?.client ?? client).get<GetCobrowseScriptResponses, unknown, ThrowOnError>({ url: '/tetherfi/cobrowse/tetherfi-cobrowse.min.js', ...options });

/**
 * Scripts/tetherfi-cobrowse.min.js - the co-browse script where the document puts it
 *
 * The co-browse script (`/tetherfi/cobrowse/tetherfi-cobrowse.min.js`, the same file) at the
 * path the document's co-browse page includes it from. A page that includes it has
 * co-browsing at once; livechat.js then loads nothing more for StartCobr.
 *
 */
export const getCobrowseScriptAlias = <ThrowOnError extends boolean = false>(options?: Options<GetCobrowseScriptAliasData, ThrowOnError>): RequestResult<GetCobrowseScriptAliasResponses, unknown, ThrowOnError> => (options?.client ?? client).get<GetCobrowseScriptAliasResponses, unknown, ThrowOnError>({ url: '/tetherfi/Scripts/tetherfi-cobrowse.min.js', ...options });

/**
 * Scripts/tetherfi-cobrowse-plugins.min.js - the co-browse page's third-party plugins
 *
 * The document's "3rd party plugins used to achieve screen-sharing and co-browsing" (214 KB).
 * The client's co-browsing needs none - the page's stream, the controls, the pointer and the
 * annotations use the browser's own WebRTC, canvas and DOM - so the script served is a
 * comment that says so, kept for pages that include it.
 *
 */
export const getCobrowsePluginsScript = <ThrowOnError extends boolean = false>(options?: Options<GetCobrowsePluginsScriptData, ThrowOnError>): RequestResult<GetCobrowsePluginsScriptResponses, unknown, ThrowOnError> => (options?.client ?? client).get<GetCobrowsePluginsScriptResponses, unknown, ThrowOnError>({ url: '/tetherfi/Scripts/tetherfi-cobrowse-plugins.min.js', ...options });

/**
 * Scripts/cobrowse-configurations.js - the co-browse page's configuration
 *
 * The document's co-browse configuration script (3 KB). The document gives co-browsing its
 * configuration through `livechat.SetCobrConfigs(config, domControlList,
 * isMousePointerCapture, isAnnotationEnabled)` and says nothing this script sets, so it sets
 * nothing: the script served is a comment that says so, kept for pages that include it.
 *
 */
export const getCobrowseConfigurationsScript = <ThrowOnError extends boolean = false>(options?: Options<GetCobrowseConfigurationsScriptData, ThrowOnError>): RequestResult<GetCobrowseConfigurationsScriptResponses, unknown, ThrowOnError> => (options?.client ?? client).get<GetCobrowseConfigurationsScriptResponses, unknown, ThrowOnError>({ url: '/tetherfi/Scripts/cobrowse-configurations.js', ...options });

/**
 * Styles/tetherfi-cobrowse.min.css - the co-browse UI's styles
 *
 * The styles of what co-browsing draws on the customer's page - the annotation canvas and its
 * toolbar (isAnnotationEnabled). The co-browse script adds the same rules itself, so a page
 * that leaves this stylesheet out looks the same; a page may override them here.
 *
 */
export const getCobrowseStyles = <ThrowOnError extends boolean = false>(options?: Options<GetCobrowseStylesData, ThrowOnError>): RequestResult<GetCobrowseStylesResponses, unknown, ThrowOnError> => (options?.client ?? client).get<GetCobrowseStylesResponses, unknown, ThrowOnError>({ url: '/tetherfi/Styles/tetherfi-cobrowse.min.css', ...options });

/**
 * Styles/fontawesome-all.min.css - the icon font of the co-browse toolbar
 *
 * The document's co-browse toolbar drew its buttons with the Font Awesome icon font (106 KB).
 * The client's toolbar labels its buttons with words (Pen, Highlight, Clear) and uses no icon
 * font, so the stylesheet served is a comment that says so, kept for pages that include it.
 *
 */
export const getFontawesomeStyles = <ThrowOnError extends boolean = false>(options?: Options<GetFontawesomeStylesData, ThrowOnError>): RequestResult<GetFontawesomeStylesResponses, unknown, ThrowOnError> => (options?.client ?? client).get<GetFontawesomeStylesResponses, unknown, ThrowOnError>({ url: '/tetherfi/Styles/fontawesome-all.min.css', ...options });

/**
 * GetAccessToken - the browser session's access token
 *
 * livechat.GetAccessToken(onSuccess, onerror). Creates the browser session when the request
 * has no valid cookie (and sets it), and returns its access token: unique to the browser
 * session, required in `Livechat-Token` on every state-changing call, and placed in
 * `pAccessToken` of encrypted customer details. Calling it again returns the same token while
 * the browser session lives. Also tells whether Start will require a captcha and encrypted
 * details. The client library calls it before its first POST (the document makes it optional
 * for the application) and once more after an AccessTokenInvalid.
 *
 */
export const getAccessToken = <ThrowOnError extends boolean = false>(options?: Options<GetAccessTokenData, ThrowOnError>): RequestResult<GetAccessTokenResponses, GetAccessTokenErrors, ThrowOnError> => (options?.client ?? client).post<GetAccessTokenResponses, GetAccessTokenErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }],
    url: '/tetherfi/livechat/access-token',
    ...options
});

/**
 * Open - join the browser session's ongoing chat(s)
 *
 * livechat.Open(). Joins the calling page to every active chat of the browser session and
 * cancels a running session-end timer. Answers with the Session(s) - the client library raises
 * OnOpenSuccess(Session), or OnOpenSuccess(Session[]) in multi-chat - and with `seq`, the
 * event-stream position of that snapshot: the page reads the stream from `seq`, so it sees
 * every later event exactly once.
 *
 * When there is no chat to join, Open still answers 200, with no Session and the `reason`
 * the client library raises OnOpenFailed(errorCode) with: NoSessionFound - the browser
 * session has no chat, and the page may call Start; AlreadyEndedSession - its last chat
 * ended less than the retention window ago and none started since, so that the page can
 * say "chat ended" (it does not forbid a Start). The document says of NoSessionFound that it
 * "is actually not an error": every page of a site Opens as it loads (floating chat), and an
 * error status would have the browser log an error on every page of every visitor without a
 * chat. A problem (CookiesDisabled, ...) also raises OnOpenFailed(errorCode).
 *
 */
export const openChats = <ThrowOnError extends boolean = false>(options: Options<OpenChatsData, ThrowOnError>): RequestResult<OpenChatsResponses, OpenChatsErrors, ThrowOnError> => (options.client ?? client).post<OpenChatsResponses, OpenChatsErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/open',
    ...options
});

/**
 * Close - leave the chat(s) without ending them
 *
 * livechat.Close(), called as the page unloads (fetch with keepalive). Detaches the page from
 * its chats. When no page of the browser session takes part in a chat any more, the chat's
 * session-end timer starts (`closeTimerMs`); an Open before it fires cancels it. Closing a page
 * that joined nothing is not an error. The call carries its token in the header like every
 * POST; on a cross-site deployment that needs a CORS preflight, which keepalive fetches make.
 *
 */
export const closePage = <ThrowOnError extends boolean = false>(options: Options<ClosePageData, ThrowOnError>): RequestResult<ClosePageResponses, ClosePageErrors, ThrowOnError> => (options.client ?? client).post<ClosePageResponses, ClosePageErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/close',
    ...options
});

/**
 * Start - start a chat
 *
 * livechat.Start(details, VaSession) / multilivechat.Start(details, VaSession, clientId).
 * Creates a chat, joins the calling page to it and queues it for a CSO. Answers 201 with the
 * sid and `seq`, the stream position just before the chat's first event; the client library
 * raises OnStartSuccess and reads the stream from `seq` (OnCallQueued, or OnSystemNotification,
 * follows). A Start repeated by the same page with the clientId of its still-active chat is a
 * retry and answers 200 with the same result. A problem raises OnStartFailed(errorCode); after
 * CaptchaDoesNotMatch or CaptchaNotFound the library also raises OnResetCaptcha.
 *
 * Checks, in this order (the first that fails answers): the request's schema
 * (InvalidRequest), cookie (CookiesDisabled), token (AccessTokenInvalid), rate (RateLimited);
 * a retry (same page, clientId of its still-active chat: 200 with the first result, whatever
 * the body); the clientId of a chat that ended within the retention window
 * (AlreadyEndedSession); the mode - a browser session is single-chat or multi-chat from its
 * first Start on, and a Start of the other mode is InvalidSessionState; the chat state -
 * single chat: while the browser session has an active chat, AlreadyStartedAndInSession if the
 * page takes part in it or called Open before, UnOpenedSessionPerformedStart if it never called
 * Open; multi-chat: maxConcurrentChats (MaxConcurrentSessionCountReached); the captcha
 * (CaptchaIsEmpty, CaptchaNotFound, CaptchaDoesNotMatch); the customer details
 * (CustomerDetailsRejected: undecryptable, token mismatch, or not encrypted when
 * encryptedDetailsRequired); the deployment's capacity (MaxConcurrentSessionCountReached) and
 * routing (StartError, ServerInternalConnectivityError). The entered text matches regardless
 * of letter case and surrounding spaces. The captcha is used up by a Start that succeeds or
 * fails with CaptchaDoesNotMatch, and by nothing else: the same text again, without a new
 * image, answers CaptchaNotFound; a retryable refusal can be retried with the same text.
 *
 */
export const startChat = <ThrowOnError extends boolean = false>(options: Options<StartChatData, ThrowOnError>): RequestResult<StartChatResponses, StartChatErrors, ThrowOnError> => (options.client ?? client).post<StartChatResponses, StartChatErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * End - end the chat
 *
 * livechat.End(reason). Ends the chat; the CSO is notified, and every page of the browser
 * session receives OnEnd('client', reason), emitted before this call answers. A retried End
 * whose first answer was lost gets AlreadyEndedSession, which the client library takes as
 * done. In multi-chat without a Sid, End ends every chat the page takes part in.
 *
 */
export const endChat = <ThrowOnError extends boolean = false>(options: Options<EndChatData, ThrowOnError>): RequestResult<EndChatResponses, EndChatErrors, ThrowOnError> => (options.client ?? client).post<EndChatResponses, EndChatErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/end',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * The event stream (Server-Sent Events)
 *
 * Every event of the browser session, for every page: OnEcho, OnMessageReceived, OnEnd ...
 * (each message is described in asyncapi.yaml, channel `eventStream`). One SSE frame per
 * event: `id` is the event's seq, `event` its name, `data` its JSON payload. A `Heartbeat`
 * frame (no id) follows any silence of `heartbeatIntervalMs`, so the client knows within
 * 9 s that contact is lost. Reconnect with `Last-Event-ID` (or `after`) to resume with nothing
 * lost or repeated; when the server no longer holds the events after that position, the
 * stream starts with a `Resync` event carrying the transcripts. A browser needs only one
 * stream (a leading tab shares it with the others); each page may hold its own. The first
 * frame is `retry: 2000`; the client library reconnects by itself (with backoff, also after
 * an error answer, which stops a plain EventSource for good). While no stream of the browser
 * session is connected, the session-end timer runs.
 *
 */
export const openEventStream = <ThrowOnError extends boolean = false>(options: Options<OpenEventStreamData, ThrowOnError, OpenEventStreamResponse>): Promise<ServerSentEventsResult<OpenEventStreamResponses>> => (options.client ?? client).sse.get<OpenEventStreamResponses, OpenEventStreamErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }],
    url: '/tetherfi/livechat/events',
    ...options
});

/**
 * Long-poll fallback of the event stream
 *
 * For networks whose proxies buffer streams: answers as soon as there are events after
 * `after`, or after `waitMs` with none (an empty answer is the heartbeat). The next poll
 * passes the answer's `next` as `after` - the seq of the last event returned, so nothing is
 * skipped when an answer is cut at 1,000 events (`more` is then true and the next poll
 * answers at once). Same events, same order, same resumption rules (a `Resync` first when
 * `after` is older than the server keeps) as the stream.
 *
 */
export const pollEvents = <ThrowOnError extends boolean = false>(options: Options<PollEventsData, ThrowOnError>): RequestResult<PollEventsResponses, PollEventsErrors, ThrowOnError> => (options.client ?? client).get<PollEventsResponses, PollEventsErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }],
    url: '/tetherfi/livechat/events/poll',
    ...options
});

/**
 * SendMessage - send a message to the CSO
 *
 * livechat.SendMessage(msg) / multilivechat.SendMessage(msg, Sid). The server accepts a
 * message once per `clientMessageId`: a retry with the same id answers 200 with the first
 * result and no second OnEcho. Every page of the browser session (the sender's included)
 * receives OnEcho with the message and its clientMessageId; that echo, not the send, is what
 * pages display. A message that would take the chat's transcript beyond the announced
 * `transcriptCap` is refused with TranscriptFull (409), without an echo; the chat stays open.
 *
 */
export const sendMessage = <ThrowOnError extends boolean = false>(options: Options<SendMessageData, ThrowOnError>): RequestResult<SendMessageResponses, SendMessageErrors, ThrowOnError> => (options.client ?? client).post<SendMessageResponses, SendMessageErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/messages',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * SendAppMessage - send an application message to the agent desktop
 *
 * livechat.SendAppMessage(type, obj) / multilivechat.SendAppMessage(type, obj, Sid). Delivers `obj`, of the application-defined `type`, to the CSO's desktop (TMAC). Deduplicated by clientMessageId like SendMessage.
 */
export const sendAppMessage = <ThrowOnError extends boolean = false>(options: Options<SendAppMessageData, ThrowOnError>): RequestResult<SendAppMessageResponses, SendAppMessageErrors, ThrowOnError> => (options.client ?? client).post<SendAppMessageResponses, SendAppMessageErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/app-messages',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * NotifyTypingStateChange - tell the CSO the customer is typing
 *
 * livechat.NotifyTypingStateChange(state) / multilivechat.NotifyTypingStateChange(state, Sid). 0 typing started, 1 typing stopped.
 */
export const notifyTypingStateChange = <ThrowOnError extends boolean = false>(options: Options<NotifyTypingStateChangeData, ThrowOnError>): RequestResult<NotifyTypingStateChangeResponses, NotifyTypingStateChangeErrors, ThrowOnError> => (options.client ?? client).post<NotifyTypingStateChangeResponses, NotifyTypingStateChangeErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/typing',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * RequestCallback - ask to be called back
 *
 * livechat.RequestCallback(contact). Registers a callback request; OnCallbackRequestStatus(true, status) follows on the stream.
 */
export const requestCallback = <ThrowOnError extends boolean = false>(options: Options<RequestCallbackData, ThrowOnError>): RequestResult<RequestCallbackResponses, RequestCallbackErrors, ThrowOnError> => (options.client ?? client).post<RequestCallbackResponses, RequestCallbackErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/callback',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * StartAvCall - start an audio/video call in the chat
 *
 * livechat.StartAvCall(sid). Opens a WebRTC call with the chat's CSO, with the media of
 * SetAvConfigs. The page then sends its SDP offer and ICE candidates (sendAvSignal); the
 * CSO's answer and candidates arrive as AvSignal events. Requires a connected CSO. When the
 * call cannot start (devices refused, this refused, the page's EndAvCall meanwhile) the client
 * library ends what it began and calls Display.OnDisconnected, as for any end.
 *
 */
export const startAvCall = <ThrowOnError extends boolean = false>(options: Options<StartAvCallData, ThrowOnError>): RequestResult<StartAvCallResponses, StartAvCallErrors, ThrowOnError> => (options.client ?? client).post<StartAvCallResponses, StartAvCallErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/av',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * EndAvCall - hang up
 *
 * livechat.EndAvCall(). Ends the call; the CSO receives the hang-up, and Display.OnDisconnected is called on this side.
 */
export const endAvCall = <ThrowOnError extends boolean = false>(options: Options<EndAvCallData, ThrowOnError>): RequestResult<EndAvCallResponses, EndAvCallErrors, ThrowOnError> => (options.client ?? client).post<EndAvCallResponses, EndAvCallErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/av/end',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Pause - mute or pause, and undo
 *
 * livechat.Pause(audio, video). Mutes the microphone when audio is true (unmutes otherwise) and pauses the camera when video is true (resumes otherwise); the CSO receives the new state.
 */
export const pauseAv = <ThrowOnError extends boolean = false>(options: Options<PauseAvData, ThrowOnError>): RequestResult<PauseAvResponses, PauseAvErrors, ThrowOnError> => (options.client ?? client).post<PauseAvResponses, PauseAvErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/av/pause',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * WebRTC signaling of a call (SDP offer/answer, ICE candidates)
 *
 * Part of StartAvCall - relays the page's SDP offer or answer, or one trickled ICE candidate, to the CSO's side of the call.
 */
export const sendAvSignal = <ThrowOnError extends boolean = false>(options: Options<SendAvSignalData, ThrowOnError>): RequestResult<SendAvSignalResponses, SendAvSignalErrors, ThrowOnError> => (options.client ?? client).post<SendAvSignalResponses, SendAvSignalErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/av/signals',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * StartCobr - start co-browsing
 *
 * livechat.StartCobr(). Starts co-browsing with the chat's CSO using the configuration of
 * SetCobrConfigs: the page's stream (Display.OnAcquireCustomCanvasStream) goes to the CSO over
 * WebRTC (sendCobrowseSignal), the controls of domControlList are kept in sync both ways, the
 * pointer is sent when isMousePointerCapture is set and annotations are allowed when
 * isAnnotationEnabled is set. Requires a connected CSO.
 *
 */
export const startCobrowse = <ThrowOnError extends boolean = false>(options: Options<StartCobrowseData, ThrowOnError>): RequestResult<StartCobrowseResponses, StartCobrowseErrors, ThrowOnError> => (options.client ?? client).post<StartCobrowseResponses, StartCobrowseErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/cobrowse',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * EndCobr - end co-browsing
 *
 * livechat.EndCobr(triggerDisconnect, sendEndMessage). Sent when sendEndMessage is set, to
 * inform the CSO's side; triggerDisconnect only closes the page's own WebRTC connection and
 * sends nothing. A session only disconnected stays open on the server (and StartCobr in that
 * chat is refused) until this is sent, the CSO ends it, or its page leaves: the client library
 * sends it before its next StartCobr.
 *
 */
export const endCobrowse = <ThrowOnError extends boolean = false>(options: Options<EndCobrowseData, ThrowOnError>): RequestResult<EndCobrowseResponses, EndCobrowseErrors, ThrowOnError> => (options.client ?? client).post<EndCobrowseResponses, EndCobrowseErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/cobrowse/end',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * WebRTC signaling of the co-browse stream
 *
 * Part of StartCobr - relays the page's SDP offer or answer, or an ICE candidate, for the shared-screen stream.
 */
export const sendCobrowseSignal = <ThrowOnError extends boolean = false>(options: Options<SendCobrowseSignalData, ThrowOnError>): RequestResult<SendCobrowseSignalResponses, SendCobrowseSignalErrors, ThrowOnError> => (options.client ?? client).post<SendCobrowseSignalResponses, SendCobrowseSignalErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/cobrowse/signals',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * A control of domControlList changed on the customer's page
 *
 * Part of StartCobr - the new value of a text box, radio button, checkbox or dropdown named in domControlList, mirrored on the CSO's view.
 */
export const sendCobrowseControlValue = <ThrowOnError extends boolean = false>(options: Options<SendCobrowseControlValueData, ThrowOnError>): RequestResult<SendCobrowseControlValueResponses, SendCobrowseControlValueErrors, ThrowOnError> => (options.client ?? client).post<SendCobrowseControlValueResponses, SendCobrowseControlValueErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/cobrowse/control-values',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * The customer's pointer moved (isMousePointerCapture)
 *
 * Part of StartCobr - the customer's pointer, shown to the CSO, in batches of the positions sampled since the last one (at most one batch per 100 ms).
 */
export const sendCobrowsePointer = <ThrowOnError extends boolean = false>(options: Options<SendCobrowsePointerData, ThrowOnError>): RequestResult<SendCobrowsePointerResponses, SendCobrowsePointerErrors, ThrowOnError> => (options.client ?? client).post<SendCobrowsePointerResponses, SendCobrowsePointerErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/cobrowse/pointer',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * The customer annotated the shared page (isAnnotationEnabled)
 *
 * Part of StartCobr - one annotation stroke, or a clear, shown to the CSO.
 */
export const sendCobrowseAnnotation = <ThrowOnError extends boolean = false>(options: Options<SendCobrowseAnnotationData, ThrowOnError>): RequestResult<SendCobrowseAnnotationResponses, SendCobrowseAnnotationErrors, ThrowOnError> => (options.client ?? client).post<SendCobrowseAnnotationResponses, SendCobrowseAnnotationErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/cobrowse/annotations',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * The captcha image (setCaptchaImage / resetCaptchaImage)
 *
 * livechat.setCaptchaImage(img) points an <img> here with `reset=false`: the image of the
 * browser session's current captcha text, created if there is none. resetCaptchaImage(img)
 * uses `reset=true`: a new text and image. The text is kept with the browser session (this
 * request sets the cookie when there is none) and checked by Start against eEnteredCaptcha.
 * A GET because an <img> loads it; with a SameSite=Lax cookie a cross-site image cannot reset
 * it, and where the cookie is SameSite=None the server also accepts the previous text until
 * one of them is used, so a forged reset cannot fail a customer's Start.
 *
 */
export const getCaptchaImage = <ThrowOnError extends boolean = false>(options?: Options<GetCaptchaImageData, ThrowOnError>): RequestResult<GetCaptchaImageResponses, GetCaptchaImageErrors, ThrowOnError> => (options?.client ?? client).get<GetCaptchaImageResponses, GetCaptchaImageErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }],
    url: '/tetherfi/livechat/captcha',
    ...options
});

/**
 * uploadFiles - upload files into the chat
 *
 * livechat.uploadFiles(fileList). Uploads up to maxFilesPerUpload files, each at most
 * maxFileBytes and of an allowedFileTypes type checked against its content. Names are
 * sanitised and made unique. Each accepted file is announced to every page by
 * OnUploadComplete and shown to the CSO. All or nothing: when one file is refused, none is
 * kept. A request whose Content-Length exceeds maxFileBytes x maxFilesPerUpload plus 64 KiB
 * is refused with PayloadTooLarge before its body is read, and one that grows past it while
 * streaming is cut off with the same answer.
 *
 */
export const uploadFiles = <ThrowOnError extends boolean = false>(options: Options<UploadFilesData, ThrowOnError>): RequestResult<UploadFilesResponses, UploadFilesErrors, ThrowOnError> => (options.client ?? client).post<UploadFilesResponses, UploadFilesErrors, ThrowOnError>({
    ...formDataBodySerializer,
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/chats/{sid}/files',
    ...options,
    headers: {
        'Content-Type': null,
        ...options.headers
    }
});

/**
 * Download a file of the chat (prepareDownloadURL)
 *
 * livechat.prepareDownloadURL(fileName) returns this URL for a file of the current chat.
 * Only files of this browser session's chats are served, as attachments, with
 * `X-Content-Type-Options: nosniff`; the name must be a stored name (no path).
 *
 */
export const downloadFile = <ThrowOnError extends boolean = false>(options: Options<DownloadFileData, ThrowOnError>): RequestResult<DownloadFileResponses, DownloadFileErrors, ThrowOnError> => (options.client ?? client).get<DownloadFileResponses, DownloadFileErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }],
    url: '/tetherfi/livechat/chats/{sid}/files/{fileName}',
    ...options
});

/**
 * CreateCampaignContact - create a contact for a campaign
 *
 * livechat.CreateCampaignContact(data). Creates a campaign contact from `data` (any JSON
 * object, the document's "request payload in json format"). The client library raises
 * OnCampaignContactCreated(response) with the result - or, on a problem, with resultCode set
 * to the problem's code and resultMessage to its detail.
 *
 */
export const createCampaignContact = <ThrowOnError extends boolean = false>(options: Options<CreateCampaignContactData, ThrowOnError>): RequestResult<CreateCampaignContactResponses, CreateCampaignContactErrors, ThrowOnError> => (options.client ?? client).post<CreateCampaignContactResponses, CreateCampaignContactErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_SESSION',
            type: 'apiKey'
        }, { name: 'Livechat-Token', type: 'apiKey' }],
    url: '/tetherfi/livechat/campaign-contacts',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});
