// generated from spec/openapi.yaml by `npm run generate` (generators/generate.ts), do not edit
export type ClientOptions = {
    baseUrl: 'http://127.0.0.1:8080' | 'http://127.0.0.1:4010' | `${string}://{baseUrl}` | (string & {});
};

/**
 * AccessToken
 *
 * The browser session's access token (GetAccessToken), sent in the `Livechat-Token` header of every state-changing call and, in the secure deployment model, inside the encrypted customer details.
 */
export type AccessToken = string;

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
 * AvCallEndedEvent
 */
export type AvCallEndedEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'AvCallEnded';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        callId: CallId;
        by: EndedBy;
        /**
         * Why, when not a plain hang-up.
         */
        reason?: 'hang-up' | 'declined' | 'chat-ended';
    };
};

/**
 * AvMediaStateChangedEvent
 */
export type AvMediaStateChangedEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'AvMediaStateChanged';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        callId: CallId;
        state: MediaState;
    };
};

/**
 * AvSignalEvent
 */
export type AvSignalEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'AvSignal';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        callId: CallId;
        signal: Signal;
    };
};

/**
 * CallId
 *
 * Id of an audio/video call, assigned by StartAvCall.
 */
export type CallId = string;

/**
 * CallRef
 *
 * Names the call.
 */
export type CallRef = {
    callId: CallId;
};

/**
 * CampaignContactResult
 *
 * OnCampaignContactCreated's response - resultCode and resultMessage, as the document says.
 */
export type CampaignContactResult = {
    /**
     * `Success`, or the ErrorCode of the problem that refused it.
     */
    resultCode: string;
    /**
     * Human-readable result.
     */
    resultMessage: string;
    /**
     * Id of the created contact (beyond the document).
     */
    contactId?: string;
};

/**
 * ChatsOpened
 *
 * The page joined the browser session's active chats; OnOpenSuccess.
 */
export type ChatsOpened = {
    seq: StreamPosition;
    /**
     * The active chats, oldest first; single-chat pages use the first.
     */
    sessions: Array<Session>;
    limits: SessionLimits;
};

/**
 * ChatStartedEvent
 */
export type ChatStartedEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'ChatStarted';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        session: Session;
        startedBy: PageId;
    };
};

/**
 * ChatText
 *
 * A chat message's text, as typed (not URL-encoded). At most 4,096 Unicode code points (what JSON Schema's maxLength counts, not UTF-16 units); a deployment may announce a lower `maxMessageLength`.
 */
export type ChatText = string;

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
 * CobrAnnotationEvent
 */
export type CobrAnnotationEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'CobrAnnotation';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        cobrowseId: CobrowseId;
        annotation: CobrAnnotation;
    };
};

/**
 * CobrControlValue
 *
 * The new value of one control named in domControlList, tagged by `control`. The receiving side applies it only to an id of its domControlList.
 */
export type CobrControlValue = TextboxValue | DropdownValue | CheckedValue;

/**
 * CobrControlValueChangedEvent
 */
export type CobrControlValueChangedEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'CobrControlValueChanged';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        cobrowseId: CobrowseId;
        value: CobrControlValue;
    };
};

/**
 * CobrEndedEvent
 */
export type CobrEndedEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'CobrEnded';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        cobrowseId: CobrowseId;
        by: EndedBy;
    };
};

/**
 * CobrowseId
 *
 * Id of a co-browsing session, assigned by StartCobr.
 */
export type CobrowseId = string;

/**
 * CobrowseRef
 *
 * Names the co-browse session.
 */
export type CobrowseRef = {
    cobrowseId: CobrowseId;
};

/**
 * CobrPointer
 *
 * The customer's mouse pointer, as fractions of the shared viewport (isMousePointerCapture).
 */
export type CobrPointer = {
    /**
     * Horizontal position, 0 left to 1 right.
     */
    x: number;
    /**
     * Vertical position, 0 top to 1 bottom.
     */
    y: number;
    /**
     * False when the pointer left the page.
     */
    visible?: boolean;
};

/**
 * CobrPointerBatch
 *
 * Pointer positions sampled since the last batch, oldest first (a page sends a batch at most every 100 ms).
 */
export type CobrPointerBatch = Array<CobrPointer>;

/**
 * CobrSignalEvent
 */
export type CobrSignalEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'CobrSignal';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        cobrowseId: CobrowseId;
        signal: Signal;
    };
};

/**
 * CustomerDetails
 *
 * The document's class CustomerDetails: who the customer is and where the chat
 * comes from. All 17 fields are strings; the document initialises each to "".
 * Sent inside SessionDetails.eCustDetails, either as this object or, in the secure
 * deployment model, encrypted by the customer's web server (EncryptedCustomerDetails)
 * with `pAccessToken` set to the browser session's access token.
 *
 */
export type CustomerDetails = {
    /**
     * Customer's KCIN (know-your-customer identification number).
     */
    eKCIN?: string;
    /**
     * Customer's registration status with the business.
     */
    eRegStatus?: string;
    /**
     * Customer's display name, shown to the CSO.
     */
    eCustName?: string;
    /**
     * Channel the chat comes from (for example web, mobile web).
     */
    pChannel?: string;
    /**
     * Tag of the page where the customer started the chat.
     */
    pPageTag?: string;
    /**
     * Topic the customer chose; used for routing.
     */
    pTopic?: string;
    /**
     * Customer identification number.
     */
    eCin?: string;
    /**
     * Whether the customer is authenticated on the customer's site.
     */
    eAuthStatus?: string;
    /**
     * Authentication level reached (for example 2FA).
     */
    eAuthLevel?: string;
    /**
     * Id of the virtual-assistant (VA) chat that preceded this one, if any.
     */
    pKaiSid?: string;
    /**
     * Customer segment; used for routing.
     */
    eCustSeg?: string;
    /**
     * Customer's mobile number.
     */
    eMobileNo?: string;
    /**
     * Customer's e-mail address.
     */
    eEmail?: string;
    /**
     * Brand of the site the chat comes from.
     */
    pBranding?: string;
    /**
     * Customer's country.
     */
    pCountry?: string;
    /**
     * Customer's language (a BCP 47 tag such as en-SG).
     */
    pLang?: string;
    /**
     * The browser session's access token (GetAccessToken); required inside encrypted details, where the server checks it against the session's token.
     */
    pAccessToken?: string;
};

/**
 * DomControlList
 *
 * The `domControlList` of SetCobrConfigs - ids of the page's controls kept in sync during co-browsing; an empty array leaves that kind unmonitored.
 */
export type DomControlList = {
    /**
     * Ids of text boxes.
     */
    textboxId?: Array<string>;
    /**
     * Ids of radio buttons.
     */
    radioButtonId?: Array<string>;
    /**
     * Ids of checkboxes.
     */
    checkboxId?: Array<string>;
    /**
     * Ids of dropdowns (select).
     */
    dropdownId?: Array<string>;
};

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
 * EncryptedCustomerDetails
 *
 * CustomerDetails encrypted by the customer's web server (secure deployment model):
 * a JWE in compact serialization (RFC 7516) with `alg: dir` and `enc: A256GCM`,
 * under the 256-bit key the web server shares with the chat service. The plaintext
 * is the JSON of CustomerDetails whose `pAccessToken` is the browser session's
 * access token. The protected header must be exactly `alg: dir` and `enc: A256GCM`
 * (anything else is refused, never negotiated) and may carry `kid`, naming the key, so
 * that keys can be rotated. The server refuses Start with CustomerDetailsRejected when
 * it cannot decrypt the details or the token differs.
 *
 */
export type EncryptedCustomerDetails = string;

/**
 * EndedBy
 *
 * Which side ended it.
 */
export type EndedBy = 'c' | 'a' | 'server';

/**
 * EndInitiator
 *
 * Which side ended the chat (first parameter of OnEnd).
 */
export type EndInitiator = 'server' | 'client' | 'lib';

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
 * MediaState
 *
 * What a side of a call has paused (Pause(audio, video)).
 */
export type MediaState = {
    /**
     * True when the microphone is muted.
     */
    audio: boolean;
    /**
     * True when camera capture is paused.
     */
    video: boolean;
};

/**
 * MessageAccepted
 *
 * An accepted message.
 */
export type MessageAccepted = {
    messageId: MessageId;
    clientMessageId: ClientMessageId;
    time: ServerTime;
    seq: Seq;
};

/**
 * MessageId
 *
 * Server-assigned id of an accepted message.
 */
export type MessageId = string;

/**
 * NothingToOpen
 *
 * The browser session has no active chat; OnOpenFailed(reason), and the page may call Start.
 */
export type NothingToOpen = {
    /**
     * No chat.
     */
    sessions: Array<Session>;
    /**
     * Why there is nothing to open - NoSessionFound (the browser session never had a chat, or not within the retention window) or AlreadyEndedSession (its last chat ended within that window).
     */
    reason: ErrorCode;
};

/**
 * OnAppMessageReceivedEvent
 */
export type OnAppMessageReceivedEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'OnAppMessageReceived';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        agent: AgentName;
        /**
         * The message text.
         */
        msg: string;
        /**
         * Application-defined type (beyond the document).
         */
        type?: string;
    };
};

/**
 * OnCallbackRequestStatusEvent
 */
export type OnCallbackRequestStatusEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'OnCallbackRequestStatus';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        /**
         * True when this application requested it.
         */
        isCustomerReq: boolean;
        /**
         * True when the callback was registered.
         */
        status: boolean;
        /**
         * The number that will be called (beyond the document).
         */
        contact?: string;
    };
};

/**
 * OnCallQueuedEvent
 */
export type OnCallQueuedEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'OnCallQueued';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        /**
         * 1 when next to be answered.
         */
        queuePosition: number;
        /**
         * Estimated wait before a CSO answers (beyond the document).
         */
        estimatedWaitMs?: number;
    };
};

/**
 * OnConferenceUserLeftEvent
 */
export type OnConferenceUserLeftEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'OnConferenceUserLeft';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        agent: AgentName;
        /**
         * The leaving CSO's message.
         */
        msg: string;
        agentId?: AgentId;
    };
};

/**
 * OnEchoEvent
 */
export type OnEchoEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'OnEcho';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        msg: ChatText;
        messageId: MessageId;
        clientMessageId: ClientMessageId;
    };
};

/**
 * OnEndEvent
 */
export type OnEndEvent = {
    seq?: Seq;
    /**
     * The event's name.
     */
    event: 'OnEnd';
    time?: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: ({
        initiator?: 'client';
    } | {
        initiator?: 'server';
    } | {
        initiator?: 'lib';
        /**
         * Contact was lost and, when it came back, the chat had ended.
         */
        reason: 'SessionLostWhileOffline';
    }) & {
        initiator: EndInitiator;
        /**
         * With client, what End was given; never with server; SessionLostWhileOffline with lib.
         */
        reason?: string;
    };
};

/**
 * OnHistoryReceivedEvent
 */
export type OnHistoryReceivedEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'OnHistoryReceived';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        /**
         * Transcript records of earlier chats, oldest first.
         */
        history: Array<TranscriptEntry>;
    };
};

/**
 * OnInternalServerErrorEvent
 */
export type OnInternalServerErrorEvent = {
    seq?: Seq;
    /**
     * The event's name.
     */
    event: 'OnInternalServerError';
    time?: ServerTime;
    sid?: Sid;
    clientId?: ClientId;
    data: {
        /**
         * UnOpenedSessionNotAllowed, UnexpectedError, or a server-defined string.
         */
        errorCode: string;
    };
};

/**
 * OnMessageReceivedEvent
 */
export type OnMessageReceivedEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'OnMessageReceived';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        msg: ChatText;
        messageId: MessageId;
        agentId: AgentId;
        agentName: AgentName;
    };
};

/**
 * OnRemoteUserConnectedEvent
 */
export type OnRemoteUserConnectedEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'OnRemoteUserConnected';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        name: AgentName;
        agentId: AgentId;
        /**
         * How the CSO came (beyond the document).
         */
        via?: 'accept' | 'transfer' | 'conference';
    };
};

/**
 * OnSystemNotificationEvent
 */
export type OnSystemNotificationEvent = {
    seq: Seq;
    /**
     * The wire name; the synonym OnCallbackAutoRegistered is raised from it.
     */
    event: 'OnSystemNotification';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        reasonCode: ReasonCode;
        /**
         * False when enable_autocb was off and no callback was recorded (beyond the document).
         */
        callbackRecorded?: boolean;
    };
};

/**
 * OnTypingStateChangedEvent
 */
export type OnTypingStateChangedEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'OnTypingStateChanged';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        state: TypingState;
        agentId?: AgentId;
    };
};

/**
 * OnUploadCompleteEvent
 */
export type OnUploadCompleteEvent = {
    seq: Seq;
    /**
     * The event's name.
     */
    event: 'OnUploadComplete';
    time: ServerTime;
    sid: Sid;
    clientId: ClientId;
    data: {
        response: UploadedFile;
    };
};

/**
 * OpenResult
 *
 * What Open answers - the browser session's active chats and the stream position of that snapshot, or that there is no chat to join and why.
 */
export type OpenResult = ChatsOpened | NothingToOpen;

/**
 * PageId
 *
 * Id of one page load, generated by the client library (at least 128 random bits, base64url - 22 characters or more); identifies the page in Open, Close and the event stream.
 */
export type PageId = string;

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
 * ReasonCode
 *
 * Why the server recorded a callback and ended the chat (OnSystemNotification and its synonym OnCallbackAutoRegistered).
 */
export type ReasonCode = 'ErrorInGetAgentDetails' | 'ErrorAgentDetails' | 'NoStaffedAgents' | 'QueueIsTooBig' | 'TimedOutInQueue' | 'InternalServerError';

/**
 * ResyncEvent
 */
export type ResyncEvent = {
    seq: StreamPosition;
    /**
     * The event's name.
     */
    event: 'Resync';
    time: ServerTime;
    data: {
        /**
         * The browser session's chats; empty when every chat has ended.
         */
        sessions: Array<Session>;
        /**
         * Chats that ended in the gap; the client raises OnEnd('lib', 'SessionLostWhileOffline') for each it showed.
         */
        ended?: Array<Sid>;
    };
};

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
 * Seq
 *
 * Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
 */
export type Seq = number;

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
 * SessionDetails
 *
 * The document's class SessionDetails as its ToString() serialises it: the first
 * parameter of Start. Note on the document's own ToString: it sets
 * `vachatid = this.pKaiSid`, which is undefined on SessionDetails (so vachatid is
 * usually absent), and it resets `eEnteredCaptcha` to "" after the application set
 * it; livechat-kit's ToString keeps an entered captcha.
 *
 */
export type SessionDetails = {
    /**
     * The customer's details, as an object or encrypted by the customer's web server.
     */
    eCustDetails: CustomerDetails | EncryptedCustomerDetails;
    /**
     * The captcha text the customer typed; required (non-empty) when the deployment requires captcha. Start compares it with the image's text regardless of letter case and of surrounding spaces.
     */
    eEnteredCaptcha?: string;
    /**
     * Client library kind; the document's ToString sets "web".
     */
    lib?: string;
    /**
     * Communication path used for routing; the document's ToString sets "sg_pweb".
     */
    comm_path?: string;
    /**
     * Id of the virtual-assistant chat that preceded this one (from pKaiSid).
     */
    vachatid?: string;
    /**
     * When true, the server records a callback automatically if the chat cannot reach a CSO (OnSystemNotification / OnCallbackAutoRegistered).
     */
    enable_autocb?: boolean;
    /**
     * The page's local time at Start, as the document's ToString writes it (H:M:S:ms, not zero-padded).
     */
    pClientTime?: string;
};

/**
 * SessionLimits
 *
 * The limits a deployment applies to a chat, announced in the results of Start and
 * Open (beyond the document) so that a widget can check before it sends. Values
 * never exceed the contract's maxima (4,096 characters per message, 10 MiB per file).
 *
 */
export type SessionLimits = {
    /**
     * Most characters in one SendMessage.
     */
    maxMessageLength: number;
    /**
     * Most bytes of SendAppMessage's obj once serialised as JSON.
     */
    maxAppMessageBytes: number;
    /**
     * Largest file uploadFiles accepts.
     */
    maxFileBytes: number;
    /**
     * Most files in one uploadFiles call.
     */
    maxFilesPerUpload: number;
    /**
     * Media types uploadFiles accepts.
     */
    allowedFileTypes: Array<string>;
    /**
     * Most SendMessage, SendAppMessage, typing and other chat calls per minute per browser session before RateLimited (signaling not counted).
     */
    messagesPerMinute: number;
    /**
     * Most audio/video and co-browse signaling calls (SDP, ICE, pointer batches, control values, annotations) per minute per browser session before RateLimited.
     */
    signalsPerMinute: number;
    /**
     * Most active chats of one browser session at a time (1 for single chat); beyond it Start answers MaxConcurrentSessionCountReached.
     */
    maxConcurrentChats: number;
    /**
     * Longest a chat may last before the server ends it.
     */
    sessionLifetimeMs: number;
    /**
     * How long a chat survives once no page takes part in it, or no event stream of the browser session is connected (the session-end timer); at least 5 s, so that a navigation does not end the chat - shorter only on a deployment set up for testing, while the test condition closeTimerMs is in force (spec/agent/schemas.yaml, TestConditions).
     */
    closeTimerMs: number;
    /**
     * Most time between two frames of the event stream (heartbeats fill silences).
     */
    heartbeatIntervalMs: number;
    /**
     * Silence after which the client library raises OnServerStateChanged('offline') - 9 seconds, as the document says.
     */
    offlineAfterMs: 9000;
    /**
     * How much of the event stream the server keeps for resumption; a page that comes back later than this gets a Resync.
     */
    eventRetention: {
        /**
         * At least this many latest events are kept.
         */
        events: number;
        /**
         * Events are kept at least this long (at least 30 s, so that an offline spell of a few seconds resumes without a Resync).
         */
        ms: number;
    };
    /**
     * The most one chat's transcript (Session.trans) holds, so that a chat cannot grow without
     * bound. A message - SendMessage, or a CSO's - that would take the transcript beyond either
     * bound is refused with TranscriptFull (409) and nothing of it is kept or sent: no OnEcho, no
     * OnMessageReceived. The chat stays open: its parties can still end it, and what is not part
     * of the transcript (app messages, files, typing, calls, co-browsing) goes on; a widget that
     * counts what it has seen (Open's or Start's transcript, then OnEcho and OnMessageReceived)
     * can say so before the refusal, e.g. "this conversation is full: end it and start a new one".
     * A CSO's joining and leaving are recorded while there is room and never refused; beyond the
     * cap they are not recorded (OnRemoteUserConnected and Session.agents still say who is there).
     *
     */
    transcriptCap: {
        /**
         * Most entries of the transcript: messages of the customer and the CSOs, and CSOs' joins and leaves (Session.trans lists at most 10,000).
         */
        entries: number;
        /**
         * Most bytes of message text in the transcript: the sum, over its messages (the customer's and the CSOs'), of each message's text as sent, in UTF-8 (before the transcript's URL encoding). At least one message of 4,096 four-byte characters fits.
         */
        textBytes: number;
    };
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
 * StartResult
 *
 * What Start answers.
 */
export type StartResult = {
    sid: Sid;
    clientId: ClientId;
    seq: StreamPosition;
    limits: SessionLimits;
};

/**
 * StreamEvent
 *
 * One event of the browser session's stream, as the long-poll answer lists it (the SSE stream
 * carries the same payloads, one per frame). Exactly the messages of asyncapi.yaml's
 * `eventStream` channel except Heartbeat; a test keeps the two lists equal.
 *
 */
export type StreamEvent = (OnEndEvent & unknown) | (OnInternalServerErrorEvent & unknown) | ResyncEvent | ChatStartedEvent | OnCallQueuedEvent | OnRemoteUserConnectedEvent | OnSystemNotificationEvent | OnCallbackRequestStatusEvent | OnConferenceUserLeftEvent | OnMessageReceivedEvent | OnEchoEvent | OnTypingStateChangedEvent | OnAppMessageReceivedEvent | OnHistoryReceivedEvent | OnUploadCompleteEvent | AvSignalEvent | AvMediaStateChangedEvent | AvCallEndedEvent | CobrSignalEvent | CobrControlValueChangedEvent | CobrAnnotationEvent | CobrEndedEvent;

/**
 * StreamPosition
 *
 * A position in the browser session's event stream - the seq of the last event before it, 0 before the first. Read the stream from here (`after` or Last-Event-ID).
 */
export type StreamPosition = number;

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

export type GetStatusData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/tetherfi/livechat/status';
};

export type GetStatusResponses = {
    /**
     * The system's state, as text.
     */
    200: string;
};

export type GetStatusResponse = GetStatusResponses[keyof GetStatusResponses];

export type SlogData = {
    body: {
        /**
         * Log level.
         */
        type: 'info' | 'warn' | 'error';
        /**
         * Calling method name.
         */
        unit: string;
        /**
         * The log message.
         */
        msg: string;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path?: never;
    query?: never;
    url: '/tetherfi/livechat/slog';
};

export type SlogErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type SlogError = SlogErrors[keyof SlogErrors];

export type SlogResponses = {
    /**
     * Logged.
     */
    204: void;
};

export type SlogResponse = SlogResponses[keyof SlogResponses];

export type GetLivechatScriptData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * `true` for the multi-chat variant (`multilivechat`).
         */
        multichat?: 'true' | 'false';
    };
    url: '/tetherfi/livechat/livechat.js';
};

export type GetLivechatScriptErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
};

export type GetLivechatScriptError = GetLivechatScriptErrors[keyof GetLivechatScriptErrors];

export type GetLivechatScriptResponses = {
    /**
     * The script.
     */
    200: Blob | File;
};

export type GetLivechatScriptResponse = GetLivechatScriptResponses[keyof GetLivechatScriptResponses];

export type GetLibtextchatScriptData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * `true` for the multi-chat variant (`multilivechat`).
         */
        multichat?: 'true' | 'false';
    };
    url: '/tetherfi/livechat/libtextchat.js';
};

export type GetLibtextchatScriptErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
};

export type GetLibtextchatScriptError = GetLibtextchatScriptErrors[keyof GetLibtextchatScriptErrors];

export type GetLibtextchatScriptResponses = {
    /**
     * The script (livechat.js).
     */
    200: Blob | File;
};

export type GetLibtextchatScriptResponse = GetLibtextchatScriptResponses[keyof GetLibtextchatScriptResponses];

export type GetClientLogScriptData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/tetherfi/livechat/interface/__clientlog.js';
};

export type GetClientLogScriptResponses = {
    /**
     * The script.
     */
    200: Blob | File;
};

export type GetClientLogScriptResponse = GetClientLogScriptResponses[keyof GetClientLogScriptResponses];

export type GetAdaptorScriptData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/tetherfi/adaptor.mini.js';
};

export type GetAdaptorScriptResponses = {
    /**
     * The script.
     */
    200: Blob | File;
};

export type GetAdaptorScriptResponse = GetAdaptorScriptResponses[keyof GetAdaptorScriptResponses];

export type GetLivechatVideoScriptData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/tetherfi/livechat_video.mini.js';
};

export type GetLivechatVideoScriptResponses = {
    /**
     * The script.
     */
    200: Blob | File;
};

export type GetLivechatVideoScriptResponse = GetLivechatVideoScriptResponses[keyof GetLivechatVideoScriptResponses];

export type GetCobrowseScriptData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/tetherfi/cobrowse/tetherfi-cobrowse.min.js';
};

export type GetCobrowseScriptResponses = {
    /**
     * The script.
     */
    200: Blob | File;
};

export type GetCobrowseScriptResponse = GetCobrowseScriptResponses[keyof GetCobrowseScriptResponses];

export type GetCobrowseScriptAliasData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/tetherfi/Scripts/tetherfi-cobrowse.min.js';
};

export type GetCobrowseScriptAliasResponses = {
    /**
     * The script.
     */
    200: Blob | File;
};

export type GetCobrowseScriptAliasResponse = GetCobrowseScriptAliasResponses[keyof GetCobrowseScriptAliasResponses];

export type GetCobrowsePluginsScriptData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/tetherfi/Scripts/tetherfi-cobrowse-plugins.min.js';
};

export type GetCobrowsePluginsScriptResponses = {
    /**
     * The script.
     */
    200: Blob | File;
};

export type GetCobrowsePluginsScriptResponse = GetCobrowsePluginsScriptResponses[keyof GetCobrowsePluginsScriptResponses];

export type GetCobrowseConfigurationsScriptData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/tetherfi/Scripts/cobrowse-configurations.js';
};

export type GetCobrowseConfigurationsScriptResponses = {
    /**
     * The script.
     */
    200: Blob | File;
};

export type GetCobrowseConfigurationsScriptResponse = GetCobrowseConfigurationsScriptResponses[keyof GetCobrowseConfigurationsScriptResponses];

export type GetCobrowseStylesData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/tetherfi/Styles/tetherfi-cobrowse.min.css';
};

export type GetCobrowseStylesResponses = {
    /**
     * The stylesheet.
     */
    200: Blob | File;
};

export type GetCobrowseStylesResponse = GetCobrowseStylesResponses[keyof GetCobrowseStylesResponses];

export type GetFontawesomeStylesData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/tetherfi/Styles/fontawesome-all.min.css';
};

export type GetFontawesomeStylesResponses = {
    /**
     * The stylesheet.
     */
    200: Blob | File;
};

export type GetFontawesomeStylesResponse = GetFontawesomeStylesResponses[keyof GetFontawesomeStylesResponses];

export type GetAccessTokenData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/tetherfi/livechat/access-token';
};

export type GetAccessTokenErrors = {
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type GetAccessTokenError = GetAccessTokenErrors[keyof GetAccessTokenErrors];

export type GetAccessTokenResponses = {
    /**
     * The token. Sets the browser-session cookie when the request had none.
     */
    200: {
        token: AccessToken;
        /**
         * True when Start needs eEnteredCaptcha (load the image with setCaptchaImage first).
         */
        captchaRequired: boolean;
        /**
         * True in the secure deployment model - Start refuses customer details that are not encrypted by the customer's web server (CustomerDetailsRejected).
         */
        encryptedDetailsRequired: boolean;
    };
};

export type GetAccessTokenResponse = GetAccessTokenResponses[keyof GetAccessTokenResponses];

export type OpenChatsData = {
    body?: never;
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path?: never;
    query?: never;
    url: '/tetherfi/livechat/open';
};

export type OpenChatsErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type OpenChatsError = OpenChatsErrors[keyof OpenChatsErrors];

export type OpenChatsResponses = {
    /**
     * The page joined; raise OnOpenSuccess.
     */
    200: OpenResult;
};

export type OpenChatsResponse = OpenChatsResponses[keyof OpenChatsResponses];

export type ClosePageData = {
    body?: never;
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path?: never;
    query?: never;
    url: '/tetherfi/livechat/close';
};

export type ClosePageErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type ClosePageError = ClosePageErrors[keyof ClosePageErrors];

export type ClosePageResponses = {
    /**
     * The page left its chats.
     */
    204: void;
};

export type ClosePageResponse = ClosePageResponses[keyof ClosePageResponses];

export type StartChatData = {
    body: {
        details: SessionDetails;
        /**
         * The document's VaSession - the virtual-assistant chat history, as a string.
         */
        vaSession?: string;
        clientId?: ClientId;
        /**
         * True from multilivechat - the browser session may hold several chats, one per clientId.
         */
        multichat?: boolean;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path?: never;
    query?: never;
    url: '/tetherfi/livechat/chats';
};

export type StartChatErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Captcha refused - CaptchaDoesNotMatch, CaptchaNotFound or CaptchaIsEmpty.
     */
    422: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * The routing system refused the chat - StartError.
     */
    502: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type StartChatError = StartChatErrors[keyof StartChatErrors];

export type StartChatResponses = {
    /**
     * A retry of a Start this page already made; the same result.
     */
    200: StartResult;
    /**
     * The chat was created; raise OnStartSuccess.
     */
    201: StartResult;
};

export type StartChatResponse = StartChatResponses[keyof StartChatResponses];

export type EndChatData = {
    body?: {
        /**
         * Any text; it comes back as OnEnd's second parameter.
         */
        reason?: string;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/end';
};

export type EndChatErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type EndChatError = EndChatErrors[keyof EndChatErrors];

export type EndChatResponses = {
    /**
     * The chat ended; OnEnd follows on the stream.
     */
    204: void;
};

export type EndChatResponse = EndChatResponses[keyof EndChatResponses];

export type OpenEventStreamData = {
    body?: never;
    headers?: {
        /**
         * The seq of the last event the page received (sent by EventSource when it reconnects).
         */
        'Last-Event-ID'?: string;
    };
    path?: never;
    query: {
        /**
         * The id of the page holding the stream.
         */
        page: PageId;
        /**
         * Start after this position (from Open or Start); Last-Event-ID wins when both are sent.
         */
        after?: StreamPosition;
    };
    url: '/tetherfi/livechat/events';
};

export type OpenEventStreamErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type OpenEventStreamError = OpenEventStreamErrors[keyof OpenEventStreamErrors];

export type OpenEventStreamResponses = {
    /**
     * SSE frames: `id: <seq>`, `event: <name>`, `data: <payload JSON>`.
     */
    200: string;
};

export type OpenEventStreamResponse = OpenEventStreamResponses[keyof OpenEventStreamResponses];

export type PollEventsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The id of the polling page.
         */
        page: PageId;
        /**
         * Answer events after this position.
         */
        after: StreamPosition;
        /**
         * Longest wait for an event, at most 5000 so that the client hears from the server within its 9 s offline threshold.
         */
        waitMs?: number;
    };
    url: '/tetherfi/livechat/events/poll';
};

export type PollEventsErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type PollEventsError = PollEventsErrors[keyof PollEventsErrors];

export type PollEventsResponses = {
    /**
     * The events after `after`, oldest first (possibly none).
     */
    200: {
        events: Array<StreamEvent>;
        next: StreamPosition;
        /**
         * True when more events wait after `next`.
         */
        more: boolean;
        latestSeq: StreamPosition;
    };
};

export type PollEventsResponse = PollEventsResponses[keyof PollEventsResponses];

export type SendMessageData = {
    body: {
        msg: ChatText;
        clientMessageId: ClientMessageId;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/messages';
};

export type SendMessageErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type SendMessageError = SendMessageErrors[keyof SendMessageErrors];

export type SendMessageResponses = {
    /**
     * A retry of a message already accepted; the first result, no second echo.
     */
    200: MessageAccepted;
    /**
     * Accepted; OnEcho (with this seq) goes to every page.
     */
    201: MessageAccepted;
};

export type SendMessageResponse = SendMessageResponses[keyof SendMessageResponses];

export type SendAppMessageData = {
    body: {
        /**
         * Any application-defined string.
         */
        type: string;
        /**
         * Any JSON value; at most maxAppMessageBytes once serialised.
         */
        obj: unknown;
        clientMessageId: ClientMessageId;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/app-messages';
};

export type SendAppMessageErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
     */
    409: Problem;
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type SendAppMessageError = SendAppMessageErrors[keyof SendAppMessageErrors];

export type SendAppMessageResponses = {
    /**
     * Accepted for the agent desktop (also for a retry of the same clientMessageId).
     */
    202: unknown;
};

export type NotifyTypingStateChangeData = {
    body: {
        state: TypingState;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/typing';
};

export type NotifyTypingStateChangeErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type NotifyTypingStateChangeError = NotifyTypingStateChangeErrors[keyof NotifyTypingStateChangeErrors];

export type NotifyTypingStateChangeResponses = {
    /**
     * Relayed to the CSO.
     */
    204: void;
};

export type NotifyTypingStateChangeResponse = NotifyTypingStateChangeResponses[keyof NotifyTypingStateChangeResponses];

export type RequestCallbackData = {
    body: {
        /**
         * Phone number to call the customer back on.
         */
        contact: string;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/callback';
};

export type RequestCallbackErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type RequestCallbackError = RequestCallbackErrors[keyof RequestCallbackErrors];

export type RequestCallbackResponses = {
    /**
     * Registered; OnCallbackRequestStatus follows.
     */
    202: unknown;
};

export type StartAvCallData = {
    body: {
        /**
         * The call sends audio (MediaCapture.audio.enabled).
         */
        audio: boolean;
        /**
         * The call sends video (MediaCapture.video.enabled).
         */
        video: boolean;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/av';
};

export type StartAvCallErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type StartAvCallError = StartAvCallErrors[keyof StartAvCallErrors];

export type StartAvCallResponses = {
    /**
     * The call exists; send the offer.
     */
    201: {
        callId: CallId;
    };
};

export type StartAvCallResponse = StartAvCallResponses[keyof StartAvCallResponses];

export type EndAvCallData = {
    body: CallRef;
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/av/end';
};

export type EndAvCallErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type EndAvCallError = EndAvCallErrors[keyof EndAvCallErrors];

export type EndAvCallResponses = {
    /**
     * Ended.
     */
    204: void;
};

export type EndAvCallResponse = EndAvCallResponses[keyof EndAvCallResponses];

export type PauseAvData = {
    body: {
        callId: CallId;
        /**
         * True mutes the microphone.
         */
        audio: boolean;
        /**
         * True pauses the camera.
         */
        video: boolean;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/av/pause';
};

export type PauseAvErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type PauseAvError = PauseAvErrors[keyof PauseAvErrors];

export type PauseAvResponses = {
    /**
     * Applied and relayed.
     */
    204: void;
};

export type PauseAvResponse = PauseAvResponses[keyof PauseAvResponses];

export type SendAvSignalData = {
    body: {
        callId: CallId;
        signal: Signal;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/av/signals';
};

export type SendAvSignalErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type SendAvSignalError = SendAvSignalErrors[keyof SendAvSignalErrors];

export type SendAvSignalResponses = {
    /**
     * Relayed.
     */
    202: unknown;
};

export type StartCobrowseData = {
    body: {
        domControlList?: DomControlList;
        /**
         * The customer's pointer is sent to the CSO.
         */
        isMousePointerCapture: boolean;
        /**
         * The customer may annotate the shared page.
         */
        isAnnotationEnabled: boolean;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/cobrowse';
};

export type StartCobrowseErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type StartCobrowseError = StartCobrowseErrors[keyof StartCobrowseErrors];

export type StartCobrowseResponses = {
    /**
     * Co-browsing exists; send the stream's offer.
     */
    201: {
        cobrowseId: CobrowseId;
    };
};

export type StartCobrowseResponse = StartCobrowseResponses[keyof StartCobrowseResponses];

export type EndCobrowseData = {
    body: CobrowseRef;
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/cobrowse/end';
};

export type EndCobrowseErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type EndCobrowseError = EndCobrowseErrors[keyof EndCobrowseErrors];

export type EndCobrowseResponses = {
    /**
     * Ended; the CSO is informed.
     */
    204: void;
};

export type EndCobrowseResponse = EndCobrowseResponses[keyof EndCobrowseResponses];

export type SendCobrowseSignalData = {
    body: {
        cobrowseId: CobrowseId;
        signal: Signal;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/cobrowse/signals';
};

export type SendCobrowseSignalErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type SendCobrowseSignalError = SendCobrowseSignalErrors[keyof SendCobrowseSignalErrors];

export type SendCobrowseSignalResponses = {
    /**
     * Relayed.
     */
    202: unknown;
};

export type SendCobrowseControlValueData = {
    body: {
        cobrowseId: CobrowseId;
        value: CobrControlValue;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/cobrowse/control-values';
};

export type SendCobrowseControlValueErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type SendCobrowseControlValueError = SendCobrowseControlValueErrors[keyof SendCobrowseControlValueErrors];

export type SendCobrowseControlValueResponses = {
    /**
     * Relayed.
     */
    202: unknown;
};

export type SendCobrowsePointerData = {
    body: {
        cobrowseId: CobrowseId;
        points: CobrPointerBatch;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/cobrowse/pointer';
};

export type SendCobrowsePointerErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type SendCobrowsePointerError = SendCobrowsePointerErrors[keyof SendCobrowsePointerErrors];

export type SendCobrowsePointerResponses = {
    /**
     * Relayed.
     */
    202: unknown;
};

export type SendCobrowseAnnotationData = {
    body: {
        cobrowseId: CobrowseId;
        annotation: CobrAnnotation;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/cobrowse/annotations';
};

export type SendCobrowseAnnotationErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
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
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type SendCobrowseAnnotationError = SendCobrowseAnnotationErrors[keyof SendCobrowseAnnotationErrors];

export type SendCobrowseAnnotationResponses = {
    /**
     * Relayed.
     */
    202: unknown;
};

export type GetCaptchaImageData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Whether to make a new captcha text.
         */
        reset?: 'false' | 'true';
        /**
         * Cache buster the client library adds; ignored by the server.
         */
        t?: string;
    };
    url: '/tetherfi/livechat/captcha';
};

export type GetCaptchaImageErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type GetCaptchaImageError = GetCaptchaImageErrors[keyof GetCaptchaImageErrors];

export type GetCaptchaImageResponses = {
    /**
     * The image. Sets the browser-session cookie when the request had none.
     */
    200: string;
};

export type GetCaptchaImageResponse = GetCaptchaImageResponses[keyof GetCaptchaImageResponses];

export type UploadFilesData = {
    body: {
        /**
         * The files, one part each, named `files`.
         */
        files: Array<Blob | File>;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/files';
};

export type UploadFilesErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.
     */
    409: Problem;
    /**
     * Gone - AlreadyEndedSession.
     */
    410: Problem;
    /**
     * Too large - PayloadTooLarge.
     */
    413: Problem;
    /**
     * Unsupported type - UnsupportedFileType.
     */
    415: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type UploadFilesError = UploadFilesErrors[keyof UploadFilesErrors];

export type UploadFilesResponses = {
    /**
     * Stored; OnUploadComplete follows for each file.
     */
    201: {
        files: Array<UploadedFile>;
    };
};

export type UploadFilesResponse = UploadFilesResponses[keyof UploadFilesResponses];

export type DownloadFileData = {
    body?: never;
    path: {
        /**
         * The chat's session id (the document's Sid).
         */
        sid: Sid;
        /**
         * The stored name from OnUploadComplete.
         */
        fileName: string;
    };
    query?: never;
    url: '/tetherfi/livechat/chats/{sid}/files/{fileName}';
};

export type DownloadFileErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Not found - NoSessionFound, FileNotFound or NotFound.
     */
    404: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type DownloadFileError = DownloadFileErrors[keyof DownloadFileErrors];

export type DownloadFileResponses = {
    /**
     * The file's bytes.
     */
    200: string;
};

export type DownloadFileResponse = DownloadFileResponses[keyof DownloadFileResponses];

export type CreateCampaignContactData = {
    /**
     * The campaign contact, as the campaign defines it; at most 16 KiB of JSON (PayloadTooLarge beyond).
     */
    body: {
        [key: string]: unknown;
    };
    headers: {
        /**
         * The calling page's id (see spec/README.md, "Pages").
         */
        'Livechat-Page': PageId;
    };
    path?: never;
    query?: never;
    url: '/tetherfi/livechat/campaign-contacts';
};

export type CreateCampaignContactErrors = {
    /**
     * Bad request - InvalidRequest, or CookiesDisabled.
     */
    400: Problem;
    /**
     * Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.
     */
    403: Problem;
    /**
     * Too large - PayloadTooLarge.
     */
    413: Problem;
    /**
     * Rate limited - RateLimited.
     */
    429: Problem;
    /**
     * Defect of the server - UnexpectedError; never a stack trace.
     */
    500: Problem;
    /**
     * Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.
     */
    503: Problem;
};

export type CreateCampaignContactError = CreateCampaignContactErrors[keyof CreateCampaignContactErrors];

export type CreateCampaignContactResponses = {
    /**
     * Created; raise OnCampaignContactCreated.
     */
    201: CampaignContactResult;
};

export type CreateCampaignContactResponse = CreateCampaignContactResponses[keyof CreateCampaignContactResponses];
