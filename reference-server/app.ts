// Assembles the reference server: the store, the chat core, and the HTTP adapter (Fastify) with
// the customer's and the agent's operations. main.ts runs it; tests build it on port 0 with
// `checkContract`, which validates every answer and every event against the spec.
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { type Logger, pino } from 'pino';
import { admissionFor } from './chat/admission.ts';
import { AgentAccess } from './chat/agent-access.ts';
import { AvCalls } from './chat/av-calls.ts';
import { BotRunner, startBot } from './chat/bot.ts';
import { CampaignContacts, type ContactList } from './chat/campaign.ts';
import { Captchas } from './chat/captcha.ts';
import { ChatError } from './chat/chat-error.ts';
import { CobrowseSessions } from './chat/cobrowse.ts';
import type { ChatContext } from './chat/context.ts';
import { CustomerChats } from './chat/customer-chats.ts';
import { type Deadlines, LocalDeadlines } from './chat/deadlines.ts';
import { Emitter } from './chat/emitter.ts';
import { ChatFiles, storedFileNames } from './chat/files.ts';
import { Housekeeping } from './chat/housekeeping.ts';
import { KeyedLock, type Locks } from './chat/keyed-lock.ts';
import { Routing } from './chat/routing.ts';
import { LocalPresence, type StreamPresence } from './chat/stream-presence.ts';
import { type Conditions, type SharedConditions, TestConditions } from './chat/test-conditions.ts';
import type { Config } from './config.ts';
import { Faults } from './faults.ts';
import { AGENT_COOKIE, type AgentOperationId, registerAgentRoutes } from './http/agent-routes.ts';
import { registerAvRoutes } from './http/av-routes.ts';
import { registerCampaignRoutes } from './http/campaign-routes.ts';
import { registerCaptchaRoutes } from './http/captcha-routes.ts';
import { registerCobrowseRoutes } from './http/cobrowse-routes.ts';
import { contractErrors, type Violations } from './http/contract.ts';
import { registerCustomerCors } from './http/cors.ts';
import { browserCallerOf, type OperationId, registerCustomerRoutes, SESSION_COOKIE } from './http/customer-routes.ts';
import { registerFileRoutes } from './http/files-routes.ts';
import { clientErrorHandler, errorHandler, frameworkErrorHandler, sendProblem } from './http/problem.ts';
import { registerRateLimits } from './http/rate-limits.ts';
import { scriptsFrom } from './http/scripts.ts';
import { openFileLimit, StreamLimits } from './http/stream-limits.ts';
import type { FileBytes } from './store/file-bytes.ts';
import { LocalFileBytes } from './store/local-file-bytes.ts';
import { MemoryStore } from './store/memory-store.ts';
import { guarded } from './store/redis-connection.ts';
import { RedisContactList } from './store/redis-contacts.ts';
import { RedisDeadlines } from './store/redis-deadlines.ts';
import { RedisFileBytes } from './store/redis-file-bytes.ts';
import { RedisLease } from './store/redis-lease.ts';
import { RedisLock } from './store/redis-lock.ts';
import { RedisPresence } from './store/redis-presence.ts';
import { RedisStore } from './store/redis-store.ts';
import type { Store, StoredEvent } from './store/store.ts';

/** Trusts the nearest `hops` proxies (Fastify's own number form is not in its types). */
const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

/** The Host header's names this server answers to: loopback, HOST, LIVECHAT_HOSTNAMES. */
function allowedHosts(config: Config): Set<string> {
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  const wildcard = ['0.0.0.0', '[::]'].includes(host);
  return new Set(['localhost', '127.0.0.1', '[::1]', ...(wildcard ? [] : [host.toLowerCase()]), ...config.LIVECHAT_HOSTNAMES]);
}

export type ServerOptions = {
  /** Fault switches for the conformance suite's self-test (reference-server/faults.ts); never in a deployment. */
  faults?: Faults;
  config: Config;
  logger?: Logger;
  /** A store to use instead of the one LIVECHAT_STORE names (tests). */
  store?: Store;
  /** The per-key lock of the chat core (default: shared through Redis with a Redis store, in-process otherwise). */
  locks?: Locks;
  /** Validate every answer and event against the contract, collecting breaches in `violations` (tests). */
  checkContract?: boolean;
  /** Where the built client bundles are (client/dist/). */
  clientDist?: string;
};

export type ReferenceServer = {
  app: FastifyInstance;
  /** The operations of spec/openapi.yaml this server implements (the others answer NotFound). */
  customerOperations: OperationId[];
  /** The operations of spec/agent/openapi.yaml this server implements. */
  agentOperations: AgentOperationId[];
  store: Store;
  chats: CustomerChats;
  housekeeping: Housekeeping;
  routing: Routing;
  /** CreateCampaignContact's latest contacts (in memory; in Redis with a Redis store). */
  contacts: CampaignContacts;
  violations: Violations;
  /** The agent password made at start when LIVECHAT_AGENT_SECRET is unset (main.ts prints it once). */
  generatedAgentPassword: string | undefined;
  /** Says OFFLINE (draining) from now on: the status check tells load balancers to stop sending chats. */
  drain(): void;
  close(): Promise<void>;
};

/** Secrets a log line must never hold, wherever a serializer puts request or answer headers. */
export const LOG_REDACT = [
  'req.headers.cookie',
  'req.headers["livechat-token"]',
  'req.headers["livechat-agent-token"]',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers["livechat-token"]',
  'headers["livechat-agent-token"]',
  'headers.authorization',
];

/** What a process needs besides the store: in the process with the embedded store; shared through Redis by every node when the store is Redis. */
type NodeParts = {
  locks: Locks;
  deadlines: Deadlines;
  presence: StreamPresence;
  /** Where nodes keep the test conditions in force (none: one process). */
  conditions: SharedConditions | undefined;
  /** CreateCampaignContact's latest contacts (none: in memory). */
  contacts: ContactList | undefined;
  fileBytes: FileBytes;
  /** The rate limits' counters (none: in memory). */
  rateLimits: { redis: Redis; prefix: string } | undefined;
};

async function nodeParts(store: Store, config: Config, log: FastifyBaseLogger): Promise<NodeParts> {
  const onTimerError = (error: unknown, name?: string) => log.error({ err: error, timer: name }, 'a timer failed (it fires again)');
  if (!(store instanceof RedisStore)) {
    const fileBytes = new LocalFileBytes(join(config.LIVECHAT_DATA_DIR, 'files'));
    // A crash between keeping an upload's bytes and journaling it left a file no record names.
    if (store instanceof MemoryStore && store.journaled) {
      const removed = await fileBytes.removeUnreferenced(await storedFileNames(store));
      if (removed.length > 0) log.warn({ removed }, 'uploaded files no chat names (a crash before their upload was recorded) removed');
    }
    return {
      locks: new KeyedLock(),
      deadlines: new LocalDeadlines(onTimerError),
      presence: new LocalPresence(),
      conditions: undefined,
      contacts: undefined,
      fileBytes,
      rateLimits: undefined,
    };
  }
  const { connection: redis, keyPrefix: prefix } = store;
  const conditionsKey = `${prefix}test-conditions`;
  return {
    locks: new RedisLock(redis, { prefix }),
    deadlines: new RedisDeadlines(redis, { prefix, onError: onTimerError }),
    presence: await RedisPresence.open(redis, {
      prefix,
      onError: (error) => log.error({ err: error }, 'stream presence could not be renewed in Redis'),
    }),
    conditions: {
      load: async () => {
        const saved = await guarded(() => redis.get(conditionsKey));
        return saved === null ? undefined : (JSON.parse(saved) as Conditions);
      },
      save: async (conditions) => {
        await guarded(() => redis.set(conditionsKey, JSON.stringify(conditions)));
      },
    },
    contacts: new RedisContactList(redis, prefix),
    fileBytes: new RedisFileBytes(redis, prefix),
    rateLimits: { redis, prefix },
  };
}

/** Descriptors kept for everything but client connections: the journal, static files, DNS... */
const FILE_RESERVE = 64;

export async function createReferenceServer(options: ServerOptions): Promise<ReferenceServer> {
  const { config } = options;
  // Test conditions apply to every customer, and agent login takes no password: loopback only.
  if (config.LIVECHAT_TEST_CONDITIONS && !['127.0.0.1', '::1', 'localhost'].includes(config.HOST))
    throw new Error(`LIVECHAT_TEST_CONDITIONS is for a server set up for testing on loopback, not on HOST ${config.HOST}`);
  const log = options.logger ?? pino({ level: config.LOG_LEVEL, redact: LOG_REDACT });
  const retention = { events: config.LIVECHAT_RETENTION_EVENTS, ms: config.LIVECHAT_RETENTION_MS };
  const store =
    options.store ??
    (config.LIVECHAT_STORE !== 'embedded'
      ? await RedisStore.open({
          url: config.LIVECHAT_STORE,
          prefix: config.LIVECHAT_REDIS_PREFIX,
          retention,
          onFeedError: (error) =>
            log.warn({ err: error }, 'a live feed could not read its log from Redis: it tries again as Redis answers'),
        })
      : undefined) ??
    (await MemoryStore.open({
      retention,
      journalPath: join(config.LIVECHAT_DATA_DIR, 'journal.jsonl'),
      transcriptDir: join(config.LIVECHAT_DATA_DIR, 'transcripts'),
      journalSync: config.LIVECHAT_JOURNAL_SYNC,
      onCompactionFailed: (error) => log.error({ err: error }, 'journal compaction failed: the journal goes on uncompacted'),
      onUnavailable: (error) =>
        log.error({ err: error }, 'journal write failed: the store is unavailable (calls answer 503) until a write succeeds'),
      onRecovered: () => log.warn('journal writes succeed again: the store is available'),
      onSkippedLines: ({ skipped, lastLineTorn, keptAs }) =>
        log.warn(
          { skipped, lastLineTorn, ...(keptAs !== undefined ? { keptAs } : {}) },
          keptAs !== undefined
            ? 'journal lines could not be read and were skipped: the file as found is kept'
            : 'the journal’s last line was cut short (a crash mid-write): skipped',
        ),
    }));
  const violations: Violations = [];
  const checkEvent = options.checkContract
    ? (side: 'customer' | 'agent', event: StoredEvent) => {
        const key = side === 'customer' ? `event:${event.event}` : `agent-event:${event.event}`;
        const errors = contractErrors(key, event);
        if (errors) violations.push(`${side} event ${event.event}: ${JSON.stringify(errors).slice(0, 2000)}`);
      }
    : undefined;
  const faults = options.faults ?? new Faults();
  if (faults.any) log.warn('fault switches are on: this server breaks the contract on purpose (conformance self-test)');
  // A store shared by several processes needs a lock, timers, streams' presence and the rest shared too.
  const parts = await nodeParts(store, config, log);
  const { deadlines, presence } = parts;
  const ctx: ChatContext = {
    store,
    config,
    emit: new Emitter(store, checkEvent, faults),
    locks: options.locks ?? parts.locks,
    deadlines,
    presence,
    log,
    faults,
    conditions: new TestConditions(config.LIVECHAT_TEST_CONDITIONS, parts.conditions),
  };
  const routing = new Routing(ctx);
  const captchas = new Captchas(ctx);
  const chats = new CustomerChats(ctx, routing, admissionFor(config, captchas, ctx.conditions));
  deadlines.start(async (name) => {
    const [kind, sid = ''] = name.split(/:(.*)/s);
    if (kind === 'close') await chats.closeTimerFired(sid);
    else if (kind === 'queue') await routing.timeOutInQueue(sid);
  });
  await routing.recover();
  await chats.recover();
  const housekeeping = new Housekeeping(ctx, routing);
  housekeeping.start();

  // forceCloseConnections: open event streams would otherwise hold close() forever.
  const app: FastifyInstance = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    trustProxy: typeof config.LIVECHAT_TRUST_PROXY === 'number' ? trustHops(config.LIVECHAT_TRUST_PROXY) : config.LIVECHAT_TRUST_PROXY,
    bodyLimit: 256 * 1024,
    return503OnClosing: true,
    forceCloseConnections: true,
    // Receiving the request only: a stalled body is cut off; streams and long polls, whose requests are complete, are not.
    requestTimeout: config.LIVECHAT_REQUEST_TIMEOUT_MS,
    http: {
      headersTimeout: config.LIVECHAT_REQUEST_TIMEOUT_MS,
      // Node checks the timeouts on this interval (30 s by default): a quarter of the timeout keeps the overshoot small.
      connectionsCheckingInterval: Math.min(30_000, Math.ceil(config.LIVECHAT_REQUEST_TIMEOUT_MS / 4)),
    },
    // The parser's and the router's own refusals as problem details too.
    clientErrorHandler: clientErrorHandler(log as FastifyBaseLogger),
    frameworkErrors: frameworkErrorHandler,
  });
  // Descriptors: each stream holds one, so streams get at most half the open-file limit, and
  // connections beyond the limit less a reserve (the journal, static files) are dropped at once, logged.
  const fileLimit = openFileLimit();
  const streams = new StreamLimits({
    perSession: config.LIVECHAT_MAX_STREAMS_PER_SESSION,
    perAddress: config.LIVECHAT_MAX_STREAMS_PER_ADDRESS,
    total: Math.min(config.LIVECHAT_MAX_STREAMS, fileLimit === undefined ? Number.POSITIVE_INFINITY : Math.floor(fileLimit / 2)),
  });
  if (fileLimit !== undefined && fileLimit > 2 * FILE_RESERVE) app.server.maxConnections = fileLimit - FILE_RESERVE;
  let lastDropLog = 0;
  let dropped = 0;
  app.server.on('drop', (data?: { remoteAddress?: string }) => {
    dropped++;
    if (Date.now() - lastDropLog < 10_000) return;
    log.error(
      { dropped, maxConnections: app.server.maxConnections, openFileLimit: fileLimit, remoteAddress: data?.remoteAddress },
      'connection refused: as many open as the open-file limit allows (raise ulimit -n, or lower LIVECHAT_MAX_STREAMS*)',
    );
    lastDropLog = Date.now();
    dropped = 0;
  });
  // Test conditions another node set are in force here from the next request on.
  if (config.LIVECHAT_TEST_CONDITIONS && parts.conditions !== undefined) app.addHook('onRequest', () => ctx.conditions.refresh());
  await app.register(cookie);
  const hosts = allowedHosts(config);
  // DNS rebinding: a page of another site that resolves its name to this server's address.
  // (Hooks on every request take a callback, not a promise: none of them waits for anything.)
  app.addHook('onRequest', (request, _reply, done) => {
    if (hosts.has(request.hostname.toLowerCase())) done();
    else done(new ChatError('NotFound', 'this server does not answer to that host name (LIVECHAT_HOSTNAMES)'));
  });
  // A site on another (same-site) origin that includes livechat.js from here (http/cors.ts).
  await registerCustomerCors(app, config.LIVECHAT_ALLOWED_ORIGINS, faults.has('cors-any-origin'));
  // The test condition unavailable: every customer call that may answer ServerInternalConnectivityError does, as in a store outage.
  app.addHook('onRequest', (request, reply, done) => {
    if (ctx.conditions.current.unavailable !== true || !request.url.startsWith('/tetherfi/livechat/')) return done();
    if (!request.routeOptions.config?.errors?.includes('ServerInternalConnectivityError')) return done();
    const outage = new ChatError('ServerInternalConnectivityError', 'the chat service cannot reach its store (test condition unavailable)');
    // Answered here: the request goes no further (done is not called).
    sendProblem(reply, outage, request.url.split('?')[0]);
  });
  if (!faults.has('no-rate-limits'))
    await registerRateLimits(
      app,
      config,
      async (request) => {
        const customer = request.cookies[SESSION_COOKIE];
        if (customer !== undefined && request.url.startsWith('/tetherfi/livechat/'))
          return browserCallerOf(chats, request).then(
            (caller) => (caller === undefined ? undefined : `browser:${caller.session.id}`),
            () => undefined,
          );
        const agent = request.cookies[AGENT_COOKIE];
        if (agent !== undefined && request.url.startsWith('/tetherfi/agent/'))
          return routing.authenticate(agent, undefined, false).then(
            (known) => `agent:${known.agentId}`,
            () => undefined,
          );
        return undefined;
      },
      parts.rateLimits,
    );
  // The demo and the docs may not be framed (clickjacking) nor run script from elsewhere. The demo
  // loads livechat.js from ?server= (this host or loopback, another port); the client injects its
  // own <style>; the docs are self-contained HTML (inline script and style). Set here rather than
  // with @fastify/helmet: its defaults (Cross-Origin-Resource-Policy) would break the API's CORS.
  app.addHook('onSend', (request, reply, payload, done) => {
    const docs = request.url.startsWith('/docs/');
    if (!docs && !request.url.startsWith('/demo/')) return done(null, payload);
    const here = /^[A-Za-z0-9.-]+$/.test(request.hostname.replace(/:\d+$/, '')) ? ` http://${request.hostname.replace(/:\d+$/, '')}:*` : '';
    const scripts = docs ? "'self' 'unsafe-inline'" : `'self'${here} http://127.0.0.1:* http://localhost:* http://[::1]:*`;
    const connect = docs ? "'self'" : `'self'${here} http://127.0.0.1:* http://localhost:* http://[::1]:*`;
    void reply
      .header(
        'content-security-policy',
        `default-src 'self'; script-src ${scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:${docs ? '' : `${here} http://127.0.0.1:* http://localhost:* http://[::1]:*`}; connect-src ${connect}; worker-src 'self' blob:; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
      )
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin');
    done(null, payload);
  });
  // The demo (customer pages, agent console) and the rendered contract (npm run docs), as files.
  await app.register(fastifyStatic, { root: join(import.meta.dirname, 'demo'), prefix: '/demo/', index: 'index.html' });
  await app.register(fastifyStatic, { root: join(import.meta.dirname, '..', 'docs'), prefix: '/docs/', decorateReply: false });
  app.get('/', (_request, reply) => reply.redirect('/demo/'));
  app.setErrorHandler((error, request, reply) => errorHandler(faults.answer(error) as Parameters<typeof errorHandler>[0], request, reply));
  app.setNotFoundHandler((request, reply) => sendProblem(reply, new ChatError('NotFound', 'no such operation'), request.url.split('?')[0]));

  const stopBot = config.LIVECHAT_BOT ? await startBotHere(ctx, routing) : undefined;
  // Shutdown drains: new calls are refused (retryable, elsewhere or later) while the calls in
  // flight - long polls included - finish; event streams, which never finish, are closed last.
  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const isStream = (url: string) => /^\/tetherfi\/(livechat|agent)\/events(\?|$)/.test(url);
  app.addHook('onRequest', (request, reply, done) => {
    if (isStream(request.url)) return done();
    if (draining && request.url.startsWith('/tetherfi/') && request.url.split('?')[0] !== '/tetherfi/livechat/status') {
      // Answered here: the request goes no further (done is not called).
      sendProblem(
        reply,
        new ChatError('ServerInternalConnectivityError', 'this server is shutting down: try again (another instance answers)', {
          retryAfterMs: 1000,
        }),
        request.url.split('?')[0],
      );
      return;
    }
    inFlight++;
    reply.raw.once('close', () => {
      if (--inFlight === 0) idle?.();
    });
    done();
  });
  const callsFinished = (withinMs: number) =>
    inFlight === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, withinMs);
          idle = () => {
            clearTimeout(timer);
            resolve();
          };
        });
  const clientDist = options.clientDist ?? join(import.meta.dirname, '..', 'client', 'dist');
  const customerOperations = registerCustomerRoutes(app, {
    faults,
    config,
    store,
    chats,
    routing,
    streams,
    status: async () => {
      if (faults.has('status-always-online')) return 'ONLINE';
      if (draining) return 'OFFLINE (draining)';
      if (ctx.conditions.current.unavailable === true) return 'OFFLINE (store unreachable: test condition unavailable)';
      const healthy = await store.healthy().catch(() => false);
      return healthy ? 'ONLINE' : 'OFFLINE (store unreachable)';
    },
    scripts: scriptsFrom(clientDist),
    ...(checkEvent ? { checkEvent: (event: StoredEvent) => checkEvent('customer', event), violations } : {}),
  });
  customerOperations.push(...registerCaptchaRoutes(app, { store, chats, captchas, ...(checkEvent ? { violations } : {}) }));
  const contacts = new CampaignContacts(ctx, parts.contacts);
  customerOperations.push(...registerCampaignRoutes(app, { chats, contacts, ...(checkEvent ? { violations } : {}) }));
  const files = new ChatFiles(ctx, chats, parts.fileBytes);
  housekeeping.onChatForgotten((sid) => files.forget(sid));
  customerOperations.push(...(await registerFileRoutes(app, { chats, files, ...(checkEvent ? { violations } : {}) })));

  const agentAccess = await AgentAccess.fromConfig(config);
  const agentOperations = registerAgentRoutes(app, {
    config,
    access: agentAccess,
    streams,
    store,
    routing,
    conditions: ctx.conditions,
    ...(checkEvent ? { checkEvent: (event: StoredEvent) => checkEvent('agent', event), violations } : {}),
  });
  const av = registerAvRoutes(app, { chats, routing, calls: new AvCalls(ctx, chats, routing), ...(checkEvent ? { violations } : {}) });
  customerOperations.push(...av.customer);
  agentOperations.push(...av.agent);
  const cobrowse = new CobrowseSessions(ctx, chats, routing);
  const cobrowseOperations = registerCobrowseRoutes(app, { chats, routing, cobrowse, ...(checkEvent ? { violations } : {}) });
  customerOperations.push(...cobrowseOperations.customer);
  agentOperations.push(...cobrowseOperations.agent);

  return {
    app,
    customerOperations,
    agentOperations,
    store,
    chats,
    routing,
    housekeeping,
    contacts,
    violations,
    generatedAgentPassword: agentAccess.generatedPassword,
    drain() {
      draining = true;
    },
    async close() {
      draining = true;
      await stopBot?.();
      housekeeping.stop();
      await callsFinished(config.LIVECHAT_DRAIN_MS);
      await app.close();
      deadlines.stop();
      await routing.stop();
      await presence.stop();
      await store.close();
    },
  };
}

/** The simulated agent: in this process with one process; with a Redis store, on the one node that holds its lease. */
async function startBotHere(ctx: ChatContext, routing: Routing): Promise<() => Promise<void>> {
  if (!(ctx.store instanceof RedisStore)) {
    const stop = await startBot(ctx, routing);
    return async () => stop();
  }
  const runner = new BotRunner(ctx, routing);
  const store = ctx.store;
  const lease = new RedisLease(store.connection, {
    key: `${store.keyPrefix}lease:bot`,
    leaseMs: ctx.config.LIVECHAT_BOT_LEASE_MS,
    onState: (held) => runner.leaseState(held),
    onError: (error) => ctx.log.warn({ err: error }, "the simulated agent's lease could not be tried in Redis"),
    listen: (channel, listener) => store.listen(channel, listener),
  });
  await lease.start();
  // Shutdown: the bot stops here first, then the lease is freed and another node takes it over at once.
  return () => lease.stop(() => runner.stop());
}
