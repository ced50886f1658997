// generated from spec/agent/asyncapi.yaml by `npm run generate` (generators/generate.ts), do not edit
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** ChatQueuedEvent */
        ChatQueued: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "ChatQueued";
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
            /** @description The queued chat. */
            data: {
                /**
                 * CustomerName
                 * @description The customer's display name (CustomerDetails.eCustName, decrypted when the details were encrypted); empty when the customer gave none.
                 * @example Tan Mei Ling
                 */
                customerName: string;
                /**
                 * ChatTopic
                 * @description The topic the customer chose (CustomerDetails.pTopic); empty when none was given.
                 * @example credit-card
                 */
                topic: string;
                /**
                 * QueuePosition
                 * @description Position of a chat in the queue; 1 for the chat next to be answered.
                 * @example 1
                 */
                position: number;
            };
        };
        /** ChatOfferedEvent */
        ChatOffered: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "ChatOffered";
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
            /** @description The offer. */
            data: {
                /** @description What the other CSO asks. */
                kind: string & ("transfer" | "conference");
                /**
                 * AgentId
                 * @description Id of the CSO login.
                 * @example agent-7
                 */
                fromAgentId: string;
                /**
                 * AgentName
                 * @description Name of the CSO login.
                 * @example Alice
                 */
                fromAgentName: string;
                /**
                 * CustomerName
                 * @description The customer's display name (CustomerDetails.eCustName, decrypted when the details were encrypted); empty when the customer gave none.
                 * @example Tan Mei Ling
                 */
                customerName: string;
                /**
                 * ChatTopic
                 * @description The topic the customer chose (CustomerDetails.pTopic); empty when none was given.
                 * @example credit-card
                 */
                topic: string;
            };
        };
        /** ChatAssignedEvent */
        ChatAssigned: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "ChatAssigned";
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
            /** @description Who took the chat, and how. */
            data: {
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
                /** @description How the CSO came (the customer's OnRemoteUserConnected carries the same). */
                via: string & ("accept" | "transfer" | "conference");
                /**
                 * CustomerName
                 * @description The customer's display name (CustomerDetails.eCustName, decrypted when the details were encrypted); empty when the customer gave none.
                 * @example Tan Mei Ling
                 */
                customerName: string;
                /**
                 * ChatTopic
                 * @description The topic the customer chose (CustomerDetails.pTopic); empty when none was given.
                 * @example credit-card
                 */
                topic: string;
            };
        };
        /** ChatEndedEvent */
        ChatEnded: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "ChatEnded";
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
            /** @description Who ended the chat, and why. */
            data: {
                /**
                 * ChatEndInitiator
                 * @description Who ended a chat, as the agent side sees it.
                 * @example customer
                 */
                initiator: string & ("customer" | "agent" | "server");
                /** @description The reason the customer (End) or the CSO (AgentEndChat) gave, or the server's (for example close-timer, lifetime); absent when none was given. */
                reason?: string;
                /**
                 * AgentId
                 * @description Id of the CSO login.
                 * @example agent-7
                 */
                agentId?: string;
            };
        };
        /** CallbackRequestedEvent */
        CallbackRequested: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CallbackRequested";
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
            /** @description The request. */
            data: {
                /** @description The phone number the customer asked to be called back on. */
                contact: string;
            };
        };
        /** ConferenceAgentLeftEvent */
        ConferenceAgentLeft: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "ConferenceAgentLeft";
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
            /** @description Who left. */
            data: {
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
                /** @description The leaving CSO's message. */
                msg: string;
            };
        };
        /** CustomerPageStateEvent */
        CustomerPageState: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CustomerPageState";
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
            /** @description The customer's pages. */
            data: {
                /** @description Number of the customer's pages taking part in the chat now. */
                pagesOpen: number;
                /** @description True while the session-end timer runs (no page takes part). */
                closeTimerRunning: boolean;
                /**
                 * Format: date-time
                 * @description When the running session-end timer fires (server time, RFC 3339, UTC); absent when it does not run.
                 */
                closeTimerEndsAt?: string;
            };
        };
        /** CustomerMessageEvent */
        CustomerMessage: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CustomerMessage";
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
            /** @description The message. */
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
        /** CustomerAppMessageEvent */
        CustomerAppMessage: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CustomerAppMessage";
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
            /** @description The application message. */
            data: {
                /** @description The application-defined type SendAppMessage was given. */
                type: string;
                /** @description The JSON value SendAppMessage was given, unchanged. */
                obj: unknown;
            };
        };
        /** CustomerTypingEvent */
        CustomerTyping: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CustomerTyping";
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
            /** @description The typing state. */
            data: {
                /**
                 * TypingState
                 * @description Typing state of NotifyTypingStateChange and OnTypingStateChanged.
                 */
                state: number & (0 | 1);
            };
        };
        /** FileUploadedEvent */
        FileUploaded: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "FileUploaded";
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
            /** @description The stored file. */
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
                file: {
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
        /** AvCallRequestedEvent */
        AvCallRequested: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "AvCallRequested";
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
            /** @description The call. */
            data: {
                /**
                 * CallId
                 * @description Id of an audio/video call, assigned by StartAvCall.
                 * @example av_5tR2pQ9x
                 */
                callId: string;
                /** @description The customer sends audio. */
                audio: boolean;
                /** @description The customer sends video. */
                video: boolean;
            };
        };
        /** AvSignalEvent */
        AvSignal: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
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
            /** @description The signal. */
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
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
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
            /** @description The customer's new media state. */
            data: {
                /**
                 * CallId
                 * @description Id of an audio/video call, assigned by StartAvCall.
                 * @example av_5tR2pQ9x
                 */
                callId: string;
                /** @description True when the customer's microphone is muted. */
                audio: boolean;
                /** @description True when the customer's camera is paused. */
                video: boolean;
            };
        };
        /** AvCallEndedEvent */
        AvCallEnded: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
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
            /** @description Which call, and who ended it. */
            data: {
                /**
                 * CallId
                 * @description Id of an audio/video call, assigned by StartAvCall.
                 * @example av_5tR2pQ9x
                 */
                callId: string;
                /**
                 * EndedBy
                 * @description Which side ended an audio/video call or a co-browse session.
                 * @example customer
                 */
                by: string & ("customer" | "agent" | "server");
            };
        };
        /** CobrowseStartedEvent */
        CobrowseStarted: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrowseStarted";
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
            /** @description The co-browse session and its configuration. */
            data: {
                /**
                 * CobrowseId
                 * @description Id of a co-browsing session, assigned by StartCobr.
                 * @example cb_9Lm3Wq1z
                 */
                cobrowseId: string;
                /**
                 * DomControlList
                 * @description The `domControlList` of SetCobrConfigs - ids of the page's controls kept in sync during co-browsing; an empty array leaves that kind unmonitored.
                 * @example {
                 *       "textboxId": [
                 *         "textbox1",
                 *         "textbox2"
                 *       ],
                 *       "radioButtonId": [
                 *         "radiobutton1"
                 *       ],
                 *       "checkboxId": [
                 *         "checkbox1"
                 *       ],
                 *       "dropdownId": [
                 *         "dropdown1"
                 *       ]
                 *     }
                 */
                domControlList: {
                    /** @description Ids of text boxes. */
                    textboxId?: string[];
                    /** @description Ids of radio buttons. */
                    radioButtonId?: string[];
                    /** @description Ids of checkboxes. */
                    checkboxId?: string[];
                    /** @description Ids of dropdowns (select). */
                    dropdownId?: string[];
                };
                /** @description The customer's pointer is sent (CobrowsePointer). */
                isMousePointerCapture: boolean;
                /** @description Annotations are allowed (CobrowseAnnotation, cobrowse/annotations). */
                isAnnotationEnabled: boolean;
            };
        };
        /** CobrowseSignalEvent */
        CobrowseSignal: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrowseSignal";
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
            /** @description The signal. */
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
        /** CobrowseControlValueChangedEvent */
        CobrowseControlValueChanged: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrowseControlValueChanged";
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
            /** @description The control's new value. */
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
        /** CobrowsePointerEvent */
        CobrowsePointer: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrowsePointer";
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
            /** @description The pointer position. */
            data: {
                /**
                 * CobrowseId
                 * @description Id of a co-browsing session, assigned by StartCobr.
                 * @example cb_9Lm3Wq1z
                 */
                cobrowseId: string;
                /**
                 * CobrPointer
                 * @description The customer's mouse pointer, as fractions of the shared viewport (isMousePointerCapture).
                 * @example {
                 *       "x": 0.42,
                 *       "y": 0.17,
                 *       "visible": true
                 *     }
                 */
                pointer: {
                    /** @description Horizontal position, 0 left to 1 right. */
                    x: number;
                    /** @description Vertical position, 0 top to 1 bottom. */
                    y: number;
                    /** @description False when the pointer left the page. */
                    visible?: boolean;
                };
            };
        };
        /** CobrowseAnnotationEvent */
        CobrowseAnnotation: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrowseAnnotation";
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
            /** @description The annotation. */
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
        /** CobrowseEndedEvent */
        CobrowseEnded: {
            /**
             * AgentSeq
             * @description Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.
             * @example 42
             */
            seq: number;
            /**
             * @description The event's name.
             * @constant
             */
            event: "CobrowseEnded";
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
            /** @description Which session, and who ended it. */
            data: {
                /**
                 * CobrowseId
                 * @description Id of a co-browsing session, assigned by StartCobr.
                 * @example cb_9Lm3Wq1z
                 */
                cobrowseId: string;
                /**
                 * EndedBy
                 * @description Which side ended an audio/video call or a co-browse session.
                 * @example customer
                 */
                by: string & ("customer" | "agent" | "server");
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
             * AgentStreamPosition
             * @description A position in the agent's event stream - the seq of the last event before it, 0 before the first. Read the stream from here (`after` or Last-Event-ID).
             * @example 12
             */
            latestSeq: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
