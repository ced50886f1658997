// The agent side of a certification run. The suite drives the CSO through this interface, typed
// from the generated agent contract (generated/agent/openapi.ts): one method per operation of
// spec/agent/openapi.yaml, each taking that operation's path parameters and body and answering
// its status and body. The reference server's agent API is the built-in driver (http-driver.ts);
// a deployment whose agent desktop has another API exports its own `createAgentDriver` from a
// module given with --agent-driver.
import type { operations as AgentOperations } from '../../generated/agent/openapi.ts';
import type { operations as agentOperationTable } from '../../generated/agent/operations.ts';

export type AgentOperationId = keyof typeof agentOperationTable;
type Op<Id extends AgentOperationId> = AgentOperations[Id];

type PathOf<Id extends AgentOperationId> = Op<Id>['parameters'] extends { path: infer P } ? P : never;
type BodyOf<Id extends AgentOperationId> =
  Op<Id> extends { requestBody: { content: { 'application/json': infer B } } }
    ? B
    : Op<Id> extends { requestBody?: { content: { 'application/json': infer B } } }
      ? B | undefined
      : undefined;

/** What one agent operation takes: its path parameters (when it has any) and its JSON body. */
export type AgentCall<Id extends AgentOperationId> = ([PathOf<Id>] extends [never] ? { path?: undefined } : { path: PathOf<Id> }) & {
  body?: BodyOf<Id>;
};

/** An event of the agent's stream, as spec/agent/asyncapi.yaml describes it. */
export type AgentEvent = { seq?: number; event: string; sid?: string; clientId?: string; data?: Record<string, unknown> };

/** A logged-in CSO. */
export interface AgentSession {
  readonly agentId: string;
  readonly name: string;
  /** Every event the agent's stream delivered so far, in order. */
  readonly events: readonly AgentEvent[];
  call<Id extends AgentOperationId>(operation: Id, input?: AgentCall<Id>): Promise<{ status: number; body: unknown }>;
  /** Resolves with the first event (already delivered or to come) that matches, or rejects after `ms`. */
  waitFor(match: (event: AgentEvent) => boolean, ms?: number): Promise<AgentEvent>;
  close(): Promise<void>;
}

export interface AgentDriver {
  /** Logs a CSO in (AgentLogin) and starts reading its events; the agent starts not ready. */
  login(agentId: string, name: string): Promise<AgentSession>;
}

/** What a driver is made with: `credential` is the run's --agent-credential (LIVECHAT_AGENT_CREDENTIAL), if any. */
export type AgentDriverOptions = { baseUrl: string; fetch: typeof fetch; credential?: string };

/** What a driver module given with --agent-driver exports. */
export type AgentDriverModule = {
  createAgentDriver(options: AgentDriverOptions): AgentDriver | Promise<AgentDriver>;
};
