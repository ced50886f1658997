// generated from spec/agent/asyncapi.yaml by `npm run generate` (generators/generate.ts), do not edit
/** Every message of spec/agent/asyncapi.yaml: who raises it, on which channel, and its handler's parameters. */
export const events = {
  "ChatQueued": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "ChatOffered": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "ChatAssigned": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "ChatEnded": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "CallbackRequested": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
      {
        "name": "sid",
        "path": "sid"
      },
      {
        "name": "contact",
        "path": "data.contact"
      }
    ]
  },
  "ConferenceAgentLeft": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "CustomerPageState": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "CustomerMessage": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "CustomerAppMessage": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "CustomerTyping": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
      {
        "name": "sid",
        "path": "sid"
      },
      {
        "name": "state",
        "path": "data.state"
      }
    ]
  },
  "FileUploaded": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
      {
        "name": "sid",
        "path": "sid"
      },
      {
        "name": "file",
        "path": "data.file"
      }
    ]
  },
  "AvCallRequested": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "AvSignal": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "AvMediaStateChanged": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "AvCallEnded": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "CobrowseStarted": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "CobrowseSignal": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "CobrowseControlValueChanged": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "CobrowsePointer": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "CobrowseAnnotation": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "CobrowseEnded": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface",
    "signature": [
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
    ]
  },
  "Heartbeat": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "agentEvents"
    ],
    "section": "Agent test interface"
  }
} as const;

export type EventName = keyof typeof events;
