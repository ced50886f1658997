// generated from spec/openapi.yaml by `npm run generate` (generators/generate.ts), do not edit
/** Every operation of spec/openapi.yaml: method, path and what the contract says about it. */
export const operations = {
  "getStatus": {
    "method": "GET",
    "path": "/tetherfi/livechat/status",
    "functions": [
      "SystemStatusCheck"
    ],
    "section": "System status check",
    "internal": true,
    "statuses": [
      200
    ],
    "security": "none"
  },
  "slog": {
    "method": "POST",
    "path": "/tetherfi/livechat/slog",
    "functions": [
      "slog"
    ],
    "section": "Log to server",
    "signature": [
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
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "RateLimited",
      "ServerInternalConnectivityError",
      "UnexpectedError"
    ],
    "statuses": [
      204,
      400,
      403,
      429,
      500,
      503
    ]
  },
  "getLivechatScript": {
    "method": "GET",
    "path": "/tetherfi/livechat/livechat.js",
    "functions": [
      "Scripts"
    ],
    "section": "Scripts",
    "internal": true,
    "supplied": [
      {
        "path": "query.multichat",
        "from": "surface"
      }
    ],
    "errors": [
      "InvalidRequest"
    ],
    "statuses": [
      200,
      400
    ],
    "security": "none"
  },
  "getLibtextchatScript": {
    "method": "GET",
    "path": "/tetherfi/livechat/libtextchat.js",
    "functions": [
      "Scripts"
    ],
    "section": "Scripts",
    "internal": true,
    "supplied": [
      {
        "path": "query.multichat",
        "from": "surface"
      }
    ],
    "errors": [
      "InvalidRequest"
    ],
    "statuses": [
      200,
      400
    ],
    "security": "none"
  },
  "getClientLogScript": {
    "method": "GET",
    "path": "/tetherfi/livechat/interface/__clientlog.js",
    "functions": [
      "Scripts"
    ],
    "section": "Scripts",
    "internal": true,
    "statuses": [
      200
    ],
    "security": "none"
  },
  "getAdaptorScript": {
    "method": "GET",
    "path": "/tetherfi/adaptor.mini.js",
    "functions": [
      "Scripts"
    ],
    "section": "Scripts",
    "internal": true,
    "statuses": [
      200
    ],
    "security": "none"
  },
  "getLivechatVideoScript": {
    "method": "GET",
    "path": "/tetherfi/livechat_video.mini.js",
    "functions": [
      "Scripts"
    ],
    "section": "Scripts",
    "internal": true,
    "statuses": [
      200
    ],
    "security": "none"
  },
  "getCobrowseScript": {
    "method": "GET",
    "path": "/tetherfi/cobrowse/tetherfi-cobrowse.min.js",
    "functions": [
      "Scripts"
    ],
    "section": "Design Diagram for Screen-sharing",
    "internal": true,
    "statuses": [
      200
    ],
    "security": "none"
  },
  "getCobrowseScriptAlias": {
    "method": "GET",
    "path": "/tetherfi/Scripts/tetherfi-cobrowse.min.js",
    "functions": [
      "Scripts"
    ],
    "section": "Design Diagram for Screen-sharing",
    "internal": true,
    "statuses": [
      200
    ],
    "security": "none"
  },
  "getCobrowsePluginsScript": {
    "method": "GET",
    "path": "/tetherfi/Scripts/tetherfi-cobrowse-plugins.min.js",
    "functions": [
      "Scripts"
    ],
    "section": "Design Diagram for Screen-sharing",
    "internal": true,
    "statuses": [
      200
    ],
    "security": "none"
  },
  "getCobrowseConfigurationsScript": {
    "method": "GET",
    "path": "/tetherfi/Scripts/cobrowse-configurations.js",
    "functions": [
      "Scripts"
    ],
    "section": "Design Diagram for Screen-sharing",
    "internal": true,
    "statuses": [
      200
    ],
    "security": "none"
  },
  "getCobrowseStyles": {
    "method": "GET",
    "path": "/tetherfi/Styles/tetherfi-cobrowse.min.css",
    "functions": [
      "Scripts"
    ],
    "section": "Design Diagram for Screen-sharing",
    "internal": true,
    "statuses": [
      200
    ],
    "security": "none"
  },
  "getFontawesomeStyles": {
    "method": "GET",
    "path": "/tetherfi/Styles/fontawesome-all.min.css",
    "functions": [
      "Scripts"
    ],
    "section": "Design Diagram for Screen-sharing",
    "internal": true,
    "statuses": [
      200
    ],
    "security": "none"
  },
  "getAccessToken": {
    "method": "POST",
    "path": "/tetherfi/livechat/access-token",
    "functions": [
      "GetAccessToken"
    ],
    "section": "Basic Communication Functions",
    "signature": [
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
    "errors": [
      "RateLimited",
      "ServerInternalConnectivityError",
      "UnexpectedError"
    ],
    "statuses": [
      200,
      429,
      500,
      503
    ]
  },
  "openChats": {
    "method": "POST",
    "path": "/tetherfi/livechat/open",
    "functions": [
      "Open"
    ],
    "section": "Basic Communication Functions",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "RateLimited",
      "ServerInternalConnectivityError",
      "UnexpectedError"
    ],
    "statuses": [
      200,
      400,
      403,
      429,
      500,
      503
    ]
  },
  "closePage": {
    "method": "POST",
    "path": "/tetherfi/livechat/close",
    "functions": [
      "Close"
    ],
    "section": "Basic Communication Functions",
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "RateLimited",
      "ServerInternalConnectivityError",
      "UnexpectedError"
    ],
    "statuses": [
      204,
      400,
      403,
      429,
      500,
      503
    ]
  },
  "startChat": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats",
    "functions": [
      "Start"
    ],
    "section": "Basic Communication Functions",
    "signature": [
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
    "multichat": {
      "append": [
        {
          "name": "clientId",
          "path": "body.clientId"
        }
      ]
    },
    "supplied": [
      {
        "path": "body.clientId",
        "from": "generated"
      },
      {
        "path": "body.multichat",
        "from": "surface"
      }
    ],
    "errors": [
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
    "statuses": [
      200,
      201,
      400,
      403,
      409,
      410,
      422,
      429,
      500,
      502,
      503
    ]
  },
  "endChat": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/end",
    "functions": [
      "End"
    ],
    "section": "Basic Communication Functions",
    "signature": [
      {
        "name": "reason",
        "path": "body.reason",
        "optional": true
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "path.sid",
          "optional": true,
          "extension": true
        }
      ]
    },
    "supplied": [
      {
        "path": "path.sid",
        "from": "chat"
      }
    ],
    "errors": [
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
    "statuses": [
      204,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "openEventStream": {
    "method": "GET",
    "path": "/tetherfi/livechat/events",
    "functions": [
      "Events"
    ],
    "section": "Events",
    "internal": true,
    "supplied": [
      {
        "path": "query.page",
        "from": "page"
      },
      {
        "path": "query.after",
        "from": "stream"
      }
    ],
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "RateLimited",
      "ServerInternalConnectivityError",
      "UnexpectedError"
    ],
    "statuses": [
      200,
      400,
      403,
      429,
      500,
      503
    ]
  },
  "pollEvents": {
    "method": "GET",
    "path": "/tetherfi/livechat/events/poll",
    "functions": [
      "Events"
    ],
    "section": "Events",
    "internal": true,
    "supplied": [
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
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "RateLimited",
      "ServerInternalConnectivityError",
      "UnexpectedError"
    ],
    "statuses": [
      200,
      400,
      403,
      429,
      500,
      503
    ]
  },
  "sendMessage": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/messages",
    "functions": [
      "SendMessage"
    ],
    "section": "Basic Communication Functions",
    "signature": [
      {
        "name": "msg",
        "path": "body.msg"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "path.sid"
        }
      ]
    },
    "supplied": [
      {
        "path": "path.sid",
        "from": "chat"
      },
      {
        "path": "body.clientMessageId",
        "from": "generated"
      }
    ],
    "errors": [
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
    "statuses": [
      200,
      201,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "sendAppMessage": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/app-messages",
    "functions": [
      "SendAppMessage"
    ],
    "section": "Basic Communication Functions",
    "signature": [
      {
        "name": "type",
        "path": "body.type"
      },
      {
        "name": "obj",
        "path": "body.obj"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "path.sid"
        }
      ]
    },
    "supplied": [
      {
        "path": "path.sid",
        "from": "chat"
      },
      {
        "path": "body.clientMessageId",
        "from": "generated"
      }
    ],
    "errors": [
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
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      413,
      429,
      500,
      503
    ]
  },
  "notifyTypingStateChange": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/typing",
    "functions": [
      "NotifyTypingStateChange"
    ],
    "section": "Basic Communication Functions",
    "signature": [
      {
        "name": "state",
        "path": "body.state"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "path.sid"
        }
      ]
    },
    "supplied": [
      {
        "path": "path.sid",
        "from": "chat"
      }
    ],
    "errors": [
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
    "statuses": [
      204,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "requestCallback": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/callback",
    "functions": [
      "RequestCallback"
    ],
    "section": "Basic Communication Functions",
    "signature": [
      {
        "name": "contact",
        "path": "body.contact"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "path.sid",
          "optional": true,
          "extension": true
        }
      ]
    },
    "supplied": [
      {
        "path": "path.sid",
        "from": "chat"
      }
    ],
    "errors": [
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
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "startAvCall": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/av",
    "functions": [
      "StartAvCall"
    ],
    "section": "Audio - Video Communication Functions",
    "signature": [
      {
        "name": "sid",
        "path": "path.sid"
      }
    ],
    "supplied": [
      {
        "path": "body.audio",
        "from": "config:SetAvConfigs.MediaCapture.audio.enabled"
      },
      {
        "path": "body.video",
        "from": "config:SetAvConfigs.MediaCapture.video.enabled"
      }
    ],
    "errors": [
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
    "statuses": [
      201,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "endAvCall": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/av/end",
    "functions": [
      "EndAvCall"
    ],
    "section": "Audio - Video Communication Functions",
    "supplied": [
      {
        "path": "path.sid",
        "from": "call"
      },
      {
        "path": "body.callId",
        "from": "call"
      }
    ],
    "errors": [
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
    "statuses": [
      204,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "pauseAv": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/av/pause",
    "functions": [
      "Pause"
    ],
    "section": "Audio - Video Communication Functions",
    "signature": [
      {
        "name": "audio",
        "path": "body.audio"
      },
      {
        "name": "video",
        "path": "body.video"
      }
    ],
    "supplied": [
      {
        "path": "path.sid",
        "from": "call"
      },
      {
        "path": "body.callId",
        "from": "call"
      }
    ],
    "errors": [
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
    "statuses": [
      204,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "sendAvSignal": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/av/signals",
    "functions": [
      "StartAvCall"
    ],
    "section": "Audio - Video Communication Functions",
    "internal": true,
    "supplied": [
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
    "errors": [
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
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "startCobrowse": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/cobrowse",
    "functions": [
      "StartCobr"
    ],
    "section": "Co - Browsing Communication Functions",
    "supplied": [
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
    "errors": [
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
    "statuses": [
      201,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "endCobrowse": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/cobrowse/end",
    "functions": [
      "EndCobr"
    ],
    "section": "Co - Browsing Communication Functions",
    "signature": [
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
    "supplied": [
      {
        "path": "path.sid",
        "from": "cobrowse"
      },
      {
        "path": "body.cobrowseId",
        "from": "cobrowse"
      }
    ],
    "errors": [
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
    "statuses": [
      204,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "sendCobrowseSignal": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/cobrowse/signals",
    "functions": [
      "StartCobr"
    ],
    "section": "Design Diagram for Screen-sharing",
    "internal": true,
    "supplied": [
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
    "errors": [
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
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "sendCobrowseControlValue": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/cobrowse/control-values",
    "functions": [
      "StartCobr"
    ],
    "section": "Co - Browsing Communication Functions",
    "internal": true,
    "supplied": [
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
    "errors": [
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
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "sendCobrowsePointer": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/cobrowse/pointer",
    "functions": [
      "StartCobr"
    ],
    "section": "Co - Browsing Communication Functions",
    "internal": true,
    "supplied": [
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
    "errors": [
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
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "sendCobrowseAnnotation": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/cobrowse/annotations",
    "functions": [
      "StartCobr"
    ],
    "section": "Co - Browsing Communication Functions",
    "internal": true,
    "supplied": [
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
    "errors": [
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
    "statuses": [
      202,
      400,
      403,
      404,
      409,
      410,
      429,
      500,
      503
    ]
  },
  "getCaptchaImage": {
    "method": "GET",
    "path": "/tetherfi/livechat/captcha",
    "functions": [
      "setCaptchaImage",
      "resetCaptchaImage"
    ],
    "section": "Captcha integration",
    "signature": [
      {
        "name": "img",
        "client": true,
        "type": "HTMLImageElement"
      }
    ],
    "supplied": [
      {
        "path": "query.reset",
        "from": "function"
      },
      {
        "path": "query.t",
        "from": "generated"
      }
    ],
    "errors": [
      "InvalidRequest",
      "RateLimited",
      "ServerInternalConnectivityError",
      "UnexpectedError"
    ],
    "statuses": [
      200,
      400,
      429,
      500,
      503
    ]
  },
  "uploadFiles": {
    "method": "POST",
    "path": "/tetherfi/livechat/chats/{sid}/files",
    "functions": [
      "uploadFiles"
    ],
    "section": "File Transfer",
    "signature": [
      {
        "name": "fileList",
        "path": "body.files"
      }
    ],
    "multichat": {
      "append": [
        {
          "name": "Sid",
          "path": "path.sid",
          "optional": true,
          "extension": true
        }
      ]
    },
    "supplied": [
      {
        "path": "path.sid",
        "from": "chat"
      }
    ],
    "errors": [
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
    "statuses": [
      201,
      400,
      403,
      404,
      409,
      410,
      413,
      415,
      429,
      500,
      503
    ]
  },
  "downloadFile": {
    "method": "GET",
    "path": "/tetherfi/livechat/chats/{sid}/files/{fileName}",
    "functions": [
      "prepareDownloadURL"
    ],
    "section": "File Transfer",
    "returns": "url",
    "signature": [
      {
        "name": "fileName",
        "path": "path.fileName"
      }
    ],
    "supplied": [
      {
        "path": "path.sid",
        "from": "chat"
      }
    ],
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "NoSessionFound",
      "FileNotFound",
      "RateLimited",
      "ServerInternalConnectivityError",
      "UnexpectedError"
    ],
    "statuses": [
      200,
      400,
      403,
      404,
      429,
      500,
      503
    ]
  },
  "createCampaignContact": {
    "method": "POST",
    "path": "/tetherfi/livechat/campaign-contacts",
    "functions": [
      "CreateCampaignContact"
    ],
    "section": "Create Campaign Contact",
    "signature": [
      {
        "name": "data",
        "path": "body"
      }
    ],
    "errors": [
      "InvalidRequest",
      "CookiesDisabled",
      "AccessTokenInvalid",
      "PayloadTooLarge",
      "RateLimited",
      "ServerInternalConnectivityError",
      "UnexpectedError"
    ],
    "statuses": [
      201,
      400,
      403,
      413,
      429,
      500,
      503
    ]
  }
} as const;

export type OperationId = keyof typeof operations;
