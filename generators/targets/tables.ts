// Runtime tables of the contract: operations, events and codes with the x-livechat-* facts that
// the client library, the reference server and the conformance suite act on.
import { asObject, type Contract, type Operation } from '../lib/contract.ts';
import { type GeneratedFile, literal } from '../lib/output.ts';

/** Only the keys that carry a value, so the tables stay small and stable. */
const compact = (entry: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0)));

/** An operation whose only security requirement is the empty one needs no cookie or token. */
const isPublic = (o: Operation) => {
  const security = o.op.security;
  return Array.isArray(security) && security.length === 1 && Object.keys(asObject(security[0])).length === 0;
};

export function operationsTable(contract: Contract): GeneratedFile {
  const rows = Object.fromEntries(
    contract.operations.map((o) => [
      o.id,
      compact({
        method: o.method,
        path: o.path,
        functions: o.functions,
        section: o.section,
        internal: o.internal,
        returns: o.returns,
        signature: o.signature,
        multichat: o.multichat,
        supplied: o.supplied,
        errors: o.errors,
        statuses: Object.keys(asObject(o.op.responses)).map(Number),
        security: isPublic(o) ? 'none' : undefined,
      }),
    ]),
  );
  const content = `/** Every operation of spec/openapi.yaml: method, path and what the contract says about it. */
export const operations = ${literal(rows)} as const;

export type OperationId = keyof typeof operations;
`;
  return { path: 'http/operations.ts', source: 'spec/openapi.yaml', content };
}

export function eventsTable(contract: Contract): GeneratedFile {
  const rows = Object.fromEntries(
    contract.messages.map((m) => [
      m.name,
      compact({
        raisedBy: m.raisedBy,
        channels: m.channels,
        section: m.section,
        internal: m.internal,
        delivery: m.delivery === 'participants' ? undefined : m.delivery,
        signature: m.signature,
        multichat: m.multichat,
        synonymOf: m.synonymOf,
        synonyms: m.synonyms,
      }),
    ]),
  );
  const content = `/** Every message of spec/asyncapi.yaml: who raises it, on which channel, and its handler's parameters. */
export const events = ${literal(rows)} as const;

export type EventName = keyof typeof events;
`;
  return { path: 'events/events.ts', source: 'spec/asyncapi.yaml', content };
}

export function codesTable(contract: Contract): GeneratedFile {
  const errors = Object.fromEntries(
    contract.errorCodes.map((c) => [
      String(c.const),
      { status: c['x-livechat-http-status'], retryable: c['x-livechat-retryable'], origin: c['x-livechat-origin'] },
    ]),
  );
  const reasons = contract.reasonCodes.map((c) => String(c.const));
  const content = `/** Every ErrorCode of spec/schemas/ErrorCode.yaml: its HTTP status, whether a retry can help, and where it comes from. */
export const errorCodes = ${literal(errors)} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Every ReasonCode of spec/schemas/ReasonCode.yaml. */
export const reasonCodes = ${literal(reasons)} as const;

export type ReasonCode = (typeof reasonCodes)[number];
`;
  return { path: 'codes.ts', source: 'spec/schemas/ErrorCode.yaml and ReasonCode.yaml', content };
}

/** The fields of the document's classes CustomerDetails and SessionDetails, from their schemas. */
export function classFields(contract: Contract): GeneratedFile {
  const fields = (title: string) => Object.keys(asObject(contract.schemas[title]?.properties));
  const content = `/** CustomerDetails' fields, in the document's order (all strings, "" by default). */
export const customerDetailsFields = ${literal(fields('CustomerDetails'))} as const;

/** SessionDetails' fields as its ToString() writes them. */
export const sessionDetailsFields = ${literal(fields('SessionDetails'))} as const;
`;
  return { path: 'classes.ts', source: 'spec/schemas/CustomerDetails.yaml and SessionDetails.yaml', content };
}

/**
 * The slim tables the browser bundle carries: each operation's method and path, and each event's
 * handler parameters as payload paths (single, then multi-chat) - the rest of the full tables
 * would only weigh on livechat.js.
 */
export function clientTables(contract: Contract): GeneratedFile {
  const routes = Object.fromEntries(contract.operations.map((o) => [o.id, [o.method, o.path]]));
  const handlers = Object.fromEntries(
    contract.messages.map((m) => {
      const single = m.signature.map((p) => p.path ?? '');
      const multi = m.multichat
        ? (m.multichat.signature ?? [...m.signature, ...(m.multichat.append ?? [])]).map((p) => p.path ?? '')
        : single;
      return [
        m.name,
        compact({
          single,
          multi: multi.join() === single.join() ? undefined : multi,
          internal: m.internal,
          synonyms: m.synonyms,
          startingPage: m.delivery === 'starting-page',
        }),
      ];
    }),
  );
  const content = `/** Method and path of every operation. */
export const routes = ${JSON.stringify(routes)} as const;

/** Each event's handler parameters as payload paths: single (livechat) and, where it differs, multi (multilivechat). */
export const handlers = ${JSON.stringify(handlers)} as const;
`;
  return { path: 'client/tables.ts', source: 'spec/openapi.yaml and spec/asyncapi.yaml', content };
}
