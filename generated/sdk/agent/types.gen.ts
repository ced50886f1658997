// generated from spec/agent/openapi.yaml by `npm run generate` (generators/generate.ts), do not edit
export type ClientOptions = {
    baseUrl: 'http://127.0.0.1:8080' | `${string}://{baseUrl}` | (string & {});
};

/**
 * AgentMessageAccepted
 *
 * A message the CSO sent, accepted.
 */
export type AgentMessageAccepted = {
    messageId: MessageId;
    clientMessageId: ClientMessageId;
    time: ServerTime;
};

/**
 * AgentCallRef
 *
 * Names the call.
 */
export type AgentCallRef = {
    callId: CallId;
};

/**
 * AgentCobrowseRef
 *
 * Names the co-browse session.
 */
export type AgentCobrowseRef = {
    cobrowseId: CobrowseId;
};

/**
 * AgentId
 *
 * Id of the CSO login.
 */
export type AgentId = string;

/**
 * AgentName
 *
 * Name of the CSO login.
 */
export type AgentName = string;

/**
 * AgentRef
 *
 * A CSO taking part in a chat (Session.agents); the same attributes as OnRemoteUserConnected's arguments.
 */
export type AgentRef = {
    name: AgentName;
    id: AgentId;
    /**
     * The agent's position in `trans` when it joined; an agent with index 2 has not seen the first two entries.
     */
    index: number;
};

/**
 * AgentStreamPosition
 *
 * A position in the agent's event stream - the seq of the last event before it, 0 before the first. Read the stream from here (`after` or Last-Event-ID).
 */
export type AgentStreamPosition = number;

/**
 * AgentToken
 *
 * The agent session's token (AgentLogin), sent in the `Livechat-Agent-Token` header of every POST but login.
 */
export type AgentToken = string;

/**
 * AnnotationClear
 *
 * Remove every annotation.
 */
export type AnnotationClear = {
    /**
     * Remove every annotation.
     */
    tool: 'clear';
};

/**
 * AnnotationStroke
 *
 * A stroke through `points`.
 */
export type AnnotationStroke = {
    /**
     * Drawing tool.
     */
    tool: 'pen' | 'highlight';
    /**
     * Stroke points as [x, y] fractions of the viewport.
     */
    points: Array<[
        number,
        number
    ]>;
    /**
     * Stroke colour.
     */
    color?: string;
};

/**
 * CallId
 *
 * Id of an audio/video call, assigned by StartAvCall.
 */
export type CallId = string;

/**
 * ChatText
 *
 * A chat message's text, as typed (not URL-encoded). At most 4,096 Unicode code points (what JSON Schema's maxLength counts, not UTF-16 units); a deployment may announce a lower `maxMessageLength`.
 */
export type ChatText = string;

/**
 * ChatTopic
 *
 * The topic the customer chose (CustomerDetails.pTopic); empty when none was given.
 */
export type ChatTopic = string;

/**
 * CheckedValue
 *
 * A radio button or checkbox and whether it is checked.
 */
export type CheckedValue = {
    /**
     * Kind of control.
     */
    control: 'radioButton' | 'checkbox';
    /**
     * The control's element id.
     */
    id: string;
    /**
     * True when checked.
     */
    value: boolean;
};

/**
 * ClientId
 *
 * Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
 */
export type ClientId = string;

/**
 * ClientMessageId
 *
 * Id the page gives each message it sends; the server accepts a message once per id and echoes the id in OnEcho, so a retried send shows exactly once.
 */
export type ClientMessageId = string;

/**
 * CobrAnnotation
 *
 * One annotation stroke drawn over the shared page (isAnnotationEnabled), or a clear, tagged by `tool`.
 */
export type CobrAnnotation = AnnotationStroke | AnnotationClear;

/**
 * CobrControlValue
 *
 * The new value of one control named in domControlList, tagged by `control`. The receiving side applies it only to an id of its domControlList.
 */
export type CobrControlValue = TextboxValue | DropdownValue | CheckedValue;

/**
 * CobrowseId
 *
 * Id of a co-browsing session, assigned by StartCobr.
 */
export type CobrowseId = string;

/**
 * CustomerName
 *
 * The customer's display name (CustomerDetails.eCustName, decrypted when the details were encrypted); empty when the customer gave none.
 */
export type CustomerName = string;

/**
 * DropdownValue
 *
 * A dropdown (select) and its selected option's value.
 */
export type DropdownValue = {
    /**
     * A dropdown.
     */
    control: 'dropdown';
    /**
     * The control's element id.
     */
    id: string;
    /**
     * The selected option's value.
     */
    value: string;
};

/**
 * ErrorCode
 *
 * Every error code of the contract, in one place. The first twelve are the
 * reference document's own (OnStartFailed, OnOpenFailed, OnInternalServerError);
 * the others are livechat-kit additions (`x-livechat-origin: extension`) for
 * failures the document leaves unnamed. Each value carries the HTTP status it is
 * sent with (`x-livechat-http-status`) and whether a retry can succeed
 * (`x-livechat-retryable`). Operations list the codes they may return in
 * `x-livechat-errors`. `x-livechat-level` grades the code's conformance cases
 * where it is not the reference document's (whose codes are MUST): MUST where the
 * contract states the rule, SHOULD where a run cannot provoke it (no budget
 * announced, a budget beyond a run, a defect); an operation may grade its own
 * case otherwise (`x-livechat-error-levels`).
 *
 */
export type ErrorCode = 'StartError' | 'ServerInternalConnectivityError' | 'AlreadyStartedAndInSession' | 'CookiesDisabled' | 'UnOpenedSessionPerformedStart' | 'CaptchaDoesNotMatch' | 'CaptchaNotFound' | 'CaptchaIsEmpty' | 'MaxConcurrentSessionCountReached' | 'AlreadyEndedSession' | 'NoSessionFound' | 'UnOpenedSessionNotAllowed' | 'InvalidRequest' | 'AccessTokenInvalid' | 'CustomerDetailsRejected' | 'InvalidSessionState' | 'RateLimited' | 'PayloadTooLarge' | 'TranscriptFull' | 'UnsupportedFileType' | 'FileNotFound' | 'NotFound' | 'UnexpectedError';

/**
 * IceCandidate
 *
 * An RTCIceCandidateInit; `candidate` is empty for the end of candidates.
 */
export type IceCandidate = {
    /**
     * The candidate line.
     */
    candidate: string;
    /**
     * Media stream identification tag.
     */
    sdpMid?: string | null;
    /**
     * Index of the m-line.
     */
    sdpMLineIndex?: number | null;
    /**
     * ICE username fragment.
     */
    usernameFragment?: string | null;
};

/**
 * IceCandidateSignal
 *
 * A trickled ICE candidate.
 */
export type IceCandidateSignal = {
    /**
     * A trickled ICE candidate.
     */
    type: 'ice-candidate';
    candidate: IceCandidate;
};

/**
 * MessageId
 *
 * Server-assigned id of an accepted message.
 */
export type MessageId = string;

/**
 * Problem
 *
 * An error, as RFC 9457 problem details (`application/problem+json`) carrying the
 * contract's ErrorCode. `type` is `urn:livechat:error:<code>`; `status` repeats the
 * HTTP status; the body never carries a stack trace.
 *
 */
export type Problem = {
    /**
     * URI naming the problem kind, `urn:livechat:error:` followed by the code.
     */
    type: string;
    /**
     * Short human-readable summary of the problem kind.
     */
    title: string;
    /**
     * The HTTP status of the response.
     */
    status: number;
    /**
     * Human-readable explanation of this occurrence.
     */
    detail?: string;
    /**
     * URI reference of this occurrence (the request path).
     */
    instance?: string;
    code: ErrorCode;
    /**
     * Whether the same request can succeed later.
     */
    retryable: boolean;
    /**
     * When retryable, how long to wait before retrying (also sent as Retry-After).
     */
    retryAfterMs?: number;
    sid?: Sid;
    clientId?: ClientId;
    /**
     * For InvalidRequest, each part of the request that failed validation.
     */
    errors?: Array<{
        /**
         * Where: JSON Pointer into the body (#/details/eCustDetails), or header:<name>, query:<name>, path:<name>, cookie:<name>.
         */
        pointer: string;
        /**
         * What is wrong there.
         */
        message: string;
    }>;
};

/**
 * QueuedChat
 *
 * A chat waiting in the queue for a CSO.
 */
export type QueuedChat = {
    sid: Sid;
    clientId: ClientId;
    customerName: CustomerName;
    topic: ChatTopic;
    /**
     * When the chat entered the queue (server time, RFC 3339, UTC).
     */
    queuedAt: string;
    position: QueuePosition;
};

/**
 * QueuePosition
 *
 * Position of a chat in the queue; 1 for the chat next to be answered.
 */
export type QueuePosition = number;

/**
 * SdpAnswerSignal
 *
 * An SDP answer.
 */
export type SdpAnswerSignal = {
    /**
     * An SDP answer.
     */
    type: 'answer';
    sdp: SdpDescription;
};

/**
 * SdpDescription
 *
 * An RTCSessionDescription's SDP text.
 */
export type SdpDescription = string;

/**
 * SdpOfferSignal
 *
 * An SDP offer.
 */
export type SdpOfferSignal = {
    /**
     * An SDP offer.
     */
    type: 'offer';
    sdp: SdpDescription;
};

/**
 * ServerTime
 *
 * Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
 */
export type ServerTime = string;

/**
 * Session
 *
 * The document's Session: a chat already open on the server, as OnOpenSuccess
 * (and a resynchronisation) carries it. In multi-chat, OnOpenSuccess carries an
 * array of these, each with its clientId; on the wire every Session carries its
 * sid and clientId.
 *
 */
export type Session = {
    sid: Sid;
    clientId: ClientId;
    /**
     * Where the chat stands.
     */
    state: 'queued' | 'connected';
    /**
     * The CSOs handling the chat now; absent before a CSO connects (OnRemoteUserConnected).
     */
    agents?: Array<AgentRef>;
    /**
     * The messages and joins exchanged so far, oldest first.
     */
    trans: Array<TranscriptEntry>;
    /**
     * Position in the queue while `state` is queued (beyond the document).
     */
    queuePosition?: number;
    /**
     * The files uploaded into the chat so far, oldest first (beyond the document), so that a page that joins by Open can still offer them.
     */
    files?: Array<UploadedFile>;
};

/**
 * Sid
 *
 * Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
 */
export type Sid = string;

/**
 * Signal
 *
 * One WebRTC signaling message, tagged by `type`.
 */
export type Signal = SdpOfferSignal | SdpAnswerSignal | IceCandidateSignal;

/**
 * TestConditions
 *
 * States of a deployment set up for testing (SetTestConditions); a field left out is the deployment's own setting.
 */
export type TestConditions = {
    /**
     * Start requires a captcha (GetAccessToken says captchaRequired), and every captcha image shows this text - of the characters no reader confuses with another, which every captcha can draw.
     */
    captchaText?: string;
    /**
     * Most chats waiting for a CSO; beyond it a new chat is refused with QueueIsTooBig.
     */
    queueLimit?: number;
    /**
     * Longest a chat waits in the queue before it is refused with TimedOutInQueue (for chats queued from now on).
     */
    queueTimeoutMs?: number;
    /**
     * false - the deployment counts no CSO as logged in, so a new chat is refused with NoStaffedAgents.
     */
    staffed?: boolean;
    /**
     * true - the deployment behaves as when it cannot reach its own store or routing, or is draining - GetStatus answers `OFFLINE (...)` and every customer call that lists ServerInternalConnectivityError answers it (503, retryable, Retry-After); the scripts and this agent interface keep working.
     */
    unavailable?: boolean;
    /**
     * The session-end timer's length (spec/README.md, "Open, Start, Close and the session-end timer") for timers started from now on; Start and Open announce it as the limits' closeTimerMs.
     */
    closeTimerMs?: number;
    /**
     * The most entries a chat's transcript holds (transcriptCap.entries), for every chat while it is in force; Start and Open announce it in the limits. A message beyond it answers TranscriptFull.
     */
    transcriptEntries?: number;
    /**
     * Every new chat is refused with this reason (a callback recorded), as when the deployment's own systems fail so.
     */
    routingFailure?: 'ErrorInGetAgentDetails' | 'ErrorAgentDetails' | 'InternalServerError';
};

/**
 * TextboxValue
 *
 * A text box and its text.
 */
export type TextboxValue = {
    /**
     * A text box.
     */
    control: 'textbox';
    /**
     * The control's element id.
     */
    id: string;
    /**
     * Its text.
     */
    value: string;
};

/**
 * TranscriptConnect
 *
 * A CSO joined the chat.
 */
export type TranscriptConnect = {
    /**
     * A CSO joined.
     */
    type: 'connect';
    id: AgentId;
    name: AgentName;
    time: ServerTime;
};

/**
 * TranscriptDisconnect
 *
 * A CSO left the chat (transfer, conference leave, end).
 */
export type TranscriptDisconnect = {
    /**
     * A CSO left.
     */
    type: 'disconnect';
    id: AgentId;
    name: AgentName;
    time: ServerTime;
};

/**
 * TranscriptEntry
 *
 * One record of a chat's transcript (Session.trans), tagged by `type`.
 */
export type TranscriptEntry = TranscriptMessage | TranscriptConnect | TranscriptDisconnect;

/**
 * TranscriptMessage
 *
 * A message, by the customer or a CSO.
 */
export type TranscriptMessage = {
    /**
     * A message record.
     */
    type: 'msg';
    /**
     * Who wrote it.
     */
    by: 'c' | 'a';
    /**
     * The message text, URL-encoded (encodeURIComponent) as the document specifies for transcripts; a 4,096-code-point message encodes to at most 49,152 characters.
     */
    msg: string;
    time: ServerTime;
    id?: MessageId;
    clientMessageId?: ClientMessageId;
    agentId?: AgentId;
};

/**
 * TypingState
 *
 * Typing state of NotifyTypingStateChange and OnTypingStateChanged.
 */
export type TypingState = 0 | 1;

/**
 * UploadedFile
 *
 * A file accepted by uploadFiles (OnUploadComplete's response). `fileName` is the server's sanitised, unique name, the one prepareDownloadURL takes.
 */
export type UploadedFile = {
    /**
     * Stored name, unique in the chat; safe in a URL path segment.
     */
    fileName: string;
    /**
     * The name the browser gave, without control or bidi-override characters, for display only.
     */
    originalName: string;
    /**
     * Size in bytes.
     */
    fileSize: number;
    /**
     * Media type, checked against the content.
     */
    fileType: string;
    /**
     * Who uploaded it (beyond the document).
     */
    by?: 'c' | 'a';
};

export type AgentLoginData = {
    body: {
        agentId: AgentId;
        name: AgentName;
        /**
         * The deployment's agent password.
         */
        password: string;
    };
    path?: never;
    query?: never;
    url: '/tetherfi/agent/login';
};

export type AgentLoginErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError.
     */
    503: Problem;
};

export type AgentLoginError = AgentLoginErrors[keyof AgentLoginErrors];

export type AgentLoginResponses = {
    /**
     * Logged in; the agent-session cookie is set.
     */
    200: {
        token: AgentToken;
        agentId: AgentId;
        name: AgentName;
        seq: AgentStreamPosition;
    };
};

export type AgentLoginResponse = AgentLoginResponses[keyof AgentLoginResponses];

export type AgentLogoutData = {
    body?: {
        [key: string]: never;
    };
    path?: never;
    query?: never;
    url: '/tetherfi/agent/logout';
};

export type AgentLogoutErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentLogoutError = AgentLogoutErrors[keyof AgentLogoutErrors];

export type AgentLogoutResponses = {
    /**
     * Logged out; the agent-session cookie is cleared.
     */
    204: void;
};

export type AgentLogoutResponse = AgentLogoutResponses[keyof AgentLogoutResponses];

export type AgentReadyData = {
    body: {
        /**
         * True to take new chats, false to stop.
         */
        ready: boolean;
    };
    path?: never;
    query?: never;
    url: '/tetherfi/agent/ready';
};

export type AgentReadyErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentReadyError = AgentReadyErrors[keyof AgentReadyErrors];

export type AgentReadyResponses = {
    /**
     * The agent's readiness is set.
     */
    204: void;
};

export type AgentReadyResponse = AgentReadyResponses[keyof AgentReadyResponses];

export type GetAgentQueueData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/tetherfi/agent/queue';
};

export type GetAgentQueueErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type GetAgentQueueError = GetAgentQueueErrors[keyof GetAgentQueueErrors];

export type GetAgentQueueResponses = {
    /**
     * The queue, position 1 first (possibly empty).
     */
    200: {
        /**
         * The queued chats, ordered by position.
         */
        chats: Array<QueuedChat>;
    };
};

export type GetAgentQueueResponse = GetAgentQueueResponses[keyof GetAgentQueueResponses];

export type OpenAgentEventStreamData = {
    body?: never;
    headers?: {
        /**
         * The seq of the last event the desktop received (sent by EventSource when it reconnects).
         */
        'Last-Event-ID'?: string;
    };
    path?: never;
    query?: {
        /**
         * Start after this position (from AgentLogin); Last-Event-ID wins when both are sent. Without either, the stream starts with the next event.
         */
        after?: AgentStreamPosition;
    };
    url: '/tetherfi/agent/events';
};

export type OpenAgentEventStreamErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError.
     */
    503: Problem;
};

export type OpenAgentEventStreamError = OpenAgentEventStreamErrors[keyof OpenAgentEventStreamErrors];

export type OpenAgentEventStreamResponses = {
    /**
     * SSE frames: `id: <seq>`, `event: <name>`, `data: <payload JSON>`.
     */
    200: string;
};

export type OpenAgentEventStreamResponse = OpenAgentEventStreamResponses[keyof OpenAgentEventStreamResponses];

export type AcceptChatData = {
    body?: never;
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/accept';
};

export type AcceptChatErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AcceptChatError = AcceptChatErrors[keyof AcceptChatErrors];

export type AcceptChatResponses = {
    /**
     * The chat is the agent's; its Session (state connected) with the transcript so far.
     */
    200: Session;
};

export type AcceptChatResponse = AcceptChatResponses[keyof AcceptChatResponses];

export type AgentSendMessageData = {
    body: {
        msg: ChatText;
        clientMessageId: ClientMessageId;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/messages';
};

export type AgentSendMessageErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentSendMessageError = AgentSendMessageErrors[keyof AgentSendMessageErrors];

export type AgentSendMessageResponses = {
    /**
     * A retry of a message already accepted; the first result, no second OnMessageReceived.
     */
    200: AgentMessageAccepted;
    /**
     * Accepted; OnMessageReceived goes to every page of the customer.
     */
    201: AgentMessageAccepted;
};

export type AgentSendMessageResponse = AgentSendMessageResponses[keyof AgentSendMessageResponses];

export type AgentSendAppMessageData = {
    body: {
        /**
         * Any application-defined string; OnAppMessageReceived carries it.
         */
        type: string;
        /**
         * The message text (often serialised JSON); OnAppMessageReceived's msg.
         */
        msg: string;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/app-messages';
};

export type AgentSendAppMessageErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Too large - PayloadTooLarge.
     */
    413: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentSendAppMessageError = AgentSendAppMessageErrors[keyof AgentSendAppMessageErrors];

export type AgentSendAppMessageResponses = {
    /**
     * Accepted; OnAppMessageReceived goes to every page of the customer.
     */
    202: unknown;
};

export type AgentTypingData = {
    body: {
        state: TypingState;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/typing';
};

export type AgentTypingErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentTypingError = AgentTypingErrors[keyof AgentTypingErrors];

export type AgentTypingResponses = {
    /**
     * Relayed to the customer.
     */
    204: void;
};

export type AgentTypingResponse = AgentTypingResponses[keyof AgentTypingResponses];

export type TransferChatData = {
    body: {
        toAgentId: AgentId;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/transfer';
};

export type TransferChatErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type TransferChatError = TransferChatErrors[keyof TransferChatErrors];

export type TransferChatResponses = {
    /**
     * Offered; ChatOffered goes to the other agent.
     */
    202: unknown;
};

export type InviteToConferenceData = {
    body: {
        agentId: AgentId;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/conference';
};

export type InviteToConferenceErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type InviteToConferenceError = InviteToConferenceErrors[keyof InviteToConferenceErrors];

export type InviteToConferenceResponses = {
    /**
     * Invited; ChatOffered goes to the other agent.
     */
    202: unknown;
};

export type LeaveConferenceData = {
    body: {
        /**
         * The leaving CSO's message; OnConferenceUserLeft's msg.
         */
        msg: string;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/conference/leave';
};

export type LeaveConferenceErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type LeaveConferenceError = LeaveConferenceErrors[keyof LeaveConferenceErrors];

export type LeaveConferenceResponses = {
    /**
     * Left; OnConferenceUserLeft goes to the customer.
     */
    204: void;
};

export type LeaveConferenceResponse = LeaveConferenceResponses[keyof LeaveConferenceResponses];

export type AgentRequestCallbackData = {
    body: {
        /**
         * Phone number to call the customer back on.
         */
        contact: string;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/callback';
};

export type AgentRequestCallbackErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentRequestCallbackError = AgentRequestCallbackErrors[keyof AgentRequestCallbackErrors];

export type AgentRequestCallbackResponses = {
    /**
     * Registered; OnCallbackRequestStatus goes to the customer.
     */
    202: unknown;
};

export type AgentSendHistoryData = {
    body: {
        /**
         * Transcript records of earlier chats, oldest first.
         */
        history: Array<TranscriptEntry>;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/history';
};

export type AgentSendHistoryErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Too large - PayloadTooLarge.
     */
    413: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentSendHistoryError = AgentSendHistoryErrors[keyof AgentSendHistoryErrors];

export type AgentSendHistoryResponses = {
    /**
     * Accepted; OnHistoryReceived goes to the customer.
     */
    202: unknown;
};

export type AgentEndChatData = {
    body?: {
        /**
         * Any text, recorded and passed to the agents in ChatEnded.
         */
        reason?: string;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/end';
};

export type AgentEndChatErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentEndChatError = AgentEndChatErrors[keyof AgentEndChatErrors];

export type AgentEndChatResponses = {
    /**
     * The chat ended; OnEnd goes to the customer, ChatEnded to the agents.
     */
    204: void;
};

export type AgentEndChatResponse = AgentEndChatResponses[keyof AgentEndChatResponses];

export type AgentAnswerAvCallData = {
    body: AgentCallRef;
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/av/answer';
};

export type AgentAnswerAvCallErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentAnswerAvCallError = AgentAnswerAvCallErrors[keyof AgentAnswerAvCallErrors];

export type AgentAnswerAvCallResponses = {
    /**
     * Answered; signaling goes on by av/signals and AvSignal.
     */
    204: void;
};

export type AgentAnswerAvCallResponse = AgentAnswerAvCallResponses[keyof AgentAnswerAvCallResponses];

export type AgentDeclineAvCallData = {
    body: AgentCallRef;
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/av/decline';
};

export type AgentDeclineAvCallErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentDeclineAvCallError = AgentDeclineAvCallErrors[keyof AgentDeclineAvCallErrors];

export type AgentDeclineAvCallResponses = {
    /**
     * Declined; the call ended.
     */
    204: void;
};

export type AgentDeclineAvCallResponse = AgentDeclineAvCallResponses[keyof AgentDeclineAvCallResponses];

export type AgentSendAvSignalData = {
    body: {
        callId: CallId;
        signal: Signal;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/av/signals';
};

export type AgentSendAvSignalErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentSendAvSignalError = AgentSendAvSignalErrors[keyof AgentSendAvSignalErrors];

export type AgentSendAvSignalResponses = {
    /**
     * Relayed.
     */
    202: unknown;
};

export type AgentPauseAvData = {
    body: {
        callId: CallId;
        /**
         * True mutes the agent's microphone.
         */
        audio: boolean;
        /**
         * True pauses the agent's camera.
         */
        video: boolean;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/av/pause';
};

export type AgentPauseAvErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentPauseAvError = AgentPauseAvErrors[keyof AgentPauseAvErrors];

export type AgentPauseAvResponses = {
    /**
     * Relayed to the customer's side.
     */
    204: void;
};

export type AgentPauseAvResponse = AgentPauseAvResponses[keyof AgentPauseAvResponses];

export type AgentEndAvCallData = {
    body: AgentCallRef;
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/av/end';
};

export type AgentEndAvCallErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentEndAvCallError = AgentEndAvCallErrors[keyof AgentEndAvCallErrors];

export type AgentEndAvCallResponses = {
    /**
     * Ended.
     */
    204: void;
};

export type AgentEndAvCallResponse = AgentEndAvCallResponses[keyof AgentEndAvCallResponses];

export type AgentSendCobrowseSignalData = {
    body: {
        cobrowseId: CobrowseId;
        signal: Signal;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/cobrowse/signals';
};

export type AgentSendCobrowseSignalErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentSendCobrowseSignalError = AgentSendCobrowseSignalErrors[keyof AgentSendCobrowseSignalErrors];

export type AgentSendCobrowseSignalResponses = {
    /**
     * Relayed.
     */
    202: unknown;
};

export type AgentSendCobrowseControlValueData = {
    body: {
        cobrowseId: CobrowseId;
        value: CobrControlValue;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/cobrowse/control-values';
};

export type AgentSendCobrowseControlValueErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentSendCobrowseControlValueError = AgentSendCobrowseControlValueErrors[keyof AgentSendCobrowseControlValueErrors];

export type AgentSendCobrowseControlValueResponses = {
    /**
     * Relayed to the customer's page.
     */
    202: unknown;
};

export type AgentSendCobrowseAnnotationData = {
    body: {
        cobrowseId: CobrowseId;
        annotation: CobrAnnotation;
    };
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/cobrowse/annotations';
};

export type AgentSendCobrowseAnnotationErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentSendCobrowseAnnotationError = AgentSendCobrowseAnnotationErrors[keyof AgentSendCobrowseAnnotationErrors];

export type AgentSendCobrowseAnnotationResponses = {
    /**
     * Relayed to the customer's page.
     */
    202: unknown;
};

export type AgentEndCobrowseData = {
    body: AgentCobrowseRef;
    path: {
        /**
         * The chat's session id (the customer side's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/agent/chats/{sid}/cobrowse/end';
};

export type AgentEndCobrowseErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Conflict with the chat's state - InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type AgentEndCobrowseError = AgentEndCobrowseErrors[keyof AgentEndCobrowseErrors];

export type AgentEndCobrowseResponses = {
    /**
     * Ended.
     */
    204: void;
};

export type AgentEndCobrowseResponse = AgentEndCobrowseResponses[keyof AgentEndCobrowseResponses];

export type SetTestConditionsData = {
    body: TestConditions;
    path?: never;
    query?: never;
    url: '/tetherfi/agent/test/conditions';
};

export type SetTestConditionsErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled (no agent session).
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).
     */
    403: Problem;
    /**
     * Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).
     */
    404: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
};

export type SetTestConditionsError = SetTestConditionsErrors[keyof SetTestConditionsErrors];

export type SetTestConditionsResponses = {
    /**
     * The conditions now in force.
     */
    200: TestConditions;
};

export type SetTestConditionsResponse = SetTestConditionsResponses[keyof SetTestConditionsResponses];
