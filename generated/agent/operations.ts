// generated from spec/agent/openapi.yaml by `npm run generate` (generators/generate.ts), do not edit
/** Every operation of spec/agent/openapi.yaml: method, path, error codes and statuses. */
export const operations = {
  "agentLogin": {
    "method": "POST",
    "path": "/tetherfi/agent/login",
    "functions": [
      "AgentLogin"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "AccessTokenInvalid",
      "RateLimited",
      "ServerInternalConnectivityError"
    ],
    "statuses": [
      200,
      400,
      403,
      429,
      503
    ],
    "security": "none"
  },
  "agentLogout": {
    "method": "POST",
    "path": "/tetherfi/agent/logout",
    "functions": [
      "AgentLogout"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "RateLimited"
    ],
    "statuses": [
      204,
      400,
      403,
      429
    ]
  },
  "agentReady": {
    "method": "POST",
    "path": "/tetherfi/agent/ready",
    "functions": [
      "AgentReady"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "RateLimited"
    ],
    "statuses": [
      204,
      400,
      403,
      429
    ]
  },
  "getAgentQueue": {
    "method": "GET",
    "path": "/tetherfi/agent/queue",
    "functions": [
      "AgentQueue"
    ],
    "section": "Agent test interface",
    "errors": [
      "CookiesDisabled",
      "RateLimited"
    ],
    "statuses": [
      200,
      400,
      429
    ]
  },
  "openAgentEventStream": {
    "method": "GET",
    "path": "/tetherfi/agent/events",
    "functions": [
      "AgentEvents"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "RateLimited",
      "ServerInternalConnectivityError"
    ],
    "statuses": [
      200,
      400,
      429,
      503
    ]
  },
  "acceptChat": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/accept",
    "functions": [
      "AcceptChat"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      200,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "agentSendMessage": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/messages",
    "functions": [
      "AgentSendMessage"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "AlreadyEndedSession",
      "RateLimited",
      "TranscriptFull"
    ],
    "statuses": [
      200,
      201,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "agentSendAppMessage": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/app-messages",
    "functions": [
      "AgentSendAppMessage"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "AlreadyEndedSession",
      "RateLimited",
      "PayloadTooLarge"
    ],
    "statuses": [
      202,
      400,
      403,
      404,
      410,
      413,
      429
    ]
  },
  "agentTyping": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/typing",
    "functions": [
      "AgentTyping"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      204,
      400,
      403,
      404,
      410,
      429
    ]
  },
  "transferChat": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/transfer",
    "functions": [
      "TransferChat"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "inviteToConference": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/conference",
    "functions": [
      "InviteToConference"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "leaveConference": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/conference/leave",
    "functions": [
      "LeaveConference"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      204,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "agentRequestCallback": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/callback",
    "functions": [
      "AgentRequestCallback"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      202,
      400,
      403,
      404,
      410,
      429
    ]
  },
  "agentSendHistory": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/history",
    "functions": [
      "AgentSendHistory"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "AlreadyEndedSession",
      "RateLimited",
      "PayloadTooLarge"
    ],
    "statuses": [
      202,
      400,
      403,
      404,
      410,
      413,
      429
    ]
  },
  "agentEndChat": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/end",
    "functions": [
      "AgentEndChat"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      204,
      400,
      403,
      404,
      410,
      429
    ]
  },
  "agentAnswerAvCall": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/av/answer",
    "functions": [
      "AgentAnswerAvCall"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      204,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "agentDeclineAvCall": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/av/decline",
    "functions": [
      "AgentDeclineAvCall"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      204,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "agentSendAvSignal": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/av/signals",
    "functions": [
      "AgentAnswerAvCall"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "agentPauseAv": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/av/pause",
    "functions": [
      "AgentPauseAv"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      204,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "agentEndAvCall": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/av/end",
    "functions": [
      "AgentEndAvCall"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      204,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "agentSendCobrowseSignal": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/cobrowse/signals",
    "functions": [
      "AgentCobrowse"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "agentSendCobrowseControlValue": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/cobrowse/control-values",
    "functions": [
      "AgentCobrowse"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "agentSendCobrowseAnnotation": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/cobrowse/annotations",
    "functions": [
      "AgentCobrowse"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "agentEndCobrowse": {
    "method": "POST",
    "path": "/tetherfi/agent/chats/{sid}/cobrowse/end",
    "functions": [
      "AgentEndCobr"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "InvalidSessionState",
      "AlreadyEndedSession",
      "RateLimited"
    ],
    "statuses": [
      204,
      400,
      403,
      404,
      409,
      410,
      429
    ]
  },
  "setTestConditions": {
    "method": "PUT",
    "path": "/tetherfi/agent/test/conditions",
    "functions": [
      "SetTestConditions"
    ],
    "section": "Agent test interface",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NotFound",
      "RateLimited"
    ],
    "statuses": [
      200,
      400,
      403,
      404,
      429
    ]
  }
} as const;

export type OperationId = keyof typeof operations;
