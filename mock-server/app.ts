// The mock server's front, on one origin: Prism answers the HTTP contract (request validation,
// answers from the contract's examples - the caller's Prefer header picks one), and this front
// adds what Prism cannot do: browser sessions (the cookie and token of each browser, not the
// example's), the event stream and the long-poll, and the events the contract ties to each call
// (generated/mock/events.ts), played as the browser session's scenario says. It also serves the
// real livechat.js and the demo pages, so a widget runs against it unchanged.
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { request as send } from 'undici';
import { operations } from '../generated/http/operations.ts';
import { type examples, reactions } from '../generated/mock/events.ts';
import { captchaSvg } from '../reference-server/chat/captcha-image.ts';
import { ChatError } from '../reference-server/chat/chat-error.ts';
import { pollEvents, streamEvents } from '../reference-server/http/event-stream.ts';
import { sendProblem } from '../reference-server/http/problem.ts';
import { scriptsFrom } from '../reference-server/http/scripts.ts';
import { type BrowserSession, BrowserSessions, type MockChat } from './browser-sessions.ts';
import { isScenario, MOCK_CAPTCHA_TEXT, type ScenarioName, ScriptedChats, scenarios } from './scenarios.ts';

export type MockOptions = { prismUrl: string; clientDist?: string };

type OperationId = keyof typeof operations;
const SESSION_COOKIE = 'LIVECHAT_SESSION';
const SCENARIO_COOKIE = 'LIVECHAT_MOCK_SCENARIO';
/** Prism's own headers and the hop-by-hop ones: a real deployment sends neither. */
const dropped = /^(access-control-|content-length$|connection$|keep-alive$|transfer-encoding$|date$)/i;
const root = join(import.meta.dirname, '..');

const routes = Object.entries(operations).map(([id, op]) => ({
  id: id as OperationId,
  method: op.method,
  pattern: new RegExp(`^${op.path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
}));
const routeOf = (method: string, path: string) => {
  for (const route of routes) {
    const match = route.method === method ? route.pattern.exec(path) : null;
    if (match) return { id: route.id, params: match.groups ?? {} };
  }
  return undefined;
};

/** Prism's findings about the request (its sl-violations header) as the contract's InvalidRequest, or undefined when it found none. */
function violations(answer: Answer): ChatError | undefined {
  const header = answer.headers['sl-violations'];
  if (typeof header !== 'string') return undefined;
  let found: { location?: string[]; message?: string; severity?: string }[];
  try {
    found = JSON.parse(header);
  } catch {
    return undefined;
  }
  const errors = found
    .filter((v) => v.severity === 'Error')
    .slice(0, 64)
    .map((v) => {
      const [, where, ...rest] = v.location ?? [];
      return {
        pointer: (where === 'body' ? `#/${rest.join('/')}` : `${where}:${rest.join('.')}`).slice(0, 512),
        message: String(v.message).slice(0, 512),
      };
    });
  return errors.length === 0
    ? undefined
    : new ChatError('InvalidRequest', 'the request does not match the contract (found by Prism)', { errors });
}

/** What the front needs of Prism's answer. */
type Answer = { status: number; headers: Record<string, string | string[]>; body: Buffer };

export async function createMockServer(options: MockOptions) {
  const app = Fastify({ bodyLimit: 64 * 1024 * 1024, forceCloseConnections: true });
  const sessions = new BrowserSessions();
  const scripted = new ScriptedChats(sessions);
  const scripts = scriptsFrom(options.clientDist ?? join(root, 'client', 'dist'));
  await app.register(cookie);
  // Bodies stay as sent: Prism validates them; the front reads the JSON it needs itself.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  await app.register(fastifyStatic, { root: join(root, 'reference-server', 'demo'), prefix: '/demo/', index: 'index.html' });
  app.get('/', (_request, reply) => reply.redirect('/demo/'));
  app.get('/mock/scenarios', (_request, reply) => reply.send(scenarios));

  /** The scenario a request asks for (header, then query flag), remembered for the browser in a cookie. */
  app.addHook('onRequest', async (request, reply) => {
    const asked = request.headers['livechat-mock-scenario'] ?? (request.query as Record<string, string | undefined>).mockScenario;
    if (asked === undefined) return;
    if (!isScenario(asked))
      return sendProblem(
        reply,
        new ChatError('InvalidRequest', `no mock scenario ${String(asked)}: one of ${Object.keys(scenarios).join(', ')}`),
      );
    void reply.setCookie(SCENARIO_COOKIE, asked, { path: '/', httpOnly: true, sameSite: 'lax' });
    request.cookies[SCENARIO_COOKIE] = asked;
    const session = sessions.get(request.cookies[SESSION_COOKIE]);
    if (session !== undefined) session.scenario = asked;
  });
  const scenarioOf = (request: FastifyRequest): ScenarioName => {
    const named = request.cookies[SCENARIO_COOKIE];
    return isScenario(named) ? named : 'happy';
  };

  /** Sends the request on to Prism as it came (with `prefer` when the front picks the answer). */
  const forward = async (request: FastifyRequest, prefer?: string): Promise<Answer> => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === 'string' && !/^(host|connection|content-length)$/i.test(name)) headers[name] = value;
    if (prefer !== undefined && headers.prefer === undefined) headers.prefer = prefer;
    const answer = await send(`${options.prismUrl}${request.url}`, {
      method: request.method as 'GET',
      headers,
      ...(Buffer.isBuffer(request.body) ? { body: request.body } : {}),
    });
    const body = Buffer.from(await answer.body.arrayBuffer());
    const kept: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !dropped.test(name)) kept[name] = value;
    return { status: answer.statusCode, headers: kept, body };
  };
  const reply = (to: FastifyReply, answer: Answer, json?: unknown) => {
    // Prism refused the request (sl-violations) and picked some 4xx example: the contract says InvalidRequest, with what is wrong.
    const refused = violations(answer);
    if (refused !== undefined && answer.status >= 400) return sendProblem(to, refused);
    return to
      .code(answer.status)
      .headers(answer.headers)
      .send(json === undefined ? answer.body : JSON.stringify(json));
  };
  const jsonOf = (buffer: unknown): Record<string, unknown> => {
    try {
      const value = JSON.parse(Buffer.isBuffer(buffer) ? buffer.toString() : '');
      return value !== null && typeof value === 'object' ? value : {};
    } catch {
      return {};
    }
  };

  /** The caller's browser session, or the contract's refusal (CookiesDisabled, AccessTokenInvalid on a POST). */
  const sessionOf = (request: FastifyRequest): BrowserSession | ChatError => {
    const session = sessions.get(request.cookies[SESSION_COOKIE]);
    if (session === undefined)
      return new ChatError('CookiesDisabled', 'no LIVECHAT_SESSION cookie this mock knows: call GetAccessToken first');
    if (request.method !== 'GET' && request.headers['livechat-token'] !== session.token)
      return new ChatError('AccessTokenInvalid', 'Livechat-Token is missing or is not this browser session’s token');
    return session;
  };

  for (const path of [
    '/tetherfi/livechat/livechat.js',
    '/tetherfi/livechat/interface/__clientlog.js',
    '/tetherfi/adaptor.mini.js',
    '/tetherfi/livechat_video.mini.js',
  ])
    app.get(path, async (_request, res) => {
      const script = await scripts(path);
      return res
        .type(script?.type ?? 'text/javascript')
        .header('cache-control', 'no-cache')
        .send(script?.body ?? '');
    });
  app.get('/tetherfi/livechat/captcha', (_request, res) =>
    res.type('image/svg+xml').header('cache-control', 'no-store').send(captchaSvg(MOCK_CAPTCHA_TEXT)),
  );

  app.get('/tetherfi/livechat/events', async (request, res) => {
    const session = sessionOf(request);
    if (session instanceof ChatError) return sendProblem(res, session);
    if (offline(session, res)) return;
    const lastEventId = request.headers['last-event-id'];
    const after = Number(typeof lastEventId === 'string' ? lastEventId : ((request.query as { after?: string }).after ?? 0)) || 0;
    res.hijack();
    const stream = { destroy: () => res.raw.destroy() };
    session.streams.add(stream);
    await streamEvents(res.raw, {
      store: await sessions.store,
      key: `browser:${session.id}`,
      after: Math.max(0, after),
      heartbeatMs: 3000,
    });
    session.streams.delete(stream);
  });
  app.get('/tetherfi/livechat/events/poll', async (request, res) => {
    const session = sessionOf(request);
    if (session instanceof ChatError) return sendProblem(res, session);
    if (offline(session, res)) return;
    const { after, waitMs } = request.query as { after?: string; waitMs?: string };
    const answer = await pollEvents({
      store: await sessions.store,
      key: `browser:${session.id}`,
      after: Math.max(0, Number(after ?? 0) || 0),
      heartbeatMs: 3000,
      waitMs: Math.min(5000, Math.max(0, Number(waitMs ?? 4000) || 0)),
    });
    return res.header('cache-control', 'no-store').send(answer);
  });

  app.all('/*', async (request, res) => {
    const route = routeOf(request.method, request.url.split('?')[0] ?? '');
    if (route === undefined || ['getStatus', 'slog'].includes(route.id)) return reply(res, await forward(request));
    if (route.id === 'getAccessToken') return accessToken(request, res);
    const session = sessionOf(request);
    if (session instanceof ChatError) return sendProblem(res, session);
    if (offline(session, res)) return;
    const body = jsonOf(request.body);
    const sid = route.params.sid;
    const chat = sid === undefined ? undefined : session.chats.get(sid);
    if (sid !== undefined && chat === undefined) return reply(res, await forward(request, 'code=404, example=NoSessionFound'));
    if (chat?.state === 'ended') return reply(res, await forward(request, 'code=410, example=AlreadyEndedSession'));
    if (route.id === 'startChat') return start(request, res, session, body);
    if (route.id === 'openChats') return open(request, res, session);
    const answer = await forward(request);
    if (answer.status >= 300 || chat === undefined) return reply(res, answer);
    if (route.id === 'sendMessage') {
      const messageId = `msg_${Date.now().toString(36)}${chat.trans.length}`;
      const result = { ...jsonOf(answer.body), messageId };
      const msg = String(body.msg);
      chat.trans.push({
        type: 'msg',
        by: 'c',
        msg: encodeURIComponent(msg),
        time: new Date().toISOString(),
        id: messageId,
        clientMessageId: body.clientMessageId,
      });
      await sessions.emit(session, chat, 'OnEcho', { msg, messageId, clientMessageId: body.clientMessageId });
      scripted.messaged(session, chat, msg);
      return reply(res, answer, result);
    }
    if (route.id === 'endChat') {
      sessions.end(chat);
      await sessions.emit(session, chat, 'OnEnd', {
        initiator: 'client',
        ...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
      });
      return reply(res, answer);
    }
    for (const { event, afterMs } of (reactions as Record<string, readonly { event: string; afterMs: number }[]>)[route.id] ?? []) {
      const data =
        event === 'OnCallbackRequestStatus' ? { isCustomerReq: true, status: true, contact: String(body.contact ?? '') } : undefined;
      sessions.later(chat, afterMs, () => sessions.emit(session, chat, event as keyof typeof examples, data));
    }
    return reply(res, answer);
  });

  /** Scenario offline: the browser session's requests go unanswered (the connection drops) until it is back. */
  function offline(session: BrowserSession, res: FastifyReply): boolean {
    if (Date.now() >= session.offlineUntil) return false;
    res.hijack();
    res.raw.socket?.destroy();
    return true;
  }

  async function accessToken(request: FastifyRequest, res: FastifyReply) {
    const answer = await forward(request);
    if (answer.status !== 200) return reply(res, answer);
    const known = sessions.get(request.cookies[SESSION_COOKIE]);
    const session = known ?? sessions.create(scenarioOf(request));
    delete answer.headers['set-cookie'];
    if (known === undefined)
      void res.setCookie(SESSION_COOKIE, session.id, { path: '/tetherfi/livechat', httpOnly: true, sameSite: 'lax' });
    return reply(res, answer, { ...jsonOf(answer.body), token: session.token, captchaRequired: session.scenario === 'captcha' });
  }

  async function start(request: FastifyRequest, res: FastifyReply, session: BrowserSession, body: Record<string, unknown>) {
    const details = (body.details ?? {}) as Record<string, unknown>;
    if (session.scenario === 'captcha') {
      const entered = typeof details.eEnteredCaptcha === 'string' ? details.eEnteredCaptcha.trim().toUpperCase() : '';
      if (entered === '')
        return sendProblem(res, new ChatError('CaptchaIsEmpty', 'this mock requires a captcha: eEnteredCaptcha is empty'));
      if (entered !== MOCK_CAPTCHA_TEXT)
        return sendProblem(res, new ChatError('CaptchaDoesNotMatch', `the mock's captcha shows ${MOCK_CAPTCHA_TEXT}`));
    }
    const answer = await forward(request, 'code=201');
    if (answer.status !== 201) return reply(res, answer);
    const seq = await sessions.latestSeq(session);
    const chat = sessions.newChat(session, typeof body.clientId === 'string' ? body.clientId : `ci_${Date.now().toString(36)}`);
    const result = jsonOf(answer.body);
    const limits = { ...(result.limits as object), maxConcurrentChats: body.multichat === true ? 4 : 1 };
    const delay = (event: string) => reactions.startChat.find((r) => r.event === event)?.afterMs ?? 0;
    scripted.started(session, chat, details, delay('OnCallQueued'), delay('OnRemoteUserConnected'));
    return reply(res, answer, { ...result, sid: chat.sid, clientId: chat.clientId, seq, limits });
  }

  async function open(request: FastifyRequest, res: FastifyReply, session: BrowserSession) {
    const active = [...session.chats.values()].filter((c) => c.state !== 'ended');
    if (active.length === 0) return reply(res, await forward(request, 'code=404, example=NoSessionFound'));
    const answer = await forward(request);
    if (answer.status !== 200) return reply(res, answer);
    const seq = await sessions.latestSeq(session);
    const snapshot = (chat: MockChat) => ({
      sid: chat.sid,
      clientId: chat.clientId,
      state: chat.state,
      ...(chat.agents.length > 0 ? { agents: chat.agents } : {}),
      trans: chat.trans,
      ...(chat.state === 'queued' ? { queuePosition: 1 } : {}),
    });
    return reply(res, answer, { ...jsonOf(answer.body), seq, sessions: active.map(snapshot) });
  }

  app.addHook('onClose', async () => {
    sessions.close();
    await (await sessions.store).close();
  });
  return { app, sessions };
}
