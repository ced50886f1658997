// What a case works with: browsers (the real Node client over the observing fetch), agents
// through the driver, raw calls of any operation for the cases that must send what no client
// would, and the checks. Everything a case opens is closed when it ends.
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import type { components as AgentComponents } from '../../generated/agent/openapi.ts';
import { operations } from '../../generated/http/operations.ts';
import type { AgentDriver, AgentSession } from '../agent-driver/driver.ts';
import { Checks } from './checks.ts';
import type { Observer } from './observer.ts';

export type OperationId = keyof typeof operations;

export type RawCall = {
  path?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Sent as it is (malformed JSON, a huge string, a multipart body with binary files): wins over `body`. */
  rawBody?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  /** Whose cookies go with it; none: a request without cookies. */
  browser?: SimulatedBrowser;
};

/** States of a deployment set up for testing (SetTestConditions of spec/agent/openapi.yaml). */
export type TestConditions = AgentComponents['schemas']['TestConditions'];

/** What a deployment tells the suite about itself (options of the command): what a case cannot find out from outside. */
export type Declared = {
  /** An origin the deployment lists for CORS (--allowed-origin): its pages may call the API with credentials. */
  allowedOrigin?: string;
};

export type RawAnswer = { status: number; headers: Headers; body: unknown; text: string };

/** The answer as a case reads it: the body parsed when it is JSON, kept as text otherwise. */
async function answerOf(response: Response): Promise<RawAnswer> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: kept as text.
  }
  return { status: response.status, headers: response.headers, body, text };
}

export class CaseContext {
  readonly checks: Checks = new Checks();
  private readonly cleanups: (() => unknown)[] = [];
  private agentCount = 0;
  private controller: AgentSession | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly observer: Observer,
    private readonly driver: AgentDriver | undefined,
    /** Distinguishes this case's agents and customers from other cases' on a shared deployment. */
    readonly runId: string,
    /** The seed of what the case generates (from the run's seed and the case's id). */
    readonly seed = 0,
    /** What the deployment declares beyond the contract (RunOptions.declared: the origin it lists for CORS). */
    readonly declared: Declared = {},
  ) {}

  must(ok: boolean, message: string): asserts ok {
    this.checks.must(ok, message);
  }
  should(ok: boolean, message: string): void {
    this.checks.should(ok, message);
  }
  info(message: string): void {
    this.checks.info(message);
  }
  notTestable(message: string): never {
    return this.checks.notTestable(message);
  }

  /** A new browser (its own cookie jar) whose traffic the observer checks. */
  browser(): SimulatedBrowser {
    const browser = new SimulatedBrowser({ baseUrl: this.baseUrl }, this.observer.fetch);
    this.cleanups.push(() => browser.close());
    return browser;
  }

  /** A CSO, logged in through the agent driver (not testable without one). */
  async agent(name = 'Alice'): Promise<AgentSession> {
    if (this.driver === undefined) this.notTestable('needs an agent: run with an agent driver (--agent-driver, or the built-in one)');
    const session = await this.driver.login(`cf-${this.runId}-${++this.agentCount}`, name);
    this.cleanups.push(() => session.close());
    return session;
  }

  /**
   * A ready CSO, so that a Start stays queued instead of ending with NoStaffedAgents (the
   * document's rule when nobody is logged in). Without a driver the case goes on, and a chat the
   * deployment ends at once makes the case not testable.
   */
  async staff(): Promise<AgentSession | undefined> {
    if (this.driver === undefined) return undefined;
    const agent = await this.agent('Staff');
    const ready = await agent.call('agentReady', { body: { ready: true } });
    this.must(ready.status === 204, `AgentReady answers 204 (got ${ready.status})`);
    return agent;
  }

  /**
   * Puts the deployment into `conditions` (SetTestConditions through the agent driver) for the
   * rest of the case; they are reset as it ends. False when the deployment offers none (NotFound)
   * or there is no agent driver: the case then reports what it needed as not testable.
   */
  async conditions(conditions: TestConditions): Promise<boolean> {
    if (this.driver === undefined) return false;
    if (this.controller === undefined) {
      const controller = await this.agent('Conditions');
      this.controller = controller;
      this.defer(() => controller.call('setTestConditions', { body: {} }));
    }
    const answer = await this.controller.call('setTestConditions', { body: conditions });
    if (answer.status === 404) return false;
    this.must(answer.status === 200, `SetTestConditions answers 200 or NotFound (got ${answer.status})`);
    return true;
  }

  /** The document's SessionDetails with a customer, as the application builds it. */
  details(name = 'Conformance Customer', topic = 'conformance'): SessionDetails {
    const details = new SessionDetails();
    details.eCustDetails = { eCustName: name, pTopic: topic };
    return details;
  }

  /**
   * Any operation, as raw as the case needs; the answer's body parsed when it is JSON. An answer
   * that turns out to be an event stream is cut at its headers (a case expecting a problem never
   * hangs on a stream), and none may take longer than `timeoutMs`.
   */
  async call(operation: OperationId, call: RawCall & { timeoutMs?: number } = {}): Promise<RawAnswer> {
    const op = operations[operation];
    const path = op.path.replace(/\{(\w+)\}/g, (_m, key: string) => encodeURIComponent(call.path?.[key] ?? ''));
    const query = call.query ? `?${new URLSearchParams(call.query)}` : '';
    const send = call.browser?.fetch ?? this.observer.fetch;
    const hasBody = call.rawBody !== undefined || call.body !== undefined;
    const ms = call.timeoutMs ?? 10_000;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new Error(`${operation} did not answer within ${ms} ms`)), ms);
    try {
      const response = await send(`${this.baseUrl}${path}${query}`, {
        method: op.method,
        headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...call.headers },
        ...(call.rawBody !== undefined ? { body: call.rawBody } : call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
        signal: abort.signal,
      });
      if ((response.headers.get('content-type') ?? '').includes('text/event-stream')) {
        await response.body?.cancel().catch(() => undefined);
        return { status: response.status, headers: response.headers, body: undefined, text: '' };
      }
      return await answerOf(response);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A request to a path and method the contract has no operation for (the NotFound case, a CORS preflight). */
  async callOutsideContract(
    method: string,
    path: string,
    browser?: SimulatedBrowser,
    headers?: Record<string, string>,
  ): Promise<RawAnswer> {
    const response = await (browser?.fetch ?? this.observer.probe)(`${this.baseUrl}${path}`, {
      method,
      ...(headers !== undefined ? { headers } : {}),
      signal: AbortSignal.timeout(10_000),
    });
    return answerOf(response);
  }

  /** Waits until `check` holds, polling; false after `ms`. */
  async until(check: () => boolean, ms = 5000): Promise<boolean> {
    const start = Date.now();
    while (!check()) {
      if (Date.now() - start > ms) return false;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return true;
  }

  /** Runs `cleanup` as the case ends, before what was opened earlier is closed (e.g. ends a chat the case started). */
  defer(cleanup: () => unknown): void {
    this.cleanups.push(cleanup);
  }

  async close(): Promise<void> {
    for (const cleanup of this.cleanups.splice(0).reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  }
}
