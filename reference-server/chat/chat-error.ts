// The one error the chat core raises: an ErrorCode of the contract, which the HTTP layer turns
// into problem details with the code's status (generated/codes.ts) - never a stack trace.
import { type ErrorCode, errorCodes } from '../../generated/codes.ts';

export type ProblemExtras = {
  sid?: string;
  clientId?: string;
  retryAfterMs?: number;
  errors?: { pointer: string; message: string }[];
};

export class ChatError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ChatError';
  }

  get status(): number {
    return errorCodes[this.code].status;
  }

  get retryable(): boolean {
    return errorCodes[this.code].retryable;
  }
}
