import { expect, it } from 'vitest';
import { type ErrorCode, errorCodes } from '../../../generated/codes.ts';
import { type FailureCode, openFailedCode, startFailedCode } from './document-codes.ts';

const every: FailureCode[] = [...(Object.keys(errorCodes) as ErrorCode[]), 'NetworkError', 'Timeout'];
const documentOrigin = (code: ErrorCode) => (errorCodes[code] as { origin?: string }).origin === 'document';

it('OnStartFailed hears only the document’s codes: its own as they are, no answer as ServerInternalConnectivityError, the rest as StartError', () => {
  const mapped = Object.fromEntries(every.map((code) => [code, startFailedCode(code)]));
  expect(mapped).toMatchObject({
    CaptchaDoesNotMatch: 'CaptchaDoesNotMatch',
    MaxConcurrentSessionCountReached: 'MaxConcurrentSessionCountReached',
    AlreadyEndedSession: 'AlreadyEndedSession',
    NetworkError: 'ServerInternalConnectivityError',
    Timeout: 'ServerInternalConnectivityError',
    InvalidRequest: 'StartError',
    CustomerDetailsRejected: 'StartError',
    RateLimited: 'StartError',
    UnexpectedError: 'StartError',
  });
  for (const errorCode of Object.values(mapped)) expect(documentOrigin(errorCode), errorCode).toBe(true);
});

it('OnOpenFailed hears only CookiesDisabled, NoSessionFound or AlreadyEndedSession', () => {
  const mapped = Object.fromEntries(every.map((code) => [code, openFailedCode(code)]));
  expect(new Set(Object.values(mapped))).toEqual(new Set(['CookiesDisabled', 'NoSessionFound', 'AlreadyEndedSession']));
  expect(mapped).toMatchObject({
    CookiesDisabled: 'CookiesDisabled',
    AccessTokenInvalid: 'NoSessionFound',
    NetworkError: 'NoSessionFound',
  });
});
