// The agent's operations of spec/agent/openapi.yaml (the test-and-demo interface of the CSO's
// side): login with the LIVECHAT_AGENT cookie and the agent token, readiness, the queue, the
// agent's event stream, and what a CSO does in a chat - each a thin adapter over Routing.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { operations as agentOperations } from '../../generated/agent/operations.ts';
import type { AgentAccess } from '../chat/agent-access.ts';
import { ChatError } from '../chat/chat-error.ts';
import type { Routing } from '../chat/routing.ts';
import type { Conditions, TestConditions } from '../chat/test-conditions.ts';
import type { Config } from '../config.ts';
import type { Store, StoredEvent, TranscriptRecord } from '../store/store.ts';
import { type Handler, registerOperation, type Violations } from './contract.ts';
import { streamEvents } from './event-stream.ts';
import type { StreamLimits } from './stream-limits.ts';

export type AgentOperationId = keyof typeof agentOperations;

export type AgentDeps = {
  config: Config;
  access: AgentAccess;
  streams: StreamLimits;
  store: Store;
  routing: Routing;
  conditions: TestConditions;
  checkEvent?: (event: StoredEvent) => void;
  violations?: Violations;
};

export const AGENT_COOKIE = 'LIVECHAT_AGENT';

type Body = Record<string, unknown>;
const bodyOf = (request: FastifyRequest) => (request.body ?? {}) as Body;
const sidOf = (request: FastifyRequest) => (request.params as { sid: string }).sid;

export function registerAgentRoutes(app: FastifyInstance, deps: AgentDeps): AgentOperationId[] {
  const { routing } = deps;
  const agentOf = (request: FastifyRequest) => callingAgent(routing, request);
  const done = (status: 202 | 204) => async (_request: FastifyRequest, reply: Parameters<Handler>[1]) => reply.code(status).send();

  const handlers: Partial<Record<AgentOperationId, Handler>> = {
    agentLogin: async (request, reply) => {
      const { agentId, name, password } = bodyOf(request) as { agentId: string; name: string; password?: string };
      if (!(await deps.access.verify(password))) {
        request.log.warn({ agentId }, 'agent login refused: wrong or missing password');
        throw new ChatError('AccessTokenInvalid', 'the password is missing or does not match');
      }
      const { agent, cookie, token, seq } = await routing.login(agentId, name);
      void reply.setCookie(AGENT_COOKIE, cookie, {
        path: '/tetherfi/agent',
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        maxAge: Math.floor(deps.config.LIVECHAT_AGENT_SESSION_MS / 1000),
      });
      return reply.header('cache-control', 'no-store').send({ token, agentId: agent.agentId, name: agent.name, seq });
    },
    agentLogout: async (request, reply) => {
      await routing.logout(await agentOf(request));
      void reply.clearCookie(AGENT_COOKIE, { path: '/tetherfi/agent' });
      return reply.code(204).send();
    },
    agentReady: async (request, reply) => {
      const agent = await agentOf(request);
      await routing.setReady(agent.agentId, (bodyOf(request) as { ready: boolean }).ready);
      return reply.code(204).send();
    },
    getAgentQueue: async (request, reply) => {
      await agentOf(request);
      return reply.header('cache-control', 'no-store').send({ chats: await routing.queue() });
    },
    openAgentEventStream: async (request, reply) => {
      const agent = await agentOf(request);
      const lastEventId = request.headers['last-event-id'];
      const after = Number(typeof lastEventId === 'string' ? lastEventId : ((request.query as { after?: string }).after ?? 0)) || 0;
      const release = deps.streams.acquire(`agent:${agent.agentId}`, request.ip);
      reply.hijack();
      try {
        await streamEvents(reply.raw, {
          store: deps.store,
          key: `agent:${agent.agentId}`,
          after: Math.max(0, after),
          heartbeatMs: deps.config.LIVECHAT_HEARTBEAT_MS,
          bufferBytes: deps.config.LIVECHAT_STREAM_BUFFER_BYTES,
          ...(deps.checkEvent ? { onEvent: deps.checkEvent } : {}),
        });
      } finally {
        release();
      }
    },
    acceptChat: async (request, reply) => reply.send(await routing.accept(await agentOf(request), sidOf(request))),
    agentSendMessage: async (request, reply) => {
      const { msg, clientMessageId } = bodyOf(request) as { msg: string; clientMessageId: string };
      const { status, body } = await routing.agentMessage(await agentOf(request), sidOf(request), msg, clientMessageId);
      return reply.code(status).send(body);
    },
    agentSendAppMessage: async (request, reply) => {
      const { type, msg } = bodyOf(request) as { type: string; msg: string };
      await routing.agentAppMessage(await agentOf(request), sidOf(request), type, msg);
      return done(202)(request, reply);
    },
    agentTyping: async (request, reply) => {
      await routing.agentTyping(await agentOf(request), sidOf(request), (bodyOf(request) as { state: 0 | 1 }).state);
      return done(204)(request, reply);
    },
    transferChat: async (request, reply) => {
      await routing.offer(await agentOf(request), sidOf(request), (bodyOf(request) as { toAgentId: string }).toAgentId, 'transfer');
      return done(202)(request, reply);
    },
    inviteToConference: async (request, reply) => {
      await routing.offer(await agentOf(request), sidOf(request), (bodyOf(request) as { agentId: string }).agentId, 'conference');
      return done(202)(request, reply);
    },
    leaveConference: async (request, reply) => {
      await routing.leaveConference(await agentOf(request), sidOf(request), (bodyOf(request) as { msg: string }).msg);
      return done(204)(request, reply);
    },
    agentRequestCallback: async (request, reply) => {
      await routing.agentCallback(await agentOf(request), sidOf(request), (bodyOf(request) as { contact: string }).contact);
      return done(202)(request, reply);
    },
    agentSendHistory: async (request, reply) => {
      await routing.agentHistory(await agentOf(request), sidOf(request), (bodyOf(request) as { history: TranscriptRecord[] }).history);
      return done(202)(request, reply);
    },
    agentEndChat: async (request, reply) => {
      await routing.agentEnd(await agentOf(request), sidOf(request), (bodyOf(request) as { reason?: string }).reason);
      return done(204)(request, reply);
    },
    setTestConditions: async (request, reply) => {
      await agentOf(request);
      if (!deps.conditions.offered)
        throw new ChatError('NotFound', 'this deployment offers no test conditions (the reference server: LIVECHAT_TEST_CONDITIONS)');
      const conditions = await deps.conditions.set(bodyOf(request) as Conditions);
      request.log.info({ conditions }, 'test conditions in force');
      return reply.header('cache-control', 'no-store').send(conditions);
    },
  };

  // Without a configured secret the interface is this machine's only: the socket's peer decides,
  // not HOST, and a request relayed by a proxy (which connects from loopback) is not local.
  if (deps.access.loopbackOnly)
    app.addHook('onRequest', (request, _reply, done) => {
      if (!request.url.startsWith('/tetherfi/agent/')) return done();
      const forwarded = ['forwarded', 'x-forwarded-for', 'x-real-ip'].some((h) => request.headers[h] !== undefined);
      if (forwarded || !isLoopback(request.socket.remoteAddress))
        return done(new ChatError('NotFound', 'the agent interface is served to this machine only (LIVECHAT_AGENT_SECRET is not set)'));
      done();
    });

  for (const [id, handler] of Object.entries(handlers) as [AgentOperationId, Handler][])
    registerOperation(app, 'agent', id, agentOperations[id], handler, deps.violations);
  return Object.keys(handlers) as AgentOperationId[];
}

const isLoopback = (address: string | undefined) => address !== undefined && (address === '::1' || /^(::ffff:)?127\./.test(address));

/** The agent whose session the request's cookie names, with its token checked on every call but a GET. */
export function callingAgent(routing: Routing, request: FastifyRequest) {
  const token = request.headers['livechat-agent-token'];
  return routing.authenticate(request.cookies[AGENT_COOKIE], typeof token === 'string' ? token : undefined, request.method !== 'GET');
}
