// generated from spec/ (every file) by `npm run generate` (generators/generate.ts), do not edit
import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

/** The spec's files, as they are, each under its own $id. */
const files: Record<string, unknown> = {
  "https://livechat-kit.invalid/spec/agent/asyncapi.yaml": {
    "asyncapi": "3.0.0",
    "id": "urn:livechat-kit:agent",
    "info": {
      "title": "livechat-kit - agent test interface events",
      "version": "2.19.09.13+kit.1",
      "description": "**Test-and-demo interface, not part of the Tetherfi Communication Web API Reference\nDocument.** The events the CSO's agent desktop (the document's TMAC, which the document\nleaves undescribed) receives, as livechat-kit defines them: the interface the reference\nserver, the demo agent console and the conformance suite's built-in agent driver use. A\ndeployment with another agent desktop does not implement it: it plugs its own driver into\nthe conformance suite instead. The agent side's HTTP calls are in `openapi.yaml` beside\nthis document.\n\n**Point of view: the agent desktop.** Every operation is `receive`. Every event travels on\none Server-Sent Events stream per agent session, `GET /tetherfi/agent/events` (channel\n`agentEvents`), framed like the customer stream: `id` is the event's per-agent `seq`,\n`event` the message name, `data` the JSON payload - `{seq, event, time, sid, clientId,\ndata}` for the events of a chat, `{event, time, latestSeq}` for the Heartbeat that follows\nany silence of 3 s. A desktop reconnects with `Last-Event-ID` to resume with nothing lost\nor repeated.\n\nEach message says who raises it (`x-livechat-raised-by`, always the server) and, in\n`x-livechat-signature`, the parameters the demo console's and the built-in driver's\nhandlers receive: the chat's sid, then the fields of `data`.\n",
      "contact": {
        "name": "livechat-kit maintainers",
        "url": "https://github.com/livechat-kit/livechat-kit",
        "email": "maintainers@livechat-kit.example"
      },
      "license": {
        "name": "Apache-2.0"
      },
      "tags": [
        {
          "name": "agent-av",
          "description": "The agent's side of audio/video calls."
        },
        {
          "name": "agent-chats",
          "description": "Routing and the conversation, as the agent desktop sees them."
        },
        {
          "name": "agent-cobrowse",
          "description": "The agent's side of co-browsing."
        },
        {
          "name": "agent-events",
          "description": "The agent event stream itself."
        }
      ]
    },
    "x-livechat-test-interface": true,
    "defaultContentType": "application/json",
    "servers": {
      "reference": {
        "host": "127.0.0.1:8080",
        "protocol": "http",
        "title": "Reference server",
        "description": "The reference server on its defaults (`npm start`). The stream needs the agent-session cookie AgentLogin sets.",
        "security": [
          {
            "$ref": "#/components/securitySchemes/agentSession"
          }
        ]
      }
    },
    "channels": {
      "agentEvents": {
        "address": "/tetherfi/agent/events",
        "title": "Agent event stream",
        "summary": "Every event of one agent session, for all of its chats.",
        "description": "`GET /tetherfi/agent/events` (openapi.yaml, operation openAgentEventStream), Server-Sent\nEvents: one frame per message, `id` = the per-agent seq (absent on Heartbeat), `event` =\nthe message name, `data` = the payload as JSON. Every connection of the agent session\nreceives every event. Resume with `Last-Event-ID`, or `?after=` with the `seq` AgentLogin\nanswered.\n",
        "servers": [
          {
            "$ref": "#/servers/reference"
          }
        ],
        "messages": {
          "ChatQueued": {
            "$ref": "#/components/messages/ChatQueued"
          },
          "ChatOffered": {
            "$ref": "#/components/messages/ChatOffered"
          },
          "ChatAssigned": {
            "$ref": "#/components/messages/ChatAssigned"
          },
          "ChatEnded": {
            "$ref": "#/components/messages/ChatEnded"
          },
          "CallbackRequested": {
            "$ref": "#/components/messages/CallbackRequested"
          },
          "ConferenceAgentLeft": {
            "$ref": "#/components/messages/ConferenceAgentLeft"
          },
          "CustomerPageState": {
            "$ref": "#/components/messages/CustomerPageState"
          },
          "CustomerMessage": {
            "$ref": "#/components/messages/CustomerMessage"
          },
          "CustomerAppMessage": {
            "$ref": "#/components/messages/CustomerAppMessage"
          },
          "CustomerTyping": {
            "$ref": "#/components/messages/CustomerTyping"
          },
          "FileUploaded": {
            "$ref": "#/components/messages/FileUploaded"
          },
          "AvCallRequested": {
            "$ref": "#/components/messages/AvCallRequested"
          },
          "AvSignal": {
            "$ref": "#/components/messages/AvSignal"
          },
          "AvMediaStateChanged": {
            "$ref": "#/components/messages/AvMediaStateChanged"
          },
          "AvCallEnded": {
            "$ref": "#/components/messages/AvCallEnded"
          },
          "CobrowseStarted": {
            "$ref": "#/components/messages/CobrowseStarted"
          },
          "CobrowseSignal": {
            "$ref": "#/components/messages/CobrowseSignal"
          },
          "CobrowseControlValueChanged": {
            "$ref": "#/components/messages/CobrowseControlValueChanged"
          },
          "CobrowsePointer": {
            "$ref": "#/components/messages/CobrowsePointer"
          },
          "CobrowseAnnotation": {
            "$ref": "#/components/messages/CobrowseAnnotation"
          },
          "CobrowseEnded": {
            "$ref": "#/components/messages/CobrowseEnded"
          },
          "Heartbeat": {
            "$ref": "#/components/messages/Heartbeat"
          }
        }
      }
    },
    "operations": {
      "receiveChatQueued": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive ChatQueued",
        "summary": "A customer's chat entered the queue.",
        "description": "The agent desktop receives ChatQueued on its event stream - a chat is waiting for a CSO.",
        "tags": [
          {
            "name": "agent-chats"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/ChatQueued"
          }
        ]
      },
      "receiveChatOffered": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive ChatOffered",
        "summary": "A transfer or a conference invitation for this agent.",
        "description": "The agent desktop receives ChatOffered on its event stream - another CSO offers a chat.",
        "tags": [
          {
            "name": "agent-chats"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/ChatOffered"
          }
        ]
      },
      "receiveChatAssigned": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive ChatAssigned",
        "summary": "A CSO accepted a queued or offered chat.",
        "description": "The agent desktop receives ChatAssigned on its event stream - a chat was assigned to a CSO.",
        "tags": [
          {
            "name": "agent-chats"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/ChatAssigned"
          }
        ]
      },
      "receiveChatEnded": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive ChatEnded",
        "summary": "The chat ended, by the customer, a CSO or the server.",
        "description": "The agent desktop receives ChatEnded on its event stream - a chat ended.",
        "tags": [
          {
            "name": "agent-chats"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/ChatEnded"
          }
        ]
      },
      "receiveCallbackRequested": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive CallbackRequested",
        "summary": "The customer's RequestCallback.",
        "description": "The agent desktop receives CallbackRequested on its event stream - the customer asked to be called back.",
        "tags": [
          {
            "name": "agent-chats"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/CallbackRequested"
          }
        ]
      },
      "receiveConferenceAgentLeft": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive ConferenceAgentLeft",
        "summary": "Another CSO left a chat this agent stays in.",
        "description": "The agent desktop receives ConferenceAgentLeft on its event stream - a CSO left the conference.",
        "tags": [
          {
            "name": "agent-chats"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/ConferenceAgentLeft"
          }
        ]
      },
      "receiveCustomerPageState": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive CustomerPageState",
        "summary": "How many of the customer's pages take part in the chat, and whether the session-end timer runs.",
        "description": "The agent desktop receives CustomerPageState on its event stream - the customer's pages changed.",
        "tags": [
          {
            "name": "agent-chats"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/CustomerPageState"
          }
        ]
      },
      "receiveCustomerMessage": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive CustomerMessage",
        "summary": "The customer's SendMessage.",
        "description": "The agent desktop receives CustomerMessage on its event stream - message from the customer.",
        "tags": [
          {
            "name": "agent-chats"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/CustomerMessage"
          }
        ]
      },
      "receiveCustomerAppMessage": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive CustomerAppMessage",
        "summary": "The customer's SendAppMessage.",
        "description": "The agent desktop receives CustomerAppMessage on its event stream - application message from the customer's page.",
        "tags": [
          {
            "name": "agent-chats"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/CustomerAppMessage"
          }
        ]
      },
      "receiveCustomerTyping": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive CustomerTyping",
        "summary": "The customer's NotifyTypingStateChange.",
        "description": "The agent desktop receives CustomerTyping on its event stream - customer typing.",
        "tags": [
          {
            "name": "agent-chats"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/CustomerTyping"
          }
        ]
      },
      "receiveFileUploaded": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive FileUploaded",
        "summary": "A file the customer's uploadFiles stored in the chat.",
        "description": "The agent desktop receives FileUploaded on its event stream - the customer uploaded a file.",
        "tags": [
          {
            "name": "agent-chats"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/FileUploaded"
          }
        ]
      },
      "receiveAvCallRequested": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive AvCallRequested",
        "summary": "The customer's StartAvCall rings on the agent desktop.",
        "description": "The agent desktop receives AvCallRequested on its event stream - the customer calls.",
        "tags": [
          {
            "name": "agent-av"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/AvCallRequested"
          }
        ]
      },
      "receiveAvSignal": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive AvSignal",
        "summary": "The customer's SDP offer or answer, or an ICE candidate, for a call.",
        "description": "The agent desktop receives AvSignal on its event stream - webRTC signaling from the customer.",
        "tags": [
          {
            "name": "agent-av"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/AvSignal"
          }
        ]
      },
      "receiveAvMediaStateChanged": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive AvMediaStateChanged",
        "summary": "The customer's Pause(audio, video).",
        "description": "The agent desktop receives AvMediaStateChanged on its event stream - the customer muted or paused.",
        "tags": [
          {
            "name": "agent-av"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/AvMediaStateChanged"
          }
        ]
      },
      "receiveAvCallEnded": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive AvCallEnded",
        "summary": "The call ended, whichever side ended it.",
        "description": "The agent desktop receives AvCallEnded on its event stream - a call ended.",
        "tags": [
          {
            "name": "agent-av"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/AvCallEnded"
          }
        ]
      },
      "receiveCobrowseStarted": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive CobrowseStarted",
        "summary": "The customer's StartCobr, with its configuration.",
        "description": "The agent desktop receives CobrowseStarted on its event stream - the customer started co-browsing.",
        "tags": [
          {
            "name": "agent-cobrowse"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/CobrowseStarted"
          }
        ]
      },
      "receiveCobrowseSignal": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive CobrowseSignal",
        "summary": "The customer's SDP offer or answer, or an ICE candidate, for the shared stream.",
        "description": "The agent desktop receives CobrowseSignal on its event stream - co-browse signaling from the customer.",
        "tags": [
          {
            "name": "agent-cobrowse"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/CobrowseSignal"
          }
        ]
      },
      "receiveCobrowseControlValueChanged": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive CobrowseControlValueChanged",
        "summary": "A control of domControlList changed on the customer's page.",
        "description": "The agent desktop receives CobrowseControlValueChanged on its event stream - a control changed on the customer's page.",
        "tags": [
          {
            "name": "agent-cobrowse"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/CobrowseControlValueChanged"
          }
        ]
      },
      "receiveCobrowsePointer": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive CobrowsePointer",
        "summary": "The customer's mouse pointer (isMousePointerCapture).",
        "description": "The agent desktop receives CobrowsePointer on its event stream - the customer's pointer moved.",
        "tags": [
          {
            "name": "agent-cobrowse"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/CobrowsePointer"
          }
        ]
      },
      "receiveCobrowseAnnotation": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive CobrowseAnnotation",
        "summary": "An annotation stroke, or a clear, by the customer (isAnnotationEnabled).",
        "description": "The agent desktop receives CobrowseAnnotation on its event stream - the customer annotated the shared page.",
        "tags": [
          {
            "name": "agent-cobrowse"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/CobrowseAnnotation"
          }
        ]
      },
      "receiveCobrowseEnded": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive CobrowseEnded",
        "summary": "The co-browse session ended, whichever side ended it.",
        "description": "The agent desktop receives CobrowseEnded on its event stream - co-browsing ended.",
        "tags": [
          {
            "name": "agent-cobrowse"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/CobrowseEnded"
          }
        ]
      },
      "receiveHeartbeat": {
        "action": "receive",
        "channel": {
          "$ref": "#/channels/agentEvents"
        },
        "title": "Receive Heartbeat",
        "summary": "The server is alive (no seq, not an event of a chat).",
        "description": "The agent desktop receives Heartbeat on its event stream - heartbeat.",
        "tags": [
          {
            "name": "agent-events"
          }
        ],
        "messages": [
          {
            "$ref": "#/channels/agentEvents/messages/Heartbeat"
          }
        ]
      }
    },
    "components": {
      "messages": {
        "ChatQueued": {
          "$ref": "events/routing.yaml#/ChatQueued"
        },
        "ChatOffered": {
          "$ref": "events/routing.yaml#/ChatOffered"
        },
        "ChatAssigned": {
          "$ref": "events/routing.yaml#/ChatAssigned"
        },
        "ChatEnded": {
          "$ref": "events/routing.yaml#/ChatEnded"
        },
        "CallbackRequested": {
          "$ref": "events/routing.yaml#/CallbackRequested"
        },
        "ConferenceAgentLeft": {
          "$ref": "events/routing.yaml#/ConferenceAgentLeft"
        },
        "CustomerPageState": {
          "$ref": "events/routing.yaml#/CustomerPageState"
        },
        "CustomerMessage": {
          "$ref": "events/conversation.yaml#/CustomerMessage"
        },
        "CustomerAppMessage": {
          "$ref": "events/conversation.yaml#/CustomerAppMessage"
        },
        "CustomerTyping": {
          "$ref": "events/conversation.yaml#/CustomerTyping"
        },
        "FileUploaded": {
          "$ref": "events/conversation.yaml#/FileUploaded"
        },
        "AvCallRequested": {
          "$ref": "events/av.yaml#/AvCallRequested"
        },
        "AvSignal": {
          "$ref": "events/av.yaml#/AvSignal"
        },
        "AvMediaStateChanged": {
          "$ref": "events/av.yaml#/AvMediaStateChanged"
        },
        "AvCallEnded": {
          "$ref": "events/av.yaml#/AvCallEnded"
        },
        "CobrowseStarted": {
          "$ref": "events/cobrowse.yaml#/CobrowseStarted"
        },
        "CobrowseSignal": {
          "$ref": "events/cobrowse.yaml#/CobrowseSignal"
        },
        "CobrowseControlValueChanged": {
          "$ref": "events/cobrowse.yaml#/CobrowseControlValueChanged"
        },
        "CobrowsePointer": {
          "$ref": "events/cobrowse.yaml#/CobrowsePointer"
        },
        "CobrowseAnnotation": {
          "$ref": "events/cobrowse.yaml#/CobrowseAnnotation"
        },
        "CobrowseEnded": {
          "$ref": "events/cobrowse.yaml#/CobrowseEnded"
        },
        "Heartbeat": {
          "$ref": "events/system.yaml#/Heartbeat"
        }
      },
      "securitySchemes": {
        "agentSession": {
          "type": "httpApiKey",
          "name": "LIVECHAT_AGENT",
          "in": "cookie",
          "description": "The agent session's HttpOnly cookie, set by AgentLogin (openapi.yaml)."
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/agent/events/av.yaml": {
    "AvCallRequested": {
      "name": "AvCallRequested",
      "title": "The customer calls",
      "summary": "The customer's StartAvCall rings on the agent desktop.",
      "description": "The customer started an audio/video call (StartAvCall); to every agent in the chat. An agent answers it (AgentAnswerAvCall) or declines it (AgentDeclineAvCall).",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "callId",
          "path": "data.callId"
        },
        {
          "name": "audio",
          "path": "data.audio"
        },
        {
          "name": "video",
          "path": "data.video"
        }
      ],
      "payload": {
        "title": "AvCallRequestedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "AvCallRequested",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The call.",
            "required": [
              "callId",
              "audio",
              "video"
            ],
            "properties": {
              "callId": {
                "$ref": "../../schemas/common.yaml#/CallId"
              },
              "audio": {
                "type": "boolean",
                "description": "The customer sends audio."
              },
              "video": {
                "type": "boolean",
                "description": "The customer sends video."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "videoCall",
          "summary": "A video call with voice",
          "payload": {
            "seq": 15,
            "event": "AvCallRequested",
            "time": "2026-11-25T10:18:30.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "callId": "av_5tR2pQ9x",
              "audio": true,
              "video": true
            }
          }
        }
      ]
    },
    "AvSignal": {
      "name": "AvSignal",
      "title": "WebRTC signaling from the customer",
      "summary": "The customer's SDP offer or answer, or an ICE candidate, for a call.",
      "description": "Relays one signal of the customer's side of an answered call (sendAvSignal) to the agent who answered it.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "callId",
          "path": "data.callId"
        },
        {
          "name": "signal",
          "path": "data.signal"
        }
      ],
      "payload": {
        "title": "AvSignalEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "AvSignal",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The signal.",
            "required": [
              "callId",
              "signal"
            ],
            "properties": {
              "callId": {
                "$ref": "../../schemas/common.yaml#/CallId"
              },
              "signal": {
                "$ref": "../../schemas/signaling.yaml#/Signal"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "offer",
          "summary": "The customer's offer",
          "payload": {
            "seq": 16,
            "event": "AvSignal",
            "time": "2026-11-25T10:18:32.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "callId": "av_5tR2pQ9x",
              "signal": {
                "type": "offer",
                "sdp": "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
              }
            }
          }
        },
        {
          "name": "candidate",
          "summary": "A trickled candidate",
          "payload": {
            "seq": 17,
            "event": "AvSignal",
            "time": "2026-11-25T10:18:32.100Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "callId": "av_5tR2pQ9x",
              "signal": {
                "type": "ice-candidate",
                "candidate": {
                  "candidate": "candidate:1 1 udp 2122260223 192.0.2.10 54400 typ host",
                  "sdpMid": "0",
                  "sdpMLineIndex": 0
                }
              }
            }
          }
        }
      ]
    },
    "AvMediaStateChanged": {
      "name": "AvMediaStateChanged",
      "title": "The customer muted or paused",
      "summary": "The customer's Pause(audio, video).",
      "description": "The customer muted or unmuted the microphone, or paused or resumed the camera (Pause); to the agent in the call.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "callId",
          "path": "data.callId"
        },
        {
          "name": "audio",
          "path": "data.audio"
        },
        {
          "name": "video",
          "path": "data.video"
        }
      ],
      "payload": {
        "title": "AvMediaStateChangedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "AvMediaStateChanged",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The customer's new media state.",
            "required": [
              "callId",
              "audio",
              "video"
            ],
            "properties": {
              "callId": {
                "$ref": "../../schemas/common.yaml#/CallId"
              },
              "audio": {
                "type": "boolean",
                "description": "True when the customer's microphone is muted."
              },
              "video": {
                "type": "boolean",
                "description": "True when the customer's camera is paused."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "cameraOff",
          "summary": "Camera paused, microphone on",
          "payload": {
            "seq": 18,
            "event": "AvMediaStateChanged",
            "time": "2026-11-25T10:19:02.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "callId": "av_5tR2pQ9x",
              "audio": false,
              "video": true
            }
          }
        }
      ]
    },
    "AvCallEnded": {
      "name": "AvCallEnded",
      "title": "A call ended",
      "summary": "The call ended, whichever side ended it.",
      "description": "The call ended - the customer hung up (EndAvCall), a CSO ended or declined it, or the server ended it with the chat; to every agent in the chat. The chat goes on unless it ended too.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "callId",
          "path": "data.callId"
        },
        {
          "name": "by",
          "path": "data.by"
        }
      ],
      "payload": {
        "title": "AvCallEndedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "AvCallEnded",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "Which call, and who ended it.",
            "required": [
              "callId",
              "by"
            ],
            "properties": {
              "callId": {
                "$ref": "../../schemas/common.yaml#/CallId"
              },
              "by": {
                "$ref": "../schemas.yaml#/EndedBy"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "hungUp",
          "summary": "The customer hung up",
          "payload": {
            "seq": 19,
            "event": "AvCallEnded",
            "time": "2026-11-25T10:20:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "callId": "av_5tR2pQ9x",
              "by": "customer"
            }
          }
        }
      ]
    }
  },
  "https://livechat-kit.invalid/spec/agent/events/cobrowse.yaml": {
    "CobrowseStarted": {
      "name": "CobrowseStarted",
      "title": "The customer started co-browsing",
      "summary": "The customer's StartCobr, with its configuration.",
      "description": "The customer started co-browsing (StartCobr) with the configuration of SetCobrConfigs; to\nevery agent in the chat. The shared stream's offer and candidates follow as\nCobrowseSignal; the agent answers by cobrowse/signals.\n",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "cobrowseId",
          "path": "data.cobrowseId"
        },
        {
          "name": "domControlList",
          "path": "data.domControlList"
        },
        {
          "name": "isMousePointerCapture",
          "path": "data.isMousePointerCapture"
        },
        {
          "name": "isAnnotationEnabled",
          "path": "data.isAnnotationEnabled"
        }
      ],
      "payload": {
        "title": "CobrowseStartedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "CobrowseStarted",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The co-browse session and its configuration.",
            "required": [
              "cobrowseId",
              "domControlList",
              "isMousePointerCapture",
              "isAnnotationEnabled"
            ],
            "properties": {
              "cobrowseId": {
                "$ref": "../../schemas/common.yaml#/CobrowseId"
              },
              "domControlList": {
                "$ref": "../../schemas/DomControlList.yaml"
              },
              "isMousePointerCapture": {
                "type": "boolean",
                "description": "The customer's pointer is sent (CobrowsePointer)."
              },
              "isAnnotationEnabled": {
                "type": "boolean",
                "description": "Annotations are allowed (CobrowseAnnotation, cobrowse/annotations)."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "form",
          "summary": "Co-browse a form with pointer and annotations",
          "payload": {
            "seq": 20,
            "event": "CobrowseStarted",
            "time": "2026-11-25T10:21:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "cobrowseId": "cb_9Lm3Wq1z",
              "domControlList": {
                "textboxId": [
                  "textbox1"
                ],
                "radioButtonId": [],
                "checkboxId": [
                  "checkbox1"
                ],
                "dropdownId": [
                  "dropdown1"
                ]
              },
              "isMousePointerCapture": true,
              "isAnnotationEnabled": true
            }
          }
        }
      ]
    },
    "CobrowseSignal": {
      "name": "CobrowseSignal",
      "title": "Co-browse signaling from the customer",
      "summary": "The customer's SDP offer or answer, or an ICE candidate, for the shared stream.",
      "description": "Relays one signal of the customer's side of the shared-screen stream (sendCobrowseSignal) to the agents in the chat.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "cobrowseId",
          "path": "data.cobrowseId"
        },
        {
          "name": "signal",
          "path": "data.signal"
        }
      ],
      "payload": {
        "title": "CobrowseSignalEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "CobrowseSignal",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The signal.",
            "required": [
              "cobrowseId",
              "signal"
            ],
            "properties": {
              "cobrowseId": {
                "$ref": "../../schemas/common.yaml#/CobrowseId"
              },
              "signal": {
                "$ref": "../../schemas/signaling.yaml#/Signal"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "offer",
          "summary": "The shared stream's offer",
          "payload": {
            "seq": 21,
            "event": "CobrowseSignal",
            "time": "2026-11-25T10:21:01.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "cobrowseId": "cb_9Lm3Wq1z",
              "signal": {
                "type": "offer",
                "sdp": "v=0\r\no=- 4611731400430051337 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
              }
            }
          }
        }
      ]
    },
    "CobrowseControlValueChanged": {
      "name": "CobrowseControlValueChanged",
      "title": "A control changed on the customer's page",
      "summary": "A control of domControlList changed on the customer's page.",
      "description": "The new value of a text box, radio button, checkbox or dropdown named in domControlList, changed on the customer's page; to the agents in the chat, which mirror it in their view.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "cobrowseId",
          "path": "data.cobrowseId"
        },
        {
          "name": "value",
          "path": "data.value"
        }
      ],
      "payload": {
        "title": "CobrowseControlValueChangedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "CobrowseControlValueChanged",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The control's new value.",
            "required": [
              "cobrowseId",
              "value"
            ],
            "properties": {
              "cobrowseId": {
                "$ref": "../../schemas/common.yaml#/CobrowseId"
              },
              "value": {
                "$ref": "../../schemas/signaling.yaml#/CobrControlValue"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "checkbox",
          "summary": "The customer ticked a checkbox",
          "payload": {
            "seq": 22,
            "event": "CobrowseControlValueChanged",
            "time": "2026-11-25T10:21:10.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "cobrowseId": "cb_9Lm3Wq1z",
              "value": {
                "control": "checkbox",
                "id": "checkbox1",
                "value": true
              }
            }
          }
        }
      ]
    },
    "CobrowsePointer": {
      "name": "CobrowsePointer",
      "title": "The customer's pointer moved",
      "summary": "The customer's mouse pointer (isMousePointerCapture).",
      "description": "The customer's pointer over the shared page, at most 20 per second; to the agents in the chat. Sent only when the session has isMousePointerCapture.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "cobrowseId",
          "path": "data.cobrowseId"
        },
        {
          "name": "pointer",
          "path": "data.pointer"
        }
      ],
      "payload": {
        "title": "CobrowsePointerEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "CobrowsePointer",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The pointer position.",
            "required": [
              "cobrowseId",
              "pointer"
            ],
            "properties": {
              "cobrowseId": {
                "$ref": "../../schemas/common.yaml#/CobrowseId"
              },
              "pointer": {
                "$ref": "../../schemas/signaling.yaml#/CobrPointer"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "moved",
          "summary": "Pointer position",
          "payload": {
            "seq": 23,
            "event": "CobrowsePointer",
            "time": "2026-11-25T10:21:11.050Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "cobrowseId": "cb_9Lm3Wq1z",
              "pointer": {
                "x": 0.42,
                "y": 0.17,
                "visible": true
              }
            }
          }
        }
      ]
    },
    "CobrowseAnnotation": {
      "name": "CobrowseAnnotation",
      "title": "The customer annotated the shared page",
      "summary": "An annotation stroke, or a clear, by the customer (isAnnotationEnabled).",
      "description": "One annotation stroke, or a clear, drawn by the customer over the shared page; to the agents in the chat. Sent only when the session has isAnnotationEnabled.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "cobrowseId",
          "path": "data.cobrowseId"
        },
        {
          "name": "annotation",
          "path": "data.annotation"
        }
      ],
      "payload": {
        "title": "CobrowseAnnotationEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "CobrowseAnnotation",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The annotation.",
            "required": [
              "cobrowseId",
              "annotation"
            ],
            "properties": {
              "cobrowseId": {
                "$ref": "../../schemas/common.yaml#/CobrowseId"
              },
              "annotation": {
                "$ref": "../../schemas/signaling.yaml#/CobrAnnotation"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "stroke",
          "summary": "A red pen stroke",
          "payload": {
            "seq": 24,
            "event": "CobrowseAnnotation",
            "time": "2026-11-25T10:21:20.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "cobrowseId": "cb_9Lm3Wq1z",
              "annotation": {
                "tool": "pen",
                "color": "#ff0000",
                "points": [
                  [
                    0.1,
                    0.1
                  ],
                  [
                    0.2,
                    0.15
                  ]
                ]
              }
            }
          }
        }
      ]
    },
    "CobrowseEnded": {
      "name": "CobrowseEnded",
      "title": "Co-browsing ended",
      "summary": "The co-browse session ended, whichever side ended it.",
      "description": "The co-browse session ended - the customer's EndCobr, a CSO's AgentEndCobr, or the server with the chat; to every agent in the chat. The chat goes on unless it ended too.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "cobrowseId",
          "path": "data.cobrowseId"
        },
        {
          "name": "by",
          "path": "data.by"
        }
      ],
      "payload": {
        "title": "CobrowseEndedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "CobrowseEnded",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "Which session, and who ended it.",
            "required": [
              "cobrowseId",
              "by"
            ],
            "properties": {
              "cobrowseId": {
                "$ref": "../../schemas/common.yaml#/CobrowseId"
              },
              "by": {
                "$ref": "../schemas.yaml#/EndedBy"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "byCustomer",
          "summary": "The customer stopped sharing",
          "payload": {
            "seq": 25,
            "event": "CobrowseEnded",
            "time": "2026-11-25T10:22:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "cobrowseId": "cb_9Lm3Wq1z",
              "by": "customer"
            }
          }
        }
      ]
    }
  },
  "https://livechat-kit.invalid/spec/agent/events/conversation.yaml": {
    "CustomerMessage": {
      "name": "CustomerMessage",
      "title": "Message from the customer",
      "summary": "The customer's SendMessage.",
      "description": "A text message the customer sent (SendMessage), once per clientMessageId, to every agent in the chat; the customer's pages receive it as OnEcho.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "msg",
          "path": "data.msg"
        },
        {
          "name": "messageId",
          "path": "data.messageId"
        },
        {
          "name": "clientMessageId",
          "path": "data.clientMessageId"
        }
      ],
      "payload": {
        "title": "CustomerMessageEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "CustomerMessage",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The message.",
            "required": [
              "msg",
              "messageId",
              "clientMessageId"
            ],
            "properties": {
              "msg": {
                "$ref": "../../schemas/common.yaml#/ChatText"
              },
              "messageId": {
                "$ref": "../../schemas/common.yaml#/MessageId"
              },
              "clientMessageId": {
                "$ref": "../../schemas/common.yaml#/ClientMessageId"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "declined",
          "summary": "The customer explains the problem",
          "payload": {
            "seq": 3,
            "event": "CustomerMessage",
            "time": "2026-11-25T10:16:02.300Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "msg": "My card was declined.",
              "messageId": "msg_000005",
              "clientMessageId": "m_01HZX3C2TP"
            }
          }
        }
      ]
    },
    "CustomerAppMessage": {
      "name": "CustomerAppMessage",
      "title": "Application message from the customer's page",
      "summary": "The customer's SendAppMessage.",
      "description": "An application message the customer's page sent to the agent desktop (SendAppMessage), once per clientMessageId, to every agent in the chat. Not part of the transcript.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "type",
          "path": "data.type"
        },
        {
          "name": "obj",
          "path": "data.obj"
        }
      ],
      "payload": {
        "title": "CustomerAppMessageEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "CustomerAppMessage",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The application message.",
            "required": [
              "type",
              "obj"
            ],
            "properties": {
              "type": {
                "type": "string",
                "minLength": 1,
                "maxLength": 128,
                "description": "The application-defined type SendAppMessage was given."
              },
              "obj": {
                "description": "The JSON value SendAppMessage was given, unchanged."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "formFilled",
          "summary": "The customer filled a form",
          "payload": {
            "seq": 5,
            "event": "CustomerAppMessage",
            "time": "2026-11-25T10:17:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "type": "form-submitted",
              "obj": {
                "form": "address-change",
                "step": 2
              }
            }
          }
        }
      ]
    },
    "CustomerTyping": {
      "name": "CustomerTyping",
      "title": "Customer typing",
      "summary": "The customer's NotifyTypingStateChange.",
      "description": "The customer started (0) or stopped (1) typing; to every agent in the chat.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "state",
          "path": "data.state"
        }
      ],
      "payload": {
        "title": "CustomerTypingEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "CustomerTyping",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The typing state.",
            "required": [
              "state"
            ],
            "properties": {
              "state": {
                "$ref": "../../schemas/TypingState.yaml"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "typing",
          "summary": "The customer is typing",
          "payload": {
            "seq": 4,
            "event": "CustomerTyping",
            "time": "2026-11-25T10:15:58.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "state": 0
            }
          }
        }
      ]
    },
    "FileUploaded": {
      "name": "FileUploaded",
      "title": "The customer uploaded a file",
      "summary": "A file the customer's uploadFiles stored in the chat.",
      "description": "A file the customer uploaded (uploadFiles) was stored in the chat, one event per file, to every agent in the chat; the customer's pages receive OnUploadComplete.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "file",
          "path": "data.file"
        }
      ],
      "payload": {
        "title": "FileUploadedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "FileUploaded",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The stored file.",
            "required": [
              "file"
            ],
            "properties": {
              "file": {
                "$ref": "../../schemas/UploadedFile.yaml"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "pdf",
          "summary": "A statement uploaded",
          "payload": {
            "seq": 11,
            "event": "FileUploaded",
            "time": "2026-11-25T10:17:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "file": {
                "fileName": "f_8Kq2_statement.pdf",
                "originalName": "statement.pdf",
                "fileSize": 48213,
                "fileType": "application/pdf",
                "by": "c"
              }
            }
          }
        }
      ]
    }
  },
  "https://livechat-kit.invalid/spec/agent/events/routing.yaml": {
    "ChatQueued": {
      "name": "ChatQueued",
      "title": "A chat is waiting for a CSO",
      "summary": "A customer's chat entered the queue.",
      "description": "Sent to every ready agent when a chat enters the queue (the customer's Start), and, when an\nagent becomes ready (AgentReady), once for each chat already waiting. `position` is the\nchat's position at that moment; GET queue has the current positions. The chat leaves the\nqueue with ChatAssigned (a CSO accepted it) or ChatEnded (the customer left).\n",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "customerName",
          "path": "data.customerName"
        },
        {
          "name": "topic",
          "path": "data.topic"
        },
        {
          "name": "position",
          "path": "data.position"
        }
      ],
      "payload": {
        "title": "ChatQueuedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "ChatQueued",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The queued chat.",
            "required": [
              "customerName",
              "topic",
              "position"
            ],
            "properties": {
              "customerName": {
                "$ref": "../schemas.yaml#/CustomerName"
              },
              "topic": {
                "$ref": "../schemas.yaml#/ChatTopic"
              },
              "position": {
                "$ref": "../schemas.yaml#/QueuePosition"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "first",
          "summary": "Tan Mei Ling waits about her credit card",
          "payload": {
            "seq": 1,
            "event": "ChatQueued",
            "time": "2026-11-25T10:15:31.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "customerName": "Tan Mei Ling",
              "topic": "credit-card",
              "position": 1
            }
          }
        },
        {
          "name": "anonymous",
          "summary": "A customer who gave no name, second in the queue",
          "payload": {
            "seq": 2,
            "event": "ChatQueued",
            "time": "2026-11-25T10:15:58.250Z",
            "sid": "c_Rt5Kw2PzQ8",
            "clientId": "k3Jx9QpLw2",
            "data": {
              "customerName": "",
              "topic": "home-loan",
              "position": 2
            }
          }
        }
      ]
    },
    "ChatOffered": {
      "name": "ChatOffered",
      "title": "Another CSO offers a chat",
      "summary": "A transfer or a conference invitation for this agent.",
      "description": "Another CSO transferred the chat to this agent (TransferChat) or invited it into the chat\n(InviteToConference). The agent takes it with AcceptChat; the offer stands until then or\nuntil the chat ends (ChatEnded). Sent whether the agent is ready or not.\n",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "kind",
          "path": "data.kind"
        },
        {
          "name": "fromAgentId",
          "path": "data.fromAgentId"
        },
        {
          "name": "fromAgentName",
          "path": "data.fromAgentName"
        },
        {
          "name": "customerName",
          "path": "data.customerName"
        },
        {
          "name": "topic",
          "path": "data.topic"
        }
      ],
      "payload": {
        "title": "ChatOfferedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "ChatOffered",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The offer.",
            "required": [
              "kind",
              "fromAgentId",
              "fromAgentName",
              "customerName",
              "topic"
            ],
            "properties": {
              "kind": {
                "description": "What the other CSO asks.",
                "type": "string",
                "oneOf": [
                  {
                    "const": "transfer",
                    "description": "Take the chat over; the offering CSO leaves when this agent accepts."
                  },
                  {
                    "const": "conference",
                    "description": "Join the chat; the CSOs already in it stay."
                  }
                ]
              },
              "fromAgentId": {
                "$ref": "../../schemas/common.yaml#/AgentId"
              },
              "fromAgentName": {
                "$ref": "../../schemas/common.yaml#/AgentName"
              },
              "customerName": {
                "$ref": "../schemas.yaml#/CustomerName"
              },
              "topic": {
                "$ref": "../schemas.yaml#/ChatTopic"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "transfer",
          "summary": "Alice transfers the chat to Bob",
          "payload": {
            "seq": 4,
            "event": "ChatOffered",
            "time": "2026-11-25T10:17:10.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "kind": "transfer",
              "fromAgentId": "agent-7",
              "fromAgentName": "Alice",
              "customerName": "Tan Mei Ling",
              "topic": "credit-card"
            }
          }
        },
        {
          "name": "conference",
          "summary": "Alice invites Bob",
          "payload": {
            "seq": 4,
            "event": "ChatOffered",
            "time": "2026-11-25T10:17:10.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "kind": "conference",
              "fromAgentId": "agent-7",
              "fromAgentName": "Alice",
              "customerName": "Tan Mei Ling",
              "topic": "credit-card"
            }
          }
        }
      ]
    },
    "ChatAssigned": {
      "name": "ChatAssigned",
      "title": "A chat was assigned to a CSO",
      "summary": "A CSO accepted a queued or offered chat.",
      "description": "A CSO accepted a chat (AcceptChat). Sent to that CSO, to the CSOs already in the chat, and\nto every agent told of the chat by ChatQueued or ChatOffered. When `agentId` is this\nagent, the chat is now its; otherwise the desktop drops it from its queue view - or, after\na transfer (via transfer), from its own chats.\n",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "agentId",
          "path": "data.agentId"
        },
        {
          "name": "agentName",
          "path": "data.agentName"
        },
        {
          "name": "via",
          "path": "data.via"
        },
        {
          "name": "customerName",
          "path": "data.customerName"
        },
        {
          "name": "topic",
          "path": "data.topic"
        }
      ],
      "payload": {
        "title": "ChatAssignedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "ChatAssigned",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "Who took the chat, and how.",
            "required": [
              "agentId",
              "agentName",
              "via",
              "customerName",
              "topic"
            ],
            "properties": {
              "agentId": {
                "$ref": "../../schemas/common.yaml#/AgentId"
              },
              "agentName": {
                "$ref": "../../schemas/common.yaml#/AgentName"
              },
              "via": {
                "description": "How the CSO came (the customer's OnRemoteUserConnected carries the same).",
                "type": "string",
                "oneOf": [
                  {
                    "const": "accept",
                    "description": "Answered the queued chat."
                  },
                  {
                    "const": "transfer",
                    "description": "Took over from another CSO, who left the chat."
                  },
                  {
                    "const": "conference",
                    "description": "Joined the CSOs already in the chat."
                  }
                ]
              },
              "customerName": {
                "$ref": "../schemas.yaml#/CustomerName"
              },
              "topic": {
                "$ref": "../schemas.yaml#/ChatTopic"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "accepted",
          "summary": "Alice accepted the chat",
          "payload": {
            "seq": 2,
            "event": "ChatAssigned",
            "time": "2026-11-25T10:15:41.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "agentId": "agent-7",
              "agentName": "Alice",
              "via": "accept",
              "customerName": "Tan Mei Ling",
              "topic": "credit-card"
            }
          }
        },
        {
          "name": "transferredAway",
          "summary": "Bob took over Alice's chat (as Alice's desktop sees it)",
          "payload": {
            "seq": 9,
            "event": "ChatAssigned",
            "time": "2026-11-25T10:17:20.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "agentId": "agent-9",
              "agentName": "Bob",
              "via": "transfer",
              "customerName": "Tan Mei Ling",
              "topic": "credit-card"
            }
          }
        }
      ]
    },
    "ChatEnded": {
      "name": "ChatEnded",
      "title": "A chat ended",
      "summary": "The chat ended, by the customer, a CSO or the server.",
      "description": "Sent to every agent in the chat, to agents holding an offer of it and, for a chat still\nqueued, to the agents told of it by ChatQueued. `agentId` names the CSO when the initiator\nis agent. After it, calls on the chat answer AlreadyEndedSession.\n",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "initiator",
          "path": "data.initiator"
        },
        {
          "name": "reason",
          "path": "data.reason",
          "optional": true
        },
        {
          "name": "agentId",
          "path": "data.agentId",
          "optional": true
        }
      ],
      "payload": {
        "title": "ChatEndedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "ChatEnded",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "Who ended the chat, and why.",
            "required": [
              "initiator"
            ],
            "properties": {
              "initiator": {
                "$ref": "../schemas.yaml#/ChatEndInitiator"
              },
              "reason": {
                "type": "string",
                "maxLength": 1024,
                "description": "The reason the customer (End) or the CSO (AgentEndChat) gave, or the server's (for example close-timer, lifetime); absent when none was given."
              },
              "agentId": {
                "$ref": "../../schemas/common.yaml#/AgentId"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "byCustomer",
          "summary": "The customer closed the widget",
          "payload": {
            "seq": 20,
            "event": "ChatEnded",
            "time": "2026-11-25T10:20:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "initiator": "customer",
              "reason": "customer closed the chat"
            }
          }
        },
        {
          "name": "byAgent",
          "summary": "Alice ended the chat",
          "payload": {
            "seq": 21,
            "event": "ChatEnded",
            "time": "2026-11-25T10:21:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "initiator": "agent",
              "reason": "resolved",
              "agentId": "agent-7"
            }
          }
        },
        {
          "name": "closeTimer",
          "summary": "Every page of the customer closed and the session-end timer ran out",
          "payload": {
            "seq": 22,
            "event": "ChatEnded",
            "time": "2026-11-25T10:22:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "initiator": "server",
              "reason": "close-timer"
            }
          }
        }
      ]
    },
    "CallbackRequested": {
      "name": "CallbackRequested",
      "title": "The customer asked to be called back",
      "summary": "The customer's RequestCallback.",
      "description": "The customer asked to be called back (RequestCallback); sent to every agent in the chat. The customer receives OnCallbackRequestStatus(true, status).",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "contact",
          "path": "data.contact"
        }
      ],
      "payload": {
        "title": "CallbackRequestedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "CallbackRequested",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The request.",
            "required": [
              "contact"
            ],
            "properties": {
              "contact": {
                "type": "string",
                "maxLength": 32,
                "description": "The phone number the customer asked to be called back on."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "mobile",
          "summary": "Call me on my mobile",
          "payload": {
            "seq": 7,
            "event": "CallbackRequested",
            "time": "2026-11-25T10:18:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "contact": "+65 9123 4567"
            }
          }
        }
      ]
    },
    "ConferenceAgentLeft": {
      "name": "ConferenceAgentLeft",
      "title": "A CSO left the conference",
      "summary": "Another CSO left a chat this agent stays in.",
      "description": "Another CSO left the chat (LeaveConference); sent to the CSOs who stay. The customer receives OnConferenceUserLeft(agent, msg).",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "agentId",
          "path": "data.agentId"
        },
        {
          "name": "agentName",
          "path": "data.agentName"
        },
        {
          "name": "msg",
          "path": "data.msg"
        }
      ],
      "payload": {
        "title": "ConferenceAgentLeftEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "ConferenceAgentLeft",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "Who left.",
            "required": [
              "agentId",
              "agentName",
              "msg"
            ],
            "properties": {
              "agentId": {
                "$ref": "../../schemas/common.yaml#/AgentId"
              },
              "agentName": {
                "$ref": "../../schemas/common.yaml#/AgentName"
              },
              "msg": {
                "type": "string",
                "maxLength": 4096,
                "description": "The leaving CSO's message."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "bobLeft",
          "summary": "Bob left, Alice stays",
          "payload": {
            "seq": 12,
            "event": "ConferenceAgentLeft",
            "time": "2026-11-25T10:19:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "agentId": "agent-9",
              "agentName": "Bob",
              "msg": "Bob has left the chat"
            }
          }
        }
      ]
    },
    "CustomerPageState": {
      "name": "CustomerPageState",
      "title": "The customer's pages changed",
      "summary": "How many of the customer's pages take part in the chat, and whether the session-end timer runs.",
      "description": "Sent to every agent in the chat when the number of the customer's pages taking part in it\nchanges (Open, Close, a page lost). When it falls to 0 the session-end timer starts\n(`closeTimerRunning`); an Open before it fires stops it, and when it fires the chat ends\n(ChatEnded, initiator server).\n",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [
        {
          "name": "sid",
          "path": "sid"
        },
        {
          "name": "pagesOpen",
          "path": "data.pagesOpen"
        },
        {
          "name": "closeTimerRunning",
          "path": "data.closeTimerRunning"
        },
        {
          "name": "closeTimerEndsAt",
          "path": "data.closeTimerEndsAt",
          "optional": true
        }
      ],
      "payload": {
        "title": "CustomerPageStateEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas.yaml#/AgentSeq"
          },
          "event": {
            "const": "CustomerPageState",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "The customer's pages.",
            "required": [
              "pagesOpen",
              "closeTimerRunning"
            ],
            "properties": {
              "pagesOpen": {
                "type": "integer",
                "minimum": 0,
                "description": "Number of the customer's pages taking part in the chat now."
              },
              "closeTimerRunning": {
                "type": "boolean",
                "description": "True while the session-end timer runs (no page takes part)."
              },
              "closeTimerEndsAt": {
                "type": "string",
                "format": "date-time",
                "description": "When the running session-end timer fires (server time, RFC 3339, UTC); absent when it does not run."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "secondTab",
          "summary": "The customer opened the chat in a second tab",
          "payload": {
            "seq": 6,
            "event": "CustomerPageState",
            "time": "2026-11-25T10:17:30.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "pagesOpen": 2,
              "closeTimerRunning": false
            }
          }
        },
        {
          "name": "allClosed",
          "summary": "The customer closed the last tab",
          "payload": {
            "seq": 14,
            "event": "CustomerPageState",
            "time": "2026-11-25T10:19:30.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "pagesOpen": 0,
              "closeTimerRunning": true,
              "closeTimerEndsAt": "2026-11-25T10:20:30.000Z"
            }
          }
        }
      ]
    }
  },
  "https://livechat-kit.invalid/spec/agent/events/system.yaml": {
    "Heartbeat": {
      "name": "Heartbeat",
      "title": "Heartbeat",
      "summary": "The server is alive (no seq, not an event of a chat).",
      "description": "Sent on the agent stream after any silence of 3 s. `latestSeq` is the agent session's newest seq, so a desktop that holds less knows it missed events and reconnects with Last-Event-ID.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Agent test interface",
      "x-livechat-signature": [],
      "payload": {
        "title": "HeartbeatEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "time",
          "latestSeq"
        ],
        "properties": {
          "event": {
            "const": "Heartbeat",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../../schemas/common.yaml#/ServerTime"
          },
          "latestSeq": {
            "$ref": "../schemas.yaml#/AgentStreamPosition"
          }
        }
      },
      "examples": [
        {
          "name": "beat",
          "summary": "Nothing new since 13",
          "payload": {
            "event": "Heartbeat",
            "time": "2026-11-25T10:16:05.300Z",
            "latestSeq": 13
          }
        }
      ]
    }
  },
  "https://livechat-kit.invalid/spec/agent/openapi.yaml": {
    "openapi": "3.1.0",
    "info": {
      "title": "livechat-kit - agent test interface",
      "version": "2.19.09.13+kit.1",
      "summary": "The HTTP surface of the CSO's side (the agent desktop, \"TMAC\") - a test-and-demo interface, not part of the vendor's document.",
      "description": "**Test-and-demo interface, not part of the Tetherfi Communication Web API Reference\nDocument.** The reference document describes only the customer's side (`livechat`,\n`libtextchat`, `multilivechat`); the customer service officer (CSO) answers on an agent\ndesktop the document calls TMAC and leaves undescribed. This document, with\n`asyncapi.yaml` beside it, is the agent side as livechat-kit defines it: the interface the\nreference server, the demo agent console and the conformance suite's built-in agent driver\nuse. A deployment with another agent desktop (a real TMAC, a contact-centre platform) does\nnot implement it: it plugs its own driver into the conformance suite instead.\n\n**Every agent authenticates.** AgentLogin takes the deployment's agent password; a wrong\nor missing one gets AccessTokenInvalid, and the login budget per client address bounds\nguessing. Each login makes a new agent session (a login never joins a session another\nconsole holds: it replaces the agent's previous session, whose cookie stops working). An\nagent session lasts a time the deployment sets, then the CSO logs in again; AgentLogout\nends it at once. A deployment keeps no credential in a form that can be replayed: agent\npasswords and session secrets are stored hashed, and the agent token is derived from the\nsession secret. The reference server serves this interface to loopback connections only\n(the socket's own peer, whatever address it listens on; a request relayed by a proxy is not\nlocal) unless the operator configures the agent password, and it answers only to the host\nnames it is configured with (DNS rebinding).\n\nAn agent logs in (AgentLogin), which sets the `LIVECHAT_AGENT` cookie and returns the\nagent token; every call but login and the GETs carries the token in `Livechat-Agent-Token`. The agent\nreads its events - chats queued, offered and assigned, customer messages, typing, page\nstate, audio/video and co-browse signaling - on one Server-Sent Events stream,\n`GET /tetherfi/agent/events`, framed like the customer stream and described message by\nmessage in `asyncapi.yaml`. Each action the agent takes on a chat reaches the customer as\nthe event the reference document names (OnRemoteUserConnected, OnMessageReceived,\nOnTypingStateChanged, OnAppMessageReceived, OnConferenceUserLeft,\nOnCallbackRequestStatus, OnHistoryReceived, OnEnd).\n\nErrors are problem details with the contract's ErrorCode (`../schemas/ErrorCode.yaml`), read\nfor an agent instead of a browser session: CookiesDisabled - no `LIVECHAT_AGENT` cookie, or\none the server does not know (never logged in, or the agent session expired);\nAccessTokenInvalid - the `Livechat-Agent-Token` header is missing or is not the agent\nsession's token, or login was refused (wrong password); NoSessionFound - the sid names no\nchat this agent takes part in (for accept: no chat queued or offered to the agent);\nInvalidSessionState - the chat's state forbids the call (a chat another CSO already took,\na transfer to an agent who is not logged in, an audio/video call or co-browse session that\nis not in progress); AlreadyEndedSession - the chat has ended.\n",
      "contact": {
        "name": "livechat-kit maintainers"
      },
      "license": {
        "name": "Apache-2.0",
        "identifier": "Apache-2.0"
      }
    },
    "servers": [
      {
        "url": "http://127.0.0.1:8080",
        "description": "The reference server on its defaults (`npm start`)."
      },
      {
        "url": "{baseUrl}",
        "description": "Any deployment that serves the agent test interface.",
        "variables": {
          "baseUrl": {
            "default": "http://127.0.0.1:8080",
            "description": "Scheme, host and port of the deployment, without a trailing slash."
          }
        }
      }
    ],
    "tags": [
      {
        "name": "agent-session",
        "description": "Agent login, readiness and the queue."
      },
      {
        "name": "agent-chats",
        "description": "Accepting, answering, transferring, conferencing and ending chats."
      },
      {
        "name": "agent-av",
        "description": "The agent's side of audio/video calls and their WebRTC signaling."
      },
      {
        "name": "agent-cobrowse",
        "description": "The agent's side of co-browsing and its signaling."
      },
      {
        "name": "agent-events",
        "description": "The agent's event stream."
      },
      {
        "name": "agent-test-controls",
        "description": "States of a deployment set up for testing that a certification run needs and cannot cause from outside."
      }
    ],
    "security": [
      {
        "agentSession": [],
        "agentToken": []
      }
    ],
    "x-livechat-test-interface": true,
    "paths": {
      "/tetherfi/agent/login": {
        "post": {
          "operationId": "agentLogin",
          "tags": [
            "agent-session"
          ],
          "summary": "AgentLogin - log a CSO in",
          "description": "Logs the CSO in: creates the agent session, sets the `LIVECHAT_AGENT` cookie and answers\nthe agent token (for `Livechat-Agent-Token`) and `seq`, the agent stream's position at\nlogin - the desktop reads `GET /tetherfi/agent/events` from there. The agent starts not\nready (AgentReady). The password is the deployment's agent password: a wrong or missing\none gets AccessTokenInvalid. Every login makes a new agent session with a new token; an\nearlier session of the same agent (a reloaded desktop, a second console) ends, and its\ncookie gets CookiesDisabled from then on. The agent's chats, readiness and stream stay\nthe agent's. The session lasts the time the deployment sets (the cookie's Max-Age), or\nuntil AgentLogout.\n",
          "x-livechat-function": [
            "AgentLogin"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "AccessTokenInvalid",
            "RateLimited",
            "ServerInternalConnectivityError"
          ],
          "security": [],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "agentId",
                    "name",
                    "password"
                  ],
                  "properties": {
                    "agentId": {
                      "$ref": "../schemas/common.yaml#/AgentId"
                    },
                    "name": {
                      "$ref": "../schemas/common.yaml#/AgentName"
                    },
                    "password": {
                      "type": "string",
                      "minLength": 1,
                      "maxLength": 256,
                      "description": "The deployment's agent password."
                    }
                  }
                },
                "examples": {
                  "alice": {
                    "summary": "Alice logs in",
                    "value": {
                      "agentId": "agent-7",
                      "name": "Alice",
                      "password": "correct horse battery staple"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "description": "Logged in; the agent-session cookie is set.",
              "headers": {
                "Set-Cookie": {
                  "$ref": "#/components/headers/SetAgentSession"
                }
              },
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "token",
                      "agentId",
                      "name",
                      "seq"
                    ],
                    "properties": {
                      "token": {
                        "$ref": "schemas.yaml#/AgentToken"
                      },
                      "agentId": {
                        "$ref": "../schemas/common.yaml#/AgentId"
                      },
                      "name": {
                        "$ref": "../schemas/common.yaml#/AgentName"
                      },
                      "seq": {
                        "$ref": "schemas.yaml#/AgentStreamPosition"
                      }
                    }
                  },
                  "examples": {
                    "loggedIn": {
                      "summary": "A new agent session",
                      "value": {
                        "token": "atk_8Gm2Qx7VbR4nLp1sWc9ZdT3yHe6Jk0Uf",
                        "agentId": "agent-7",
                        "name": "Alice",
                        "seq": 0
                      }
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            },
            "503": {
              "$ref": "#/components/responses/Problem503"
            }
          }
        }
      },
      "/tetherfi/agent/logout": {
        "post": {
          "operationId": "agentLogout",
          "tags": [
            "agent-session"
          ],
          "summary": "AgentLogout - end the agent session",
          "description": "Ends the agent session at once: its cookie and token stop working (CookiesDisabled from\nthen on) and the agent is no longer ready, so no new chat is offered to it. The chats\nthe agent handles stay assigned to it until it logs in again and ends or transfers them.\n",
          "x-livechat-function": [
            "AgentLogout"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "RateLimited"
          ],
          "requestBody": {
            "required": false,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "maxProperties": 0
                },
                "examples": {
                  "empty": {
                    "summary": "No body needed",
                    "value": {}
                  }
                }
              }
            }
          },
          "responses": {
            "204": {
              "description": "Logged out; the agent-session cookie is cleared."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/ready": {
        "post": {
          "operationId": "agentReady",
          "tags": [
            "agent-session"
          ],
          "summary": "AgentReady - become ready or not ready for new chats",
          "description": "A ready agent is offered the queue: it receives ChatQueued for every chat that enters the\nqueue and, on becoming ready, one ChatQueued for each chat already waiting. A not-ready\nagent keeps the chats it handles and still receives transfer and conference offers\n(ChatOffered), but no ChatQueued. Setting the state the agent already has changes nothing.\n",
          "x-livechat-function": [
            "AgentReady"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "RateLimited"
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "ready"
                  ],
                  "properties": {
                    "ready": {
                      "type": "boolean",
                      "description": "True to take new chats, false to stop."
                    }
                  }
                },
                "examples": {
                  "ready": {
                    "summary": "Ready for chats",
                    "value": {
                      "ready": true
                    }
                  },
                  "notReady": {
                    "summary": "On a break",
                    "value": {
                      "ready": false
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "204": {
              "description": "The agent's readiness is set."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/queue": {
        "get": {
          "operationId": "getAgentQueue",
          "tags": [
            "agent-session"
          ],
          "summary": "AgentQueue - the chats waiting for a CSO",
          "description": "The chats queued for a CSO now, next to be answered first, with their current positions\n(ChatQueued gives the position a chat had when it entered the queue). Any logged-in\nagent may read it, ready or not. A desktop that lost events re-reads it.\n",
          "x-livechat-function": [
            "AgentQueue"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "CookiesDisabled",
            "RateLimited"
          ],
          "security": [
            {
              "agentSession": []
            }
          ],
          "responses": {
            "200": {
              "description": "The queue, position 1 first (possibly empty).",
              "headers": {
                "Cache-Control": {
                  "description": "Always `no-store`.",
                  "schema": {
                    "type": "string",
                    "const": "no-store"
                  }
                }
              },
              "content": {
                "application/json": {
                  "schema": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "chats"
                    ],
                    "properties": {
                      "chats": {
                        "type": "array",
                        "maxItems": 10000,
                        "description": "The queued chats, ordered by position.",
                        "items": {
                          "$ref": "schemas.yaml#/QueuedChat"
                        }
                      }
                    }
                  },
                  "examples": {
                    "two": {
                      "summary": "Two chats waiting",
                      "value": {
                        "chats": [
                          {
                            "sid": "c_7Hq2LxVbN4",
                            "clientId": "support-1",
                            "customerName": "Tan Mei Ling",
                            "topic": "credit-card",
                            "queuedAt": "2026-11-25T10:15:31.000Z",
                            "position": 1
                          },
                          {
                            "sid": "c_Rt5Kw2PzQ8",
                            "clientId": "k3Jx9QpLw2",
                            "customerName": "",
                            "topic": "home-loan",
                            "queuedAt": "2026-11-25T10:15:58.250Z",
                            "position": 2
                          }
                        ]
                      }
                    },
                    "empty": {
                      "summary": "Nobody waiting",
                      "value": {
                        "chats": []
                      }
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/events": {
        "get": {
          "operationId": "openAgentEventStream",
          "tags": [
            "agent-events"
          ],
          "summary": "AgentEvents - the agent's event stream (Server-Sent Events)",
          "description": "Every event of the agent session, for all of the agent's chats: ChatQueued, ChatOffered,\nChatAssigned, CustomerMessage ... (each message is described in asyncapi.yaml, channel\n`agentEvents`). Framed like the customer stream: one SSE frame per event, `id` the\nevent's per-agent seq, `event` its name, `data` its JSON payload. A `Heartbeat` frame (no\nid) follows any silence of 3 s. Reconnect with `Last-Event-ID` (or `after`, from\nAgentLogin) to resume with nothing lost or repeated. A desktop resuming from a position\nthe server no longer holds gets the oldest events it holds; it re-reads the queue and\nre-accepts its chats (accept answers the current Session of a chat the agent already\nhandles). Several connections of one agent each get every event.\n",
          "x-livechat-function": [
            "AgentEvents"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-asyncapi-channel": "agentEvents",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "RateLimited",
            "ServerInternalConnectivityError"
          ],
          "security": [
            {
              "agentSession": []
            }
          ],
          "parameters": [
            {
              "name": "after",
              "in": "query",
              "required": false,
              "description": "Start after this position (from AgentLogin); Last-Event-ID wins when both are sent. Without either, the stream starts with the next event.",
              "schema": {
                "$ref": "schemas.yaml#/AgentStreamPosition"
              },
              "example": 12
            },
            {
              "name": "Last-Event-ID",
              "in": "header",
              "required": false,
              "description": "The seq of the last event the desktop received (sent by EventSource when it reconnects).",
              "schema": {
                "type": "string",
                "pattern": "^[0-9]{1,16}$"
              },
              "example": "12"
            }
          ],
          "responses": {
            "200": {
              "description": "The stream; it stays open. Frames are described in asyncapi.yaml.",
              "headers": {
                "Cache-Control": {
                  "description": "Always `no-store`.",
                  "schema": {
                    "type": "string",
                    "const": "no-store"
                  }
                }
              },
              "content": {
                "text/event-stream": {
                  "schema": {
                    "type": "string",
                    "description": "SSE frames: `id: <seq>`, `event: <name>`, `data: <payload JSON>`."
                  },
                  "examples": {
                    "message": {
                      "summary": "A customer message then a heartbeat",
                      "value": "id: 13\nevent: CustomerMessage\ndata: {\"seq\":13,\"event\":\"CustomerMessage\",\"time\":\"2026-11-25T10:16:02.300Z\",\"sid\":\"c_7Hq2LxVbN4\",\"clientId\":\"support-1\",\"data\":{\"msg\":\"My card was declined.\",\"messageId\":\"msg_000005\",\"clientMessageId\":\"m_01HZX3C2TP\"}}\n\nevent: Heartbeat\ndata: {\"event\":\"Heartbeat\",\"time\":\"2026-11-25T10:16:05.300Z\",\"latestSeq\":13}\n\n"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            },
            "503": {
              "$ref": "#/components/responses/Problem503"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/accept": {
        "post": {
          "operationId": "acceptChat",
          "tags": [
            "agent-chats"
          ],
          "summary": "AcceptChat - take a queued or offered chat",
          "description": "Takes a chat queued for a CSO (ChatQueued, GET queue) or offered to this agent by a\ntransfer or a conference invitation (ChatOffered), and answers its Session. The customer\nreceives OnRemoteUserConnected (via accept, transfer or conference); the agents concerned\nreceive ChatAssigned. A chat another CSO took first answers InvalidSessionState. Accepting\na chat the agent already handles answers its current Session again (a retry, or a desktop\ncatching up).\n",
          "x-livechat-function": [
            "AcceptChat"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "responses": {
            "200": {
              "description": "The chat is the agent's; its Session (state connected) with the transcript so far.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "../schemas/Session.yaml"
                  },
                  "examples": {
                    "accepted": {
                      "summary": "Alice took the chat",
                      "value": {
                        "sid": "c_7Hq2LxVbN4",
                        "clientId": "support-1",
                        "state": "connected",
                        "agents": [
                          {
                            "name": "Alice",
                            "id": "agent-7",
                            "index": 1
                          }
                        ],
                        "trans": [
                          {
                            "type": "msg",
                            "by": "c",
                            "msg": "Hello%2C%20I%20need%20help",
                            "time": "2026-11-25T10:15:30.120Z",
                            "id": "msg_000001",
                            "clientMessageId": "m_01HZX3A7QK"
                          },
                          {
                            "type": "connect",
                            "id": "agent-7",
                            "name": "Alice",
                            "time": "2026-11-25T10:15:41.000Z"
                          }
                        ]
                      }
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/messages": {
        "post": {
          "operationId": "agentSendMessage",
          "tags": [
            "agent-chats"
          ],
          "summary": "AgentSendMessage - send a message to the customer",
          "description": "Sends a text message to the customer: every page of the customer's browser session\nreceives OnMessageReceived with it. Accepted once per `clientMessageId`: a retry with the\nsame id answers 200 with the first result and no second OnMessageReceived. The other CSOs\nof a conference receive nothing (their desktops read the transcript). A message that would\ntake the transcript beyond the chat's transcriptCap (SessionLimits) is refused with\nTranscriptFull, and the customer receives nothing; the chat stays open.\n",
          "x-livechat-function": [
            "AgentSendMessage"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "AlreadyEndedSession",
            "RateLimited",
            "TranscriptFull"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "msg",
                    "clientMessageId"
                  ],
                  "properties": {
                    "msg": {
                      "$ref": "../schemas/common.yaml#/ChatText"
                    },
                    "clientMessageId": {
                      "$ref": "../schemas/common.yaml#/ClientMessageId"
                    }
                  }
                },
                "examples": {
                  "greeting": {
                    "summary": "Alice greets the customer",
                    "value": {
                      "msg": "Hi, Alice here. How can I help?",
                      "clientMessageId": "am_01HZX3B1WQ"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "description": "A retry of a message already accepted; the first result, no second OnMessageReceived.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/AgentMessageAccepted"
                  },
                  "examples": {
                    "retried": {
                      "$ref": "#/components/examples/AgentMessageAccepted"
                    }
                  }
                }
              }
            },
            "201": {
              "description": "Accepted; OnMessageReceived goes to every page of the customer.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "#/components/schemas/AgentMessageAccepted"
                  },
                  "examples": {
                    "accepted": {
                      "$ref": "#/components/examples/AgentMessageAccepted"
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/app-messages": {
        "post": {
          "operationId": "agentSendAppMessage",
          "tags": [
            "agent-chats"
          ],
          "summary": "AgentSendAppMessage - send an application message to the customer's pages",
          "description": "Sends a message from the agent desktop to the customer's application, not the\ntranscript: every page receives OnAppMessageReceived(agent, msg), with this agent's name\nand `type`.\n",
          "x-livechat-function": [
            "AgentSendAppMessage"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "AlreadyEndedSession",
            "RateLimited",
            "PayloadTooLarge"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "type",
                    "msg"
                  ],
                  "properties": {
                    "type": {
                      "type": "string",
                      "minLength": 1,
                      "maxLength": 128,
                      "description": "Any application-defined string; OnAppMessageReceived carries it."
                    },
                    "msg": {
                      "type": "string",
                      "maxLength": 65536,
                      "description": "The message text (often serialised JSON); OnAppMessageReceived's msg."
                    }
                  }
                },
                "examples": {
                  "openForm": {
                    "summary": "Asks the page to open a form",
                    "value": {
                      "type": "ui-command",
                      "msg": "{\"open\":\"address-change\"}"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "202": {
              "description": "Accepted; OnAppMessageReceived goes to every page of the customer."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "413": {
              "$ref": "#/components/responses/Problem413"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/typing": {
        "post": {
          "operationId": "agentTyping",
          "tags": [
            "agent-chats"
          ],
          "summary": "AgentTyping - tell the customer the CSO is typing",
          "description": "0 typing started, 1 typing stopped; every page of the customer receives OnTypingStateChanged(state) with this agent's id.",
          "x-livechat-function": [
            "AgentTyping"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "state"
                  ],
                  "properties": {
                    "state": {
                      "$ref": "../schemas/TypingState.yaml"
                    }
                  }
                },
                "examples": {
                  "started": {
                    "summary": "Typing started",
                    "value": {
                      "state": 0
                    }
                  },
                  "stopped": {
                    "summary": "Typing stopped",
                    "value": {
                      "state": 1
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "204": {
              "description": "Relayed to the customer."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/transfer": {
        "post": {
          "operationId": "transferChat",
          "tags": [
            "agent-chats"
          ],
          "summary": "TransferChat - hand the chat over to another CSO",
          "description": "Offers the chat to another logged-in agent, who receives ChatOffered (kind transfer). When\nthat agent accepts, the customer receives OnRemoteUserConnected (via transfer) with the new\nCSO, the transcript records this agent's disconnect and the new agent's connect, and this\nagent receives ChatAssigned naming the new agent - the chat is no longer its. Until then\nthis agent keeps the chat. InvalidSessionState when `toAgentId` is not logged in, is this\nagent, or already takes part in the chat.\n",
          "x-livechat-function": [
            "TransferChat"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "toAgentId"
                  ],
                  "properties": {
                    "toAgentId": {
                      "$ref": "../schemas/common.yaml#/AgentId"
                    }
                  }
                },
                "examples": {
                  "toBob": {
                    "summary": "Transfer to Bob",
                    "value": {
                      "toAgentId": "agent-9"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "202": {
              "description": "Offered; ChatOffered goes to the other agent."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/conference": {
        "post": {
          "operationId": "inviteToConference",
          "tags": [
            "agent-chats"
          ],
          "summary": "InviteToConference - invite another CSO into the chat",
          "description": "Invites another logged-in agent, who receives ChatOffered (kind conference). When that\nagent accepts, the customer receives OnRemoteUserConnected (via conference) and the agents\nalready in the chat receive ChatAssigned naming the newcomer; everyone stays.\nInvalidSessionState when `agentId` is not logged in, is this agent, or already takes part\nin the chat.\n",
          "x-livechat-function": [
            "InviteToConference"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "agentId"
                  ],
                  "properties": {
                    "agentId": {
                      "$ref": "../schemas/common.yaml#/AgentId"
                    }
                  }
                },
                "examples": {
                  "inviteBob": {
                    "summary": "Invite Bob, a specialist",
                    "value": {
                      "agentId": "agent-9"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "202": {
              "description": "Invited; ChatOffered goes to the other agent."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/conference/leave": {
        "post": {
          "operationId": "leaveConference",
          "tags": [
            "agent-chats"
          ],
          "summary": "LeaveConference - leave a chat other CSOs go on with",
          "description": "This agent leaves the chat; the chat goes on with the other CSOs. Every page of the\ncustomer receives OnConferenceUserLeft(agent, msg) with this agent's name and `msg`; the\nagents who stay receive ConferenceAgentLeft. InvalidSessionState when this agent is the\nonly CSO in the chat (end or transfer it instead).\n",
          "x-livechat-function": [
            "LeaveConference"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "msg"
                  ],
                  "properties": {
                    "msg": {
                      "type": "string",
                      "maxLength": 4096,
                      "description": "The leaving CSO's message; OnConferenceUserLeft's msg."
                    }
                  }
                },
                "examples": {
                  "left": {
                    "summary": "The specialist leaves",
                    "value": {
                      "msg": "Bob has left the chat"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "204": {
              "description": "Left; OnConferenceUserLeft goes to the customer."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/callback": {
        "post": {
          "operationId": "agentRequestCallback",
          "tags": [
            "agent-chats"
          ],
          "summary": "AgentRequestCallback - register a callback for the customer",
          "description": "The CSO registers a callback to `contact` on the customer's behalf; every page of the\ncustomer receives OnCallbackRequestStatus(false, status) - isCustomerReq false, status true\nwhen registered - with the contact.\n",
          "x-livechat-function": [
            "AgentRequestCallback"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "contact"
                  ],
                  "properties": {
                    "contact": {
                      "type": "string",
                      "pattern": "^\\+?[0-9][0-9 ().-]{2,31}$",
                      "description": "Phone number to call the customer back on."
                    }
                  }
                },
                "examples": {
                  "mobile": {
                    "summary": "The customer's mobile number",
                    "value": {
                      "contact": "+65 9123 4567"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "202": {
              "description": "Registered; OnCallbackRequestStatus goes to the customer."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/history": {
        "post": {
          "operationId": "agentSendHistory",
          "tags": [
            "agent-chats"
          ],
          "summary": "AgentSendHistory - send the customer's earlier chat history",
          "description": "Sends transcript records of the customer's earlier chats; every page of the customer receives OnHistoryReceived(history) with them, unchanged.",
          "x-livechat-function": [
            "AgentSendHistory"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "AlreadyEndedSession",
            "RateLimited",
            "PayloadTooLarge"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "history"
                  ],
                  "properties": {
                    "history": {
                      "type": "array",
                      "maxItems": 10000,
                      "description": "Transcript records of earlier chats, oldest first.",
                      "items": {
                        "$ref": "../schemas/TranscriptEntry.yaml"
                      }
                    }
                  }
                },
                "examples": {
                  "lastWeek": {
                    "summary": "One earlier exchange",
                    "value": {
                      "history": [
                        {
                          "type": "msg",
                          "by": "c",
                          "msg": "Card%20declined",
                          "time": "2026-11-18T09:00:00.000Z"
                        },
                        {
                          "type": "connect",
                          "id": "agent-9",
                          "name": "Bob",
                          "time": "2026-11-18T09:00:20.000Z"
                        },
                        {
                          "type": "msg",
                          "by": "a",
                          "msg": "Let%20me%20check.",
                          "time": "2026-11-18T09:00:31.000Z",
                          "agentId": "agent-9"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "202": {
              "description": "Accepted; OnHistoryReceived goes to the customer."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "413": {
              "$ref": "#/components/responses/Problem413"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/end": {
        "post": {
          "operationId": "agentEndChat",
          "tags": [
            "agent-chats"
          ],
          "summary": "AgentEndChat - end the chat",
          "description": "Ends the chat for everyone: every page of the customer receives OnEnd('server') (the\ncustomer side gets no reason from the CSO), and every agent in the chat - this one\nincluded - receives ChatEnded (initiator agent, with `reason`).\n",
          "x-livechat-function": [
            "AgentEndChat"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": false,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "reason": {
                      "type": "string",
                      "maxLength": 1024,
                      "description": "Any text, recorded and passed to the agents in ChatEnded."
                    }
                  }
                },
                "examples": {
                  "resolved": {
                    "summary": "The question was answered",
                    "value": {
                      "reason": "resolved"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "204": {
              "description": "The chat ended; OnEnd goes to the customer, ChatEnded to the agents."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/av/answer": {
        "post": {
          "operationId": "agentAnswerAvCall",
          "tags": [
            "agent-av"
          ],
          "summary": "AgentAnswerAvCall - answer the customer's audio/video call",
          "description": "Answers the call the customer started (StartAvCall), announced to the agent by\nAvCallRequested. The customer's SDP offer and ICE candidates reach the agent as AvSignal\nevents; the agent replies with its answer and candidates by av/signals. InvalidSessionState\nwhen `callId` is not a call of this chat waiting for an answer.\n",
          "x-livechat-function": [
            "AgentAnswerAvCall"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AgentCallRef"
                },
                "examples": {
                  "answer": {
                    "summary": "Answer the call",
                    "value": {
                      "callId": "av_5tR2pQ9x"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "204": {
              "description": "Answered; signaling goes on by av/signals and AvSignal."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/av/decline": {
        "post": {
          "operationId": "agentDeclineAvCall",
          "tags": [
            "agent-av"
          ],
          "summary": "AgentDeclineAvCall - refuse the customer's audio/video call",
          "description": "Refuses a call waiting for an answer; the call ends on the customer's side as a hang-up by\nthe CSO, and the agents of the chat receive AvCallEnded (by agent). The chat goes on.\nInvalidSessionState when `callId` is not a call of this chat waiting for an answer.\n",
          "x-livechat-function": [
            "AgentDeclineAvCall"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AgentCallRef"
                },
                "examples": {
                  "decline": {
                    "summary": "Decline the call",
                    "value": {
                      "callId": "av_5tR2pQ9x"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "204": {
              "description": "Declined; the call ended."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/av/signals": {
        "post": {
          "operationId": "agentSendAvSignal",
          "tags": [
            "agent-av"
          ],
          "summary": "WebRTC signaling of a call, agent side (SDP answer, ICE candidates)",
          "description": "Part of AgentAnswerAvCall - relays the agent's SDP answer (or offer, on renegotiation) or one trickled ICE candidate to the customer's side of the call.",
          "x-livechat-function": [
            "AgentAnswerAvCall"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "callId",
                    "signal"
                  ],
                  "properties": {
                    "callId": {
                      "$ref": "../schemas/common.yaml#/CallId"
                    },
                    "signal": {
                      "$ref": "../schemas/signaling.yaml#/Signal"
                    }
                  }
                },
                "examples": {
                  "answer": {
                    "summary": "The agent's answer",
                    "value": {
                      "callId": "av_5tR2pQ9x",
                      "signal": {
                        "type": "answer",
                        "sdp": "v=0\r\no=- 7720831744208211012 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                      }
                    }
                  },
                  "candidate": {
                    "summary": "A trickled candidate",
                    "value": {
                      "callId": "av_5tR2pQ9x",
                      "signal": {
                        "type": "ice-candidate",
                        "candidate": {
                          "candidate": "candidate:1 1 udp 2122260223 192.0.2.20 50010 typ host",
                          "sdpMid": "0",
                          "sdpMLineIndex": 0
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "202": {
              "description": "Relayed."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/av/pause": {
        "post": {
          "operationId": "agentPauseAv",
          "tags": [
            "agent-av"
          ],
          "summary": "AgentPauseAv - mute or pause the agent's media, and undo",
          "description": "The agent's microphone is muted when audio is true (unmuted otherwise) and its camera paused when video is true (resumed otherwise); the customer's side receives the new state.",
          "x-livechat-function": [
            "AgentPauseAv"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "callId",
                    "audio",
                    "video"
                  ],
                  "properties": {
                    "callId": {
                      "$ref": "../schemas/common.yaml#/CallId"
                    },
                    "audio": {
                      "type": "boolean",
                      "description": "True mutes the agent's microphone."
                    },
                    "video": {
                      "type": "boolean",
                      "description": "True pauses the agent's camera."
                    }
                  }
                },
                "examples": {
                  "muted": {
                    "summary": "Microphone muted, camera on",
                    "value": {
                      "callId": "av_5tR2pQ9x",
                      "audio": true,
                      "video": false
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "204": {
              "description": "Relayed to the customer's side."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/av/end": {
        "post": {
          "operationId": "agentEndAvCall",
          "tags": [
            "agent-av"
          ],
          "summary": "AgentEndAvCall - hang up",
          "description": "Ends the call; the customer's side receives the hang-up (Display.OnDisconnected on the page) and the agents of the chat receive AvCallEnded (by agent). The chat goes on.",
          "x-livechat-function": [
            "AgentEndAvCall"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AgentCallRef"
                },
                "examples": {
                  "hangUp": {
                    "summary": "Hang up",
                    "value": {
                      "callId": "av_5tR2pQ9x"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "204": {
              "description": "Ended."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/cobrowse/signals": {
        "post": {
          "operationId": "agentSendCobrowseSignal",
          "tags": [
            "agent-cobrowse"
          ],
          "summary": "WebRTC signaling of the co-browse stream, agent side",
          "description": "Part of AgentCobrowse - relays the agent's SDP answer (or offer, on renegotiation) or one\nICE candidate for the shared-screen stream of a co-browse session the customer started\n(CobrowseStarted); the customer's offer and candidates reach the agent as CobrowseSignal.\nInvalidSessionState when `cobrowseId` is not a co-browse session in progress in this chat.\n",
          "x-livechat-function": [
            "AgentCobrowse"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "cobrowseId",
                    "signal"
                  ],
                  "properties": {
                    "cobrowseId": {
                      "$ref": "../schemas/common.yaml#/CobrowseId"
                    },
                    "signal": {
                      "$ref": "../schemas/signaling.yaml#/Signal"
                    }
                  }
                },
                "examples": {
                  "answer": {
                    "summary": "The agent's answer to the shared stream's offer",
                    "value": {
                      "cobrowseId": "cb_9Lm3Wq1z",
                      "signal": {
                        "type": "answer",
                        "sdp": "v=0\r\no=- 7720831744208211013 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                      }
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "202": {
              "description": "Relayed."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/cobrowse/control-values": {
        "post": {
          "operationId": "agentSendCobrowseControlValue",
          "tags": [
            "agent-cobrowse"
          ],
          "summary": "The agent changed a control of domControlList",
          "description": "Part of AgentCobrowse - the new value of a text box, radio button, checkbox or dropdown\nnamed in the session's domControlList (CobrowseStarted), set from the agent's view and\nmirrored on the customer's page. InvalidSessionState when `cobrowseId` is not a co-browse\nsession in progress in this chat.\n",
          "x-livechat-function": [
            "AgentCobrowse"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "cobrowseId",
                    "value"
                  ],
                  "properties": {
                    "cobrowseId": {
                      "$ref": "../schemas/common.yaml#/CobrowseId"
                    },
                    "value": {
                      "$ref": "../schemas/signaling.yaml#/CobrControlValue"
                    }
                  }
                },
                "examples": {
                  "textbox": {
                    "summary": "The agent filled in a text box",
                    "value": {
                      "cobrowseId": "cb_9Lm3Wq1z",
                      "value": {
                        "control": "textbox",
                        "id": "textbox1",
                        "value": "12 Orchard Road"
                      }
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "202": {
              "description": "Relayed to the customer's page."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/cobrowse/annotations": {
        "post": {
          "operationId": "agentSendCobrowseAnnotation",
          "tags": [
            "agent-cobrowse"
          ],
          "summary": "The agent annotated the shared page",
          "description": "Part of AgentCobrowse - one annotation stroke, or a clear, drawn by the agent and shown\nover the customer's page. InvalidSessionState when `cobrowseId` is not a co-browse session\nin progress in this chat, or the session was started without isAnnotationEnabled.\n",
          "x-livechat-function": [
            "AgentCobrowse"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "cobrowseId",
                    "annotation"
                  ],
                  "properties": {
                    "cobrowseId": {
                      "$ref": "../schemas/common.yaml#/CobrowseId"
                    },
                    "annotation": {
                      "$ref": "../schemas/signaling.yaml#/CobrAnnotation"
                    }
                  }
                },
                "examples": {
                  "highlight": {
                    "summary": "The agent highlights a field",
                    "value": {
                      "cobrowseId": "cb_9Lm3Wq1z",
                      "annotation": {
                        "tool": "highlight",
                        "color": "#ffd400",
                        "points": [
                          [
                            0.3,
                            0.52
                          ],
                          [
                            0.62,
                            0.52
                          ]
                        ]
                      }
                    }
                  },
                  "clear": {
                    "summary": "The agent clears every annotation",
                    "value": {
                      "cobrowseId": "cb_9Lm3Wq1z",
                      "annotation": {
                        "tool": "clear"
                      }
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "202": {
              "description": "Relayed to the customer's page."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/chats/{sid}/cobrowse/end": {
        "post": {
          "operationId": "agentEndCobrowse",
          "tags": [
            "agent-cobrowse"
          ],
          "summary": "AgentEndCobr - end co-browsing",
          "description": "Ends the co-browse session; the customer's page stops sharing, and the agents of the chat\nreceive CobrowseEnded (by agent). The chat goes on. InvalidSessionState when `cobrowseId`\nis not a co-browse session in progress in this chat.\n",
          "x-livechat-function": [
            "AgentEndCobr"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NoSessionFound",
            "InvalidSessionState",
            "AlreadyEndedSession",
            "RateLimited"
          ],
          "parameters": [
            {
              "$ref": "#/components/parameters/Sid"
            }
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "title": "AgentCobrowseRef",
                  "description": "Names the co-browse session.",
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "cobrowseId"
                  ],
                  "properties": {
                    "cobrowseId": {
                      "$ref": "../schemas/common.yaml#/CobrowseId"
                    }
                  }
                },
                "examples": {
                  "end": {
                    "summary": "End co-browsing",
                    "value": {
                      "cobrowseId": "cb_9Lm3Wq1z"
                    }
                  }
                }
              }
            }
          },
          "responses": {
            "204": {
              "description": "Ended."
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "409": {
              "$ref": "#/components/responses/Problem409"
            },
            "410": {
              "$ref": "#/components/responses/Problem410"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      },
      "/tetherfi/agent/test/conditions": {
        "put": {
          "operationId": "setTestConditions",
          "tags": [
            "agent-test-controls"
          ],
          "summary": "SetTestConditions - put a deployment set up for testing into the state a case needs",
          "description": "Puts the whole deployment into states no customer or CSO can bring about from outside, so\nthat a certification run can test what the document says happens in them: a captcha\nrequired (with a known text, as a captcha service's test keys give), a small queue or a\nshort queue timeout (QueueIsTooBig, TimedOutInQueue), no CSO counted as logged in\n(NoStaffedAgents), the failures of the deployment's own systems that refuse a chat\nwith a callback (ErrorInGetAgentDetails, ErrorAgentDetails, InternalServerError), a\nshort session-end timer (closeTimerMs), so that its end can be seen within a run, a\nsmall transcript cap (transcriptEntries: TranscriptFull within a run's rate budget), and\nthe deployment unavailable (OFFLINE, ServerInternalConnectivityError). Every\ncall replaces the conditions in force: what the body leaves out is back to the\ndeployment's own settings, and `{}` resets them all. They last until replaced or the\ndeployment restarts, and apply to every customer - so only a deployment set up for\ntesting offers them (the reference server with `LIVECHAT_TEST_CONDITIONS`); any other\nanswers NotFound, and the conformance suite then reports the cases that need them not\ntestable.\n",
          "x-livechat-function": [
            "SetTestConditions"
          ],
          "x-livechat-section": "Agent test interface",
          "x-livechat-errors": [
            "InvalidRequest",
            "CookiesDisabled",
            "AccessTokenInvalid",
            "NotFound",
            "RateLimited"
          ],
          "requestBody": {
            "required": true,
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "schemas.yaml#/TestConditions"
                },
                "examples": {
                  "captcha": {
                    "summary": "Require a captcha whose images all show K7XP4",
                    "value": {
                      "captchaText": "K7XP4"
                    }
                  },
                  "smallQueue": {
                    "summary": "A queue of one chat that times out after 1.5 s",
                    "value": {
                      "queueLimit": 1,
                      "queueTimeoutMs": 1500
                    }
                  },
                  "failure": {
                    "summary": "Refuse new chats as if the CSO's details could not be retrieved",
                    "value": {
                      "routingFailure": "ErrorInGetAgentDetails"
                    }
                  },
                  "reset": {
                    "summary": "Back to the deployment's own settings",
                    "value": {}
                  }
                }
              }
            }
          },
          "responses": {
            "200": {
              "description": "The conditions now in force.",
              "content": {
                "application/json": {
                  "schema": {
                    "$ref": "schemas.yaml#/TestConditions"
                  },
                  "examples": {
                    "captcha": {
                      "summary": "A captcha is required",
                      "value": {
                        "captchaText": "K7XP4"
                      }
                    }
                  }
                }
              }
            },
            "400": {
              "$ref": "#/components/responses/Problem400"
            },
            "403": {
              "$ref": "#/components/responses/Problem403"
            },
            "404": {
              "$ref": "#/components/responses/Problem404"
            },
            "429": {
              "$ref": "#/components/responses/Problem429"
            }
          }
        }
      }
    },
    "components": {
      "schemas": {
        "AgentMessageAccepted": {
          "title": "AgentMessageAccepted",
          "description": "A message the CSO sent, accepted.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "messageId",
            "clientMessageId",
            "time"
          ],
          "properties": {
            "messageId": {
              "$ref": "../schemas/common.yaml#/MessageId"
            },
            "clientMessageId": {
              "$ref": "../schemas/common.yaml#/ClientMessageId"
            },
            "time": {
              "$ref": "../schemas/common.yaml#/ServerTime"
            }
          }
        },
        "AgentCallRef": {
          "title": "AgentCallRef",
          "description": "Names the call.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "callId"
          ],
          "properties": {
            "callId": {
              "$ref": "../schemas/common.yaml#/CallId"
            }
          }
        }
      },
      "examples": {
        "AgentMessageAccepted": {
          "summary": "Accepted as the chat's fourth message",
          "value": {
            "messageId": "msg_000004",
            "clientMessageId": "am_01HZX3B1WQ",
            "time": "2026-11-25T10:15:45.500Z"
          }
        }
      },
      "securitySchemes": {
        "agentSession": {
          "type": "apiKey",
          "in": "cookie",
          "name": "LIVECHAT_AGENT",
          "description": "The agent session: an opaque secret in an HttpOnly, SameSite=Strict cookie scoped to\n`/tetherfi/agent` (Secure over https), set by AgentLogin. Without it, or with one the\nserver does not know (never logged in, logged out, replaced by a later login, expired),\ncalls fail with CookiesDisabled.\n"
        },
        "agentToken": {
          "type": "apiKey",
          "in": "header",
          "name": "Livechat-Agent-Token",
          "description": "The agent session's token from AgentLogin, required on every call but login and the GETs, against\ncross-site request forgery; a missing or foreign token gets AccessTokenInvalid.\n"
        }
      },
      "parameters": {
        "Sid": {
          "name": "sid",
          "in": "path",
          "required": true,
          "description": "The chat's session id (the customer side's Sid).",
          "schema": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "example": "c_7Hq2LxVbN4"
        }
      },
      "headers": {
        "SetAgentSession": {
          "description": "Sets the agent-session cookie (HttpOnly; SameSite=Strict; Path=/tetherfi/agent; Max-Age the session's lifetime; Secure over https).",
          "schema": {
            "type": "string"
          },
          "example": "LIVECHAT_AGENT=agent-7.as_Jq4Vw8Lx2Rb6Tn0Ym3PcXk1Zf5Hs9Gd2Wl7Vb3Nq8Ty0; Max-Age=43200; Path=/tetherfi/agent; HttpOnly; SameSite=Strict"
        },
        "RetryAfter": {
          "description": "Seconds to wait before retrying (RFC 9110), also given in the problem's retryAfterMs.",
          "schema": {
            "type": "integer",
            "minimum": 0
          },
          "example": 5
        }
      },
      "responses": {
        "Problem400": {
          "description": "Bad request - InvalidRequest, or CookiesDisabled (no agent session).",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "../schemas/Problem.yaml"
              },
              "examples": {
                "InvalidRequest": {
                  "summary": "A field has the wrong type",
                  "value": {
                    "type": "urn:livechat:error:InvalidRequest",
                    "title": "Invalid request",
                    "status": 400,
                    "code": "InvalidRequest",
                    "retryable": false,
                    "errors": [
                      {
                        "pointer": "#/msg",
                        "message": "must be string"
                      }
                    ]
                  }
                },
                "CookiesDisabled": {
                  "summary": "Not logged in",
                  "value": {
                    "type": "urn:livechat:error:CookiesDisabled",
                    "title": "Cookies are disabled",
                    "status": 400,
                    "code": "CookiesDisabled",
                    "retryable": false,
                    "detail": "The request carries no LIVECHAT_AGENT cookie; log in first."
                  }
                }
              }
            }
          }
        },
        "Problem403": {
          "description": "Forbidden - AccessTokenInvalid (agent token missing or foreign, or login refused).",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "../schemas/Problem.yaml"
              },
              "examples": {
                "AccessTokenInvalid": {
                  "summary": "No Livechat-Agent-Token header",
                  "value": {
                    "type": "urn:livechat:error:AccessTokenInvalid",
                    "title": "Access token invalid",
                    "status": 403,
                    "code": "AccessTokenInvalid",
                    "retryable": false,
                    "detail": "The Livechat-Agent-Token header is missing."
                  }
                },
                "LoginRefused": {
                  "summary": "Wrong password",
                  "value": {
                    "type": "urn:livechat:error:AccessTokenInvalid",
                    "title": "Access token invalid",
                    "status": 403,
                    "code": "AccessTokenInvalid",
                    "retryable": false,
                    "detail": "The password does not match agent-7."
                  }
                }
              }
            }
          }
        },
        "Problem404": {
          "description": "Not found - NoSessionFound (no such chat for this agent), or NotFound (an operation this deployment does not offer, such as SetTestConditions outside testing).",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "../schemas/Problem.yaml"
              },
              "examples": {
                "NoSessionFound": {
                  "summary": "The agent takes no part in this chat",
                  "value": {
                    "type": "urn:livechat:error:NoSessionFound",
                    "title": "No session found",
                    "status": 404,
                    "code": "NoSessionFound",
                    "retryable": false,
                    "sid": "c_7Hq2LxVbN4"
                  }
                }
              }
            }
          }
        },
        "Problem409": {
          "description": "Conflict with the chat's state - InvalidSessionState or TranscriptFull.",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "../schemas/Problem.yaml"
              },
              "examples": {
                "InvalidSessionState": {
                  "summary": "Another CSO took the chat",
                  "value": {
                    "type": "urn:livechat:error:InvalidSessionState",
                    "title": "Invalid session state",
                    "status": 409,
                    "code": "InvalidSessionState",
                    "retryable": false,
                    "sid": "c_7Hq2LxVbN4",
                    "detail": "agent-9 accepted this chat first."
                  }
                }
              }
            }
          }
        },
        "Problem410": {
          "description": "Gone - AlreadyEndedSession.",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "../schemas/Problem.yaml"
              },
              "examples": {
                "AlreadyEndedSession": {
                  "summary": "The chat has ended",
                  "value": {
                    "type": "urn:livechat:error:AlreadyEndedSession",
                    "title": "Chat already ended",
                    "status": 410,
                    "code": "AlreadyEndedSession",
                    "retryable": false,
                    "sid": "c_7Hq2LxVbN4"
                  }
                }
              }
            }
          }
        },
        "Problem413": {
          "description": "Too large - PayloadTooLarge.",
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "../schemas/Problem.yaml"
              },
              "examples": {
                "PayloadTooLarge": {
                  "summary": "App message over the limit",
                  "value": {
                    "type": "urn:livechat:error:PayloadTooLarge",
                    "title": "Payload too large",
                    "status": 413,
                    "code": "PayloadTooLarge",
                    "retryable": false,
                    "detail": "The message is 70000 bytes; the limit is 65536."
                  }
                }
              }
            }
          }
        },
        "Problem429": {
          "description": "Rate limited - RateLimited.",
          "headers": {
            "Retry-After": {
              "$ref": "#/components/headers/RetryAfter"
            }
          },
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "../schemas/Problem.yaml"
              },
              "examples": {
                "RateLimited": {
                  "summary": "Too many calls",
                  "value": {
                    "type": "urn:livechat:error:RateLimited",
                    "title": "Rate limited",
                    "status": 429,
                    "code": "RateLimited",
                    "retryable": true,
                    "retryAfterMs": 5000
                  }
                }
              }
            }
          }
        },
        "Problem503": {
          "description": "Unavailable - ServerInternalConnectivityError.",
          "headers": {
            "Retry-After": {
              "$ref": "#/components/headers/RetryAfter"
            }
          },
          "content": {
            "application/problem+json": {
              "schema": {
                "$ref": "../schemas/Problem.yaml"
              },
              "examples": {
                "ServerInternalConnectivityError": {
                  "summary": "Store unreachable",
                  "value": {
                    "type": "urn:livechat:error:ServerInternalConnectivityError",
                    "title": "Internal connectivity error",
                    "status": 503,
                    "code": "ServerInternalConnectivityError",
                    "retryable": true,
                    "retryAfterMs": 2000
                  }
                }
              }
            }
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/agent/schemas.yaml": {
    "AgentSeq": {
      "title": "AgentSeq",
      "description": "Sequence id of an event within its agent session; 1 for the agent's first event, then one more for each event, shared by every connection of that agent (the SSE `id`). Independent of the customers' browser-session seqs.",
      "type": "integer",
      "minimum": 1,
      "maximum": 9007199254740991,
      "examples": [
        42
      ]
    },
    "AgentStreamPosition": {
      "title": "AgentStreamPosition",
      "description": "A position in the agent's event stream - the seq of the last event before it, 0 before the first. Read the stream from here (`after` or Last-Event-ID).",
      "type": "integer",
      "minimum": 0,
      "maximum": 9007199254740991,
      "examples": [
        12
      ]
    },
    "AgentToken": {
      "title": "AgentToken",
      "description": "The agent session's token (AgentLogin), sent in the `Livechat-Agent-Token` header of every POST but login.",
      "type": "string",
      "pattern": "^[A-Za-z0-9_-]{32,128}$",
      "examples": [
        "atk_8Gm2Qx7VbR4nLp1sWc9ZdT3yHe6Jk0Uf"
      ]
    },
    "CustomerName": {
      "title": "CustomerName",
      "description": "The customer's display name (CustomerDetails.eCustName, decrypted when the details were encrypted); empty when the customer gave none.",
      "type": "string",
      "maxLength": 256,
      "examples": [
        "Tan Mei Ling"
      ]
    },
    "ChatTopic": {
      "title": "ChatTopic",
      "description": "The topic the customer chose (CustomerDetails.pTopic); empty when none was given.",
      "type": "string",
      "maxLength": 256,
      "examples": [
        "credit-card"
      ]
    },
    "QueuePosition": {
      "title": "QueuePosition",
      "description": "Position of a chat in the queue; 1 for the chat next to be answered.",
      "type": "integer",
      "minimum": 1,
      "examples": [
        1
      ]
    },
    "QueuedChat": {
      "title": "QueuedChat",
      "description": "A chat waiting in the queue for a CSO.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "sid",
        "clientId",
        "customerName",
        "topic",
        "queuedAt",
        "position"
      ],
      "properties": {
        "sid": {
          "$ref": "../schemas/common.yaml#/Sid"
        },
        "clientId": {
          "$ref": "../schemas/common.yaml#/ClientId"
        },
        "customerName": {
          "$ref": "#/CustomerName"
        },
        "topic": {
          "$ref": "#/ChatTopic"
        },
        "queuedAt": {
          "type": "string",
          "format": "date-time",
          "description": "When the chat entered the queue (server time, RFC 3339, UTC)."
        },
        "position": {
          "$ref": "#/QueuePosition"
        }
      },
      "examples": [
        {
          "sid": "c_7Hq2LxVbN4",
          "clientId": "support-1",
          "customerName": "Tan Mei Ling",
          "topic": "credit-card",
          "queuedAt": "2026-11-25T10:15:31.000Z",
          "position": 1
        }
      ]
    },
    "ChatEndInitiator": {
      "title": "ChatEndInitiator",
      "description": "Who ended a chat, as the agent side sees it.",
      "type": "string",
      "oneOf": [
        {
          "const": "customer",
          "description": "A page of the customer called End; `reason` is what it passed."
        },
        {
          "const": "agent",
          "description": "A CSO ended it (AgentEndChat); `reason` is what that CSO passed."
        },
        {
          "const": "server",
          "description": "The server ended it (the customer's session-end timer ran out, the chat's lifetime was reached, or it failed); `reason` says which when the server knows."
        }
      ],
      "examples": [
        "customer"
      ]
    },
    "EndedBy": {
      "title": "EndedBy",
      "description": "Which side ended an audio/video call or a co-browse session.",
      "type": "string",
      "oneOf": [
        {
          "const": "customer",
          "description": "The customer's page ended it (EndAvCall, EndCobr)."
        },
        {
          "const": "agent",
          "description": "A CSO ended or declined it."
        },
        {
          "const": "server",
          "description": "The server ended it, because the chat ended or a side was lost."
        }
      ],
      "examples": [
        "customer"
      ]
    },
    "TestConditions": {
      "title": "TestConditions",
      "description": "States of a deployment set up for testing (SetTestConditions); a field left out is the deployment's own setting.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "captchaText": {
          "description": "Start requires a captcha (GetAccessToken says captchaRequired), and every captcha image shows this text - of the characters no reader confuses with another, which every captcha can draw.",
          "type": "string",
          "pattern": "^[ACEFHJKMNPRTWXY34679]{4,8}$",
          "examples": [
            "K7XP4"
          ]
        },
        "queueLimit": {
          "description": "Most chats waiting for a CSO; beyond it a new chat is refused with QueueIsTooBig.",
          "type": "integer",
          "minimum": 0,
          "maximum": 1000,
          "examples": [
            1
          ]
        },
        "queueTimeoutMs": {
          "description": "Longest a chat waits in the queue before it is refused with TimedOutInQueue (for chats queued from now on).",
          "type": "integer",
          "minimum": 100,
          "maximum": 600000,
          "examples": [
            1500
          ]
        },
        "staffed": {
          "description": "false - the deployment counts no CSO as logged in, so a new chat is refused with NoStaffedAgents.",
          "type": "boolean",
          "examples": [
            false
          ]
        },
        "unavailable": {
          "description": "true - the deployment behaves as when it cannot reach its own store or routing, or is draining - GetStatus answers `OFFLINE (...)` and every customer call that lists ServerInternalConnectivityError answers it (503, retryable, Retry-After); the scripts and this agent interface keep working.",
          "type": "boolean",
          "examples": [
            true
          ]
        },
        "closeTimerMs": {
          "description": "The session-end timer's length (spec/README.md, \"Open, Start, Close and the session-end timer\") for timers started from now on; Start and Open announce it as the limits' closeTimerMs.",
          "type": "integer",
          "minimum": 100,
          "maximum": 600000,
          "examples": [
            1000
          ]
        },
        "transcriptEntries": {
          "description": "The most entries a chat's transcript holds (transcriptCap.entries), for every chat while it is in force; Start and Open announce it in the limits. A message beyond it answers TranscriptFull.",
          "type": "integer",
          "minimum": 1,
          "maximum": 10000,
          "examples": [
            3
          ]
        },
        "routingFailure": {
          "description": "Every new chat is refused with this reason (a callback recorded), as when the deployment's own systems fail so.",
          "type": "string",
          "oneOf": [
            {
              "const": "ErrorInGetAgentDetails",
              "description": "The CSO's information cannot be retrieved."
            },
            {
              "const": "ErrorAgentDetails",
              "description": "The CSO's information is in error."
            },
            {
              "const": "InternalServerError",
              "description": "An internal server error."
            }
          ],
          "examples": [
            "InternalServerError"
          ]
        }
      },
      "examples": [
        {
          "captchaText": "K7XP4",
          "queueLimit": 1
        }
      ]
    }
  },
  "https://livechat-kit.invalid/spec/asyncapi.yaml": {
    "asyncapi": "3.0.0",
    "id": "urn:livechat-kit:livechat",
    "info": {
      "title": "livechat-kit - events of the Tetherfi Communication Web API",
      "version": "2.19.09.13+kit.1",
      "description": "Every event of the browser objects `livechat` / `libtextchat` / `multilivechat` of the\nTetherfi Communication Web API Reference Document 2.19.09.13, plus the audio/video and\nco-browse signaling messages, as named messages.\n\n**Point of view: the page** - the customer's web page using the client library. Every\noperation is `receive`: what reaches the page's handlers (`livechat.OnEcho = function (msg)`).\nTwo channels say where an event comes from:\n\n- `eventStream` - sent by the server on the event stream (`GET /tetherfi/livechat/events`,\n  Server-Sent Events: `id` = the event's seq, `event` = the message name, `data` = the payload;\n  long-poll fallback `GET /tetherfi/livechat/events/poll`). Forked to every page of the\n  browser session.\n- `clientLibrary` - raised by the client library itself, never on the wire: results of calls\n  (OnStartSuccess / OnStartFailed / OnOpenSuccess / OnOpenFailed from the HTTP responses of\n  openapi.yaml), liveness (OnServerStateChanged, OnEnd('lib', ...)) and synonyms\n  (OnCallbackAutoRegistered).\n\nEach message says who raises it (`x-livechat-raised-by`), the document's handler parameters\n(`x-livechat-signature`: name and path in the payload) and what multilivechat adds or\nreplaces (`x-livechat-multichat`). spec/README.md documents every extension.\n",
      "contact": {
        "name": "livechat-kit maintainers",
        "url": "https://github.com/livechat-kit/livechat-kit",
        "email": "maintainers@livechat-kit.example"
      },
      "license": {
        "name": "Apache-2.0"
      },
      "tags": [
        {
          "name": "chat",
          "description": "Text chat events."
        },
        {
          "name": "media",
          "description": "Audio/video and co-browse signaling."
        }
      ]
    },
    "defaultContentType": "application/json",
    "servers": {
      "reference": {
        "host": "127.0.0.1:8080",
        "protocol": "http",
        "description": "The reference server on its defaults (`npm start`)."
      },
      "mock": {
        "host": "127.0.0.1:4010",
        "protocol": "http",
        "description": "The mock server (`npm run mock`)."
      }
    },
    "channels": {
      "eventStream": {
        "address": "/tetherfi/livechat/events",
        "title": "Event stream of a browser session",
        "description": "Server-Sent Events, one stream per browser (or per page). Every event carries `seq`, its\nposition in the browser session's stream, and is delivered to every stream of the browser\nsession; reconnecting with Last-Event-ID resumes with nothing lost or repeated. Heartbeat\nframes fill silences longer than heartbeatIntervalMs.\n",
        "messages": {
          "OnEnd": {
            "$ref": "#/components/messages/OnEnd"
          },
          "OnInternalServerError": {
            "$ref": "#/components/messages/OnInternalServerError"
          },
          "Heartbeat": {
            "$ref": "#/components/messages/Heartbeat"
          },
          "Resync": {
            "$ref": "#/components/messages/Resync"
          },
          "ChatStarted": {
            "$ref": "#/components/messages/ChatStarted"
          },
          "OnCallQueued": {
            "$ref": "#/components/messages/OnCallQueued"
          },
          "OnRemoteUserConnected": {
            "$ref": "#/components/messages/OnRemoteUserConnected"
          },
          "OnSystemNotification": {
            "$ref": "#/components/messages/OnSystemNotification"
          },
          "OnCallbackRequestStatus": {
            "$ref": "#/components/messages/OnCallbackRequestStatus"
          },
          "OnConferenceUserLeft": {
            "$ref": "#/components/messages/OnConferenceUserLeft"
          },
          "OnMessageReceived": {
            "$ref": "#/components/messages/OnMessageReceived"
          },
          "OnEcho": {
            "$ref": "#/components/messages/OnEcho"
          },
          "OnTypingStateChanged": {
            "$ref": "#/components/messages/OnTypingStateChanged"
          },
          "OnAppMessageReceived": {
            "$ref": "#/components/messages/OnAppMessageReceived"
          },
          "OnHistoryReceived": {
            "$ref": "#/components/messages/OnHistoryReceived"
          },
          "OnUploadComplete": {
            "$ref": "#/components/messages/OnUploadComplete"
          },
          "AvSignal": {
            "$ref": "#/components/messages/AvSignal"
          },
          "AvMediaStateChanged": {
            "$ref": "#/components/messages/AvMediaStateChanged"
          },
          "AvCallEnded": {
            "$ref": "#/components/messages/AvCallEnded"
          },
          "CobrSignal": {
            "$ref": "#/components/messages/CobrSignal"
          },
          "CobrControlValueChanged": {
            "$ref": "#/components/messages/CobrControlValueChanged"
          },
          "CobrAnnotation": {
            "$ref": "#/components/messages/CobrAnnotation"
          },
          "CobrEnded": {
            "$ref": "#/components/messages/CobrEnded"
          }
        }
      },
      "clientLibrary": {
        "address": null,
        "title": "Raised by the client library",
        "description": "Events the client library raises in the page itself, from HTTP responses, from the stream's liveness, or as synonyms. Nothing of this channel is on the wire.",
        "messages": {
          "OnStartSuccess": {
            "$ref": "#/components/messages/OnStartSuccess"
          },
          "OnStartFailed": {
            "$ref": "#/components/messages/OnStartFailed"
          },
          "OnOpenSuccess": {
            "$ref": "#/components/messages/OnOpenSuccess"
          },
          "OnOpenFailed": {
            "$ref": "#/components/messages/OnOpenFailed"
          },
          "OnEnd": {
            "$ref": "#/components/messages/OnEnd"
          },
          "OnInternalServerError": {
            "$ref": "#/components/messages/OnInternalServerError"
          },
          "OnServerStateChanged": {
            "$ref": "#/components/messages/OnServerStateChanged"
          },
          "OnCallbackAutoRegistered": {
            "$ref": "#/components/messages/OnCallbackAutoRegistered"
          },
          "OnResetCaptcha": {
            "$ref": "#/components/messages/OnResetCaptcha"
          },
          "OnCampaignContactCreated": {
            "$ref": "#/components/messages/OnCampaignContactCreated"
          }
        }
      }
    },
    "operations": {
      "receiveStreamEvents": {
        "action": "receive",
        "title": "Receive events from the server",
        "summary": "The page receives the browser session's events from the event stream.",
        "description": "Every event the server sends to the pages of a browser session, in seq order, each page receiving every one.",
        "channel": {
          "$ref": "#/channels/eventStream"
        },
        "messages": [
          {
            "$ref": "#/channels/eventStream/messages/OnEnd"
          },
          {
            "$ref": "#/channels/eventStream/messages/OnInternalServerError"
          },
          {
            "$ref": "#/channels/eventStream/messages/Heartbeat"
          },
          {
            "$ref": "#/channels/eventStream/messages/Resync"
          },
          {
            "$ref": "#/channels/eventStream/messages/ChatStarted"
          },
          {
            "$ref": "#/channels/eventStream/messages/OnCallQueued"
          },
          {
            "$ref": "#/channels/eventStream/messages/OnRemoteUserConnected"
          },
          {
            "$ref": "#/channels/eventStream/messages/OnSystemNotification"
          },
          {
            "$ref": "#/channels/eventStream/messages/OnCallbackRequestStatus"
          },
          {
            "$ref": "#/channels/eventStream/messages/OnConferenceUserLeft"
          },
          {
            "$ref": "#/channels/eventStream/messages/OnMessageReceived"
          },
          {
            "$ref": "#/channels/eventStream/messages/OnEcho"
          },
          {
            "$ref": "#/channels/eventStream/messages/OnTypingStateChanged"
          },
          {
            "$ref": "#/channels/eventStream/messages/OnAppMessageReceived"
          },
          {
            "$ref": "#/channels/eventStream/messages/OnHistoryReceived"
          },
          {
            "$ref": "#/channels/eventStream/messages/OnUploadComplete"
          },
          {
            "$ref": "#/channels/eventStream/messages/AvSignal"
          },
          {
            "$ref": "#/channels/eventStream/messages/AvMediaStateChanged"
          },
          {
            "$ref": "#/channels/eventStream/messages/AvCallEnded"
          },
          {
            "$ref": "#/channels/eventStream/messages/CobrSignal"
          },
          {
            "$ref": "#/channels/eventStream/messages/CobrControlValueChanged"
          },
          {
            "$ref": "#/channels/eventStream/messages/CobrAnnotation"
          },
          {
            "$ref": "#/channels/eventStream/messages/CobrEnded"
          }
        ]
      },
      "receiveLibraryEvents": {
        "action": "receive",
        "title": "Receive events raised by the client library",
        "summary": "The page receives the events the client library raises itself.",
        "description": "Call results, liveness and synonyms, raised in the page by the client library; never on the wire.",
        "channel": {
          "$ref": "#/channels/clientLibrary"
        },
        "messages": [
          {
            "$ref": "#/channels/clientLibrary/messages/OnStartSuccess"
          },
          {
            "$ref": "#/channels/clientLibrary/messages/OnStartFailed"
          },
          {
            "$ref": "#/channels/clientLibrary/messages/OnOpenSuccess"
          },
          {
            "$ref": "#/channels/clientLibrary/messages/OnOpenFailed"
          },
          {
            "$ref": "#/channels/clientLibrary/messages/OnEnd"
          },
          {
            "$ref": "#/channels/clientLibrary/messages/OnInternalServerError"
          },
          {
            "$ref": "#/channels/clientLibrary/messages/OnServerStateChanged"
          },
          {
            "$ref": "#/channels/clientLibrary/messages/OnCallbackAutoRegistered"
          },
          {
            "$ref": "#/channels/clientLibrary/messages/OnResetCaptcha"
          },
          {
            "$ref": "#/channels/clientLibrary/messages/OnCampaignContactCreated"
          }
        ]
      }
    },
    "components": {
      "messages": {
        "OnEnd": {
          "$ref": "events/session.yaml#/OnEnd"
        },
        "OnInternalServerError": {
          "$ref": "events/session.yaml#/OnInternalServerError"
        },
        "Heartbeat": {
          "$ref": "events/session.yaml#/Heartbeat"
        },
        "Resync": {
          "$ref": "events/session.yaml#/Resync"
        },
        "ChatStarted": {
          "$ref": "events/session.yaml#/ChatStarted"
        },
        "OnCallQueued": {
          "$ref": "events/routing.yaml#/OnCallQueued"
        },
        "OnRemoteUserConnected": {
          "$ref": "events/routing.yaml#/OnRemoteUserConnected"
        },
        "OnSystemNotification": {
          "$ref": "events/routing.yaml#/OnSystemNotification"
        },
        "OnCallbackRequestStatus": {
          "$ref": "events/routing.yaml#/OnCallbackRequestStatus"
        },
        "OnConferenceUserLeft": {
          "$ref": "events/routing.yaml#/OnConferenceUserLeft"
        },
        "OnMessageReceived": {
          "$ref": "events/messaging.yaml#/OnMessageReceived"
        },
        "OnEcho": {
          "$ref": "events/messaging.yaml#/OnEcho"
        },
        "OnTypingStateChanged": {
          "$ref": "events/messaging.yaml#/OnTypingStateChanged"
        },
        "OnAppMessageReceived": {
          "$ref": "events/messaging.yaml#/OnAppMessageReceived"
        },
        "OnHistoryReceived": {
          "$ref": "events/messaging.yaml#/OnHistoryReceived"
        },
        "OnUploadComplete": {
          "$ref": "events/extras.yaml#/OnUploadComplete"
        },
        "AvSignal": {
          "$ref": "events/av.yaml#/AvSignal"
        },
        "AvMediaStateChanged": {
          "$ref": "events/av.yaml#/AvMediaStateChanged"
        },
        "AvCallEnded": {
          "$ref": "events/av.yaml#/AvCallEnded"
        },
        "CobrSignal": {
          "$ref": "events/cobrowse.yaml#/CobrSignal"
        },
        "CobrControlValueChanged": {
          "$ref": "events/cobrowse.yaml#/CobrControlValueChanged"
        },
        "CobrAnnotation": {
          "$ref": "events/cobrowse.yaml#/CobrAnnotation"
        },
        "CobrEnded": {
          "$ref": "events/cobrowse.yaml#/CobrEnded"
        },
        "OnStartSuccess": {
          "$ref": "events/session.yaml#/OnStartSuccess"
        },
        "OnStartFailed": {
          "$ref": "events/session.yaml#/OnStartFailed"
        },
        "OnOpenSuccess": {
          "$ref": "events/session.yaml#/OnOpenSuccess"
        },
        "OnOpenFailed": {
          "$ref": "events/session.yaml#/OnOpenFailed"
        },
        "OnServerStateChanged": {
          "$ref": "events/session.yaml#/OnServerStateChanged"
        },
        "OnCallbackAutoRegistered": {
          "$ref": "events/routing.yaml#/OnCallbackAutoRegistered"
        },
        "OnResetCaptcha": {
          "$ref": "events/extras.yaml#/OnResetCaptcha"
        },
        "OnCampaignContactCreated": {
          "$ref": "events/extras.yaml#/OnCampaignContactCreated"
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/events/av.yaml": {
    "AvSignal": {
      "name": "AvSignal",
      "x-livechat-internal": true,
      "x-livechat-level": "MUST",
      "title": "WebRTC signal of a call",
      "summary": "The CSO's SDP answer or offer, or an ICE candidate, for StartAvCall's call",
      "description": "Relayed from the CSO's side; the client library applies it to the call's RTCPeerConnection. Display.OnConnected follows when media flows.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Audio - Video Communication Functions",
      "x-livechat-function": [
        "StartAvCall"
      ],
      "x-livechat-signature": [],
      "payload": {
        "title": "AvSignalEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "AvSignal",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "callId",
              "signal"
            ],
            "properties": {
              "callId": {
                "$ref": "../schemas/common.yaml#/CallId"
              },
              "signal": {
                "$ref": "../schemas/signaling.yaml#/Signal"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "answer",
          "summary": "The CSO answered",
          "payload": {
            "seq": 21,
            "event": "AvSignal",
            "time": "2026-11-25T10:30:01.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "callId": "av_5tR2pQ9x",
              "signal": {
                "type": "answer",
                "sdp": "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
              }
            }
          }
        }
      ]
    },
    "AvMediaStateChanged": {
      "name": "AvMediaStateChanged",
      "x-livechat-internal": true,
      "x-livechat-level": "MUST",
      "title": "The CSO paused or resumed media",
      "summary": "The other side's Pause(audio, video)",
      "description": "The CSO muted or unmuted, paused or resumed the camera.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Audio - Video Communication Functions",
      "x-livechat-function": [
        "Pause"
      ],
      "x-livechat-signature": [],
      "payload": {
        "title": "AvMediaStateChangedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "AvMediaStateChanged",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "callId",
              "state"
            ],
            "properties": {
              "callId": {
                "$ref": "../schemas/common.yaml#/CallId"
              },
              "state": {
                "$ref": "../schemas/signaling.yaml#/MediaState"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "cameraOff",
          "summary": "The CSO paused the camera",
          "payload": {
            "seq": 22,
            "event": "AvMediaStateChanged",
            "time": "2026-11-25T10:31:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "callId": "av_5tR2pQ9x",
              "state": {
                "audio": false,
                "video": true
              }
            }
          }
        }
      ]
    },
    "AvCallEnded": {
      "name": "AvCallEnded",
      "x-livechat-internal": true,
      "x-livechat-level": "MUST",
      "title": "The call ended",
      "summary": "Hang-up by the CSO, a decline, or the end of the chat",
      "description": "The call is over; the client library closes its RTCPeerConnection and calls Display.OnDisconnected.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Audio - Video Communication Functions",
      "x-livechat-function": [
        "EndAvCall"
      ],
      "x-livechat-signature": [],
      "payload": {
        "title": "AvCallEndedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "AvCallEnded",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "callId",
              "by"
            ],
            "properties": {
              "callId": {
                "$ref": "../schemas/common.yaml#/CallId"
              },
              "by": {
                "$ref": "#/components/EndedBy"
              },
              "reason": {
                "description": "Why, when not a plain hang-up.",
                "type": "string",
                "oneOf": [
                  {
                    "const": "hang-up",
                    "description": "A side hung up."
                  },
                  {
                    "const": "declined",
                    "description": "The CSO declined the call."
                  },
                  {
                    "const": "chat-ended",
                    "description": "The chat ended."
                  }
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "hungUp",
          "summary": "The CSO hung up",
          "payload": {
            "seq": 23,
            "event": "AvCallEnded",
            "time": "2026-11-25T10:35:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "callId": "av_5tR2pQ9x",
              "by": "a",
              "reason": "hang-up"
            }
          }
        }
      ]
    },
    "components": {
      "EndedBy": {
        "title": "EndedBy",
        "description": "Which side ended it.",
        "type": "string",
        "oneOf": [
          {
            "const": "c",
            "description": "The customer."
          },
          {
            "const": "a",
            "description": "The CSO."
          },
          {
            "const": "server",
            "description": "The server (the chat ended)."
          }
        ]
      }
    }
  },
  "https://livechat-kit.invalid/spec/events/cobrowse.yaml": {
    "CobrSignal": {
      "name": "CobrSignal",
      "x-livechat-internal": true,
      "x-livechat-level": "MUST",
      "title": "WebRTC signal of co-browsing",
      "summary": "The CSO's SDP answer or an ICE candidate for the shared stream",
      "description": "Relayed from the CSO's side for the co-browse stream of StartCobr.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Design Diagram for Screen-sharing",
      "x-livechat-function": [
        "StartCobr"
      ],
      "x-livechat-signature": [],
      "payload": {
        "title": "CobrSignalEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "CobrSignal",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "cobrowseId",
              "signal"
            ],
            "properties": {
              "cobrowseId": {
                "$ref": "../schemas/common.yaml#/CobrowseId"
              },
              "signal": {
                "$ref": "../schemas/signaling.yaml#/Signal"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "candidate",
          "summary": "A candidate from the CSO",
          "payload": {
            "seq": 31,
            "event": "CobrSignal",
            "time": "2026-11-25T10:40:01.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "cobrowseId": "cb_9Lm3Wq1z",
              "signal": {
                "type": "ice-candidate",
                "candidate": {
                  "candidate": "candidate:2 1 udp 2122260223 192.0.2.20 50000 typ host",
                  "sdpMid": "0",
                  "sdpMLineIndex": 0
                }
              }
            }
          }
        }
      ]
    },
    "CobrControlValueChanged": {
      "name": "CobrControlValueChanged",
      "x-livechat-internal": true,
      "x-livechat-level": "MUST",
      "title": "The CSO changed a control",
      "summary": "A control of domControlList changed on the CSO's view",
      "description": "The client library sets the control's value on the page (and fires its input/change event), keeping domControlList in sync both ways.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Co - Browsing Communication Functions",
      "x-livechat-function": [
        "StartCobr"
      ],
      "x-livechat-signature": [],
      "payload": {
        "title": "CobrControlValueChangedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "CobrControlValueChanged",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "cobrowseId",
              "value"
            ],
            "properties": {
              "cobrowseId": {
                "$ref": "../schemas/common.yaml#/CobrowseId"
              },
              "value": {
                "$ref": "../schemas/signaling.yaml#/CobrControlValue"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "dropdown",
          "summary": "The CSO picked an option",
          "payload": {
            "seq": 32,
            "event": "CobrControlValueChanged",
            "time": "2026-11-25T10:40:05.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "cobrowseId": "cb_9Lm3Wq1z",
              "value": {
                "control": "dropdown",
                "id": "dropdown1",
                "value": "SG"
              }
            }
          }
        }
      ]
    },
    "CobrAnnotation": {
      "name": "CobrAnnotation",
      "x-livechat-internal": true,
      "x-livechat-level": "MUST",
      "title": "The CSO annotated",
      "summary": "An annotation stroke from the CSO, drawn over the page",
      "description": "Shown on the customer's page when isAnnotationEnabled.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Co - Browsing Communication Functions",
      "x-livechat-function": [
        "StartCobr"
      ],
      "x-livechat-signature": [],
      "payload": {
        "title": "CobrAnnotationEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "CobrAnnotation",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "cobrowseId",
              "annotation"
            ],
            "properties": {
              "cobrowseId": {
                "$ref": "../schemas/common.yaml#/CobrowseId"
              },
              "annotation": {
                "$ref": "../schemas/signaling.yaml#/CobrAnnotation"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "circle",
          "summary": "The CSO marks a field",
          "payload": {
            "seq": 33,
            "event": "CobrAnnotation",
            "time": "2026-11-25T10:40:09.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "cobrowseId": "cb_9Lm3Wq1z",
              "annotation": {
                "tool": "highlight",
                "color": "#ffd000",
                "points": [
                  [
                    0.3,
                    0.4
                  ],
                  [
                    0.5,
                    0.4
                  ]
                ]
              }
            }
          }
        }
      ]
    },
    "CobrEnded": {
      "name": "CobrEnded",
      "x-livechat-internal": true,
      "x-livechat-level": "MUST",
      "title": "Co-browsing ended",
      "summary": "EndCobr by the CSO, or the end of the chat",
      "description": "The client library closes the co-browse connection and calls Display.OnDisconnected of SetCobrConfigs.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Co - Browsing Communication Functions",
      "x-livechat-function": [
        "EndCobr"
      ],
      "x-livechat-signature": [],
      "payload": {
        "title": "CobrEndedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "CobrEnded",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "cobrowseId",
              "by"
            ],
            "properties": {
              "cobrowseId": {
                "$ref": "../schemas/common.yaml#/CobrowseId"
              },
              "by": {
                "$ref": "av.yaml#/components/EndedBy"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "byAgent",
          "summary": "The CSO ended co-browsing",
          "payload": {
            "seq": 34,
            "event": "CobrEnded",
            "time": "2026-11-25T10:45:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "cobrowseId": "cb_9Lm3Wq1z",
              "by": "a"
            }
          }
        }
      ]
    }
  },
  "https://livechat-kit.invalid/spec/events/extras.yaml": {
    "OnResetCaptcha": {
      "name": "OnResetCaptcha",
      "title": "Captcha must be reloaded",
      "summary": "livechat.OnResetCaptcha = function ()",
      "description": "Raised by the client library after Start failed with CaptchaDoesNotMatch or CaptchaNotFound - the server discarded the captcha, so the page reloads the image (resetCaptchaImage).",
      "x-livechat-raised-by": "client",
      "x-livechat-section": "Events",
      "x-livechat-signature": [],
      "payload": {
        "title": "OnResetCaptchaEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "data"
        ],
        "properties": {
          "event": {
            "const": "OnResetCaptcha",
            "description": "The event's name."
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "No parameters.",
            "properties": {}
          }
        }
      },
      "examples": [
        {
          "name": "reset",
          "summary": "Reload the image",
          "payload": {
            "event": "OnResetCaptcha",
            "data": {}
          }
        }
      ]
    },
    "OnUploadComplete": {
      "name": "OnUploadComplete",
      "title": "File uploaded",
      "summary": "livechat.OnUploadComplete = function (response)",
      "description": "A file was stored in the chat - to every page, so each can offer it for download (prepareDownloadURL(response.fileName)).",
      "x-livechat-raised-by": "server",
      "x-livechat-follows": [
        {
          "operation": "uploadFiles",
          "afterMs": 0
        }
      ],
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "response",
          "path": "data.response"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid",
            "extension": true
          }
        ]
      },
      "payload": {
        "title": "OnUploadCompleteEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnUploadComplete",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "response"
            ],
            "properties": {
              "response": {
                "$ref": "../schemas/UploadedFile.yaml"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "pdf",
          "summary": "A statement uploaded",
          "payload": {
            "seq": 11,
            "event": "OnUploadComplete",
            "time": "2026-11-25T10:17:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "response": {
                "fileName": "f_8Kq2_statement.pdf",
                "originalName": "statement.pdf",
                "fileSize": 48213,
                "fileType": "application/pdf",
                "by": "c"
              }
            }
          }
        }
      ]
    },
    "OnCampaignContactCreated": {
      "name": "OnCampaignContactCreated",
      "title": "Campaign contact created",
      "summary": "livechat.OnCampaignContactCreated = function (response)",
      "description": "Raised by the client library from CreateCampaignContact's response (or its problem, as resultCode / resultMessage).",
      "x-livechat-raised-by": "client",
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "response",
          "path": "data.response"
        }
      ],
      "payload": {
        "title": "OnCampaignContactCreatedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "data"
        ],
        "properties": {
          "event": {
            "const": "OnCampaignContactCreated",
            "description": "The event's name."
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "response"
            ],
            "properties": {
              "response": {
                "$ref": "../schemas/CampaignContactResult.yaml"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "created",
          "summary": "Created",
          "payload": {
            "event": "OnCampaignContactCreated",
            "data": {
              "response": {
                "resultCode": "Success",
                "resultMessage": "Contact created",
                "contactId": "cc_000123"
              }
            }
          }
        }
      ]
    }
  },
  "https://livechat-kit.invalid/spec/events/messaging.yaml": {
    "OnMessageReceived": {
      "name": "OnMessageReceived",
      "title": "Message from the CSO",
      "summary": "livechat.OnMessageReceived = function (msg) / multilivechat adds Sid",
      "description": "A text message from a CSO, to every page.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "msg",
          "path": "data.msg"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid"
          }
        ]
      },
      "payload": {
        "title": "OnMessageReceivedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnMessageReceived",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "msg",
              "messageId",
              "agentId",
              "agentName"
            ],
            "properties": {
              "msg": {
                "$ref": "../schemas/common.yaml#/ChatText"
              },
              "messageId": {
                "$ref": "../schemas/common.yaml#/MessageId"
              },
              "agentId": {
                "$ref": "../schemas/common.yaml#/AgentId"
              },
              "agentName": {
                "$ref": "../schemas/common.yaml#/AgentName"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "reply",
          "summary": "Alice replies",
          "payload": {
            "seq": 4,
            "event": "OnMessageReceived",
            "time": "2026-11-25T10:15:45.500Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "msg": "Hi, Alice here. How can I help?",
              "messageId": "msg_000004",
              "agentId": "agent-7",
              "agentName": "Alice"
            }
          }
        }
      ]
    },
    "OnEcho": {
      "name": "OnEcho",
      "title": "Echo of the customer's message",
      "summary": "livechat.OnEcho = function (msg) / multilivechat adds Sid",
      "description": "The server's echo of a message a page of this browser session sent, to every page (the sender's included), so that all tabs show it - once, matched by clientMessageId even after a retried send.",
      "x-livechat-raised-by": "server",
      "x-livechat-follows": [
        {
          "operation": "sendMessage",
          "afterMs": 0
        }
      ],
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "msg",
          "path": "data.msg"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid"
          }
        ]
      },
      "payload": {
        "title": "OnEchoEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnEcho",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "msg",
              "messageId",
              "clientMessageId"
            ],
            "properties": {
              "msg": {
                "$ref": "../schemas/common.yaml#/ChatText"
              },
              "messageId": {
                "$ref": "../schemas/common.yaml#/MessageId"
              },
              "clientMessageId": {
                "$ref": "../schemas/common.yaml#/ClientMessageId"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "echo",
          "summary": "Echo of the first message",
          "payload": {
            "seq": 3,
            "event": "OnEcho",
            "time": "2026-11-25T10:15:30.120Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "msg": "Hello, I need help with my card.",
              "messageId": "msg_000003",
              "clientMessageId": "m_01HZX3A7QK"
            }
          }
        }
      ]
    },
    "OnTypingStateChanged": {
      "name": "OnTypingStateChanged",
      "title": "CSO typing",
      "summary": "livechat.OnTypingStateChanged = function (state) / multilivechat adds Sid",
      "description": "The CSO started (0) or stopped (1) typing.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "state",
          "path": "data.state"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid"
          }
        ]
      },
      "payload": {
        "title": "OnTypingStateChangedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnTypingStateChanged",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "state"
            ],
            "properties": {
              "state": {
                "$ref": "../schemas/TypingState.yaml"
              },
              "agentId": {
                "$ref": "../schemas/common.yaml#/AgentId"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "typing",
          "summary": "Alice is typing",
          "payload": {
            "seq": 5,
            "event": "OnTypingStateChanged",
            "time": "2026-11-25T10:15:50.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "state": 0,
              "agentId": "agent-7"
            }
          }
        }
      ]
    },
    "OnAppMessageReceived": {
      "name": "OnAppMessageReceived",
      "title": "Application message from the agent desktop",
      "summary": "livechat.OnAppMessageReceived = function (agent, msg) / multilivechat adds Sid",
      "description": "A message from the CSO's desktop (TMAC) for the application, not the transcript.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "agent",
          "path": "data.agent"
        },
        {
          "name": "msg",
          "path": "data.msg"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid"
          }
        ]
      },
      "payload": {
        "title": "OnAppMessageReceivedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnAppMessageReceived",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "agent",
              "msg"
            ],
            "properties": {
              "agent": {
                "$ref": "../schemas/common.yaml#/AgentName"
              },
              "msg": {
                "type": "string",
                "maxLength": 65536,
                "description": "The message text."
              },
              "type": {
                "type": "string",
                "maxLength": 128,
                "description": "Application-defined type (beyond the document)."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "openForm",
          "summary": "Asks the page to open a form",
          "payload": {
            "seq": 6,
            "event": "OnAppMessageReceived",
            "time": "2026-11-25T10:16:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "agent": "Alice",
              "msg": "{\"open\":\"address-change\"}",
              "type": "ui-command"
            }
          }
        }
      ]
    },
    "OnHistoryReceived": {
      "name": "OnHistoryReceived",
      "title": "Customer's chat history",
      "summary": "livechat.OnHistoryReceived = function (history) / multilivechat adds Sid",
      "description": "The customer's earlier chat history, sent by the CSO's side.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "history",
          "path": "data.history"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid"
          }
        ]
      },
      "payload": {
        "title": "OnHistoryReceivedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnHistoryReceived",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "history"
            ],
            "properties": {
              "history": {
                "type": "array",
                "maxItems": 10000,
                "description": "Transcript records of earlier chats, oldest first.",
                "items": {
                  "$ref": "../schemas/TranscriptEntry.yaml"
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "lastWeek",
          "summary": "One earlier exchange",
          "payload": {
            "seq": 8,
            "event": "OnHistoryReceived",
            "time": "2026-11-25T10:16:10.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "history": [
                {
                  "type": "msg",
                  "by": "c",
                  "msg": "Card%20declined",
                  "time": "2026-11-18T09:00:00.000Z"
                }
              ]
            }
          }
        }
      ]
    }
  },
  "https://livechat-kit.invalid/spec/events/routing.yaml": {
    "OnCallQueued": {
      "name": "OnCallQueued",
      "title": "Queued for a CSO",
      "summary": "livechat.OnCallQueued = function (queuePosition) / multilivechat.OnCallQueued = function (queuePosition, Sid)",
      "description": "The next event after OnStartSuccess, and again when the position changes. Only chats created by Start receive it; a page that joined by Open reads the position from the Session.",
      "x-livechat-raised-by": "server",
      "x-livechat-follows": [
        {
          "operation": "startChat",
          "afterMs": 300
        }
      ],
      "x-livechat-delivery": "starting-page",
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "queuePosition",
          "path": "data.queuePosition"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid"
          }
        ]
      },
      "payload": {
        "title": "OnCallQueuedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnCallQueued",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "queuePosition"
            ],
            "properties": {
              "queuePosition": {
                "type": "integer",
                "minimum": 1,
                "description": "1 when next to be answered."
              },
              "estimatedWaitMs": {
                "type": "integer",
                "minimum": 0,
                "description": "Estimated wait before a CSO answers (beyond the document)."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "third",
          "summary": "Third in the queue, about a minute",
          "payload": {
            "seq": 1,
            "event": "OnCallQueued",
            "time": "2026-11-25T10:15:31.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "queuePosition": 3,
              "estimatedWaitMs": 60000
            }
          }
        }
      ]
    },
    "OnRemoteUserConnected": {
      "name": "OnRemoteUserConnected",
      "title": "A CSO connected",
      "summary": "livechat.OnRemoteUserConnected = function (name, agentId, sessionId) / multilivechat adds clientId",
      "description": "A CSO joined the chat - on accepting it, on a transfer (again, with the new CSO) and when invited to a conference. The document's sessionId is the chat's sid.",
      "x-livechat-raised-by": "server",
      "x-livechat-follows": [
        {
          "operation": "startChat",
          "afterMs": 2500
        }
      ],
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "name",
          "path": "data.name"
        },
        {
          "name": "agentId",
          "path": "data.agentId"
        },
        {
          "name": "sessionId",
          "path": "sid"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "clientId",
            "path": "clientId"
          }
        ]
      },
      "payload": {
        "title": "OnRemoteUserConnectedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnRemoteUserConnected",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "name",
              "agentId"
            ],
            "properties": {
              "name": {
                "$ref": "../schemas/common.yaml#/AgentName"
              },
              "agentId": {
                "$ref": "../schemas/common.yaml#/AgentId"
              },
              "via": {
                "description": "How the CSO came (beyond the document).",
                "type": "string",
                "oneOf": [
                  {
                    "const": "accept",
                    "description": "Answered the queued chat."
                  },
                  {
                    "const": "transfer",
                    "description": "Took over from another CSO."
                  },
                  {
                    "const": "conference",
                    "description": "Joined the CSO already in the chat."
                  }
                ]
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "accepted",
          "summary": "Alice answered",
          "payload": {
            "seq": 2,
            "event": "OnRemoteUserConnected",
            "time": "2026-11-25T10:15:41.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "name": "Alice",
              "agentId": "agent-7",
              "via": "accept"
            }
          }
        }
      ]
    },
    "OnSystemNotification": {
      "name": "OnSystemNotification",
      "title": "Callback recorded, chat ending",
      "summary": "livechat.OnSystemNotification = function (reasonCode) / multilivechat adds Sid",
      "description": "The chat could not reach a CSO (or failed) and the server recorded a callback (when\nenable_autocb) for the reason given; OnEnd('server') follows. The client library raises\nOnCallbackAutoRegistered, its synonym, with the same arguments.\n",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Events",
      "x-livechat-synonyms": [
        "OnCallbackAutoRegistered"
      ],
      "x-livechat-signature": [
        {
          "name": "reasonCode",
          "path": "data.reasonCode"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid",
            "extension": true
          }
        ]
      },
      "payload": {
        "$ref": "#/components/SystemNotificationPayload"
      },
      "examples": [
        {
          "name": "noAgents",
          "summary": "Nobody staffed",
          "payload": {
            "seq": 2,
            "event": "OnSystemNotification",
            "time": "2026-11-25T10:15:31.500Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "reasonCode": "NoStaffedAgents",
              "callbackRecorded": true
            }
          }
        }
      ]
    },
    "OnCallbackAutoRegistered": {
      "name": "OnCallbackAutoRegistered",
      "title": "Callback recorded (synonym)",
      "summary": "livechat.OnCallbackAutoRegistered = function (reasonCode) / multilivechat adds Sid",
      "description": "Synonym of OnSystemNotification kept for backward compatibility; the client library raises it with the same arguments for every OnSystemNotification. Never on the wire.",
      "x-livechat-raised-by": "client",
      "x-livechat-synonym-of": "OnSystemNotification",
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "reasonCode",
          "path": "data.reasonCode"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid"
          }
        ]
      },
      "payload": {
        "$ref": "#/components/SystemNotificationPayload"
      },
      "examples": [
        {
          "name": "timedOut",
          "summary": "Waited too long",
          "payload": {
            "seq": 9,
            "event": "OnSystemNotification",
            "time": "2026-11-25T10:25:31.500Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "reasonCode": "TimedOutInQueue",
              "callbackRecorded": true
            }
          }
        }
      ]
    },
    "OnCallbackRequestStatus": {
      "name": "OnCallbackRequestStatus",
      "title": "Callback request status",
      "summary": "livechat.OnCallbackRequestStatus = function (isCustomerReq, status) / multilivechat adds Sid",
      "description": "The outcome of a callback request - made by this application (RequestCallback, isCustomerReq true) or by the CSO (isCustomerReq false); status true when registered.",
      "x-livechat-raised-by": "server",
      "x-livechat-follows": [
        {
          "operation": "requestCallback",
          "afterMs": 300
        }
      ],
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "isCustomerReq",
          "path": "data.isCustomerReq"
        },
        {
          "name": "status",
          "path": "data.status"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid"
          }
        ]
      },
      "payload": {
        "title": "OnCallbackRequestStatusEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnCallbackRequestStatus",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "isCustomerReq",
              "status"
            ],
            "properties": {
              "isCustomerReq": {
                "type": "boolean",
                "description": "True when this application requested it."
              },
              "status": {
                "type": "boolean",
                "description": "True when the callback was registered."
              },
              "contact": {
                "type": "string",
                "maxLength": 32,
                "description": "The number that will be called (beyond the document)."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "registered",
          "summary": "The customer's request was registered",
          "payload": {
            "seq": 7,
            "event": "OnCallbackRequestStatus",
            "time": "2026-11-25T10:18:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "isCustomerReq": true,
              "status": true,
              "contact": "+65 9123 4567"
            }
          }
        }
      ]
    },
    "OnConferenceUserLeft": {
      "name": "OnConferenceUserLeft",
      "title": "A CSO left the conference",
      "summary": "livechat.OnConferenceUserLeft = function (agent, msg) / multilivechat adds Sid",
      "description": "A CSO invited to the chat left it; the chat goes on with the others.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "agent",
          "path": "data.agent"
        },
        {
          "name": "msg",
          "path": "data.msg"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid"
          }
        ]
      },
      "payload": {
        "title": "OnConferenceUserLeftEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnConferenceUserLeft",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "agent",
              "msg"
            ],
            "properties": {
              "agent": {
                "$ref": "../schemas/common.yaml#/AgentName"
              },
              "msg": {
                "type": "string",
                "maxLength": 4096,
                "description": "The leaving CSO's message."
              },
              "agentId": {
                "$ref": "../schemas/common.yaml#/AgentId"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "left",
          "summary": "The specialist left",
          "payload": {
            "seq": 15,
            "event": "OnConferenceUserLeft",
            "time": "2026-11-25T10:19:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "agent": "Bob",
              "msg": "Bob has left the chat",
              "agentId": "agent-9"
            }
          }
        }
      ]
    },
    "components": {
      "SystemNotificationPayload": {
        "title": "OnSystemNotificationEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnSystemNotification",
            "description": "The wire name; the synonym OnCallbackAutoRegistered is raised from it."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "reasonCode"
            ],
            "properties": {
              "reasonCode": {
                "$ref": "../schemas/ReasonCode.yaml"
              },
              "callbackRecorded": {
                "type": "boolean",
                "description": "False when enable_autocb was off and no callback was recorded (beyond the document)."
              }
            }
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/events/session.yaml": {
    "OnStartSuccess": {
      "name": "OnStartSuccess",
      "title": "Start succeeded",
      "summary": "livechat.OnStartSuccess = function () / multilivechat.OnStartSuccess = function (clientId)",
      "description": "Raised by the client library on the calling page from Start's 201 (or 200) response, before any stream event of the new chat. OnCallQueued (happy path) or OnSystemNotification (error path) follows.",
      "x-livechat-raised-by": "client",
      "x-livechat-section": "Events",
      "x-livechat-signature": [],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "clientId",
            "path": "clientId"
          },
          {
            "name": "Sid",
            "path": "sid",
            "extension": true
          }
        ]
      },
      "payload": {
        "title": "OnStartSuccessEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "event": {
            "const": "OnStartSuccess",
            "description": "The event's name."
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "description": "No parameters.",
            "properties": {}
          }
        }
      },
      "examples": [
        {
          "name": "started",
          "summary": "Chat started",
          "payload": {
            "event": "OnStartSuccess",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {}
          }
        }
      ]
    },
    "OnStartFailed": {
      "name": "OnStartFailed",
      "title": "Start failed",
      "summary": "livechat.OnStartFailed = function (errorCode, code) / multilivechat.OnStartFailed = function (errorCode, Sid, clientId, code)",
      "description": "Raised by the client library on the calling page from Start's problem response. errorCode is\nalways one of the document's codes for OnStartFailed (StartError,\nServerInternalConnectivityError, AlreadyStartedAndInSession, CookiesDisabled,\nUnOpenedSessionPerformedStart, CaptchaDoesNotMatch, CaptchaNotFound, CaptchaIsEmpty,\nMaxConcurrentSessionCountReached, AlreadyEndedSession): the problem's code when it is one of\nthem; ServerInternalConnectivityError when the server could not be reached (the client's\nNetworkError, Timeout); else StartError, \"refused for a reason no other code names\"\n(InvalidRequest, AccessTokenInvalid, CustomerDetailsRejected, InvalidSessionState,\nRateLimited, UnexpectedError). `code` (beyond the document) is the precise code - the\nproblem's, or NetworkError / Timeout - the same as errorCode when that is the document's. Sid\nis the problem's sid when the refusal concerns an existing chat.\n",
      "x-livechat-raised-by": "client",
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "errorCode",
          "path": "data.errorCode"
        },
        {
          "name": "code",
          "path": "data.code",
          "extension": true
        }
      ],
      "x-livechat-multichat": {
        "signature": [
          {
            "name": "errorCode",
            "path": "data.errorCode"
          },
          {
            "name": "Sid",
            "path": "sid",
            "optional": true
          },
          {
            "name": "clientId",
            "path": "clientId",
            "optional": true,
            "extension": true
          },
          {
            "name": "code",
            "path": "data.code",
            "extension": true
          }
        ]
      },
      "payload": {
        "title": "OnStartFailedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "data"
        ],
        "properties": {
          "event": {
            "const": "OnStartFailed",
            "description": "The event's name."
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "errorCode",
              "code"
            ],
            "properties": {
              "errorCode": {
                "$ref": "../schemas/ErrorCode.yaml",
                "description": "One of the document's codes for OnStartFailed."
              },
              "code": {
                "$ref": "../schemas/common.yaml#/FailureCode"
              },
              "retryable": {
                "type": "boolean",
                "description": "From the problem (beyond the document)."
              },
              "retryAfterMs": {
                "type": "integer",
                "minimum": 0,
                "description": "From the problem (beyond the document)."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "captchaWrong",
          "summary": "Wrong captcha",
          "payload": {
            "event": "OnStartFailed",
            "data": {
              "errorCode": "CaptchaDoesNotMatch",
              "code": "CaptchaDoesNotMatch",
              "retryable": false
            }
          }
        },
        {
          "name": "invalidDetails",
          "summary": "Customer details the contract refuses",
          "payload": {
            "event": "OnStartFailed",
            "data": {
              "errorCode": "StartError",
              "code": "InvalidRequest",
              "retryable": false
            }
          }
        }
      ]
    },
    "OnOpenSuccess": {
      "name": "OnOpenSuccess",
      "title": "Open succeeded",
      "summary": "livechat.OnOpenSuccess = function (Session) / multilivechat.OnOpenSuccess = function (Session[])",
      "description": "Raised by the client library on the calling page from Open's 200 response, and again after a Resync. livechat passes the first (single) Session; multilivechat passes the array, each Session with its clientId.",
      "x-livechat-raised-by": "client",
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "Session",
          "path": "data.sessions.0"
        }
      ],
      "x-livechat-multichat": {
        "signature": [
          {
            "name": "Session",
            "path": "data.sessions"
          }
        ]
      },
      "payload": {
        "title": "OnOpenSuccessEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "data"
        ],
        "properties": {
          "event": {
            "const": "OnOpenSuccess",
            "description": "The event's name."
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "sessions"
            ],
            "properties": {
              "sessions": {
                "type": "array",
                "minItems": 1,
                "maxItems": 16,
                "items": {
                  "$ref": "../schemas/Session.yaml"
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "opened",
          "summary": "Opened on a second page",
          "payload": {
            "event": "OnOpenSuccess",
            "data": {
              "sessions": [
                {
                  "sid": "c_7Hq2LxVbN4",
                  "clientId": "support-1",
                  "state": "connected",
                  "agents": [
                    {
                      "name": "Alice",
                      "id": "agent-7",
                      "index": 1
                    }
                  ],
                  "trans": [
                    {
                      "type": "msg",
                      "by": "c",
                      "msg": "Hello",
                      "time": "2026-11-25T10:15:30.120Z"
                    },
                    {
                      "type": "connect",
                      "id": "agent-7",
                      "name": "Alice",
                      "time": "2026-11-25T10:15:41.000Z"
                    }
                  ]
                }
              ]
            }
          }
        }
      ]
    },
    "OnOpenFailed": {
      "name": "OnOpenFailed",
      "title": "Open failed",
      "summary": "livechat.OnOpenFailed = function (errorCode, code)",
      "description": "Raised by the client library on the calling page when Open joins no chat. errorCode is always\none of the document's codes for OnOpenFailed: the `reason` of Open's 200 answer without a\nSession - NoSessionFound (not an error - the page may call Start) or AlreadyEndedSession;\nCookiesDisabled from its problem; and NoSessionFound for any other failure (the browser\nsession is gone - AccessTokenInvalid - or the server could not say: the page may call Start,\nand Start reports a failure that lasts with the document's code). `code` (beyond the\ndocument) is the precise code - the problem's, or NetworkError / Timeout - the same as\nerrorCode when that is the document's.\n",
      "x-livechat-raised-by": "client",
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "errorCode",
          "path": "data.errorCode"
        },
        {
          "name": "code",
          "path": "data.code",
          "extension": true
        }
      ],
      "payload": {
        "title": "OnOpenFailedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "data"
        ],
        "properties": {
          "event": {
            "const": "OnOpenFailed",
            "description": "The event's name."
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "errorCode",
              "code"
            ],
            "properties": {
              "errorCode": {
                "$ref": "../schemas/ErrorCode.yaml",
                "description": "One of the document's codes for OnOpenFailed."
              },
              "code": {
                "$ref": "../schemas/common.yaml#/FailureCode"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "noSession",
          "summary": "No chat yet - Start may follow",
          "payload": {
            "event": "OnOpenFailed",
            "data": {
              "errorCode": "NoSessionFound",
              "code": "NoSessionFound"
            }
          }
        }
      ]
    },
    "OnEnd": {
      "name": "OnEnd",
      "title": "Chat ended",
      "summary": "livechat.OnEnd = function (initiator, reason) / multilivechat.OnEnd = function (initiator, reason, Sid)",
      "description": "Sent by the server to every page when the chat ends - initiator `client` with the reason a\npage passed to End, or `server` (CSO, routing, session-end timer) with no reason. Raised by\nthe client library itself with initiator `lib` and reason `SessionLostWhileOffline` when,\ncontact back after OnServerStateChanged('online'), the chat turns out to have ended.\n",
      "x-livechat-raised-by": [
        "server",
        "client"
      ],
      "x-livechat-follows": [
        {
          "operation": "endChat",
          "afterMs": 0
        }
      ],
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "initiator",
          "path": "data.initiator"
        },
        {
          "name": "reason",
          "path": "data.reason"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid"
          }
        ]
      },
      "payload": {
        "title": "OnEndEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnEnd",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "description": "The initiator, and the reason that goes with it (one branch per initiator).",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "initiator"
            ],
            "properties": {
              "initiator": {
                "$ref": "../schemas/EndInitiator.yaml"
              },
              "reason": {
                "type": "string",
                "maxLength": 1024,
                "description": "With client, what End was given; never with server; SessionLostWhileOffline with lib."
              }
            },
            "oneOf": [
              {
                "description": "A page called End; reason is what it passed (absent when it passed none).",
                "properties": {
                  "initiator": {
                    "const": "client"
                  }
                }
              },
              {
                "description": "The server side ended the chat; no reason in this version of the document.",
                "properties": {
                  "initiator": {
                    "const": "server"
                  }
                },
                "not": {
                  "required": [
                    "reason"
                  ]
                }
              },
              {
                "description": "Raised by the client library, never sent.",
                "required": [
                  "reason"
                ],
                "properties": {
                  "initiator": {
                    "const": "lib"
                  },
                  "reason": {
                    "oneOf": [
                      {
                        "const": "SessionLostWhileOffline",
                        "description": "Contact was lost and, when it came back, the chat had ended."
                      }
                    ]
                  }
                }
              }
            ]
          }
        }
      },
      "examples": [
        {
          "name": "byCustomer",
          "summary": "Ended by a page",
          "payload": {
            "seq": 20,
            "event": "OnEnd",
            "time": "2026-11-25T10:20:00.000Z",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "initiator": "client",
              "reason": "customer closed the chat"
            }
          }
        },
        {
          "name": "lostWhileOffline",
          "summary": "Raised by the library after an offline spell",
          "payload": {
            "event": "OnEnd",
            "sid": "c_7Hq2LxVbN4",
            "clientId": "support-1",
            "data": {
              "initiator": "lib",
              "reason": "SessionLostWhileOffline"
            }
          }
        }
      ]
    },
    "OnInternalServerError": {
      "name": "OnInternalServerError",
      "title": "Internal server error",
      "summary": "livechat.OnInternalServerError = function (errorCode)",
      "description": "An unexpected failure; the application should end the chat. Sent by the server when the\nchat breaks (errorCode is a string the document leaves undefined), and raised by the client\nlibrary when a chat-scoped call answers UnOpenedSessionNotAllowed or UnexpectedError.\n",
      "x-livechat-raised-by": [
        "server",
        "client"
      ],
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "errorCode",
          "path": "data.errorCode"
        }
      ],
      "x-livechat-multichat": {
        "append": [
          {
            "name": "Sid",
            "path": "sid",
            "optional": true,
            "extension": true
          }
        ]
      },
      "payload": {
        "title": "OnInternalServerErrorEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "OnInternalServerError",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "errorCode"
            ],
            "properties": {
              "errorCode": {
                "type": "string",
                "minLength": 1,
                "maxLength": 128,
                "description": "UnOpenedSessionNotAllowed, UnexpectedError, or a server-defined string."
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "unopened",
          "summary": "A page that never opened the chat tried to send",
          "payload": {
            "event": "OnInternalServerError",
            "sid": "c_7Hq2LxVbN4",
            "data": {
              "errorCode": "UnOpenedSessionNotAllowed"
            }
          }
        }
      ]
    },
    "OnServerStateChanged": {
      "name": "OnServerStateChanged",
      "title": "Server reachability changed",
      "summary": "livechat.OnServerStateChanged = function (state)",
      "description": "Raised by the client library - `offline` after 9 s without any frame (event or heartbeat) from the server, `online` when a frame arrives again.",
      "x-livechat-raised-by": "client",
      "x-livechat-section": "Events",
      "x-livechat-signature": [
        {
          "name": "state",
          "path": "data.state"
        }
      ],
      "payload": {
        "title": "OnServerStateChangedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "data"
        ],
        "properties": {
          "event": {
            "const": "OnServerStateChanged",
            "description": "The event's name."
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "state"
            ],
            "properties": {
              "state": {
                "$ref": "../schemas/ServerState.yaml"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "offline",
          "summary": "Lost contact",
          "payload": {
            "event": "OnServerStateChanged",
            "data": {
              "state": "offline"
            }
          }
        }
      ]
    },
    "Heartbeat": {
      "name": "Heartbeat",
      "x-livechat-internal": true,
      "x-livechat-level": "MUST",
      "title": "Heartbeat",
      "summary": "The server is alive (no seq, not an event of the chat)",
      "description": "Sent on the stream after any silence of heartbeatIntervalMs (at most 3 s). `latestSeq` is the browser session's newest seq, so a page that holds less knows it missed events and reconnects.",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "System status check",
      "x-livechat-signature": [],
      "payload": {
        "title": "HeartbeatEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "time",
          "latestSeq"
        ],
        "properties": {
          "event": {
            "const": "Heartbeat",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "latestSeq": {
            "$ref": "../schemas/common.yaml#/StreamPosition"
          }
        }
      },
      "examples": [
        {
          "name": "beat",
          "summary": "Nothing new since 13",
          "payload": {
            "event": "Heartbeat",
            "time": "2026-11-25T10:15:33.120Z",
            "latestSeq": 13
          }
        }
      ]
    },
    "Resync": {
      "name": "Resync",
      "x-livechat-internal": true,
      "x-livechat-level": "MUST",
      "title": "Resynchronisation",
      "summary": "The page asked to resume from a position the server no longer holds",
      "description": "First event of a stream (or poll) whose `after` / Last-Event-ID is older than the events the\nserver keeps (eventRetention), instead of a silent gap: the current transcripts, as Open\nreturns them. Its `seq` is the snapshot's position - the newest existing seq, not a number of\nits own, 0 when the log has no event yet (a server that lost its log answers a position it\nnever gave this way) - and the SSE frame's id is that seq, so the stream goes on from it with\nnothing skipped. The client library replaces what it shows and raises OnOpenSuccess again (and\nOnEnd('lib', 'SessionLostWhileOffline') for each sid in `ended` it showed). Beyond the document.\n",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Communication model for floating web-chat",
      "x-livechat-signature": [
        {
          "name": "sessions",
          "path": "data.sessions"
        }
      ],
      "payload": {
        "title": "ResyncEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/StreamPosition"
          },
          "event": {
            "const": "Resync",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "sessions"
            ],
            "properties": {
              "sessions": {
                "type": "array",
                "maxItems": 16,
                "description": "The browser session's chats; empty when every chat has ended.",
                "items": {
                  "$ref": "../schemas/Session.yaml"
                }
              },
              "ended": {
                "type": "array",
                "maxItems": 16,
                "description": "Chats that ended in the gap; the client raises OnEnd('lib', 'SessionLostWhileOffline') for each it showed.",
                "items": {
                  "$ref": "../schemas/common.yaml#/Sid"
                }
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "afterLongSleep",
          "summary": "A laptop woke after an hour",
          "payload": {
            "seq": 1400,
            "event": "Resync",
            "time": "2026-11-25T11:20:00.000Z",
            "data": {
              "sessions": [
                {
                  "sid": "c_7Hq2LxVbN4",
                  "clientId": "support-1",
                  "state": "connected",
                  "trans": [
                    {
                      "type": "msg",
                      "by": "a",
                      "msg": "Still%20there%3F",
                      "time": "2026-11-25T11:10:00.000Z"
                    }
                  ]
                }
              ]
            }
          }
        }
      ]
    },
    "ChatStarted": {
      "name": "ChatStarted",
      "title": "Another page started a chat (multi-chat)",
      "summary": "A page of this browser session started a chat; the pages that take part in its other chats joined it",
      "description": "Multi-chat: when a page starts a chat, the server joins to it every page that already takes\npart in a chat of the browser session (the floating chat window follows the customer), and\nsends this event with the new chat's Session. The client library raises\nOnOpenSuccess([Session]) on those pages; the starting page ignores it (it has OnStartSuccess).\nBeyond the document.\n",
      "x-livechat-internal": true,
      "x-livechat-level": "MUST",
      "x-livechat-raised-by": "server",
      "x-livechat-section": "Multi-chat Functionality",
      "x-livechat-signature": [],
      "payload": {
        "title": "ChatStartedEvent",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "seq",
          "event",
          "time",
          "sid",
          "clientId",
          "data"
        ],
        "properties": {
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          },
          "event": {
            "const": "ChatStarted",
            "description": "The event's name."
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "data": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "session",
              "startedBy"
            ],
            "properties": {
              "session": {
                "$ref": "../schemas/Session.yaml"
              },
              "startedBy": {
                "$ref": "../schemas/common.yaml#/PageId"
              }
            }
          }
        }
      },
      "examples": [
        {
          "name": "secondChat",
          "summary": "A second chat, started in another tab",
          "payload": {
            "seq": 17,
            "event": "ChatStarted",
            "time": "2026-11-25T10:21:00.000Z",
            "sid": "c_9Pw4MzQ2aR",
            "clientId": "mortgage-1",
            "data": {
              "session": {
                "sid": "c_9Pw4MzQ2aR",
                "clientId": "mortgage-1",
                "state": "queued",
                "queuePosition": 2,
                "trans": []
              },
              "startedBy": "pg_Q2w8Xr5Tn1Lk7Vb3Zc9M0a"
            }
          }
        }
      ]
    }
  },
  "https://livechat-kit.invalid/spec/events/stream-event.yaml": {
    "title": "StreamEvent",
    "description": "One event of the browser session's stream, as the long-poll answer lists it (the SSE stream\ncarries the same payloads, one per frame). Exactly the messages of asyncapi.yaml's\n`eventStream` channel except Heartbeat; a test keeps the two lists equal.\n",
    "oneOf": [
      {
        "allOf": [
          {
            "$ref": "session.yaml#/OnEnd/payload"
          },
          {
            "required": [
              "seq",
              "time"
            ]
          }
        ]
      },
      {
        "allOf": [
          {
            "$ref": "session.yaml#/OnInternalServerError/payload"
          },
          {
            "required": [
              "seq",
              "time",
              "sid",
              "clientId"
            ]
          }
        ]
      },
      {
        "$ref": "session.yaml#/Resync/payload"
      },
      {
        "$ref": "session.yaml#/ChatStarted/payload"
      },
      {
        "$ref": "routing.yaml#/OnCallQueued/payload"
      },
      {
        "$ref": "routing.yaml#/OnRemoteUserConnected/payload"
      },
      {
        "$ref": "routing.yaml#/OnSystemNotification/payload"
      },
      {
        "$ref": "routing.yaml#/OnCallbackRequestStatus/payload"
      },
      {
        "$ref": "routing.yaml#/OnConferenceUserLeft/payload"
      },
      {
        "$ref": "messaging.yaml#/OnMessageReceived/payload"
      },
      {
        "$ref": "messaging.yaml#/OnEcho/payload"
      },
      {
        "$ref": "messaging.yaml#/OnTypingStateChanged/payload"
      },
      {
        "$ref": "messaging.yaml#/OnAppMessageReceived/payload"
      },
      {
        "$ref": "messaging.yaml#/OnHistoryReceived/payload"
      },
      {
        "$ref": "extras.yaml#/OnUploadComplete/payload"
      },
      {
        "$ref": "av.yaml#/AvSignal/payload"
      },
      {
        "$ref": "av.yaml#/AvMediaStateChanged/payload"
      },
      {
        "$ref": "av.yaml#/AvCallEnded/payload"
      },
      {
        "$ref": "cobrowse.yaml#/CobrSignal/payload"
      },
      {
        "$ref": "cobrowse.yaml#/CobrControlValueChanged/payload"
      },
      {
        "$ref": "cobrowse.yaml#/CobrAnnotation/payload"
      },
      {
        "$ref": "cobrowse.yaml#/CobrEnded/payload"
      }
    ]
  },
  "https://livechat-kit.invalid/spec/http/av.yaml": {
    "start": {
      "post": {
        "operationId": "startAvCall",
        "tags": [
          "av"
        ],
        "summary": "StartAvCall - start an audio/video call in the chat",
        "description": "livechat.StartAvCall(sid). Opens a WebRTC call with the chat's CSO, with the media of\nSetAvConfigs. The page then sends its SDP offer and ICE candidates (sendAvSignal); the\nCSO's answer and candidates arrive as AvSignal events. Requires a connected CSO. When the\ncall cannot start (devices refused, this refused, the page's EndAvCall meanwhile) the client\nlibrary ends what it began and calls Display.OnDisconnected, as for any end.\n",
        "x-livechat-function": [
          "StartAvCall"
        ],
        "x-livechat-section": "Audio - Video Communication Functions",
        "x-livechat-signature": [
          {
            "name": "sid",
            "path": "path.sid"
          }
        ],
        "x-livechat-supplied": [
          {
            "path": "body.audio",
            "from": "config:SetAvConfigs.MediaCapture.audio.enabled"
          },
          {
            "path": "body.video",
            "from": "config:SetAvConfigs.MediaCapture.video.enabled"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "InvalidSessionState",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "audio",
                  "video"
                ],
                "properties": {
                  "audio": {
                    "type": "boolean",
                    "description": "The call sends audio (MediaCapture.audio.enabled)."
                  },
                  "video": {
                    "type": "boolean",
                    "description": "The call sends video (MediaCapture.video.enabled)."
                  }
                }
              },
              "examples": {
                "video": {
                  "summary": "A video call with voice",
                  "value": {
                    "audio": true,
                    "video": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The call exists; send the offer.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "callId"
                  ],
                  "properties": {
                    "callId": {
                      "$ref": "../schemas/common.yaml#/CallId"
                    }
                  }
                },
                "examples": {
                  "started": {
                    "summary": "A new call",
                    "value": {
                      "callId": "av_5tR2pQ9x"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "end": {
      "post": {
        "operationId": "endAvCall",
        "tags": [
          "av"
        ],
        "summary": "EndAvCall - hang up",
        "description": "livechat.EndAvCall(). Ends the call; the CSO receives the hang-up, and Display.OnDisconnected is called on this side.",
        "x-livechat-function": [
          "EndAvCall"
        ],
        "x-livechat-section": "Audio - Video Communication Functions",
        "x-livechat-signature": [],
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "call"
          },
          {
            "path": "body.callId",
            "from": "call"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "InvalidSessionState",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/CallRef"
              },
              "examples": {
                "hangUp": {
                  "summary": "Hang up",
                  "value": {
                    "callId": "av_5tR2pQ9x"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Ended."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "pause": {
      "post": {
        "operationId": "pauseAv",
        "tags": [
          "av"
        ],
        "summary": "Pause - mute or pause, and undo",
        "description": "livechat.Pause(audio, video). Mutes the microphone when audio is true (unmutes otherwise) and pauses the camera when video is true (resumes otherwise); the CSO receives the new state.",
        "x-livechat-function": [
          "Pause"
        ],
        "x-livechat-section": "Audio - Video Communication Functions",
        "x-livechat-signature": [
          {
            "name": "audio",
            "path": "body.audio"
          },
          {
            "name": "video",
            "path": "body.video"
          }
        ],
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "call"
          },
          {
            "path": "body.callId",
            "from": "call"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "InvalidSessionState",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "callId",
                  "audio",
                  "video"
                ],
                "properties": {
                  "callId": {
                    "$ref": "../schemas/common.yaml#/CallId"
                  },
                  "audio": {
                    "type": "boolean",
                    "description": "True mutes the microphone."
                  },
                  "video": {
                    "type": "boolean",
                    "description": "True pauses the camera."
                  }
                }
              },
              "examples": {
                "cameraOff": {
                  "summary": "Camera paused, microphone on",
                  "value": {
                    "callId": "av_5tR2pQ9x",
                    "audio": false,
                    "video": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Applied and relayed."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "signals": {
      "post": {
        "operationId": "sendAvSignal",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "av"
        ],
        "summary": "WebRTC signaling of a call (SDP offer/answer, ICE candidates)",
        "description": "Part of StartAvCall - relays the page's SDP offer or answer, or one trickled ICE candidate, to the CSO's side of the call.",
        "x-livechat-function": [
          "StartAvCall"
        ],
        "x-livechat-section": "Audio - Video Communication Functions",
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "call"
          },
          {
            "path": "body.callId",
            "from": "call"
          },
          {
            "path": "body.signal",
            "from": "webrtc"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "InvalidSessionState",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "callId",
                  "signal"
                ],
                "properties": {
                  "callId": {
                    "$ref": "../schemas/common.yaml#/CallId"
                  },
                  "signal": {
                    "$ref": "../schemas/signaling.yaml#/Signal"
                  }
                }
              },
              "examples": {
                "offer": {
                  "summary": "The page's offer",
                  "value": {
                    "callId": "av_5tR2pQ9x",
                    "signal": {
                      "type": "offer",
                      "sdp": "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                    }
                  }
                },
                "candidate": {
                  "summary": "A trickled candidate",
                  "value": {
                    "callId": "av_5tR2pQ9x",
                    "signal": {
                      "type": "ice-candidate",
                      "candidate": {
                        "candidate": "candidate:1 1 udp 2122260223 192.0.2.10 54400 typ host",
                        "sdpMid": "0",
                        "sdpMLineIndex": 0
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Relayed."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "components": {
      "CallRef": {
        "title": "CallRef",
        "description": "Names the call.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "callId"
        ],
        "properties": {
          "callId": {
            "$ref": "../schemas/common.yaml#/CallId"
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/http/campaign.yaml": {
    "campaignContacts": {
      "post": {
        "operationId": "createCampaignContact",
        "tags": [
          "campaign"
        ],
        "summary": "CreateCampaignContact - create a contact for a campaign",
        "description": "livechat.CreateCampaignContact(data). Creates a campaign contact from `data` (any JSON\nobject, the document's \"request payload in json format\"). The client library raises\nOnCampaignContactCreated(response) with the result - or, on a problem, with resultCode set\nto the problem's code and resultMessage to its detail.\n",
        "x-livechat-function": [
          "CreateCampaignContact"
        ],
        "x-livechat-section": "Create Campaign Contact",
        "x-livechat-signature": [
          {
            "name": "data",
            "path": "body"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "PayloadTooLarge",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "maxProperties": 64,
                "additionalProperties": true,
                "description": "The campaign contact, as the campaign defines it; at most 16 KiB of JSON (PayloadTooLarge beyond)."
              },
              "examples": {
                "contact": {
                  "summary": "A contact for a card campaign",
                  "value": {
                    "campaign": "card-upgrade",
                    "name": "Tan Mei Ling",
                    "phone": "+6591234567",
                    "preferredTime": "evening"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Created; raise OnCampaignContactCreated.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "../schemas/CampaignContactResult.yaml"
                },
                "examples": {
                  "created": {
                    "summary": "Created",
                    "value": {
                      "resultCode": "Success",
                      "resultMessage": "Contact created",
                      "contactId": "cc_000123"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "413": {
            "$ref": "shared.yaml#/responses/Problem413"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/http/captcha.yaml": {
    "captcha": {
      "get": {
        "operationId": "getCaptchaImage",
        "tags": [
          "captcha"
        ],
        "summary": "The captcha image (setCaptchaImage / resetCaptchaImage)",
        "description": "livechat.setCaptchaImage(img) points an <img> here with `reset=false`: the image of the\nbrowser session's current captcha text, created if there is none. resetCaptchaImage(img)\nuses `reset=true`: a new text and image. The text is kept with the browser session (this\nrequest sets the cookie when there is none) and checked by Start against eEnteredCaptcha.\nA GET because an <img> loads it; with a SameSite=Lax cookie a cross-site image cannot reset\nit, and where the cookie is SameSite=None the server also accepts the previous text until\none of them is used, so a forged reset cannot fail a customer's Start.\n",
        "x-livechat-function": [
          "setCaptchaImage",
          "resetCaptchaImage"
        ],
        "x-livechat-section": "Captcha integration",
        "x-livechat-signature": [
          {
            "name": "img",
            "client": true,
            "type": "HTMLImageElement"
          }
        ],
        "x-livechat-supplied": [
          {
            "path": "query.reset",
            "from": "function"
          },
          {
            "path": "query.t",
            "from": "generated"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "security": [
          {},
          {
            "browserSession": []
          }
        ],
        "parameters": [
          {
            "name": "reset",
            "in": "query",
            "required": false,
            "description": "Whether to make a new captcha text.",
            "schema": {
              "type": "string",
              "default": "false",
              "oneOf": [
                {
                  "const": "false",
                  "description": "The current text's image (setCaptchaImage)."
                },
                {
                  "const": "true",
                  "description": "A new text's image (resetCaptchaImage)."
                }
              ]
            },
            "example": "false"
          },
          {
            "name": "t",
            "in": "query",
            "required": false,
            "description": "Cache buster the client library adds; ignored by the server.",
            "schema": {
              "type": "string",
              "maxLength": 32
            },
            "example": "1732529730120"
          }
        ],
        "responses": {
          "200": {
            "description": "The image. Sets the browser-session cookie when the request had none.",
            "headers": {
              "Set-Cookie": {
                "$ref": "shared.yaml#/headers/SetBrowserSession"
              },
              "Cache-Control": {
                "description": "Always `no-store`.",
                "schema": {
                  "type": "string",
                  "const": "no-store"
                }
              }
            },
            "content": {
              "image/png": {
                "schema": {
                  "type": "string",
                  "contentMediaType": "image/png"
                },
                "examples": {
                  "png": {
                    "summary": "A PNG image (binary)",
                    "value": "PNG\r\n"
                  }
                }
              },
              "image/svg+xml": {
                "schema": {
                  "type": "string",
                  "contentMediaType": "image/svg+xml"
                },
                "examples": {
                  "svg": {
                    "summary": "An SVG image",
                    "value": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"150\" height=\"50\"></svg>"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/http/cobrowse.yaml": {
    "start": {
      "post": {
        "operationId": "startCobrowse",
        "tags": [
          "cobrowse"
        ],
        "summary": "StartCobr - start co-browsing",
        "description": "livechat.StartCobr(). Starts co-browsing with the chat's CSO using the configuration of\nSetCobrConfigs: the page's stream (Display.OnAcquireCustomCanvasStream) goes to the CSO over\nWebRTC (sendCobrowseSignal), the controls of domControlList are kept in sync both ways, the\npointer is sent when isMousePointerCapture is set and annotations are allowed when\nisAnnotationEnabled is set. Requires a connected CSO.\n",
        "x-livechat-function": [
          "StartCobr"
        ],
        "x-livechat-section": "Co - Browsing Communication Functions",
        "x-livechat-signature": [],
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "chat"
          },
          {
            "path": "body.domControlList",
            "from": "config:SetCobrConfigs.domControlList"
          },
          {
            "path": "body.isMousePointerCapture",
            "from": "config:SetCobrConfigs.isMousePointerCapture"
          },
          {
            "path": "body.isAnnotationEnabled",
            "from": "config:SetCobrConfigs.isAnnotationEnabled"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "InvalidSessionState",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "isMousePointerCapture",
                  "isAnnotationEnabled"
                ],
                "properties": {
                  "domControlList": {
                    "$ref": "../schemas/DomControlList.yaml"
                  },
                  "isMousePointerCapture": {
                    "type": "boolean",
                    "description": "The customer's pointer is sent to the CSO."
                  },
                  "isAnnotationEnabled": {
                    "type": "boolean",
                    "description": "The customer may annotate the shared page."
                  }
                }
              },
              "examples": {
                "form": {
                  "summary": "Co-browse a form with pointer and annotations",
                  "value": {
                    "domControlList": {
                      "textboxId": [
                        "textbox1"
                      ],
                      "radioButtonId": [],
                      "checkboxId": [
                        "checkbox1"
                      ],
                      "dropdownId": [
                        "dropdown1"
                      ]
                    },
                    "isMousePointerCapture": true,
                    "isAnnotationEnabled": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Co-browsing exists; send the stream's offer.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "cobrowseId"
                  ],
                  "properties": {
                    "cobrowseId": {
                      "$ref": "../schemas/common.yaml#/CobrowseId"
                    }
                  }
                },
                "examples": {
                  "started": {
                    "summary": "A new co-browse session",
                    "value": {
                      "cobrowseId": "cb_9Lm3Wq1z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "end": {
      "post": {
        "operationId": "endCobrowse",
        "tags": [
          "cobrowse"
        ],
        "summary": "EndCobr - end co-browsing",
        "description": "livechat.EndCobr(triggerDisconnect, sendEndMessage). Sent when sendEndMessage is set, to\ninform the CSO's side; triggerDisconnect only closes the page's own WebRTC connection and\nsends nothing. A session only disconnected stays open on the server (and StartCobr in that\nchat is refused) until this is sent, the CSO ends it, or its page leaves: the client library\nsends it before its next StartCobr.\n",
        "x-livechat-function": [
          "EndCobr"
        ],
        "x-livechat-section": "Co - Browsing Communication Functions",
        "x-livechat-signature": [
          {
            "name": "triggerDisconnect",
            "client": true,
            "type": "boolean"
          },
          {
            "name": "sendEndMessage",
            "client": true,
            "type": "boolean"
          }
        ],
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "cobrowse"
          },
          {
            "path": "body.cobrowseId",
            "from": "cobrowse"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "InvalidSessionState",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/CobrowseRef"
              },
              "examples": {
                "end": {
                  "summary": "End co-browsing",
                  "value": {
                    "cobrowseId": "cb_9Lm3Wq1z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Ended; the CSO is informed."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "signals": {
      "post": {
        "operationId": "sendCobrowseSignal",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "cobrowse"
        ],
        "summary": "WebRTC signaling of the co-browse stream",
        "description": "Part of StartCobr - relays the page's SDP offer or answer, or an ICE candidate, for the shared-screen stream.",
        "x-livechat-function": [
          "StartCobr"
        ],
        "x-livechat-section": "Design Diagram for Screen-sharing",
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "cobrowse"
          },
          {
            "path": "body.cobrowseId",
            "from": "cobrowse"
          },
          {
            "path": "body.signal",
            "from": "webrtc"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "InvalidSessionState",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "cobrowseId",
                  "signal"
                ],
                "properties": {
                  "cobrowseId": {
                    "$ref": "../schemas/common.yaml#/CobrowseId"
                  },
                  "signal": {
                    "$ref": "../schemas/signaling.yaml#/Signal"
                  }
                }
              },
              "examples": {
                "offer": {
                  "summary": "The shared stream's offer",
                  "value": {
                    "cobrowseId": "cb_9Lm3Wq1z",
                    "signal": {
                      "type": "offer",
                      "sdp": "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Relayed."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "controlValues": {
      "post": {
        "operationId": "sendCobrowseControlValue",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "cobrowse"
        ],
        "summary": "A control of domControlList changed on the customer's page",
        "description": "Part of StartCobr - the new value of a text box, radio button, checkbox or dropdown named in domControlList, mirrored on the CSO's view.",
        "x-livechat-function": [
          "StartCobr"
        ],
        "x-livechat-section": "Co - Browsing Communication Functions",
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "cobrowse"
          },
          {
            "path": "body.cobrowseId",
            "from": "cobrowse"
          },
          {
            "path": "body.value",
            "from": "dom"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "InvalidSessionState",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "cobrowseId",
                  "value"
                ],
                "properties": {
                  "cobrowseId": {
                    "$ref": "../schemas/common.yaml#/CobrowseId"
                  },
                  "value": {
                    "$ref": "../schemas/signaling.yaml#/CobrControlValue"
                  }
                }
              },
              "examples": {
                "checkbox": {
                  "summary": "A checkbox was ticked",
                  "value": {
                    "cobrowseId": "cb_9Lm3Wq1z",
                    "value": {
                      "control": "checkbox",
                      "id": "checkbox1",
                      "value": true
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Relayed."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "pointer": {
      "post": {
        "operationId": "sendCobrowsePointer",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "cobrowse"
        ],
        "summary": "The customer's pointer moved (isMousePointerCapture)",
        "description": "Part of StartCobr - the customer's pointer, shown to the CSO, in batches of the positions sampled since the last one (at most one batch per 100 ms).",
        "x-livechat-function": [
          "StartCobr"
        ],
        "x-livechat-section": "Co - Browsing Communication Functions",
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "cobrowse"
          },
          {
            "path": "body.cobrowseId",
            "from": "cobrowse"
          },
          {
            "path": "body.points",
            "from": "dom"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "InvalidSessionState",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "cobrowseId",
                  "points"
                ],
                "properties": {
                  "cobrowseId": {
                    "$ref": "../schemas/common.yaml#/CobrowseId"
                  },
                  "points": {
                    "$ref": "../schemas/signaling.yaml#/CobrPointerBatch"
                  }
                }
              },
              "examples": {
                "moved": {
                  "summary": "Two pointer positions",
                  "value": {
                    "cobrowseId": "cb_9Lm3Wq1z",
                    "points": [
                      {
                        "x": 0.42,
                        "y": 0.17,
                        "visible": true
                      },
                      {
                        "x": 0.43,
                        "y": 0.18,
                        "visible": true
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Relayed."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "annotations": {
      "post": {
        "operationId": "sendCobrowseAnnotation",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "cobrowse"
        ],
        "summary": "The customer annotated the shared page (isAnnotationEnabled)",
        "description": "Part of StartCobr - one annotation stroke, or a clear, shown to the CSO.",
        "x-livechat-function": [
          "StartCobr"
        ],
        "x-livechat-section": "Co - Browsing Communication Functions",
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "cobrowse"
          },
          {
            "path": "body.cobrowseId",
            "from": "cobrowse"
          },
          {
            "path": "body.annotation",
            "from": "dom"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "InvalidSessionState",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "cobrowseId",
                  "annotation"
                ],
                "properties": {
                  "cobrowseId": {
                    "$ref": "../schemas/common.yaml#/CobrowseId"
                  },
                  "annotation": {
                    "$ref": "../schemas/signaling.yaml#/CobrAnnotation"
                  }
                }
              },
              "examples": {
                "stroke": {
                  "summary": "A red pen stroke",
                  "value": {
                    "cobrowseId": "cb_9Lm3Wq1z",
                    "annotation": {
                      "tool": "pen",
                      "color": "#ff0000",
                      "points": [
                        [
                          0.1,
                          0.1
                        ],
                        [
                          0.2,
                          0.15
                        ]
                      ]
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Relayed."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "components": {
      "CobrowseRef": {
        "title": "CobrowseRef",
        "description": "Names the co-browse session.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "cobrowseId"
        ],
        "properties": {
          "cobrowseId": {
            "$ref": "../schemas/common.yaml#/CobrowseId"
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/http/diagnostics.yaml": {
    "status": {
      "get": {
        "operationId": "getStatus",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "diagnostics"
        ],
        "summary": "System status check",
        "description": "For continuous or on-demand checks. Answers 200 with the text `ONLINE` when the system\ncan accept chats, or 200 with `OFFLINE (message)` when it cannot for a technical reason\n(draining, store unreachable). Business limits (no CSO staffed, business hours) are not\nreported here; they surface inside a chat (OnSystemNotification). A 4xx means the\napplication is down or unreachable through its reverse proxies.\n",
        "x-livechat-function": [
          "SystemStatusCheck"
        ],
        "x-livechat-section": "System status check",
        "x-livechat-errors": [],
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The system's state, as text.",
            "headers": {
              "Cache-Control": {
                "description": "Always `no-store`.",
                "schema": {
                  "type": "string",
                  "const": "no-store"
                }
              }
            },
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string",
                  "pattern": "^(ONLINE|OFFLINE \\(.{1,256}\\))$"
                },
                "examples": {
                  "online": {
                    "summary": "Accepting chats",
                    "value": "ONLINE"
                  },
                  "offline": {
                    "summary": "Draining for maintenance",
                    "value": "OFFLINE (draining for maintenance)"
                  }
                }
              }
            }
          }
        }
      }
    },
    "slog": {
      "post": {
        "operationId": "slog",
        "tags": [
          "diagnostics"
        ],
        "summary": "Log a client message into the server log",
        "description": "livechat.slog(type, unit, msg) - writes the page's log line into the server's structured log, tagged with the browser session, as data (control characters escaped, never a line of its own). Rate limited.",
        "x-livechat-function": [
          "slog"
        ],
        "x-livechat-section": "Log to server",
        "x-livechat-signature": [
          {
            "name": "type",
            "path": "body.type"
          },
          {
            "name": "unit",
            "path": "body.unit"
          },
          {
            "name": "msg",
            "path": "body.msg"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "type",
                  "unit",
                  "msg"
                ],
                "properties": {
                  "type": {
                    "description": "Log level.",
                    "type": "string",
                    "oneOf": [
                      {
                        "const": "info",
                        "description": "Information."
                      },
                      {
                        "const": "warn",
                        "description": "Something unexpected but handled."
                      },
                      {
                        "const": "error",
                        "description": "A failure."
                      }
                    ]
                  },
                  "unit": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 128,
                    "description": "Calling method name."
                  },
                  "msg": {
                    "type": "string",
                    "maxLength": 4096,
                    "description": "The log message."
                  }
                }
              },
              "examples": {
                "warn": {
                  "summary": "A warning from the widget",
                  "value": {
                    "type": "warn",
                    "unit": "ChatWidget.send",
                    "msg": "retrying after a dropped connection"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Logged."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/http/events.yaml": {
    "stream": {
      "get": {
        "operationId": "openEventStream",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "events"
        ],
        "summary": "The event stream (Server-Sent Events)",
        "description": "Every event of the browser session, for every page: OnEcho, OnMessageReceived, OnEnd ...\n(each message is described in asyncapi.yaml, channel `eventStream`). One SSE frame per\nevent: `id` is the event's seq, `event` its name, `data` its JSON payload. A `Heartbeat`\nframe (no id) follows any silence of `heartbeatIntervalMs`, so the client knows within\n9 s that contact is lost. Reconnect with `Last-Event-ID` (or `after`) to resume with nothing\nlost or repeated; when the server no longer holds the events after that position, the\nstream starts with a `Resync` event carrying the transcripts. A browser needs only one\nstream (a leading tab shares it with the others); each page may hold its own. The first\nframe is `retry: 2000`; the client library reconnects by itself (with backoff, also after\nan error answer, which stops a plain EventSource for good). While no stream of the browser\nsession is connected, the session-end timer runs.\n",
        "x-livechat-function": [
          "Events"
        ],
        "x-livechat-section": "Events",
        "x-livechat-asyncapi-channel": "eventStream",
        "x-livechat-supplied": [
          {
            "path": "query.page",
            "from": "page"
          },
          {
            "path": "query.after",
            "from": "stream"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "security": [
          {
            "browserSession": []
          }
        ],
        "parameters": [
          {
            "name": "page",
            "in": "query",
            "required": true,
            "description": "The id of the page holding the stream.",
            "schema": {
              "$ref": "../schemas/common.yaml#/PageId"
            },
            "example": "pg_Vx3Q9sKd0aLmN2rT7yWb4E"
          },
          {
            "name": "after",
            "in": "query",
            "required": false,
            "description": "Start after this position (from Open or Start); Last-Event-ID wins when both are sent.",
            "schema": {
              "$ref": "../schemas/common.yaml#/StreamPosition"
            },
            "example": 12
          },
          {
            "name": "Last-Event-ID",
            "in": "header",
            "required": false,
            "description": "The seq of the last event the page received (sent by EventSource when it reconnects).",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]{1,16}$"
            },
            "example": "12"
          }
        ],
        "responses": {
          "200": {
            "description": "The stream; it stays open. Frames are described in asyncapi.yaml.",
            "headers": {
              "Cache-Control": {
                "description": "Always `no-store`.",
                "schema": {
                  "type": "string",
                  "const": "no-store"
                }
              }
            },
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string",
                  "description": "SSE frames: `id: <seq>`, `event: <name>`, `data: <payload JSON>`."
                },
                "examples": {
                  "echo": {
                    "summary": "An echo then a heartbeat",
                    "value": "id: 13\nevent: OnEcho\ndata: {\"seq\":13,\"event\":\"OnEcho\",\"time\":\"2026-11-25T10:15:30.120Z\",\"sid\":\"c_7Hq2LxVbN4\",\"clientId\":\"support-1\",\"data\":{\"msg\":\"Hello\",\"messageId\":\"msg_000013\",\"clientMessageId\":\"m_01HZX3A7QK\"}}\n\nevent: Heartbeat\ndata: {\"event\":\"Heartbeat\",\"time\":\"2026-11-25T10:15:33.120Z\",\"latestSeq\":13}\n\n"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "poll": {
      "get": {
        "operationId": "pollEvents",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "events"
        ],
        "summary": "Long-poll fallback of the event stream",
        "description": "For networks whose proxies buffer streams: answers as soon as there are events after\n`after`, or after `waitMs` with none (an empty answer is the heartbeat). The next poll\npasses the answer's `next` as `after` - the seq of the last event returned, so nothing is\nskipped when an answer is cut at 1,000 events (`more` is then true and the next poll\nanswers at once). Same events, same order, same resumption rules (a `Resync` first when\n`after` is older than the server keeps) as the stream.\n",
        "x-livechat-function": [
          "Events"
        ],
        "x-livechat-section": "Events",
        "x-livechat-asyncapi-channel": "eventStream",
        "x-livechat-supplied": [
          {
            "path": "query.page",
            "from": "page"
          },
          {
            "path": "query.after",
            "from": "stream"
          },
          {
            "path": "query.waitMs",
            "from": "stream"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "security": [
          {
            "browserSession": []
          }
        ],
        "parameters": [
          {
            "name": "page",
            "in": "query",
            "required": true,
            "description": "The id of the polling page.",
            "schema": {
              "$ref": "../schemas/common.yaml#/PageId"
            },
            "example": "pg_Vx3Q9sKd0aLmN2rT7yWb4E"
          },
          {
            "name": "after",
            "in": "query",
            "required": true,
            "description": "Answer events after this position.",
            "schema": {
              "$ref": "../schemas/common.yaml#/StreamPosition"
            },
            "example": 12
          },
          {
            "name": "waitMs",
            "in": "query",
            "required": false,
            "description": "Longest wait for an event, at most 5000 so that the client hears from the server within its 9 s offline threshold.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 5000,
              "default": 4000
            },
            "example": 4000
          }
        ],
        "responses": {
          "200": {
            "description": "The events after `after`, oldest first (possibly none).",
            "headers": {
              "Cache-Control": {
                "description": "Always `no-store`.",
                "schema": {
                  "type": "string",
                  "const": "no-store"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "events",
                    "next",
                    "more",
                    "latestSeq"
                  ],
                  "properties": {
                    "events": {
                      "type": "array",
                      "maxItems": 1000,
                      "items": {
                        "$ref": "../events/stream-event.yaml"
                      }
                    },
                    "next": {
                      "$ref": "../schemas/common.yaml#/StreamPosition"
                    },
                    "more": {
                      "type": "boolean",
                      "description": "True when more events wait after `next`."
                    },
                    "latestSeq": {
                      "$ref": "../schemas/common.yaml#/StreamPosition"
                    }
                  }
                },
                "examples": {
                  "echo": {
                    "summary": "One echo",
                    "value": {
                      "next": 13,
                      "more": false,
                      "latestSeq": 13,
                      "events": [
                        {
                          "seq": 13,
                          "event": "OnEcho",
                          "time": "2026-11-25T10:15:30.120Z",
                          "sid": "c_7Hq2LxVbN4",
                          "clientId": "support-1",
                          "data": {
                            "msg": "Hello",
                            "messageId": "msg_000013",
                            "clientMessageId": "m_01HZX3A7QK"
                          }
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/http/files.yaml": {
    "upload": {
      "post": {
        "operationId": "uploadFiles",
        "tags": [
          "files"
        ],
        "summary": "uploadFiles - upload files into the chat",
        "description": "livechat.uploadFiles(fileList). Uploads up to maxFilesPerUpload files, each at most\nmaxFileBytes and of an allowedFileTypes type checked against its content. Names are\nsanitised and made unique. Each accepted file is announced to every page by\nOnUploadComplete and shown to the CSO. All or nothing: when one file is refused, none is\nkept. A request whose Content-Length exceeds maxFileBytes x maxFilesPerUpload plus 64 KiB\nis refused with PayloadTooLarge before its body is read, and one that grows past it while\nstreaming is cut off with the same answer.\n",
        "x-livechat-function": [
          "uploadFiles"
        ],
        "x-livechat-section": "File Transfer",
        "x-livechat-signature": [
          {
            "name": "fileList",
            "path": "body.files"
          }
        ],
        "x-livechat-multichat": {
          "append": [
            {
              "name": "Sid",
              "path": "path.sid",
              "optional": true,
              "extension": true
            }
          ]
        },
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "chat"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "PayloadTooLarge",
          "UnsupportedFileType",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "x-livechat-error-levels": {
          "RateLimited": "MUST"
        },
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "multipart/form-data": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "files"
                ],
                "properties": {
                  "files": {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 10,
                    "description": "The files, one part each, named `files`.",
                    "items": {
                      "type": "string",
                      "contentMediaType": "application/octet-stream"
                    }
                  }
                }
              },
              "encoding": {
                "files": {
                  "contentType": "*/*"
                }
              },
              "examples": {
                "one": {
                  "summary": "One PDF",
                  "value": {
                    "files": [
                      "%PDF-1.7"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Stored; OnUploadComplete follows for each file.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "files"
                  ],
                  "properties": {
                    "files": {
                      "type": "array",
                      "minItems": 1,
                      "maxItems": 10,
                      "items": {
                        "$ref": "../schemas/UploadedFile.yaml"
                      }
                    }
                  }
                },
                "examples": {
                  "stored": {
                    "summary": "One stored file",
                    "value": {
                      "files": [
                        {
                          "fileName": "f_8Kq2_statement.pdf",
                          "originalName": "statement.pdf",
                          "fileSize": 48213,
                          "fileType": "application/pdf",
                          "by": "c"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "413": {
            "$ref": "shared.yaml#/responses/Problem413"
          },
          "415": {
            "$ref": "shared.yaml#/responses/Problem415"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "download": {
      "get": {
        "operationId": "downloadFile",
        "tags": [
          "files"
        ],
        "summary": "Download a file of the chat (prepareDownloadURL)",
        "description": "livechat.prepareDownloadURL(fileName) returns this URL for a file of the current chat.\nOnly files of this browser session's chats are served, as attachments, with\n`X-Content-Type-Options: nosniff`; the name must be a stored name (no path).\n",
        "x-livechat-function": [
          "prepareDownloadURL"
        ],
        "x-livechat-returns": "url",
        "x-livechat-section": "File Transfer",
        "x-livechat-signature": [
          {
            "name": "fileName",
            "path": "path.fileName"
          }
        ],
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "chat"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "FileNotFound",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "security": [
          {
            "browserSession": []
          }
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "name": "fileName",
            "in": "path",
            "required": true,
            "description": "The stored name from OnUploadComplete.",
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$"
            },
            "example": "f_8Kq2_statement.pdf"
          }
        ],
        "responses": {
          "200": {
            "headers": {
              "Content-Disposition": {
                "description": "Always an attachment, with the original name as an ASCII fallback and RFC 8187 `filename*` (RFC 6266).",
                "schema": {
                  "type": "string"
                },
                "example": "attachment; filename=\"statement.pdf\"; filename*=UTF-8''statement.pdf"
              },
              "Cache-Control": {
                "description": "Always `private, no-store` - customers' documents stay out of shared caches.",
                "schema": {
                  "type": "string",
                  "const": "private, no-store"
                },
                "example": "private, no-store"
              },
              "X-Content-Type-Options": {
                "description": "Always `nosniff`.",
                "schema": {
                  "type": "string",
                  "const": "nosniff"
                }
              }
            },
            "description": "The file, with the type it was stored as - one of the session's allowedFileTypes, checked against its content at upload (text as UTF-8) - served as an attachment the browser does not sniff.",
            "content": {
              "*/*": {
                "schema": {
                  "type": "string",
                  "description": "The file's bytes."
                },
                "examples": {
                  "pdf": {
                    "summary": "A PDF's first bytes (Content-Type application/pdf)",
                    "value": "%PDF-1.7"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/http/messaging.yaml": {
    "messages": {
      "post": {
        "operationId": "sendMessage",
        "tags": [
          "messaging"
        ],
        "summary": "SendMessage - send a message to the CSO",
        "description": "livechat.SendMessage(msg) / multilivechat.SendMessage(msg, Sid). The server accepts a\nmessage once per `clientMessageId`: a retry with the same id answers 200 with the first\nresult and no second OnEcho. Every page of the browser session (the sender's included)\nreceives OnEcho with the message and its clientMessageId; that echo, not the send, is what\npages display. A message that would take the chat's transcript beyond the announced\n`transcriptCap` is refused with TranscriptFull (409), without an echo; the chat stays open.\n",
        "x-livechat-function": [
          "SendMessage"
        ],
        "x-livechat-section": "Basic Communication Functions",
        "x-livechat-signature": [
          {
            "name": "msg",
            "path": "body.msg"
          }
        ],
        "x-livechat-multichat": {
          "append": [
            {
              "name": "Sid",
              "path": "path.sid"
            }
          ]
        },
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "chat"
          },
          {
            "path": "body.clientMessageId",
            "from": "generated"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "RateLimited",
          "TranscriptFull",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "x-livechat-error-levels": {
          "RateLimited": "MUST"
        },
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "msg",
                  "clientMessageId"
                ],
                "properties": {
                  "msg": {
                    "$ref": "../schemas/common.yaml#/ChatText"
                  },
                  "clientMessageId": {
                    "$ref": "../schemas/common.yaml#/ClientMessageId"
                  }
                }
              },
              "examples": {
                "hello": {
                  "summary": "A first message",
                  "value": {
                    "msg": "Hello, I need help with my card.",
                    "clientMessageId": "m_01HZX3A7QK"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A retry of a message already accepted; the first result, no second echo.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/MessageAccepted"
                },
                "examples": {
                  "retried": {
                    "$ref": "#/components/MessageAcceptedExample"
                  }
                }
              }
            }
          },
          "201": {
            "description": "Accepted; OnEcho (with this seq) goes to every page.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/MessageAccepted"
                },
                "examples": {
                  "accepted": {
                    "$ref": "#/components/MessageAcceptedExample"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "appMessages": {
      "post": {
        "operationId": "sendAppMessage",
        "tags": [
          "messaging"
        ],
        "summary": "SendAppMessage - send an application message to the agent desktop",
        "description": "livechat.SendAppMessage(type, obj) / multilivechat.SendAppMessage(type, obj, Sid). Delivers `obj`, of the application-defined `type`, to the CSO's desktop (TMAC). Deduplicated by clientMessageId like SendMessage.",
        "x-livechat-function": [
          "SendAppMessage"
        ],
        "x-livechat-section": "Basic Communication Functions",
        "x-livechat-signature": [
          {
            "name": "type",
            "path": "body.type"
          },
          {
            "name": "obj",
            "path": "body.obj"
          }
        ],
        "x-livechat-multichat": {
          "append": [
            {
              "name": "Sid",
              "path": "path.sid"
            }
          ]
        },
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "chat"
          },
          {
            "path": "body.clientMessageId",
            "from": "generated"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "RateLimited",
          "PayloadTooLarge",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "x-livechat-error-levels": {
          "RateLimited": "MUST"
        },
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "type",
                  "obj",
                  "clientMessageId"
                ],
                "properties": {
                  "type": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 128,
                    "description": "Any application-defined string."
                  },
                  "obj": {
                    "description": "Any JSON value; at most maxAppMessageBytes once serialised."
                  },
                  "clientMessageId": {
                    "$ref": "../schemas/common.yaml#/ClientMessageId"
                  }
                }
              },
              "examples": {
                "formFilled": {
                  "summary": "The customer filled a form",
                  "value": {
                    "type": "form-submitted",
                    "obj": {
                      "form": "address-change",
                      "step": 2
                    },
                    "clientMessageId": "a_01HZX3B9RM"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Accepted for the agent desktop (also for a retry of the same clientMessageId)."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "413": {
            "$ref": "shared.yaml#/responses/Problem413"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "typing": {
      "post": {
        "operationId": "notifyTypingStateChange",
        "tags": [
          "messaging"
        ],
        "summary": "NotifyTypingStateChange - tell the CSO the customer is typing",
        "description": "livechat.NotifyTypingStateChange(state) / multilivechat.NotifyTypingStateChange(state, Sid). 0 typing started, 1 typing stopped.",
        "x-livechat-function": [
          "NotifyTypingStateChange"
        ],
        "x-livechat-section": "Basic Communication Functions",
        "x-livechat-signature": [
          {
            "name": "state",
            "path": "body.state"
          }
        ],
        "x-livechat-multichat": {
          "append": [
            {
              "name": "Sid",
              "path": "path.sid"
            }
          ]
        },
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "chat"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "x-livechat-error-levels": {
          "RateLimited": "MUST"
        },
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "state"
                ],
                "properties": {
                  "state": {
                    "$ref": "../schemas/TypingState.yaml"
                  }
                }
              },
              "examples": {
                "started": {
                  "summary": "Typing started",
                  "value": {
                    "state": 0
                  }
                }
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Relayed to the CSO."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "callback": {
      "post": {
        "operationId": "requestCallback",
        "tags": [
          "messaging"
        ],
        "summary": "RequestCallback - ask to be called back",
        "description": "livechat.RequestCallback(contact). Registers a callback request; OnCallbackRequestStatus(true, status) follows on the stream.",
        "x-livechat-function": [
          "RequestCallback"
        ],
        "x-livechat-section": "Basic Communication Functions",
        "x-livechat-signature": [
          {
            "name": "contact",
            "path": "body.contact"
          }
        ],
        "x-livechat-multichat": {
          "append": [
            {
              "name": "Sid",
              "path": "path.sid",
              "optional": true,
              "extension": true
            }
          ]
        },
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "chat"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "x-livechat-error-levels": {
          "RateLimited": "MUST"
        },
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "contact"
                ],
                "properties": {
                  "contact": {
                    "type": "string",
                    "pattern": "^\\+?[0-9][0-9 ().-]{2,31}$",
                    "description": "Phone number to call the customer back on."
                  }
                }
              },
              "examples": {
                "mobile": {
                  "summary": "A mobile number",
                  "value": {
                    "contact": "+65 9123 4567"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Registered; OnCallbackRequestStatus follows."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "components": {
      "MessageAccepted": {
        "title": "MessageAccepted",
        "description": "An accepted message.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "messageId",
          "clientMessageId",
          "time",
          "seq"
        ],
        "properties": {
          "messageId": {
            "$ref": "../schemas/common.yaml#/MessageId"
          },
          "clientMessageId": {
            "$ref": "../schemas/common.yaml#/ClientMessageId"
          },
          "time": {
            "$ref": "../schemas/common.yaml#/ServerTime"
          },
          "seq": {
            "$ref": "../schemas/common.yaml#/Seq"
          }
        }
      },
      "MessageAcceptedExample": {
        "summary": "Accepted, echoed as event 13",
        "value": {
          "messageId": "msg_000013",
          "clientMessageId": "m_01HZX3A7QK",
          "time": "2026-11-25T10:15:30.120Z",
          "seq": 13
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/http/scripts.yaml": {
    "livechat": {
      "get": {
        "operationId": "getLivechatScript",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "scripts"
        ],
        "summary": "The livechat.js script",
        "description": "The classic script that defines the globals `livechat` and `libtextchat` (the same object),\nor, with `multichat=true`, `multilivechat`.\n",
        "x-livechat-function": [
          "Scripts"
        ],
        "x-livechat-section": "Scripts",
        "x-livechat-supplied": [
          {
            "path": "query.multichat",
            "from": "surface"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest"
        ],
        "security": [
          {}
        ],
        "parameters": [
          {
            "name": "multichat",
            "in": "query",
            "required": false,
            "description": "`true` for the multi-chat variant (`multilivechat`).",
            "schema": {
              "type": "string",
              "oneOf": [
                {
                  "const": "true",
                  "description": "The multi-chat variant."
                },
                {
                  "const": "false",
                  "description": "The single-chat variant (the default)."
                }
              ]
            },
            "example": "true"
          }
        ],
        "responses": {
          "200": {
            "description": "The script.",
            "content": {
              "text/javascript": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "script": {
                    "summary": "Start of the script",
                    "value": "/* livechat-kit livechat.js */"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          }
        }
      }
    },
    "clientlog": {
      "get": {
        "operationId": "getClientLogScript",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "scripts"
        ],
        "summary": "The __clientlog.js script",
        "description": "The document's second mandatory script (client-side logging helpers used by slog).",
        "x-livechat-function": [
          "Scripts"
        ],
        "x-livechat-section": "Scripts",
        "x-livechat-errors": [],
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The script.",
            "content": {
              "text/javascript": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "script": {
                    "summary": "Start of the script",
                    "value": "/* livechat-kit __clientlog.js */"
                  }
                }
              }
            }
          }
        }
      }
    },
    "adaptor": {
      "get": {
        "operationId": "getAdaptorScript",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "scripts"
        ],
        "summary": "The adaptor.mini.js script (audio/video)",
        "description": "Optional script of the document for audio/video calling (its 90 KB are the WebRTC browser\nadapter, adapter.js, which evened out the browsers' differences in WebRTC). The document\nnames no function of it, and the client uses only standard WebRTC, which evergreen\nbrowsers implement alike: the script served is a comment that says so, kept for pages that\ninclude it (a page that used the adapter's own `adapter` global would include webrtc-adapter\nitself).\n",
        "x-livechat-function": [
          "Scripts"
        ],
        "x-livechat-section": "Scripts",
        "x-livechat-errors": [],
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The script.",
            "content": {
              "text/javascript": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "script": {
                    "summary": "Start of the script",
                    "value": "/* livechat-kit adaptor.mini.js */"
                  }
                }
              }
            }
          }
        }
      }
    },
    "livechatVideo": {
      "get": {
        "operationId": "getLivechatVideoScript",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "scripts"
        ],
        "summary": "The livechat_video.mini.js script (audio/video)",
        "description": "Optional script of the document for audio/video calling - StartAvCall, EndAvCall and Pause over WebRTC, on top of livechat.js. livechat.js loads it on first use when the page did not include it.",
        "x-livechat-function": [
          "Scripts"
        ],
        "x-livechat-section": "Scripts",
        "x-livechat-errors": [],
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The script.",
            "content": {
              "text/javascript": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "script": {
                    "summary": "Start of the script",
                    "value": "(()=>{ /* audio/video: registers itself with livechat.js */ })();"
                  }
                }
              }
            }
          }
        }
      }
    },
    "libtextchat": {
      "get": {
        "operationId": "getLibtextchatScript",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "scripts"
        ],
        "summary": "The libtextchat.js script (livechat.js under its former name)",
        "description": "The document's revision 1.8 renamed the API to livechat.js, \"backward compatible with\nlibtextchat.js\": pages that still include libtextchat.js get livechat.js itself - the\nglobals `livechat` and `libtextchat` (the same object), or, with `multichat=true`,\n`multilivechat`.\n",
        "x-livechat-function": [
          "Scripts"
        ],
        "x-livechat-section": "Scripts",
        "x-livechat-supplied": [
          {
            "path": "query.multichat",
            "from": "surface"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest"
        ],
        "security": [
          {}
        ],
        "parameters": [
          {
            "name": "multichat",
            "in": "query",
            "required": false,
            "description": "`true` for the multi-chat variant (`multilivechat`).",
            "schema": {
              "type": "string",
              "oneOf": [
                {
                  "const": "true",
                  "description": "The multi-chat variant."
                },
                {
                  "const": "false",
                  "description": "The single-chat variant (the default)."
                }
              ]
            },
            "example": "true"
          }
        ],
        "responses": {
          "200": {
            "description": "The script (livechat.js).",
            "content": {
              "text/javascript": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "script": {
                    "summary": "Start of the script",
                    "value": "/* livechat-kit livechat.js */"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          }
        }
      }
    },
    "cobrowse": {
      "get": {
        "operationId": "getCobrowseScript",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "scripts"
        ],
        "summary": "The co-browse script (tetherfi-cobrowse.min.js)",
        "description": "The document's co-browse scripts in one - StartCobr and EndCobr over WebRTC, the sync of\ndomControlList, the pointer and the annotation toolbar (its styles included) - on top of\nlivechat.js, which loads it on first use when the page did not include it.\n",
        "x-livechat-function": [
          "Scripts"
        ],
        "x-livechat-section": "Design Diagram for Screen-sharing",
        "x-livechat-errors": [],
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The script.",
            "content": {
              "text/javascript": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "script": {
                    "summary": "Start of the script",
                    "value": "(()=>{ /* co-browsing: registers itself with livechat.js */ })();"
                  }
                }
              }
            }
          }
        }
      }
    },
    "cobrowseScriptAlias": {
      "get": {
        "operationId": "getCobrowseScriptAlias",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "scripts"
        ],
        "summary": "Scripts/tetherfi-cobrowse.min.js - the co-browse script where the document puts it",
        "description": "The co-browse script (`/tetherfi/cobrowse/tetherfi-cobrowse.min.js`, the same file) at the\npath the document's co-browse page includes it from. A page that includes it has\nco-browsing at once; livechat.js then loads nothing more for StartCobr.\n",
        "x-livechat-function": [
          "Scripts"
        ],
        "x-livechat-section": "Design Diagram for Screen-sharing",
        "x-livechat-errors": [],
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The script.",
            "content": {
              "text/javascript": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "script": {
                    "summary": "Start of the script",
                    "value": "(()=>{ /* co-browsing: registers itself with livechat.js */ })();"
                  }
                }
              }
            }
          }
        }
      }
    },
    "cobrowsePlugins": {
      "get": {
        "operationId": "getCobrowsePluginsScript",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "scripts"
        ],
        "summary": "Scripts/tetherfi-cobrowse-plugins.min.js - the co-browse page's third-party plugins",
        "description": "The document's \"3rd party plugins used to achieve screen-sharing and co-browsing\" (214 KB).\nThe client's co-browsing needs none - the page's stream, the controls, the pointer and the\nannotations use the browser's own WebRTC, canvas and DOM - so the script served is a\ncomment that says so, kept for pages that include it.\n",
        "x-livechat-function": [
          "Scripts"
        ],
        "x-livechat-section": "Design Diagram for Screen-sharing",
        "x-livechat-errors": [],
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The script.",
            "content": {
              "text/javascript": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "script": {
                    "summary": "The whole script",
                    "value": "/* livechat-kit tetherfi-cobrowse-plugins.min.js: co-browsing needs no third-party plugin */"
                  }
                }
              }
            }
          }
        }
      }
    },
    "cobrowseConfigurations": {
      "get": {
        "operationId": "getCobrowseConfigurationsScript",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "scripts"
        ],
        "summary": "Scripts/cobrowse-configurations.js - the co-browse page's configuration",
        "description": "The document's co-browse configuration script (3 KB). The document gives co-browsing its\nconfiguration through `livechat.SetCobrConfigs(config, domControlList,\nisMousePointerCapture, isAnnotationEnabled)` and says nothing this script sets, so it sets\nnothing: the script served is a comment that says so, kept for pages that include it.\n",
        "x-livechat-function": [
          "Scripts"
        ],
        "x-livechat-section": "Design Diagram for Screen-sharing",
        "x-livechat-errors": [],
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The script.",
            "content": {
              "text/javascript": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "script": {
                    "summary": "The whole script",
                    "value": "/* livechat-kit cobrowse-configurations.js: co-browsing is configured by livechat.SetCobrConfigs */"
                  }
                }
              }
            }
          }
        }
      }
    },
    "cobrowseStyles": {
      "get": {
        "operationId": "getCobrowseStyles",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "scripts"
        ],
        "summary": "Styles/tetherfi-cobrowse.min.css - the co-browse UI's styles",
        "description": "The styles of what co-browsing draws on the customer's page - the annotation canvas and its\ntoolbar (isAnnotationEnabled). The co-browse script adds the same rules itself, so a page\nthat leaves this stylesheet out looks the same; a page may override them here.\n",
        "x-livechat-function": [
          "Scripts"
        ],
        "x-livechat-section": "Design Diagram for Screen-sharing",
        "x-livechat-errors": [],
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The stylesheet.",
            "content": {
              "text/css": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "styles": {
                    "summary": "Start of the stylesheet",
                    "value": ".livechat-annotations{position:fixed;inset:0;z-index:2147483646;pointer-events:none}"
                  }
                }
              }
            }
          }
        }
      }
    },
    "fontawesomeStyles": {
      "get": {
        "operationId": "getFontawesomeStyles",
        "x-livechat-internal": true,
        "x-livechat-level": "MUST",
        "tags": [
          "scripts"
        ],
        "summary": "Styles/fontawesome-all.min.css - the icon font of the co-browse toolbar",
        "description": "The document's co-browse toolbar drew its buttons with the Font Awesome icon font (106 KB).\nThe client's toolbar labels its buttons with words (Pen, Highlight, Clear) and uses no icon\nfont, so the stylesheet served is a comment that says so, kept for pages that include it.\n",
        "x-livechat-function": [
          "Scripts"
        ],
        "x-livechat-section": "Design Diagram for Screen-sharing",
        "x-livechat-errors": [],
        "security": [
          {}
        ],
        "responses": {
          "200": {
            "description": "The stylesheet.",
            "content": {
              "text/css": {
                "schema": {
                  "type": "string"
                },
                "examples": {
                  "styles": {
                    "summary": "The whole stylesheet",
                    "value": "/* livechat-kit fontawesome-all.min.css: the co-browse toolbar uses no icon font */"
                  }
                }
              }
            }
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/http/session.yaml": {
    "accessToken": {
      "post": {
        "operationId": "getAccessToken",
        "tags": [
          "session"
        ],
        "summary": "GetAccessToken - the browser session's access token",
        "description": "livechat.GetAccessToken(onSuccess, onerror). Creates the browser session when the request\nhas no valid cookie (and sets it), and returns its access token: unique to the browser\nsession, required in `Livechat-Token` on every state-changing call, and placed in\n`pAccessToken` of encrypted customer details. Calling it again returns the same token while\nthe browser session lives. Also tells whether Start will require a captcha and encrypted\ndetails. The client library calls it before its first POST (the document makes it optional\nfor the application) and once more after an AccessTokenInvalid.\n",
        "x-livechat-function": [
          "GetAccessToken"
        ],
        "x-livechat-section": "Basic Communication Functions",
        "x-livechat-signature": [
          {
            "name": "onSuccess",
            "callback": "(token: string) => void",
            "path": "response.token"
          },
          {
            "name": "onerror",
            "callback": "(err: LivechatError) => void",
            "optional": true
          }
        ],
        "x-livechat-errors": [
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "security": [
          {},
          {
            "browserSession": []
          }
        ],
        "responses": {
          "200": {
            "description": "The token. Sets the browser-session cookie when the request had none.",
            "headers": {
              "Set-Cookie": {
                "$ref": "shared.yaml#/headers/SetBrowserSession"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "token",
                    "captchaRequired",
                    "encryptedDetailsRequired"
                  ],
                  "properties": {
                    "token": {
                      "$ref": "../schemas/common.yaml#/AccessToken"
                    },
                    "captchaRequired": {
                      "type": "boolean",
                      "description": "True when Start needs eEnteredCaptcha (load the image with setCaptchaImage first)."
                    },
                    "encryptedDetailsRequired": {
                      "type": "boolean",
                      "description": "True in the secure deployment model - Start refuses customer details that are not encrypted by the customer's web server (CustomerDetailsRejected)."
                    }
                  }
                },
                "examples": {
                  "token": {
                    "summary": "A new browser session",
                    "value": {
                      "token": "tk_3QmVb9R2xJw7YcLp0sNaKe4TfUgHd1Zi",
                      "captchaRequired": false,
                      "encryptedDetailsRequired": false
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "open": {
      "post": {
        "operationId": "openChats",
        "tags": [
          "session"
        ],
        "summary": "Open - join the browser session's ongoing chat(s)",
        "description": "livechat.Open(). Joins the calling page to every active chat of the browser session and\ncancels a running session-end timer. Answers with the Session(s) - the client library raises\nOnOpenSuccess(Session), or OnOpenSuccess(Session[]) in multi-chat - and with `seq`, the\nevent-stream position of that snapshot: the page reads the stream from `seq`, so it sees\nevery later event exactly once.\n\nWhen there is no chat to join, Open still answers 200, with no Session and the `reason`\nthe client library raises OnOpenFailed(errorCode) with: NoSessionFound - the browser\nsession has no chat, and the page may call Start; AlreadyEndedSession - its last chat\nended less than the retention window ago and none started since, so that the page can\nsay \"chat ended\" (it does not forbid a Start). The document says of NoSessionFound that it\n\"is actually not an error\": every page of a site Opens as it loads (floating chat), and an\nerror status would have the browser log an error on every page of every visitor without a\nchat. A problem (CookiesDisabled, ...) also raises OnOpenFailed(errorCode).\n",
        "x-livechat-function": [
          "Open"
        ],
        "x-livechat-section": "Basic Communication Functions",
        "x-livechat-signature": [],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "responses": {
          "200": {
            "description": "The page joined; raise OnOpenSuccess.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/OpenResult"
                },
                "examples": {
                  "connected": {
                    "summary": "A chat with an agent, opened on a second page",
                    "value": {
                      "seq": 12,
                      "sessions": [
                        {
                          "sid": "c_7Hq2LxVbN4",
                          "clientId": "support-1",
                          "state": "connected",
                          "agents": [
                            {
                              "name": "Alice",
                              "id": "agent-7",
                              "index": 1
                            }
                          ],
                          "trans": [
                            {
                              "type": "msg",
                              "by": "c",
                              "msg": "Hello%2C%20I%20need%20help",
                              "time": "2026-11-25T10:15:30.120Z",
                              "id": "msg_000001",
                              "clientMessageId": "m_01HZX3A7QK"
                            },
                            {
                              "type": "connect",
                              "id": "agent-7",
                              "name": "Alice",
                              "time": "2026-11-25T10:15:41.000Z"
                            }
                          ]
                        }
                      ],
                      "limits": {
                        "maxMessageLength": 4096,
                        "maxAppMessageBytes": 16384,
                        "maxFileBytes": 10485760,
                        "maxFilesPerUpload": 5,
                        "allowedFileTypes": [
                          "image/png",
                          "image/jpeg",
                          "application/pdf",
                          "text/plain"
                        ],
                        "messagesPerMinute": 120,
                        "signalsPerMinute": 3000,
                        "maxConcurrentChats": 1,
                        "sessionLifetimeMs": 14400000,
                        "closeTimerMs": 60000,
                        "heartbeatIntervalMs": 3000,
                        "offlineAfterMs": 9000,
                        "eventRetention": {
                          "events": 1000,
                          "ms": 300000
                        },
                        "transcriptCap": {
                          "entries": 2000,
                          "textBytes": 262144
                        }
                      }
                    }
                  },
                  "noSession": {
                    "summary": "A fresh page - no chat yet, Start may follow",
                    "value": {
                      "sessions": [],
                      "reason": "NoSessionFound"
                    }
                  },
                  "ended": {
                    "summary": "The browser session's chat has ended",
                    "value": {
                      "sessions": [],
                      "reason": "AlreadyEndedSession"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "close": {
      "post": {
        "operationId": "closePage",
        "tags": [
          "session"
        ],
        "summary": "Close - leave the chat(s) without ending them",
        "description": "livechat.Close(), called as the page unloads (fetch with keepalive). Detaches the page from\nits chats. When no page of the browser session takes part in a chat any more, the chat's\nsession-end timer starts (`closeTimerMs`); an Open before it fires cancels it. Closing a page\nthat joined nothing is not an error. The call carries its token in the header like every\nPOST; on a cross-site deployment that needs a CORS preflight, which keepalive fetches make.\n",
        "x-livechat-function": [
          "Close"
        ],
        "x-livechat-section": "Basic Communication Functions",
        "x-livechat-signature": [],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "responses": {
          "204": {
            "description": "The page left its chats."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "start": {
      "post": {
        "operationId": "startChat",
        "tags": [
          "session"
        ],
        "summary": "Start - start a chat",
        "description": "livechat.Start(details, VaSession) / multilivechat.Start(details, VaSession, clientId).\nCreates a chat, joins the calling page to it and queues it for a CSO. Answers 201 with the\nsid and `seq`, the stream position just before the chat's first event; the client library\nraises OnStartSuccess and reads the stream from `seq` (OnCallQueued, or OnSystemNotification,\nfollows). A Start repeated by the same page with the clientId of its still-active chat is a\nretry and answers 200 with the same result. A problem raises OnStartFailed(errorCode); after\nCaptchaDoesNotMatch or CaptchaNotFound the library also raises OnResetCaptcha.\n\nChecks, in this order (the first that fails answers): the request's schema\n(InvalidRequest), cookie (CookiesDisabled), token (AccessTokenInvalid), rate (RateLimited);\na retry (same page, clientId of its still-active chat: 200 with the first result, whatever\nthe body); the clientId of a chat that ended within the retention window\n(AlreadyEndedSession); the mode - a browser session is single-chat or multi-chat from its\nfirst Start on, and a Start of the other mode is InvalidSessionState; the chat state -\nsingle chat: while the browser session has an active chat, AlreadyStartedAndInSession if the\npage takes part in it or called Open before, UnOpenedSessionPerformedStart if it never called\nOpen; multi-chat: maxConcurrentChats (MaxConcurrentSessionCountReached); the captcha\n(CaptchaIsEmpty, CaptchaNotFound, CaptchaDoesNotMatch); the customer details\n(CustomerDetailsRejected: undecryptable, token mismatch, or not encrypted when\nencryptedDetailsRequired); the deployment's capacity (MaxConcurrentSessionCountReached) and\nrouting (StartError, ServerInternalConnectivityError). The entered text matches regardless\nof letter case and surrounding spaces. The captcha is used up by a Start that succeeds or\nfails with CaptchaDoesNotMatch, and by nothing else: the same text again, without a new\nimage, answers CaptchaNotFound; a retryable refusal can be retried with the same text.\n",
        "x-livechat-function": [
          "Start"
        ],
        "x-livechat-section": "Basic Communication Functions",
        "x-livechat-signature": [
          {
            "name": "details",
            "path": "body.details",
            "alsoAccepts": "{ ToString(): string } | JsonBody<'startChat'>['details']['eCustDetails']"
          },
          {
            "name": "VaSession",
            "path": "body.vaSession",
            "optional": true
          }
        ],
        "x-livechat-multichat": {
          "append": [
            {
              "name": "clientId",
              "path": "body.clientId"
            }
          ]
        },
        "x-livechat-supplied": [
          {
            "path": "body.clientId",
            "from": "generated"
          },
          {
            "path": "body.multichat",
            "from": "surface"
          }
        ],
        "x-livechat-errors": [
          "StartError",
          "ServerInternalConnectivityError",
          "AlreadyStartedAndInSession",
          "CookiesDisabled",
          "UnOpenedSessionPerformedStart",
          "CaptchaDoesNotMatch",
          "CaptchaNotFound",
          "CaptchaIsEmpty",
          "MaxConcurrentSessionCountReached",
          "AlreadyEndedSession",
          "InvalidRequest",
          "AccessTokenInvalid",
          "CustomerDetailsRejected",
          "InvalidSessionState",
          "RateLimited",
          "UnexpectedError"
        ],
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "details"
                ],
                "properties": {
                  "details": {
                    "$ref": "../schemas/SessionDetails.yaml"
                  },
                  "vaSession": {
                    "type": "string",
                    "maxLength": 65536,
                    "description": "The document's VaSession - the virtual-assistant chat history, as a string."
                  },
                  "clientId": {
                    "$ref": "../schemas/common.yaml#/ClientId"
                  },
                  "multichat": {
                    "type": "boolean",
                    "description": "True from multilivechat - the browser session may hold several chats, one per clientId."
                  }
                }
              },
              "examples": {
                "plain": {
                  "summary": "Customer details as an object",
                  "value": {
                    "clientId": "k3Jx9QpLw2",
                    "details": {
                      "eCustDetails": {
                        "eCustName": "Tan Mei Ling",
                        "pChannel": "web",
                        "pTopic": "credit-card",
                        "pLang": "en-SG",
                        "eEmail": "meiling@example.com"
                      },
                      "lib": "web",
                      "comm_path": "sg_pweb",
                      "enable_autocb": true,
                      "pClientTime": "18:5:42:7",
                      "eEnteredCaptcha": ""
                    }
                  }
                },
                "encrypted": {
                  "summary": "Secure deployment model - details encrypted by the customer's web server",
                  "value": {
                    "clientId": "support-1",
                    "multichat": true,
                    "details": {
                      "eCustDetails": "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..q3eUvA2cR0nH9w1X.M1s5q0yJkz0Rz8cV1Qm5wJm8Kp0Q.yM8eZ5kP3nR1vT7wQ2sX4g",
                      "eEnteredCaptcha": "7KX2P",
                      "lib": "web",
                      "comm_path": "sg_pweb",
                      "enable_autocb": false,
                      "pClientTime": "9:41:3:120"
                    },
                    "vaSession": "VA: How can I help?\nCustomer: card blocked"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A retry of a Start this page already made; the same result.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/StartResult"
                },
                "examples": {
                  "retried": {
                    "$ref": "#/components/StartResultExample"
                  }
                }
              }
            }
          },
          "201": {
            "description": "The chat was created; raise OnStartSuccess.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/StartResult"
                },
                "examples": {
                  "started": {
                    "$ref": "#/components/StartResultExample"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "422": {
            "$ref": "shared.yaml#/responses/Problem422"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "502": {
            "$ref": "shared.yaml#/responses/Problem502"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "end": {
      "post": {
        "operationId": "endChat",
        "tags": [
          "session"
        ],
        "summary": "End - end the chat",
        "description": "livechat.End(reason). Ends the chat; the CSO is notified, and every page of the browser\nsession receives OnEnd('client', reason), emitted before this call answers. A retried End\nwhose first answer was lost gets AlreadyEndedSession, which the client library takes as\ndone. In multi-chat without a Sid, End ends every chat the page takes part in.\n",
        "x-livechat-function": [
          "End"
        ],
        "x-livechat-section": "Basic Communication Functions",
        "x-livechat-signature": [
          {
            "name": "reason",
            "path": "body.reason",
            "optional": true
          }
        ],
        "x-livechat-multichat": {
          "append": [
            {
              "name": "Sid",
              "path": "path.sid",
              "optional": true,
              "extension": true
            }
          ]
        },
        "x-livechat-supplied": [
          {
            "path": "path.sid",
            "from": "chat"
          }
        ],
        "x-livechat-errors": [
          "InvalidRequest",
          "CookiesDisabled",
          "AccessTokenInvalid",
          "NoSessionFound",
          "AlreadyEndedSession",
          "UnOpenedSessionNotAllowed",
          "RateLimited",
          "ServerInternalConnectivityError",
          "UnexpectedError"
        ],
        "x-livechat-error-levels": {
          "RateLimited": "MUST"
        },
        "parameters": [
          {
            "$ref": "shared.yaml#/parameters/Sid"
          },
          {
            "$ref": "shared.yaml#/parameters/Page"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "reason": {
                    "type": "string",
                    "maxLength": 1024,
                    "description": "Any text; it comes back as OnEnd's second parameter."
                  }
                }
              },
              "examples": {
                "resolved": {
                  "summary": "The customer closed the widget",
                  "value": {
                    "reason": "customer closed the chat"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "The chat ended; OnEnd follows on the stream."
          },
          "400": {
            "$ref": "shared.yaml#/responses/Problem400"
          },
          "403": {
            "$ref": "shared.yaml#/responses/Problem403"
          },
          "404": {
            "$ref": "shared.yaml#/responses/Problem404"
          },
          "409": {
            "$ref": "shared.yaml#/responses/Problem409"
          },
          "410": {
            "$ref": "shared.yaml#/responses/Problem410"
          },
          "429": {
            "$ref": "shared.yaml#/responses/Problem429"
          },
          "500": {
            "$ref": "shared.yaml#/responses/Problem500"
          },
          "503": {
            "$ref": "shared.yaml#/responses/Problem503"
          }
        }
      }
    },
    "components": {
      "OpenResult": {
        "title": "OpenResult",
        "description": "What Open answers - the browser session's active chats and the stream position of that snapshot, or that there is no chat to join and why.",
        "oneOf": [
          {
            "title": "ChatsOpened",
            "description": "The page joined the browser session's active chats; OnOpenSuccess.",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "seq",
              "sessions",
              "limits"
            ],
            "properties": {
              "seq": {
                "$ref": "../schemas/common.yaml#/StreamPosition"
              },
              "sessions": {
                "type": "array",
                "minItems": 1,
                "maxItems": 16,
                "description": "The active chats, oldest first; single-chat pages use the first.",
                "items": {
                  "$ref": "../schemas/Session.yaml"
                }
              },
              "limits": {
                "$ref": "../schemas/SessionLimits.yaml"
              }
            }
          },
          {
            "title": "NothingToOpen",
            "description": "The browser session has no active chat; OnOpenFailed(reason), and the page may call Start.",
            "type": "object",
            "additionalProperties": false,
            "required": [
              "sessions",
              "reason"
            ],
            "properties": {
              "sessions": {
                "type": "array",
                "maxItems": 0,
                "description": "No chat.",
                "items": {
                  "$ref": "../schemas/Session.yaml"
                }
              },
              "reason": {
                "description": "Why there is nothing to open - NoSessionFound (the browser session never had a chat, or not within the retention window) or AlreadyEndedSession (its last chat ended within that window).",
                "allOf": [
                  {
                    "$ref": "../schemas/ErrorCode.yaml"
                  }
                ]
              }
            }
          }
        ]
      },
      "StartResult": {
        "title": "StartResult",
        "description": "What Start answers.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "sid",
          "clientId",
          "seq",
          "limits"
        ],
        "properties": {
          "sid": {
            "$ref": "../schemas/common.yaml#/Sid"
          },
          "clientId": {
            "$ref": "../schemas/common.yaml#/ClientId"
          },
          "seq": {
            "$ref": "../schemas/common.yaml#/StreamPosition"
          },
          "limits": {
            "$ref": "../schemas/SessionLimits.yaml"
          }
        }
      },
      "StartResultExample": {
        "summary": "A new chat",
        "value": {
          "sid": "c_7Hq2LxVbN4",
          "clientId": "support-1",
          "seq": 0,
          "limits": {
            "maxMessageLength": 4096,
            "maxAppMessageBytes": 16384,
            "maxFileBytes": 10485760,
            "maxFilesPerUpload": 5,
            "allowedFileTypes": [
              "image/png",
              "image/jpeg",
              "application/pdf",
              "text/plain"
            ],
            "messagesPerMinute": 120,
            "signalsPerMinute": 3000,
            "maxConcurrentChats": 1,
            "sessionLifetimeMs": 14400000,
            "closeTimerMs": 60000,
            "heartbeatIntervalMs": 3000,
            "offlineAfterMs": 9000,
            "eventRetention": {
              "events": 1000,
              "ms": 300000
            },
            "transcriptCap": {
              "entries": 2000,
              "textBytes": 262144
            }
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/http/shared.yaml": {
    "parameters": {
      "Page": {
        "name": "Livechat-Page",
        "in": "header",
        "required": true,
        "description": "The calling page's id (see spec/README.md, \"Pages\").",
        "schema": {
          "$ref": "../schemas/common.yaml#/PageId"
        },
        "example": "pg_Vx3Q9sKd0aLmN2rT7yWb4E"
      },
      "Sid": {
        "name": "sid",
        "in": "path",
        "required": true,
        "description": "The chat's session id (the document's Sid).",
        "schema": {
          "$ref": "../schemas/common.yaml#/Sid"
        },
        "example": "c_7Hq2LxVbN4"
      }
    },
    "headers": {
      "SetBrowserSession": {
        "description": "Sets the browser-session cookie when the request had none (HttpOnly; SameSite; Path=/tetherfi/livechat).",
        "schema": {
          "type": "string"
        },
        "example": "LIVECHAT_SESSION=bs_Qm9vZ2xlLWNocm9tZS0x; Path=/tetherfi/livechat; HttpOnly; SameSite=Lax"
      },
      "RetryAfter": {
        "description": "Seconds to wait before retrying (RFC 9110), also given in the problem's retryAfterMs.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 5
      }
    },
    "responses": {
      "Problem400": {
        "description": "Bad request - InvalidRequest, or CookiesDisabled.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "../schemas/Problem.yaml"
            },
            "examples": {
              "InvalidRequest": {
                "summary": "A field has the wrong type",
                "value": {
                  "type": "urn:livechat:error:InvalidRequest",
                  "title": "Invalid request",
                  "status": 400,
                  "code": "InvalidRequest",
                  "retryable": false,
                  "errors": [
                    {
                      "pointer": "#/msg",
                      "message": "must be string"
                    }
                  ]
                }
              },
              "CookiesDisabled": {
                "summary": "No browser-session cookie",
                "value": {
                  "type": "urn:livechat:error:CookiesDisabled",
                  "title": "Cookies are disabled",
                  "status": 400,
                  "code": "CookiesDisabled",
                  "retryable": false,
                  "detail": "The request carries no LIVECHAT_SESSION cookie."
                }
              }
            }
          }
        }
      },
      "Problem403": {
        "description": "Forbidden - AccessTokenInvalid, or CustomerDetailsRejected.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "../schemas/Problem.yaml"
            },
            "examples": {
              "AccessTokenInvalid": {
                "summary": "Stale token",
                "value": {
                  "type": "urn:livechat:error:AccessTokenInvalid",
                  "title": "Access token invalid",
                  "status": 403,
                  "code": "AccessTokenInvalid",
                  "retryable": false
                }
              },
              "CustomerDetailsRejected": {
                "summary": "Token inside the encrypted details does not match",
                "value": {
                  "type": "urn:livechat:error:CustomerDetailsRejected",
                  "title": "Customer details rejected",
                  "status": 403,
                  "code": "CustomerDetailsRejected",
                  "retryable": false
                }
              }
            }
          }
        }
      },
      "Problem404": {
        "description": "Not found - NoSessionFound, FileNotFound or NotFound.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "../schemas/Problem.yaml"
            },
            "examples": {
              "NoSessionFound": {
                "summary": "No chat in this browser session",
                "value": {
                  "type": "urn:livechat:error:NoSessionFound",
                  "title": "No session found",
                  "status": 404,
                  "code": "NoSessionFound",
                  "retryable": false
                }
              },
              "FileNotFound": {
                "summary": "No such file in this chat",
                "value": {
                  "type": "urn:livechat:error:FileNotFound",
                  "title": "File not found",
                  "status": 404,
                  "code": "FileNotFound",
                  "retryable": false
                }
              }
            }
          }
        }
      },
      "Problem409": {
        "description": "Conflict with the chat's state - AlreadyStartedAndInSession, UnOpenedSessionPerformedStart, UnOpenedSessionNotAllowed, InvalidSessionState or TranscriptFull.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "../schemas/Problem.yaml"
            },
            "examples": {
              "AlreadyStartedAndInSession": {
                "summary": "This page is already in a chat",
                "value": {
                  "type": "urn:livechat:error:AlreadyStartedAndInSession",
                  "title": "Already started",
                  "status": 409,
                  "code": "AlreadyStartedAndInSession",
                  "retryable": false,
                  "sid": "c_7Hq2LxVbN4",
                  "clientId": "support-1"
                }
              },
              "UnOpenedSessionNotAllowed": {
                "summary": "The page has not joined the chat",
                "value": {
                  "type": "urn:livechat:error:UnOpenedSessionNotAllowed",
                  "title": "Page has not opened the chat",
                  "status": 409,
                  "code": "UnOpenedSessionNotAllowed",
                  "retryable": false
                }
              },
              "TranscriptFull": {
                "summary": "The chat's transcript is full",
                "value": {
                  "type": "urn:livechat:error:TranscriptFull",
                  "title": "Transcript full",
                  "status": 409,
                  "code": "TranscriptFull",
                  "retryable": false,
                  "sid": "c_7Hq2LxVbN4",
                  "detail": "The transcript holds 262000 of its 262144 bytes of message text; this message has 300."
                }
              }
            }
          }
        }
      },
      "Problem410": {
        "description": "Gone - AlreadyEndedSession.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "../schemas/Problem.yaml"
            },
            "examples": {
              "AlreadyEndedSession": {
                "summary": "The chat has ended",
                "value": {
                  "type": "urn:livechat:error:AlreadyEndedSession",
                  "title": "Chat already ended",
                  "status": 410,
                  "code": "AlreadyEndedSession",
                  "retryable": false,
                  "sid": "c_7Hq2LxVbN4"
                }
              }
            }
          }
        }
      },
      "Problem413": {
        "description": "Too large - PayloadTooLarge.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "../schemas/Problem.yaml"
            },
            "examples": {
              "PayloadTooLarge": {
                "summary": "File over the limit",
                "value": {
                  "type": "urn:livechat:error:PayloadTooLarge",
                  "title": "Payload too large",
                  "status": 413,
                  "code": "PayloadTooLarge",
                  "retryable": false,
                  "detail": "statement.pdf is 12582912 bytes; the limit is 10485760."
                }
              }
            }
          }
        }
      },
      "Problem415": {
        "description": "Unsupported type - UnsupportedFileType.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "../schemas/Problem.yaml"
            },
            "examples": {
              "UnsupportedFileType": {
                "summary": "Executable refused",
                "value": {
                  "type": "urn:livechat:error:UnsupportedFileType",
                  "title": "Unsupported file type",
                  "status": 415,
                  "code": "UnsupportedFileType",
                  "retryable": false,
                  "detail": "application/x-msdownload is not accepted."
                }
              }
            }
          }
        }
      },
      "Problem422": {
        "description": "Captcha refused - CaptchaDoesNotMatch, CaptchaNotFound or CaptchaIsEmpty.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "../schemas/Problem.yaml"
            },
            "examples": {
              "CaptchaDoesNotMatch": {
                "summary": "Wrong captcha text",
                "value": {
                  "type": "urn:livechat:error:CaptchaDoesNotMatch",
                  "title": "Captcha does not match",
                  "status": 422,
                  "code": "CaptchaDoesNotMatch",
                  "retryable": false
                }
              }
            }
          }
        }
      },
      "Problem429": {
        "description": "Rate limited - RateLimited.",
        "headers": {
          "Retry-After": {
            "$ref": "#/headers/RetryAfter"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "../schemas/Problem.yaml"
            },
            "examples": {
              "RateLimited": {
                "summary": "Too many messages",
                "value": {
                  "type": "urn:livechat:error:RateLimited",
                  "title": "Rate limited",
                  "status": 429,
                  "code": "RateLimited",
                  "retryable": true,
                  "retryAfterMs": 5000
                }
              }
            }
          }
        }
      },
      "Problem500": {
        "description": "Defect of the server - UnexpectedError; never a stack trace.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "../schemas/Problem.yaml"
            },
            "examples": {
              "UnexpectedError": {
                "summary": "Unexpected error",
                "value": {
                  "type": "urn:livechat:error:UnexpectedError",
                  "title": "Unexpected error",
                  "status": 500,
                  "code": "UnexpectedError",
                  "retryable": true,
                  "retryAfterMs": 1000
                }
              }
            }
          }
        }
      },
      "Problem502": {
        "description": "The routing system refused the chat - StartError.",
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "../schemas/Problem.yaml"
            },
            "examples": {
              "StartError": {
                "summary": "Routing refused the chat",
                "value": {
                  "type": "urn:livechat:error:StartError",
                  "title": "Start failed",
                  "status": 502,
                  "code": "StartError",
                  "retryable": true,
                  "retryAfterMs": 3000
                }
              }
            }
          }
        }
      },
      "Problem503": {
        "description": "Unavailable - ServerInternalConnectivityError or MaxConcurrentSessionCountReached.",
        "headers": {
          "Retry-After": {
            "$ref": "#/headers/RetryAfter"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "../schemas/Problem.yaml"
            },
            "examples": {
              "ServerInternalConnectivityError": {
                "summary": "Store unreachable",
                "value": {
                  "type": "urn:livechat:error:ServerInternalConnectivityError",
                  "title": "Internal connectivity error",
                  "status": 503,
                  "code": "ServerInternalConnectivityError",
                  "retryable": true,
                  "retryAfterMs": 2000
                }
              },
              "MaxConcurrentSessionCountReached": {
                "summary": "Capacity reached",
                "value": {
                  "type": "urn:livechat:error:MaxConcurrentSessionCountReached",
                  "title": "Too many concurrent chats",
                  "status": 503,
                  "code": "MaxConcurrentSessionCountReached",
                  "retryable": true,
                  "retryAfterMs": 30000
                }
              }
            }
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/openapi.yaml": {
    "openapi": "3.1.0",
    "info": {
      "title": "livechat-kit - Tetherfi Communication Web API",
      "version": "2.19.09.13+kit.1",
      "summary": "The HTTP surface of the livechat / libtextchat / multilivechat web chat API.",
      "description": "The HTTP contract behind the browser object `livechat` (alias `libtextchat`) and its\nmulti-chat variant `multilivechat`, as described by the Tetherfi Communication Web API\nReference Document 2.19.09.13. The reference document names functions and events but no\nwire protocol; this document and `asyncapi.yaml` are that wire protocol. Read\n`spec/README.md` first: it explains browser sessions, pages, the event stream, resumption,\nheartbeats, Open/Close and the session-end timer, and every `x-livechat-*` extension.\n\nEvents (OnEcho, OnEnd, ...) travel on the event stream, `GET /tetherfi/livechat/events`,\ndescribed message by message in `asyncapi.yaml`.\n",
      "contact": {
        "name": "livechat-kit maintainers",
        "url": "https://github.com/livechat-kit/livechat-kit",
        "email": "maintainers@livechat-kit.example"
      },
      "license": {
        "name": "Apache-2.0",
        "identifier": "Apache-2.0"
      }
    },
    "servers": [
      {
        "url": "http://127.0.0.1:8080",
        "description": "The reference server on its defaults (`npm start`)."
      },
      {
        "url": "http://127.0.0.1:4010",
        "description": "The mock server (`npm run mock`)."
      },
      {
        "url": "{baseUrl}",
        "description": "Any deployment.",
        "variables": {
          "baseUrl": {
            "default": "https://chat.example.com",
            "description": "Scheme, host and port of the deployment, without a trailing slash."
          }
        }
      }
    ],
    "tags": [
      {
        "name": "session",
        "description": "Browser session, access token, Start / Open / Close / End."
      },
      {
        "name": "messaging",
        "description": "Messages, app messages, typing, callbacks."
      },
      {
        "name": "events",
        "description": "The event stream and its long-poll fallback."
      },
      {
        "name": "av",
        "description": "Audio/video calls and their WebRTC signaling."
      },
      {
        "name": "cobrowse",
        "description": "Co-browsing and its signaling."
      },
      {
        "name": "files",
        "description": "File upload and download."
      },
      {
        "name": "captcha",
        "description": "The captcha image."
      },
      {
        "name": "diagnostics",
        "description": "Status check and client logs."
      },
      {
        "name": "campaign",
        "description": "Campaign contacts."
      },
      {
        "name": "scripts",
        "description": "The scripts and stylesheets the pages include."
      }
    ],
    "security": [
      {
        "browserSession": [],
        "accessToken": []
      }
    ],
    "x-livechat-client-only": {
      "SetAvConfigs": {
        "description": "Sets the audio/video configuration used by StartAvCall; nothing reaches the server.",
        "x-livechat-section": "Audio - Video Communication Functions",
        "x-livechat-signature": [
          {
            "name": "config",
            "schema": {
              "$ref": "schemas/AvConfig.yaml"
            }
          }
        ]
      },
      "SetCobrConfigs": {
        "description": "Sets the co-browsing configuration used by StartCobr; nothing reaches the server until StartCobr.",
        "x-livechat-section": "Co - Browsing Communication Functions",
        "x-livechat-signature": [
          {
            "name": "config",
            "schema": {
              "$ref": "schemas/CobrConfig.yaml"
            }
          },
          {
            "name": "domControlList",
            "optional": true,
            "description": "The document allows it \"blank\" (empty string, null or left out) when no control is monitored.",
            "schema": {
              "anyOf": [
                {
                  "$ref": "schemas/DomControlList.yaml"
                },
                {
                  "type": "string",
                  "maxLength": 0
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          {
            "name": "isMousePointerCapture",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "name": "isAnnotationEnabled",
            "schema": {
              "type": "boolean"
            }
          }
        ]
      }
    },
    "paths": {
      "/tetherfi/livechat/status": {
        "$ref": "http/diagnostics.yaml#/status"
      },
      "/tetherfi/livechat/slog": {
        "$ref": "http/diagnostics.yaml#/slog"
      },
      "/tetherfi/livechat/livechat.js": {
        "$ref": "http/scripts.yaml#/livechat"
      },
      "/tetherfi/livechat/libtextchat.js": {
        "$ref": "http/scripts.yaml#/libtextchat"
      },
      "/tetherfi/livechat/interface/__clientlog.js": {
        "$ref": "http/scripts.yaml#/clientlog"
      },
      "/tetherfi/adaptor.mini.js": {
        "$ref": "http/scripts.yaml#/adaptor"
      },
      "/tetherfi/livechat_video.mini.js": {
        "$ref": "http/scripts.yaml#/livechatVideo"
      },
      "/tetherfi/cobrowse/tetherfi-cobrowse.min.js": {
        "$ref": "http/scripts.yaml#/cobrowse"
      },
      "/tetherfi/Scripts/tetherfi-cobrowse.min.js": {
        "$ref": "http/scripts.yaml#/cobrowseScriptAlias"
      },
      "/tetherfi/Scripts/tetherfi-cobrowse-plugins.min.js": {
        "$ref": "http/scripts.yaml#/cobrowsePlugins"
      },
      "/tetherfi/Scripts/cobrowse-configurations.js": {
        "$ref": "http/scripts.yaml#/cobrowseConfigurations"
      },
      "/tetherfi/Styles/tetherfi-cobrowse.min.css": {
        "$ref": "http/scripts.yaml#/cobrowseStyles"
      },
      "/tetherfi/Styles/fontawesome-all.min.css": {
        "$ref": "http/scripts.yaml#/fontawesomeStyles"
      },
      "/tetherfi/livechat/access-token": {
        "$ref": "http/session.yaml#/accessToken"
      },
      "/tetherfi/livechat/open": {
        "$ref": "http/session.yaml#/open"
      },
      "/tetherfi/livechat/close": {
        "$ref": "http/session.yaml#/close"
      },
      "/tetherfi/livechat/chats": {
        "$ref": "http/session.yaml#/start"
      },
      "/tetherfi/livechat/chats/{sid}/end": {
        "$ref": "http/session.yaml#/end"
      },
      "/tetherfi/livechat/events": {
        "$ref": "http/events.yaml#/stream"
      },
      "/tetherfi/livechat/events/poll": {
        "$ref": "http/events.yaml#/poll"
      },
      "/tetherfi/livechat/chats/{sid}/messages": {
        "$ref": "http/messaging.yaml#/messages"
      },
      "/tetherfi/livechat/chats/{sid}/app-messages": {
        "$ref": "http/messaging.yaml#/appMessages"
      },
      "/tetherfi/livechat/chats/{sid}/typing": {
        "$ref": "http/messaging.yaml#/typing"
      },
      "/tetherfi/livechat/chats/{sid}/callback": {
        "$ref": "http/messaging.yaml#/callback"
      },
      "/tetherfi/livechat/chats/{sid}/av": {
        "$ref": "http/av.yaml#/start"
      },
      "/tetherfi/livechat/chats/{sid}/av/end": {
        "$ref": "http/av.yaml#/end"
      },
      "/tetherfi/livechat/chats/{sid}/av/pause": {
        "$ref": "http/av.yaml#/pause"
      },
      "/tetherfi/livechat/chats/{sid}/av/signals": {
        "$ref": "http/av.yaml#/signals"
      },
      "/tetherfi/livechat/chats/{sid}/cobrowse": {
        "$ref": "http/cobrowse.yaml#/start"
      },
      "/tetherfi/livechat/chats/{sid}/cobrowse/end": {
        "$ref": "http/cobrowse.yaml#/end"
      },
      "/tetherfi/livechat/chats/{sid}/cobrowse/signals": {
        "$ref": "http/cobrowse.yaml#/signals"
      },
      "/tetherfi/livechat/chats/{sid}/cobrowse/control-values": {
        "$ref": "http/cobrowse.yaml#/controlValues"
      },
      "/tetherfi/livechat/chats/{sid}/cobrowse/pointer": {
        "$ref": "http/cobrowse.yaml#/pointer"
      },
      "/tetherfi/livechat/chats/{sid}/cobrowse/annotations": {
        "$ref": "http/cobrowse.yaml#/annotations"
      },
      "/tetherfi/livechat/captcha": {
        "$ref": "http/captcha.yaml#/captcha"
      },
      "/tetherfi/livechat/chats/{sid}/files": {
        "$ref": "http/files.yaml#/upload"
      },
      "/tetherfi/livechat/chats/{sid}/files/{fileName}": {
        "$ref": "http/files.yaml#/download"
      },
      "/tetherfi/livechat/campaign-contacts": {
        "$ref": "http/campaign.yaml#/campaignContacts"
      }
    },
    "components": {
      "securitySchemes": {
        "browserSession": {
          "type": "apiKey",
          "in": "cookie",
          "name": "LIVECHAT_SESSION",
          "description": "The browser session (the document's \"web session\"): an opaque value (a credential whose\nformat is the server's) in an HttpOnly, SameSite=Lax cookie scoped to\n`/tetherfi/livechat` (SameSite=None; Secure where the widget is embedded cross-site),\nset by GetAccessToken or the captcha image. Without it calls fail with CookiesDisabled.\n"
        },
        "accessToken": {
          "type": "apiKey",
          "in": "header",
          "name": "Livechat-Token",
          "description": "The browser session's access token from GetAccessToken, required on every\nstate-changing call (every POST) against cross-site request forgery; a missing, stale\nor foreign token gets AccessTokenInvalid.\n"
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/schemas/AgentRef.yaml": {
    "title": "AgentRef",
    "description": "A CSO taking part in a chat (Session.agents); the same attributes as OnRemoteUserConnected's arguments.",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "name",
      "id",
      "index"
    ],
    "properties": {
      "name": {
        "$ref": "common.yaml#/AgentName"
      },
      "id": {
        "$ref": "common.yaml#/AgentId"
      },
      "index": {
        "type": "integer",
        "minimum": 0,
        "description": "The agent's position in `trans` when it joined; an agent with index 2 has not seen the first two entries."
      }
    },
    "examples": [
      {
        "name": "Alice",
        "id": "agent-7",
        "index": 2
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/AvConfig.yaml": {
    "title": "AvConfig",
    "description": "The `config` of SetAvConfigs (client only): ICE servers, what to capture, and the\ndisplay callbacks. `x-livechat-callback` gives a callback's TypeScript signature,\nwhich JSON Schema cannot express; generators type callbacks from it.\n",
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "MediaTransport": {
        "type": "object",
        "additionalProperties": false,
        "description": "How media travels.",
        "properties": {
          "iceServers": {
            "type": "array",
            "maxItems": 16,
            "description": "ICE servers handed to RTCPeerConnection.",
            "items": {
              "$ref": "IceServer.yaml"
            }
          },
          "iceTransportPolicy": {
            "description": "RTCPeerConnection's iceTransportPolicy.",
            "type": "string",
            "oneOf": [
              {
                "const": "all",
                "description": "Use every candidate."
              },
              {
                "const": "relay",
                "description": "Use only TURN relays."
              }
            ]
          }
        }
      },
      "MediaCapture": {
        "type": "object",
        "additionalProperties": false,
        "description": "What the customer's devices capture.",
        "properties": {
          "audio": {
            "type": "object",
            "additionalProperties": false,
            "description": "Microphone capture.",
            "properties": {
              "enabled": {
                "type": "boolean",
                "description": "Capture audio (`<AudioEnabled>`)."
              },
              "autoGainControl": {
                "type": "boolean",
                "description": "getUserMedia autoGainControl."
              },
              "noiseSuppression": {
                "type": "boolean",
                "description": "getUserMedia noiseSuppression."
              },
              "echoCancellation": {
                "type": "boolean",
                "description": "getUserMedia echoCancellation."
              }
            }
          },
          "video": {
            "type": "object",
            "additionalProperties": false,
            "description": "Camera (or canvas) capture; with audio and video enabled the call is a video call with voice.",
            "properties": {
              "enabled": {
                "type": "boolean",
                "description": "Capture video (`<VideoEnabled>`)."
              },
              "width": {
                "type": "integer",
                "minimum": 1,
                "maximum": 7680,
                "description": "Width of the sent video (`<VideoWidth>`)."
              },
              "height": {
                "type": "integer",
                "minimum": 1,
                "maximum": 4320,
                "description": "Height of the sent video (`<VideoHeight>`)."
              },
              "frameRate": {
                "type": "number",
                "minimum": 0,
                "maximum": 120,
                "description": "Frames per second of the sent video."
              }
            }
          }
        }
      },
      "Signaling": {
        "type": "object",
        "additionalProperties": false,
        "description": "Signaling behaviour.",
        "properties": {
          "iceRestart": {
            "type": "boolean",
            "description": "Restart ICE when the connection fails."
          }
        }
      },
      "Network": {
        "type": "object",
        "additionalProperties": false,
        "description": "Bandwidth caps.",
        "properties": {
          "Bandwidth": {
            "type": "object",
            "additionalProperties": false,
            "description": "Caps in kbit/s.",
            "properties": {
              "SingleAudioTrackLimit": {
                "type": "number",
                "minimum": 0,
                "description": "Cap of one audio track."
              },
              "SingleVideoTrackLimit": {
                "type": "number",
                "minimum": 0,
                "description": "Cap of one video track."
              },
              "CumulativeSessionLimit": {
                "type": "number",
                "minimum": 0,
                "description": "Cap of the whole call."
              }
            }
          }
        }
      },
      "Display": {
        "type": "object",
        "additionalProperties": false,
        "description": "Callbacks the client library calls.",
        "properties": {
          "OnConnected": {
            "description": "Called when the call is connected, with arrays of MediaStream to set as a media element's srcObject.",
            "x-livechat-callback": "(remoteStreams: MediaStream[], localStreams: MediaStream[]) => void"
          },
          "OnDisconnected": {
            "description": "Called when the call is disconnected.",
            "x-livechat-callback": "() => void"
          },
          "OnAcquireCustomCanvasStream": {
            "description": "Co-browsing only - called before co-browsing starts; the page returns the capture stream of what it shares (for example canvas.captureStream()).",
            "x-livechat-callback": "(stream: MediaStream | undefined) => MediaStream | void"
          }
        }
      }
    },
    "examples": [
      {
        "MediaTransport": {
          "iceServers": [
            {
              "urls": "turn:turn.example.com:3478",
              "username": "webchat",
              "credential": "s3cret"
            }
          ]
        },
        "MediaCapture": {
          "audio": {
            "enabled": true
          },
          "video": {
            "enabled": true,
            "width": 640,
            "height": 480
          }
        }
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/CampaignContactResult.yaml": {
    "title": "CampaignContactResult",
    "description": "OnCampaignContactCreated's response - resultCode and resultMessage, as the document says.",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "resultCode",
      "resultMessage"
    ],
    "properties": {
      "resultCode": {
        "type": "string",
        "maxLength": 64,
        "description": "`Success`, or the ErrorCode of the problem that refused it."
      },
      "resultMessage": {
        "type": "string",
        "maxLength": 1024,
        "description": "Human-readable result."
      },
      "contactId": {
        "type": "string",
        "maxLength": 64,
        "description": "Id of the created contact (beyond the document)."
      }
    },
    "examples": [
      {
        "resultCode": "Success",
        "resultMessage": "Contact created",
        "contactId": "cc_000123"
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/CobrConfig.yaml": {
    "title": "CobrConfig",
    "description": "The `config` of SetCobrConfigs (client only). The same shape as AvConfig; the\nreference document prints it wrapped in an outer `MediaTransport` object, and that\nprinted form is accepted too, so code copied from the document works.\n",
    "anyOf": [
      {
        "$ref": "AvConfig.yaml"
      },
      {
        "title": "CobrConfigAsPrinted",
        "description": "The form printed in the reference document, everything inside an outer MediaTransport.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "MediaTransport"
        ],
        "properties": {
          "MediaTransport": {
            "$ref": "AvConfig.yaml"
          }
        }
      }
    ],
    "examples": [
      {
        "MediaTransport": {
          "iceServers": [
            {
              "urls": "turn:turn.example.com:3478",
              "username": "webchat",
              "credential": "s3cret"
            }
          ],
          "iceTransportPolicy": "all"
        },
        "MediaCapture": {
          "audio": {
            "enabled": false
          },
          "video": {
            "enabled": true,
            "width": 1920,
            "height": 1080,
            "frameRate": 6
          }
        },
        "Signaling": {
          "iceRestart": true
        }
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/CustomerDetails.yaml": {
    "title": "CustomerDetails",
    "description": "The document's class CustomerDetails: who the customer is and where the chat\ncomes from. All 17 fields are strings; the document initialises each to \"\".\nSent inside SessionDetails.eCustDetails, either as this object or, in the secure\ndeployment model, encrypted by the customer's web server (EncryptedCustomerDetails)\nwith `pAccessToken` set to the browser session's access token.\n",
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "eKCIN": {
        "type": "string",
        "maxLength": 256,
        "description": "Customer's KCIN (know-your-customer identification number)."
      },
      "eRegStatus": {
        "type": "string",
        "maxLength": 64,
        "description": "Customer's registration status with the business."
      },
      "eCustName": {
        "type": "string",
        "maxLength": 256,
        "description": "Customer's display name, shown to the CSO."
      },
      "pChannel": {
        "type": "string",
        "maxLength": 64,
        "description": "Channel the chat comes from (for example web, mobile web)."
      },
      "pPageTag": {
        "type": "string",
        "maxLength": 256,
        "description": "Tag of the page where the customer started the chat."
      },
      "pTopic": {
        "type": "string",
        "maxLength": 256,
        "description": "Topic the customer chose; used for routing."
      },
      "eCin": {
        "type": "string",
        "maxLength": 256,
        "description": "Customer identification number."
      },
      "eAuthStatus": {
        "type": "string",
        "maxLength": 64,
        "description": "Whether the customer is authenticated on the customer's site."
      },
      "eAuthLevel": {
        "type": "string",
        "maxLength": 64,
        "description": "Authentication level reached (for example 2FA)."
      },
      "pKaiSid": {
        "type": "string",
        "maxLength": 128,
        "description": "Id of the virtual-assistant (VA) chat that preceded this one, if any."
      },
      "eCustSeg": {
        "type": "string",
        "maxLength": 64,
        "description": "Customer segment; used for routing."
      },
      "eMobileNo": {
        "type": "string",
        "maxLength": 32,
        "description": "Customer's mobile number."
      },
      "eEmail": {
        "type": "string",
        "maxLength": 254,
        "description": "Customer's e-mail address."
      },
      "pBranding": {
        "type": "string",
        "maxLength": 64,
        "description": "Brand of the site the chat comes from."
      },
      "pCountry": {
        "type": "string",
        "maxLength": 64,
        "description": "Customer's country."
      },
      "pLang": {
        "type": "string",
        "maxLength": 35,
        "description": "Customer's language (a BCP 47 tag such as en-SG)."
      },
      "pAccessToken": {
        "type": "string",
        "maxLength": 128,
        "description": "The browser session's access token (GetAccessToken); required inside encrypted details, where the server checks it against the session's token."
      }
    },
    "examples": [
      {
        "eKCIN": "",
        "eRegStatus": "registered",
        "eCustName": "Tan Mei Ling",
        "pChannel": "web",
        "pPageTag": "cards/overview",
        "pTopic": "credit-card",
        "eCin": "S1234567D",
        "eAuthStatus": "authenticated",
        "eAuthLevel": "2FA",
        "pKaiSid": "",
        "eCustSeg": "premier",
        "eMobileNo": "+6591234567",
        "eEmail": "meiling@example.com",
        "pBranding": "example-bank",
        "pCountry": "SG",
        "pLang": "en-SG",
        "pAccessToken": ""
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/DomControlList.yaml": {
    "title": "DomControlList",
    "description": "The `domControlList` of SetCobrConfigs - ids of the page's controls kept in sync during co-browsing; an empty array leaves that kind unmonitored.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "textboxId": {
        "type": "array",
        "maxItems": 256,
        "items": {
          "type": "string",
          "maxLength": 256
        },
        "description": "Ids of text boxes."
      },
      "radioButtonId": {
        "type": "array",
        "maxItems": 256,
        "items": {
          "type": "string",
          "maxLength": 256
        },
        "description": "Ids of radio buttons."
      },
      "checkboxId": {
        "type": "array",
        "maxItems": 256,
        "items": {
          "type": "string",
          "maxLength": 256
        },
        "description": "Ids of checkboxes."
      },
      "dropdownId": {
        "type": "array",
        "maxItems": 256,
        "items": {
          "type": "string",
          "maxLength": 256
        },
        "description": "Ids of dropdowns (select)."
      }
    },
    "examples": [
      {
        "textboxId": [
          "textbox1",
          "textbox2"
        ],
        "radioButtonId": [
          "radiobutton1"
        ],
        "checkboxId": [
          "checkbox1"
        ],
        "dropdownId": [
          "dropdown1"
        ]
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/EncryptedCustomerDetails.yaml": {
    "title": "EncryptedCustomerDetails",
    "description": "CustomerDetails encrypted by the customer's web server (secure deployment model):\na JWE in compact serialization (RFC 7516) with `alg: dir` and `enc: A256GCM`,\nunder the 256-bit key the web server shares with the chat service. The plaintext\nis the JSON of CustomerDetails whose `pAccessToken` is the browser session's\naccess token. The protected header must be exactly `alg: dir` and `enc: A256GCM`\n(anything else is refused, never negotiated) and may carry `kid`, naming the key, so\nthat keys can be rotated. The server refuses Start with CustomerDetailsRejected when\nit cannot decrypt the details or the token differs.\n",
    "type": "string",
    "maxLength": 16384,
    "pattern": "^[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$",
    "examples": [
      "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..q3eUvA2cR0nH9w1X.M1s5q0yJkz0Rz8cV1Qm5wJm8Kp0Q.yM8eZ5kP3nR1vT7wQ2sX4g"
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/EndInitiator.yaml": {
    "title": "EndInitiator",
    "description": "Which side ended the chat (first parameter of OnEnd).",
    "type": "string",
    "oneOf": [
      {
        "const": "server",
        "description": "The server side ended it (the CSO, a routing failure after a callback was recorded, the session-end timer). `reason` is absent."
      },
      {
        "const": "client",
        "description": "A page of this browser session called End; `reason` is what it passed."
      },
      {
        "const": "lib",
        "description": "Raised by the client library itself, never sent - contact was lost and, when it came back, the chat had ended; `reason` is `SessionLostWhileOffline`."
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/ErrorCode.yaml": {
    "title": "ErrorCode",
    "description": "Every error code of the contract, in one place. The first twelve are the\nreference document's own (OnStartFailed, OnOpenFailed, OnInternalServerError);\nthe others are livechat-kit additions (`x-livechat-origin: extension`) for\nfailures the document leaves unnamed. Each value carries the HTTP status it is\nsent with (`x-livechat-http-status`) and whether a retry can succeed\n(`x-livechat-retryable`). Operations list the codes they may return in\n`x-livechat-errors`. `x-livechat-level` grades the code's conformance cases\nwhere it is not the reference document's (whose codes are MUST): MUST where the\ncontract states the rule, SHOULD where a run cannot provoke it (no budget\nannounced, a budget beyond a run, a defect); an operation may grade its own\ncase otherwise (`x-livechat-error-levels`).\n",
    "type": "string",
    "oneOf": [
      {
        "const": "StartError",
        "description": "Start was refused for a reason no other code names (the routing system declined to create the chat). OnStartFailed.",
        "x-livechat-http-status": 502,
        "x-livechat-retryable": true,
        "x-livechat-origin": "document",
        "x-livechat-level": "SHOULD"
      },
      {
        "const": "ServerInternalConnectivityError",
        "description": "The server cannot reach an internal service it needs (store, routing) or is draining; try again after `retryAfterMs`. OnStartFailed.",
        "x-livechat-http-status": 503,
        "x-livechat-retryable": true,
        "x-livechat-origin": "document",
        "x-livechat-level": "MUST"
      },
      {
        "const": "AlreadyStartedAndInSession",
        "description": "Start from a page that already takes part in an active chat of this browser session (single chat), or with the clientId of an active chat started by another page (multi-chat). OnStartFailed.",
        "x-livechat-http-status": 409,
        "x-livechat-retryable": false,
        "x-livechat-origin": "document"
      },
      {
        "const": "CookiesDisabled",
        "description": "The request carries no browser-session cookie although GetAccessToken set one - the browser refuses cookies. (A cookie the server no longer knows is AccessTokenInvalid.) OnStartFailed, OnOpenFailed.",
        "x-livechat-http-status": 400,
        "x-livechat-retryable": false,
        "x-livechat-origin": "document"
      },
      {
        "const": "UnOpenedSessionPerformedStart",
        "description": "Start from a page that did not call Open while the browser session has an active chat; the page must Open and join it instead (floating chat). OnStartFailed.",
        "x-livechat-http-status": 409,
        "x-livechat-retryable": false,
        "x-livechat-origin": "document"
      },
      {
        "const": "CaptchaDoesNotMatch",
        "description": "The entered captcha text differs from the image's; the captcha is discarded and the page must load a new image (OnResetCaptcha). OnStartFailed.",
        "x-livechat-http-status": 422,
        "x-livechat-retryable": false,
        "x-livechat-origin": "document"
      },
      {
        "const": "CaptchaNotFound",
        "description": "Captcha is required but no captcha image was issued to this browser session, or it expired, or its text was used up (by a Start that succeeded or failed with CaptchaDoesNotMatch); load a new image (OnResetCaptcha). OnStartFailed.",
        "x-livechat-http-status": 422,
        "x-livechat-retryable": false,
        "x-livechat-origin": "document"
      },
      {
        "const": "CaptchaIsEmpty",
        "description": "Captcha is required and `eEnteredCaptcha` is empty. OnStartFailed.",
        "x-livechat-http-status": 422,
        "x-livechat-retryable": false,
        "x-livechat-origin": "document"
      },
      {
        "const": "MaxConcurrentSessionCountReached",
        "description": "The deployment holds as many concurrent chats as it is configured for (server-wide, or per browser session in multi-chat); try again after `retryAfterMs`. OnStartFailed.",
        "x-livechat-http-status": 503,
        "x-livechat-retryable": true,
        "x-livechat-origin": "document"
      },
      {
        "const": "AlreadyEndedSession",
        "description": "The chat named by the request (its sid, or the clientId of a Start) has ended within the server's retention window. On Open it is no problem but the `reason` of a 200 answer without a Session - the browser session's last chat ended within that window and none started since (the page may still Start). OnStartFailed, OnOpenFailed.",
        "x-livechat-http-status": 410,
        "x-livechat-retryable": false,
        "x-livechat-origin": "document"
      },
      {
        "const": "NoSessionFound",
        "description": "Not an error on Open (the document - \"actually not an error\") - the browser session has no chat, so the page may call Start; Open answers it as the `reason` of a 200 answer without a Session, not as a problem. On a chat-scoped call, the sid is unknown to this browser session. OnOpenFailed.",
        "x-livechat-http-status": 404,
        "x-livechat-retryable": false,
        "x-livechat-origin": "document"
      },
      {
        "const": "UnOpenedSessionNotAllowed",
        "description": "A chat-scoped call from a page that has not joined the chat by Open or Start. OnInternalServerError.",
        "x-livechat-http-status": 409,
        "x-livechat-retryable": false,
        "x-livechat-origin": "document"
      },
      {
        "const": "InvalidRequest",
        "description": "The request does not match its schema (type, missing field, pattern, size of a field); `errors` points at each offending part.",
        "x-livechat-http-status": 400,
        "x-livechat-retryable": false,
        "x-livechat-origin": "extension",
        "x-livechat-level": "MUST"
      },
      {
        "const": "AccessTokenInvalid",
        "description": "A state-changing call without the `Livechat-Token` header, or with a token that is not the current one of this browser session (stale, foreign, forged); or any call whose browser session has expired. Call GetAccessToken again (it starts a new browser session when the old one is gone).",
        "x-livechat-http-status": 403,
        "x-livechat-retryable": false,
        "x-livechat-origin": "extension",
        "x-livechat-level": "MUST"
      },
      {
        "const": "CustomerDetailsRejected",
        "description": "Encrypted customer details that cannot be decrypted, or whose `pAccessToken` is not this browser session's token (the document's \"token mismatch\" of the secure deployment model). Start is aborted.",
        "x-livechat-http-status": 403,
        "x-livechat-retryable": false,
        "x-livechat-origin": "extension",
        "x-livechat-level": "MUST"
      },
      {
        "const": "InvalidSessionState",
        "description": "The chat or browser session is not in a state that allows the call (an audio/video or co-browse call before an agent connected, EndAvCall without a call, a signal for a call that ended, a single-chat Start in a multi-chat browser session or the reverse).",
        "x-livechat-http-status": 409,
        "x-livechat-retryable": false,
        "x-livechat-origin": "extension",
        "x-livechat-level": "MUST"
      },
      {
        "const": "RateLimited",
        "description": "Too many calls from this browser session; retry after `retryAfterMs` (also in the `Retry-After` header).",
        "x-livechat-http-status": 429,
        "x-livechat-retryable": true,
        "x-livechat-origin": "extension",
        "x-livechat-level": "SHOULD"
      },
      {
        "const": "PayloadTooLarge",
        "description": "The body, a file or the number of files exceeds the limits the session announced.",
        "x-livechat-http-status": 413,
        "x-livechat-retryable": false,
        "x-livechat-origin": "extension",
        "x-livechat-level": "MUST"
      },
      {
        "const": "TranscriptFull",
        "description": "The message would take the chat's transcript beyond the `transcriptCap` the session announced (its entries or its bytes of message text); nothing of it was kept or sent, and the chat stays open (SessionLimits.transcriptCap).",
        "x-livechat-http-status": 409,
        "x-livechat-retryable": false,
        "x-livechat-origin": "extension",
        "x-livechat-level": "MUST"
      },
      {
        "const": "UnsupportedFileType",
        "description": "An uploaded file's type is not among the session's `allowedFileTypes`, or its content does not match its declared type.",
        "x-livechat-http-status": 415,
        "x-livechat-retryable": false,
        "x-livechat-origin": "extension",
        "x-livechat-level": "MUST"
      },
      {
        "const": "FileNotFound",
        "description": "No file of that name belongs to this chat of this browser session.",
        "x-livechat-http-status": 404,
        "x-livechat-retryable": false,
        "x-livechat-origin": "extension",
        "x-livechat-level": "MUST"
      },
      {
        "const": "NotFound",
        "description": "No operation of the contract has this path and method.",
        "x-livechat-http-status": 404,
        "x-livechat-retryable": false,
        "x-livechat-origin": "extension",
        "x-livechat-level": "MUST"
      },
      {
        "const": "UnexpectedError",
        "description": "A defect of the server; the body never carries a stack trace. The client raises OnInternalServerError.",
        "x-livechat-http-status": 500,
        "x-livechat-retryable": true,
        "x-livechat-origin": "extension",
        "x-livechat-level": "SHOULD"
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/IceServer.yaml": {
    "title": "IceServer",
    "description": "A STUN/TURN server for WebRTC (RTCIceServer), the document's AVProxy.",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "urls"
    ],
    "properties": {
      "urls": {
        "description": "The AVProxy URL(s), `<IceUrl>`.",
        "oneOf": [
          {
            "type": "string",
            "maxLength": 512
          },
          {
            "type": "array",
            "maxItems": 8,
            "items": {
              "type": "string",
              "maxLength": 512
            }
          }
        ]
      },
      "username": {
        "type": "string",
        "maxLength": 256,
        "description": "A valid user name of the AVProxy (`<IceName>`)."
      },
      "credential": {
        "type": "string",
        "maxLength": 256,
        "description": "The user's id on the AVProxy (`<IceId>`)."
      }
    },
    "examples": [
      {
        "urls": "turn:turn.example.com:3478",
        "username": "webchat",
        "credential": "s3cret"
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/Problem.yaml": {
    "title": "Problem",
    "description": "An error, as RFC 9457 problem details (`application/problem+json`) carrying the\ncontract's ErrorCode. `type` is `urn:livechat:error:<code>`; `status` repeats the\nHTTP status; the body never carries a stack trace.\n",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "type",
      "title",
      "status",
      "code",
      "retryable"
    ],
    "properties": {
      "type": {
        "type": "string",
        "pattern": "^urn:livechat:error:[A-Za-z]+$",
        "description": "URI naming the problem kind, `urn:livechat:error:` followed by the code."
      },
      "title": {
        "type": "string",
        "maxLength": 256,
        "description": "Short human-readable summary of the problem kind."
      },
      "status": {
        "type": "integer",
        "minimum": 400,
        "maximum": 599,
        "description": "The HTTP status of the response."
      },
      "detail": {
        "type": "string",
        "maxLength": 2048,
        "description": "Human-readable explanation of this occurrence."
      },
      "instance": {
        "type": "string",
        "maxLength": 512,
        "description": "URI reference of this occurrence (the request path)."
      },
      "code": {
        "$ref": "ErrorCode.yaml"
      },
      "retryable": {
        "type": "boolean",
        "description": "Whether the same request can succeed later."
      },
      "retryAfterMs": {
        "type": "integer",
        "minimum": 0,
        "description": "When retryable, how long to wait before retrying (also sent as Retry-After)."
      },
      "sid": {
        "$ref": "common.yaml#/Sid"
      },
      "clientId": {
        "$ref": "common.yaml#/ClientId"
      },
      "errors": {
        "description": "For InvalidRequest, each part of the request that failed validation.",
        "type": "array",
        "maxItems": 64,
        "items": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "pointer",
            "message"
          ],
          "properties": {
            "pointer": {
              "type": "string",
              "maxLength": 512,
              "description": "Where: JSON Pointer into the body (#/details/eCustDetails), or header:<name>, query:<name>, path:<name>, cookie:<name>."
            },
            "message": {
              "type": "string",
              "maxLength": 512,
              "description": "What is wrong there."
            }
          }
        }
      }
    }
  },
  "https://livechat-kit.invalid/spec/schemas/ReasonCode.yaml": {
    "title": "ReasonCode",
    "description": "Why the server recorded a callback and ended the chat (OnSystemNotification and its synonym OnCallbackAutoRegistered).",
    "type": "string",
    "oneOf": [
      {
        "const": "ErrorInGetAgentDetails",
        "description": "The server could not retrieve the CSO's information."
      },
      {
        "const": "ErrorAgentDetails",
        "description": "The CSO's information is in error."
      },
      {
        "const": "NoStaffedAgents",
        "description": "No CSO is logged in at the moment."
      },
      {
        "const": "QueueIsTooBig",
        "description": "CSOs are logged in but too many unanswered chats are queued."
      },
      {
        "const": "TimedOutInQueue",
        "description": "The configured time in the queue elapsed before a CSO answered."
      },
      {
        "const": "InternalServerError",
        "description": "A callback was recorded because of an internal server error."
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/ServerState.yaml": {
    "title": "ServerState",
    "description": "Parameter of OnServerStateChanged, raised by the client library from the event stream's liveness.",
    "type": "string",
    "oneOf": [
      {
        "const": "offline",
        "description": "Nothing was received from the server (not even a heartbeat) for 9 seconds."
      },
      {
        "const": "online",
        "description": "Contact is back; may be followed at once by OnEnd('lib', 'SessionLostWhileOffline')."
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/Session.yaml": {
    "title": "Session",
    "description": "The document's Session: a chat already open on the server, as OnOpenSuccess\n(and a resynchronisation) carries it. In multi-chat, OnOpenSuccess carries an\narray of these, each with its clientId; on the wire every Session carries its\nsid and clientId.\n",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "sid",
      "clientId",
      "state",
      "trans"
    ],
    "properties": {
      "sid": {
        "$ref": "common.yaml#/Sid"
      },
      "clientId": {
        "$ref": "common.yaml#/ClientId"
      },
      "state": {
        "description": "Where the chat stands.",
        "type": "string",
        "oneOf": [
          {
            "const": "queued",
            "description": "Waiting in the queue for a CSO."
          },
          {
            "const": "connected",
            "description": "At least one CSO is connected."
          }
        ]
      },
      "agents": {
        "description": "The CSOs handling the chat now; absent before a CSO connects (OnRemoteUserConnected).",
        "type": "array",
        "maxItems": 16,
        "items": {
          "$ref": "AgentRef.yaml"
        }
      },
      "trans": {
        "description": "The messages and joins exchanged so far, oldest first.",
        "type": "array",
        "maxItems": 10000,
        "items": {
          "$ref": "TranscriptEntry.yaml"
        }
      },
      "queuePosition": {
        "type": "integer",
        "minimum": 1,
        "description": "Position in the queue while `state` is queued (beyond the document)."
      },
      "files": {
        "description": "The files uploaded into the chat so far, oldest first (beyond the document), so that a page that joins by Open can still offer them.",
        "type": "array",
        "maxItems": 1000,
        "items": {
          "$ref": "UploadedFile.yaml"
        }
      }
    },
    "examples": [
      {
        "sid": "c_7Hq2LxVbN4",
        "clientId": "support-1",
        "state": "connected",
        "agents": [
          {
            "name": "Alice",
            "id": "agent-7",
            "index": 1
          }
        ],
        "trans": [
          {
            "type": "msg",
            "by": "c",
            "msg": "Hello%2C%20I%20need%20help",
            "time": "2026-11-25T10:15:30.120Z",
            "id": "msg_000001",
            "clientMessageId": "m_01HZX3A7QK"
          },
          {
            "type": "connect",
            "id": "agent-7",
            "name": "Alice",
            "time": "2026-11-25T10:15:41.000Z"
          },
          {
            "type": "msg",
            "by": "a",
            "msg": "Hi%2C%20Alice%20here.",
            "time": "2026-11-25T10:15:45.500Z",
            "id": "msg_000002",
            "agentId": "agent-7"
          }
        ]
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/SessionDetails.yaml": {
    "title": "SessionDetails",
    "description": "The document's class SessionDetails as its ToString() serialises it: the first\nparameter of Start. Note on the document's own ToString: it sets\n`vachatid = this.pKaiSid`, which is undefined on SessionDetails (so vachatid is\nusually absent), and it resets `eEnteredCaptcha` to \"\" after the application set\nit; livechat-kit's ToString keeps an entered captcha.\n",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "eCustDetails"
    ],
    "properties": {
      "eCustDetails": {
        "description": "The customer's details, as an object or encrypted by the customer's web server.",
        "oneOf": [
          {
            "$ref": "CustomerDetails.yaml"
          },
          {
            "$ref": "EncryptedCustomerDetails.yaml"
          }
        ]
      },
      "eEnteredCaptcha": {
        "type": "string",
        "maxLength": 32,
        "description": "The captcha text the customer typed; required (non-empty) when the deployment requires captcha. Start compares it with the image's text regardless of letter case and of surrounding spaces."
      },
      "lib": {
        "type": "string",
        "maxLength": 32,
        "description": "Client library kind; the document's ToString sets \"web\"."
      },
      "comm_path": {
        "type": "string",
        "maxLength": 64,
        "description": "Communication path used for routing; the document's ToString sets \"sg_pweb\"."
      },
      "vachatid": {
        "type": "string",
        "maxLength": 128,
        "description": "Id of the virtual-assistant chat that preceded this one (from pKaiSid)."
      },
      "enable_autocb": {
        "type": "boolean",
        "description": "When true, the server records a callback automatically if the chat cannot reach a CSO (OnSystemNotification / OnCallbackAutoRegistered)."
      },
      "pClientTime": {
        "type": "string",
        "pattern": "^\\d{1,2}:\\d{1,2}:\\d{1,2}:\\d{1,3}$",
        "description": "The page's local time at Start, as the document's ToString writes it (H:M:S:ms, not zero-padded)."
      }
    },
    "examples": [
      {
        "eCustDetails": {
          "eKCIN": "",
          "eRegStatus": "registered",
          "eCustName": "Tan Mei Ling",
          "pChannel": "web",
          "pPageTag": "cards/overview",
          "pTopic": "credit-card",
          "eCin": "S1234567D",
          "eAuthStatus": "authenticated",
          "eAuthLevel": "2FA",
          "pKaiSid": "",
          "eCustSeg": "premier",
          "eMobileNo": "+6591234567",
          "eEmail": "meiling@example.com",
          "pBranding": "example-bank",
          "pCountry": "SG",
          "pLang": "en-SG",
          "pAccessToken": ""
        },
        "eEnteredCaptcha": "7KX2P",
        "lib": "web",
        "comm_path": "sg_pweb",
        "enable_autocb": true,
        "pClientTime": "18:5:42:7"
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/SessionLimits.yaml": {
    "title": "SessionLimits",
    "description": "The limits a deployment applies to a chat, announced in the results of Start and\nOpen (beyond the document) so that a widget can check before it sends. Values\nnever exceed the contract's maxima (4,096 characters per message, 10 MiB per file).\n",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "maxMessageLength",
      "maxAppMessageBytes",
      "maxFileBytes",
      "maxFilesPerUpload",
      "allowedFileTypes",
      "messagesPerMinute",
      "signalsPerMinute",
      "maxConcurrentChats",
      "sessionLifetimeMs",
      "closeTimerMs",
      "heartbeatIntervalMs",
      "offlineAfterMs",
      "eventRetention",
      "transcriptCap"
    ],
    "properties": {
      "maxMessageLength": {
        "type": "integer",
        "minimum": 1,
        "maximum": 4096,
        "description": "Most characters in one SendMessage."
      },
      "maxAppMessageBytes": {
        "type": "integer",
        "minimum": 1,
        "maximum": 65536,
        "description": "Most bytes of SendAppMessage's obj once serialised as JSON."
      },
      "maxFileBytes": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10485760,
        "description": "Largest file uploadFiles accepts."
      },
      "maxFilesPerUpload": {
        "type": "integer",
        "minimum": 1,
        "maximum": 10,
        "description": "Most files in one uploadFiles call."
      },
      "allowedFileTypes": {
        "type": "array",
        "maxItems": 64,
        "description": "Media types uploadFiles accepts.",
        "items": {
          "type": "string",
          "pattern": "^[a-z]+/[a-z0-9.+-]+$"
        }
      },
      "messagesPerMinute": {
        "type": "integer",
        "minimum": 10,
        "description": "Most SendMessage, SendAppMessage, typing and other chat calls per minute per browser session before RateLimited (signaling not counted)."
      },
      "signalsPerMinute": {
        "type": "integer",
        "minimum": 600,
        "description": "Most audio/video and co-browse signaling calls (SDP, ICE, pointer batches, control values, annotations) per minute per browser session before RateLimited."
      },
      "maxConcurrentChats": {
        "type": "integer",
        "minimum": 1,
        "maximum": 16,
        "description": "Most active chats of one browser session at a time (1 for single chat); beyond it Start answers MaxConcurrentSessionCountReached."
      },
      "sessionLifetimeMs": {
        "type": "integer",
        "minimum": 1,
        "description": "Longest a chat may last before the server ends it."
      },
      "closeTimerMs": {
        "type": "integer",
        "minimum": 100,
        "description": "How long a chat survives once no page takes part in it, or no event stream of the browser session is connected (the session-end timer); at least 5 s, so that a navigation does not end the chat - shorter only on a deployment set up for testing, while the test condition closeTimerMs is in force (spec/agent/schemas.yaml, TestConditions)."
      },
      "heartbeatIntervalMs": {
        "type": "integer",
        "minimum": 500,
        "maximum": 3000,
        "description": "Most time between two frames of the event stream (heartbeats fill silences)."
      },
      "offlineAfterMs": {
        "type": "integer",
        "const": 9000,
        "description": "Silence after which the client library raises OnServerStateChanged('offline') - 9 seconds, as the document says."
      },
      "eventRetention": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "events",
          "ms"
        ],
        "description": "How much of the event stream the server keeps for resumption; a page that comes back later than this gets a Resync.",
        "properties": {
          "events": {
            "type": "integer",
            "minimum": 100,
            "description": "At least this many latest events are kept."
          },
          "ms": {
            "type": "integer",
            "minimum": 30000,
            "description": "Events are kept at least this long (at least 30 s, so that an offline spell of a few seconds resumes without a Resync)."
          }
        }
      },
      "transcriptCap": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entries",
          "textBytes"
        ],
        "description": "The most one chat's transcript (Session.trans) holds, so that a chat cannot grow without\nbound. A message - SendMessage, or a CSO's - that would take the transcript beyond either\nbound is refused with TranscriptFull (409) and nothing of it is kept or sent: no OnEcho, no\nOnMessageReceived. The chat stays open: its parties can still end it, and what is not part\nof the transcript (app messages, files, typing, calls, co-browsing) goes on; a widget that\ncounts what it has seen (Open's or Start's transcript, then OnEcho and OnMessageReceived)\ncan say so before the refusal, e.g. \"this conversation is full: end it and start a new one\".\nA CSO's joining and leaving are recorded while there is room and never refused; beyond the\ncap they are not recorded (OnRemoteUserConnected and Session.agents still say who is there).\n",
        "properties": {
          "entries": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10000,
            "description": "Most entries of the transcript: messages of the customer and the CSOs, and CSOs' joins and leaves (Session.trans lists at most 10,000)."
          },
          "textBytes": {
            "type": "integer",
            "minimum": 16384,
            "description": "Most bytes of message text in the transcript: the sum, over its messages (the customer's and the CSOs'), of each message's text as sent, in UTF-8 (before the transcript's URL encoding). At least one message of 4,096 four-byte characters fits."
          }
        }
      }
    },
    "examples": [
      {
        "maxMessageLength": 4096,
        "maxAppMessageBytes": 16384,
        "maxFileBytes": 10485760,
        "maxFilesPerUpload": 5,
        "allowedFileTypes": [
          "image/png",
          "image/jpeg",
          "image/gif",
          "application/pdf",
          "text/plain"
        ],
        "messagesPerMinute": 120,
        "signalsPerMinute": 3000,
        "maxConcurrentChats": 1,
        "sessionLifetimeMs": 14400000,
        "closeTimerMs": 60000,
        "heartbeatIntervalMs": 3000,
        "offlineAfterMs": 9000,
        "eventRetention": {
          "events": 1000,
          "ms": 300000
        },
        "transcriptCap": {
          "entries": 2000,
          "textBytes": 262144
        }
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/TranscriptEntry.yaml": {
    "title": "TranscriptEntry",
    "description": "One record of a chat's transcript (Session.trans), tagged by `type`.",
    "oneOf": [
      {
        "title": "TranscriptMessage",
        "description": "A message, by the customer or a CSO.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "by",
          "msg",
          "time"
        ],
        "properties": {
          "type": {
            "const": "msg",
            "description": "A message record."
          },
          "by": {
            "description": "Who wrote it.",
            "type": "string",
            "oneOf": [
              {
                "const": "c",
                "description": "The customer."
              },
              {
                "const": "a",
                "description": "A CSO agent."
              }
            ]
          },
          "msg": {
            "type": "string",
            "maxLength": 49152,
            "description": "The message text, URL-encoded (encodeURIComponent) as the document specifies for transcripts; a 4,096-code-point message encodes to at most 49,152 characters."
          },
          "time": {
            "$ref": "common.yaml#/ServerTime"
          },
          "id": {
            "$ref": "common.yaml#/MessageId"
          },
          "clientMessageId": {
            "$ref": "common.yaml#/ClientMessageId"
          },
          "agentId": {
            "$ref": "common.yaml#/AgentId"
          }
        }
      },
      {
        "title": "TranscriptConnect",
        "description": "A CSO joined the chat.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "id",
          "name",
          "time"
        ],
        "properties": {
          "type": {
            "const": "connect",
            "description": "A CSO joined."
          },
          "id": {
            "$ref": "common.yaml#/AgentId"
          },
          "name": {
            "$ref": "common.yaml#/AgentName"
          },
          "time": {
            "$ref": "common.yaml#/ServerTime"
          }
        }
      },
      {
        "title": "TranscriptDisconnect",
        "description": "A CSO left the chat (transfer, conference leave, end).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "id",
          "name",
          "time"
        ],
        "properties": {
          "type": {
            "const": "disconnect",
            "description": "A CSO left."
          },
          "id": {
            "$ref": "common.yaml#/AgentId"
          },
          "name": {
            "$ref": "common.yaml#/AgentName"
          },
          "time": {
            "$ref": "common.yaml#/ServerTime"
          }
        }
      }
    ],
    "examples": [
      {
        "type": "msg",
        "by": "c",
        "msg": "Hello%2C%20I%20need%20help",
        "time": "2026-11-25T10:15:30.120Z",
        "id": "msg_000001",
        "clientMessageId": "m_01HZX3A7QK"
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/TypingState.yaml": {
    "title": "TypingState",
    "description": "Typing state of NotifyTypingStateChange and OnTypingStateChanged.",
    "type": "integer",
    "oneOf": [
      {
        "const": 0,
        "description": "Typing started."
      },
      {
        "const": 1,
        "description": "Typing stopped."
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/UploadedFile.yaml": {
    "title": "UploadedFile",
    "description": "A file accepted by uploadFiles (OnUploadComplete's response). `fileName` is the server's sanitised, unique name, the one prepareDownloadURL takes.",
    "type": "object",
    "additionalProperties": false,
    "required": [
      "fileName",
      "originalName",
      "fileSize",
      "fileType"
    ],
    "properties": {
      "fileName": {
        "type": "string",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$",
        "description": "Stored name, unique in the chat; safe in a URL path segment."
      },
      "originalName": {
        "type": "string",
        "maxLength": 255,
        "pattern": "^[^\\x00-\\x1f\\x7f\\u202a-\\u202e\\u2066-\\u2069]*$",
        "description": "The name the browser gave, without control or bidi-override characters, for display only."
      },
      "fileSize": {
        "type": "integer",
        "minimum": 0,
        "description": "Size in bytes."
      },
      "fileType": {
        "type": "string",
        "pattern": "^[a-z]+/[a-z0-9.+-]+$",
        "description": "Media type, checked against the content."
      },
      "by": {
        "description": "Who uploaded it (beyond the document).",
        "type": "string",
        "oneOf": [
          {
            "const": "c",
            "description": "The customer."
          },
          {
            "const": "a",
            "description": "A CSO agent."
          }
        ]
      }
    },
    "examples": [
      {
        "fileName": "f_8Kq2_statement.pdf",
        "originalName": "statement.pdf",
        "fileSize": 48213,
        "fileType": "application/pdf",
        "by": "c"
      }
    ]
  },
  "https://livechat-kit.invalid/spec/schemas/common.yaml": {
    "Sid": {
      "title": "Sid",
      "description": "Chat session id, assigned by the server at Start (the document's web chat session id, `Sid`).",
      "type": "string",
      "pattern": "^[A-Za-z0-9_-]{8,64}$",
      "examples": [
        "c_7Hq2LxVbN4"
      ]
    },
    "ClientId": {
      "title": "ClientId",
      "description": "Unique client id of a chat, chosen by the page at Start (multi-chat `clientId`); the client library generates one when the application gives none.",
      "type": "string",
      "pattern": "^[A-Za-z0-9_.:-]{1,64}$",
      "examples": [
        "support-1"
      ]
    },
    "PageId": {
      "title": "PageId",
      "description": "Id of one page load, generated by the client library (at least 128 random bits, base64url - 22 characters or more); identifies the page in Open, Close and the event stream.",
      "type": "string",
      "pattern": "^[A-Za-z0-9_-]{22,64}$",
      "examples": [
        "pg_Vx3Q9sKd0aLmN2rT7yWb4E"
      ]
    },
    "ClientMessageId": {
      "title": "ClientMessageId",
      "description": "Id the page gives each message it sends; the server accepts a message once per id and echoes the id in OnEcho, so a retried send shows exactly once.",
      "type": "string",
      "pattern": "^[A-Za-z0-9_-]{8,64}$",
      "examples": [
        "m_01HZX3A7QK"
      ]
    },
    "MessageId": {
      "title": "MessageId",
      "description": "Server-assigned id of an accepted message.",
      "type": "string",
      "pattern": "^[A-Za-z0-9_-]{1,64}$",
      "examples": [
        "msg_000042"
      ]
    },
    "Seq": {
      "title": "Seq",
      "description": "Sequence id of an event within its browser session; 1 for the first event, then one more for each event, shared by every page of the browser session (the SSE `id`).",
      "type": "integer",
      "minimum": 1,
      "maximum": 9007199254740991,
      "examples": [
        42
      ]
    },
    "ServerTime": {
      "title": "ServerTime",
      "description": "Server's time (RFC 3339, UTC) at which the server accepted the message or emitted the event.",
      "type": "string",
      "format": "date-time",
      "examples": [
        "2026-11-25T10:15:30.120Z"
      ]
    },
    "AccessToken": {
      "title": "AccessToken",
      "description": "The browser session's access token (GetAccessToken), sent in the `Livechat-Token` header of every state-changing call and, in the secure deployment model, inside the encrypted customer details.",
      "type": "string",
      "pattern": "^[A-Za-z0-9_-]{32,128}$",
      "examples": [
        "tk_3QmVb9R2xJw7YcLp0sNaKe4TfUgHd1Zi"
      ]
    },
    "AgentName": {
      "title": "AgentName",
      "description": "Name of the CSO login.",
      "type": "string",
      "maxLength": 128,
      "examples": [
        "Alice"
      ]
    },
    "AgentId": {
      "title": "AgentId",
      "description": "Id of the CSO login.",
      "type": "string",
      "pattern": "^[A-Za-z0-9_.@-]{1,64}$",
      "examples": [
        "agent-7"
      ]
    },
    "ChatText": {
      "title": "ChatText",
      "description": "A chat message's text, as typed (not URL-encoded). At most 4,096 Unicode code points (what JSON Schema's maxLength counts, not UTF-16 units); a deployment may announce a lower `maxMessageLength`.",
      "type": "string",
      "minLength": 1,
      "maxLength": 4096,
      "examples": [
        "Hello",
        "I need help with my card."
      ]
    },
    "StreamPosition": {
      "title": "StreamPosition",
      "description": "A position in the browser session's event stream - the seq of the last event before it, 0 before the first. Read the stream from here (`after` or Last-Event-ID).",
      "type": "integer",
      "minimum": 0,
      "maximum": 9007199254740991,
      "examples": [
        12
      ]
    },
    "CallId": {
      "title": "CallId",
      "description": "Id of an audio/video call, assigned by StartAvCall.",
      "type": "string",
      "pattern": "^[A-Za-z0-9_-]{4,64}$",
      "examples": [
        "av_5tR2pQ9x"
      ]
    },
    "CobrowseId": {
      "title": "CobrowseId",
      "description": "Id of a co-browsing session, assigned by StartCobr.",
      "type": "string",
      "pattern": "^[A-Za-z0-9_-]{4,64}$",
      "examples": [
        "cb_9Lm3Wq1z"
      ]
    },
    "FailureCode": {
      "title": "FailureCode",
      "description": "The precise code of a failure the client library reports beyond the document's code for it - the ErrorCode the server answered, or the client's own NetworkError (no answer came) or Timeout (none came in time).",
      "oneOf": [
        {
          "$ref": "ErrorCode.yaml"
        },
        {
          "const": "NetworkError",
          "description": "The request got no answer: offline, DNS, connection reset, CORS refusal."
        },
        {
          "const": "Timeout",
          "description": "The request got no answer in time."
        }
      ],
      "examples": [
        "InvalidRequest"
      ]
    }
  },
  "https://livechat-kit.invalid/spec/schemas/signaling.yaml": {
    "SdpDescription": {
      "title": "SdpDescription",
      "description": "An RTCSessionDescription's SDP text.",
      "type": "string",
      "minLength": 1,
      "maxLength": 65536,
      "examples": [
        "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
      ]
    },
    "IceCandidate": {
      "title": "IceCandidate",
      "description": "An RTCIceCandidateInit; `candidate` is empty for the end of candidates.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "candidate"
      ],
      "properties": {
        "candidate": {
          "type": "string",
          "maxLength": 2048,
          "description": "The candidate line."
        },
        "sdpMid": {
          "type": [
            "string",
            "null"
          ],
          "maxLength": 64,
          "description": "Media stream identification tag."
        },
        "sdpMLineIndex": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0,
          "maximum": 64,
          "description": "Index of the m-line."
        },
        "usernameFragment": {
          "type": [
            "string",
            "null"
          ],
          "maxLength": 256,
          "description": "ICE username fragment."
        }
      },
      "examples": [
        {
          "candidate": "candidate:1 1 udp 2122260223 192.0.2.10 54400 typ host",
          "sdpMid": "0",
          "sdpMLineIndex": 0
        }
      ]
    },
    "Signal": {
      "title": "Signal",
      "description": "One WebRTC signaling message, tagged by `type`.",
      "oneOf": [
        {
          "title": "SdpOfferSignal",
          "description": "An SDP offer.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "type",
            "sdp"
          ],
          "properties": {
            "type": {
              "const": "offer",
              "description": "An SDP offer."
            },
            "sdp": {
              "$ref": "#/SdpDescription"
            }
          }
        },
        {
          "title": "SdpAnswerSignal",
          "description": "An SDP answer.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "type",
            "sdp"
          ],
          "properties": {
            "type": {
              "const": "answer",
              "description": "An SDP answer."
            },
            "sdp": {
              "$ref": "#/SdpDescription"
            }
          }
        },
        {
          "title": "IceCandidateSignal",
          "description": "A trickled ICE candidate.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "type",
            "candidate"
          ],
          "properties": {
            "type": {
              "const": "ice-candidate",
              "description": "A trickled ICE candidate."
            },
            "candidate": {
              "$ref": "#/IceCandidate"
            }
          }
        }
      ],
      "examples": [
        {
          "type": "offer",
          "sdp": "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
        }
      ]
    },
    "MediaState": {
      "title": "MediaState",
      "description": "What a side of a call has paused (Pause(audio, video)).",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "audio",
        "video"
      ],
      "properties": {
        "audio": {
          "type": "boolean",
          "description": "True when the microphone is muted."
        },
        "video": {
          "type": "boolean",
          "description": "True when camera capture is paused."
        }
      },
      "examples": [
        {
          "audio": false,
          "video": true
        }
      ]
    },
    "CobrControlValue": {
      "title": "CobrControlValue",
      "description": "The new value of one control named in domControlList, tagged by `control`. The receiving side applies it only to an id of its domControlList.",
      "oneOf": [
        {
          "title": "TextboxValue",
          "description": "A text box and its text.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "control",
            "id",
            "value"
          ],
          "properties": {
            "control": {
              "const": "textbox",
              "description": "A text box."
            },
            "id": {
              "type": "string",
              "maxLength": 256,
              "description": "The control's element id."
            },
            "value": {
              "type": "string",
              "maxLength": 4096,
              "description": "Its text."
            }
          }
        },
        {
          "title": "DropdownValue",
          "description": "A dropdown (select) and its selected option's value.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "control",
            "id",
            "value"
          ],
          "properties": {
            "control": {
              "const": "dropdown",
              "description": "A dropdown."
            },
            "id": {
              "type": "string",
              "maxLength": 256,
              "description": "The control's element id."
            },
            "value": {
              "type": "string",
              "maxLength": 1024,
              "description": "The selected option's value."
            }
          }
        },
        {
          "title": "CheckedValue",
          "description": "A radio button or checkbox and whether it is checked.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "control",
            "id",
            "value"
          ],
          "properties": {
            "control": {
              "description": "Kind of control.",
              "type": "string",
              "oneOf": [
                {
                  "const": "radioButton",
                  "description": "A radio button."
                },
                {
                  "const": "checkbox",
                  "description": "A checkbox."
                }
              ]
            },
            "id": {
              "type": "string",
              "maxLength": 256,
              "description": "The control's element id."
            },
            "value": {
              "type": "boolean",
              "description": "True when checked."
            }
          }
        }
      ],
      "examples": [
        {
          "control": "checkbox",
          "id": "checkbox1",
          "value": true
        }
      ]
    },
    "CobrPointerBatch": {
      "title": "CobrPointerBatch",
      "description": "Pointer positions sampled since the last batch, oldest first (a page sends a batch at most every 100 ms).",
      "type": "array",
      "minItems": 1,
      "maxItems": 50,
      "items": {
        "$ref": "#/CobrPointer"
      },
      "examples": [
        [
          {
            "x": 0.42,
            "y": 0.17,
            "visible": true
          },
          {
            "x": 0.43,
            "y": 0.18,
            "visible": true
          }
        ]
      ]
    },
    "CobrPointer": {
      "title": "CobrPointer",
      "description": "The customer's mouse pointer, as fractions of the shared viewport (isMousePointerCapture).",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "x",
        "y"
      ],
      "properties": {
        "x": {
          "type": "number",
          "minimum": 0,
          "maximum": 1,
          "description": "Horizontal position, 0 left to 1 right."
        },
        "y": {
          "type": "number",
          "minimum": 0,
          "maximum": 1,
          "description": "Vertical position, 0 top to 1 bottom."
        },
        "visible": {
          "type": "boolean",
          "description": "False when the pointer left the page."
        }
      },
      "examples": [
        {
          "x": 0.42,
          "y": 0.17,
          "visible": true
        }
      ]
    },
    "CobrAnnotation": {
      "title": "CobrAnnotation",
      "description": "One annotation stroke drawn over the shared page (isAnnotationEnabled), or a clear, tagged by `tool`.",
      "oneOf": [
        {
          "title": "AnnotationStroke",
          "description": "A stroke through `points`.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "tool",
            "points"
          ],
          "properties": {
            "tool": {
              "description": "Drawing tool.",
              "type": "string",
              "oneOf": [
                {
                  "const": "pen",
                  "description": "A free-hand stroke."
                },
                {
                  "const": "highlight",
                  "description": "A translucent stroke."
                }
              ]
            },
            "points": {
              "type": "array",
              "minItems": 1,
              "maxItems": 2048,
              "description": "Stroke points as [x, y] fractions of the viewport.",
              "items": {
                "type": "array",
                "minItems": 2,
                "maxItems": 2,
                "items": {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1
                }
              }
            },
            "color": {
              "type": "string",
              "pattern": "^#[0-9a-fA-F]{6}$",
              "description": "Stroke colour."
            }
          }
        },
        {
          "title": "AnnotationClear",
          "description": "Remove every annotation.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "tool"
          ],
          "properties": {
            "tool": {
              "const": "clear",
              "description": "Remove every annotation."
            }
          }
        }
      ],
      "examples": [
        {
          "tool": "pen",
          "color": "#ff0000",
          "points": [
            [
              0.1,
              0.1
            ],
            [
              0.2,
              0.15
            ]
          ]
        }
      ]
    }
  }
};

/** Each operation's path parameters, query and header parameters as one object, under https://livechat-kit.invalid/parameters. */
const parameterSchemas = {
  "headers:slog": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "query:getLivechatScript": {
    "type": "object",
    "required": [],
    "properties": {
      "multichat": {
        "$ref": "https://livechat-kit.invalid/spec/http/scripts.yaml#/livechat/get/parameters/0/schema"
      }
    },
    "additionalProperties": true
  },
  "query:getLibtextchatScript": {
    "type": "object",
    "required": [],
    "properties": {
      "multichat": {
        "$ref": "https://livechat-kit.invalid/spec/http/scripts.yaml#/libtextchat/get/parameters/0/schema"
      }
    },
    "additionalProperties": true
  },
  "headers:openChats": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "headers:closePage": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "headers:startChat": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:endChat": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:endChat": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "query:openEventStream": {
    "type": "object",
    "required": [
      "page"
    ],
    "properties": {
      "page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      },
      "after": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/StreamPosition"
      }
    },
    "additionalProperties": true
  },
  "headers:openEventStream": {
    "type": "object",
    "required": [],
    "properties": {
      "last-event-id": {
        "$ref": "https://livechat-kit.invalid/spec/http/events.yaml#/stream/get/parameters/2/schema"
      }
    },
    "additionalProperties": true
  },
  "query:pollEvents": {
    "type": "object",
    "required": [
      "page",
      "after"
    ],
    "properties": {
      "page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      },
      "after": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/StreamPosition"
      },
      "waitMs": {
        "$ref": "https://livechat-kit.invalid/spec/http/events.yaml#/poll/get/parameters/2/schema"
      }
    },
    "additionalProperties": true
  },
  "params:sendMessage": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:sendMessage": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:sendAppMessage": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:sendAppMessage": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:notifyTypingStateChange": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:notifyTypingStateChange": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:requestCallback": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:requestCallback": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:startAvCall": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:startAvCall": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:endAvCall": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:endAvCall": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:pauseAv": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:pauseAv": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:sendAvSignal": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:sendAvSignal": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:startCobrowse": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:startCobrowse": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:endCobrowse": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:endCobrowse": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:sendCobrowseSignal": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:sendCobrowseSignal": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:sendCobrowseControlValue": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:sendCobrowseControlValue": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:sendCobrowsePointer": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:sendCobrowsePointer": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:sendCobrowseAnnotation": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:sendCobrowseAnnotation": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "query:getCaptchaImage": {
    "type": "object",
    "required": [],
    "properties": {
      "reset": {
        "$ref": "https://livechat-kit.invalid/spec/http/captcha.yaml#/captcha/get/parameters/0/schema"
      },
      "t": {
        "$ref": "https://livechat-kit.invalid/spec/http/captcha.yaml#/captcha/get/parameters/1/schema"
      }
    },
    "additionalProperties": true
  },
  "params:uploadFiles": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "headers:uploadFiles": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "params:downloadFile": {
    "type": "object",
    "required": [
      "sid",
      "fileName"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      },
      "fileName": {
        "$ref": "https://livechat-kit.invalid/spec/http/files.yaml#/download/get/parameters/1/schema"
      }
    },
    "additionalProperties": false
  },
  "headers:createCampaignContact": {
    "type": "object",
    "required": [
      "livechat-page"
    ],
    "properties": {
      "livechat-page": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/PageId"
      }
    },
    "additionalProperties": true
  },
  "agent-query:openAgentEventStream": {
    "type": "object",
    "required": [],
    "properties": {
      "after": {
        "$ref": "https://livechat-kit.invalid/spec/agent/schemas.yaml#/AgentStreamPosition"
      }
    },
    "additionalProperties": true
  },
  "agent-headers:openAgentEventStream": {
    "type": "object",
    "required": [],
    "properties": {
      "last-event-id": {
        "$ref": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1events/get/parameters/1/schema"
      }
    },
    "additionalProperties": true
  },
  "agent-params:acceptChat": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentSendMessage": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentSendAppMessage": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentTyping": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:transferChat": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:inviteToConference": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:leaveConference": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentRequestCallback": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentSendHistory": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentEndChat": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentAnswerAvCall": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentDeclineAvCall": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentSendAvSignal": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentPauseAv": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentEndAvCall": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentSendCobrowseSignal": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentSendCobrowseControlValue": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentSendCobrowseAnnotation": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  },
  "agent-params:agentEndCobrowse": {
    "type": "object",
    "required": [
      "sid"
    ],
    "properties": {
      "sid": {
        "$ref": "https://livechat-kit.invalid/spec/schemas/common.yaml#/Sid"
      }
    },
    "additionalProperties": false
  }
};

/**
 * Where each validator's schema is: request:<operationId>, params:<operationId> (path), query:<operationId>,
 * headers:<operationId>, response:<operationId>:<status>, event:<message>; the same with agent- for the agent
 * test interface (agent-request:agentLogin, agent-params:acceptChat, agent-event:ChatQueued). A key exists only
 * where the operation has that part.
 */
export const schemaRefs = {
  "request:slog": "https://livechat-kit.invalid/spec/http/diagnostics.yaml#/slog/post/requestBody/content/application~1json/schema",
  "headers:slog": "https://livechat-kit.invalid/parameters#/headers:slog",
  "response:slog:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:slog:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:slog:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:slog:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:slog:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "query:getLivechatScript": "https://livechat-kit.invalid/parameters#/query:getLivechatScript",
  "response:getLivechatScript:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "query:getLibtextchatScript": "https://livechat-kit.invalid/parameters#/query:getLibtextchatScript",
  "response:getLibtextchatScript:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:getAccessToken:200": "https://livechat-kit.invalid/spec/http/session.yaml#/accessToken/post/responses/200/content/application~1json/schema",
  "response:getAccessToken:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:getAccessToken:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:getAccessToken:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "headers:openChats": "https://livechat-kit.invalid/parameters#/headers:openChats",
  "response:openChats:200": "https://livechat-kit.invalid/spec/http/session.yaml#/components/OpenResult",
  "response:openChats:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:openChats:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:openChats:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:openChats:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:openChats:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "headers:closePage": "https://livechat-kit.invalid/parameters#/headers:closePage",
  "response:closePage:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:closePage:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:closePage:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:closePage:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:closePage:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:startChat": "https://livechat-kit.invalid/spec/http/session.yaml#/start/post/requestBody/content/application~1json/schema",
  "headers:startChat": "https://livechat-kit.invalid/parameters#/headers:startChat",
  "response:startChat:200": "https://livechat-kit.invalid/spec/http/session.yaml#/components/StartResult",
  "response:startChat:201": "https://livechat-kit.invalid/spec/http/session.yaml#/components/StartResult",
  "response:startChat:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startChat:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startChat:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startChat:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startChat:422": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startChat:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startChat:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startChat:502": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startChat:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:endChat": "https://livechat-kit.invalid/spec/http/session.yaml#/end/post/requestBody/content/application~1json/schema",
  "params:endChat": "https://livechat-kit.invalid/parameters#/params:endChat",
  "headers:endChat": "https://livechat-kit.invalid/parameters#/headers:endChat",
  "response:endChat:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endChat:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endChat:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endChat:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endChat:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endChat:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endChat:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endChat:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "query:openEventStream": "https://livechat-kit.invalid/parameters#/query:openEventStream",
  "headers:openEventStream": "https://livechat-kit.invalid/parameters#/headers:openEventStream",
  "response:openEventStream:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:openEventStream:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:openEventStream:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:openEventStream:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:openEventStream:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "query:pollEvents": "https://livechat-kit.invalid/parameters#/query:pollEvents",
  "response:pollEvents:200": "https://livechat-kit.invalid/spec/http/events.yaml#/poll/get/responses/200/content/application~1json/schema",
  "response:pollEvents:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:pollEvents:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:pollEvents:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:pollEvents:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:pollEvents:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:sendMessage": "https://livechat-kit.invalid/spec/http/messaging.yaml#/messages/post/requestBody/content/application~1json/schema",
  "params:sendMessage": "https://livechat-kit.invalid/parameters#/params:sendMessage",
  "headers:sendMessage": "https://livechat-kit.invalid/parameters#/headers:sendMessage",
  "response:sendMessage:200": "https://livechat-kit.invalid/spec/http/messaging.yaml#/components/MessageAccepted",
  "response:sendMessage:201": "https://livechat-kit.invalid/spec/http/messaging.yaml#/components/MessageAccepted",
  "response:sendMessage:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendMessage:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendMessage:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendMessage:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendMessage:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendMessage:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendMessage:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendMessage:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:sendAppMessage": "https://livechat-kit.invalid/spec/http/messaging.yaml#/appMessages/post/requestBody/content/application~1json/schema",
  "params:sendAppMessage": "https://livechat-kit.invalid/parameters#/params:sendAppMessage",
  "headers:sendAppMessage": "https://livechat-kit.invalid/parameters#/headers:sendAppMessage",
  "response:sendAppMessage:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAppMessage:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAppMessage:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAppMessage:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAppMessage:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAppMessage:413": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAppMessage:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAppMessage:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAppMessage:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:notifyTypingStateChange": "https://livechat-kit.invalid/spec/http/messaging.yaml#/typing/post/requestBody/content/application~1json/schema",
  "params:notifyTypingStateChange": "https://livechat-kit.invalid/parameters#/params:notifyTypingStateChange",
  "headers:notifyTypingStateChange": "https://livechat-kit.invalid/parameters#/headers:notifyTypingStateChange",
  "response:notifyTypingStateChange:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:notifyTypingStateChange:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:notifyTypingStateChange:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:notifyTypingStateChange:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:notifyTypingStateChange:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:notifyTypingStateChange:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:notifyTypingStateChange:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:notifyTypingStateChange:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:requestCallback": "https://livechat-kit.invalid/spec/http/messaging.yaml#/callback/post/requestBody/content/application~1json/schema",
  "params:requestCallback": "https://livechat-kit.invalid/parameters#/params:requestCallback",
  "headers:requestCallback": "https://livechat-kit.invalid/parameters#/headers:requestCallback",
  "response:requestCallback:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:requestCallback:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:requestCallback:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:requestCallback:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:requestCallback:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:requestCallback:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:requestCallback:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:requestCallback:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:startAvCall": "https://livechat-kit.invalid/spec/http/av.yaml#/start/post/requestBody/content/application~1json/schema",
  "params:startAvCall": "https://livechat-kit.invalid/parameters#/params:startAvCall",
  "headers:startAvCall": "https://livechat-kit.invalid/parameters#/headers:startAvCall",
  "response:startAvCall:201": "https://livechat-kit.invalid/spec/http/av.yaml#/start/post/responses/201/content/application~1json/schema",
  "response:startAvCall:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startAvCall:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startAvCall:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startAvCall:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startAvCall:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startAvCall:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startAvCall:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startAvCall:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:endAvCall": "https://livechat-kit.invalid/spec/http/av.yaml#/components/CallRef",
  "params:endAvCall": "https://livechat-kit.invalid/parameters#/params:endAvCall",
  "headers:endAvCall": "https://livechat-kit.invalid/parameters#/headers:endAvCall",
  "response:endAvCall:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endAvCall:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endAvCall:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endAvCall:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endAvCall:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endAvCall:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endAvCall:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endAvCall:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:pauseAv": "https://livechat-kit.invalid/spec/http/av.yaml#/pause/post/requestBody/content/application~1json/schema",
  "params:pauseAv": "https://livechat-kit.invalid/parameters#/params:pauseAv",
  "headers:pauseAv": "https://livechat-kit.invalid/parameters#/headers:pauseAv",
  "response:pauseAv:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:pauseAv:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:pauseAv:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:pauseAv:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:pauseAv:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:pauseAv:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:pauseAv:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:pauseAv:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:sendAvSignal": "https://livechat-kit.invalid/spec/http/av.yaml#/signals/post/requestBody/content/application~1json/schema",
  "params:sendAvSignal": "https://livechat-kit.invalid/parameters#/params:sendAvSignal",
  "headers:sendAvSignal": "https://livechat-kit.invalid/parameters#/headers:sendAvSignal",
  "response:sendAvSignal:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAvSignal:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAvSignal:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAvSignal:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAvSignal:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAvSignal:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAvSignal:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendAvSignal:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:startCobrowse": "https://livechat-kit.invalid/spec/http/cobrowse.yaml#/start/post/requestBody/content/application~1json/schema",
  "params:startCobrowse": "https://livechat-kit.invalid/parameters#/params:startCobrowse",
  "headers:startCobrowse": "https://livechat-kit.invalid/parameters#/headers:startCobrowse",
  "response:startCobrowse:201": "https://livechat-kit.invalid/spec/http/cobrowse.yaml#/start/post/responses/201/content/application~1json/schema",
  "response:startCobrowse:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startCobrowse:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startCobrowse:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startCobrowse:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startCobrowse:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startCobrowse:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startCobrowse:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:startCobrowse:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:endCobrowse": "https://livechat-kit.invalid/spec/http/cobrowse.yaml#/components/CobrowseRef",
  "params:endCobrowse": "https://livechat-kit.invalid/parameters#/params:endCobrowse",
  "headers:endCobrowse": "https://livechat-kit.invalid/parameters#/headers:endCobrowse",
  "response:endCobrowse:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endCobrowse:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endCobrowse:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endCobrowse:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endCobrowse:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endCobrowse:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endCobrowse:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:endCobrowse:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:sendCobrowseSignal": "https://livechat-kit.invalid/spec/http/cobrowse.yaml#/signals/post/requestBody/content/application~1json/schema",
  "params:sendCobrowseSignal": "https://livechat-kit.invalid/parameters#/params:sendCobrowseSignal",
  "headers:sendCobrowseSignal": "https://livechat-kit.invalid/parameters#/headers:sendCobrowseSignal",
  "response:sendCobrowseSignal:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseSignal:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseSignal:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseSignal:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseSignal:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseSignal:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseSignal:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseSignal:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:sendCobrowseControlValue": "https://livechat-kit.invalid/spec/http/cobrowse.yaml#/controlValues/post/requestBody/content/application~1json/schema",
  "params:sendCobrowseControlValue": "https://livechat-kit.invalid/parameters#/params:sendCobrowseControlValue",
  "headers:sendCobrowseControlValue": "https://livechat-kit.invalid/parameters#/headers:sendCobrowseControlValue",
  "response:sendCobrowseControlValue:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseControlValue:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseControlValue:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseControlValue:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseControlValue:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseControlValue:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseControlValue:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseControlValue:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:sendCobrowsePointer": "https://livechat-kit.invalid/spec/http/cobrowse.yaml#/pointer/post/requestBody/content/application~1json/schema",
  "params:sendCobrowsePointer": "https://livechat-kit.invalid/parameters#/params:sendCobrowsePointer",
  "headers:sendCobrowsePointer": "https://livechat-kit.invalid/parameters#/headers:sendCobrowsePointer",
  "response:sendCobrowsePointer:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowsePointer:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowsePointer:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowsePointer:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowsePointer:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowsePointer:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowsePointer:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowsePointer:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:sendCobrowseAnnotation": "https://livechat-kit.invalid/spec/http/cobrowse.yaml#/annotations/post/requestBody/content/application~1json/schema",
  "params:sendCobrowseAnnotation": "https://livechat-kit.invalid/parameters#/params:sendCobrowseAnnotation",
  "headers:sendCobrowseAnnotation": "https://livechat-kit.invalid/parameters#/headers:sendCobrowseAnnotation",
  "response:sendCobrowseAnnotation:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseAnnotation:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseAnnotation:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseAnnotation:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseAnnotation:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseAnnotation:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseAnnotation:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:sendCobrowseAnnotation:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "query:getCaptchaImage": "https://livechat-kit.invalid/parameters#/query:getCaptchaImage",
  "response:getCaptchaImage:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:getCaptchaImage:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:getCaptchaImage:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:getCaptchaImage:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "params:uploadFiles": "https://livechat-kit.invalid/parameters#/params:uploadFiles",
  "headers:uploadFiles": "https://livechat-kit.invalid/parameters#/headers:uploadFiles",
  "response:uploadFiles:201": "https://livechat-kit.invalid/spec/http/files.yaml#/upload/post/responses/201/content/application~1json/schema",
  "response:uploadFiles:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:uploadFiles:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:uploadFiles:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:uploadFiles:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:uploadFiles:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:uploadFiles:413": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:uploadFiles:415": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:uploadFiles:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:uploadFiles:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:uploadFiles:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "params:downloadFile": "https://livechat-kit.invalid/parameters#/params:downloadFile",
  "response:downloadFile:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:downloadFile:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:downloadFile:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:downloadFile:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:downloadFile:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:downloadFile:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "request:createCampaignContact": "https://livechat-kit.invalid/spec/http/campaign.yaml#/campaignContacts/post/requestBody/content/application~1json/schema",
  "headers:createCampaignContact": "https://livechat-kit.invalid/parameters#/headers:createCampaignContact",
  "response:createCampaignContact:201": "https://livechat-kit.invalid/spec/schemas/CampaignContactResult.yaml#/",
  "response:createCampaignContact:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:createCampaignContact:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:createCampaignContact:413": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:createCampaignContact:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:createCampaignContact:500": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "response:createCampaignContact:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "event:OnEnd": "https://livechat-kit.invalid/spec/events/session.yaml#/OnEnd/payload",
  "event:OnInternalServerError": "https://livechat-kit.invalid/spec/events/session.yaml#/OnInternalServerError/payload",
  "event:Heartbeat": "https://livechat-kit.invalid/spec/events/session.yaml#/Heartbeat/payload",
  "event:Resync": "https://livechat-kit.invalid/spec/events/session.yaml#/Resync/payload",
  "event:ChatStarted": "https://livechat-kit.invalid/spec/events/session.yaml#/ChatStarted/payload",
  "event:OnCallQueued": "https://livechat-kit.invalid/spec/events/routing.yaml#/OnCallQueued/payload",
  "event:OnRemoteUserConnected": "https://livechat-kit.invalid/spec/events/routing.yaml#/OnRemoteUserConnected/payload",
  "event:OnSystemNotification": "https://livechat-kit.invalid/spec/events/routing.yaml#/components/SystemNotificationPayload",
  "event:OnCallbackRequestStatus": "https://livechat-kit.invalid/spec/events/routing.yaml#/OnCallbackRequestStatus/payload",
  "event:OnConferenceUserLeft": "https://livechat-kit.invalid/spec/events/routing.yaml#/OnConferenceUserLeft/payload",
  "event:OnMessageReceived": "https://livechat-kit.invalid/spec/events/messaging.yaml#/OnMessageReceived/payload",
  "event:OnEcho": "https://livechat-kit.invalid/spec/events/messaging.yaml#/OnEcho/payload",
  "event:OnTypingStateChanged": "https://livechat-kit.invalid/spec/events/messaging.yaml#/OnTypingStateChanged/payload",
  "event:OnAppMessageReceived": "https://livechat-kit.invalid/spec/events/messaging.yaml#/OnAppMessageReceived/payload",
  "event:OnHistoryReceived": "https://livechat-kit.invalid/spec/events/messaging.yaml#/OnHistoryReceived/payload",
  "event:OnUploadComplete": "https://livechat-kit.invalid/spec/events/extras.yaml#/OnUploadComplete/payload",
  "event:AvSignal": "https://livechat-kit.invalid/spec/events/av.yaml#/AvSignal/payload",
  "event:AvMediaStateChanged": "https://livechat-kit.invalid/spec/events/av.yaml#/AvMediaStateChanged/payload",
  "event:AvCallEnded": "https://livechat-kit.invalid/spec/events/av.yaml#/AvCallEnded/payload",
  "event:CobrSignal": "https://livechat-kit.invalid/spec/events/cobrowse.yaml#/CobrSignal/payload",
  "event:CobrControlValueChanged": "https://livechat-kit.invalid/spec/events/cobrowse.yaml#/CobrControlValueChanged/payload",
  "event:CobrAnnotation": "https://livechat-kit.invalid/spec/events/cobrowse.yaml#/CobrAnnotation/payload",
  "event:CobrEnded": "https://livechat-kit.invalid/spec/events/cobrowse.yaml#/CobrEnded/payload",
  "event:OnStartSuccess": "https://livechat-kit.invalid/spec/events/session.yaml#/OnStartSuccess/payload",
  "event:OnStartFailed": "https://livechat-kit.invalid/spec/events/session.yaml#/OnStartFailed/payload",
  "event:OnOpenSuccess": "https://livechat-kit.invalid/spec/events/session.yaml#/OnOpenSuccess/payload",
  "event:OnOpenFailed": "https://livechat-kit.invalid/spec/events/session.yaml#/OnOpenFailed/payload",
  "event:OnServerStateChanged": "https://livechat-kit.invalid/spec/events/session.yaml#/OnServerStateChanged/payload",
  "event:OnCallbackAutoRegistered": "https://livechat-kit.invalid/spec/events/routing.yaml#/components/SystemNotificationPayload",
  "event:OnResetCaptcha": "https://livechat-kit.invalid/spec/events/extras.yaml#/OnResetCaptcha/payload",
  "event:OnCampaignContactCreated": "https://livechat-kit.invalid/spec/events/extras.yaml#/OnCampaignContactCreated/payload",
  "agent-request:agentLogin": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1login/post/requestBody/content/application~1json/schema",
  "agent-response:agentLogin:200": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1login/post/responses/200/content/application~1json/schema",
  "agent-response:agentLogin:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentLogin:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentLogin:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentLogin:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentLogout": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1logout/post/requestBody/content/application~1json/schema",
  "agent-response:agentLogout:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentLogout:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentLogout:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentReady": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1ready/post/requestBody/content/application~1json/schema",
  "agent-response:agentReady:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentReady:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentReady:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:getAgentQueue:200": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1queue/get/responses/200/content/application~1json/schema",
  "agent-response:getAgentQueue:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:getAgentQueue:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-query:openAgentEventStream": "https://livechat-kit.invalid/parameters#/agent-query:openAgentEventStream",
  "agent-headers:openAgentEventStream": "https://livechat-kit.invalid/parameters#/agent-headers:openAgentEventStream",
  "agent-response:openAgentEventStream:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:openAgentEventStream:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:openAgentEventStream:503": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-params:acceptChat": "https://livechat-kit.invalid/parameters#/agent-params:acceptChat",
  "agent-response:acceptChat:200": "https://livechat-kit.invalid/spec/schemas/Session.yaml#/",
  "agent-response:acceptChat:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:acceptChat:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:acceptChat:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:acceptChat:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:acceptChat:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:acceptChat:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentSendMessage": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1messages/post/requestBody/content/application~1json/schema",
  "agent-params:agentSendMessage": "https://livechat-kit.invalid/parameters#/agent-params:agentSendMessage",
  "agent-response:agentSendMessage:200": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/components/schemas/AgentMessageAccepted",
  "agent-response:agentSendMessage:201": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/components/schemas/AgentMessageAccepted",
  "agent-response:agentSendMessage:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendMessage:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendMessage:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendMessage:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendMessage:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendMessage:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentSendAppMessage": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1app-messages/post/requestBody/content/application~1json/schema",
  "agent-params:agentSendAppMessage": "https://livechat-kit.invalid/parameters#/agent-params:agentSendAppMessage",
  "agent-response:agentSendAppMessage:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendAppMessage:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendAppMessage:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendAppMessage:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendAppMessage:413": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendAppMessage:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentTyping": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1typing/post/requestBody/content/application~1json/schema",
  "agent-params:agentTyping": "https://livechat-kit.invalid/parameters#/agent-params:agentTyping",
  "agent-response:agentTyping:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentTyping:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentTyping:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentTyping:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentTyping:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:transferChat": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1transfer/post/requestBody/content/application~1json/schema",
  "agent-params:transferChat": "https://livechat-kit.invalid/parameters#/agent-params:transferChat",
  "agent-response:transferChat:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:transferChat:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:transferChat:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:transferChat:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:transferChat:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:transferChat:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:inviteToConference": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1conference/post/requestBody/content/application~1json/schema",
  "agent-params:inviteToConference": "https://livechat-kit.invalid/parameters#/agent-params:inviteToConference",
  "agent-response:inviteToConference:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:inviteToConference:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:inviteToConference:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:inviteToConference:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:inviteToConference:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:inviteToConference:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:leaveConference": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1conference~1leave/post/requestBody/content/application~1json/schema",
  "agent-params:leaveConference": "https://livechat-kit.invalid/parameters#/agent-params:leaveConference",
  "agent-response:leaveConference:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:leaveConference:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:leaveConference:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:leaveConference:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:leaveConference:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:leaveConference:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentRequestCallback": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1callback/post/requestBody/content/application~1json/schema",
  "agent-params:agentRequestCallback": "https://livechat-kit.invalid/parameters#/agent-params:agentRequestCallback",
  "agent-response:agentRequestCallback:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentRequestCallback:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentRequestCallback:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentRequestCallback:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentRequestCallback:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentSendHistory": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1history/post/requestBody/content/application~1json/schema",
  "agent-params:agentSendHistory": "https://livechat-kit.invalid/parameters#/agent-params:agentSendHistory",
  "agent-response:agentSendHistory:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendHistory:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendHistory:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendHistory:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendHistory:413": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendHistory:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentEndChat": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1end/post/requestBody/content/application~1json/schema",
  "agent-params:agentEndChat": "https://livechat-kit.invalid/parameters#/agent-params:agentEndChat",
  "agent-response:agentEndChat:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndChat:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndChat:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndChat:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndChat:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentAnswerAvCall": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/components/schemas/AgentCallRef",
  "agent-params:agentAnswerAvCall": "https://livechat-kit.invalid/parameters#/agent-params:agentAnswerAvCall",
  "agent-response:agentAnswerAvCall:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentAnswerAvCall:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentAnswerAvCall:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentAnswerAvCall:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentAnswerAvCall:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentAnswerAvCall:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentDeclineAvCall": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/components/schemas/AgentCallRef",
  "agent-params:agentDeclineAvCall": "https://livechat-kit.invalid/parameters#/agent-params:agentDeclineAvCall",
  "agent-response:agentDeclineAvCall:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentDeclineAvCall:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentDeclineAvCall:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentDeclineAvCall:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentDeclineAvCall:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentDeclineAvCall:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentSendAvSignal": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1av~1signals/post/requestBody/content/application~1json/schema",
  "agent-params:agentSendAvSignal": "https://livechat-kit.invalid/parameters#/agent-params:agentSendAvSignal",
  "agent-response:agentSendAvSignal:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendAvSignal:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendAvSignal:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendAvSignal:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendAvSignal:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendAvSignal:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentPauseAv": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1av~1pause/post/requestBody/content/application~1json/schema",
  "agent-params:agentPauseAv": "https://livechat-kit.invalid/parameters#/agent-params:agentPauseAv",
  "agent-response:agentPauseAv:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentPauseAv:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentPauseAv:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentPauseAv:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentPauseAv:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentPauseAv:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentEndAvCall": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/components/schemas/AgentCallRef",
  "agent-params:agentEndAvCall": "https://livechat-kit.invalid/parameters#/agent-params:agentEndAvCall",
  "agent-response:agentEndAvCall:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndAvCall:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndAvCall:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndAvCall:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndAvCall:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndAvCall:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentSendCobrowseSignal": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1cobrowse~1signals/post/requestBody/content/application~1json/schema",
  "agent-params:agentSendCobrowseSignal": "https://livechat-kit.invalid/parameters#/agent-params:agentSendCobrowseSignal",
  "agent-response:agentSendCobrowseSignal:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseSignal:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseSignal:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseSignal:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseSignal:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseSignal:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentSendCobrowseControlValue": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1cobrowse~1control-values/post/requestBody/content/application~1json/schema",
  "agent-params:agentSendCobrowseControlValue": "https://livechat-kit.invalid/parameters#/agent-params:agentSendCobrowseControlValue",
  "agent-response:agentSendCobrowseControlValue:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseControlValue:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseControlValue:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseControlValue:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseControlValue:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseControlValue:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentSendCobrowseAnnotation": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1cobrowse~1annotations/post/requestBody/content/application~1json/schema",
  "agent-params:agentSendCobrowseAnnotation": "https://livechat-kit.invalid/parameters#/agent-params:agentSendCobrowseAnnotation",
  "agent-response:agentSendCobrowseAnnotation:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseAnnotation:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseAnnotation:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseAnnotation:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseAnnotation:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentSendCobrowseAnnotation:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:agentEndCobrowse": "https://livechat-kit.invalid/spec/agent/openapi.yaml#/paths/~1tetherfi~1agent~1chats~1{sid}~1cobrowse~1end/post/requestBody/content/application~1json/schema",
  "agent-params:agentEndCobrowse": "https://livechat-kit.invalid/parameters#/agent-params:agentEndCobrowse",
  "agent-response:agentEndCobrowse:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndCobrowse:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndCobrowse:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndCobrowse:409": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndCobrowse:410": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:agentEndCobrowse:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-request:setTestConditions": "https://livechat-kit.invalid/spec/agent/schemas.yaml#/TestConditions",
  "agent-response:setTestConditions:200": "https://livechat-kit.invalid/spec/agent/schemas.yaml#/TestConditions",
  "agent-response:setTestConditions:400": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:setTestConditions:403": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:setTestConditions:404": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-response:setTestConditions:429": "https://livechat-kit.invalid/spec/schemas/Problem.yaml#/",
  "agent-event:ChatQueued": "https://livechat-kit.invalid/spec/agent/events/routing.yaml#/ChatQueued/payload",
  "agent-event:ChatOffered": "https://livechat-kit.invalid/spec/agent/events/routing.yaml#/ChatOffered/payload",
  "agent-event:ChatAssigned": "https://livechat-kit.invalid/spec/agent/events/routing.yaml#/ChatAssigned/payload",
  "agent-event:ChatEnded": "https://livechat-kit.invalid/spec/agent/events/routing.yaml#/ChatEnded/payload",
  "agent-event:CallbackRequested": "https://livechat-kit.invalid/spec/agent/events/routing.yaml#/CallbackRequested/payload",
  "agent-event:ConferenceAgentLeft": "https://livechat-kit.invalid/spec/agent/events/routing.yaml#/ConferenceAgentLeft/payload",
  "agent-event:CustomerPageState": "https://livechat-kit.invalid/spec/agent/events/routing.yaml#/CustomerPageState/payload",
  "agent-event:CustomerMessage": "https://livechat-kit.invalid/spec/agent/events/conversation.yaml#/CustomerMessage/payload",
  "agent-event:CustomerAppMessage": "https://livechat-kit.invalid/spec/agent/events/conversation.yaml#/CustomerAppMessage/payload",
  "agent-event:CustomerTyping": "https://livechat-kit.invalid/spec/agent/events/conversation.yaml#/CustomerTyping/payload",
  "agent-event:FileUploaded": "https://livechat-kit.invalid/spec/agent/events/conversation.yaml#/FileUploaded/payload",
  "agent-event:AvCallRequested": "https://livechat-kit.invalid/spec/agent/events/av.yaml#/AvCallRequested/payload",
  "agent-event:AvSignal": "https://livechat-kit.invalid/spec/agent/events/av.yaml#/AvSignal/payload",
  "agent-event:AvMediaStateChanged": "https://livechat-kit.invalid/spec/agent/events/av.yaml#/AvMediaStateChanged/payload",
  "agent-event:AvCallEnded": "https://livechat-kit.invalid/spec/agent/events/av.yaml#/AvCallEnded/payload",
  "agent-event:CobrowseStarted": "https://livechat-kit.invalid/spec/agent/events/cobrowse.yaml#/CobrowseStarted/payload",
  "agent-event:CobrowseSignal": "https://livechat-kit.invalid/spec/agent/events/cobrowse.yaml#/CobrowseSignal/payload",
  "agent-event:CobrowseControlValueChanged": "https://livechat-kit.invalid/spec/agent/events/cobrowse.yaml#/CobrowseControlValueChanged/payload",
  "agent-event:CobrowsePointer": "https://livechat-kit.invalid/spec/agent/events/cobrowse.yaml#/CobrowsePointer/payload",
  "agent-event:CobrowseAnnotation": "https://livechat-kit.invalid/spec/agent/events/cobrowse.yaml#/CobrowseAnnotation/payload",
  "agent-event:CobrowseEnded": "https://livechat-kit.invalid/spec/agent/events/cobrowse.yaml#/CobrowseEnded/payload",
  "agent-event:Heartbeat": "https://livechat-kit.invalid/spec/agent/events/system.yaml#/Heartbeat/payload"
} as const;

export type ValidatorKey = keyof typeof schemaRefs;

/** The keys whose values come from a URL or headers, as strings. */
const fromStrings = /^(agent-)?(params|query|headers):/;

function contractAjv(options: Options): Ajv2020 {
  // strict: false because OpenAPI and x-livechat-* keywords sit beside JSON Schema's.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, ...options });
  addFormats(ajv);
  for (const [id, file] of Object.entries(files)) ajv.addSchema(file as object, id);
  ajv.addSchema(parameterSchemas, 'https://livechat-kit.invalid/parameters');
  return ajv;
}

/**
 * Validators of the contract, compiled on first use. The params:, query: and headers: ones convert the
 * strings they get to their schemas' types, in place (Ajv coerceTypes, on an instance of their own so that
 * bodies and events stay strict): validate the object the framework parsed, then read typed values from it.
 */
export function createValidators(): (key: ValidatorKey) => ValidateFunction {
  const strict = contractAjv({});
  let coercing: Ajv2020 | undefined;
  const compiled = new Map<ValidatorKey, ValidateFunction>();
  return (key) => {
    let validate = compiled.get(key);
    if (validate === undefined) {
      const ajv = fromStrings.test(key) ? (coercing ??= contractAjv({ coerceTypes: true })) : strict;
      validate = ajv.compile({ $ref: schemaRefs[key] });
      compiled.set(key, validate);
    }
    return validate;
  };
}
