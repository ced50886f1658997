// generated from spec/asyncapi.yaml by `npm run generate` (generators/generate.ts), do not edit
/** Every message of spec/asyncapi.yaml: who raises it, on which channel, and its handler's parameters. */
export const events = {
  "OnEnd": {
    "raisedBy": [
      "server",
      "client"
    ],
    "channels": [
      "eventStream",
      "clientLibrary"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "initiator",
        "path": "data.initiator"
      },
      {
        "name": "reason",
        "path": "data.reason"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid"
        }
      ]
    }
  },
  "OnInternalServerError": {
    "raisedBy": [
      "server",
      "client"
    ],
    "channels": [
      "eventStream",
      "clientLibrary"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "errorCode",
        "path": "data.errorCode"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid",
          "optional": true,
          "extension": true
        }
      ]
    }
  },
  "Heartbeat": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "System status check",
    "internal": true
  },
  "Resync": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Communication model for floating web-chat",
    "internal": true,
    "signature": [
      {
        "name": "sessions",
        "path": "data.sessions"
      }
    ]
  },
  "ChatStarted": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Multi-chat Functionality",
    "internal": true
  },
  "OnCallQueued": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Events",
    "delivery": "starting-page",
    "signature": [
      {
        "name": "queuePosition",
        "path": "data.queuePosition"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid"
        }
      ]
    }
  },
  "OnRemoteUserConnected": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Events",
    "signature": [
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
    "multichat": {
      "append": [
        {
          "name": "clientId",
          "path": "clientId"
        }
      ]
    }
  },
  "OnSystemNotification": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "reasonCode",
        "path": "data.reasonCode"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid",
          "extension": true
        }
      ]
    },
    "synonyms": [
      "OnCallbackAutoRegistered"
    ]
  },
  "OnCallbackRequestStatus": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "isCustomerReq",
        "path": "data.isCustomerReq"
      },
      {
        "name": "status",
        "path": "data.status"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid"
        }
      ]
    }
  },
  "OnConferenceUserLeft": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "agent",
        "path": "data.agent"
      },
      {
        "name": "msg",
        "path": "data.msg"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid"
        }
      ]
    }
  },
  "OnMessageReceived": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "msg",
        "path": "data.msg"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid"
        }
      ]
    }
  },
  "OnEcho": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "msg",
        "path": "data.msg"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid"
        }
      ]
    }
  },
  "OnTypingStateChanged": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "state",
        "path": "data.state"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid"
        }
      ]
    }
  },
  "OnAppMessageReceived": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "agent",
        "path": "data.agent"
      },
      {
        "name": "msg",
        "path": "data.msg"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid"
        }
      ]
    }
  },
  "OnHistoryReceived": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "history",
        "path": "data.history"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid"
        }
      ]
    }
  },
  "OnUploadComplete": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "response",
        "path": "data.response"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid",
          "extension": true
        }
      ]
    }
  },
  "AvSignal": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Audio - Video Communication Functions",
    "internal": true
  },
  "AvMediaStateChanged": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Audio - Video Communication Functions",
    "internal": true
  },
  "AvCallEnded": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Audio - Video Communication Functions",
    "internal": true
  },
  "CobrSignal": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Design Diagram for Screen-sharing",
    "internal": true
  },
  "CobrControlValueChanged": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Co - Browsing Communication Functions",
    "internal": true
  },
  "CobrAnnotation": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Co - Browsing Communication Functions",
    "internal": true
  },
  "CobrEnded": {
    "raisedBy": [
      "server"
    ],
    "channels": [
      "eventStream"
    ],
    "section": "Co - Browsing Communication Functions",
    "internal": true
  },
  "OnStartSuccess": {
    "raisedBy": [
      "client"
    ],
    "channels": [
      "clientLibrary"
    ],
    "section": "Events",
    "multichat": {
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
    }
  },
  "OnStartFailed": {
    "raisedBy": [
      "client"
    ],
    "channels": [
      "clientLibrary"
    ],
    "section": "Events",
    "signature": [
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
    "multichat": {
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
    }
  },
  "OnOpenSuccess": {
    "raisedBy": [
      "client"
    ],
    "channels": [
      "clientLibrary"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "Session",
        "path": "data.sessions.0"
      }
    ],
    "multichat": {
      "signature": [
        {
          "name": "Session",
          "path": "data.sessions"
        }
      ]
    }
  },
  "OnOpenFailed": {
    "raisedBy": [
      "client"
    ],
    "channels": [
      "clientLibrary"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "errorCode",
        "path": "data.errorCode"
      },
      {
        "name": "code",
        "path": "data.code",
        "extension": true
      }
    ]
  },
  "OnServerStateChanged": {
    "raisedBy": [
      "client"
    ],
    "channels": [
      "clientLibrary"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "state",
        "path": "data.state"
      }
    ]
  },
  "OnCallbackAutoRegistered": {
    "raisedBy": [
      "client"
    ],
    "channels": [
      "clientLibrary"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "reasonCode",
        "path": "data.reasonCode"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "sid"
        }
      ]
    },
    "synonymOf": "OnSystemNotification"
  },
  "OnResetCaptcha": {
    "raisedBy": [
      "client"
    ],
    "channels": [
      "clientLibrary"
    ],
    "section": "Events"
  },
  "OnCampaignContactCreated": {
    "raisedBy": [
      "client"
    ],
    "channels": [
      "clientLibrary"
    ],
    "section": "Events",
    "signature": [
      {
        "name": "response",
        "path": "data.response"
      }
    ]
  }
} as const;

export type EventName = keyof typeof events;
