// The customer's operations of spec/openapi.yaml, each a thin adapter: read the request, find the
// browser session (cookie, token), call the chat core, answer with the contract's status.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { operations } from '../../generated/http/operations.ts';
import { ChatError } from '../chat/chat-error.ts';
import type { BrowserCaller, CustomerChats, StartBody } from '../chat/customer-chats.ts';
import { logRef } from '../chat/ids.ts';
import type { Routing } from '../chat/routing.ts';
import type { Config } from '../config.ts';
import type { Faults } from '../faults.ts';
import type { BrowserSessionRecord, Store, StoredEvent } from '../store/store.ts';
import { type Handler, registerOperation, type Violations } from './contract.ts';
import { openStream, pollEvents } from './event-stream.ts';
import { scriptOperations } from './scripts.ts';
import type { StreamLimits } from './stream-limits.ts';

export type OperationId = keyof typeof operations;

export type CustomerDeps = {
  /** Fault switches of the conformance self-test. */
  faults?: Faults;
  config: Config;
  store: Store;
  chats: CustomerChats;
  routing: Routing;
  streams: StreamLimits;
  /** The status check's answer: ONLINE, or why not. */
  status: () => Promise<string>;
  /** Files served as they are (the client bundles), by path. */
  scripts: (path: string, query: Record<string, string>) => Promise<{ type: string; body: string } | undefined>;
  checkEvent?: (event: StoredEvent) => void;
  violations?: Violations;
};

export const SESSION_COOKIE = 'LIVECHAT_SESSION';
const COOKIE_PATH = '/tetherfi/livechat';

type Body = Record<string, unknown>;
const bodyOf = (request: FastifyRequest) => (request.body ?? {}) as Body;
const sidOf = (request: FastifyRequest) => (request.params as { sid: string }).sid;
const pageOf = (request: FastifyRequest) => {
  const page = request.headers['livechat-page'] ?? (request.query as { page?: string }).page;
  if (typeof page !== 'string' || !/^[A-Za-z0-9_-]{22,64}$/.test(page))
    throw new ChatError('InvalidRequest', 'the Livechat-Page header (or ?page=) with the page id is missing or malformed', {
      errors: [{ pointer: 'header:Livechat-Page', message: 'must be a PageId' }],
    });
  return page;
};

export function registerCustomerRoutes(app: FastifyInstance, deps: CustomerDeps): OperationId[] {
  const { chats } = deps;
  const caller = (request: FastifyRequest) => callerOf(chats, request);

  const handlers: Partial<Record<OperationId, Handler>> = {
    getStatus: async (_request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .type('text/plain; charset=utf-8')
        .send(await deps.status()),

    ...Object.fromEntries(scriptOperations.map((id) => [id, (request, reply) => serveScript(request, reply, deps)] as const)),

    getAccessToken: async (request, reply) => {
      const { token } = await browserSessionOrNew(request, reply, deps);
      return reply.header('cache-control', 'no-store').send({
        token,
        captchaRequired: chats.admission.captchaRequired,
        encryptedDetailsRequired: chats.admission.encryptedDetailsRequired,
      });
    },

    openChats: async (request, reply) => {
      const answer = await chats.open(...(await caller(request)));
      return reply.send(deps.faults?.opened(answer) ?? answer);
    },

    closePage: async (request, reply) => {
      await chats.close(...(await caller(request)));
      return reply.code(204).send();
    },

    startChat: async (request, reply) => {
      const page = pageOf(request);
      const { session, token } = await verifiedCaller(chats, request, true);
      const { status, result } = await chats.start(session, page, bodyOf(request) as StartBody, token);
      return reply.code(status).send(result);
    },

    endChat: async (request, reply) => {
      const { reason } = bodyOf(request) as { reason?: string };
      await chats.end(...(await caller(request)), sidOf(request), reason);
      return reply.code(204).send();
    },

    sendMessage: async (request, reply) => {
      const { msg, clientMessageId } = bodyOf(request) as { msg: string; clientMessageId: string };
      const { status, body } = await chats.sendMessage(...(await caller(request)), sidOf(request), msg, clientMessageId);
      return reply.code(status).send(body);
    },

    sendAppMessage: async (request, reply) => {
      const { type, obj, clientMessageId } = bodyOf(request) as { type: string; obj: unknown; clientMessageId: string };
      if (Buffer.byteLength(JSON.stringify(obj)) > chats.limits.maxAppMessageBytes)
        throw new ChatError('PayloadTooLarge', `obj is larger than ${chats.limits.maxAppMessageBytes} bytes as JSON`);
      await chats.sendAppMessage(...(await caller(request)), sidOf(request), type, obj, clientMessageId);
      return reply.code(202).send();
    },

    notifyTypingStateChange: async (request, reply) => {
      const { state } = bodyOf(request) as { state: 0 | 1 };
      await chats.typing(...(await caller(request)), sidOf(request), state);
      return reply.code(204).send();
    },

    requestCallback: async (request, reply) => {
      const { contact } = bodyOf(request) as { contact: string };
      await chats.requestCallback(...(await caller(request)), sidOf(request), contact);
      return reply.code(202).send();
    },

    slog: async (request, reply) => {
      const [current, page] = await caller(request);
      const { type, unit, msg } = bodyOf(request) as { type: 'info' | 'warn' | 'error'; unit: string; msg: string };
      // As data in one structured line: pino escapes control characters, so a page cannot forge log lines.
      request.log[type]({ browserSession: logRef(current.id), page, unit, clientLog: msg }, 'slog');
      return reply.code(204).send();
    },

    openEventStream: async (request, reply) => {
      const [current, page] = await caller(request);
      const id = current.id;
      const position = streamPosition(request);
      const after = deps.faults?.has('repeat-event-on-resume') && position > 0 ? position - 1 : position;
      // Per address and in all here (descriptors of this process); per session over every process, by the presence counts.
      const release = deps.streams.acquire(`browser:${id}`, request.ip, { perSession: false });
      await chats.streamOpened(id).catch((error: unknown) => {
        release();
        throw error;
      });
      reply.hijack();
      // The handler returns while the stream runs (no call frame held per open stream); its end releases it.
      openStream(
        reply.raw,
        {
          store: deps.store,
          key: `browser:${id}`,
          after,
          // The stream is written raw: the headers set so far (CORS for an allowed origin) go with it.
          headers: Object.fromEntries(
            Object.entries(reply.getHeaders()).filter(
              ([name]) => !(deps.faults?.has('stream-cors-missing') && name.startsWith('access-control-')),
            ),
          ),
          heartbeatMs: deps.faults?.has('slow-heartbeat') ? 30_000 : deps.config.LIVECHAT_HEARTBEAT_MS,
          bufferBytes: deps.config.LIVECHAT_STREAM_BUFFER_BYTES,
          resync: () => chats.resync(id),
          ...(deps.checkEvent ? { onEvent: deps.checkEvent } : {}),
          ...(deps.faults?.any ? { withhold: (event, owed) => deps.faults?.withholds(event, page, owed) === true } : {}),
        },
        () => {
          release();
          chats.streamClosed(id).catch((error: unknown) => request.log.error({ err: error }, 'stream end not recorded'));
        },
      );
    },

    pollEvents: async (request, reply) => {
      const [current] = await caller(request);
      const { waitMs } = request.query as { waitMs?: string };
      const answer = await pollEvents({
        store: deps.store,
        key: `browser:${current.id}`,
        after: streamPosition(request),
        heartbeatMs: deps.config.LIVECHAT_HEARTBEAT_MS,
        waitMs: Math.min(5000, Math.max(0, Number(waitMs ?? 4000) || 0)),
        resync: () => chats.resync(current.id),
      });
      for (const event of answer.events) deps.checkEvent?.(event);
      return reply.header('cache-control', 'no-store').send(answer);
    },
  };

  for (const [id, handler] of Object.entries(handlers) as [OperationId, Handler][])
    registerOperation(app, 'customer', id, operations[id], handler, deps.violations);
  return Object.keys(handlers) as OperationId[];
}

/** The request's browser session; a new one, with its cookie set, when the request has no valid cookie (GetAccessToken, the captcha image). */
export async function browserSessionOrNew(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: Pick<CustomerDeps, 'chats'>,
): Promise<BrowserCaller> {
  const current = await browserCallerOf(deps.chats, request);
  if (current !== undefined) return current;
  const created = await deps.chats.newBrowserSession();
  void reply.setCookie(SESSION_COOKIE, created.cookie, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
  return created;
}

/** The calling page and its browser session - the page header first, as part of the request's schema. */
export async function callerOf(chats: CustomerChats, request: FastifyRequest): Promise<[BrowserSessionRecord, string]> {
  const page = pageOf(request);
  return [(await verifiedCaller(chats, request, request.method === 'POST')).session, page];
}

/** What the request's cookie opens, worked out once a request: the rate limits ask first (whose budget), then the handler. */
const callers = new WeakMap<FastifyRequest, Promise<BrowserCaller | undefined>>();
export function browserCallerOf(chats: CustomerChats, request: FastifyRequest): Promise<BrowserCaller | undefined> {
  let caller = callers.get(request);
  if (caller === undefined) {
    caller = chats.browserSessionOf(request.cookies[SESSION_COOKIE]);
    callers.set(request, caller);
  }
  return caller;
}

/** The request's browser session and token, with the token checked when `changesState`. */
export async function verifiedCaller(chats: CustomerChats, request: FastifyRequest, changesState: boolean): Promise<BrowserCaller> {
  const cookie = request.cookies[SESSION_COOKIE];
  const caller = await browserCallerOf(chats, request);
  // The handler has it now: a request that lives on (a stream) holds no more of it than the handler does.
  callers.delete(request);
  return chats.verifyCaller(caller, cookie, headerOf(request, 'livechat-token'), changesState);
}

function headerOf(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** Where a stream starts: Last-Event-ID wins over ?after=, as the contract says. */
function streamPosition(request: FastifyRequest): number {
  const raw = headerOf(request, 'last-event-id') ?? (request.query as { after?: string }).after ?? '0';
  const position = Number(raw);
  if (!Number.isSafeInteger(position) || position < 0)
    throw new ChatError('InvalidRequest', 'the stream position (Last-Event-ID or ?after=) must be a whole number', {
      errors: [{ pointer: 'query:after', message: 'must be a non-negative integer' }],
    });
  return position;
}

async function serveScript(request: FastifyRequest, reply: FastifyReply, deps: CustomerDeps) {
  const script = await deps.scripts(request.url.split('?')[0] ?? '', request.query as Record<string, string>);
  if (script === undefined) throw new ChatError('NotFound', 'the client bundle is not built: run `npm run build`');
  return reply.type(script.type).header('cache-control', 'no-cache').send(script.body);
}
