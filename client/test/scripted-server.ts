// A scripted server for the client's tests: just enough of the contract (token, cookie, Open,
// Start, SendMessage, End, the event stream) to drive the client end to end on 127.0.0.1. Every
// request it receives and every frame it sends is checked with the generated validators, so the
// client is held to the contract. Not the reference server (reference-server/ is).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createValidators, type ValidatorKey } from '../../generated/validators.ts';

const validator = createValidators();
const limits = {
  maxMessageLength: 4096,
  maxAppMessageBytes: 16384,
  maxFileBytes: 10485760,
  maxFilesPerUpload: 5,
  allowedFileTypes: ['image/png', 'application/pdf'],
  messagesPerMinute: 120,
  signalsPerMinute: 3000,
  maxConcurrentChats: 1,
  sessionLifetimeMs: 14400000,
  closeTimerMs: 60000,
  heartbeatIntervalMs: 3000,
  offlineAfterMs: 9000,
  eventRetention: { events: 1000, ms: 300000 },
  transcriptCap: { entries: 2000, textBytes: 262144 },
};

type Chat = { sid: string; clientId: string; pages: Set<string>; trans: unknown[]; ended: boolean };
/** `events` holds what is retained: the oldest may have been forgotten (see forgetEvents). */
type BrowserSession = {
  token: string;
  chats: Map<string, Chat>;
  seq: number;
  events: Record<string, unknown>[];
  streams: Set<ServerResponse>;
};

/** Files served as they are (the built livechat.js, test pages), by path. */
export type StaticFiles = Record<string, { type: string; body: string }>;

export async function startScriptedServer(files: StaticFiles = {}) {
  const sessions = new Map<string, BrowserSession>();
  const problems: string[] = [];
  /** Routes to answer 503 once each ("POST /chats/<sid>/messages"...), for retry tests; and every body seen. */
  const failOnce = new Set<string>();
  const received: { route: string; body: unknown }[] = [];
  /** startAnswerDelayMs: Start's answer leaves this long after the chat's first events (a race of the network). */
  const timing = { startAnswerDelayMs: 0 };
  /** While silent the server writes nothing to its streams (a network that stopped answering). */
  let silent = false;

  const check = (key: ValidatorKey, value: unknown, what: string) => {
    const validate = validator(key);
    if (!validate(value)) problems.push(`${what}: ${JSON.stringify(validate.errors)}`);
    return validate.errors === null;
  };
  const send = (response: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    response
      .writeHead(status, body === undefined ? headers : { 'content-type': type, ...headers })
      .end(body === undefined ? undefined : JSON.stringify(body));
  };
  const problem = (response: ServerResponse, status: number, code: string) =>
    send(response, status, { type: `urn:livechat:error:${code}`, title: code, status, code, retryable: false });

  const emit = (session: BrowserSession, chat: Chat, event: string, data: Record<string, unknown>) => {
    session.seq += 1;
    const payload = { seq: session.seq, event, time: new Date().toISOString(), sid: chat.sid, clientId: chat.clientId, data };
    check(`event:${event}` as ValidatorKey, payload, `server event ${event}`);
    session.events.push(payload);
    if (!silent) for (const stream of session.streams) writeFrame(stream, payload);
  };
  const writeFrame = (stream: ServerResponse, payload: Record<string, unknown>) =>
    stream.write(`id: ${payload.seq}\nevent: ${payload.event}\ndata: ${JSON.stringify(payload)}\n\n`);
  const sessionOf = (chat: Chat) => ({ sid: chat.sid, clientId: chat.clientId, state: 'queued', queuePosition: 2, trans: chat.trans });
  /** The Resync a page gets when it resumes from before the oldest retained event. */
  const resync = (session: BrowserSession) => {
    const chats = [...session.chats.values()];
    const payload = {
      seq: session.seq,
      event: 'Resync',
      time: new Date().toISOString(),
      data: { sessions: chats.filter((c) => !c.ended).map(sessionOf), ended: chats.filter((c) => c.ended).map((c) => c.sid) },
    };
    check('event:Resync', payload, 'server event Resync');
    return payload;
  };

  const emitChatStarted = (session: BrowserSession, chat: Chat, startedBy: string) => {
    session.seq += 1;
    const payload = {
      seq: session.seq,
      event: 'ChatStarted',
      time: new Date().toISOString(),
      sid: chat.sid,
      clientId: chat.clientId,
      data: { session: sessionOf(chat), startedBy },
    };
    check('event:ChatStarted', payload, 'server event ChatStarted');
    session.events.push(payload);
    if (!silent) for (const stream of session.streams) writeFrame(stream, payload);
  };
  const endChat = (session: BrowserSession, chat: Chat, initiator: 'client' | 'server', reason?: string) => {
    chat.ended = true;
    emit(session, chat, 'OnEnd', { initiator, ...(reason !== undefined ? { reason } : {}) });
  };

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = request.method === 'GET' ? files[url.pathname] : undefined;
    if (file !== undefined) return void response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
    const route = `${request.method} ${url.pathname.replace('/tetherfi/livechat', '')}`;
    const cookie = /LIVECHAT_SESSION=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1];
    const session = cookie === undefined ? undefined : sessions.get(cookie);
    const page = String(request.headers['livechat-page'] ?? url.searchParams.get('page') ?? '');
    let body: unknown;
    const text = await new Promise<string>((resolve) => {
      let data = '';
      request.on('data', (chunk) => (data += chunk)).on('end', () => resolve(data));
    });
    if (text) body = JSON.parse(text);
    received.push({ route: `${request.method} ${url.pathname.replace('/tetherfi/livechat', '').replace(/c_[\w-]+/, '{sid}')}`, body });
    const failKey = `${request.method} ${url.pathname.replace('/tetherfi/livechat', '').replace(/c_[\w-]+/, '{sid}')}`;
    if (failOnce.delete(failKey)) {
      return send(response, 503, {
        type: 'urn:livechat:error:ServerInternalConnectivityError',
        title: 'x',
        status: 503,
        code: 'ServerInternalConnectivityError',
        retryable: true,
        retryAfterMs: 10,
      });
    }

    if (route === 'POST /access-token') {
      if (session) return send(response, 200, { token: session.token, captchaRequired: false, encryptedDetailsRequired: false });
      const id = `bs_${randomUUID()}`;
      const token = `tk_${randomUUID().replaceAll('-', '')}`;
      sessions.set(id, { token, chats: new Map(), seq: 0, events: [], streams: new Set() });
      return send(
        response,
        200,
        { token, captchaRequired: false, encryptedDetailsRequired: false },
        { 'set-cookie': `LIVECHAT_SESSION=${id}; Path=/tetherfi/livechat; HttpOnly; SameSite=Lax` },
      );
    }
    if (session === undefined) return problem(response, 400, 'CookiesDisabled');
    if (request.method === 'POST' && request.headers['livechat-token'] !== session.token)
      return problem(response, 403, 'AccessTokenInvalid');
    const active = [...session.chats.values()].filter((c) => !c.ended);
    const sid = /^\/chats\/([\w-]+)\//.exec(url.pathname.replace('/tetherfi/livechat', ''))?.[1];
    const chat = sid === undefined ? undefined : session.chats.get(sid);

    if (route === 'GET /events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' }).flushHeaders();
      const after = Number(request.headers['last-event-id'] ?? url.searchParams.get('after') ?? 0);
      const oldest = Number(session.events[0]?.seq ?? session.seq + 1);
      if (after < oldest - 1) writeFrame(response, resync(session));
      else for (const payload of session.events.filter((e) => Number(e.seq) > after)) writeFrame(response, payload);
      session.streams.add(response);
      response.on('close', () => session.streams.delete(response));
      return;
    }
    if (route === 'GET /events/poll') {
      const after = Number(url.searchParams.get('after') ?? 0);
      const oldest = Number(session.events[0]?.seq ?? session.seq + 1);
      const events = after < oldest - 1 ? [resync(session)] : session.events.filter((e) => Number(e.seq) > after);
      const answer = {
        events,
        next: events.length > 0 ? Number(events.at(-1)?.seq) : after,
        more: false,
        latestSeq: session.seq,
      };
      check('response:pollEvents:200', answer, 'server poll answer');
      return send(response, 200, answer);
    }
    if (route === 'POST /open') {
      if (active.length === 0) {
        const nothing = { sessions: [], reason: 'NoSessionFound' };
        check('response:openChats:200', nothing, 'server Open answer');
        return send(response, 200, nothing);
      }
      for (const c of active) c.pages.add(page);
      const answer = {
        seq: session.seq,
        sessions: active.map(sessionOf),
        limits,
      };
      check('response:openChats:200', answer, 'server Open answer');
      return send(response, 200, answer);
    }
    if (route === 'POST /close') return send(response, 204);
    if (route === 'POST /chats') {
      if (!check('request:startChat', body, 'client Start')) return problem(response, 400, 'InvalidRequest');
      const multichat = (body as { multichat?: boolean }).multichat === true;
      if (active.length > 0 && !multichat) return problem(response, 409, 'AlreadyStartedAndInSession');
      const created: Chat = {
        sid: `c_${randomUUID().slice(0, 12)}`,
        clientId: (body as { clientId: string }).clientId,
        pages: new Set([page]),
        trans: [],
        ended: false,
      };
      session.chats.set(created.sid, created);
      const answer = { sid: created.sid, clientId: created.clientId, seq: session.seq, limits };
      if (timing.startAnswerDelayMs > 0) {
        // The stream outruns the answer: ChatStarted (another chat is active) and OnCallQueued first.
        if (active.length > 0) emitChatStarted(session, created, page);
        emit(session, created, 'OnCallQueued', { queuePosition: 2, estimatedWaitMs: 30000 });
        setTimeout(() => send(response, 201, answer), timing.startAnswerDelayMs);
        return;
      }
      send(response, 201, answer);
      setTimeout(() => emit(session, created, 'OnCallQueued', { queuePosition: 2, estimatedWaitMs: 30000 }), 20);
      return;
    }
    if (chat === undefined) return problem(response, 404, 'NoSessionFound');
    if (!chat.pages.has(page)) return problem(response, 409, 'UnOpenedSessionNotAllowed');
    if (route === `POST /chats/${chat.sid}/messages`) {
      if (!check('request:sendMessage', body, 'client SendMessage')) return problem(response, 400, 'InvalidRequest');
      const { msg, clientMessageId } = body as { msg: string; clientMessageId: string };
      const messageId = `msg_${session.seq + 1}`;
      chat.trans.push({
        type: 'msg',
        by: 'c',
        msg: encodeURIComponent(msg),
        time: new Date().toISOString(),
        id: messageId,
        clientMessageId,
      });
      emit(session, chat, 'OnEcho', { msg, messageId, clientMessageId });
      return send(response, 201, { messageId, clientMessageId, time: new Date().toISOString(), seq: session.seq });
    }
    if (route === `POST /chats/${chat.sid}/end`) {
      endChat(session, chat, 'client', (body as { reason?: string } | undefined)?.reason);
      return send(response, 204);
    }
    return problem(response, 404, 'NotFound');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    problems,
    failOnce,
    received,
    timing,
    /** Stops writing to the event streams, as a network that stopped answering does. */
    goSilent() {
      silent = true;
    },
    /** Drops every open stream (the clients reconnect and resume) and writes again. */
    comeBack() {
      silent = false;
      for (const session of sessions.values()) for (const stream of session.streams) stream.destroy();
    },
    /** The server ends a chat (as an agent or a timer would), whoever listens. */
    endChat(sid: string) {
      for (const session of sessions.values()) {
        const chat = session.chats.get(sid);
        if (chat !== undefined) endChat(session, chat, 'server');
      }
    },
    /** Forgets every event kept so far, as retention does after a long absence: a resume gets a Resync. */
    forgetEvents() {
      for (const session of sessions.values()) session.events = [];
    },
    /** Event streams open now for one browser session (its LIVECHAT_SESSION cookie). */
    openStreams: (cookie: string) => sessions.get(cookie)?.streams.size ?? 0,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
