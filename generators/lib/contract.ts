// The contract as generators see it: every document with its $refs resolved, and typed views of
// the x-livechat-* extensions (spec/README.md describes each).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
};

export const asObject = (value: Json | undefined): JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
const strings = (value: Json | undefined): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];

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

/** Every message of an AsyncAPI document (dereferenced). */
function messagesOf(asyncapi: JsonObject): Message[] {
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
    };
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
  const messages = messagesOf(asyncapi);

  // The agent test interface (spec/agent/); a tiny spec of the generators' tests may have none.
  const agent = existsSync(join(specDir, documents.agentOpenapi))
    ? {
        operations: operationsOf(await load(documents.agentOpenapi)),
        messages: messagesOf(await load(documents.agentAsyncapi)),
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
    clientOnly,
    agent,
    schemas,
    errorCodes: enumeration(errorCode),
    reasonCodes: enumeration(reasonCode),
  };
}
