// generated from spec/openapi.yaml, spec/asyncapi.yaml and spec/schemas/ErrorCode.yaml by `npm run generate` (generators/generate.ts), do not edit
/** Method and path of the operations; a path without a leading '/' is under base. */
export const base = "/tetherfi/livechat/";

/** The text chat's (every operation but those tagged av, cobrowse or scripts: the page loads the scripts itself). */
export const routes = {"getStatus":"GET status","slog":"POST slog","getAccessToken":"POST access-token","openChats":"POST open","closePage":"POST close","startChat":"POST chats","endChat":"POST chats/{sid}/end","openEventStream":"GET events","pollEvents":"GET events/poll","sendMessage":"POST chats/{sid}/messages","sendAppMessage":"POST chats/{sid}/app-messages","notifyTypingStateChange":"POST chats/{sid}/typing","requestCallback":"POST chats/{sid}/callback","getCaptchaImage":"GET captcha","uploadFiles":"POST chats/{sid}/files","downloadFile":"GET chats/{sid}/files/{fileName}","createCampaignContact":"POST campaign-contacts"} as const;

/** Audio/video's, for its chunk (livechat.js carries only what it imports). */
export const avRoutes = {"startAvCall":"POST chats/{sid}/av","endAvCall":"POST chats/{sid}/av/end","pauseAv":"POST chats/{sid}/av/pause","sendAvSignal":"POST chats/{sid}/av/signals"} as const;

/** Co-browsing's, for its chunk. */
export const cobrowseRoutes = {"startCobrowse":"POST chats/{sid}/cobrowse","endCobrowse":"POST chats/{sid}/cobrowse/end","sendCobrowseSignal":"POST chats/{sid}/cobrowse/signals","sendCobrowseControlValue":"POST chats/{sid}/cobrowse/control-values","sendCobrowsePointer":"POST chats/{sid}/cobrowse/pointer","sendCobrowseAnnotation":"POST chats/{sid}/cobrowse/annotations"} as const;

/** Every ErrorCode: its HTTP status, and whether a retry can help. */
export const errors = {"StartError":[502,true],"ServerInternalConnectivityError":[503,true],"AlreadyStartedAndInSession":[409,false],"CookiesDisabled":[400,false],"UnOpenedSessionPerformedStart":[409,false],"CaptchaDoesNotMatch":[422,false],"CaptchaNotFound":[422,false],"CaptchaIsEmpty":[422,false],"MaxConcurrentSessionCountReached":[503,true],"AlreadyEndedSession":[410,false],"NoSessionFound":[404,false],"UnOpenedSessionNotAllowed":[409,false],"InvalidRequest":[400,false],"AccessTokenInvalid":[403,false],"CustomerDetailsRejected":[403,false],"InvalidSessionState":[409,false],"RateLimited":[429,true],"PayloadTooLarge":[413,false],"TranscriptFull":[409,false],"UnsupportedFileType":[415,false],"FileNotFound":[404,false],"NotFound":[404,false],"UnexpectedError":[500,true]} as const;

/**
 * The handlers a page raises, each with its parameters as payload paths, space-separated: livechat's,
 * then multilivechat's where they differ ('+': the ones it adds after livechat's).
 */
export const handlers = {"OnEnd":["data.initiator data.reason","+sid"],"OnInternalServerError":["data.errorCode","+sid"],"OnCallQueued":["data.queuePosition","+sid"],"OnRemoteUserConnected":["data.name data.agentId sid","+clientId"],"OnSystemNotification":["data.reasonCode","+sid"],"OnCallbackRequestStatus":["data.isCustomerReq data.status","+sid"],"OnConferenceUserLeft":["data.agent data.msg","+sid"],"OnMessageReceived":["data.msg","+sid"],"OnEcho":["data.msg","+sid"],"OnTypingStateChanged":["data.state","+sid"],"OnAppMessageReceived":["data.agent data.msg","+sid"],"OnHistoryReceived":["data.history","+sid"],"OnUploadComplete":["data.response","+sid"],"OnStartSuccess":["","+clientId sid"],"OnStartFailed":["data.errorCode data.code","data.errorCode sid clientId data.code"],"OnOpenSuccess":["data.sessions.0","data.sessions"],"OnOpenFailed":["data.errorCode data.code"],"OnServerStateChanged":["data.state"],"OnCallbackAutoRegistered":["data.reasonCode","+sid"],"OnResetCaptcha":[""],"OnCampaignContactCreated":["data.response"]} as const;

/** Handlers raised after another, with the same event (x-livechat-synonyms). */
export const synonyms = {"OnSystemNotification":["OnCallbackAutoRegistered"]} as const;

/** Events only the page that started the chat raises (x-livechat-delivery: starting-page). */
export const startingPage = ["OnCallQueued"] as const;

/** Events of the stream no handler sees: the library acts on them. */
export type InternalEvent = "Heartbeat" | "Resync" | "ChatStarted" | "AvSignal" | "AvMediaStateChanged" | "AvCallEnded" | "CobrSignal" | "CobrControlValueChanged" | "CobrAnnotation" | "CobrEnded";
