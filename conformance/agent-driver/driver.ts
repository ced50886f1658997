// The agent side of a certification run. The suite drives the CSO through this interface, typed
// by the generated agent SDK (generated/sdk/agent/): one method per operation of
// spec/agent/openapi.yaml, each taking that operation's path parameters and body and answering
// its status and body. The reference server's agent API is the built-in driver (http-driver.ts);
// a deployment whose agent desktop has another API exports its own `createAgentDriver` from a
// module given with --agent-driver.

import type { operations as agentOperationTable } from '../../generated/agent/operations.ts';
import type { ErrorCode } from '../../generated/codes.ts';
import type * as agentSdk from '../../generated/sdk/agent/sdk.gen.ts';
import type { Problem } from '../../generated/sdk/agent/types.gen.ts';

/** The SDK's type of an answer without content. */
// biome-ignore lint/suspicious/noConfusingVoidType: the generated SDK writes no content as void.
type Nothing = void;

export type AgentOperationId = keyof typeof agentOperationTable;
type Options<Id extends AgentOperationId> = NonNullable<Parameters<(typeof agentSdk)[Id]>[0]>;

/** What one agent operation takes: its path parameters (when it has any) and its JSON body, as the generated SDK types them. */
export type AgentCall<Id extends AgentOperationId> = Pick<Options<Id>, 'path' | 'body'>;

/** A refusal, as the contract writes it: RFC 9457 problem details carrying one of the contract's ErrorCodes. */
export type AgentProblem = Omit<Problem, 'code'> & { code: ErrorCode };

/** The body of an operation's success answer, as the generated SDK types it; none (undefined) when the answer has no content (204, 202). */
export type AgentResult<Id extends AgentOperationId> =
  Awaited<ReturnType<(typeof agentSdk)[Id]>> extends { data: infer Data }
    ? unknown extends Data
      ? undefined
      : Exclude<Data, Nothing> | (Nothing extends Data ? undefined : never)
    : never;

/**
 * What an agent operation answered: its status and its JSON body - the operation's result or a
 * problem, as the contract says; a deployment that breaks the contract may send anything else,
 * which the suite's checks of status and code then refuse.
 */
export type AgentAnswer<Id extends AgentOperationId> = { status: number; body: AgentResult<Id> | AgentProblem | undefined };

/** An event of the agent's stream, as spec/agent/asyncapi.yaml describes it. */
export type AgentEvent = { seq?: number; event: string; sid?: string; clientId?: string; data?: Record<string, unknown> };

/** A logged-in CSO. */
export interface AgentSession {
  readonly agentId: string;
  readonly name: string;
  /** Every event the agent's stream delivered so far, in order. */
  readonly events: readonly AgentEvent[];
  call<Id extends AgentOperationId>(operation: Id, input?: AgentCall<Id>): Promise<AgentAnswer<Id>>;
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
