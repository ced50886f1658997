// generated from spec/agent/openapi.yaml by `npm run generate` (generators/generate.ts), do not edit
import { client } from './client.gen.ts';
import type { Client, ClientMeta, Options as Options2, RequestResult, ServerSentEventsResult, TDataShape } from './client/index.ts';
import type { AcceptChatData, AcceptChatErrors, AcceptChatResponses, AgentAnswerAvCallData, AgentAnswerAvCallErrors, AgentAnswerAvCallResponses, AgentDeclineAvCallData, AgentDeclineAvCallErrors, AgentDeclineAvCallResponses, AgentEndAvCallData, AgentEndAvCallErrors, AgentEndAvCallResponses, AgentEndChatData, AgentEndChatErrors, AgentEndChatResponses, AgentEndCobrowseData, AgentEndCobrowseErrors, AgentEndCobrowseResponses, AgentLoginData, AgentLoginErrors, AgentLoginResponses, AgentLogoutData, AgentLogoutErrors, AgentLogoutResponses, AgentPauseAvData, AgentPauseAvErrors, AgentPauseAvResponses, AgentReadyData, AgentReadyErrors, AgentReadyResponses, AgentRequestCallbackData, AgentRequestCallbackErrors, AgentRequestCallbackResponses, AgentSendAppMessageData, AgentSendAppMessageErrors, AgentSendAppMessageResponses, AgentSendAvSignalData, AgentSendAvSignalErrors, AgentSendAvSignalResponses, AgentSendCobrowseAnnotationData, AgentSendCobrowseAnnotationErrors, AgentSendCobrowseAnnotationResponses, AgentSendCobrowseControlValueData, AgentSendCobrowseControlValueErrors, AgentSendCobrowseControlValueResponses, AgentSendCobrowseSignalData, AgentSendCobrowseSignalErrors, AgentSendCobrowseSignalResponses, AgentSendHistoryData, AgentSendHistoryErrors, AgentSendHistoryResponses, AgentSendMessageData, AgentSendMessageErrors, AgentSendMessageResponses, AgentTypingData, AgentTypingErrors, AgentTypingResponses, GetAgentQueueData, GetAgentQueueErrors, GetAgentQueueResponses, InviteToConferenceData, InviteToConferenceErrors, InviteToConferenceResponses, LeaveConferenceData, LeaveConferenceErrors, LeaveConferenceResponses, OpenAgentEventStreamData, OpenAgentEventStreamErrors, OpenAgentEventStreamResponse, OpenAgentEventStreamResponses, SetTestConditionsData, SetTestConditionsErrors, SetTestConditionsResponses, TransferChatData, TransferChatErrors, TransferChatResponses } from './types.gen.ts';

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
 * AgentLogin - log a CSO in
 *
 * Logs the CSO in: creates the agent session, sets the `LIVECHAT_AGENT` cookie and answers
 * the agent token (for `Livechat-Agent-Token`) and `seq`, the agent stream's position at
 * login - the desktop reads `GET /tetherfi/agent/events` from there. The agent starts not
 * ready (AgentReady). The password is the deployment's agent password: a wrong or missing
 * one gets AccessTokenInvalid. Every login makes a new agent session with a new token; an
 * earlier session of the same agent (a reloaded desktop, a second console) ends, and its
 * cookie gets CookiesDisabled from then on. The agent's chats, readiness and stream stay
 * the agent's. The session lasts the time the deployment sets (the cookie's Max-Age), or
 * until AgentLogout.
 *
 */
export const agentLogin = <ThrowOnError extends boolean = false>(options: Options<AgentLoginData, ThrowOnError>): RequestResult<AgentLoginResponses, AgentLoginErrors, ThrowOnError> => (options.client ?? client).post<AgentLoginResponses, AgentLoginErrors, ThrowOnError>({
    url: '/tetherfi/agent/login',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * AgentLogout - end the agent session
 *
 * Ends the agent session at once: its cookie and token stop working (CookiesDisabled from
 * then on) and the agent is no longer ready, so no new chat is offered to it. The chats
 * the agent handles stay assigned to it until it logs in again and ends or transfers them.
 *
 */
export const agentLogout = <ThrowOnError extends boolean = false>(options?: Options<AgentLogoutData, ThrowOnError>): RequestResult<AgentLogoutResponses, AgentLogoutErrors, ThrowOnError> => (options?.client ?? client).post<AgentLogoutResponses, AgentLogoutErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/logout',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options?.headers
    }
});

/**
 * AgentReady - become ready or not ready for new chats
 *
 * A ready agent is offered the queue: it receives ChatQueued for every chat that enters the
 * queue and, on becoming ready, one ChatQueued for each chat already waiting. A not-ready
 * agent keeps the chats it handles and still receives transfer and conference offers
 * (ChatOffered), but no ChatQueued. Setting the state the agent already has changes nothing.
 *
 */
export const agentReady = <ThrowOnError extends boolean = false>(options: Options<AgentReadyData, ThrowOnError>): RequestResult<AgentReadyResponses, AgentReadyErrors, ThrowOnError> => (options.client ?? client).post<AgentReadyResponses, AgentReadyErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/ready',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * AgentQueue - the chats waiting for a CSO
 *
 * The chats queued for a CSO now, next to be answered first, with their current positions
 * (ChatQueued gives the position a chat had when it entered the queue). Any logged-in
 * agent may read it, ready or not. A desktop that lost events re-reads it.
 *
 */
export const getAgentQueue = <ThrowOnError extends boolean = false>(options?: Options<GetAgentQueueData, ThrowOnError>): RequestResult<GetAgentQueueResponses, GetAgentQueueErrors, ThrowOnError> => (options?.client ?? client).get<GetAgentQueueResponses, GetAgentQueueErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }],
    url: '/tetherfi/agent/queue',
    ...options
});

/**
 * AgentEvents - the agent's event stream (Server-Sent Events)
 *
 * Every event of the agent session, for all of the agent's chats: ChatQueued, ChatOffered,
 * ChatAssigned, CustomerMessage ... (each message is described in asyncapi.yaml, channel
 * `agentEvents`). Framed like the customer stream: one SSE frame per event, `id` the
 * event's per-agent seq, `event` its name, `data` its JSON payload. A `Heartbeat` frame (no
 * id) follows any silence of 3 s. Reconnect with `Last-Event-ID` (or `after`, from
 * AgentLogin) to resume with nothing lost or repeated. A desktop resuming from a position
 * the server no longer holds gets the oldest events it holds; it re-reads the queue and
 * re-accepts its chats (accept answers the current Session of a chat the agent already
 * handles). Several connections of one agent each get every event.
 *
 */
export const openAgentEventStream = <ThrowOnError extends boolean = false>(options?: Options<OpenAgentEventStreamData, ThrowOnError, OpenAgentEventStreamResponse>): Promise<ServerSentEventsResult<OpenAgentEventStreamResponses>> => (options?.client ?? client).sse.get<OpenAgentEventStreamResponses, OpenAgentEventStreamErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }],
    url: '/tetherfi/agent/events',
    ...options
});

/**
 * AcceptChat - take a queued or offered chat
 *
 * Takes a chat queued for a CSO (ChatQueued, GET queue) or offered to this agent by a
 * transfer or a conference invitation (ChatOffered), and answers its Session. The customer
 * receives OnRemoteUserConnected (via accept, transfer or conference); the agents concerned
 * receive ChatAssigned. A chat another CSO took first answers InvalidSessionState. Accepting
 * a chat the agent already handles answers its current Session again (a retry, or a desktop
 * catching up).
 *
 */
export const acceptChat = <ThrowOnError extends boolean = false>(options: Options<AcceptChatData, ThrowOnError>): RequestResult<AcceptChatResponses, AcceptChatErrors, ThrowOnError> => (options.client ?? client).post<AcceptChatResponses, AcceptChatErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/accept',
    ...options
});

/**
 * AgentSendMessage - send a message to the customer
 *
 * Sends a text message to the customer: every page of the customer's browser session
 * receives OnMessageReceived with it. Accepted once per `clientMessageId`: a retry with the
 * same id answers 200 with the first result and no second OnMessageReceived. The other CSOs
 * of a conference receive nothing (their desktops read the transcript). A message that would
 * take the transcript beyond the chat's transcriptCap (SessionLimits) is refused with
 * TranscriptFull, and the customer receives nothing; the chat stays open.
 *
 */
export const agentSendMessage = <ThrowOnError extends boolean = false>(options: Options<AgentSendMessageData, ThrowOnError>): RequestResult<AgentSendMessageResponses, AgentSendMessageErrors, ThrowOnError> => (options.client ?? client).post<AgentSendMessageResponses, AgentSendMessageErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/messages',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * AgentSendAppMessage - send an application message to the customer's pages
 *
 * Sends a message from the agent desktop to the customer's application, not the
 * transcript: every page receives OnAppMessageReceived(agent, msg), with this agent's name
 * and `type`.
 *
 */
export const agentSendAppMessage = <ThrowOnError extends boolean = false>(options: Options<AgentSendAppMessageData, ThrowOnError>): RequestResult<AgentSendAppMessageResponses, AgentSendAppMessageErrors, ThrowOnError> => (options.client ?? client).post<AgentSendAppMessageResponses, AgentSendAppMessageErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/app-messages',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * AgentTyping - tell the customer the CSO is typing
 *
 * 0 typing started, 1 typing stopped; every page of the customer receives OnTypingStateChanged(state) with this agent's id.
 */
export const agentTyping = <ThrowOnError extends boolean = false>(options: Options<AgentTypingData, ThrowOnError>): RequestResult<AgentTypingResponses, AgentTypingErrors, ThrowOnError> => (options.client ?? client).post<AgentTypingResponses, AgentTypingErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/typing',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * TransferChat - hand the chat over to another CSO
 *
 * Offers the chat to another logged-in agent, who receives ChatOffered (kind transfer). When
 * that agent accepts, the customer receives OnRemoteUserConnected (via transfer) with the new
 * CSO, the transcript records this agent's disconnect and the new agent's connect, and this
 * agent receives ChatAssigned naming the new agent - the chat is no longer its. Until then
 * this agent keeps the chat. InvalidSessionState when `toAgentId` is not logged in, is this
 * agent, or already takes part in the chat.
 *
 */
export const transferChat = <ThrowOnError extends boolean = false>(options: Options<TransferChatData, ThrowOnError>): RequestResult<TransferChatResponses, TransferChatErrors, ThrowOnError> => (options.client ?? client).post<TransferChatResponses, TransferChatErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/transfer',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * InviteToConference - invite another CSO into the chat
 *
 * Invites another logged-in agent, who receives ChatOffered (kind conference). When that
 * agent accepts, the customer receives OnRemoteUserConnected (via conference) and the agents
 * already in the chat receive ChatAssigned naming the newcomer; everyone stays.
 * InvalidSessionState when `agentId` is not logged in, is this agent, or already takes part
 * in the chat.
 *
 */
export const inviteToConference = <ThrowOnError extends boolean = false>(options: Options<InviteToConferenceData, ThrowOnError>): RequestResult<InviteToConferenceResponses, InviteToConferenceErrors, ThrowOnError> => (options.client ?? client).post<InviteToConferenceResponses, InviteToConferenceErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/conference',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * LeaveConference - leave a chat other CSOs go on with
 *
 * This agent leaves the chat; the chat goes on with the other CSOs. Every page of the
 * customer receives OnConferenceUserLeft(agent, msg) with this agent's name and `msg`; the
 * agents who stay receive ConferenceAgentLeft. InvalidSessionState when this agent is the
 * only CSO in the chat (end or transfer it instead).
 *
 */
export const leaveConference = <ThrowOnError extends boolean = false>(options: Options<LeaveConferenceData, ThrowOnError>): RequestResult<LeaveConferenceResponses, LeaveConferenceErrors, ThrowOnError> => (options.client ?? client).post<LeaveConferenceResponses, LeaveConferenceErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/conference/leave',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * AgentRequestCallback - register a callback for the customer
 *
 * The CSO registers a callback to `contact` on the customer's behalf; every page of the
 * customer receives OnCallbackRequestStatus(false, status) - isCustomerReq false, status true
 * when registered - with the contact.
 *
 */
export const agentRequestCallback = <ThrowOnError extends boolean = false>(options: Options<AgentRequestCallbackData, ThrowOnError>): RequestResult<AgentRequestCallbackResponses, AgentRequestCallbackErrors, ThrowOnError> => (options.client ?? client).post<AgentRequestCallbackResponses, AgentRequestCallbackErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/callback',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * AgentSendHistory - send the customer's earlier chat history
 *
 * Sends transcript records of the customer's earlier chats; every page of the customer receives OnHistoryReceived(history) with them, unchanged.
 */
export const agentSendHistory = <ThrowOnError extends boolean = false>(options: Options<AgentSendHistoryData, ThrowOnError>): RequestResult<AgentSendHistoryResponses, AgentSendHistoryErrors, ThrowOnError> => (options.client ?? client).post<AgentSendHistoryResponses, AgentSendHistoryErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/history',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * AgentEndChat - end the chat
 *
 * Ends the chat for everyone: every page of the customer receives OnEnd('server') (the
 * customer side gets no reason from the CSO), and every agent in the chat - this one
 * included - receives ChatEnded (initiator agent, with `reason`).
 *
 */
export const agentEndChat = <ThrowOnError extends boolean = false>(options: Options<AgentEndChatData, ThrowOnError>): RequestResult<AgentEndChatResponses, AgentEndChatErrors, ThrowOnError> => (options.client ?? client).post<AgentEndChatResponses, AgentEndChatErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/end',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * AgentAnswerAvCall - answer the customer's audio/video call
 *
 * Answers the call the customer started (StartAvCall), announced to the agent by
 * AvCallRequested. The customer's SDP offer and ICE candidates reach the agent as AvSignal
 * events; the agent replies with its answer and candidates by av/signals. InvalidSessionState
 * when `callId` is not a call of this chat waiting for an answer.
 *
 */
export const agentAnswerAvCall = <ThrowOnError extends boolean = false>(options: Options<AgentAnswerAvCallData, ThrowOnError>): RequestResult<AgentAnswerAvCallResponses, AgentAnswerAvCallErrors, ThrowOnError> => (options.client ?? client).post<AgentAnswerAvCallResponses, AgentAnswerAvCallErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/av/answer',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * AgentDeclineAvCall - refuse the customer's audio/video call
 *
 * Refuses a call waiting for an answer; the call ends on the customer's side as a hang-up by
 * the CSO, and the agents of the chat receive AvCallEnded (by agent). The chat goes on.
 * InvalidSessionState when `callId` is not a call of this chat waiting for an answer.
 *
 */
export const agentDeclineAvCall = <ThrowOnError extends boolean = false>(options: Options<AgentDeclineAvCallData, ThrowOnError>): RequestResult<AgentDeclineAvCallResponses, AgentDeclineAvCallErrors, ThrowOnError> => (options.client ?? client).post<AgentDeclineAvCallResponses, AgentDeclineAvCallErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/av/decline',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * WebRTC signaling of a call, agent side (SDP answer, ICE candidates)
 *
 * Part of AgentAnswerAvCall - relays the agent's SDP answer (or offer, on renegotiation) or one trickled ICE candidate to the customer's side of the call.
 */
export const agentSendAvSignal = <ThrowOnError extends boolean = false>(options: Options<AgentSendAvSignalData, ThrowOnError>): RequestResult<AgentSendAvSignalResponses, AgentSendAvSignalErrors, ThrowOnError> => (options.client ?? client).post<AgentSendAvSignalResponses, AgentSendAvSignalErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/av/signals',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * AgentPauseAv - mute or pause the agent's media, and undo
 *
 * The agent's microphone is muted when audio is true (unmuted otherwise) and its camera paused when video is true (resumed otherwise); the customer's side receives the new state.
 */
export const agentPauseAv = <ThrowOnError extends boolean = false>(options: Options<AgentPauseAvData, ThrowOnError>): RequestResult<AgentPauseAvResponses, AgentPauseAvErrors, ThrowOnError> => (options.client ?? client).post<AgentPauseAvResponses, AgentPauseAvErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/av/pause',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * AgentEndAvCall - hang up
 *
 * Ends the call; the customer's side receives the hang-up (Display.OnDisconnected on the page) and the agents of the chat receive AvCallEnded (by agent). The chat goes on.
 */
export const agentEndAvCall = <ThrowOnError extends boolean = false>(options: Options<AgentEndAvCallData, ThrowOnError>): RequestResult<AgentEndAvCallResponses, AgentEndAvCallErrors, ThrowOnError> => (options.client ?? client).post<AgentEndAvCallResponses, AgentEndAvCallErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/av/end',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * WebRTC signaling of the co-browse stream, agent side
 *
 * Part of AgentCobrowse - relays the agent's SDP answer (or offer, on renegotiation) or one
 * ICE candidate for the shared-screen stream of a co-browse session the customer started
 * (CobrowseStarted); the customer's offer and candidates reach the agent as CobrowseSignal.
 * InvalidSessionState when `cobrowseId` is not a co-browse session in progress in this chat.
 *
 */
export const agentSendCobrowseSignal = <ThrowOnError extends boolean = false>(options: Options<AgentSendCobrowseSignalData, ThrowOnError>): RequestResult<AgentSendCobrowseSignalResponses, AgentSendCobrowseSignalErrors, ThrowOnError> => (options.client ?? client).post<AgentSendCobrowseSignalResponses, AgentSendCobrowseSignalErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/cobrowse/signals',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * The agent changed a control of domControlList
 *
 * Part of AgentCobrowse - the new value of a text box, radio button, checkbox or dropdown
 * named in the session's domControlList (CobrowseStarted), set from the agent's view and
 * mirrored on the customer's page. InvalidSessionState when `cobrowseId` is not a co-browse
 * session in progress in this chat.
 *
 */
export const agentSendCobrowseControlValue = <ThrowOnError extends boolean = false>(options: Options<AgentSendCobrowseControlValueData, ThrowOnError>): RequestResult<AgentSendCobrowseControlValueResponses, AgentSendCobrowseControlValueErrors, ThrowOnError> => (options.client ?? client).post<AgentSendCobrowseControlValueResponses, AgentSendCobrowseControlValueErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/cobrowse/control-values',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * The agent annotated the shared page
 *
 * Part of AgentCobrowse - one annotation stroke, or a clear, drawn by the agent and shown
 * over the customer's page. InvalidSessionState when `cobrowseId` is not a co-browse session
 * in progress in this chat, or the session was started without isAnnotationEnabled.
 *
 */
export const agentSendCobrowseAnnotation = <ThrowOnError extends boolean = false>(options: Options<AgentSendCobrowseAnnotationData, ThrowOnError>): RequestResult<AgentSendCobrowseAnnotationResponses, AgentSendCobrowseAnnotationErrors, ThrowOnError> => (options.client ?? client).post<AgentSendCobrowseAnnotationResponses, AgentSendCobrowseAnnotationErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/cobrowse/annotations',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * AgentEndCobr - end co-browsing
 *
 * Ends the co-browse session; the customer's page stops sharing, and the agents of the chat
 * receive CobrowseEnded (by agent). The chat goes on. InvalidSessionState when `cobrowseId`
 * is not a co-browse session in progress in this chat.
 *
 */
export const agentEndCobrowse = <ThrowOnError extends boolean = false>(options: Options<AgentEndCobrowseData, ThrowOnError>): RequestResult<AgentEndCobrowseResponses, AgentEndCobrowseErrors, ThrowOnError> => (options.client ?? client).post<AgentEndCobrowseResponses, AgentEndCobrowseErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/chats/{sid}/cobrowse/end',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * SetTestConditions - put a deployment set up for testing into the state a case needs
 *
 * Puts the whole deployment into states no customer or CSO can bring about from outside, so
 * that a certification run can test what the document says happens in them: a captcha
 * required (with a known text, as a captcha service's test keys give), a small queue or a
 * short queue timeout (QueueIsTooBig, TimedOutInQueue), no CSO counted as logged in
 * (NoStaffedAgents), the failures of the deployment's own systems that refuse a chat
 * with a callback (ErrorInGetAgentDetails, ErrorAgentDetails, InternalServerError), a
 * short session-end timer (closeTimerMs), so that its end can be seen within a run, a
 * small transcript cap (transcriptEntries: TranscriptFull within a run's rate budget), and
 * the deployment unavailable (OFFLINE, ServerInternalConnectivityError). Every
 * call replaces the conditions in force: what the body leaves out is back to the
 * deployment's own settings, and `{}` resets them all. They last until replaced or the
 * deployment restarts, and apply to every customer - so only a deployment set up for
 * testing offers them (the reference server with `LIVECHAT_TEST_CONDITIONS`); any other
 * answers NotFound, and the conformance suite then reports the cases that need them not
 * testable.
 *
 */
export const setTestConditions = <ThrowOnError extends boolean = false>(options: Options<SetTestConditionsData, ThrowOnError>): RequestResult<SetTestConditionsResponses, SetTestConditionsErrors, ThrowOnError> => (options.client ?? client).put<SetTestConditionsResponses, SetTestConditionsErrors, ThrowOnError>({
    security: [{
            in: 'cookie',
            name: 'LIVECHAT_AGENT',
            type: 'apiKey'
        }, { name: 'Livechat-Agent-Token', type: 'apiKey' }],
    url: '/tetherfi/agent/test/conditions',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});
