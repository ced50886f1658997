// Co-browsing, both sides: a thin adapter over chat/cobrowse.ts. The customer's operations of
// spec/http/cobrowse.yaml (StartCobr, EndCobr, the signals, control values, pointer, annotations)
// and the agent's of spec/agent/openapi.yaml (signals, control values, annotations, end). Their
// rate budget (signalsPerMinute) is the signaling one of rate-limits.ts, chosen by their paths.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { operations as agentOperations } from '../../generated/agent/operations.ts';
import { operations } from '../../generated/http/operations.ts';
import type { Signal } from '../chat/av-calls.ts';
import type { Annotation, CobrowseConfig, CobrowseSessions, ControlValue, Pointer } from '../chat/cobrowse.ts';
import type { CustomerChats } from '../chat/customer-chats.ts';
import type { Routing } from '../chat/routing.ts';
import { type AgentOperationId, callingAgent } from './agent-routes.ts';
import { type Handler, registerOperation, type Violations } from './contract.ts';
import { callerOf, type OperationId } from './customer-routes.ts';

export type CobrowseDeps = { chats: CustomerChats; routing: Routing; cobrowse: CobrowseSessions; violations?: Violations };

type Body = CobrowseConfig & { cobrowseId: string; signal: Signal; value: ControlValue; points: Pointer[]; annotation: Annotation };
const bodyOf = (request: FastifyRequest) => request.body as Body;
const sidOf = (request: FastifyRequest) => (request.params as { sid: string }).sid;

export function registerCobrowseRoutes(app: FastifyInstance, deps: CobrowseDeps): { customer: OperationId[]; agent: AgentOperationId[] } {
  const { chats, routing, cobrowse } = deps;
  const customer = async (request: FastifyRequest) =>
    [...(await callerOf(chats, request)), sidOf(request), bodyOf(request).cobrowseId] as const;
  const agent = async (request: FastifyRequest) =>
    [await callingAgent(routing, request), sidOf(request), bodyOf(request).cobrowseId] as const;
  const relayed = async (_request: FastifyRequest, reply: Parameters<Handler>[1]) => reply.code(202).send();

  const customerHandlers: Partial<Record<OperationId, Handler>> = {
    startCobrowse: async (request, reply) => {
      const { domControlList, isMousePointerCapture, isAnnotationEnabled } = bodyOf(request);
      const config = { isMousePointerCapture, isAnnotationEnabled, ...(domControlList !== undefined ? { domControlList } : {}) };
      return reply.code(201).send(await cobrowse.start(...(await callerOf(chats, request)), sidOf(request), config));
    },
    sendCobrowseSignal: async (request, reply) => {
      await cobrowse.customerSignal(...(await customer(request)), bodyOf(request).signal);
      return relayed(request, reply);
    },
    sendCobrowseControlValue: async (request, reply) => {
      await cobrowse.customerControlValue(...(await customer(request)), bodyOf(request).value);
      return relayed(request, reply);
    },
    sendCobrowsePointer: async (request, reply) => {
      await cobrowse.customerPointer(...(await customer(request)), bodyOf(request).points);
      return relayed(request, reply);
    },
    sendCobrowseAnnotation: async (request, reply) => {
      await cobrowse.customerAnnotation(...(await customer(request)), bodyOf(request).annotation);
      return relayed(request, reply);
    },
    endCobrowse: async (request, reply) => {
      await cobrowse.customerEnd(...(await customer(request)));
      return reply.code(204).send();
    },
  };
  const agentHandlers: Partial<Record<AgentOperationId, Handler>> = {
    agentSendCobrowseSignal: async (request, reply) => {
      await cobrowse.agentSignal(...(await agent(request)), bodyOf(request).signal);
      return relayed(request, reply);
    },
    agentSendCobrowseControlValue: async (request, reply) => {
      await cobrowse.agentControlValue(...(await agent(request)), bodyOf(request).value);
      return relayed(request, reply);
    },
    agentSendCobrowseAnnotation: async (request, reply) => {
      await cobrowse.agentAnnotation(...(await agent(request)), bodyOf(request).annotation);
      return relayed(request, reply);
    },
    agentEndCobrowse: async (request, reply) => {
      await cobrowse.agentEnd(...(await agent(request)));
      return reply.code(204).send();
    },
  };

  for (const [id, handler] of Object.entries(customerHandlers) as [OperationId, Handler][])
    registerOperation(app, 'customer', id, operations[id], handler, deps.violations);
  for (const [id, handler] of Object.entries(agentHandlers) as [AgentOperationId, Handler][])
    registerOperation(app, 'agent', id, agentOperations[id], handler, deps.violations);
  return { customer: Object.keys(customerHandlers) as OperationId[], agent: Object.keys(agentHandlers) as AgentOperationId[] };
}
