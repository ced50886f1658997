// Every error answer of the server: problem details (RFC 9457) carrying the contract's ErrorCode,
// from the ChatError the core raised, from the framework's own refusals (bad JSON, too large, no
// such route), or - for a defect - UnexpectedError, with the stack in the log and never in the answer.

import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorObject } from 'ajv';
import type { FastifyBaseLogger, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, errorCodes } from '../../generated/codes.ts';
import { ChatError } from '../chat/chat-error.ts';
import { StoreUnavailable } from '../store/store.ts';
import type { RouteContract } from './contract.ts';

export function problemBody(error: ChatError, instance?: string) {
  const retryAfterMs = error.extras.retryAfterMs ?? (error.retryable ? 1000 : undefined);
  return {
    type: `urn:livechat:error:${error.code}`,
    title: error.code,
    status: error.status,
    detail: error.detail.slice(0, 2048),
    ...(instance !== undefined ? { instance: instance.slice(0, 512) } : {}),
    code: error.code,
    retryable: error.retryable,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    ...(error.extras.sid !== undefined ? { sid: error.extras.sid } : {}),
    ...(error.extras.clientId !== undefined ? { clientId: error.extras.clientId } : {}),
    ...(error.extras.errors !== undefined ? { errors: error.extras.errors.slice(0, 64) } : {}),
  };
}

export function sendProblem(reply: FastifyReply, error: ChatError, instance?: string) {
  const body = problemBody(error, instance);
  if (body.retryAfterMs !== undefined && (body.status === 429 || body.status === 503))
    void reply.header('retry-after', String(Math.ceil(body.retryAfterMs / 1000)));
  return reply.code(body.status).type('application/problem+json').send(body);
}

/** Ajv's findings as the Problem's `errors`, each with where (a JSON pointer under `where`) and what. */
export function invalidRequest(where: 'body' | 'query' | 'path', errors: ErrorObject[] | null | undefined): ChatError {
  const prefix = where === 'body' ? '#' : `${where}:`;
  const list = (errors ?? []).slice(0, 64).map((e) => ({
    pointer:
      `${prefix}${where === 'body' ? e.instancePath : e.instancePath.replace(/^\//, '') || String(e.params.missingProperty ?? '')}`.slice(
        0,
        512,
      ),
    message: `${e.message ?? 'is invalid'}${e.params.allowedValues ? `: ${JSON.stringify(e.params.allowedValues)}` : ''}`.slice(0, 512),
  }));
  return new ChatError('InvalidRequest', `the request's ${where} does not match the contract`, { errors: list });
}

/** The framework's own refusals, in the contract's words. */
export function fromFrameworkError(error: FastifyError): ChatError {
  const code: ErrorCode =
    error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
      ? 'PayloadTooLarge'
      : error.statusCode === 429
        ? 'RateLimited'
        : error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
          ? 'InvalidRequest'
          : 'UnexpectedError';
  const detail = code === 'UnexpectedError' ? 'an unexpected failure; it is logged' : error.message;
  return new ChatError(code, detail);
}

/** A store that cannot keep a change is an outage, not a defect: nothing of the call took effect, so a retry is safe. */
export const storeUnavailable = () =>
  new ChatError('ServerInternalConnectivityError', 'the server cannot store anything right now; try again shortly', {
    retryAfterMs: 2000,
  });

export function errorHandler(error: FastifyError | ChatError | StoreUnavailable, request: FastifyRequest, reply: FastifyReply) {
  let chatError = error instanceof ChatError ? error : error instanceof StoreUnavailable ? storeUnavailable() : fromFrameworkError(error);
  // A body over the server's limit, on an operation whose contract has no 413: the schema's bounds make it InvalidRequest.
  const listed = (request.routeOptions.config as Partial<RouteContract> | undefined)?.errors;
  if (chatError.code === 'PayloadTooLarge' && listed !== undefined && !listed.includes('PayloadTooLarge'))
    chatError = new ChatError('InvalidRequest', chatError.detail);
  if (chatError.code === 'UnexpectedError') request.log.error({ err: error }, 'unexpected failure');
  return sendProblem(reply, chatError, request.url.split('?')[0]);
}

export const isErrorCode = (code: string): code is ErrorCode => code in errorCodes;

/**
 * Fastify's `frameworkErrors`: a URL it cannot decode or a path parameter over its length, refused
 * before any route runs. No `instance`: the path is what was refused, and is not echoed.
 */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const detail =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a path parameter is longer than any id of the contract' : 'the URL is not well-formed';
  return sendProblem(reply, new ChatError('InvalidRequest', detail));
}

/**
 * Fastify's `clientErrorHandler` (Node's 'clientError'): a request the HTTP parser refused (headers
 * too large, a malformed request, one that did not arrive in time), answered on the raw socket -
 * as problem details too - and the connection closed.
 */
export function clientErrorHandler(log: FastifyBaseLogger) {
  return (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const problem =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? new ChatError('PayloadTooLarge', 'the request line and headers are larger than the server takes')
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' || error.code === 'ERR_HTTP_HEADERS_TIMEOUT'
          ? new ChatError('InvalidRequest', 'the request did not arrive in time')
          : new ChatError('InvalidRequest', 'the request is not well-formed HTTP');
    log.debug({ err: error }, 'client error');
    // Not in the middle of an answer (Node's own check): that would garble it.
    const answering = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (socket.writable && (answering === undefined || answering === null || !answering.headersSent)) {
      const body = JSON.stringify(problemBody(problem));
      socket.write(
        `HTTP/1.1 ${problem.status} ${problem.code}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy();
  };
}
