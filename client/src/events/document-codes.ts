// The codes the document lists for OnStartFailed and OnOpenFailed, and the nearest of them for a
// failure it does not name (a livechat-kit code, or no answer at all), so that a page written
// from the document only ever hears the codes it was written for. The precise code goes with it
// as the handler's next argument (spec/events/session.yaml).
import type { ErrorCode } from '../../../generated/codes.ts';

export type FailureCode = ErrorCode | 'NetworkError' | 'Timeout';

/** "Indicates the failure of Start. Possible Error codes are :" */
const START_FAILED: readonly ErrorCode[] = [
  'StartError',
  'ServerInternalConnectivityError',
  'AlreadyStartedAndInSession',
  'CookiesDisabled',
  'UnOpenedSessionPerformedStart',
  'CaptchaDoesNotMatch',
  'CaptchaNotFound',
  'CaptchaIsEmpty',
  'MaxConcurrentSessionCountReached',
  'AlreadyEndedSession',
];

/** "Indicates the failure of Open. Possible error codes are :" */
const OPEN_FAILED: readonly ErrorCode[] = ['CookiesDisabled', 'NoSessionFound', 'AlreadyEndedSession'];

const listed = (list: readonly ErrorCode[], code: FailureCode): code is ErrorCode => (list as readonly string[]).includes(code);

/**
 * OnStartFailed's errorCode: the code itself when the document lists it; when no answer came,
 * ServerInternalConnectivityError; else StartError, the document's code for a Start refused for
 * a reason no other code names.
 */
export function startFailedCode(code: FailureCode): ErrorCode {
  if (listed(START_FAILED, code)) return code;
  return code === 'NetworkError' || code === 'Timeout' ? 'ServerInternalConnectivityError' : 'StartError';
}

/**
 * OnOpenFailed's errorCode: the code itself when the document lists it; else NoSessionFound - no
 * chat could be joined (the browser session is gone, or the server could not say), so the page
 * may Start, and Start reports a failure that lasts with one of the document's codes.
 */
export function openFailedCode(code: FailureCode): ErrorCode {
  return listed(OPEN_FAILED, code) ? code : 'NoSessionFound';
}
