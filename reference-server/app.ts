// Assembles the reference server: the store, the chat core, and the HTTP adapter (Fastify) with
// the customer's and the agent's operations. main.ts runs it; tests build it on port 0 with
// `checkContract`, which validates every answer and every event against the spec.
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { type Logger, pino } from 'pino';
import { admissionFor } from './chat/admission.ts';
import { AvCalls } from './chat/av-calls.ts';
import { startBot } from './chat/bot.ts';
import { CampaignContacts } from './chat/campaign.ts';
import { Captchas } from './chat/captcha.ts';
import { ChatError } from './chat/chat-error.ts';
import { CobrowseSessions } from './chat/cobrowse.ts';
import type { ChatContext } from './chat/context.ts';
import { CustomerChats } from './chat/customer-chats.ts';
import { Emitter } from './chat/emitter.ts';
import { ChatFiles } from './chat/files.ts';
import { Housekeeping } from './chat/housekeeping.ts';
import { KeyedLock } from './chat/keyed-lock.ts';
import { Routing } from './chat/routing.ts';
import { TestConditions } from './chat/test-conditions.ts';
import type { Config } from './config.ts';
import { Faults } from './faults.ts';
import { type AgentOperationId, registerAgentRoutes } from './http/agent-routes.ts';
import { registerAvRoutes } from './http/av-routes.ts';
import { registerCampaignRoutes } from './http/campaign-routes.ts';
import { registerCaptchaRoutes } from './http/captcha-routes.ts';
import { registerCobrowseRoutes } from './http/cobrowse-routes.ts';
import { contractErrors, type Violations } from './http/contract.ts';
import { type OperationId, registerCustomerRoutes } from './http/customer-routes.ts';
import { registerFileRoutes } from './http/files-routes.ts';
import { errorHandler, sendProblem } from './http/problem.ts';
import { registerRateLimits } from './http/rate-limits.ts';
import { scriptsFrom } from './http/scripts.ts';
import { MemoryStore } from './store/memory-store.ts';
import type { Store, StoredEvent } from './store/store.ts';

export type ServerOptions = {
  /** Fault switches for the conformance suite's self-test (reference-server/faults.ts); never in a deployment. */
  faults?: Faults;
  config: Config;
  logger?: Logger;
  /** A store to use instead of the embedded one (tests, a shared store). */
  store?: Store;
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
  /** CreateCampaignContact's latest contacts (in memory). */
  contacts: CampaignContacts;
  violations: Violations;
  /** Says OFFLINE (draining) from now on: the status check tells load balancers to stop sending chats. */
  drain(): void;
  close(): Promise<void>;
};

export async function createReferenceServer(options: ServerOptions): Promise<ReferenceServer> {
  const { config } = options;
  // Test conditions apply to every customer, and agent login takes no password: loopback only.
  if (config.LIVECHAT_TEST_CONDITIONS && !['127.0.0.1', '::1', 'localhost'].includes(config.HOST))
    throw new Error(`LIVECHAT_TEST_CONDITIONS is for a server set up for testing on loopback, not on HOST ${config.HOST}`);
  const log = options.logger ?? pino({ level: config.LOG_LEVEL });
  const store =
    options.store ??
    (await MemoryStore.open({
      retention: { events: config.LIVECHAT_RETENTION_EVENTS, ms: config.LIVECHAT_RETENTION_MS },
      journalPath: join(config.LIVECHAT_DATA_DIR, 'journal.jsonl'),
      journalSync: config.LIVECHAT_JOURNAL_SYNC,
      onCompactionFailed: (error) => log.error({ err: error }, 'journal compaction failed: the journal goes on uncompacted'),
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
  const ctx: ChatContext = {
    store,
    config,
    emit: new Emitter(store, checkEvent, faults),
    locks: new KeyedLock(),
    log,
    faults,
    conditions: new TestConditions(config.LIVECHAT_TEST_CONDITIONS),
  };
  const routing = new Routing(ctx);
  const captchas = new Captchas(ctx);
  const chats = new CustomerChats(ctx, routing, admissionFor(config, captchas, ctx.conditions));
  await routing.recover();
  await chats.recover();
  const housekeeping = new Housekeeping(ctx, routing);
  housekeeping.start();

  // forceCloseConnections: open event streams would otherwise hold close() forever.
  const app: FastifyInstance = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    bodyLimit: 256 * 1024,
    return503OnClosing: true,
    forceCloseConnections: true,
  });
  await app.register(cookie);
  // A site on another (same-site) origin that includes livechat.js from here: CORS for exactly the listed origins (spec/README.md, CORS).
  // Any other origin gets no CORS headers at all (not even credentials or the allowed headers), and its preflight no answer
  // of CORS. The agent interface stays same-origin: CORS is for the customer's API only.
  const listedOrigins = new Set(config.LIVECHAT_ALLOWED_ORIGINS);
  const anyOrigin = faults.has('cors-any-origin');
  if (listedOrigins.size > 0 || anyOrigin) {
    const customerCors = {
      origin: anyOrigin ? '*' : config.LIVECHAT_ALLOWED_ORIGINS,
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['Content-Type', 'Livechat-Token', 'Livechat-Page', 'Last-Event-ID'],
      exposedHeaders: ['Retry-After'],
      maxAge: 600,
    };
    const listed = (origin: string | undefined) => anyOrigin || (origin !== undefined && listedOrigins.has(origin));
    await app.register(cors, {
      delegator: (request, callback) =>
        callback(null, request.url?.startsWith('/tetherfi/livechat/') && listed(request.headers.origin) ? customerCors : { origin: false }),
    });
  }
  // The test condition unavailable: every customer call that may answer ServerInternalConnectivityError does, as in a store outage.
  app.addHook('onRequest', async (request, reply) => {
    if (ctx.conditions.current.unavailable !== true || !request.url.startsWith('/tetherfi/livechat/')) return;
    if (!request.routeOptions.config?.errors?.includes('ServerInternalConnectivityError')) return;
    const outage = new ChatError('ServerInternalConnectivityError', 'the chat service cannot reach its store (test condition unavailable)');
    return sendProblem(reply, outage, request.url.split('?')[0]);
  });
  if (!faults.has('no-rate-limits')) await registerRateLimits(app, config);
  // The demo (customer pages, agent console) and the rendered contract (npm run docs), as files.
  await app.register(fastifyStatic, { root: join(import.meta.dirname, 'demo'), prefix: '/demo/', index: 'index.html' });
  await app.register(fastifyStatic, { root: join(import.meta.dirname, '..', 'docs'), prefix: '/docs/', decorateReply: false });
  app.get('/', (_request, reply) => reply.redirect('/demo/'));
  app.setErrorHandler((error, request, reply) => errorHandler(faults.answer(error) as Parameters<typeof errorHandler>[0], request, reply));
  app.setNotFoundHandler((request, reply) => sendProblem(reply, new ChatError('NotFound', 'no such operation'), request.url.split('?')[0]));

  const stopBot = config.LIVECHAT_BOT ? await startBot(ctx, routing) : undefined;
  let draining = false;
  const clientDist = options.clientDist ?? join(import.meta.dirname, '..', 'client', 'dist');
  const customerOperations = registerCustomerRoutes(app, {
    faults,
    config,
    store,
    chats,
    routing,
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
  const contacts = new CampaignContacts(ctx);
  customerOperations.push(...registerCampaignRoutes(app, { chats, contacts, ...(checkEvent ? { violations } : {}) }));
  const files = new ChatFiles(ctx, chats);
  housekeeping.onChatForgotten((sid) => files.forget(sid));
  customerOperations.push(...(await registerFileRoutes(app, { chats, files, ...(checkEvent ? { violations } : {}) })));

  const agentOperations = registerAgentRoutes(app, {
    config,
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
    drain() {
      draining = true;
    },
    async close() {
      draining = true;
      stopBot?.();
      housekeeping.stop();
      await app.close();
      chats.stop();
      await routing.stop();
      await store.close();
    },
  };
}
