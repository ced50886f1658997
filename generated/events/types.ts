// generated from spec/asyncapi.yaml by `npm run generate` (generators/generate.ts), do not edit
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** OnEndEvent */
        OnEnd: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq?: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnEnd";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time?: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            /** @description The initiator, and the reason that goes with it (one branch per initiator). */
            data: {
                /**
                 * EndInitiator
                 * @description Which side ended the chat (first parameter of OnEnd).
                 */
                initiator: string & ("server" | "client" | "lib");
                /** @description With client, what End was given; never with server; SessionLostWhileOffline with lib. */
                reason?: string;
            } & ({
                /** @constant */
                initiator?: "client";
            } | {
                /** @constant */
                initiator?: "server";
            } | {
                /** @constant */
                initiator?: "lib";
                reason: "SessionLostWhileOffline";
            });
        };
        /** OnInternalServerErrorEvent */
        OnInternalServerError: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq?: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnInternalServerError";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time?: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid?: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId?: string;
            data: {
                /** @description UnOpenedSessionNotAllowed, UnexpectedError, or a server-defined string. */
                errorCode: string;
            };
        };
        /** HeartbeatEvent */
        Heartbeat: {
            /**
             * @description The event's name.
             * @constant
             */
            event: "Heartbeat";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * StreamPosition
             * @description A position in the browser session's event stream - the seq of the last event before it, 0 before the first. Read the stream from here (`after` or Last-Event-ID).
             * @example 12
             */
            latestSeq: number;
        };
        /** ResyncEvent */
        Resync: {
            /**
             * StreamPosition
             * @description A position in the browser session's event stream - the seq of the last event before it, 0 before the first. Read the stream from here (`after` or Last-Event-ID).
             * @example 12
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "Resync";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            data: {
                /** @description The browser session's chats; empty when every chat has ended. */
                sessions: {
                    /**
                     * Sid
                     * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
                     * @example c_7Hq2LxVbN4
                     */
                    sid: string;
                    /**
                     * ClientId
                     * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
                     * @example support-1
                     */
                    clientId: string;
                    /** @description Where the chat stands. */
                    state: string & ("queued" | "connected");
                    /** @description The CSOs handling the chat now; absent before a CSO connects (OnRemoteUserConnected). */
                    agents?: {
                        /**
                         * AgentName
                         * @description Name of the CSO login.
                         * @example Alice
                         */
                        name: string;
                        /**
                         * AgentId
                         * @description Id of the CSO login.
                         * @example agent-7
                         */
                        id: string;
                        /** @description The agent's position in `trans` when it joined; an agent with index 2 has not seen the first two entries. */
                        index: number;
                    }[];
                    /** @description The messages and joins exchanged so far, oldest first. */
                    trans: ({
                        /**
                         * @description A message record.
                         * @constant
                         */
                        type: "msg";
                        /** @description Who wrote it. */
                        by: string & ("c" | "a");
                        /** @description The message text, URL-encoded (encodeURIComponent) as the document specifies for transcripts; a 4,096-code-point message encodes to at most 49,152 characters. */
                        msg: string;
                        /**
                         * ServerTime
                         * Format: date-time
                         * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
                         * @example 2026-11-25T10:15:30.120Z
                         */
                        time: string;
                        /**
                         * MessageId
                         * @description Server-assigned id of an accepted message.
                         * @example msg_000042
                         */
                        id?: string;
                        /**
                         * ClientMessageId
                         * @description Id the page gives each message it sends; the server accepts a message once per id and echoes the id in OnEcho, so a retried send shows exactly once.
                         * @example m_01HZX3A7QK
                         */
                        clientMessageId?: string;
                        /**
                         * AgentId
                         * @description Id of the CSO login.
                         * @example agent-7
                         */
                        agentId?: string;
                    } | {
                        /**
                         * @description A CSO joined.
                         * @constant
                         */
                        type: "connect";
                        /**
                         * AgentId
                         * @description Id of the CSO login.
                         * @example agent-7
                         */
                        id: string;
                        /**
                         * AgentName
                         * @description Name of the CSO login.
                         * @example Alice
                         */
                        name: string;
                        /**
                         * ServerTime
                         * Format: date-time
                         * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
                         * @example 2026-11-25T10:15:30.120Z
                         */
                        time: string;
                    } | {
                        /**
                         * @description A CSO left.
                         * @constant
                         */
                        type: "disconnect";
                        /**
                         * AgentId
                         * @description Id of the CSO login.
                         * @example agent-7
                         */
                        id: string;
                        /**
                         * AgentName
                         * @description Name of the CSO login.
                         * @example Alice
                         */
                        name: string;
                        /**
                         * ServerTime
                         * Format: date-time
                         * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
                         * @example 2026-11-25T10:15:30.120Z
                         */
                        time: string;
                    })[];
                    /** @description Position in the queue while `state` is queued (beyond the document). */
                    queuePosition?: number;
                    /** @description The files uploaded into the chat so far, oldest first (beyond the document), so that a page that joins by Open can still offer them. */
                    files?: {
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
                    }[];
                }[];
                /** @description Chats that ended in the gap; the client raises OnEnd('lib', 'SessionLostWhileOffline') for each it showed. */
                ended?: string[];
            };
        };
        /** ChatStartedEvent */
        ChatStarted: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "ChatStarted";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
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
                session: {
                    /**
                     * Sid
                     * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
                     * @example c_7Hq2LxVbN4
                     */
                    sid: string;
                    /**
                     * ClientId
                     * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
                     * @example support-1
                     */
                    clientId: string;
                    /** @description Where the chat stands. */
                    state: string & ("queued" | "connected");
                    /** @description The CSOs handling the chat now; absent before a CSO connects (OnRemoteUserConnected). */
                    agents?: {
                        /**
                         * AgentName
                         * @description Name of the CSO login.
                         * @example Alice
                         */
                        name: string;
                        /**
                         * AgentId
                         * @description Id of the CSO login.
                         * @example agent-7
                         */
                        id: string;
                        /** @description The agent's position in `trans` when it joined; an agent with index 2 has not seen the first two entries. */
                        index: number;
                    }[];
                    /** @description The messages and joins exchanged so far, oldest first. */
                    trans: ({
                        /**
                         * @description A message record.
                         * @constant
                         */
                        type: "msg";
                        /** @description Who wrote it. */
                        by: string & ("c" | "a");
                        /** @description The message text, URL-encoded (encodeURIComponent) as the document specifies for transcripts; a 4,096-code-point message encodes to at most 49,152 characters. */
                        msg: string;
                        /**
                         * ServerTime
                         * Format: date-time
                         * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
                         * @example 2026-11-25T10:15:30.120Z
                         */
                        time: string;
                        /**
                         * MessageId
                         * @description Server-assigned id of an accepted message.
                         * @example msg_000042
                         */
                        id?: string;
                        /**
                         * ClientMessageId
                         * @description Id the page gives each message it sends; the server accepts a message once per id and echoes the id in OnEcho, so a retried send shows exactly once.
                         * @example m_01HZX3A7QK
                         */
                        clientMessageId?: string;
                        /**
                         * AgentId
                         * @description Id of the CSO login.
                         * @example agent-7
                         */
                        agentId?: string;
                    } | {
                        /**
                         * @description A CSO joined.
                         * @constant
                         */
                        type: "connect";
                        /**
                         * AgentId
                         * @description Id of the CSO login.
                         * @example agent-7
                         */
                        id: string;
                        /**
                         * AgentName
                         * @description Name of the CSO login.
                         * @example Alice
                         */
                        name: string;
                        /**
                         * ServerTime
                         * Format: date-time
                         * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
                         * @example 2026-11-25T10:15:30.120Z
                         */
                        time: string;
                    } | {
                        /**
                         * @description A CSO left.
                         * @constant
                         */
                        type: "disconnect";
                        /**
                         * AgentId
                         * @description Id of the CSO login.
                         * @example agent-7
                         */
                        id: string;
                        /**
                         * AgentName
                         * @description Name of the CSO login.
                         * @example Alice
                         */
                        name: string;
                        /**
                         * ServerTime
                         * Format: date-time
                         * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
                         * @example 2026-11-25T10:15:30.120Z
                         */
                        time: string;
                    })[];
                    /** @description Position in the queue while `state` is queued (beyond the document). */
                    queuePosition?: number;
                    /** @description The files uploaded into the chat so far, oldest first (beyond the document), so that a page that joins by Open can still offer them. */
                    files?: {
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
                    }[];
                };
                /**
                 * PageId
                 * @description Id of one page load, generated by the client library (at least 128 random bits, base64url - 22 characters or more); identifies the page in Open, Close and the event stream.
                 * @example pg_Vx3Q9sKd0aLmN2rT7yWb4E
                 */
                startedBy: string;
            };
        };
        /** OnCallQueuedEvent */
        OnCallQueued: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnCallQueued";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /** @description 1 when next to be answered. */
                queuePosition: number;
                /** @description Estimated wait before a CSO answers (beyond the document). */
                estimatedWaitMs?: number;
            };
        };
        /** OnRemoteUserConnectedEvent */
        OnRemoteUserConnected: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnRemoteUserConnected";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * AgentName
                 * @description Name of the CSO login.
                 * @example Alice
                 */
                name: string;
                /**
                 * AgentId
                 * @description Id of the CSO login.
                 * @example agent-7
                 */
                agentId: string;
                /** @description How the CSO came (beyond the document). */
                via?: string & ("accept" | "transfer" | "conference");
            };
        };
        /** OnSystemNotificationEvent */
        OnSystemNotification: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The wire name; the synonym OnCallbackAutoRegistered is raised from it.
             * @constant
             */
            event: "OnSystemNotification";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * ReasonCode
                 * @description Why the server recorded a callback and ended the chat (OnSystemNotification and its synonym OnCallbackAutoRegistered).
                 */
                reasonCode: string & ("ErrorInGetAgentDetails" | "ErrorAgentDetails" | "NoStaffedAgents" | "QueueIsTooBig" | "TimedOutInQueue" | "InternalServerError");
                /** @description False when enable_autocb was off and no callback was recorded (beyond the document). */
                callbackRecorded?: boolean;
            };
        };
        /** OnCallbackRequestStatusEvent */
        OnCallbackRequestStatus: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnCallbackRequestStatus";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /** @description True when this application requested it. */
                isCustomerReq: boolean;
                /** @description True when the callback was registered. */
                status: boolean;
                /** @description The number that will be called (beyond the document). */
                contact?: string;
            };
        };
        /** OnConferenceUserLeftEvent */
        OnConferenceUserLeft: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnConferenceUserLeft";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * AgentName
                 * @description Name of the CSO login.
                 * @example Alice
                 */
                agent: string;
                /** @description The leaving CSO's message. */
                msg: string;
                /**
                 * AgentId
                 * @description Id of the CSO login.
                 * @example agent-7
                 */
                agentId?: string;
            };
        };
        /** OnMessageReceivedEvent */
        OnMessageReceived: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnMessageReceived";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * ChatText
                 * @description A chat message's text, as typed (not URL-encoded). At most 4,096 Unicode code points (what JSON Schema's maxLength counts, not UTF-16 units); a deployment may announce a lower `maxMessageLength`.
                 * @example Hello
                 * @example I need help with my card.
                 */
                msg: string;
                /**
                 * MessageId
                 * @description Server-assigned id of an accepted message.
                 * @example msg_000042
                 */
                messageId: string;
                /**
                 * AgentId
                 * @description Id of the CSO login.
                 * @example agent-7
                 */
                agentId: string;
                /**
                 * AgentName
                 * @description Name of the CSO login.
                 * @example Alice
                 */
                agentName: string;
            };
        };
        /** OnEchoEvent */
        OnEcho: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnEcho";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * ChatText
                 * @description A chat message's text, as typed (not URL-encoded). At most 4,096 Unicode code points (what JSON Schema's maxLength counts, not UTF-16 units); a deployment may announce a lower `maxMessageLength`.
                 * @example Hello
                 * @example I need help with my card.
                 */
                msg: string;
                /**
                 * MessageId
                 * @description Server-assigned id of an accepted message.
                 * @example msg_000042
                 */
                messageId: string;
                /**
                 * ClientMessageId
                 * @description Id the page gives each message it sends; the server accepts a message once per id and echoes the id in OnEcho, so a retried send shows exactly once.
                 * @example m_01HZX3A7QK
                 */
                clientMessageId: string;
            };
        };
        /** OnTypingStateChangedEvent */
        OnTypingStateChanged: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnTypingStateChanged";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * TypingState
                 * @description Typing state of NotifyTypingStateChange and OnTypingStateChanged.
                 */
                state: number & (0 | 1);
                /**
                 * AgentId
                 * @description Id of the CSO login.
                 * @example agent-7
                 */
                agentId?: string;
            };
        };
        /** OnAppMessageReceivedEvent */
        OnAppMessageReceived: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnAppMessageReceived";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * AgentName
                 * @description Name of the CSO login.
                 * @example Alice
                 */
                agent: string;
                /** @description The message text. */
                msg: string;
                /** @description Application-defined type (beyond the document). */
                type?: string;
            };
        };
        /** OnHistoryReceivedEvent */
        OnHistoryReceived: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnHistoryReceived";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /** @description Transcript records of earlier chats, oldest first. */
                history: ({
                    /**
                     * @description A message record.
                     * @constant
                     */
                    type: "msg";
                    /** @description Who wrote it. */
                    by: string & ("c" | "a");
                    /** @description The message text, URL-encoded (encodeURIComponent) as the document specifies for transcripts; a 4,096-code-point message encodes to at most 49,152 characters. */
                    msg: string;
                    /**
                     * ServerTime
                     * Format: date-time
                     * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
                     * @example 2026-11-25T10:15:30.120Z
                     */
                    time: string;
                    /**
                     * MessageId
                     * @description Server-assigned id of an accepted message.
                     * @example msg_000042
                     */
                    id?: string;
                    /**
                     * ClientMessageId
                     * @description Id the page gives each message it sends; the server accepts a message once per id and echoes the id in OnEcho, so a retried send shows exactly once.
                     * @example m_01HZX3A7QK
                     */
                    clientMessageId?: string;
                    /**
                     * AgentId
                     * @description Id of the CSO login.
                     * @example agent-7
                     */
                    agentId?: string;
                } | {
                    /**
                     * @description A CSO joined.
                     * @constant
                     */
                    type: "connect";
                    /**
                     * AgentId
                     * @description Id of the CSO login.
                     * @example agent-7
                     */
                    id: string;
                    /**
                     * AgentName
                     * @description Name of the CSO login.
                     * @example Alice
                     */
                    name: string;
                    /**
                     * ServerTime
                     * Format: date-time
                     * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
                     * @example 2026-11-25T10:15:30.120Z
                     */
                    time: string;
                } | {
                    /**
                     * @description A CSO left.
                     * @constant
                     */
                    type: "disconnect";
                    /**
                     * AgentId
                     * @description Id of the CSO login.
                     * @example agent-7
                     */
                    id: string;
                    /**
                     * AgentName
                     * @description Name of the CSO login.
                     * @example Alice
                     */
                    name: string;
                    /**
                     * ServerTime
                     * Format: date-time
                     * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
                     * @example 2026-11-25T10:15:30.120Z
                     */
                    time: string;
                })[];
            };
        };
        /** OnUploadCompleteEvent */
        OnUploadComplete: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnUploadComplete";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
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
                response: {
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
            };
        };
        /** AvSignalEvent */
        AvSignal: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "AvSignal";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * CallId
                 * @description Id of an audio/video call, assigned by StartAvCall.
                 * @example av_5tR2pQ9x
                 */
                callId: string;
                /**
                 * Signal
                 * @description One WebRTC signaling message, tagged by `type`.
                 * @example {
                 *       "type": "offer",
                 *       "sdp": "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                 *     }
                 */
                signal: {
                    /**
                     * @description An SDP offer.
                     * @constant
                     */
                    type: "offer";
                    /**
                     * SdpDescription
                     * @description An RTCSessionDescription's SDP text.
                     * @example v=0
                     *     o=- 4611731400430051336 2 IN IP4 127.0.0.1
                     *     s=-
                     *     t=0 0
                     */
                    sdp: string;
                } | {
                    /**
                     * @description An SDP answer.
                     * @constant
                     */
                    type: "answer";
                    /**
                     * SdpDescription
                     * @description An RTCSessionDescription's SDP text.
                     * @example v=0
                     *     o=- 4611731400430051336 2 IN IP4 127.0.0.1
                     *     s=-
                     *     t=0 0
                     */
                    sdp: string;
                } | {
                    /**
                     * @description A trickled ICE candidate.
                     * @constant
                     */
                    type: "ice-candidate";
                    /**
                     * IceCandidate
                     * @description An RTCIceCandidateInit; `candidate` is empty for the end of candidates.
                     * @example {
                     *       "candidate": "candidate:1 1 udp 2122260223 192.0.2.10 54400 typ host",
                     *       "sdpMid": "0",
                     *       "sdpMLineIndex": 0
                     *     }
                     */
                    candidate: {
                        /** @description The candidate line. */
                        candidate: string;
                        /** @description Media stream identification tag. */
                        sdpMid?: string | null;
                        /** @description Index of the m-line. */
                        sdpMLineIndex?: number | null;
                        /** @description ICE username fragment. */
                        usernameFragment?: string | null;
                    };
                };
            };
        };
        /** AvMediaStateChangedEvent */
        AvMediaStateChanged: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "AvMediaStateChanged";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * CallId
                 * @description Id of an audio/video call, assigned by StartAvCall.
                 * @example av_5tR2pQ9x
                 */
                callId: string;
                /**
                 * MediaState
                 * @description What a side of a call has paused (Pause(audio, video)).
                 * @example {
                 *       "audio": false,
                 *       "video": true
                 *     }
                 */
                state: {
                    /** @description True when the microphone is muted. */
                    audio: boolean;
                    /** @description True when camera capture is paused. */
                    video: boolean;
                };
            };
        };
        /** AvCallEndedEvent */
        AvCallEnded: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "AvCallEnded";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * CallId
                 * @description Id of an audio/video call, assigned by StartAvCall.
                 * @example av_5tR2pQ9x
                 */
                callId: string;
                /**
                 * EndedBy
                 * @description Which side ended it.
                 */
                by: string & ("c" | "a" | "server");
                /** @description Why, when not a plain hang-up. */
                reason?: string & ("hang-up" | "declined" | "chat-ended");
            };
        };
        /** CobrSignalEvent */
        CobrSignal: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrSignal";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * CobrowseId
                 * @description Id of a co-browsing session, assigned by StartCobr.
                 * @example cb_9Lm3Wq1z
                 */
                cobrowseId: string;
                /**
                 * Signal
                 * @description One WebRTC signaling message, tagged by `type`.
                 * @example {
                 *       "type": "offer",
                 *       "sdp": "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                 *     }
                 */
                signal: {
                    /**
                     * @description An SDP offer.
                     * @constant
                     */
                    type: "offer";
                    /**
                     * SdpDescription
                     * @description An RTCSessionDescription's SDP text.
                     * @example v=0
                     *     o=- 4611731400430051336 2 IN IP4 127.0.0.1
                     *     s=-
                     *     t=0 0
                     */
                    sdp: string;
                } | {
                    /**
                     * @description An SDP answer.
                     * @constant
                     */
                    type: "answer";
                    /**
                     * SdpDescription
                     * @description An RTCSessionDescription's SDP text.
                     * @example v=0
                     *     o=- 4611731400430051336 2 IN IP4 127.0.0.1
                     *     s=-
                     *     t=0 0
                     */
                    sdp: string;
                } | {
                    /**
                     * @description A trickled ICE candidate.
                     * @constant
                     */
                    type: "ice-candidate";
                    /**
                     * IceCandidate
                     * @description An RTCIceCandidateInit; `candidate` is empty for the end of candidates.
                     * @example {
                     *       "candidate": "candidate:1 1 udp 2122260223 192.0.2.10 54400 typ host",
                     *       "sdpMid": "0",
                     *       "sdpMLineIndex": 0
                     *     }
                     */
                    candidate: {
                        /** @description The candidate line. */
                        candidate: string;
                        /** @description Media stream identification tag. */
                        sdpMid?: string | null;
                        /** @description Index of the m-line. */
                        sdpMLineIndex?: number | null;
                        /** @description ICE username fragment. */
                        usernameFragment?: string | null;
                    };
                };
            };
        };
        /** CobrControlValueChangedEvent */
        CobrControlValueChanged: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrControlValueChanged";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * CobrowseId
                 * @description Id of a co-browsing session, assigned by StartCobr.
                 * @example cb_9Lm3Wq1z
                 */
                cobrowseId: string;
                /**
                 * CobrControlValue
                 * @description The new value of one control named in domControlList, tagged by `control`. The receiving side applies it only to an id of its domControlList.
                 * @example {
                 *       "control": "checkbox",
                 *       "id": "checkbox1",
                 *       "value": true
                 *     }
                 */
                value: {
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
            };
        };
        /** CobrAnnotationEvent */
        CobrAnnotation: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrAnnotation";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * CobrowseId
                 * @description Id of a co-browsing session, assigned by StartCobr.
                 * @example cb_9Lm3Wq1z
                 */
                cobrowseId: string;
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
                annotation: {
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
            };
        };
        /** CobrEndedEvent */
        CobrEnded: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrEnded";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * CobrowseId
                 * @description Id of a co-browsing session, assigned by StartCobr.
                 * @example cb_9Lm3Wq1z
                 */
                cobrowseId: string;
                /**
                 * EndedBy
                 * @description Which side ended it.
                 */
                by: string & ("c" | "a" | "server");
            };
        };
        /** OnStartSuccessEvent */
        OnStartSuccess: {
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnStartSuccess";
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            /** @description No parameters. */
            data: Record<string, never>;
        };
        /** OnStartFailedEvent */
        OnStartFailed: {
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnStartFailed";
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid?: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId?: string;
            data: {
                /**
                 * ErrorCode
                 * @description One of the document's codes for OnStartFailed.
                 */
                errorCode: string & ("StartError" | "ServerInternalConnectivityError" | "AlreadyStartedAndInSession" | "CookiesDisabled" | "UnOpenedSessionPerformedStart" | "CaptchaDoesNotMatch" | "CaptchaNotFound" | "CaptchaIsEmpty" | "MaxConcurrentSessionCountReached" | "AlreadyEndedSession" | "NoSessionFound" | "UnOpenedSessionNotAllowed" | "InvalidRequest" | "AccessTokenInvalid" | "CustomerDetailsRejected" | "InvalidSessionState" | "RateLimited" | "PayloadTooLarge" | "TranscriptFull" | "UnsupportedFileType" | "FileNotFound" | "NotFound" | "UnexpectedError");
                /**
                 * FailureCode
                 * @description The precise code of a failure the client library reports beyond the document's code for it - the ErrorCode the server answered, or the client's own NetworkError (no answer came) or Timeout (none came in time).
                 * @example InvalidRequest
                 */
                code: (string & ("StartError" | "ServerInternalConnectivityError" | "AlreadyStartedAndInSession" | "CookiesDisabled" | "UnOpenedSessionPerformedStart" | "CaptchaDoesNotMatch" | "CaptchaNotFound" | "CaptchaIsEmpty" | "MaxConcurrentSessionCountReached" | "AlreadyEndedSession" | "NoSessionFound" | "UnOpenedSessionNotAllowed" | "InvalidRequest" | "AccessTokenInvalid" | "CustomerDetailsRejected" | "InvalidSessionState" | "RateLimited" | "PayloadTooLarge" | "TranscriptFull" | "UnsupportedFileType" | "FileNotFound" | "NotFound" | "UnexpectedError")) | "NetworkError" | "Timeout";
                /** @description From the problem (beyond the document). */
                retryable?: boolean;
                /** @description From the problem (beyond the document). */
                retryAfterMs?: number;
            };
        };
        /** OnOpenSuccessEvent */
        OnOpenSuccess: {
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnOpenSuccess";
            data: {
                sessions: {
                    /**
                     * Sid
                     * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
                     * @example c_7Hq2LxVbN4
                     */
                    sid: string;
                    /**
                     * ClientId
                     * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
                     * @example support-1
                     */
                    clientId: string;
                    /** @description Where the chat stands. */
                    state: string & ("queued" | "connected");
                    /** @description The CSOs handling the chat now; absent before a CSO connects (OnRemoteUserConnected). */
                    agents?: {
                        /**
                         * AgentName
                         * @description Name of the CSO login.
                         * @example Alice
                         */
                        name: string;
                        /**
                         * AgentId
                         * @description Id of the CSO login.
                         * @example agent-7
                         */
                        id: string;
                        /** @description The agent's position in `trans` when it joined; an agent with index 2 has not seen the first two entries. */
                        index: number;
                    }[];
                    /** @description The messages and joins exchanged so far, oldest first. */
                    trans: ({
                        /**
                         * @description A message record.
                         * @constant
                         */
                        type: "msg";
                        /** @description Who wrote it. */
                        by: string & ("c" | "a");
                        /** @description The message text, URL-encoded (encodeURIComponent) as the document specifies for transcripts; a 4,096-code-point message encodes to at most 49,152 characters. */
                        msg: string;
                        /**
                         * ServerTime
                         * Format: date-time
                         * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
                         * @example 2026-11-25T10:15:30.120Z
                         */
                        time: string;
                        /**
                         * MessageId
                         * @description Server-assigned id of an accepted message.
                         * @example msg_000042
                         */
                        id?: string;
                        /**
                         * ClientMessageId
                         * @description Id the page gives each message it sends; the server accepts a message once per id and echoes the id in OnEcho, so a retried send shows exactly once.
                         * @example m_01HZX3A7QK
                         */
                        clientMessageId?: string;
                        /**
                         * AgentId
                         * @description Id of the CSO login.
                         * @example agent-7
                         */
                        agentId?: string;
                    } | {
                        /**
                         * @description A CSO joined.
                         * @constant
                         */
                        type: "connect";
                        /**
                         * AgentId
                         * @description Id of the CSO login.
                         * @example agent-7
                         */
                        id: string;
                        /**
                         * AgentName
                         * @description Name of the CSO login.
                         * @example Alice
                         */
                        name: string;
                        /**
                         * ServerTime
                         * Format: date-time
                         * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
                         * @example 2026-11-25T10:15:30.120Z
                         */
                        time: string;
                    } | {
                        /**
                         * @description A CSO left.
                         * @constant
                         */
                        type: "disconnect";
                        /**
                         * AgentId
                         * @description Id of the CSO login.
                         * @example agent-7
                         */
                        id: string;
                        /**
                         * AgentName
                         * @description Name of the CSO login.
                         * @example Alice
                         */
                        name: string;
                        /**
                         * ServerTime
                         * Format: date-time
                         * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
                         * @example 2026-11-25T10:15:30.120Z
                         */
                        time: string;
                    })[];
                    /** @description Position in the queue while `state` is queued (beyond the document). */
                    queuePosition?: number;
                    /** @description The files uploaded into the chat so far, oldest first (beyond the document), so that a page that joins by Open can still offer them. */
                    files?: {
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
                    }[];
                }[];
            };
        };
        /** OnOpenFailedEvent */
        OnOpenFailed: {
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnOpenFailed";
            data: {
                /**
                 * ErrorCode
                 * @description One of the document's codes for OnOpenFailed.
                 */
                errorCode: string & ("StartError" | "ServerInternalConnectivityError" | "AlreadyStartedAndInSession" | "CookiesDisabled" | "UnOpenedSessionPerformedStart" | "CaptchaDoesNotMatch" | "CaptchaNotFound" | "CaptchaIsEmpty" | "MaxConcurrentSessionCountReached" | "AlreadyEndedSession" | "NoSessionFound" | "UnOpenedSessionNotAllowed" | "InvalidRequest" | "AccessTokenInvalid" | "CustomerDetailsRejected" | "InvalidSessionState" | "RateLimited" | "PayloadTooLarge" | "TranscriptFull" | "UnsupportedFileType" | "FileNotFound" | "NotFound" | "UnexpectedError");
                /**
                 * FailureCode
                 * @description The precise code of a failure the client library reports beyond the document's code for it - the ErrorCode the server answered, or the client's own NetworkError (no answer came) or Timeout (none came in time).
                 * @example InvalidRequest
                 */
                code: (string & ("StartError" | "ServerInternalConnectivityError" | "AlreadyStartedAndInSession" | "CookiesDisabled" | "UnOpenedSessionPerformedStart" | "CaptchaDoesNotMatch" | "CaptchaNotFound" | "CaptchaIsEmpty" | "MaxConcurrentSessionCountReached" | "AlreadyEndedSession" | "NoSessionFound" | "UnOpenedSessionNotAllowed" | "InvalidRequest" | "AccessTokenInvalid" | "CustomerDetailsRejected" | "InvalidSessionState" | "RateLimited" | "PayloadTooLarge" | "TranscriptFull" | "UnsupportedFileType" | "FileNotFound" | "NotFound" | "UnexpectedError")) | "NetworkError" | "Timeout";
            };
        };
        /** OnServerStateChangedEvent */
        OnServerStateChanged: {
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnServerStateChanged";
            data: {
                /**
                 * ServerState
                 * @description Parameter of OnServerStateChanged, raised by the client library from the event stream's liveness.
                 */
                state: string & ("offline" | "online");
            };
        };
        /** OnSystemNotificationEvent */
        OnCallbackAutoRegistered: {
            /**
             * Seq
             * @description Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).
             * @example 42
             */
            seq: number;
            /**
             * @description The wire name; the synonym OnCallbackAutoRegistered is raised from it.
             * @constant
             */
            event: "OnSystemNotification";
            /**
             * ServerTime
             * Format: date-time
             * @description Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.
             * @example 2026-11-25T10:15:30.120Z
             */
            time: string;
            /**
             * Sid
             * @description Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).
             * @example c_7Hq2LxVbN4
             */
            sid: string;
            /**
             * ClientId
             * @description Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.
             * @example support-1
             */
            clientId: string;
            data: {
                /**
                 * ReasonCode
                 * @description Why the server recorded a callback and ended the chat (OnSystemNotification and its synonym OnCallbackAutoRegistered).
                 */
                reasonCode: string & ("ErrorInGetAgentDetails" | "ErrorAgentDetails" | "NoStaffedAgents" | "QueueIsTooBig" | "TimedOutInQueue" | "InternalServerError");
                /** @description False when enable_autocb was off and no callback was recorded (beyond the document). */
                callbackRecorded?: boolean;
            };
        };
        /** OnResetCaptchaEvent */
        OnResetCaptcha: {
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnResetCaptcha";
            /** @description No parameters. */
            data: Record<string, never>;
        };
        /** OnCampaignContactCreatedEvent */
        OnCampaignContactCreated: {
            /**
             * @description The event's name.
             * @constant
             */
            event: "OnCampaignContactCreated";
            data: {
                /**
                 * CampaignContactResult
                 * @description OnCampaignContactCreated's response - resultCode and resultMessage, as the document says.
                 * @example {
                 *       "resultCode": "Success",
                 *       "resultMessage": "Contact created",
                 *       "contactId": "cc_000123"
                 *     }
                 */
                response: {
                    /** @description `Success`, or the ErrorCode of the problem that refused it. */
                    resultCode: string;
                    /** @description Human-readable result. */
                    resultMessage: string;
                    /** @description Id of the created contact (beyond the document). */
                    contactId?: string;
                };
            };
        };
        /**
         * AvConfig
         * @description The `config` of SetAvConfigs (client only): ICE servers, what to capture, and the
         *     display callbacks. `x-livechat-callback` gives a callback's TypeScript signature,
         *     which JSON Schema cannot express; generators type callbacks from it.
         * @example {
         *       "MediaTransport": {
         *         "iceServers": [
         *           {
         *             "urls": "turn:turn.example.com:3478",
         *             "username": "webchat",
         *             "credential": "s3cret"
         *           }
         *         ]
         *       },
         *       "MediaCapture": {
         *         "audio": {
         *           "enabled": true
         *         },
         *         "video": {
         *           "enabled": true,
         *           "width": 640,
         *           "height": 480
         *         }
         *       }
         *     }
         */
        SetAvConfigs_config: {
            /** @description How media travels. */
            MediaTransport?: {
                /** @description ICE servers handed to RTCPeerConnection. */
                iceServers?: {
                    /** @description The AVProxy URL(s), `<IceUrl>`. */
                    urls: string | string[];
                    /** @description A valid user name of the AVProxy (`<IceName>`). */
                    username?: string;
                    /** @description The user's id on the AVProxy (`<IceId>`). */
                    credential?: string;
                }[];
                /** @description RTCPeerConnection's iceTransportPolicy. */
                iceTransportPolicy?: string & ("all" | "relay");
            };
            /** @description What the customer's devices capture. */
            MediaCapture?: {
                /** @description Microphone capture. */
                audio?: {
                    /** @description Capture audio (`<AudioEnabled>`). */
                    enabled?: boolean;
                    /** @description getUserMedia autoGainControl. */
                    autoGainControl?: boolean;
                    /** @description getUserMedia noiseSuppression. */
                    noiseSuppression?: boolean;
                    /** @description getUserMedia echoCancellation. */
                    echoCancellation?: boolean;
                };
                /** @description Camera (or canvas) capture; with audio and video enabled the call is a video call with voice. */
                video?: {
                    /** @description Capture video (`<VideoEnabled>`). */
                    enabled?: boolean;
                    /** @description Width of the sent video (`<VideoWidth>`). */
                    width?: number;
                    /** @description Height of the sent video (`<VideoHeight>`). */
                    height?: number;
                    /** @description Frames per second of the sent video. */
                    frameRate?: number;
                };
            };
            /** @description Signaling behaviour. */
            Signaling?: {
                /** @description Restart ICE when the connection fails. */
                iceRestart?: boolean;
            };
            /** @description Bandwidth caps. */
            Network?: {
                /** @description Caps in kbit/s. */
                Bandwidth?: {
                    /** @description Cap of one audio track. */
                    SingleAudioTrackLimit?: number;
                    /** @description Cap of one video track. */
                    SingleVideoTrackLimit?: number;
                    /** @description Cap of the whole call. */
                    CumulativeSessionLimit?: number;
                };
            };
            /** @description Callbacks the client library calls. */
            Display?: {
                /** @description Called when the call is connected, with arrays of MediaStream to set as a media element's srcObject. */
                OnConnected?: (remoteStreams: MediaStream[], localStreams: MediaStream[]) => void;
                /** @description Called when the call is disconnected. */
                OnDisconnected?: () => void;
                /** @description Co-browsing only - called before co-browsing starts; the page returns the capture stream of what it shares (for example canvas.captureStream()). */
                OnAcquireCustomCanvasStream?: (stream: MediaStream | undefined) => MediaStream | void;
            };
        };
        /**
         * CobrConfig
         * @description The `config` of SetCobrConfigs (client only). The same shape as AvConfig; the
         *     reference document prints it wrapped in an outer `MediaTransport` object, and that
         *     printed form is accepted too, so code copied from the document works.
         * @example {
         *       "MediaTransport": {
         *         "iceServers": [
         *           {
         *             "urls": "turn:turn.example.com:3478",
         *             "username": "webchat",
         *             "credential": "s3cret"
         *           }
         *         ],
         *         "iceTransportPolicy": "all"
         *       },
         *       "MediaCapture": {
         *         "audio": {
         *           "enabled": false
         *         },
         *         "video": {
         *           "enabled": true,
         *           "width": 1920,
         *           "height": 1080,
         *           "frameRate": 6
         *         }
         *       },
         *       "Signaling": {
         *         "iceRestart": true
         *       }
         *     }
         */
        SetCobrConfigs_config: {
            /** @description How media travels. */
            MediaTransport?: {
                /** @description ICE servers handed to RTCPeerConnection. */
                iceServers?: {
                    /** @description The AVProxy URL(s), `<IceUrl>`. */
                    urls: string | string[];
                    /** @description A valid user name of the AVProxy (`<IceName>`). */
                    username?: string;
                    /** @description The user's id on the AVProxy (`<IceId>`). */
                    credential?: string;
                }[];
                /** @description RTCPeerConnection's iceTransportPolicy. */
                iceTransportPolicy?: string & ("all" | "relay");
            };
            /** @description What the customer's devices capture. */
            MediaCapture?: {
                /** @description Microphone capture. */
                audio?: {
                    /** @description Capture audio (`<AudioEnabled>`). */
                    enabled?: boolean;
                    /** @description getUserMedia autoGainControl. */
                    autoGainControl?: boolean;
                    /** @description getUserMedia noiseSuppression. */
                    noiseSuppression?: boolean;
                    /** @description getUserMedia echoCancellation. */
                    echoCancellation?: boolean;
                };
                /** @description Camera (or canvas) capture; with audio and video enabled the call is a video call with voice. */
                video?: {
                    /** @description Capture video (`<VideoEnabled>`). */
                    enabled?: boolean;
                    /** @description Width of the sent video (`<VideoWidth>`). */
                    width?: number;
                    /** @description Height of the sent video (`<VideoHeight>`). */
                    height?: number;
                    /** @description Frames per second of the sent video. */
                    frameRate?: number;
                };
            };
            /** @description Signaling behaviour. */
            Signaling?: {
                /** @description Restart ICE when the connection fails. */
                iceRestart?: boolean;
            };
            /** @description Bandwidth caps. */
            Network?: {
                /** @description Caps in kbit/s. */
                Bandwidth?: {
                    /** @description Cap of one audio track. */
                    SingleAudioTrackLimit?: number;
                    /** @description Cap of one video track. */
                    SingleVideoTrackLimit?: number;
                    /** @description Cap of the whole call. */
                    CumulativeSessionLimit?: number;
                };
            };
            /** @description Callbacks the client library calls. */
            Display?: {
                /** @description Called when the call is connected, with arrays of MediaStream to set as a media element's srcObject. */
                OnConnected?: (remoteStreams: MediaStream[], localStreams: MediaStream[]) => void;
                /** @description Called when the call is disconnected. */
                OnDisconnected?: () => void;
                /** @description Co-browsing only - called before co-browsing starts; the page returns the capture stream of what it shares (for example canvas.captureStream()). */
                OnAcquireCustomCanvasStream?: (stream: MediaStream | undefined) => MediaStream | void;
            };
        } | {
            /**
             * AvConfig
             * @description The `config` of SetAvConfigs (client only): ICE servers, what to capture, and the
             *     display callbacks. `x-livechat-callback` gives a callback's TypeScript signature,
             *     which JSON Schema cannot express; generators type callbacks from it.
             * @example {
             *       "MediaTransport": {
             *         "iceServers": [
             *           {
             *             "urls": "turn:turn.example.com:3478",
             *             "username": "webchat",
             *             "credential": "s3cret"
             *           }
             *         ]
             *       },
             *       "MediaCapture": {
             *         "audio": {
             *           "enabled": true
             *         },
             *         "video": {
             *           "enabled": true,
             *           "width": 640,
             *           "height": 480
             *         }
             *       }
             *     }
             */
            MediaTransport: {
                /** @description How media travels. */
                MediaTransport?: {
                    /** @description ICE servers handed to RTCPeerConnection. */
                    iceServers?: {
                        /** @description The AVProxy URL(s), `<IceUrl>`. */
                        urls: string | string[];
                        /** @description A valid user name of the AVProxy (`<IceName>`). */
                        username?: string;
                        /** @description The user's id on the AVProxy (`<IceId>`). */
                        credential?: string;
                    }[];
                    /** @description RTCPeerConnection's iceTransportPolicy. */
                    iceTransportPolicy?: string & ("all" | "relay");
                };
                /** @description What the customer's devices capture. */
                MediaCapture?: {
                    /** @description Microphone capture. */
                    audio?: {
                        /** @description Capture audio (`<AudioEnabled>`). */
                        enabled?: boolean;
                        /** @description getUserMedia autoGainControl. */
                        autoGainControl?: boolean;
                        /** @description getUserMedia noiseSuppression. */
                        noiseSuppression?: boolean;
                        /** @description getUserMedia echoCancellation. */
                        echoCancellation?: boolean;
                    };
                    /** @description Camera (or canvas) capture; with audio and video enabled the call is a video call with voice. */
                    video?: {
                        /** @description Capture video (`<VideoEnabled>`). */
                        enabled?: boolean;
                        /** @description Width of the sent video (`<VideoWidth>`). */
                        width?: number;
                        /** @description Height of the sent video (`<VideoHeight>`). */
                        height?: number;
                        /** @description Frames per second of the sent video. */
                        frameRate?: number;
                    };
                };
                /** @description Signaling behaviour. */
                Signaling?: {
                    /** @description Restart ICE when the connection fails. */
                    iceRestart?: boolean;
                };
                /** @description Bandwidth caps. */
                Network?: {
                    /** @description Caps in kbit/s. */
                    Bandwidth?: {
                        /** @description Cap of one audio track. */
                        SingleAudioTrackLimit?: number;
                        /** @description Cap of one video track. */
                        SingleVideoTrackLimit?: number;
                        /** @description Cap of the whole call. */
                        CumulativeSessionLimit?: number;
                    };
                };
                /** @description Callbacks the client library calls. */
                Display?: {
                    /** @description Called when the call is connected, with arrays of MediaStream to set as a media element's srcObject. */
                    OnConnected?: (remoteStreams: MediaStream[], localStreams: MediaStream[]) => void;
                    /** @description Called when the call is disconnected. */
                    OnDisconnected?: () => void;
                    /** @description Co-browsing only - called before co-browsing starts; the page returns the capture stream of what it shares (for example canvas.captureStream()). */
                    OnAcquireCustomCanvasStream?: (stream: MediaStream | undefined) => MediaStream | void;
                };
            };
        };
        SetCobrConfigs_domControlList: {
            /** @description Ids of text boxes. */
            textboxId?: string[];
            /** @description Ids of radio buttons. */
            radioButtonId?: string[];
            /** @description Ids of checkboxes. */
            checkboxId?: string[];
            /** @description Ids of dropdowns (select). */
            dropdownId?: string[];
        } | string | null;
        SetCobrConfigs_isMousePointerCapture: boolean;
        SetCobrConfigs_isAnnotationEnabled: boolean;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
