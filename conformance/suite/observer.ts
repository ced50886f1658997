// Every frame the suite sees is checked against the contract, not only what a case asserts: a
// fetch that records each exchange, finds its operation in the generated tables, validates the
// answer's status and body (response:<op>:<status>), and reads event streams as they pass to
// validate every event (event:<name>, agent-event:<name>). It also records what each exchange
// exercised of the contract - an operation answered with success and within the contract, an
// event observed and valid - for the message coverage of a profile (suite/profiles.ts).

import { createDecoder } from '../../client/src/stream/decoder.ts';
import { operations as agentOperations } from '../../generated/agent/operations.ts';
import { operations } from '../../generated/http/operations.ts';
import { createValidators, schemaRefs, type ValidatorKey } from '../../generated/validators.ts';

export type Exchange = {
  at: number;
  method: string;
  url: string;
  operation?: string;
  status?: number;
  /** Request and answer bodies as text (bounded), for the report of a failing case. */
  request?: string;
  answer?: string;
  events?: unknown[];
};

export type Breach = { where: string; problem: string };

type Route = { side: 'customer' | 'agent'; id: string; method: string; pattern: RegExp; statuses: readonly number[] };

const routes: Route[] = [
  ...Object.entries(operations).map(([id, op]) => route('customer', id, op)),
  ...Object.entries(agentOperations).map(([id, op]) => route('agent', id, op)),
];

function route(side: 'customer' | 'agent', id: string, op: { method: string; path: string; statuses: readonly number[] }): Route {
  const pattern = new RegExp(`^${op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}|\{\w+\}/g, '[^/]+')}$`);
  return { side, id, method: op.method, pattern, statuses: op.statuses };
}

const MAX_TEXT = 4096;
const validators = createValidators();
const has = (key: string): key is ValidatorKey => key in schemaRefs;
/** A key whose schema is the contract's problem details (spec/schemas/Problem.yaml). */
const problemKey = Object.keys(schemaRefs).find((key) => schemaRefs[key as ValidatorKey].endsWith('/schemas/Problem.yaml#/'));

export class Observer {
  readonly exchanges: Exchange[] = [];
  readonly breaches: Breach[] = [];
  /**
   * What the run exercised, in order: operation:<id> / agent-operation:<id> (a 2xx answer the
   * contract allows, its body valid), event:<name> / agent-event:<name> (an event of a stream or
   * of a long-poll answer, valid). The runner takes each case's share.
   */
  readonly exercised: string[] = [];

  constructor(private readonly network: typeof fetch = globalThis.fetch) {}

  /** The observing fetch: give it to browsers and agent drivers. */
  readonly fetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const found = routes.find((r) => r.method === request.method && r.pattern.test(url.pathname));
    const exchange: Exchange = {
      at: Date.now(),
      method: request.method,
      url: url.pathname + url.search,
      ...(found ? { operation: found.id } : {}),
    };
    if (typeof init?.body === 'string') exchange.request = init.body.slice(0, MAX_TEXT);
    this.exchanges.push(exchange);
    const response = await this.network(input, init);
    exchange.status = response.status;
    const where = `${request.method} ${url.pathname} ${response.status}`;
    if (found === undefined) {
      this.breach(where, 'no operation of the contract has this method and path');
      return response;
    }
    const allowed = found.statuses.includes(response.status);
    if (!allowed) this.breach(where, `status ${response.status} is not one ${found.id} may answer (${found.statuses.join(', ')})`);
    const type = response.headers.get('content-type') ?? '';
    const prefix = found.side === 'agent' ? 'agent-' : '';
    const success = allowed && response.status >= 200 && response.status < 300;
    if (type.includes('text/event-stream') && response.body !== null) {
      if (success) this.exercise(`${prefix}operation:${found.id}`);
      return this.watchStream(response, exchange, `${prefix}event:`);
    }
    let valid = true;
    if (type.includes('json')) {
      const text = await response.clone().text();
      exchange.answer = text.slice(0, MAX_TEXT);
      valid = this.validate(`${prefix}response:${found.id}:${response.status}`, text, where);
      if (success && valid && found.id === 'pollEvents') for (const name of polledEvents(text)) this.exercise(`${prefix}event:${name}`);
    }
    if (success && valid) this.exercise(`${prefix}operation:${found.id}`);
    return response;
  };

  /**
   * A request the contract has no operation for, on purpose (the NotFound case): recorded like
   * any other, its answer held to the problem details of the contract rather than a breach.
   */
  readonly probe: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const exchange: Exchange = { at: Date.now(), method: request.method, url: url.pathname + url.search };
    this.exchanges.push(exchange);
    const response = await this.network(input, init);
    exchange.status = response.status;
    if ((response.headers.get('content-type') ?? '').includes('json') && problemKey !== undefined) {
      const text = await response.clone().text();
      exchange.answer = text.slice(0, MAX_TEXT);
      this.validate(problemKey, text, `${request.method} ${url.pathname} ${response.status}`);
    }
    return response;
  };

  /** Breaches from `since` on (a case's own). */
  breachesSince(since: number): Breach[] {
    return this.breaches.slice(since);
  }

  /** Whether the body is valid against `key`'s schema; a breach when it is not. */
  private validate(key: string, text: string, where: string): boolean {
    if (!has(key)) {
      this.breach(where, `the contract has no schema for ${key}`);
      return false;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.breach(where, 'the body is not JSON');
      return false;
    }
    const validate = validators(key);
    if (validate(value)) return true;
    this.breach(where, `${key}: ${JSON.stringify(validate.errors).slice(0, 1000)}`);
    return false;
  }

  private exercise(id: string): void {
    if (this.exercised.length < 1_000_000) this.exercised.push(id);
  }

  /** Passes the stream through untouched while every event in it is validated. */
  private watchStream(response: Response, exchange: Exchange, eventPrefix: string): Response {
    const events: unknown[] = [];
    exchange.events = events;
    const decoder = createDecoder((frame) => {
      if (frame.kind === 'malformed') this.breach(`${exchange.method} ${exchange.url}`, `malformed stream frame: ${frame.reason}`);
      if (frame.kind !== 'event') return;
      if (events.length < 200) events.push(frame.payload);
      if (this.validate(`${eventPrefix}${frame.name}`, JSON.stringify(frame.payload), `event ${frame.name} (seq ${frame.seq})`))
        this.exercise(`${eventPrefix}${frame.name}`);
    });
    const text = new TextDecoder();
    const watched = (response.body as ReadableStream<Uint8Array>).pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          decoder.feed(text.decode(chunk, { stream: true }));
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(watched, { status: response.status, statusText: response.statusText, headers: response.headers });
  }

  private breach(where: string, problem: string): void {
    if (this.breaches.length < 10_000) this.breaches.push({ where, problem });
  }
}

/** The names of the events a long-poll answer (`{ events: [...] }`) carries; none for any other body. */
function polledEvents(text: string): string[] {
  try {
    const events = (JSON.parse(text) as { events?: unknown }).events;
    return Array.isArray(events) ? events.map((e) => String((e as { event?: unknown })?.event)) : [];
  } catch {
    return [];
  }
}
