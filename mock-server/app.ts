// The mock server's front, on one origin: Prism answers the HTTP contract (request validation,
// answers from the contract's examples - the caller's Prefer header picks one), and this front
// adds what Prism cannot do: browser sessions (the cookie and token of each browser, not the
// example's), the event stream and the long-poll, and the events the contract ties to each call
// (generated/mock/events.ts), played as the browser session's scenario says. It also serves the
// real livechat.js and the demo pages, so a widget runs against it unchanged.
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { request as send } from 'undici';
import { type ErrorCode, errorCodes } from '../generated/codes.ts';
import { operations } from '../generated/http/operations.ts';
import { type examples, reactions } from '../generated/mock/events.ts';
import { captchaSvg } from '../reference-server/chat/captcha-image.ts';
import { ChatError, type ProblemExtras } from '../reference-server/chat/chat-error.ts';
import { contractErrors } from '../reference-server/http/contract.ts';
import { registerCustomerCors } from '../reference-server/http/cors.ts';
import { pollEvents, streamEvents } from '../reference-server/http/event-stream.ts';
import { errorHandler, invalidRequest, sendProblem } from '../reference-server/http/problem.ts';
import { scriptOperations, scriptsFrom } from '../reference-server/http/scripts.ts';
import { type BrowserSession, BrowserSessions, type MockChat } from './browser-sessions.ts';
import { takeUpload } from './chat-files.ts';
import { CsoMedia, mediaOperations } from './cso-media.ts';
import { isScenario, MOCK_CAPTCHA_TEXT, type ScenarioName, ScriptedChats, scenarios } from './scenarios.ts';
import { overCap } from './transcript-cap.ts';

/**
 * `host`: the address the mock listens on (its CSO's WebRTC candidates stay on loopback when it is);
 * `clientDist` / `demoDir`: where livechat.js and the demo pages are (the repository's client/dist/
 * and reference-server/demo/ by default; the package's dist/, see files.ts);
 * `allowedOrigins`: other origins whose pages may use the mock (LIVECHAT_ALLOWED_ORIGINS, as on the reference server);
 * `staticDir`: a folder of the partner's own pages, served from the mock's origin at `/` (settings.ts checks it is one).
 */
export type MockOptions = {
  prismUrl: string;
  clientDist?: string;
  demoDir?: string;
  host?: string;
  allowedOrigins?: readonly string[];
  staticDir?: string;
};

type OperationId = keyof typeof operations;
const SESSION_COOKIE = 'LIVECHAT_SESSION';
const SCENARIO_COOKIE = 'LIVECHAT_MOCK_SCENARIO';
/** What the front forwards to Prism: the contract's methods. OPTIONS is CORS's preflight (registerCustomerCors), never Prism's. */
const FORWARDED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** Headers of this hop, not for Prism (undici refuses some of them). */
const hopByHop = /^(host|connection|content-length|transfer-encoding|expect|keep-alive|upgrade|te|trailer|proxy-.*)$/i;
/** Prism's own headers and the hop-by-hop ones: a real deployment sends neither. */
const dropped = /^(access-control-|content-length$|connection$|keep-alive$|transfer-encoding$|date$)/i;
const root = join(import.meta.dirname, '..');
/** How long the front waits for Prism before it answers ServerInternalConnectivityError. */
const PRISM_TIMEOUT_MS = 10_000;
/** The chats a multilivechat page may hold at once on the mock (Start's limits.maxConcurrentChats). */
const MULTI_CHATS = 4;
/** The body limits of the contract: CreateCampaignContact's 16 KiB of JSON, 256 KiB for the other JSON bodies. */
const MAX_CONTACT_BYTES = 16 * 1024;
const MAX_JSON_BYTES = 256 * 1024;
/** A body as JSON; undefined when it is none or not JSON. */
const parsed = (buffer: unknown): unknown => {
  try {
    return JSON.parse(Buffer.isBuffer(buffer) ? buffer.toString() : '');
  } catch {
    return undefined;
  }
};
/** A body's JSON object, or {} (the fields the front reads or fills in). */
const jsonOf = (buffer: unknown): Record<string, unknown> => {
  const value = parsed(buffer);
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
};

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

/**
 * Prism's own errors (not the contract's problems) in the contract's words: a request without the
 * security the operation names (CookiesDisabled without the cookie, else AccessTokenInvalid), a
 * path it has no operation for (NotFound), anything else it refused (InvalidRequest).
 */
function prismsOwn(answer: Answer, request: FastifyRequest): ChatError | undefined {
  const type = String(jsonOf(answer.body).type ?? '');
  if (!type.includes('stoplight.io/prism/errors#')) return undefined;
  if (type.endsWith('#UNAUTHORIZED'))
    return request.cookies[SESSION_COOKIE] === undefined
      ? new ChatError('CookiesDisabled', 'no LIVECHAT_SESSION cookie: call GetAccessToken first')
      : new ChatError('AccessTokenInvalid', 'Livechat-Token is missing');
  if (type.endsWith('#NO_PATH_MATCHED_ERROR') || type.endsWith('#NO_METHOD_MATCHED_ERROR'))
    return new ChatError('NotFound', 'no such operation');
  return new ChatError('InvalidRequest', String(jsonOf(answer.body).title ?? 'refused'));
}

/** What the front needs of Prism's answer. */
type Answer = { status: number; headers: Record<string, string | string[]>; body: Buffer };

export async function createMockServer(options: MockOptions) {
  const app = Fastify({ bodyLimit: 64 * 1024 * 1024, forceCloseConnections: true });
  const sessions = new BrowserSessions();
  const scripted = new ScriptedChats(sessions);
  const media = new CsoMedia(sessions, options.host ?? '127.0.0.1');
  const scripts = scriptsFrom(options.clientDist ?? join(root, 'client', 'dist'));
  await app.register(cookie);
  // The framework's own refusals (a body over its limit, a malformed URL) in the contract's words.
  app.setErrorHandler((error, request, res) => errorHandler(error as FastifyError, request, res));
  // Bodies stay as sent: Prism validates them; the front reads the JSON it needs itself.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  await registerCustomerCors(app, options.allowedOrigins ?? []);
  await app.register(fastifyStatic, {
    root: options.demoDir ?? join(root, 'reference-server', 'demo'),
    prefix: '/demo/',
    index: 'index.html',
  });
  // The partner's pages at / (their index.html there), beside /demo/, /mock/ and /tetherfi/, which stay the mock's.
  // @fastify/static (send) keeps every path inside the folder; dotfiles (.env, .git) are not served, nor listings.
  if (options.staticDir !== undefined)
    await app.register(fastifyStatic, {
      root: options.staticDir,
      prefix: '/',
      index: 'index.html',
      dotfiles: 'ignore',
      list: false,
      decorateReply: false,
    });
  else app.get('/', (_request, reply) => reply.redirect('/demo/'));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, new ChatError('NotFound', 'no such operation or page'), request.url.split('?')[0]),
  );
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

  /** Sends the request on to Prism as it came (with `prefer` when the front picks the answer); a silent Prism is the contract's 503. */
  const forward = async (request: FastifyRequest, prefer?: string): Promise<Answer | ChatError> => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === 'string' && !hopByHop.test(name)) headers[name] = value;
    if (prefer !== undefined && headers.prefer === undefined) headers.prefer = prefer;
    try {
      const answer = await send(`${options.prismUrl}${request.url}`, {
        method: request.method as 'GET',
        headers,
        ...(Buffer.isBuffer(request.body) ? { body: request.body } : {}),
        headersTimeout: PRISM_TIMEOUT_MS,
        bodyTimeout: PRISM_TIMEOUT_MS,
      });
      const body = Buffer.from(await answer.body.arrayBuffer());
      const kept: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && !dropped.test(name)) kept[name] = value;
      return { status: answer.statusCode, headers: kept, body };
    } catch {
      return new ChatError('ServerInternalConnectivityError', 'the mock’s Prism did not answer', { retryAfterMs: 1000 });
    }
  };
  /** Prism's answer (or the front's refusal), with `json` as the body when the front filled it in. */
  const reply = (to: FastifyReply, request: FastifyRequest, answer: Answer | ChatError, json?: unknown) => {
    if (answer instanceof ChatError) return sendProblem(to, answer);
    const refused = violations(answer) ?? prismsOwn(answer, request);
    if (refused !== undefined && answer.status >= 400) return sendProblem(to, refused);
    return to
      .code(answer.status)
      .headers(answer.headers)
      .send(json === undefined ? answer.body : JSON.stringify(json));
  };
  /**
   * The contract's refusal `code`, for a request Prism finds valid: Prism's example of that name
   * when the problem carries nothing of the browser session's own (`extras`: the chat's ids) and
   * the operation's body is one Prism reads; else the front's own problem, of the same shape.
   */
  const refuse = async (request: FastifyRequest, res: FastifyReply, code: ErrorCode, extras: ProblemExtras = {}) => {
    const own = new ChatError(code, `the mock answers ${code} here, as a deployment does`, extras);
    const multipart = /multipart/i.test(request.headers['content-type'] ?? '');
    if (Object.keys(extras).length > 0 || multipart) return sendProblem(res, own);
    const answer = await forward(request, `code=${errorCodes[code].status}, example=${code}`);
    if (answer instanceof ChatError || violations(answer) !== undefined) return reply(res, request, answer);
    return prismsOwn(answer, request) === undefined ? reply(res, request, answer) : sendProblem(res, own);
  };
  /** Forwards and answers in one step. */
  const pass = async (request: FastifyRequest, res: FastifyReply, prefer?: string) => reply(res, request, await forward(request, prefer));

  /** The caller's browser session, or the contract's refusal: CookiesDisabled without a cookie, AccessTokenInvalid for one it does not know or a wrong token. */
  const sessionOf = (request: FastifyRequest): BrowserSession | ChatError => {
    const cookieValue = request.cookies[SESSION_COOKIE];
    if (cookieValue === undefined) return new ChatError('CookiesDisabled', 'no LIVECHAT_SESSION cookie: call GetAccessToken first');
    const session = sessions.get(cookieValue);
    if (session === undefined)
      return new ChatError('AccessTokenInvalid', 'the browser session has expired or is unknown to this mock: call GetAccessToken again');
    if (request.method !== 'GET' && request.headers['livechat-token'] !== session.token)
      return new ChatError('AccessTokenInvalid', 'Livechat-Token is missing or is not this browser session’s token');
    return session;
  };
  /** A request the contract refuses: over the size the contract gives, or not as its schemas say (body, path, query, headers). */
  const requestRefused = (request: FastifyRequest, id: OperationId, params: Record<string, string>): ChatError | undefined => {
    const size = Buffer.isBuffer(request.body) ? request.body.length : 0;
    if (id !== 'uploadFiles' && size > (id === 'createCampaignContact' ? MAX_CONTACT_BYTES : MAX_JSON_BYTES))
      // PayloadTooLarge where the operation lists it; elsewhere the schema's bounds make it InvalidRequest (as on the reference server).
      return new ChatError(
        ((operations[id] as { errors?: readonly string[] }).errors ?? []).includes('PayloadTooLarge')
          ? 'PayloadTooLarge'
          : 'InvalidRequest',
        `a body of ${size} bytes is over the limit`,
      );
    const body = size > 0 ? contractErrors(`request:${id}`, parsed(request.body)) : undefined;
    if (body) return invalidRequest('body', body);
    const path = contractErrors(`params:${id}`, { ...params });
    if (path) return invalidRequest('path', path);
    return parametersRefused(request, id);
  };
  /** What the front answers itself is checked as Prism checks the rest: its query and header parameters against the contract. */
  const parametersRefused = (request: FastifyRequest, id: OperationId): ChatError | undefined => {
    // The parameter validators convert strings in place: they get copies.
    const query =
      contractErrors(`query:${id}`, { ...(request.query as object) }) ?? contractErrors(`headers:${id}`, { ...request.headers });
    return query ? invalidRequest('query', query) : undefined;
  };

  for (const id of scriptOperations) {
    const { path } = operations[id];
    app.get(path, async (request, res) => {
      const refused = parametersRefused(request, id);
      if (refused !== undefined) return sendProblem(res, refused);
      const script = await scripts(path);
      return res
        .type(script?.type ?? 'text/javascript')
        .header('cache-control', 'no-cache')
        .send(script?.body ?? '');
    });
  }
  app.get('/tetherfi/livechat/captcha', async (request, res) => {
    const refused = parametersRefused(request, 'getCaptchaImage');
    if (refused !== undefined) return sendProblem(res, refused);
    // As on a deployment, the image starts a browser session when the browser has none.
    if (sessions.get(request.cookies[SESSION_COOKIE]) === undefined)
      void res.setCookie(SESSION_COOKIE, sessions.create(scenarioOf(request)).id, {
        path: '/tetherfi/livechat',
        httpOnly: true,
        sameSite: 'lax',
      });
    return res.type('image/svg+xml').header('cache-control', 'no-store').send(captchaSvg(MOCK_CAPTCHA_TEXT));
  });

  app.get('/tetherfi/livechat/events', async (request, res) => {
    const refused = parametersRefused(request, 'openEventStream');
    if (refused !== undefined) return sendProblem(res, refused);
    const session = sessionOf(request);
    if (session instanceof ChatError) return sendProblem(res, session);
    if (offline(session, res)) return;
    const lastEventId = request.headers['last-event-id'];
    const after = Number(typeof lastEventId === 'string' ? lastEventId : ((request.query as { after?: string }).after ?? 0)) || 0;
    // The stream is written raw: the headers set so far (CORS for an allowed origin) go with it.
    for (const [name, value] of Object.entries(res.getHeaders())) if (value !== undefined) res.raw.setHeader(name, value);
    res.hijack();
    const stream = { destroy: () => res.raw.destroy() };
    session.streams.add(stream);
    await streamEvents(res.raw, {
      store: await sessions.store,
      key: `browser:${session.id}`,
      after: Math.max(0, after),
      heartbeatMs: 3000,
      resync: () => resync(session),
    });
    session.streams.delete(stream);
  });
  app.get('/tetherfi/livechat/events/poll', async (request, res) => {
    const refused = parametersRefused(request, 'pollEvents');
    if (refused !== undefined) return sendProblem(res, refused);
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
      resync: () => resync(session),
    });
    return res.header('cache-control', 'no-store').send(answer);
  });

  app.route({ method: FORWARDED_METHODS, url: '/tetherfi/*', handler: forwardOperation });
  async function forwardOperation(request: FastifyRequest, res: FastifyReply) {
    // Prism does not answer a body that is not JSON (stoplightio/prism#2664), nor one in another charset: the front refuses them as the contract says.
    const contentType = request.headers['content-type'] ?? '';
    const charset = /charset=([^;\s]+)/i.exec(contentType)?.[1]?.toLowerCase();
    if (/json/i.test(contentType) && charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
      return sendProblem(
        res,
        new ChatError('InvalidRequest', 'a JSON body is UTF-8', { errors: [{ pointer: '#', message: `charset ${charset}` }] }),
      );
    if (Buffer.isBuffer(request.body) && request.body.length > 0 && /json/i.test(contentType))
      try {
        JSON.parse(request.body.toString());
      } catch {
        return sendProblem(
          res,
          new ChatError('InvalidRequest', 'the body is not JSON', { errors: [{ pointer: '#', message: 'is not JSON' }] }),
        );
      }
    const route = routeOf(request.method, request.url.split('?')[0] ?? '');
    if (route === undefined || route.id === 'getStatus') return pass(request, res);
    // The schema comes first (spec/README.md, "Order of checks"), before any rule the front applies itself.
    const refused = requestRefused(request, route.id, route.params);
    if (refused !== undefined) return sendProblem(res, refused);
    if (route.id === 'getAccessToken') return accessToken(request, res);
    const session = sessionOf(request);
    if (session instanceof ChatError) return sendProblem(res, session);
    if (offline(session, res)) return;
    const page = String(request.headers['livechat-page'] ?? '');
    const body = jsonOf(request.body);
    if (route.id === 'startChat') return start(request, res, session, page, body);
    if (route.id === 'openChats') return open(request, res, session, page);
    if (route.id === 'closePage') {
      for (const chat of session.chats.values()) {
        chat.pages.delete(page);
        await media.pageLeft(session, chat, page);
      }
      return pass(request, res);
    }
    if (route.id === 'slog' || route.id === 'createCampaignContact') return pass(request, res);
    const sid = route.params.sid;
    const chat = sid === undefined ? undefined : session.chats.get(sid);
    if (sid !== undefined && chat === undefined) return refuse(request, res, 'NoSessionFound', { sid });
    if (chat === undefined) return pass(request, res);
    if (chat.state === 'ended') return refuse(request, res, 'AlreadyEndedSession', { sid: chat.sid, clientId: chat.clientId });
    // prepareDownloadURL's URL is a plain link: it names no page.
    if (route.id === 'downloadFile') return download(res, chat, route.params.fileName ?? '');
    if (!chat.pages.has(page)) return refuse(request, res, 'UnOpenedSessionNotAllowed', { sid: chat.sid, clientId: chat.clientId });
    if (route.id === 'sendMessage') return message(request, res, session, chat, body);
    if (route.id === 'uploadFiles') return upload(request, res, session, chat);
    const answer = await forward(request);
    if (mediaOperations.has(route.id) && !(answer instanceof ChatError) && answer.status < 300) {
      const outcome = await media.handle(route.id, session, chat, page, body);
      return outcome instanceof ChatError ? sendProblem(res, outcome) : reply(res, request, answer, outcome.body);
    }
    if (answer instanceof ChatError || answer.status >= 300) return reply(res, request, answer);
    if (route.id === 'endChat') {
      sessions.end(chat);
      await sessions.emit(session, chat, 'OnEnd', {
        initiator: 'client',
        ...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
      });
      return reply(res, request, answer);
    }
    for (const { event, afterMs } of (reactions as Record<string, readonly { event: string; afterMs: number }[]>)[route.id] ?? []) {
      const data =
        event === 'OnCallbackRequestStatus' ? { isCustomerReq: true, status: true, contact: String(body.contact ?? '') } : undefined;
      sessions.later(chat, afterMs, () => sessions.emit(session, chat, event as keyof typeof examples, data));
    }
    return reply(res, request, answer);
  }

  /** Scenario offline: the browser session's requests go unanswered (the connection drops) until it is back. */
  function offline(session: BrowserSession, res: FastifyReply): boolean {
    if (Date.now() >= session.offlineUntil) return false;
    res.hijack();
    res.raw.socket?.destroy();
    return true;
  }

  async function accessToken(request: FastifyRequest, res: FastifyReply) {
    const answer = await forward(request);
    if (answer instanceof ChatError || answer.status !== 200) return reply(res, request, answer);
    const known = sessions.get(request.cookies[SESSION_COOKIE]);
    const session = known ?? sessions.create(scenarioOf(request));
    delete answer.headers['set-cookie'];
    if (known === undefined)
      void res.setCookie(SESSION_COOKIE, session.id, { path: '/tetherfi/livechat', httpOnly: true, sameSite: 'lax' });
    return reply(res, request, answer, { ...jsonOf(answer.body), token: session.token, captchaRequired: session.scenario === 'captcha' });
  }

  /** Start, with the document's rules a widget meets most (spec/http/session.yaml), then the scenario's events. */
  async function start(request: FastifyRequest, res: FastifyReply, session: BrowserSession, page: string, body: Record<string, unknown>) {
    const details = (body.details ?? {}) as Record<string, unknown>;
    const chats = [...session.chats.values()];
    const active = chats.filter((c) => c.state !== 'ended');
    const same = chats.find((c) => c.clientId === body.clientId);
    const multi = body.multichat === true;
    if (same?.started !== undefined && same.state !== 'ended' && same.startingPage === page)
      return reply(res, request, await forward(request, 'code=200'), same.started);
    if (same !== undefined && same.state === 'ended')
      return refuse(request, res, 'AlreadyEndedSession', { sid: same.sid, clientId: same.clientId });
    const inChat = same ?? (multi ? undefined : active.find((c) => c.pages.has(page)));
    if (inChat !== undefined) return refuse(request, res, 'AlreadyStartedAndInSession', { sid: inChat.sid, clientId: inChat.clientId });
    if (!multi && active.length > 0) return refuse(request, res, 'UnOpenedSessionPerformedStart');
    if (multi && active.length >= MULTI_CHATS) return refuse(request, res, 'MaxConcurrentSessionCountReached', { retryAfterMs: 60_000 });
    if (session.scenario === 'captcha') {
      const entered = typeof details.eEnteredCaptcha === 'string' ? details.eEnteredCaptcha.trim().toUpperCase() : '';
      if (entered === '')
        return sendProblem(res, new ChatError('CaptchaIsEmpty', 'this mock requires a captcha: eEnteredCaptcha is empty'));
      if (entered !== MOCK_CAPTCHA_TEXT)
        return sendProblem(res, new ChatError('CaptchaDoesNotMatch', `the mock's captcha shows ${MOCK_CAPTCHA_TEXT}`));
    }
    const answer = await forward(request, 'code=201');
    if (answer instanceof ChatError || answer.status !== 201) return reply(res, request, answer);
    const seq = await sessions.latestSeq(session);
    const chat = sessions.newChat(session, typeof body.clientId === 'string' ? body.clientId : `ci_${Date.now().toString(36)}`, page);
    chat.queuePosition = sessions.queued();
    const result = jsonOf(answer.body);
    const limits = { ...(result.limits as object), maxConcurrentChats: multi ? MULTI_CHATS : 1 };
    chat.started = { ...result, sid: chat.sid, clientId: chat.clientId, seq, limits };
    const delay = (event: string) => reactions.startChat.find((r) => r.event === event)?.afterMs ?? 0;
    scripted.started(session, chat, details, delay('OnCallQueued'), delay('OnRemoteUserConnected'));
    return reply(res, request, answer, chat.started);
  }

  async function open(request: FastifyRequest, res: FastifyReply, session: BrowserSession, page: string) {
    const chats = [...session.chats.values()];
    const active = chats.filter((c) => c.state !== 'ended');
    // No chat to join is no error (the document: NoSessionFound "is actually not an error"): the contract's 200 example that says why.
    if (active.length === 0) return pass(request, res, `code=200, example=${chats.length > 0 ? 'ended' : 'noSession'}`);
    const answer = await forward(request);
    if (answer instanceof ChatError || answer.status !== 200) return reply(res, request, answer);
    for (const chat of active) chat.pages.add(page);
    const seq = await sessions.latestSeq(session);
    return reply(res, request, answer, { ...jsonOf(answer.body), seq, sessions: active.map(snapshot) });
  }

  /** A chat as Open returns it (a Session). */
  function snapshot(chat: MockChat) {
    return {
      sid: chat.sid,
      clientId: chat.clientId,
      state: chat.state,
      ...(chat.agents.length > 0 ? { agents: chat.agents } : {}),
      trans: chat.trans,
      ...(chat.state === 'queued' ? { queuePosition: chat.queuePosition } : {}),
    };
  }

  /** The Resync a stream or poll starts with when its position is not in the log: the transcripts as Open returns them, the chats that ended. */
  async function resync(session: BrowserSession) {
    const chats = [...session.chats.values()];
    const ended = chats.filter((c) => c.state === 'ended').map((c) => c.sid);
    return {
      seq: await sessions.latestSeq(session),
      event: 'Resync',
      time: new Date().toISOString(),
      data: { sessions: chats.filter((c) => c.state !== 'ended').map(snapshot), ...(ended.length > 0 ? { ended } : {}) },
    };
  }

  /** uploadFiles, taken by the front (chat-files.ts); OnUploadComplete for each file to every page. */
  async function upload(request: FastifyRequest, res: FastifyReply, session: BrowserSession, chat: MockChat) {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const stored = await takeUpload(chat.files, request.headers['content-type'] ?? '', body).catch((error: unknown) => error as ChatError);
    if (!Array.isArray(stored))
      return sendProblem(res, stored instanceof ChatError ? stored : new ChatError('InvalidRequest', 'unreadable upload'));
    for (const file of stored) await sessions.emit(session, chat, 'OnUploadComplete', { response: file });
    return res.code(201).header('cache-control', 'no-store').send({ files: stored });
  }

  /** downloadFile: a file of the chat, with the headers a deployment sends; FileNotFound otherwise. */
  function download(res: FastifyReply, chat: MockChat, fileName: string) {
    const file = chat.files.get(fileName);
    if (file === undefined) return sendProblem(res, new ChatError('FileNotFound', 'no file of that name in this chat'));
    return res
      .type(file.fileType === 'text/plain' ? 'text/plain; charset=utf-8' : file.fileType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(Buffer.from(file.bytes));
  }

  /** SendMessage: once per clientMessageId (a retry is answered the first result, and echoed once), then the CSO's answer. */
  async function message(
    request: FastifyRequest,
    res: FastifyReply,
    session: BrowserSession,
    chat: MockChat,
    body: Record<string, unknown>,
  ) {
    const clientMessageId = String(body.clientMessageId);
    const first = chat.sent.get(clientMessageId);
    const answer = await forward(request, first === undefined ? 'code=201' : 'code=200');
    if (answer instanceof ChatError || answer.status >= 300) return reply(res, request, answer);
    if (first !== undefined) return reply(res, request, answer, first);
    const msg = String(body.msg);
    const full = overCap(chat, msg);
    if (full !== undefined) return sendProblem(res, new ChatError('TranscriptFull', full, { sid: chat.sid, clientId: chat.clientId }));
    const messageId = `msg_${Date.now().toString(36)}${chat.trans.length}`;
    const time = new Date().toISOString();
    chat.trans.push({ type: 'msg', by: 'c', msg: encodeURIComponent(msg), time, id: messageId, clientMessageId });
    const echo = await sessions.emit(session, chat, 'OnEcho', { msg, messageId, clientMessageId });
    const result = { ...jsonOf(answer.body), messageId, clientMessageId, time, seq: echo.seq };
    chat.sent.set(clientMessageId, result);
    scripted.messaged(session, chat, msg);
    return reply(res, request, answer, result);
  }

  app.addHook('onClose', async () => {
    sessions.close();
    await (await sessions.store).close();
  });
  return { app, sessions };
}
