// The contract as generators see it: every document with its $refs resolved, and typed views of
// the x-livechat-* extensions (spec/README.md describes each).
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'yaml';
import { specDir as defaultSpecDir, dereferenced, documents, type Json, type JsonObject } from '../../spec/load.ts';

export type Param = {
  name: string;
  path?: string;
  optional?: boolean;
  callback?: string;
  client?: boolean;
  type?: string;
  alsoAccepts?: string;
  extension?: boolean;
};
export type Supplied = { path: string; from: string };
/** A parameter of an operation; `at` is where it is written in the document (path item or operation). */
export type Parameter = {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonObject;
  example?: Json;
  at: string[];
};
export type Multichat = { append?: Param[]; signature?: Param[] };

export type Operation = {
  id: string;
  method: string;
  path: string;
  /** The operation's tags (names), in the document's order. */
  tags: string[];
  functions: string[];
  section: string;
  internal: boolean;
  returns?: string;
  signature: Param[];
  multichat?: Multichat;
  supplied: Supplied[];
  errors: string[];
  parameters: Parameter[];
  op: JsonObject;
};

export type Message = {
  name: string;
  raisedBy: string[];
  channels: string[];
  section: string;
  internal: boolean;
  delivery: string;
  signature: Param[];
  multichat?: Multichat;
  synonymOf?: string;
  synonyms: string[];
  payload: JsonObject;
  message: JsonObject;
  /**
   * The file the message is written in, relative to the spec directory (`events/av.yaml`,
   * `agent/events/cobrowse.yaml`): the target of its `components.messages` $ref in the raw
   * document; absent when the message is written in the document itself.
   */
  file?: string;
};

/** An operation of an AsyncAPI document: its tags and the names of its messages (the channel's keys). */
export type AsyncOperation = { id: string; action: string; tags: string[]; messages: string[] };

export const asObject = (value: Json | undefined): JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
const strings = (value: Json | undefined): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
/** Tags as OpenAPI (`[av]`) or AsyncAPI (`[{ name: agent-av }]`) writes them. */
const tagsOf = (value: Json | undefined): string[] =>
  (Array.isArray(value) ? value : []).map((tag) => (typeof tag === 'string' ? tag : String(asObject(tag).name)));

export type Contract = Awaited<ReturnType<typeof loadContract>>;

const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The parameters of an operation: the path item's, unless the operation has one of the same name and location. */
function parametersOf(path: string, method: string, item: JsonObject): Parameter[] {
  const written = (at: string[], list: Json | undefined) =>
    ((list ?? []) as JsonObject[]).map((p, i) => ({ ...(p as Omit<Parameter, 'at'>), at: [...at, 'parameters', String(i)] }));
  const own = written(['paths', path, method], asObject(item[method]).parameters);
  const inherited = written(['paths', path], item.parameters).filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
  return [...inherited, ...own].map((p) => ({ ...p, required: p.required === true }));
}

/** Every operation of an OpenAPI document (dereferenced). */
function operationsOf(openapi: JsonObject): Operation[] {
  return Object.entries(asObject(openapi.paths)).flatMap(([path, value]) => {
    const item = asObject(value);
    return Object.keys(item)
      .filter((method) => methods.has(method))
      .map((method) => {
        const op = asObject(item[method]);
        return {
          id: String(op.operationId),
          method: method.toUpperCase(),
          path,
          tags: tagsOf(op.tags),
          functions: strings(op['x-livechat-function']),
          section: String(op['x-livechat-section']),
          internal: op['x-livechat-internal'] === true,
          ...(op['x-livechat-returns'] ? { returns: String(op['x-livechat-returns']) } : {}),
          signature: (op['x-livechat-signature'] ?? []) as Param[],
          ...(op['x-livechat-multichat'] ? { multichat: op['x-livechat-multichat'] as Multichat } : {}),
          supplied: (op['x-livechat-supplied'] ?? []) as Supplied[],
          errors: strings(op['x-livechat-errors']),
          parameters: parametersOf(path, method, item),
          op,
        };
      });
  });
}

/** An AsyncAPI document as written, $refs kept (dereferencing loses them). */
const rawDocument = (specDir: string, document: string) => asObject(parse(readFileSync(join(specDir, document), 'utf8')) as Json);

/**
 * Every message of an AsyncAPI document (dereferenced), with the file each is written in from the
 * raw document (`raw`, the same document as written; `document` its path relative to spec/).
 */
function messagesOf(asyncapi: JsonObject, raw: JsonObject, document: string): Message[] {
  const written = asObject(asObject(raw.components).messages);
  const fileOf = (name: string) => {
    const ref = String(asObject(written[name]).$ref ?? '').split('#')[0] ?? '';
    return ref === '' ? {} : { file: posix.join(posix.dirname(document), ref) };
  };
  const channels = asObject(asyncapi.channels);
  const channelsOf = (name: string) => Object.keys(channels).filter((c) => name in asObject(asObject(channels[c]).messages));
  return Object.entries(asObject(asObject(asyncapi.components).messages)).map(([name, value]) => {
    const message = asObject(value);
    return {
      name,
      raisedBy: strings(message['x-livechat-raised-by']),
      channels: channelsOf(name),
      section: String(message['x-livechat-section']),
      internal: message['x-livechat-internal'] === true,
      delivery: String(message['x-livechat-delivery'] ?? 'participants'),
      signature: (message['x-livechat-signature'] ?? []) as Param[],
      ...(message['x-livechat-multichat'] ? { multichat: message['x-livechat-multichat'] as Multichat } : {}),
      ...(message['x-livechat-synonym-of'] ? { synonymOf: String(message['x-livechat-synonym-of']) } : {}),
      synonyms: strings(message['x-livechat-synonyms']),
      payload: asObject(message.payload),
      message,
      ...fileOf(name),
    };
  });
}

/** Every operation of an AsyncAPI document as written: its messages are `$ref: '#/channels/<c>/messages/<name>'`. */
function asyncOperationsOf(raw: JsonObject): AsyncOperation[] {
  return Object.entries(asObject(raw.operations)).map(([id, value]) => {
    const op = asObject(value);
    const messages = (Array.isArray(op.messages) ? op.messages : []).map(
      (ref) =>
        String(asObject(ref).$ref ?? '')
          .split('/')
          .at(-1) ?? '',
    );
    return { id, action: String(op.action), tags: tagsOf(op.tags), messages: [...new Set(messages.filter(Boolean))] };
  });
}

/** The contract in specDir (spec/ unless given: the generators' tests pass tiny specs of their own). */
export async function loadContract(specDir = defaultSpecDir) {
  const load = (document: string) => dereferenced(document, specDir);
  const openapi = await load(documents.openapi);
  const asyncapi = await load(documents.asyncapi);
  const errorCode = await load('schemas/ErrorCode.yaml');
  const reasonCode = await load('schemas/ReasonCode.yaml');
  const schemas: Record<string, JsonObject> = {
    CustomerDetails: await load('schemas/CustomerDetails.yaml'),
    SessionDetails: await load('schemas/SessionDetails.yaml'),
  };
  const operations = operationsOf(openapi);
  const rawAsyncapi = rawDocument(specDir, documents.asyncapi);
  const messages = messagesOf(asyncapi, rawAsyncapi, documents.asyncapi);
  const asyncOperations = asyncOperationsOf(rawAsyncapi);

  // The agent test interface (spec/agent/); a tiny spec of the generators' tests may have none.
  const agentAsyncapi = existsSync(join(specDir, documents.agentOpenapi)) ? rawDocument(specDir, documents.agentAsyncapi) : undefined;
  const agent = agentAsyncapi
    ? {
        operations: operationsOf(await load(documents.agentOpenapi)),
        messages: messagesOf(await load(documents.agentAsyncapi), agentAsyncapi, documents.agentAsyncapi),
        asyncOperations: asyncOperationsOf(agentAsyncapi),
      }
    : undefined;

  const clientOnly = Object.entries(asObject(openapi['x-livechat-client-only'])).map(([name, value]) => ({
    name,
    section: String(asObject(value)['x-livechat-section']),
    signature: (asObject(value)['x-livechat-signature'] ?? []) as (Param & { schema: JsonObject })[],
  }));

  const enumeration = (schema: JsonObject) => ((schema.oneOf ?? []) as JsonObject[]).map((v) => v);
  return {
    specDir,
    openapi,
    asyncapi,
    operations,
    messages,
    asyncOperations,
    clientOnly,
    agent,
    schemas,
    errorCodes: enumeration(errorCode),
    reasonCodes: enumeration(reasonCode),
  };
}
