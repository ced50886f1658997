// generated from spec/openapi.yaml and spec/asyncapi.yaml by `npm run generate` (generators/generate.ts), do not edit
/** Every case of the conformance suite, generated from the contract. */
export const cases = [
  {
    "id": "operation:getStatus",
    "title": "GET /tetherfi/livechat/status answers as the contract says",
    "covers": [
      "operation:getStatus"
    ],
    "section": "System status check",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getStatus",
    "title": "getStatus answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getStatus"
    ],
    "section": "System status check",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "operation:slog",
    "title": "POST /tetherfi/livechat/slog answers as the contract says",
    "covers": [
      "operation:slog"
    ],
    "section": "Log to server",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:slog",
    "title": "slog answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:slog"
    ],
    "section": "Log to server",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:slog:InvalidRequest",
    "title": "slog answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:slog",
      "error:InvalidRequest"
    ],
    "section": "Log to server",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:slog:CookiesDisabled",
    "title": "slog answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:slog",
      "error:CookiesDisabled"
    ],
    "section": "Log to server",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:slog:AccessTokenInvalid",
    "title": "slog answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:slog",
      "error:AccessTokenInvalid"
    ],
    "section": "Log to server",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:slog:RateLimited",
    "title": "slog answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:slog",
      "error:RateLimited"
    ],
    "section": "Log to server",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "error:slog:ServerInternalConnectivityError",
    "title": "slog answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:slog",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Log to server",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:slog:UnexpectedError",
    "title": "slog answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:slog",
      "error:UnexpectedError"
    ],
    "section": "Log to server",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "operation:getLivechatScript",
    "title": "GET /tetherfi/livechat/livechat.js answers as the contract says",
    "covers": [
      "operation:getLivechatScript"
    ],
    "section": "Scripts",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getLivechatScript",
    "title": "getLivechatScript answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getLivechatScript"
    ],
    "section": "Scripts",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:getLivechatScript:InvalidRequest",
    "title": "getLivechatScript answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:getLivechatScript",
      "error:InvalidRequest"
    ],
    "section": "Scripts",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "operation:getLibtextchatScript",
    "title": "GET /tetherfi/livechat/libtextchat.js answers as the contract says",
    "covers": [
      "operation:getLibtextchatScript"
    ],
    "section": "Scripts",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getLibtextchatScript",
    "title": "getLibtextchatScript answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getLibtextchatScript"
    ],
    "section": "Scripts",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:getLibtextchatScript:InvalidRequest",
    "title": "getLibtextchatScript answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:getLibtextchatScript",
      "error:InvalidRequest"
    ],
    "section": "Scripts",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "operation:getClientLogScript",
    "title": "GET /tetherfi/livechat/interface/__clientlog.js answers as the contract says",
    "covers": [
      "operation:getClientLogScript"
    ],
    "section": "Scripts",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getClientLogScript",
    "title": "getClientLogScript answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getClientLogScript"
    ],
    "section": "Scripts",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "operation:getAdaptorScript",
    "title": "GET /tetherfi/adaptor.mini.js answers as the contract says",
    "covers": [
      "operation:getAdaptorScript"
    ],
    "section": "Scripts",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getAdaptorScript",
    "title": "getAdaptorScript answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getAdaptorScript"
    ],
    "section": "Scripts",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "operation:getLivechatVideoScript",
    "title": "GET /tetherfi/livechat_video.mini.js answers as the contract says",
    "covers": [
      "operation:getLivechatVideoScript"
    ],
    "section": "Scripts",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getLivechatVideoScript",
    "title": "getLivechatVideoScript answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getLivechatVideoScript"
    ],
    "section": "Scripts",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "operation:getCobrowseScript",
    "title": "GET /tetherfi/cobrowse/tetherfi-cobrowse.min.js answers as the contract says",
    "covers": [
      "operation:getCobrowseScript"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getCobrowseScript",
    "title": "getCobrowseScript answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getCobrowseScript"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "operation:getCobrowseScriptAlias",
    "title": "GET /tetherfi/Scripts/tetherfi-cobrowse.min.js answers as the contract says",
    "covers": [
      "operation:getCobrowseScriptAlias"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getCobrowseScriptAlias",
    "title": "getCobrowseScriptAlias answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getCobrowseScriptAlias"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "operation:getCobrowsePluginsScript",
    "title": "GET /tetherfi/Scripts/tetherfi-cobrowse-plugins.min.js answers as the contract says",
    "covers": [
      "operation:getCobrowsePluginsScript"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getCobrowsePluginsScript",
    "title": "getCobrowsePluginsScript answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getCobrowsePluginsScript"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "operation:getCobrowseConfigurationsScript",
    "title": "GET /tetherfi/Scripts/cobrowse-configurations.js answers as the contract says",
    "covers": [
      "operation:getCobrowseConfigurationsScript"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getCobrowseConfigurationsScript",
    "title": "getCobrowseConfigurationsScript answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getCobrowseConfigurationsScript"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "operation:getCobrowseStyles",
    "title": "GET /tetherfi/Styles/tetherfi-cobrowse.min.css answers as the contract says",
    "covers": [
      "operation:getCobrowseStyles"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getCobrowseStyles",
    "title": "getCobrowseStyles answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getCobrowseStyles"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "operation:getFontawesomeStyles",
    "title": "GET /tetherfi/Styles/fontawesome-all.min.css answers as the contract says",
    "covers": [
      "operation:getFontawesomeStyles"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getFontawesomeStyles",
    "title": "getFontawesomeStyles answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getFontawesomeStyles"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "operation:getAccessToken",
    "title": "POST /tetherfi/livechat/access-token answers as the contract says",
    "covers": [
      "operation:getAccessToken"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:getAccessToken",
    "title": "getAccessToken answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getAccessToken"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:getAccessToken:RateLimited",
    "title": "getAccessToken answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:getAccessToken",
      "error:RateLimited"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "error:getAccessToken:ServerInternalConnectivityError",
    "title": "getAccessToken answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:getAccessToken",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:getAccessToken:UnexpectedError",
    "title": "getAccessToken answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:getAccessToken",
      "error:UnexpectedError"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "operation:openChats",
    "title": "POST /tetherfi/livechat/open answers as the contract says",
    "covers": [
      "operation:openChats"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "floating-chat"
  },
  {
    "id": "input:openChats",
    "title": "openChats answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:openChats"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "floating-chat"
  },
  {
    "id": "error:openChats:InvalidRequest",
    "title": "openChats answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:openChats",
      "error:InvalidRequest"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "floating-chat"
  },
  {
    "id": "error:openChats:CookiesDisabled",
    "title": "openChats answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:openChats",
      "error:CookiesDisabled"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "floating-chat"
  },
  {
    "id": "error:openChats:AccessTokenInvalid",
    "title": "openChats answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:openChats",
      "error:AccessTokenInvalid"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:openChats:RateLimited",
    "title": "openChats answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:openChats",
      "error:RateLimited"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "floating-chat"
  },
  {
    "id": "error:openChats:ServerInternalConnectivityError",
    "title": "openChats answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:openChats",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "floating-chat"
  },
  {
    "id": "error:openChats:UnexpectedError",
    "title": "openChats answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:openChats",
      "error:UnexpectedError"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "floating-chat"
  },
  {
    "id": "operation:closePage",
    "title": "POST /tetherfi/livechat/close answers as the contract says",
    "covers": [
      "operation:closePage"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "floating-chat"
  },
  {
    "id": "input:closePage",
    "title": "closePage answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:closePage"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "floating-chat"
  },
  {
    "id": "error:closePage:InvalidRequest",
    "title": "closePage answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:closePage",
      "error:InvalidRequest"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "floating-chat"
  },
  {
    "id": "error:closePage:CookiesDisabled",
    "title": "closePage answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:closePage",
      "error:CookiesDisabled"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "floating-chat"
  },
  {
    "id": "error:closePage:AccessTokenInvalid",
    "title": "closePage answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:closePage",
      "error:AccessTokenInvalid"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:closePage:RateLimited",
    "title": "closePage answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:closePage",
      "error:RateLimited"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "floating-chat"
  },
  {
    "id": "error:closePage:ServerInternalConnectivityError",
    "title": "closePage answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:closePage",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "floating-chat"
  },
  {
    "id": "error:closePage:UnexpectedError",
    "title": "closePage answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:closePage",
      "error:UnexpectedError"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "floating-chat"
  },
  {
    "id": "operation:startChat",
    "title": "POST /tetherfi/livechat/chats answers as the contract says",
    "covers": [
      "operation:startChat"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:startChat",
    "title": "startChat answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:startChat"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:startChat:StartError",
    "title": "startChat answers StartError as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:StartError"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "error:startChat:ServerInternalConnectivityError",
    "title": "startChat answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:startChat:AlreadyStartedAndInSession",
    "title": "startChat answers AlreadyStartedAndInSession as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:AlreadyStartedAndInSession"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:startChat:CookiesDisabled",
    "title": "startChat answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:CookiesDisabled"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:startChat:UnOpenedSessionPerformedStart",
    "title": "startChat answers UnOpenedSessionPerformedStart as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:UnOpenedSessionPerformedStart"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:startChat:CaptchaDoesNotMatch",
    "title": "startChat answers CaptchaDoesNotMatch as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:CaptchaDoesNotMatch"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "captcha"
  },
  {
    "id": "error:startChat:CaptchaNotFound",
    "title": "startChat answers CaptchaNotFound as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:CaptchaNotFound"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "captcha"
  },
  {
    "id": "error:startChat:CaptchaIsEmpty",
    "title": "startChat answers CaptchaIsEmpty as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:CaptchaIsEmpty"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "captcha"
  },
  {
    "id": "error:startChat:MaxConcurrentSessionCountReached",
    "title": "startChat answers MaxConcurrentSessionCountReached as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:MaxConcurrentSessionCountReached"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:startChat:AlreadyEndedSession",
    "title": "startChat answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:AlreadyEndedSession"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:startChat:InvalidRequest",
    "title": "startChat answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:InvalidRequest"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:startChat:AccessTokenInvalid",
    "title": "startChat answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:AccessTokenInvalid"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:startChat:CustomerDetailsRejected",
    "title": "startChat answers CustomerDetailsRejected as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:CustomerDetailsRejected"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:startChat:InvalidSessionState",
    "title": "startChat answers InvalidSessionState as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:InvalidSessionState"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:startChat:RateLimited",
    "title": "startChat answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:RateLimited"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "error:startChat:UnexpectedError",
    "title": "startChat answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:startChat",
      "error:UnexpectedError"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "multichat:startChat:clientId",
    "title": "multilivechat: Start carries clientId",
    "covers": [
      "operation:startChat",
      "multichat:Start"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "operation:endChat",
    "title": "POST /tetherfi/livechat/chats/{sid}/end answers as the contract says",
    "covers": [
      "operation:endChat"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:endChat",
    "title": "endChat answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:endChat"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:endChat:InvalidRequest",
    "title": "endChat answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:endChat",
      "error:InvalidRequest"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:endChat:CookiesDisabled",
    "title": "endChat answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:endChat",
      "error:CookiesDisabled"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:endChat:AccessTokenInvalid",
    "title": "endChat answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:endChat",
      "error:AccessTokenInvalid"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:endChat:NoSessionFound",
    "title": "endChat answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:endChat",
      "error:NoSessionFound"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:endChat:AlreadyEndedSession",
    "title": "endChat answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:endChat",
      "error:AlreadyEndedSession"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:endChat:UnOpenedSessionNotAllowed",
    "title": "endChat answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:endChat",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:endChat:RateLimited",
    "title": "endChat answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:endChat",
      "error:RateLimited"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:endChat:ServerInternalConnectivityError",
    "title": "endChat answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:endChat",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:endChat:UnexpectedError",
    "title": "endChat answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:endChat",
      "error:UnexpectedError"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "multichat:endChat:Sid",
    "title": "multilivechat: End carries Sid",
    "covers": [
      "operation:endChat",
      "multichat:End"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "operation:openEventStream",
    "title": "GET /tetherfi/livechat/events answers as the contract says",
    "covers": [
      "operation:openEventStream"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:openEventStream",
    "title": "openEventStream answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:openEventStream"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:openEventStream:InvalidRequest",
    "title": "openEventStream answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:openEventStream",
      "error:InvalidRequest"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:openEventStream:CookiesDisabled",
    "title": "openEventStream answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:openEventStream",
      "error:CookiesDisabled"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:openEventStream:AccessTokenInvalid",
    "title": "openEventStream answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:openEventStream",
      "error:AccessTokenInvalid"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:openEventStream:RateLimited",
    "title": "openEventStream answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:openEventStream",
      "error:RateLimited"
    ],
    "section": "Events",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "error:openEventStream:ServerInternalConnectivityError",
    "title": "openEventStream answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:openEventStream",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:openEventStream:UnexpectedError",
    "title": "openEventStream answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:openEventStream",
      "error:UnexpectedError"
    ],
    "section": "Events",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "operation:pollEvents",
    "title": "GET /tetherfi/livechat/events/poll answers as the contract says",
    "covers": [
      "operation:pollEvents"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "resilience"
  },
  {
    "id": "input:pollEvents",
    "title": "pollEvents answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:pollEvents"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "resilience"
  },
  {
    "id": "error:pollEvents:InvalidRequest",
    "title": "pollEvents answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:pollEvents",
      "error:InvalidRequest"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "resilience"
  },
  {
    "id": "error:pollEvents:CookiesDisabled",
    "title": "pollEvents answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:pollEvents",
      "error:CookiesDisabled"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "resilience"
  },
  {
    "id": "error:pollEvents:AccessTokenInvalid",
    "title": "pollEvents answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:pollEvents",
      "error:AccessTokenInvalid"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:pollEvents:RateLimited",
    "title": "pollEvents answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:pollEvents",
      "error:RateLimited"
    ],
    "section": "Events",
    "level": "SHOULD",
    "profile": "resilience"
  },
  {
    "id": "error:pollEvents:ServerInternalConnectivityError",
    "title": "pollEvents answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:pollEvents",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "resilience"
  },
  {
    "id": "error:pollEvents:UnexpectedError",
    "title": "pollEvents answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:pollEvents",
      "error:UnexpectedError"
    ],
    "section": "Events",
    "level": "SHOULD",
    "profile": "resilience"
  },
  {
    "id": "operation:sendMessage",
    "title": "POST /tetherfi/livechat/chats/{sid}/messages answers as the contract says",
    "covers": [
      "operation:sendMessage"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:sendMessage",
    "title": "sendMessage answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:sendMessage"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendMessage:InvalidRequest",
    "title": "sendMessage answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:sendMessage",
      "error:InvalidRequest"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendMessage:CookiesDisabled",
    "title": "sendMessage answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:sendMessage",
      "error:CookiesDisabled"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendMessage:AccessTokenInvalid",
    "title": "sendMessage answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:sendMessage",
      "error:AccessTokenInvalid"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:sendMessage:NoSessionFound",
    "title": "sendMessage answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:sendMessage",
      "error:NoSessionFound"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendMessage:AlreadyEndedSession",
    "title": "sendMessage answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:sendMessage",
      "error:AlreadyEndedSession"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendMessage:UnOpenedSessionNotAllowed",
    "title": "sendMessage answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:sendMessage",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendMessage:RateLimited",
    "title": "sendMessage answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:sendMessage",
      "error:RateLimited"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendMessage:TranscriptFull",
    "title": "sendMessage answers TranscriptFull as application/problem+json when it applies",
    "covers": [
      "operation:sendMessage",
      "error:TranscriptFull"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendMessage:ServerInternalConnectivityError",
    "title": "sendMessage answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:sendMessage",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendMessage:UnexpectedError",
    "title": "sendMessage answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:sendMessage",
      "error:UnexpectedError"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "multichat:sendMessage:Sid",
    "title": "multilivechat: SendMessage carries Sid",
    "covers": [
      "operation:sendMessage",
      "multichat:SendMessage"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "operation:sendAppMessage",
    "title": "POST /tetherfi/livechat/chats/{sid}/app-messages answers as the contract says",
    "covers": [
      "operation:sendAppMessage"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:sendAppMessage",
    "title": "sendAppMessage answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:sendAppMessage"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendAppMessage:InvalidRequest",
    "title": "sendAppMessage answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:sendAppMessage",
      "error:InvalidRequest"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendAppMessage:CookiesDisabled",
    "title": "sendAppMessage answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:sendAppMessage",
      "error:CookiesDisabled"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendAppMessage:AccessTokenInvalid",
    "title": "sendAppMessage answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:sendAppMessage",
      "error:AccessTokenInvalid"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:sendAppMessage:NoSessionFound",
    "title": "sendAppMessage answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:sendAppMessage",
      "error:NoSessionFound"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendAppMessage:AlreadyEndedSession",
    "title": "sendAppMessage answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:sendAppMessage",
      "error:AlreadyEndedSession"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendAppMessage:UnOpenedSessionNotAllowed",
    "title": "sendAppMessage answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:sendAppMessage",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendAppMessage:RateLimited",
    "title": "sendAppMessage answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:sendAppMessage",
      "error:RateLimited"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendAppMessage:PayloadTooLarge",
    "title": "sendAppMessage answers PayloadTooLarge as application/problem+json when it applies",
    "covers": [
      "operation:sendAppMessage",
      "error:PayloadTooLarge"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendAppMessage:ServerInternalConnectivityError",
    "title": "sendAppMessage answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:sendAppMessage",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:sendAppMessage:UnexpectedError",
    "title": "sendAppMessage answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:sendAppMessage",
      "error:UnexpectedError"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "multichat:sendAppMessage:Sid",
    "title": "multilivechat: SendAppMessage carries Sid",
    "covers": [
      "operation:sendAppMessage",
      "multichat:SendAppMessage"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "operation:notifyTypingStateChange",
    "title": "POST /tetherfi/livechat/chats/{sid}/typing answers as the contract says",
    "covers": [
      "operation:notifyTypingStateChange"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "input:notifyTypingStateChange",
    "title": "notifyTypingStateChange answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:notifyTypingStateChange"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:notifyTypingStateChange:InvalidRequest",
    "title": "notifyTypingStateChange answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:notifyTypingStateChange",
      "error:InvalidRequest"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:notifyTypingStateChange:CookiesDisabled",
    "title": "notifyTypingStateChange answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:notifyTypingStateChange",
      "error:CookiesDisabled"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:notifyTypingStateChange:AccessTokenInvalid",
    "title": "notifyTypingStateChange answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:notifyTypingStateChange",
      "error:AccessTokenInvalid"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:notifyTypingStateChange:NoSessionFound",
    "title": "notifyTypingStateChange answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:notifyTypingStateChange",
      "error:NoSessionFound"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:notifyTypingStateChange:AlreadyEndedSession",
    "title": "notifyTypingStateChange answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:notifyTypingStateChange",
      "error:AlreadyEndedSession"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:notifyTypingStateChange:UnOpenedSessionNotAllowed",
    "title": "notifyTypingStateChange answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:notifyTypingStateChange",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:notifyTypingStateChange:RateLimited",
    "title": "notifyTypingStateChange answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:notifyTypingStateChange",
      "error:RateLimited"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:notifyTypingStateChange:ServerInternalConnectivityError",
    "title": "notifyTypingStateChange answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:notifyTypingStateChange",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "error:notifyTypingStateChange:UnexpectedError",
    "title": "notifyTypingStateChange answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:notifyTypingStateChange",
      "error:UnexpectedError"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "core"
  },
  {
    "id": "multichat:notifyTypingStateChange:Sid",
    "title": "multilivechat: NotifyTypingStateChange carries Sid",
    "covers": [
      "operation:notifyTypingStateChange",
      "multichat:NotifyTypingStateChange"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "operation:requestCallback",
    "title": "POST /tetherfi/livechat/chats/{sid}/callback answers as the contract says",
    "covers": [
      "operation:requestCallback"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "input:requestCallback",
    "title": "requestCallback answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:requestCallback"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "error:requestCallback:InvalidRequest",
    "title": "requestCallback answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:requestCallback",
      "error:InvalidRequest"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "error:requestCallback:CookiesDisabled",
    "title": "requestCallback answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:requestCallback",
      "error:CookiesDisabled"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "error:requestCallback:AccessTokenInvalid",
    "title": "requestCallback answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:requestCallback",
      "error:AccessTokenInvalid"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:requestCallback:NoSessionFound",
    "title": "requestCallback answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:requestCallback",
      "error:NoSessionFound"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "error:requestCallback:AlreadyEndedSession",
    "title": "requestCallback answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:requestCallback",
      "error:AlreadyEndedSession"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "error:requestCallback:UnOpenedSessionNotAllowed",
    "title": "requestCallback answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:requestCallback",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "error:requestCallback:RateLimited",
    "title": "requestCallback answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:requestCallback",
      "error:RateLimited"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "error:requestCallback:ServerInternalConnectivityError",
    "title": "requestCallback answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:requestCallback",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "error:requestCallback:UnexpectedError",
    "title": "requestCallback answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:requestCallback",
      "error:UnexpectedError"
    ],
    "section": "Basic Communication Functions",
    "level": "SHOULD",
    "profile": "callbacks"
  },
  {
    "id": "multichat:requestCallback:Sid",
    "title": "multilivechat: RequestCallback carries Sid",
    "covers": [
      "operation:requestCallback",
      "multichat:RequestCallback"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "operation:startAvCall",
    "title": "POST /tetherfi/livechat/chats/{sid}/av answers as the contract says",
    "covers": [
      "operation:startAvCall"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "input:startAvCall",
    "title": "startAvCall answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:startAvCall"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:startAvCall:InvalidRequest",
    "title": "startAvCall answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:startAvCall",
      "error:InvalidRequest"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:startAvCall:CookiesDisabled",
    "title": "startAvCall answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:startAvCall",
      "error:CookiesDisabled"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:startAvCall:AccessTokenInvalid",
    "title": "startAvCall answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:startAvCall",
      "error:AccessTokenInvalid"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:startAvCall:NoSessionFound",
    "title": "startAvCall answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:startAvCall",
      "error:NoSessionFound"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:startAvCall:AlreadyEndedSession",
    "title": "startAvCall answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:startAvCall",
      "error:AlreadyEndedSession"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:startAvCall:UnOpenedSessionNotAllowed",
    "title": "startAvCall answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:startAvCall",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:startAvCall:InvalidSessionState",
    "title": "startAvCall answers InvalidSessionState as application/problem+json when it applies",
    "covers": [
      "operation:startAvCall",
      "error:InvalidSessionState"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:startAvCall:RateLimited",
    "title": "startAvCall answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:startAvCall",
      "error:RateLimited"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "SHOULD",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:startAvCall:ServerInternalConnectivityError",
    "title": "startAvCall answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:startAvCall",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:startAvCall:UnexpectedError",
    "title": "startAvCall answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:startAvCall",
      "error:UnexpectedError"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "SHOULD",
    "profile": "audio-video-signaling"
  },
  {
    "id": "operation:endAvCall",
    "title": "POST /tetherfi/livechat/chats/{sid}/av/end answers as the contract says",
    "covers": [
      "operation:endAvCall"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "input:endAvCall",
    "title": "endAvCall answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:endAvCall"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:endAvCall:InvalidRequest",
    "title": "endAvCall answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:endAvCall",
      "error:InvalidRequest"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:endAvCall:CookiesDisabled",
    "title": "endAvCall answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:endAvCall",
      "error:CookiesDisabled"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:endAvCall:AccessTokenInvalid",
    "title": "endAvCall answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:endAvCall",
      "error:AccessTokenInvalid"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:endAvCall:NoSessionFound",
    "title": "endAvCall answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:endAvCall",
      "error:NoSessionFound"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:endAvCall:AlreadyEndedSession",
    "title": "endAvCall answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:endAvCall",
      "error:AlreadyEndedSession"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:endAvCall:UnOpenedSessionNotAllowed",
    "title": "endAvCall answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:endAvCall",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:endAvCall:InvalidSessionState",
    "title": "endAvCall answers InvalidSessionState as application/problem+json when it applies",
    "covers": [
      "operation:endAvCall",
      "error:InvalidSessionState"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:endAvCall:RateLimited",
    "title": "endAvCall answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:endAvCall",
      "error:RateLimited"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "SHOULD",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:endAvCall:ServerInternalConnectivityError",
    "title": "endAvCall answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:endAvCall",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:endAvCall:UnexpectedError",
    "title": "endAvCall answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:endAvCall",
      "error:UnexpectedError"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "SHOULD",
    "profile": "audio-video-signaling"
  },
  {
    "id": "operation:pauseAv",
    "title": "POST /tetherfi/livechat/chats/{sid}/av/pause answers as the contract says",
    "covers": [
      "operation:pauseAv"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "input:pauseAv",
    "title": "pauseAv answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:pauseAv"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:pauseAv:InvalidRequest",
    "title": "pauseAv answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:pauseAv",
      "error:InvalidRequest"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:pauseAv:CookiesDisabled",
    "title": "pauseAv answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:pauseAv",
      "error:CookiesDisabled"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:pauseAv:AccessTokenInvalid",
    "title": "pauseAv answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:pauseAv",
      "error:AccessTokenInvalid"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:pauseAv:NoSessionFound",
    "title": "pauseAv answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:pauseAv",
      "error:NoSessionFound"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:pauseAv:AlreadyEndedSession",
    "title": "pauseAv answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:pauseAv",
      "error:AlreadyEndedSession"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:pauseAv:UnOpenedSessionNotAllowed",
    "title": "pauseAv answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:pauseAv",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:pauseAv:InvalidSessionState",
    "title": "pauseAv answers InvalidSessionState as application/problem+json when it applies",
    "covers": [
      "operation:pauseAv",
      "error:InvalidSessionState"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:pauseAv:RateLimited",
    "title": "pauseAv answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:pauseAv",
      "error:RateLimited"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "SHOULD",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:pauseAv:ServerInternalConnectivityError",
    "title": "pauseAv answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:pauseAv",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:pauseAv:UnexpectedError",
    "title": "pauseAv answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:pauseAv",
      "error:UnexpectedError"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "SHOULD",
    "profile": "audio-video-signaling"
  },
  {
    "id": "operation:sendAvSignal",
    "title": "POST /tetherfi/livechat/chats/{sid}/av/signals answers as the contract says",
    "covers": [
      "operation:sendAvSignal"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "input:sendAvSignal",
    "title": "sendAvSignal answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:sendAvSignal"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:sendAvSignal:InvalidRequest",
    "title": "sendAvSignal answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:sendAvSignal",
      "error:InvalidRequest"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:sendAvSignal:CookiesDisabled",
    "title": "sendAvSignal answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:sendAvSignal",
      "error:CookiesDisabled"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:sendAvSignal:AccessTokenInvalid",
    "title": "sendAvSignal answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:sendAvSignal",
      "error:AccessTokenInvalid"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:sendAvSignal:NoSessionFound",
    "title": "sendAvSignal answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:sendAvSignal",
      "error:NoSessionFound"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:sendAvSignal:AlreadyEndedSession",
    "title": "sendAvSignal answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:sendAvSignal",
      "error:AlreadyEndedSession"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:sendAvSignal:UnOpenedSessionNotAllowed",
    "title": "sendAvSignal answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:sendAvSignal",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:sendAvSignal:InvalidSessionState",
    "title": "sendAvSignal answers InvalidSessionState as application/problem+json when it applies",
    "covers": [
      "operation:sendAvSignal",
      "error:InvalidSessionState"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:sendAvSignal:RateLimited",
    "title": "sendAvSignal answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:sendAvSignal",
      "error:RateLimited"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "SHOULD",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:sendAvSignal:ServerInternalConnectivityError",
    "title": "sendAvSignal answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:sendAvSignal",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling"
  },
  {
    "id": "error:sendAvSignal:UnexpectedError",
    "title": "sendAvSignal answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:sendAvSignal",
      "error:UnexpectedError"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "SHOULD",
    "profile": "audio-video-signaling"
  },
  {
    "id": "operation:startCobrowse",
    "title": "POST /tetherfi/livechat/chats/{sid}/cobrowse answers as the contract says",
    "covers": [
      "operation:startCobrowse"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "input:startCobrowse",
    "title": "startCobrowse answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:startCobrowse"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:startCobrowse:InvalidRequest",
    "title": "startCobrowse answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:startCobrowse",
      "error:InvalidRequest"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:startCobrowse:CookiesDisabled",
    "title": "startCobrowse answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:startCobrowse",
      "error:CookiesDisabled"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:startCobrowse:AccessTokenInvalid",
    "title": "startCobrowse answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:startCobrowse",
      "error:AccessTokenInvalid"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:startCobrowse:NoSessionFound",
    "title": "startCobrowse answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:startCobrowse",
      "error:NoSessionFound"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:startCobrowse:AlreadyEndedSession",
    "title": "startCobrowse answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:startCobrowse",
      "error:AlreadyEndedSession"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:startCobrowse:UnOpenedSessionNotAllowed",
    "title": "startCobrowse answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:startCobrowse",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:startCobrowse:InvalidSessionState",
    "title": "startCobrowse answers InvalidSessionState as application/problem+json when it applies",
    "covers": [
      "operation:startCobrowse",
      "error:InvalidSessionState"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:startCobrowse:RateLimited",
    "title": "startCobrowse answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:startCobrowse",
      "error:RateLimited"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "SHOULD",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:startCobrowse:ServerInternalConnectivityError",
    "title": "startCobrowse answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:startCobrowse",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:startCobrowse:UnexpectedError",
    "title": "startCobrowse answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:startCobrowse",
      "error:UnexpectedError"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "SHOULD",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "operation:endCobrowse",
    "title": "POST /tetherfi/livechat/chats/{sid}/cobrowse/end answers as the contract says",
    "covers": [
      "operation:endCobrowse"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "input:endCobrowse",
    "title": "endCobrowse answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:endCobrowse"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:endCobrowse:InvalidRequest",
    "title": "endCobrowse answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:endCobrowse",
      "error:InvalidRequest"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:endCobrowse:CookiesDisabled",
    "title": "endCobrowse answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:endCobrowse",
      "error:CookiesDisabled"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:endCobrowse:AccessTokenInvalid",
    "title": "endCobrowse answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:endCobrowse",
      "error:AccessTokenInvalid"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:endCobrowse:NoSessionFound",
    "title": "endCobrowse answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:endCobrowse",
      "error:NoSessionFound"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:endCobrowse:AlreadyEndedSession",
    "title": "endCobrowse answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:endCobrowse",
      "error:AlreadyEndedSession"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:endCobrowse:UnOpenedSessionNotAllowed",
    "title": "endCobrowse answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:endCobrowse",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:endCobrowse:InvalidSessionState",
    "title": "endCobrowse answers InvalidSessionState as application/problem+json when it applies",
    "covers": [
      "operation:endCobrowse",
      "error:InvalidSessionState"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:endCobrowse:RateLimited",
    "title": "endCobrowse answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:endCobrowse",
      "error:RateLimited"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "SHOULD",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:endCobrowse:ServerInternalConnectivityError",
    "title": "endCobrowse answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:endCobrowse",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:endCobrowse:UnexpectedError",
    "title": "endCobrowse answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:endCobrowse",
      "error:UnexpectedError"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "SHOULD",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "operation:sendCobrowseSignal",
    "title": "POST /tetherfi/livechat/chats/{sid}/cobrowse/signals answers as the contract says",
    "covers": [
      "operation:sendCobrowseSignal"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "input:sendCobrowseSignal",
    "title": "sendCobrowseSignal answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:sendCobrowseSignal"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseSignal:InvalidRequest",
    "title": "sendCobrowseSignal answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseSignal",
      "error:InvalidRequest"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseSignal:CookiesDisabled",
    "title": "sendCobrowseSignal answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseSignal",
      "error:CookiesDisabled"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseSignal:AccessTokenInvalid",
    "title": "sendCobrowseSignal answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseSignal",
      "error:AccessTokenInvalid"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:sendCobrowseSignal:NoSessionFound",
    "title": "sendCobrowseSignal answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseSignal",
      "error:NoSessionFound"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseSignal:AlreadyEndedSession",
    "title": "sendCobrowseSignal answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseSignal",
      "error:AlreadyEndedSession"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseSignal:UnOpenedSessionNotAllowed",
    "title": "sendCobrowseSignal answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseSignal",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseSignal:InvalidSessionState",
    "title": "sendCobrowseSignal answers InvalidSessionState as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseSignal",
      "error:InvalidSessionState"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseSignal:RateLimited",
    "title": "sendCobrowseSignal answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseSignal",
      "error:RateLimited"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "SHOULD",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseSignal:ServerInternalConnectivityError",
    "title": "sendCobrowseSignal answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseSignal",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseSignal:UnexpectedError",
    "title": "sendCobrowseSignal answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseSignal",
      "error:UnexpectedError"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "SHOULD",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "operation:sendCobrowseControlValue",
    "title": "POST /tetherfi/livechat/chats/{sid}/cobrowse/control-values answers as the contract says",
    "covers": [
      "operation:sendCobrowseControlValue"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "input:sendCobrowseControlValue",
    "title": "sendCobrowseControlValue answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:sendCobrowseControlValue"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseControlValue:InvalidRequest",
    "title": "sendCobrowseControlValue answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseControlValue",
      "error:InvalidRequest"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseControlValue:CookiesDisabled",
    "title": "sendCobrowseControlValue answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseControlValue",
      "error:CookiesDisabled"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseControlValue:AccessTokenInvalid",
    "title": "sendCobrowseControlValue answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseControlValue",
      "error:AccessTokenInvalid"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:sendCobrowseControlValue:NoSessionFound",
    "title": "sendCobrowseControlValue answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseControlValue",
      "error:NoSessionFound"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseControlValue:AlreadyEndedSession",
    "title": "sendCobrowseControlValue answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseControlValue",
      "error:AlreadyEndedSession"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseControlValue:UnOpenedSessionNotAllowed",
    "title": "sendCobrowseControlValue answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseControlValue",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseControlValue:InvalidSessionState",
    "title": "sendCobrowseControlValue answers InvalidSessionState as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseControlValue",
      "error:InvalidSessionState"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseControlValue:RateLimited",
    "title": "sendCobrowseControlValue answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseControlValue",
      "error:RateLimited"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "SHOULD",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseControlValue:ServerInternalConnectivityError",
    "title": "sendCobrowseControlValue answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseControlValue",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseControlValue:UnexpectedError",
    "title": "sendCobrowseControlValue answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseControlValue",
      "error:UnexpectedError"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "SHOULD",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "operation:sendCobrowsePointer",
    "title": "POST /tetherfi/livechat/chats/{sid}/cobrowse/pointer answers as the contract says",
    "covers": [
      "operation:sendCobrowsePointer"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "input:sendCobrowsePointer",
    "title": "sendCobrowsePointer answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:sendCobrowsePointer"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowsePointer:InvalidRequest",
    "title": "sendCobrowsePointer answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowsePointer",
      "error:InvalidRequest"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowsePointer:CookiesDisabled",
    "title": "sendCobrowsePointer answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowsePointer",
      "error:CookiesDisabled"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowsePointer:AccessTokenInvalid",
    "title": "sendCobrowsePointer answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowsePointer",
      "error:AccessTokenInvalid"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:sendCobrowsePointer:NoSessionFound",
    "title": "sendCobrowsePointer answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowsePointer",
      "error:NoSessionFound"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowsePointer:AlreadyEndedSession",
    "title": "sendCobrowsePointer answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowsePointer",
      "error:AlreadyEndedSession"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowsePointer:UnOpenedSessionNotAllowed",
    "title": "sendCobrowsePointer answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowsePointer",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowsePointer:InvalidSessionState",
    "title": "sendCobrowsePointer answers InvalidSessionState as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowsePointer",
      "error:InvalidSessionState"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowsePointer:RateLimited",
    "title": "sendCobrowsePointer answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowsePointer",
      "error:RateLimited"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "SHOULD",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowsePointer:ServerInternalConnectivityError",
    "title": "sendCobrowsePointer answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowsePointer",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowsePointer:UnexpectedError",
    "title": "sendCobrowsePointer answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowsePointer",
      "error:UnexpectedError"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "SHOULD",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "operation:sendCobrowseAnnotation",
    "title": "POST /tetherfi/livechat/chats/{sid}/cobrowse/annotations answers as the contract says",
    "covers": [
      "operation:sendCobrowseAnnotation"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "input:sendCobrowseAnnotation",
    "title": "sendCobrowseAnnotation answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:sendCobrowseAnnotation"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseAnnotation:InvalidRequest",
    "title": "sendCobrowseAnnotation answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseAnnotation",
      "error:InvalidRequest"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseAnnotation:CookiesDisabled",
    "title": "sendCobrowseAnnotation answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseAnnotation",
      "error:CookiesDisabled"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseAnnotation:AccessTokenInvalid",
    "title": "sendCobrowseAnnotation answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseAnnotation",
      "error:AccessTokenInvalid"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:sendCobrowseAnnotation:NoSessionFound",
    "title": "sendCobrowseAnnotation answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseAnnotation",
      "error:NoSessionFound"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseAnnotation:AlreadyEndedSession",
    "title": "sendCobrowseAnnotation answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseAnnotation",
      "error:AlreadyEndedSession"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseAnnotation:UnOpenedSessionNotAllowed",
    "title": "sendCobrowseAnnotation answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseAnnotation",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseAnnotation:InvalidSessionState",
    "title": "sendCobrowseAnnotation answers InvalidSessionState as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseAnnotation",
      "error:InvalidSessionState"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseAnnotation:RateLimited",
    "title": "sendCobrowseAnnotation answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseAnnotation",
      "error:RateLimited"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "SHOULD",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseAnnotation:ServerInternalConnectivityError",
    "title": "sendCobrowseAnnotation answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseAnnotation",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "error:sendCobrowseAnnotation:UnexpectedError",
    "title": "sendCobrowseAnnotation answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:sendCobrowseAnnotation",
      "error:UnexpectedError"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "SHOULD",
    "profile": "cobrowse-signaling"
  },
  {
    "id": "operation:getCaptchaImage",
    "title": "GET /tetherfi/livechat/captcha answers as the contract says",
    "covers": [
      "operation:getCaptchaImage"
    ],
    "section": "Captcha integration",
    "level": "MUST",
    "profile": "captcha"
  },
  {
    "id": "input:getCaptchaImage",
    "title": "getCaptchaImage answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:getCaptchaImage"
    ],
    "section": "Captcha integration",
    "level": "MUST",
    "profile": "captcha"
  },
  {
    "id": "error:getCaptchaImage:InvalidRequest",
    "title": "getCaptchaImage answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:getCaptchaImage",
      "error:InvalidRequest"
    ],
    "section": "Captcha integration",
    "level": "MUST",
    "profile": "captcha"
  },
  {
    "id": "error:getCaptchaImage:RateLimited",
    "title": "getCaptchaImage answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:getCaptchaImage",
      "error:RateLimited"
    ],
    "section": "Captcha integration",
    "level": "SHOULD",
    "profile": "captcha"
  },
  {
    "id": "error:getCaptchaImage:ServerInternalConnectivityError",
    "title": "getCaptchaImage answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:getCaptchaImage",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Captcha integration",
    "level": "MUST",
    "profile": "captcha"
  },
  {
    "id": "error:getCaptchaImage:UnexpectedError",
    "title": "getCaptchaImage answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:getCaptchaImage",
      "error:UnexpectedError"
    ],
    "section": "Captcha integration",
    "level": "SHOULD",
    "profile": "captcha"
  },
  {
    "id": "operation:uploadFiles",
    "title": "POST /tetherfi/livechat/chats/{sid}/files answers as the contract says",
    "covers": [
      "operation:uploadFiles"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "input:uploadFiles",
    "title": "uploadFiles answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:uploadFiles"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:uploadFiles:InvalidRequest",
    "title": "uploadFiles answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:uploadFiles",
      "error:InvalidRequest"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:uploadFiles:CookiesDisabled",
    "title": "uploadFiles answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:uploadFiles",
      "error:CookiesDisabled"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:uploadFiles:AccessTokenInvalid",
    "title": "uploadFiles answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:uploadFiles",
      "error:AccessTokenInvalid"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:uploadFiles:NoSessionFound",
    "title": "uploadFiles answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:uploadFiles",
      "error:NoSessionFound"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:uploadFiles:AlreadyEndedSession",
    "title": "uploadFiles answers AlreadyEndedSession as application/problem+json when it applies",
    "covers": [
      "operation:uploadFiles",
      "error:AlreadyEndedSession"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:uploadFiles:UnOpenedSessionNotAllowed",
    "title": "uploadFiles answers UnOpenedSessionNotAllowed as application/problem+json when it applies",
    "covers": [
      "operation:uploadFiles",
      "error:UnOpenedSessionNotAllowed"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:uploadFiles:PayloadTooLarge",
    "title": "uploadFiles answers PayloadTooLarge as application/problem+json when it applies",
    "covers": [
      "operation:uploadFiles",
      "error:PayloadTooLarge"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:uploadFiles:UnsupportedFileType",
    "title": "uploadFiles answers UnsupportedFileType as application/problem+json when it applies",
    "covers": [
      "operation:uploadFiles",
      "error:UnsupportedFileType"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:uploadFiles:RateLimited",
    "title": "uploadFiles answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:uploadFiles",
      "error:RateLimited"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:uploadFiles:ServerInternalConnectivityError",
    "title": "uploadFiles answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:uploadFiles",
      "error:ServerInternalConnectivityError"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:uploadFiles:UnexpectedError",
    "title": "uploadFiles answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:uploadFiles",
      "error:UnexpectedError"
    ],
    "section": "File Transfer",
    "level": "SHOULD",
    "profile": "files"
  },
  {
    "id": "multichat:uploadFiles:Sid",
    "title": "multilivechat: uploadFiles carries Sid",
    "covers": [
      "operation:uploadFiles",
      "multichat:uploadFiles"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "operation:downloadFile",
    "title": "GET /tetherfi/livechat/chats/{sid}/files/{fileName} answers as the contract says",
    "covers": [
      "operation:downloadFile"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "input:downloadFile",
    "title": "downloadFile answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:downloadFile"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:downloadFile:InvalidRequest",
    "title": "downloadFile answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:downloadFile",
      "error:InvalidRequest"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:downloadFile:CookiesDisabled",
    "title": "downloadFile answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:downloadFile",
      "error:CookiesDisabled"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:downloadFile:AccessTokenInvalid",
    "title": "downloadFile answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:downloadFile",
      "error:AccessTokenInvalid"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:downloadFile:NoSessionFound",
    "title": "downloadFile answers NoSessionFound as application/problem+json when it applies",
    "covers": [
      "operation:downloadFile",
      "error:NoSessionFound"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:downloadFile:FileNotFound",
    "title": "downloadFile answers FileNotFound as application/problem+json when it applies",
    "covers": [
      "operation:downloadFile",
      "error:FileNotFound"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:downloadFile:RateLimited",
    "title": "downloadFile answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:downloadFile",
      "error:RateLimited"
    ],
    "section": "File Transfer",
    "level": "SHOULD",
    "profile": "files"
  },
  {
    "id": "error:downloadFile:ServerInternalConnectivityError",
    "title": "downloadFile answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:downloadFile",
      "error:ServerInternalConnectivityError"
    ],
    "section": "File Transfer",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "error:downloadFile:UnexpectedError",
    "title": "downloadFile answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:downloadFile",
      "error:UnexpectedError"
    ],
    "section": "File Transfer",
    "level": "SHOULD",
    "profile": "files"
  },
  {
    "id": "operation:createCampaignContact",
    "title": "POST /tetherfi/livechat/campaign-contacts answers as the contract says",
    "covers": [
      "operation:createCampaignContact"
    ],
    "section": "Create Campaign Contact",
    "level": "MUST",
    "profile": "campaign-contact"
  },
  {
    "id": "input:createCampaignContact",
    "title": "createCampaignContact answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx",
    "covers": [
      "operation:createCampaignContact"
    ],
    "section": "Create Campaign Contact",
    "level": "MUST",
    "profile": "campaign-contact"
  },
  {
    "id": "error:createCampaignContact:InvalidRequest",
    "title": "createCampaignContact answers InvalidRequest as application/problem+json when it applies",
    "covers": [
      "operation:createCampaignContact",
      "error:InvalidRequest"
    ],
    "section": "Create Campaign Contact",
    "level": "MUST",
    "profile": "campaign-contact"
  },
  {
    "id": "error:createCampaignContact:CookiesDisabled",
    "title": "createCampaignContact answers CookiesDisabled as application/problem+json when it applies",
    "covers": [
      "operation:createCampaignContact",
      "error:CookiesDisabled"
    ],
    "section": "Create Campaign Contact",
    "level": "MUST",
    "profile": "campaign-contact"
  },
  {
    "id": "error:createCampaignContact:AccessTokenInvalid",
    "title": "createCampaignContact answers AccessTokenInvalid as application/problem+json when it applies",
    "covers": [
      "operation:createCampaignContact",
      "error:AccessTokenInvalid"
    ],
    "section": "Create Campaign Contact",
    "level": "MUST",
    "profile": "secure-deployment"
  },
  {
    "id": "error:createCampaignContact:PayloadTooLarge",
    "title": "createCampaignContact answers PayloadTooLarge as application/problem+json when it applies",
    "covers": [
      "operation:createCampaignContact",
      "error:PayloadTooLarge"
    ],
    "section": "Create Campaign Contact",
    "level": "MUST",
    "profile": "campaign-contact"
  },
  {
    "id": "error:createCampaignContact:RateLimited",
    "title": "createCampaignContact answers RateLimited as application/problem+json when it applies",
    "covers": [
      "operation:createCampaignContact",
      "error:RateLimited"
    ],
    "section": "Create Campaign Contact",
    "level": "SHOULD",
    "profile": "campaign-contact"
  },
  {
    "id": "error:createCampaignContact:ServerInternalConnectivityError",
    "title": "createCampaignContact answers ServerInternalConnectivityError as application/problem+json when it applies",
    "covers": [
      "operation:createCampaignContact",
      "error:ServerInternalConnectivityError"
    ],
    "section": "Create Campaign Contact",
    "level": "MUST",
    "profile": "campaign-contact"
  },
  {
    "id": "error:createCampaignContact:UnexpectedError",
    "title": "createCampaignContact answers UnexpectedError as application/problem+json when it applies",
    "covers": [
      "operation:createCampaignContact",
      "error:UnexpectedError"
    ],
    "section": "Create Campaign Contact",
    "level": "SHOULD",
    "profile": "campaign-contact"
  },
  {
    "id": "error:NotFound",
    "title": "NotFound, which no operation lists, is answered as application/problem+json when it applies",
    "covers": [
      "error:NotFound"
    ],
    "section": "Basic Communication Functions",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "event:OnEnd",
    "title": "OnEnd is sent as the contract says",
    "covers": [
      "event:OnEnd"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "multichat:OnEnd:Sid",
    "title": "multilivechat: OnEnd carries Sid",
    "covers": [
      "event:OnEnd",
      "multichat:OnEnd"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "event:OnInternalServerError",
    "title": "OnInternalServerError is sent as the contract says",
    "covers": [
      "event:OnInternalServerError"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "multichat:OnInternalServerError:Sid",
    "title": "multilivechat: OnInternalServerError carries Sid",
    "covers": [
      "event:OnInternalServerError",
      "multichat:OnInternalServerError"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "event:Heartbeat",
    "title": "Heartbeat is sent as the contract says",
    "covers": [
      "event:Heartbeat"
    ],
    "section": "System status check",
    "level": "MUST",
    "profile": "resilience"
  },
  {
    "id": "event:Resync",
    "title": "Resync is sent as the contract says",
    "covers": [
      "event:Resync"
    ],
    "section": "Communication model for floating web-chat",
    "level": "MUST",
    "profile": "resilience"
  },
  {
    "id": "event:ChatStarted",
    "title": "ChatStarted is sent as the contract says",
    "covers": [
      "event:ChatStarted"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "event:OnCallQueued",
    "title": "OnCallQueued is sent as the contract says",
    "covers": [
      "event:OnCallQueued"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "multichat:OnCallQueued:Sid",
    "title": "multilivechat: OnCallQueued carries Sid",
    "covers": [
      "event:OnCallQueued",
      "multichat:OnCallQueued"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "event:OnRemoteUserConnected",
    "title": "OnRemoteUserConnected is sent as the contract says",
    "covers": [
      "event:OnRemoteUserConnected"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core",
    "needsAgent": true
  },
  {
    "id": "multichat:OnRemoteUserConnected:clientId",
    "title": "multilivechat: OnRemoteUserConnected carries clientId",
    "covers": [
      "event:OnRemoteUserConnected",
      "multichat:OnRemoteUserConnected"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat",
    "needsAgent": true
  },
  {
    "id": "event:OnSystemNotification",
    "title": "OnSystemNotification is sent as the contract says",
    "covers": [
      "event:OnSystemNotification"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "multichat:OnSystemNotification:Sid",
    "title": "multilivechat: OnSystemNotification carries Sid",
    "covers": [
      "event:OnSystemNotification",
      "multichat:OnSystemNotification"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "event:OnCallbackRequestStatus",
    "title": "OnCallbackRequestStatus is sent as the contract says",
    "covers": [
      "event:OnCallbackRequestStatus"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "callbacks",
    "needsAgent": true
  },
  {
    "id": "multichat:OnCallbackRequestStatus:Sid",
    "title": "multilivechat: OnCallbackRequestStatus carries Sid",
    "covers": [
      "event:OnCallbackRequestStatus",
      "multichat:OnCallbackRequestStatus"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat",
    "needsAgent": true
  },
  {
    "id": "event:OnConferenceUserLeft",
    "title": "OnConferenceUserLeft is sent as the contract says",
    "covers": [
      "event:OnConferenceUserLeft"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core",
    "needsAgent": true
  },
  {
    "id": "multichat:OnConferenceUserLeft:Sid",
    "title": "multilivechat: OnConferenceUserLeft carries Sid",
    "covers": [
      "event:OnConferenceUserLeft",
      "multichat:OnConferenceUserLeft"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat",
    "needsAgent": true
  },
  {
    "id": "event:OnMessageReceived",
    "title": "OnMessageReceived is sent as the contract says",
    "covers": [
      "event:OnMessageReceived"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core",
    "needsAgent": true
  },
  {
    "id": "multichat:OnMessageReceived:Sid",
    "title": "multilivechat: OnMessageReceived carries Sid",
    "covers": [
      "event:OnMessageReceived",
      "multichat:OnMessageReceived"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat",
    "needsAgent": true
  },
  {
    "id": "event:OnEcho",
    "title": "OnEcho is sent as the contract says",
    "covers": [
      "event:OnEcho"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "multichat:OnEcho:Sid",
    "title": "multilivechat: OnEcho carries Sid",
    "covers": [
      "event:OnEcho",
      "multichat:OnEcho"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "event:OnTypingStateChanged",
    "title": "OnTypingStateChanged is sent as the contract says",
    "covers": [
      "event:OnTypingStateChanged"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core",
    "needsAgent": true
  },
  {
    "id": "multichat:OnTypingStateChanged:Sid",
    "title": "multilivechat: OnTypingStateChanged carries Sid",
    "covers": [
      "event:OnTypingStateChanged",
      "multichat:OnTypingStateChanged"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat",
    "needsAgent": true
  },
  {
    "id": "event:OnAppMessageReceived",
    "title": "OnAppMessageReceived is sent as the contract says",
    "covers": [
      "event:OnAppMessageReceived"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core",
    "needsAgent": true
  },
  {
    "id": "multichat:OnAppMessageReceived:Sid",
    "title": "multilivechat: OnAppMessageReceived carries Sid",
    "covers": [
      "event:OnAppMessageReceived",
      "multichat:OnAppMessageReceived"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat",
    "needsAgent": true
  },
  {
    "id": "event:OnHistoryReceived",
    "title": "OnHistoryReceived is sent as the contract says",
    "covers": [
      "event:OnHistoryReceived"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core",
    "needsAgent": true
  },
  {
    "id": "multichat:OnHistoryReceived:Sid",
    "title": "multilivechat: OnHistoryReceived carries Sid",
    "covers": [
      "event:OnHistoryReceived",
      "multichat:OnHistoryReceived"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat",
    "needsAgent": true
  },
  {
    "id": "event:OnUploadComplete",
    "title": "OnUploadComplete is sent as the contract says",
    "covers": [
      "event:OnUploadComplete"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "files"
  },
  {
    "id": "multichat:OnUploadComplete:Sid",
    "title": "multilivechat: OnUploadComplete carries Sid",
    "covers": [
      "event:OnUploadComplete",
      "multichat:OnUploadComplete"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "event:AvSignal",
    "title": "AvSignal is sent as the contract says",
    "covers": [
      "event:AvSignal"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling",
    "needsAgent": true
  },
  {
    "id": "event:AvMediaStateChanged",
    "title": "AvMediaStateChanged is sent as the contract says",
    "covers": [
      "event:AvMediaStateChanged"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling",
    "needsAgent": true
  },
  {
    "id": "event:AvCallEnded",
    "title": "AvCallEnded is sent as the contract says",
    "covers": [
      "event:AvCallEnded"
    ],
    "section": "Audio - Video Communication Functions",
    "level": "MUST",
    "profile": "audio-video-signaling",
    "needsAgent": true
  },
  {
    "id": "event:CobrSignal",
    "title": "CobrSignal is sent as the contract says",
    "covers": [
      "event:CobrSignal"
    ],
    "section": "Design Diagram for Screen-sharing",
    "level": "MUST",
    "profile": "cobrowse-signaling",
    "needsAgent": true
  },
  {
    "id": "event:CobrControlValueChanged",
    "title": "CobrControlValueChanged is sent as the contract says",
    "covers": [
      "event:CobrControlValueChanged"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling",
    "needsAgent": true
  },
  {
    "id": "event:CobrAnnotation",
    "title": "CobrAnnotation is sent as the contract says",
    "covers": [
      "event:CobrAnnotation"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling",
    "needsAgent": true
  },
  {
    "id": "event:CobrEnded",
    "title": "CobrEnded is sent as the contract says",
    "covers": [
      "event:CobrEnded"
    ],
    "section": "Co - Browsing Communication Functions",
    "level": "MUST",
    "profile": "cobrowse-signaling",
    "needsAgent": true
  },
  {
    "id": "event:OnStartSuccess",
    "title": "OnStartSuccess is raised as the contract says",
    "covers": [
      "event:OnStartSuccess"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "multichat:OnStartSuccess:clientId",
    "title": "multilivechat: OnStartSuccess carries clientId",
    "covers": [
      "event:OnStartSuccess",
      "multichat:OnStartSuccess"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "multichat:OnStartSuccess:Sid",
    "title": "multilivechat: OnStartSuccess carries Sid",
    "covers": [
      "event:OnStartSuccess",
      "multichat:OnStartSuccess"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "event:OnStartFailed",
    "title": "OnStartFailed is raised as the contract says",
    "covers": [
      "event:OnStartFailed"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "core"
  },
  {
    "id": "multichat:OnStartFailed:Sid",
    "title": "multilivechat: OnStartFailed carries Sid",
    "covers": [
      "event:OnStartFailed",
      "multichat:OnStartFailed"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "multichat:OnStartFailed:clientId",
    "title": "multilivechat: OnStartFailed carries clientId",
    "covers": [
      "event:OnStartFailed",
      "multichat:OnStartFailed"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "event:OnOpenSuccess",
    "title": "OnOpenSuccess is raised as the contract says",
    "covers": [
      "event:OnOpenSuccess"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "floating-chat"
  },
  {
    "id": "multichat:OnOpenSuccess:Session",
    "title": "multilivechat: OnOpenSuccess carries Session",
    "covers": [
      "event:OnOpenSuccess",
      "multichat:OnOpenSuccess"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "event:OnOpenFailed",
    "title": "OnOpenFailed is raised as the contract says",
    "covers": [
      "event:OnOpenFailed"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "floating-chat"
  },
  {
    "id": "event:OnServerStateChanged",
    "title": "OnServerStateChanged is raised as the contract says",
    "covers": [
      "event:OnServerStateChanged"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "resilience"
  },
  {
    "id": "event:OnCallbackAutoRegistered",
    "title": "OnCallbackAutoRegistered is raised as the contract says",
    "covers": [
      "event:OnCallbackAutoRegistered"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "multichat:OnCallbackAutoRegistered:Sid",
    "title": "multilivechat: OnCallbackAutoRegistered carries Sid",
    "covers": [
      "event:OnCallbackAutoRegistered",
      "multichat:OnCallbackAutoRegistered"
    ],
    "section": "Multi-chat Functionality",
    "level": "MUST",
    "profile": "multi-chat"
  },
  {
    "id": "event:OnResetCaptcha",
    "title": "OnResetCaptcha is raised as the contract says",
    "covers": [
      "event:OnResetCaptcha"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "captcha"
  },
  {
    "id": "event:OnCampaignContactCreated",
    "title": "OnCampaignContactCreated is raised as the contract says",
    "covers": [
      "event:OnCampaignContactCreated"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "campaign-contact"
  },
  {
    "id": "reason:ErrorInGetAgentDetails",
    "title": "OnSystemNotification carries ErrorInGetAgentDetails when that happens",
    "covers": [
      "reason:ErrorInGetAgentDetails"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "reason:ErrorAgentDetails",
    "title": "OnSystemNotification carries ErrorAgentDetails when that happens",
    "covers": [
      "reason:ErrorAgentDetails"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "reason:NoStaffedAgents",
    "title": "OnSystemNotification carries NoStaffedAgents when that happens",
    "covers": [
      "reason:NoStaffedAgents"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "reason:QueueIsTooBig",
    "title": "OnSystemNotification carries QueueIsTooBig when that happens",
    "covers": [
      "reason:QueueIsTooBig"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "reason:TimedOutInQueue",
    "title": "OnSystemNotification carries TimedOutInQueue when that happens",
    "covers": [
      "reason:TimedOutInQueue"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "callbacks"
  },
  {
    "id": "reason:InternalServerError",
    "title": "OnSystemNotification carries InternalServerError when that happens",
    "covers": [
      "reason:InternalServerError"
    ],
    "section": "Events",
    "level": "MUST",
    "profile": "callbacks"
  }
] as const;

export type CaseId = (typeof cases)[number]['id'];
