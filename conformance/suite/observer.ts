// Every frame the suite sees is checked against the contract, not only what a case asserts: a
// fetch that records each exchange, finds its operation in the generated tables, validates the
// answer's status and body (response:<op>:<status>), and reads event streams as they pass to
// validate every event (event:<name>, agent-event:<name>). It also records what each exchange
// exercised of the contract - an operation answered with success and within the contract, an
// event observed and valid - for the message coverage of a profile (suite/profiles.ts).
//
// The observer does not trust the client library, which drops an event it has seen: it reads every
// raw customer stream and long-poll answer itself and holds them to the wire protocol's rules
// (spec/README.md, "The event stream"): seqs consecutive, a resumed stream or poll starting right
// after its Last-Event-ID / after (nothing lost, nothing repeated), and no silence on a stream
// longer than the announced heartbeatIntervalMs (with room for timers: SILENCE_FACTOR).

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
/**
 * The longest silence a stream may keep, as a multiple of the announced heartbeatIntervalMs: the
 * server's timer and the network need room, and 1.5 x 3 s keeps a page well inside the client's
 * 9 s offline threshold. (event:Heartbeat holds a deployment to the interval itself as a SHOULD.)
 */
export const SILENCE_FACTOR = 1.5;
/** The contract's largest heartbeatIntervalMs (SessionLimits), until a Start or Open announced one. */
const MAX_HEARTBEAT_MS = 3000;

/** Where a stream or poll of a browser session resumes: its Last-Event-ID, else its after (none: no position). */
function resumedAfter(request: Request, url: URL): number | undefined {
  const raw = request.headers.get('last-event-id') ?? url.searchParams.get('after');
  return raw !== null && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
}

/** The seqs a stream or poll delivers, held to the protocol's order: consecutive, from right after its position. */
class SeqOrder {
  private last: number | undefined;
  constructor(
    private readonly from: number | undefined,
    private readonly report: (problem: string) => void,
  ) {}

  next(seq: number, name: string): void {
    const { last, from } = this;
    this.last = seq;
    // A Resync stands for what the deployment no longer holds: the seqs go on from it.
    if (name === 'Resync' && last === undefined) return;
    if (last === undefined) {
      if (from === undefined) return;
      if (seq <= from)
        this.report(
          `resumed after seq ${from} (Last-Event-ID / after), it repeats seq ${seq} (${name}): nothing may be repeated across a resume`,
        );
      else if (seq > from + 1)
        this.report(
          `resumed after seq ${from} (Last-Event-ID / after), its first event is seq ${seq} (${name}): seq ${from + 1}${seq > from + 2 ? `..${seq - 1}` : ''} lost - missing`,
        );
      return;
    }
    if (seq !== last + 1)
      this.report(
        `seq ${seq} (${name}) follows seq ${last}: a browser session's events go 1, 2, 3... without gaps${seq <= last ? ' - it repeats one' : ` - seq ${last + 1} missing`}`,
      );
  }
}

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
  /** The heartbeatIntervalMs the deployment announced last (Start, Open). */
  private heartbeatMs = MAX_HEARTBEAT_MS;

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
    const customerEvents = found.side === 'customer' && success;
    if (type.includes('text/event-stream') && response.body !== null) {
      if (success) this.exercise(`${prefix}operation:${found.id}`);
      const order = customerEvents ? new SeqOrder(resumedAfter(request, url), (problem) => this.breach(where, problem)) : undefined;
      return this.watchStream(response, exchange, `${prefix}event:`, order);
    }
    let valid = true;
    if (type.includes('json')) {
      const text = await response.clone().text();
      exchange.answer = text.slice(0, MAX_TEXT);
      valid = this.validate(`${prefix}response:${found.id}:${response.status}`, text, where);
      if (success && valid && found.id === 'pollEvents') {
        const events = polledEvents(text);
        for (const { event } of events) this.exercise(`${prefix}event:${event}`);
        if (customerEvents) {
          const order = new SeqOrder(resumedAfter(request, url), (problem) => this.breach(where, `the long-poll: ${problem}`));
          for (const { seq, event } of events) order.next(seq, event);
        }
      }
      if (customerEvents && valid) this.noteLimits(text);
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

  /** The heartbeatIntervalMs a Start or Open answer announces, for the streams that follow. */
  private noteLimits(text: string): void {
    try {
      const announced = (JSON.parse(text) as { limits?: { heartbeatIntervalMs?: unknown } }).limits?.heartbeatIntervalMs;
      if (typeof announced === 'number' && announced > 0) this.heartbeatMs = announced;
    } catch {
      // Not JSON: validate() said so.
    }
  }

  private exercise(id: string): void {
    if (this.exercised.length < 1_000_000) this.exercised.push(id);
  }

  /**
   * Passes the stream through untouched while every event in it is validated; a customer stream's
   * seqs are held to `order`, and its silences to the announced heartbeatIntervalMs.
   */
  private watchStream(response: Response, exchange: Exchange, eventPrefix: string, order?: SeqOrder): Response {
    const events: unknown[] = [];
    exchange.events = events;
    const where = `${exchange.method} ${exchange.url}`;
    const heartbeatMs = this.heartbeatMs;
    const longest = Math.round(heartbeatMs * SILENCE_FACTOR);
    let lastFrameAt = Date.now();
    let silenceReported = false;
    const silence = (until: number, what: string) => {
      const ms = until - lastFrameAt;
      if (order === undefined || ms <= longest || silenceReported) return;
      silenceReported = true;
      this.breach(
        where,
        `the stream was silent for ${ms} ms ${what}: a Heartbeat must fill any heartbeatIntervalMs (${heartbeatMs} ms announced) without a frame (allowed: ${longest} ms)`,
      );
    };
    const decoder = createDecoder((frame) => {
      const now = Date.now();
      silence(now, 'before its next frame');
      lastFrameAt = now;
      if (frame.kind === 'malformed') this.breach(where, `malformed stream frame: ${frame.reason}`);
      if (frame.kind !== 'event') return;
      order?.next(frame.seq, frame.name);
      if (events.length < 200) events.push(frame.payload);
      if (this.validate(`${eventPrefix}${frame.name}`, JSON.stringify(frame.payload), `event ${frame.name} (seq ${frame.seq})`))
        this.exercise(`${eventPrefix}${frame.name}`);
    });
    const text = new TextDecoder();
    const source = (response.body as ReadableStream<Uint8Array>).getReader();
    const watched = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { value, done } = await source.read().catch((error: unknown) => {
          // The page aborted it (or the connection broke): the silence up to now counts too.
          silence(Date.now(), 'before it was cut');
          throw error;
        });
        if (done) {
          silence(Date.now(), 'before it ended');
          controller.close();
          return;
        }
        decoder.feed(text.decode(value, { stream: true }));
        controller.enqueue(value);
      },
      cancel(reason) {
        silence(Date.now(), 'before the page dropped it');
        return source.cancel(reason);
      },
    });
    return new Response(watched, { status: response.status, statusText: response.statusText, headers: response.headers });
  }

  private breach(where: string, problem: string): void {
    if (this.breaches.length < 10_000) this.breaches.push({ where, problem });
  }
}

/** The events a long-poll answer (`{ events: [...] }`) carries, by seq and name; none for any other body. */
function polledEvents(text: string): { seq: number; event: string }[] {
  try {
    const events = (JSON.parse(text) as { events?: unknown }).events;
    return Array.isArray(events)
      ? events.map((e) => ({ seq: Number((e as { seq?: unknown })?.seq), event: String((e as { event?: unknown })?.event) }))
      : [];
  } catch {
    return [];
  }
}
