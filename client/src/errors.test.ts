import { describe, expect, it } from 'vitest';
import { LivechatError } from './errors.ts';

describe('LivechatError.fromResponse', () => {
  it('keeps the code, retry advice and chat of a problem of the contract', () => {
    const error = LivechatError.fromResponse(409, {
      type: 'urn:livechat:error:AlreadyStartedAndInSession',
      title: 'Already started',
      status: 409,
      code: 'AlreadyStartedAndInSession',
      retryable: false,
      sid: 'c_7Hq2LxVbN4',
      clientId: 'support-1',
    });
    expect(error).toBeInstanceOf(LivechatError);
    expect(error).toBeInstanceOf(Error);
    expect([error.code, error.status, error.retryable, error.sid, error.clientId]).toEqual([
      'AlreadyStartedAndInSession',
      409,
      false,
      'c_7Hq2LxVbN4',
      'support-1',
    ]);
  });

  it('takes retryAfterMs from the problem, else from Retry-After seconds', () => {
    expect(LivechatError.fromResponse(429, { code: 'RateLimited', retryable: true, retryAfterMs: 1500 }).retryAfterMs).toBe(1500);
    expect(LivechatError.fromResponse(503, { code: 'ServerInternalConnectivityError' }, '7').retryAfterMs).toBe(7000);
    expect(LivechatError.fromResponse(503, {}, 'Wed, 21 Oct 2026 07:28:00 GMT').retryAfterMs).toBeUndefined();
  });

  it('still types an answer that is not a problem (a proxy page), from its status', () => {
    expect(LivechatError.fromResponse(502, '<html>Bad gateway</html>')).toMatchObject({ code: 'StartError', retryable: true });
    expect(LivechatError.fromResponse(413, null)).toMatchObject({ code: 'PayloadTooLarge', retryable: false });
    expect(LivechatError.fromResponse(504, null)).toMatchObject({ code: 'UnexpectedError', retryable: true });
    expect(LivechatError.fromResponse(409, null)).toMatchObject({ code: 'InvalidRequest', retryable: false });
  });

  it('does not trust a code the contract does not know', () => {
    expect(LivechatError.fromResponse(404, { code: 'NoSuchCode', retryable: true })).toMatchObject({ code: 'NotFound', retryable: true });
    // Names every object inherits are not codes either.
    expect(LivechatError.fromResponse(410, { code: 'constructor' })).toMatchObject({ code: 'AlreadyEndedSession' });
  });
});

describe('network errors', () => {
  it('are retryable and keep their cause', () => {
    const cause = new TypeError('fetch failed');
    expect(LivechatError.network(cause)).toMatchObject({ code: 'NetworkError', status: 0, retryable: true, cause });
    expect(LivechatError.timeout(5000)).toMatchObject({ code: 'Timeout', retryable: true });
  });
});
