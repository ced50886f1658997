// One error type for every failure of the client: a problem the server answered (with its
// ErrorCode), a network failure, or a timeout - built in one place from what happened.
import { errors } from '../../generated/client/tables.ts';
import type { ErrorCode } from '../../generated/codes.ts';
import type { LivechatError as LivechatErrorShape } from '../../generated/surface/livechat.ts';

type Code = LivechatErrorShape['code'];

/** An RFC 9457 problem as the contract's Problem schema describes it. */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  retryable?: boolean;
  retryAfterMs?: number;
  sid?: string;
  clientId?: string;
};

export class LivechatError extends Error implements LivechatErrorShape {
  override readonly name = 'LivechatError';
  readonly code: Code;
  readonly status: number;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly detail?: string;
  readonly sid?: string;
  readonly clientId?: string;

  constructor(
    code: Code,
    status: number,
    options: {
      retryable: boolean;
      retryAfterMs?: number | undefined;
      detail?: string | undefined;
      sid?: string | undefined;
      clientId?: string | undefined;
      cause?: unknown;
    },
  ) {
    super(options.detail ? `${code}: ${options.detail}` : code, { cause: options.cause });
    this.code = code;
    this.status = status;
    this.retryable = options.retryable;
    // Those not given stay undefined: own properties all the same, as ES2022 class fields are.
    const { retryAfterMs, detail, sid, clientId } = options;
    Object.assign(this, { retryAfterMs, detail, sid, clientId });
  }

  /**
   * The error of an HTTP answer that is not 2xx. A body that is not a problem of the contract
   * (a proxy's HTML page, a code we do not know) still gives a typed error: the code the
   * contract gives that status, else UnexpectedError, retryable as 5xx and 429 are.
   */
  static fromResponse(status: number, body: unknown, retryAfterHeader?: string | null): LivechatError {
    const problem = (body !== null && typeof body === 'object' ? body : {}) as Problem;
    const known = typeof problem.code === 'string' && Object.hasOwn(errors, problem.code) ? (problem.code as ErrorCode) : undefined;
    const code = known ?? codeForStatus(status);
    return new LivechatError(code, status, {
      retryable: problem.retryable ?? errors[code][1],
      retryAfterMs: problem.retryAfterMs ?? retryAfterFromHeader(retryAfterHeader),
      detail: problem.detail,
      sid: problem.sid,
      clientId: problem.clientId,
    });
  }

  /** The request never got an answer: offline, DNS, connection reset, CORS refusal. */
  static network(cause: unknown): LivechatError {
    return new LivechatError('NetworkError', 0, { retryable: true, detail: 'the server could not be reached', cause });
  }

  static timeout(ms: number): LivechatError {
    return new LivechatError('Timeout', 0, { retryable: true, detail: `no answer within ${ms} ms` });
  }
}

/** A call the client refuses itself, before any request: a caller's mistake, not retryable. */
export function refusal(code: Code, detail: string): LivechatError {
  return new LivechatError(code, 0, { retryable: false, detail });
}

/** The only code of the contract sent with this status, when there is exactly one; else by class. */
function codeForStatus(status: number): ErrorCode {
  const candidates = (Object.keys(errors) as ErrorCode[]).filter((code) => errors[code][0] === status);
  if (candidates.length === 1 && candidates[0] !== undefined) return candidates[0];
  if (status === 429) return 'RateLimited';
  if (status === 503) return 'ServerInternalConnectivityError';
  if (status === 404) return 'NotFound';
  return status >= 500 ? 'UnexpectedError' : 'InvalidRequest';
}

/** Retry-After in seconds (RFC 9110); an HTTP date is ignored rather than trusted to clocks. */
function retryAfterFromHeader(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim()) * 1000;
}
