// generated from spec/schemas/ErrorCode.yaml and ReasonCode.yaml by `npm run generate` (generators/generate.ts), do not edit
/** Every ErrorCode of spec/schemas/ErrorCode.yaml: its HTTP status, whether a retry can help, and where it comes from. */
export const errorCodes = {
  "StartError": {
    "status": 502,
    "retryable": true,
    "origin": "document"
  },
  "ServerInternalConnectivityError": {
    "status": 503,
    "retryable": true,
    "origin": "document"
  },
  "AlreadyStartedAndInSession": {
    "status": 409,
    "retryable": false,
    "origin": "document"
  },
  "CookiesDisabled": {
    "status": 400,
    "retryable": false,
    "origin": "document"
  },
  "UnOpenedSessionPerformedStart": {
    "status": 409,
    "retryable": false,
    "origin": "document"
  },
  "CaptchaDoesNotMatch": {
    "status": 422,
    "retryable": false,
    "origin": "document"
  },
  "CaptchaNotFound": {
    "status": 422,
    "retryable": false,
    "origin": "document"
  },
  "CaptchaIsEmpty": {
    "status": 422,
    "retryable": false,
    "origin": "document"
  },
  "MaxConcurrentSessionCountReached": {
    "status": 503,
    "retryable": true,
    "origin": "document"
  },
  "AlreadyEndedSession": {
    "status": 410,
    "retryable": false,
    "origin": "document"
  },
  "NoSessionFound": {
    "status": 404,
    "retryable": false,
    "origin": "document"
  },
  "UnOpenedSessionNotAllowed": {
    "status": 409,
    "retryable": false,
    "origin": "document"
  },
  "InvalidRequest": {
    "status": 400,
    "retryable": false,
    "origin": "extension"
  },
  "AccessTokenInvalid": {
    "status": 403,
    "retryable": false,
    "origin": "extension"
  },
  "CustomerDetailsRejected": {
    "status": 403,
    "retryable": false,
    "origin": "extension"
  },
  "InvalidSessionState": {
    "status": 409,
    "retryable": false,
    "origin": "extension"
  },
  "RateLimited": {
    "status": 429,
    "retryable": true,
    "origin": "extension"
  },
  "PayloadTooLarge": {
    "status": 413,
    "retryable": false,
    "origin": "extension"
  },
  "TranscriptFull": {
    "status": 409,
    "retryable": false,
    "origin": "extension"
  },
  "UnsupportedFileType": {
    "status": 415,
    "retryable": false,
    "origin": "extension"
  },
  "FileNotFound": {
    "status": 404,
    "retryable": false,
    "origin": "extension"
  },
  "NotFound": {
    "status": 404,
    "retryable": false,
    "origin": "extension"
  },
  "UnexpectedError": {
    "status": 500,
    "retryable": true,
    "origin": "extension"
  }
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Every ReasonCode of spec/schemas/ReasonCode.yaml. */
export const reasonCodes = [
  "ErrorInGetAgentDetails",
  "ErrorAgentDetails",
  "NoStaffedAgents",
  "QueueIsTooBig",
  "TimedOutInQueue",
  "InternalServerError"
] as const;

export type ReasonCode = (typeof reasonCodes)[number];
