// generated from spec/asyncapi.yaml by `npm run generate` (generators/generate.ts), do not edit
/** For each operation, the events a deployment answers it with when all goes well (x-livechat-follows), by delay. */
export const reactions = {
  "endChat": [
    {
      "event": "OnEnd",
      "afterMs": 0
    }
  ],
  "requestCallback": [
    {
      "event": "OnCallbackRequestStatus",
      "afterMs": 300
    }
  ],
  "sendMessage": [
    {
      "event": "OnEcho",
      "afterMs": 0
    }
  ],
  "startChat": [
    {
      "event": "OnCallQueued",
      "afterMs": 300
    },
    {
      "event": "OnRemoteUserConnected",
      "afterMs": 2500
    }
  ],
  "uploadFiles": [
    {
      "event": "OnUploadComplete",
      "afterMs": 0
    }
  ]
} as const;

export type ReactingOperation = keyof typeof reactions;

/** The first example of every message the server sends: the payload the mock fills in. */
export const examples = {
  "OnEnd": {
    "seq": 20,
    "event": "OnEnd",
    "time": "2026-11-25T10:20:00.000Z",
    "sid": "c_7Hq2LxVbN4",
    "clientId": "support-1",
    "data": {
      "initiator": "client",
      "reason": "customer closed the chat"
    }
  },
  "OnInternalServerError": {
    "event": "OnInternalServerError",
    "sid": "c_7Hq2LxVbN4",
    "data": {
      "errorCode": "UnOpenedSessionNotAllowed"
    }
  },
  "Heartbeat": {
    "event": "Heartbeat",
    "time": "2026-11-25T10:15:33.120Z",
    "latestSeq": 13
  },
  "Resync": {
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
  },
  "ChatStarted": {
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
  },
  "OnCallQueued": {
    "seq": 1,
    "event": "OnCallQueued",
    "time": "2026-11-25T10:15:31.000Z",
    "sid": "c_7Hq2LxVbN4",
    "clientId": "support-1",
    "data": {
      "queuePosition": 3,
      "estimatedWaitMs": 60000
    }
  },
  "OnRemoteUserConnected": {
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
  },
  "OnSystemNotification": {
    "seq": 2,
    "event": "OnSystemNotification",
    "time": "2026-11-25T10:15:31.500Z",
    "sid": "c_7Hq2LxVbN4",
    "clientId": "support-1",
    "data": {
      "reasonCode": "NoStaffedAgents",
      "callbackRecorded": true
    }
  },
  "OnCallbackRequestStatus": {
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
  },
  "OnConferenceUserLeft": {
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
  },
  "OnMessageReceived": {
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
  },
  "OnEcho": {
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
  },
  "OnTypingStateChanged": {
    "seq": 5,
    "event": "OnTypingStateChanged",
    "time": "2026-11-25T10:15:50.000Z",
    "sid": "c_7Hq2LxVbN4",
    "clientId": "support-1",
    "data": {
      "state": 0,
      "agentId": "agent-7"
    }
  },
  "OnAppMessageReceived": {
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
  },
  "OnHistoryReceived": {
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
  },
  "OnUploadComplete": {
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
  },
  "AvSignal": {
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
  },
  "AvMediaStateChanged": {
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
  },
  "AvCallEnded": {
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
  },
  "CobrSignal": {
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
  },
  "CobrControlValueChanged": {
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
  },
  "CobrAnnotation": {
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
  },
  "CobrEnded": {
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
} as const;

export type ServerEvent = keyof typeof examples;
