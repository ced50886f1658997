// Validators of every JSON request body, path parameters, query string, header parameters, JSON
// response and event of the contract (the customer side and the agent test interface), shared by
// the reference server and the conformance suite so that both judge a frame by the same rules.
// The spec's files go in as they are, each under its own $id, and every validator is a $ref
// into them; Ajv compiles a validator the first time it is used. (Ajv's standalone code of the
// dereferenced schemas weighed 7 MB, since every shared schema was copied into each use.)

import { documents, type JsonObject, rawFiles } from '../../spec/load.ts';
import { asObject, type Contract, type Message, type Operation, type Parameter } from '../lib/contract.ts';
import { type GeneratedFile, literal } from '../lib/output.ts';

const jsonTypes = ['application/json', 'application/problem+json'];
const base = 'https://livechat-kit.invalid/spec/';

/** A location in the spec's files: a file and a JSON Pointer inside it. */
type Location = { file: string; pointer: string[] };

const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');
const unescapePointer = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** Follows a path from a location through the raw files, jumping along every $ref on the way. */
function locate(files: Map<string, JsonObject>, start: Location, path: string[]): Location {
  let location = start;
  const node = () =>
    location.pointer.reduce<unknown>((n, s) => (Array.isArray(n) ? n[Number(s)] : asObject(n as JsonObject)[s]), files.get(location.file));
  const follow = () => {
    for (let ref = asObject(node() as JsonObject).$ref; typeof ref === 'string'; ref = asObject(node() as JsonObject).$ref) {
      const [target = '', fragment = ''] = ref.split('#');
      const file = target === '' ? location.file : new URL(target, `${base}${location.file}`).href.slice(base.length);
      location = { file, pointer: fragment.split('/').filter(Boolean).map(unescapePointer) };
    }
  };
  follow();
  for (const segment of path) {
    location = { file: location.file, pointer: [...location.pointer, segment] };
    follow();
  }
  return location;
}

/** A side of the contract: its documents and the prefix of its validator keys. */
type Side = { prefix: string; openapi: string; asyncapi: string; operations: Operation[]; messages: Message[] };

function sides(contract: Contract): Side[] {
  const { operations, messages, agent } = contract;
  const customer: Side = { prefix: '', openapi: documents.openapi, asyncapi: documents.asyncapi, operations, messages };
  if (agent === undefined) return [customer];
  return [customer, { prefix: 'agent-', openapi: documents.agentOpenapi, asyncapi: documents.agentAsyncapi, ...agent }];
}

/** The $id of the operations' parameter schemas: outside spec/'s base, so that no file of the spec can have it. */
const parametersId = 'https://livechat-kit.invalid/parameters';

const uri = ({ file, pointer }: Location) => `${base}${file}#/${pointer.map(escapePointer).join('/')}`;

/** Which key a parameter location validates, and whether the object may hold more than the contract names. */
const parameterGroups = [
  { in: 'path', key: 'params', open: false },
  { in: 'query', key: 'query', open: true },
  { in: 'header', key: 'headers', open: true },
] as const;

/**
 * Every validator key with its schema's URI, and the object schemas of the operations' parameters
 * (one per location, each property a $ref to the parameter's schema in the spec's files).
 */
function validatorSchemas(contract: Contract, files: Map<string, JsonObject>) {
  const refs: [string, string][] = [];
  const parameterSchemas: Record<string, JsonObject> = {};
  for (const side of sides(contract)) {
    const root: Location = { file: side.openapi, pointer: [] };
    for (const { id, op, path, method, parameters } of side.operations) {
      const operation = ['paths', path, method.toLowerCase()];
      const body = asObject(asObject(op.requestBody).content);
      if ('application/json' in body)
        refs.push([
          `${side.prefix}request:${id}`,
          uri(locate(files, root, [...operation, 'requestBody', 'content', 'application/json', 'schema'])),
        ]);
      for (const group of parameterGroups) {
        const these = parameters.filter((p) => p.in === group.in);
        if (these.length === 0) continue;
        // Node gives header names in lower case.
        const name = (p: Parameter) => (group.in === 'header' ? p.name.toLowerCase() : p.name);
        const key = `${side.prefix}${group.key}:${id}`;
        parameterSchemas[key] = {
          type: 'object',
          required: these.filter((p) => p.required).map(name),
          properties: Object.fromEntries(these.map((p) => [name(p), { $ref: uri(locate(files, root, [...p.at, 'schema'])) }])),
          additionalProperties: group.open,
        };
        refs.push([key, `${parametersId}#/${escapePointer(key)}`]);
      }
      for (const [status, response] of Object.entries(asObject(op.responses))) {
        const type = jsonTypes.find((t) => t in asObject(asObject(response).content));
        if (type)
          refs.push([
            `${side.prefix}response:${id}:${status}`,
            uri(locate(files, root, [...operation, 'responses', status, 'content', type, 'schema'])),
          ]);
      }
    }
    for (const { name } of side.messages) {
      refs.push([
        `${side.prefix}event:${name}`,
        uri(locate(files, { file: side.asyncapi, pointer: [] }, ['components', 'messages', name, 'payload'])),
      ]);
    }
  }
  return { refs: Object.fromEntries(refs), parameterSchemas };
}

export function validators(contract: Contract): GeneratedFile {
  const files = new Map(rawFiles(contract.specDir).map(({ file, content }) => [file, content as JsonObject]));
  const { refs, parameterSchemas } = validatorSchemas(contract, files);
  const content = `import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

/** The spec's files, as they are, each under its own $id. */
const files: Record<string, unknown> = ${literal(Object.fromEntries([...files].map(([file, content]) => [`${base}${file}`, content])))};

/** Each operation's path parameters, query and header parameters as one object, under ${parametersId}. */
const parameterSchemas = ${literal(parameterSchemas)};

/**
 * Where each validator's schema is: request:<operationId>, params:<operationId> (path), query:<operationId>,
 * headers:<operationId>, response:<operationId>:<status>, event:<message>; the same with agent- for the agent
 * test interface (agent-request:agentLogin, agent-params:acceptChat, agent-event:ChatQueued). A key exists only
 * where the operation has that part.
 */
export const schemaRefs = ${literal(refs)} as const;

export type ValidatorKey = keyof typeof schemaRefs;

/** The keys whose values come from a URL or headers, as strings. */
const fromStrings = /^(agent-)?(params|query|headers):/;

function contractAjv(options: Options): Ajv2020 {
  // strict: false because OpenAPI and x-livechat-* keywords sit beside JSON Schema's.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, ...options });
  addFormats(ajv);
  for (const [id, file] of Object.entries(files)) ajv.addSchema(file as object, id);
  ajv.addSchema(parameterSchemas, '${parametersId}');
  return ajv;
}

/**
 * Validators of the contract, compiled on first use. The params:, query: and headers: ones convert the
 * strings they get to their schemas' types, in place (Ajv coerceTypes, on an instance of their own so that
 * bodies and events stay strict): validate the object the framework parsed, then read typed values from it.
 */
export function createValidators(): (key: ValidatorKey) => ValidateFunction {
  const strict = contractAjv({});
  let coercing: Ajv2020 | undefined;
  const compiled = new Map<ValidatorKey, ValidateFunction>();
  return (key) => {
    let validate = compiled.get(key);
    if (validate === undefined) {
      const ajv = fromStrings.test(key) ? (coercing ??= contractAjv({ coerceTypes: true })) : strict;
      validate = ajv.compile({ $ref: schemaRefs[key] });
      compiled.set(key, validate);
    }
    return validate;
  };
}
`;
  return { path: 'validators.ts', source: 'spec/ (every file)', content };
}
