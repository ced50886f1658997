// Runtime tables of the contract: operations, events and codes with the x-livechat-* facts that
// the client library, the reference server and the conformance suite act on.
import { asObject, type Contract, type Message, type Operation } from '../lib/contract.ts';
import { type GeneratedFile, literal } from '../lib/output.ts';

/** Only the keys that carry a value, so the tables stay small and stable. */
const compact = (entry: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0)));

/** An operation whose only security requirement is the empty one (or none at all) needs no cookie or token. */
const isPublic = (o: Operation) => {
  const security = o.op.security;
  return Array.isArray(security) && (security.length === 0 || (security.length === 1 && Object.keys(asObject(security[0])).length === 0));
};

function operationRows(operations: Operation[]) {
  return Object.fromEntries(
    operations.map((o) => [
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
}

function eventRows(messages: Message[]) {
  return Object.fromEntries(
    messages.map((m) => [
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
}

export function operationsTable(contract: Contract): GeneratedFile {
  const content = `/** Every operation of spec/openapi.yaml: method, path and what the contract says about it. */
export const operations = ${literal(operationRows(contract.operations))} as const;

export type OperationId = keyof typeof operations;
`;
  return { path: 'http/operations.ts', source: 'spec/openapi.yaml', content };
}

export function eventsTable(contract: Contract): GeneratedFile {
  const content = `/** Every message of spec/asyncapi.yaml: who raises it, on which channel, and its handler's parameters. */
export const events = ${literal(eventRows(contract.messages))} as const;

export type EventName = keyof typeof events;
`;
  return { path: 'events/events.ts', source: 'spec/asyncapi.yaml', content };
}

/** The agent test interface's operations and events, named like the customer side's tables (the folder tells them apart). */
export function agentTables(agent: NonNullable<Contract['agent']>): GeneratedFile[] {
  const operations = `/** Every operation of spec/agent/openapi.yaml: method, path, error codes and statuses. */
export const operations = ${literal(operationRows(agent.operations))} as const;

export type OperationId = keyof typeof operations;
`;
  const events = `/** Every message of spec/agent/asyncapi.yaml: who raises it, on which channel, and its handler's parameters. */
export const events = ${literal(eventRows(agent.messages))} as const;

export type EventName = keyof typeof events;
`;
  return [
    { path: 'agent/operations.ts', source: 'spec/agent/openapi.yaml', content: operations },
    { path: 'agent/events.ts', source: 'spec/agent/asyncapi.yaml', content: events },
  ];
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
 * The folder (a prefix ending in '/', without parameters) that takes the most bytes off these
 * paths, each path under it being written without it: the client's routes are mostly under one.
 */
function commonBase(paths: string[]): string {
  let best = '';
  let saved = 0;
  for (const path of paths) {
    for (let end = path.indexOf('/', 1); end !== -1; end = path.indexOf('/', end + 1)) {
      const base = path.slice(0, end + 1);
      if (base.includes('{')) break;
      const bytes = base.length * paths.filter((p) => p.startsWith(base)).length;
      if (bytes > saved || (bytes === saved && base < best)) [best, saved] = [base, bytes];
    }
  }
  return best;
}

/**
 * The slim tables the browser bundle carries, written for size (every byte here is a byte of
 * livechat.js): the operations' methods and paths, each ErrorCode's status and retry advice, and
 * each handler's parameters as payload paths - the rest of the full tables would only weigh on it.
 */
export function clientTables(contract: Contract): GeneratedFile {
  const base = commonBase(contract.operations.map((o) => o.path));
  const tag = (o: Operation) => String((o.op.tags as string[] | undefined)?.[0]);
  const routesOf = (operations: Operation[]) =>
    JSON.stringify(
      Object.fromEntries(
        operations.map((o) => [o.id, `${o.method} ${base !== '' && o.path.startsWith(base) ? o.path.slice(base.length) : o.path}`]),
      ),
    );
  const textChat = contract.operations.filter((o) => !['av', 'cobrowse', 'scripts'].includes(tag(o)));
  const errors = Object.fromEntries(
    contract.errorCodes.map((c) => [String(c.const), [c['x-livechat-http-status'], c['x-livechat-retryable'] === true]]),
  );
  const paths = (params: { path?: string }[]) => params.map((p) => p.path ?? '');
  const visible = contract.messages.filter((m) => !m.internal);
  const handlers = Object.fromEntries(
    visible.map((m) => {
      const single = paths(m.signature);
      const multi = m.multichat ? paths(m.multichat.signature ?? [...m.signature, ...(m.multichat.append ?? [])]) : single;
      const appended = multi.length > single.length && single.every((path, i) => multi[i] === path);
      const row = [single.join(' ')];
      if (multi.join(' ') !== single.join(' ')) row.push(appended ? `+${multi.slice(single.length).join(' ')}` : multi.join(' '));
      return [m.name, row];
    }),
  );
  const synonyms = Object.fromEntries(visible.filter((m) => m.synonyms.length > 0).map((m) => [m.name, m.synonyms]));
  const startingPage = visible.filter((m) => m.delivery === 'starting-page').map((m) => m.name);
  const internal = contract.messages.filter((m) => m.internal).map((m) => JSON.stringify(m.name));
  const content = `/** Method and path of the operations; a path without a leading '/' is under base. */
export const base = ${JSON.stringify(base)};

/** The text chat's (every operation but those tagged av, cobrowse or scripts: the page loads the scripts itself). */
export const routes = ${routesOf(textChat)} as const;

/** Audio/video's, for its chunk (livechat.js carries only what it imports). */
export const avRoutes = ${routesOf(contract.operations.filter((o) => tag(o) === 'av'))} as const;

/** Co-browsing's, for its chunk. */
export const cobrowseRoutes = ${routesOf(contract.operations.filter((o) => tag(o) === 'cobrowse'))} as const;

/** Every ErrorCode: its HTTP status, and whether a retry can help. */
export const errors = ${JSON.stringify(errors)} as const;

/**
 * The handlers a page raises, each with its parameters as payload paths, space-separated: livechat's,
 * then multilivechat's where they differ ('+': the ones it adds after livechat's).
 */
export const handlers = ${JSON.stringify(handlers)} as const;

/** Handlers raised after another, with the same event (x-livechat-synonyms). */
export const synonyms = ${JSON.stringify(synonyms)} as const;

/** Events only the page that started the chat raises (x-livechat-delivery: starting-page). */
export const startingPage = ${JSON.stringify(startingPage)} as const;

/** Events of the stream no handler sees: the library acts on them. */
export type InternalEvent = ${internal.length > 0 ? internal.join(' | ') : 'never'};
`;
  return { path: 'client/tables.ts', source: 'spec/openapi.yaml, spec/asyncapi.yaml and spec/schemas/ErrorCode.yaml', content };
}
