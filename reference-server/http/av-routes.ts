// Audio/video calls, both sides: a thin adapter over chat/av-calls.ts. The customer's operations
// of spec/http/av.yaml (StartAvCall, EndAvCall, Pause, the signals) and the agent's of
// spec/agent/openapi.yaml (answer, decline, signals, pause, end). Their rate budget
// (signalsPerMinute) is the signaling one of rate-limits.ts, chosen by their paths.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { operations as agentOperations } from '../../generated/agent/operations.ts';
import { operations } from '../../generated/http/operations.ts';
import type { AvCalls, MediaState, Signal } from '../chat/av-calls.ts';
import type { CustomerChats } from '../chat/customer-chats.ts';
import type { Routing } from '../chat/routing.ts';
import { type AgentOperationId, callingAgent } from './agent-routes.ts';
import { type Handler, registerOperation, type Violations } from './contract.ts';
import { callerOf, type OperationId } from './customer-routes.ts';

export type AvDeps = { chats: CustomerChats; routing: Routing; calls: AvCalls; violations?: Violations };

type CallBody = { callId: string; signal: Signal } & MediaState;
const bodyOf = (request: FastifyRequest) => request.body as CallBody;
const sidOf = (request: FastifyRequest) => (request.params as { sid: string }).sid;
const media = ({ audio, video }: MediaState): MediaState => ({ audio, video });

export function registerAvRoutes(app: FastifyInstance, deps: AvDeps): { customer: OperationId[]; agent: AgentOperationId[] } {
  const { chats, routing, calls } = deps;
  const customer = async (request: FastifyRequest) => [...(await callerOf(chats, request)), sidOf(request)] as const;
  const agent = async (request: FastifyRequest) => [await callingAgent(routing, request), sidOf(request)] as const;

  const customerHandlers: Partial<Record<OperationId, Handler>> = {
    startAvCall: async (request, reply) => reply.code(201).send(await calls.start(...(await customer(request)), media(bodyOf(request)))),
    sendAvSignal: async (request, reply) => {
      const { callId, signal } = bodyOf(request);
      await calls.customerSignal(...(await customer(request)), callId, signal);
      return reply.code(202).send();
    },
    pauseAv: async (request, reply) => {
      await calls.customerPause(...(await customer(request)), bodyOf(request).callId, media(bodyOf(request)));
      return reply.code(204).send();
    },
    endAvCall: async (request, reply) => {
      await calls.customerHangUp(...(await customer(request)), bodyOf(request).callId);
      return reply.code(204).send();
    },
  };
  const agentHandlers: Partial<Record<AgentOperationId, Handler>> = {
    agentAnswerAvCall: async (request, reply) => {
      await calls.answer(...(await agent(request)), bodyOf(request).callId);
      return reply.code(204).send();
    },
    agentDeclineAvCall: async (request, reply) => {
      await calls.decline(...(await agent(request)), bodyOf(request).callId);
      return reply.code(204).send();
    },
    agentSendAvSignal: async (request, reply) => {
      const { callId, signal } = bodyOf(request);
      await calls.agentSignal(...(await agent(request)), callId, signal);
      return reply.code(202).send();
    },
    agentPauseAv: async (request, reply) => {
      await calls.agentPause(...(await agent(request)), bodyOf(request).callId, media(bodyOf(request)));
      return reply.code(204).send();
    },
    agentEndAvCall: async (request, reply) => {
      await calls.agentHangUp(...(await agent(request)), bodyOf(request).callId);
      return reply.code(204).send();
    },
  };

  for (const [id, handler] of Object.entries(customerHandlers) as [OperationId, Handler][])
    registerOperation(app, 'customer', id, operations[id], handler, deps.violations);
  for (const [id, handler] of Object.entries(agentHandlers) as [AgentOperationId, Handler][])
    registerOperation(app, 'agent', id, agentOperations[id], handler, deps.violations);
  return { customer: Object.keys(customerHandlers) as OperationId[], agent: Object.keys(agentHandlers) as AgentOperationId[] };
}
