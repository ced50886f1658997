// Validators of every JSON request body, JSON response and event of the contract (the customer
// side and the agent test interface), shared by the reference server and the conformance suite so that both judge a frame by the same rules.
// The spec's files go in as they are, each under its own $id, and every validator is a $ref
// into them; Ajv compiles a validator the first time it is used. (Ajv's standalone code of the
// dereferenced schemas weighed 7 MB, since every shared schema was copied into each use.)

import { documents, type JsonObject, rawFiles } from '../../spec/load.ts';
import { asObject, type Contract, type Message, type Operation } from '../lib/contract.ts';
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
  const node = () => location.pointer.reduce<unknown>((n, s) => asObject(n as JsonObject)[s], files.get(location.file));
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

/** Every validator key with the location of its schema. */
function locations(contract: Contract, files: Map<string, JsonObject>): [string, Location][] {
  const found: [string, Location][] = [];
  for (const side of sides(contract)) {
    const root: Location = { file: side.openapi, pointer: [] };
    for (const { id, op, path, method } of side.operations) {
      const operation = ['paths', path, method.toLowerCase()];
      const body = asObject(asObject(op.requestBody).content);
      if ('application/json' in body)
        found.push([
          `${side.prefix}request:${id}`,
          locate(files, root, [...operation, 'requestBody', 'content', 'application/json', 'schema']),
        ]);
      for (const [status, response] of Object.entries(asObject(op.responses))) {
        const type = jsonTypes.find((t) => t in asObject(asObject(response).content));
        if (type)
          found.push([
            `${side.prefix}response:${id}:${status}`,
            locate(files, root, [...operation, 'responses', status, 'content', type, 'schema']),
          ]);
      }
    }
    for (const { name } of side.messages) {
      found.push([
        `${side.prefix}event:${name}`,
        locate(files, { file: side.asyncapi, pointer: [] }, ['components', 'messages', name, 'payload']),
      ]);
    }
  }
  return found;
}

export function validators(contract: Contract): GeneratedFile {
  const files = new Map(rawFiles(contract.specDir).map(({ file, content }) => [file, content as JsonObject]));
  const refs = Object.fromEntries(
    locations(contract, files).map(([key, { file, pointer }]) => [key, `${base}${file}#/${pointer.map(escapePointer).join('/')}`]),
  );
  const content = `import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

/** The spec's files, as they are, each under its own $id. */
const files: Record<string, unknown> = ${literal(Object.fromEntries([...files].map(([file, content]) => [`${base}${file}`, content])))};

/**
 * Where each validator's schema is: request:<operationId>, response:<operationId>:<status>, event:<message>,
 * and the same with agent- for the agent test interface (agent-request:acceptChat, agent-event:ChatQueued).
 */
export const schemaRefs = ${literal(refs)} as const;

export type ValidatorKey = keyof typeof schemaRefs;

/** Validators of the contract, compiled on first use; strict: false because OpenAPI and x-livechat-* keywords sit beside JSON Schema's. */
export function createValidators(): (key: ValidatorKey) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  for (const [id, file] of Object.entries(files)) ajv.addSchema(file as object, id);
  const compiled = new Map<ValidatorKey, ValidateFunction>();
  return (key) => {
    let validate = compiled.get(key);
    if (validate === undefined) {
      validate = ajv.compile({ $ref: schemaRefs[key] });
      compiled.set(key, validate);
    }
    return validate;
  };
}
`;
  return { path: 'validators.ts', source: 'spec/ (every file)', content };
}
