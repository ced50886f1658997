// generated from spec/agent/openapi.yaml by `npm run generate` (generators/generate.ts), do not edit
export interface paths {
    "/tetherfi/agent/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentLogin - log a CSO in
         * @description Logs the CSO in: creates the agent session, sets the `LIVECHAT_AGENT` cookie and answers
         *     the agent token (for `Livechat-Agent-Token`) and `seq`, the agent stream's position at
         *     login - the desktop reads `GET /tetherfi/agent/events` from there. The agent starts not
         *     ready (AgentReady). The password is the deployment's agent password: a wrong or missing
         *     one gets AccessTokenInvalid. Every login makes a new agent session with a new token; an
         *     earlier session of the same agent (a reloaded desktop, a second console) ends, and its
         *     cookie gets CookiesDisabled from then on. The agent's chats, readiness and stream stay
         *     the agent's. The session lasts the time the deployment sets (the cookie's Max-Age), or
         *     until AgentLogout.
         */
        post: operations["agentLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentLogout - end the agent session
         * @description Ends the agent session at once: its cookie and token stop working (CookiesDisabled from
         *     then on) and the agent is no longer ready, so no new chat is offered to it. The chats
         *     the agent handles stay assigned to it until it logs in again and ends or transfers them.
         */
        post: operations["agentLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentReady - become ready or not ready for new chats
         * @description A ready agent is offered the queue: it receives ChatQueued for every chat that enters the
         *     queue and, on becoming ready, one ChatQueued for each chat already waiting. A not-ready
         *     agent keeps the chats it handles and still receives transfer and conference offers
         *     (ChatOffered), but no ChatQueued. Setting the state the agent already has changes nothing.
         */
        post: operations["agentReady"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * AgentQueue - the chats waiting for a CSO
         * @description The chats queued for a CSO now, next to be answered first, with their current positions
         *     (ChatQueued gives the position a chat had when it entered the queue). Any logged-in
         *     agent may read it, ready or not. A desktop that lost events re-reads it.
         */
        get: operations["getAgentQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * AgentEvents - the agent's event stream (Server-Sent Events)
         * @description Every event of the agent session, for all of the agent's chats: ChatQueued, ChatOffered,
         *     ChatAssigned, CustomerMessage ... (each message is described in asyncapi.yaml, channel
         *     `agentEvents`). Framed like the customer stream: one SSE frame per event, `id` the
         *     event's per-agent seq, `event` its name, `data` its JSON payload. A `Heartbeat` frame (no
         *     id) follows any silence of 3 s. Reconnect with `Last-Event-ID` (or `after`, from
         *     AgentLogin) to resume with nothing lost or repeated. A desktop resuming from a position
         *     the server no longer holds gets the oldest events it holds; it re-reads the queue and
         *     re-accepts its chats (accept answers the current Session of a chat the agent already
         *     handles). Several connections of one agent each get every event.
         */
        get: operations["openAgentEventStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AcceptChat - take a queued or offered chat
         * @description Takes a chat queued for a CSO (ChatQueued, GET queue) or offered to this agent by a
         *     transfer or a conference invitation (ChatOffered), and answers its Session. The customer
         *     receives OnRemoteUserConnected (via accept, transfer or conference); the agents concerned
         *     receive ChatAssigned. A chat another CSO took first answers InvalidSessionState. Accepting
         *     a chat the agent already handles answers its current Session again (a retry, or a desktop
         *     catching up).
         */
        post: operations["acceptChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentSendMessage - send a message to the customer
         * @description Sends a text message to the customer: every page of the customer's browser session
         *     receives OnMessageReceived with it. Accepted once per `clientMessageId`: a retry with the
         *     same id answers 200 with the first result and no second OnMessageReceived. The other CSOs
         *     of a conference receive nothing (their desktops read the transcript). A message that would
         *     take the transcript beyond the chat's transcriptCap (SessionLimits) is refused with
         *     TranscriptFull, and the customer receives nothing; the chat stays open.
         */
        post: operations["agentSendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/app-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentSendAppMessage - send an application message to the customer's pages
         * @description Sends a message from the agent desktop to the customer's application, not the
         *     transcript: every page receives OnAppMessageReceived(agent, msg), with this agent's name
         *     and `type`.
         */
        post: operations["agentSendAppMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/typing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentTyping - tell the customer the CSO is typing
         * @description 0 typing started, 1 typing stopped; every page of the customer receives OnTypingStateChanged(state) with this agent's id.
         */
        post: operations["agentTyping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TransferChat - hand the chat over to another CSO
         * @description Offers the chat to another logged-in agent, who receives ChatOffered (kind transfer). When
         *     that agent accepts, the customer receives OnRemoteUserConnected (via transfer) with the new
         *     CSO, the transcript records this agent's disconnect and the new agent's connect, and this
         *     agent receives ChatAssigned naming the new agent - the chat is no longer its. Until then
         *     this agent keeps the chat. InvalidSessionState when `toAgentId` is not logged in, is this
         *     agent, or already takes part in the chat.
         */
        post: operations["transferChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/conference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * InviteToConference - invite another CSO into the chat
         * @description Invites another logged-in agent, who receives ChatOffered (kind conference). When that
         *     agent accepts, the customer receives OnRemoteUserConnected (via conference) and the agents
         *     already in the chat receive ChatAssigned naming the newcomer; everyone stays.
         *     InvalidSessionState when `agentId` is not logged in, is this agent, or already takes part
         *     in the chat.
         */
        post: operations["inviteToConference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/conference/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * LeaveConference - leave a chat other CSOs go on with
         * @description This agent leaves the chat; the chat goes on with the other CSOs. Every page of the
         *     customer receives OnConferenceUserLeft(agent, msg) with this agent's name and `msg`; the
         *     agents who stay receive ConferenceAgentLeft. InvalidSessionState when this agent is the
         *     only CSO in the chat (end or transfer it instead).
         */
        post: operations["leaveConference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentRequestCallback - register a callback for the customer
         * @description The CSO registers a callback to `contact` on the customer's behalf; every page of the
         *     customer receives OnCallbackRequestStatus(false, status) - isCustomerReq false, status true
         *     when registered - with the contact.
         */
        post: operations["agentRequestCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentSendHistory - send the customer's earlier chat history
         * @description Sends transcript records of the customer's earlier chats; every page of the customer receives OnHistoryReceived(history) with them, unchanged.
         */
        post: operations["agentSendHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentEndChat - end the chat
         * @description Ends the chat for everyone: every page of the customer receives OnEnd('server') (the
         *     customer side gets no reason from the CSO), and every agent in the chat - this one
         *     included - receives ChatEnded (initiator agent, with `reason`).
         */
        post: operations["agentEndChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/av/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentAnswerAvCall - answer the customer's audio/video call
         * @description Answers the call the customer started (StartAvCall), announced to the agent by
         *     AvCallRequested. The customer's SDP offer and ICE candidates reach the agent as AvSignal
         *     events; the agent replies with its answer and candidates by av/signals. InvalidSessionState
         *     when `callId` is not a call of this chat waiting for an answer.
         */
        post: operations["agentAnswerAvCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/av/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentDeclineAvCall - refuse the customer's audio/video call
         * @description Refuses a call waiting for an answer; the call ends on the customer's side as a hang-up by
         *     the CSO, and the agents of the chat receive AvCallEnded (by agent). The chat goes on.
         *     InvalidSessionState when `callId` is not a call of this chat waiting for an answer.
         */
        post: operations["agentDeclineAvCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/av/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WebRTC signaling of a call, agent side (SDP answer, ICE candidates)
         * @description Part of AgentAnswerAvCall - relays the agent's SDP answer (or offer, on renegotiation) or one trickled ICE candidate to the customer's side of the call.
         */
        post: operations["agentSendAvSignal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/av/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentPauseAv - mute or pause the agent's media, and undo
         * @description The agent's microphone is muted when audio is true (unmuted otherwise) and its camera paused when video is true (resumed otherwise); the customer's side receives the new state.
         */
        post: operations["agentPauseAv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/av/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentEndAvCall - hang up
         * @description Ends the call; the customer's side receives the hang-up (Display.OnDisconnected on the page) and the agents of the chat receive AvCallEnded (by agent). The chat goes on.
         */
        post: operations["agentEndAvCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/cobrowse/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WebRTC signaling of the co-browse stream, agent side
         * @description Part of AgentCobrowse - relays the agent's SDP answer (or offer, on renegotiation) or one
         *     ICE candidate for the shared-screen stream of a co-browse session the customer started
         *     (CobrowseStarted); the customer's offer and candidates reach the agent as CobrowseSignal.
         *     InvalidSessionState when `cobrowseId` is not a co-browse session in progress in this chat.
         */
        post: operations["agentSendCobrowseSignal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/cobrowse/control-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The agent changed a control of domControlList
         * @description Part of AgentCobrowse - the new value of a text box, radio button, checkbox or dropdown
         *     named in the session's domControlList (CobrowseStarted), set from the agent's view and
         *     mirrored on the customer's page. InvalidSessionState when `cobrowseId` is not a co-browse
         *     session in progress in this chat.
         */
        post: operations["agentSendCobrowseControlValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/cobrowse/annotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The agent annotated the shared page
         * @description Part of AgentCobrowse - one annotation stroke, or a clear, drawn by the agent and shown
         *     over the customer's page. InvalidSessionState when `cobrowseId` is not a co-browse session
         *     in progress in this chat, or the session was started without isAnnotationEnabled.
         */
        post: operations["agentSendCobrowseAnnotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/chats/{sid}/cobrowse/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * AgentEndCobr - end co-browsing
         * @description Ends the co-browse session; the customer's page stops sharing, and the agents of the chat
         *     receive CobrowseEnded (by agent). The chat goes on. InvalidSessionState when `cobrowseId`
         *     is not a co-browse session in progress in this chat.
         */
        post: operations["agentEndCobrowse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tetherfi/agent/test/conditions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * SetTestConditions - put a deployment set up for testing into the state a case needs
         * @description Puts the whole deployment into states no customer or CSO can bring about from outside, so
         *     that a certification run can test what the document says happens in them: a captcha
         *     required (with a known text, as a captcha service's test keys give), a small queue or a
         *     short queue timeout (QueueIsTooBig, TimedOutInQueue), no CSO counted as logged in
         *     (NoStaffedAgents), the failures of the deployment's own systems that refuse a chat
         *     with a callback (ErrorInGetAgentDetails, ErrorAgentDetails, InternalServerError), a
         *     short session-end timer (closeTimerMs), so that its end can be seen within a run, a
         *     small transcript cap (transcriptEntries: TranscriptFull within a run's rate budget), and
         *     the deployment unavailable (OFFLINE, ServerInternalConnectivityError). Every
         *     call replaces the conditions in force: what the body leaves out is back to the
         *     deployment's own settings, and `{}` resets them all. They last until replaced or the
         *     deployment restarts, and apply to every customer - so only a deployment set up for
         *     testing offers them (the reference server with `LIVECHAT_TEST_CONDITIONS`); any other
         *     answers NotFound, and the conformance suite then reports the cases that need them not
         *     testable.
         */
        put: operations["setTestConditions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * AgentMessageAccepted
         * @description A message the CSO sent, accepted.
         */
        AgentMessageAccepted: {
            messageId: components["schemas"]["MessageId"];
            clientMessageId: components["schemas"]["ClientMessageId"];
            time: components["schemas"]["ServerTime"];
        };
        /**
         * AgentCallRef
         * @description Names the call.
         */
        AgentCallRef: {
            callId: components["schemas"]["CallId"];
        };
        /**
         * AgentId
         * @description Id of the CSO login.
         * @example agent-7
         */
        AgentId: string;
        /**
         * AgentName
         * @description Name of the CSO login.
         * @example Alice
         */
        AgentName: string;
        /**
         * AgentToken
         * @description The agent session's token (AgentLogin), sent in the `Livechat-Agent-Token` header of every POST but login.
         * @example atk_8Gm2Qx7VbR4nLp1sWc9ZdT3yHe6Jk0Uf
         */
        AgentToken: string;
        /**
         * AgentStreamPosition
         * @description A position in the agent's event stream - the seq of the last event before it, 0 before the first. Read the stream from here (`after` or Last-Event-ID).
         * @example 12
         */
        AgentStreamPosition: number;
        /**
         * ErrorCode
         * @description Every error code of the contract, in one place. The first twelve are the
         *     reference document's own (OnStartFailed, OnOpenFailed, OnInternalServerError);
         *     the others are livechat-kit additions (`x-livechat-origin: extension`) for
         *     failures the document leaves unnamed. Each value carries the HTTP status it is
         *     sent with (`x-livechat-http-status`) and whether a retry can succeed
         *     (`x-livechat-retryable`). Operations list the codes they may return in
         *     `x-livechat-errors`. `x-livechat-level` grades the code's conformance cases
         *     where it is not the reference document's (whose codes are MUST): MUST where the
         *     contract states the rule, SHOULD where a run cannot provoke it (no budget
         *     announced, a budget beyond a run, a defect); an operation may grade its own
         *     case otherwise (`x-livechat-error-levels`).
         */
        ErrorCode: string & ("StartError" | "ServerInternalConnectivityError" | "AlreadyStartedAndInSession" | "CookiesDisabled" | "UnOpenedSessionPerformedStart" | "CaptchaDoesNotMatch" | "CaptchaNotFound" | "CaptchaIsEmpty" | "MaxConcurrentSessionCountReached" | "AlreadyEndedSession" | "NoSessionFound" | "UnOpenedSessionNotAllowed" | "InvalidRequest" | "AccessTokenInvalid" | "CustomerDetailsRejected" | "InvalidSessionState" | "RateLimited" | "PayloadTooLarge" | "TranscriptFull" | "UnsupportedFileType" | "FileNotFound" | "NotFound" | "UnexpectedError");
        /**
         * Sid
         * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
         * @example c_7Hq2LxVbN4
         */
        Sid: string;
        /**
         * ClientId
         * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
         * @example support-1
         */
        ClientId: string;
        /**
         * Problem
         * @description An error, as RFC 9457 problem details (`application/problem+json`) carrying the
         *     contract's ErrorCode. `type` is `urn:livechat:error:<code>`; `status` repeats the
         *     HTTP status; the body never carries a stack trace.
         */
        Problem: {
            /** @description URI naming the problem kind, `urn:livechat:error:` followed by the code. */
            type: string;
            /** @description Short human-readable summary of the problem kind. */
            title: string;
            /** @description The HTTP status of the response. */
            status: number;
            /** @description Human-readable explanation of this occurrence. */
            detail?: string;
            /** @description URI reference of this occurrence (the request path). */
            instance?: string;
            code: components["schemas"]["ErrorCode"];
            /** @description Whether the same request can succeed later. */
            retryable: boolean;
            /** @description When retryable, how long to wait before retrying (also sent as Retry-After). */
            retryAfterMs?: number;
            sid?: components["schemas"]["Sid"];
            clientId?: components["schemas"]["ClientId"];
            /** @description For InvalidRequest, each part of the request that failed validation. */
            errors?: {
                /** @description Where: JSON Pointer into the body (#/details/eCustDetails), or header:<name>, query:<name>, path:<name>, cookie:<name>. */
                pointer: string;
                /** @description What is wrong there. */
                message: string;
            }[];
        };
        /**
         * CustomerName
         * @description The customer's display name (CustomerDetails.eCustName, decrypted when the details were encrypted); empty when the customer gave none.
         * @example Tan Mei Ling
         */
        CustomerName: string;
        /**
         * ChatTopic
         * @description The topic the customer chose (CustomerDetails.pTopic); empty when none was given.
         * @example credit-card
         */
        ChatTopic: string;
        /**
         * QueuePosition
         * @description Position of a chat in the queue; 1 for the chat next to be answered.
         * @example 1
         */
        QueuePosition: number;
        /**
         * QueuedChat
         * @description A chat waiting in the queue for a CSO.
         * @example {
         *       "sid": "c_7Hq2LxVbN4",
         *       "clientId": "support-1",
         *       "customerName": "Tan Mei Ling",
         *       "topic": "credit-card",
         *       "queuedAt": "2026-11-25T10:15:31.000Z",
         *       "position": 1
         *     }
         */
        QueuedChat: {
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            customerName: components["schemas"]["CustomerName"];
            topic: components["schemas"]["ChatTopic"];
            /**
             * Format: date-time
             * @description When the chat entered the queue (server time, RFC 3339, UTC).
             */
            queuedAt: string;
            position: components["schemas"]["QueuePosition"];
        };
        /**
         * AgentRef
         * @description A CSO taking part in a chat (Session.agents); the same attributes as OnRemoteUserConnected's arguments.
         * @example {
         *       "name": "Alice",
         *       "id": "agent-7",
         *       "index": 2
         *     }
         */
        AgentRef: {
            name: components["schemas"]["AgentName"];
            id: components["schemas"]["AgentId"];
            /** @description The agent's position in `trans` when it joined; an agent with index 2 has not seen the first two entries. */
            index: number;
        };
        /**
         * ServerTime
         * Format: date-time
         * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
         * @example 2026-11-25T10:15:30.120Z
         */
        ServerTime: string;
        /**
         * MessageId
         * @description Server-assigned id of an accepted message.
         * @example msg_000042
         */
        MessageId: string;
        /**
         * ClientMessageId
         * @description Id the page gives each message it sends; the server accepts a message once per id and echoes the id in OnEcho, so a retried send shows exactly once.
         * @example m_01HZX3A7QK
         */
        ClientMessageId: string;
        /**
         * TranscriptEntry
         * @description One record of a chat's transcript (Session.trans), tagged by `type`.
         * @example {
         *       "type": "msg",
         *       "by": "c",
         *       "msg": "Hello%2C%20I%20need%20help",
         *       "time": "2026-11-25T10:15:30.120Z",
         *       "id": "msg_000001",
         *       "clientMessageId": "m_01HZX3A7QK"
         *     }
         */
        TranscriptEntry: {
            /**
             * @description A message record.
             * @constant
             */
            type: "msg";
            /** @description Who wrote it. */
            by: string & ("c" | "a");
            /** @description The message text, URL-encoded (encodeURIComponent) as the document specifies for transcripts; a 4,096-code-point message encodes to at most 49,152 characters. */
            msg: string;
            time: components["schemas"]["ServerTime"];
            id?: components["schemas"]["MessageId"];
            clientMessageId?: components["schemas"]["ClientMessageId"];
            agentId?: components["schemas"]["AgentId"];
        } | {
            /**
             * @description A CSO joined.
             * @constant
             */
            type: "connect";
            id: components["schemas"]["AgentId"];
            name: components["schemas"]["AgentName"];
            time: components["schemas"]["ServerTime"];
        } | {
            /**
             * @description A CSO left.
             * @constant
             */
            type: "disconnect";
            id: components["schemas"]["AgentId"];
            name: components["schemas"]["AgentName"];
            time: components["schemas"]["ServerTime"];
        };
        /**
         * UploadedFile
         * @description A file accepted by uploadFiles (OnUploadComplete's response). `fileName` is the server's sanitised, unique name, the one prepareDownloadURL takes.
         * @example {
         *       "fileName": "f_8Kq2_statement.pdf",
         *       "originalName": "statement.pdf",
         *       "fileSize": 48213,
         *       "fileType": "application/pdf",
         *       "by": "c"
         *     }
         */
        UploadedFile: {
            /** @description Stored name, unique in the chat; safe in a URL path segment. */
            fileName: string;
            /** @description The name the browser gave, without control or bidi-override characters, for display only. */
            originalName: string;
            /** @description Size in bytes. */
            fileSize: number;
            /** @description Media type, checked against the content. */
            fileType: string;
            /** @description Who uploaded it (beyond the document). */
            by?: string & ("c" | "a");
        };
        /**
         * Session
         * @description The document's Session: a chat already open on the server, as OnOpenSuccess
         *     (and a resynchronisation) carries it. In multi-chat, OnOpenSuccess carries an
         *     array of these, each with its clientId; on the wire every Session carries its
         *     sid and clientId.
         * @example {
         *       "sid": "c_7Hq2LxVbN4",
         *       "clientId": "support-1",
         *       "state": "connected",
         *       "agents": [
         *         {
         *           "name": "Alice",
         *           "id": "agent-7",
         *           "index": 1
         *         }
         *       ],
         *       "trans": [
         *         {
         *           "type": "msg",
         *           "by": "c",
         *           "msg": "Hello%2C%20I%20need%20help",
         *           "time": "2026-11-25T10:15:30.120Z",
         *           "id": "msg_000001",
         *           "clientMessageId": "m_01HZX3A7QK"
         *         },
         *         {
         *           "type": "connect",
         *           "id": "agent-7",
         *           "name": "Alice",
         *           "time": "2026-11-25T10:15:41.000Z"
         *         },
         *         {
         *           "type": "msg",
         *           "by": "a",
         *           "msg": "Hi%2C%20Alice%20here.",
         *           "time": "2026-11-25T10:15:45.500Z",
         *           "id": "msg_000002",
         *           "agentId": "agent-7"
         *         }
         *       ]
         *     }
         */
        Session: {
            sid: components["schemas"]["Sid"];
            clientId: components["schemas"]["ClientId"];
            /** @description Where the chat stands. */
            state: string & ("queued" | "connected");
            /** @description The CSOs handling the chat now; absent before a CSO connects (OnRemoteUserConnected). */
            agents?: components["schemas"]["AgentRef"][];
            /** @description The messages and joins exchanged so far, oldest first. */
            trans: components["schemas"]["TranscriptEntry"][];
            /** @description Position in the queue while `state` is queued (beyond the document). */
            queuePosition?: number;
            /** @description The files uploaded into the chat so far, oldest first (beyond the document), so that a page that joins by Open can still offer them. */
            files?: components["schemas"]["UploadedFile"][];
        };
        /**
         * ChatText
         * @description A chat message's text, as typed (not URL-encoded). At most 4,096 Unicode code points (what JSON Schema's maxLength counts, not UTF-16 units); a deployment may announce a lower `maxMessageLength`.
         * @example Hello
         * @example I need help with my card.
         */
        ChatText: string;
        /**
         * TypingState
         * @description Typing state of NotifyTypingStateChange and OnTypingStateChanged.
         */
        TypingState: number & (0 | 1);
        /**
         * CallId
         * @description Id of an audio/video call, assigned by StartAvCall.
         * @example av_5tR2pQ9x
         */
        CallId: string;
        /**
         * SdpDescription
         * @description An RTCSessionDescription's SDP text.
         * @example v=0
         *     o=- 4611731400430051336 2 IN IP4 127.0.0.1
         *     s=-
         *     t=0 0
         */
        SdpDescription: string;
        /**
         * IceCandidate
         * @description An RTCIceCandidateInit; `candidate` is empty for the end of candidates.
         * @example {
         *       "candidate": "candidate:1 1 udp 2122260223 192.0.2.10 54400 typ host",
         *       "sdpMid": "0",
         *       "sdpMLineIndex": 0
         *     }
         */
        IceCandidate: {
            /** @description The candidate line. */
            candidate: string;
            /** @description Media stream identification tag. */
            sdpMid?: string | null;
            /** @description Index of the m-line. */
            sdpMLineIndex?: number | null;
            /** @description ICE username fragment. */
            usernameFragment?: string | null;
        };
        /**
         * Signal
         * @description One WebRTC signaling message, tagged by `type`.
         * @example {
         *       "type": "offer",
         *       "sdp": "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
         *     }
         */
        Signal: {
            /**
             * @description An SDP offer.
             * @constant
             */
            type: "offer";
            sdp: components["schemas"]["SdpDescription"];
        } | {
            /**
             * @description An SDP answer.
             * @constant
             */
            type: "answer";
            sdp: components["schemas"]["SdpDescription"];
        } | {
            /**
             * @description A trickled ICE candidate.
             * @constant
             */
            type: "ice-candidate";
            candidate: components["schemas"]["IceCandidate"];
        };
        /**
         * CobrowseId
         * @description Id of a co-browsing session, assigned by StartCobr.
         * @example cb_9Lm3Wq1z
         */
        CobrowseId: string;
        /**
         * CobrControlValue
         * @description The new value of one control named in domControlList, tagged by `control`. The receiving side applies it only to an id of its domControlList.
         * @example {
         *       "control": "checkbox",
         *       "id": "checkbox1",
         *       "value": true
         *     }
         */
        CobrControlValue: {
            /**
             * @description A text box.
             * @constant
             */
            control: "textbox";
            /** @description The control's element id. */
            id: string;
            /** @description Its text. */
            value: string;
        } | {
            /**
             * @description A dropdown.
             * @constant
             */
            control: "dropdown";
            /** @description The control's element id. */
            id: string;
            /** @description The selected option's value. */
            value: string;
        } | {
            /** @description Kind of control. */
            control: string & ("radioButton" | "checkbox");
            /** @description The control's element id. */
            id: string;
            /** @description True when checked. */
            value: boolean;
        };
        /**
         * CobrAnnotation
         * @description One annotation stroke drawn over the shared page (isAnnotationEnabled), or a clear, tagged by `tool`.
         * @example {
         *       "tool": "pen",
         *       "color": "#ff0000",
         *       "points": [
         *         [
         *           0.1,
         *           0.1
         *         ],
         *         [
         *           0.2,
         *           0.15
         *         ]
         *       ]
         *     }
         */
        CobrAnnotation: {
            /** @description Drawing tool. */
            tool: string & ("pen" | "highlight");
            /** @description Stroke points as [x, y] fractions of the viewport. */
            points: number[][];
            /** @description Stroke colour. */
            color?: string;
        } | {
            /**
             * @description Remove every annotation.
             * @constant
             */
            tool: "clear";
        };
        /**
         * TestConditions
         * @description States of a deployment set up for testing (SetTestConditions); a field left out is the deployment's own setting.
         * @example {
         *       "captchaText": "K7XP4",
         *       "queueLimit": 1
         *     }
         */
        TestConditions: {
            /**
             * @description Start requires a captcha (GetAccessToken says captchaRequired), and every captcha image shows this text - of the characters no reader confuses with another, which every captcha can draw.
             * @example K7XP4
             */
            captchaText?: string;
            /**
             * @description Most chats waiting for a CSO; beyond it a new chat is refused with QueueIsTooBig.
             * @example 1
             */
            queueLimit?: number;
            /**
             * @description Longest a chat waits in the queue before it is refused with TimedOutInQueue (for chats queued from now on).
             * @example 1500
             */
            queueTimeoutMs?: number;
            /**
             * @description false - the deployment counts no CSO as logged in, so a new chat is refused with NoStaffedAgents.
             * @example false
             */
            staffed?: boolean;
            /**
             * @description true - the deployment behaves as when it cannot reach its own store or routing, or is draining - GetStatus answers `OFFLINE (...)` and every customer call that lists ServerInternalConnectivityError answers it (503, retryable, Retry-After); the scripts and this agent interface keep working.
             * @example true
             */
            unavailable?: boolean;
            /**
             * @description The session-end timer's length (spec/README.md, "Open, Start, Close and the session-end timer") for timers started from now on; Start and Open announce it as the limits' closeTimerMs.
             * @example 1000
             */
            closeTimerMs?: number;
            /**
             * @description The most entries a chat's transcript holds (transcriptCap.entries), for every chat while it is in force; Start and Open announce it in the limits. A message beyond it answers TranscriptFull.
             * @example 3
             */
            transcriptEntries?: number;
            /**
             * @description Every new chat is refused with this reason (a callback recorded), as when the deployment's own systems fail so.
             * @example InternalServerError
             */
            routingFailure?: string & ("ErrorInGetAgentDetails" | "ErrorAgentDetails" | "InternalServerError");
        };
    };
    responses: {
        /** @description Bad request - InvalidRequest, or CookiesDisabled (no agent session). */
        Problem400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused). */
        Problem403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing). */
        Problem404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Conflict with the chat's state - InvalidSessionState or TranscriptFull. */
        Problem409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Gone - AlreadyEndedSession. */
        Problem410: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too large - PayloadTooLarge. */
        Problem413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rate limited - RateLimited. */
        Problem429: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unavailable - ServerInternalConnectivityError. */
        Problem503: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The chat's session id (the customer side's Sid).
         * @example c_7Hq2LxVbN4
         */
        Sid: components["schemas"]["Sid"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description Sets the agent-session cookie (HttpOnly; SameSite=Strict; Path=/tetherfi/agent; Max-Age the session's lifetime; Secure over https).
         * @example LIVECHAT_AGENT=agent-7.as_Jq4Vw8Lx2Rb6Tn0Ym3PcXk1Zf5Hs9Gd2Wl7Vb3Nq8Ty0; Max-Age=43200; Path=/tetherfi/agent; HttpOnly; SameSite=Strict
         */
        SetAgentSession: string;
        /**
         * @description Seconds to wait before retrying (RFC 9110), also given in the problem's retryAfterMs.
         * @example 5
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    agentLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agentId: components["schemas"]["AgentId"];
                    name: components["schemas"]["AgentName"];
                    /** @description The deployment's agent password. */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Logged in; the agent-session cookie is set. */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["SetAgentSession"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: components["schemas"]["AgentToken"];
                        agentId: components["schemas"]["AgentId"];
                        name: components["schemas"]["AgentName"];
                        seq: components["schemas"]["AgentStreamPosition"];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    agentLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Logged out; the agent-session cookie is cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
        };
    };
    agentReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description True to take new chats, false to stop. */
                    ready: boolean;
                };
            };
        };
        responses: {
            /** @description The agent's readiness is set. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            429: components["responses"]["Problem429"];
        };
    };
    getAgentQueue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue, position 1 first (possibly empty). */
            200: {
                headers: {
                    /** @description Always `no-store`. */
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The queued chats, ordered by position. */
                        chats: components["schemas"]["QueuedChat"][];
                    };
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
        };
    };
    openAgentEventStream: {
        parameters: {
            query?: {
                /**
                 * @description Start after this position (from AgentLogin); Last-Event-ID wins when both are sent. Without either, the stream starts with the next event.
                 * @example 12
                 */
                after?: components["schemas"]["AgentStreamPosition"];
            };
            header?: {
                /**
                 * @description The seq of the last event the desktop received (sent by EventSource when it reconnects).
                 * @example 12
                 */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream; it stays open. Frames are described in asyncapi.yaml. */
            200: {
                headers: {
                    /** @description Always `no-store`. */
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["Problem400"];
            429: components["responses"]["Problem429"];
            503: components["responses"]["Problem503"];
        };
    };
    acceptChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat is the agent's; its Session (state connected) with the transcript so far. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentSendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    msg: components["schemas"]["ChatText"];
                    clientMessageId: components["schemas"]["ClientMessageId"];
                };
            };
        };
        responses: {
            /** @description A retry of a message already accepted; the first result, no second OnMessageReceived. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentMessageAccepted"];
                };
            };
            /** @description Accepted; OnMessageReceived goes to every page of the customer. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentMessageAccepted"];
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentSendAppMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Any application-defined string; OnAppMessageReceived carries it. */
                    type: string;
                    /** @description The message text (often serialised JSON); OnAppMessageReceived's msg. */
                    msg: string;
                };
            };
        };
        responses: {
            /** @description Accepted; OnAppMessageReceived goes to every page of the customer. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            410: components["responses"]["Problem410"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
        };
    };
    agentTyping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    state: components["schemas"]["TypingState"];
                };
            };
        };
        responses: {
            /** @description Relayed to the customer. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    transferChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toAgentId: components["schemas"]["AgentId"];
                };
            };
        };
        responses: {
            /** @description Offered; ChatOffered goes to the other agent. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    inviteToConference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agentId: components["schemas"]["AgentId"];
                };
            };
        };
        responses: {
            /** @description Invited; ChatOffered goes to the other agent. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    leaveConference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The leaving CSO's message; OnConferenceUserLeft's msg. */
                    msg: string;
                };
            };
        };
        responses: {
            /** @description Left; OnConferenceUserLeft goes to the customer. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentRequestCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Phone number to call the customer back on. */
                    contact: string;
                };
            };
        };
        responses: {
            /** @description Registered; OnCallbackRequestStatus goes to the customer. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentSendHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Transcript records of earlier chats, oldest first. */
                    history: components["schemas"]["TranscriptEntry"][];
                };
            };
        };
        responses: {
            /** @description Accepted; OnHistoryReceived goes to the customer. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            410: components["responses"]["Problem410"];
            413: components["responses"]["Problem413"];
            429: components["responses"]["Problem429"];
        };
    };
    agentEndChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Any text, recorded and passed to the agents in ChatEnded. */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The chat ended; OnEnd goes to the customer, ChatEnded to the agents. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentAnswerAvCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentCallRef"];
            };
        };
        responses: {
            /** @description Answered; signaling goes on by av/signals and AvSignal. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentDeclineAvCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentCallRef"];
            };
        };
        responses: {
            /** @description Declined; the call ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentSendAvSignal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    callId: components["schemas"]["CallId"];
                    signal: components["schemas"]["Signal"];
                };
            };
        };
        responses: {
            /** @description Relayed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentPauseAv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    callId: components["schemas"]["CallId"];
                    /** @description True mutes the agent's microphone. */
                    audio: boolean;
                    /** @description True pauses the agent's camera. */
                    video: boolean;
                };
            };
        };
        responses: {
            /** @description Relayed to the customer's side. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentEndAvCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentCallRef"];
            };
        };
        responses: {
            /** @description Ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentSendCobrowseSignal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cobrowseId: components["schemas"]["CobrowseId"];
                    signal: components["schemas"]["Signal"];
                };
            };
        };
        responses: {
            /** @description Relayed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentSendCobrowseControlValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cobrowseId: components["schemas"]["CobrowseId"];
                    value: components["schemas"]["CobrControlValue"];
                };
            };
        };
        responses: {
            /** @description Relayed to the customer's page. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentSendCobrowseAnnotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cobrowseId: components["schemas"]["CobrowseId"];
                    annotation: components["schemas"]["CobrAnnotation"];
                };
            };
        };
        responses: {
            /** @description Relayed to the customer's page. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    agentEndCobrowse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The chat's session id (the customer side's Sid).
                 * @example c_7Hq2LxVbN4
                 */
                sid: components["parameters"]["Sid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cobrowseId: components["schemas"]["CobrowseId"];
                };
            };
        };
        responses: {
            /** @description Ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            409: components["responses"]["Problem409"];
            410: components["responses"]["Problem410"];
            429: components["responses"]["Problem429"];
        };
    };
    setTestConditions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestConditions"];
            };
        };
        responses: {
            /** @description The conditions now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestConditions"];
                };
            };
            400: components["responses"]["Problem400"];
            403: components["responses"]["Problem403"];
            404: components["responses"]["Problem404"];
            429: components["responses"]["Problem429"];
        };
    };
}
