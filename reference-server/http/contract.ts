// The pipeline every operation goes through, in the order the contract gives: route (method and
// path from the generated operations table) -> validate input (the generated validators, the
// same the conformance suite uses) -> the handler (security, then the chat core) -> validate the
// output against the contract (when `violations` is given: in tests).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createValidators, schemaRefs, type ValidatorKey } from '../../generated/validators.ts';
import { ChatError } from '../chat/chat-error.ts';
import { invalidRequest } from './problem.ts';

export type Operation = { method: string; path: string; errors?: readonly string[] };

/** What the error handler and the rate limits need to know of a route: its operation and the codes it lists. */
export type RouteContract = { operationId: string; errors: readonly string[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    operationId?: string;
    errors?: readonly string[];
  }
}
export type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** Where contract breaches of the server's own answers and events are collected (tests only). */
export type Violations = string[];

const validators = createValidators();
const has = (key: string): key is ValidatorKey => key in schemaRefs;

/** Validates a value against a contract key; the errors when it fails, undefined when it passes or the key does not exist. */
export function contractErrors(key: string, value: unknown) {
  if (!has(key)) return undefined;
  const validate = validators(key);
  return validate(value) ? undefined : (validate.errors ?? []);
}

/** `/a/{sid}/b` as the framework writes it: `/a/:sid/b`. */
export const routePath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

export function registerOperation(
  app: FastifyInstance,
  side: 'customer' | 'agent',
  id: string,
  operation: Operation,
  handler: Handler,
  violations?: Violations,
): void {
  const prefix = side === 'customer' ? '' : 'agent-';
  app.route({
    method: operation.method as 'GET' | 'POST' | 'PUT',
    url: routePath(operation.path),
    config: { operationId: id, errors: operation.errors ?? [] } satisfies RouteContract,
    handler: async (request, reply) => {
      // Before the schemas: ajv and everything after it may recurse, and text goes on to encodeURIComponent and the journal.
      checkInput('path', request.params);
      checkInput('query', request.query);
      if (request.method !== 'GET' && request.method !== 'HEAD') checkInput('body', request.body);
      const params = contractErrors(`${prefix}params:${id}`, request.params);
      if (params) throw invalidRequest('path', params);
      const query = contractErrors(`${prefix}query:${id}`, request.query);
      if (query) throw invalidRequest('query', query);
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        // No body reads as {} (every body the contract makes optional is an object); a JSON null is a body, and refused.
        const body = contractErrors(`${prefix}request:${id}`, request.body === undefined ? {} : request.body);
        if (body) throw invalidRequest('body', body);
      }
      return handler(request, reply);
    },
    ...(violations !== undefined
      ? {
          onSend: async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
            checkAnswer(`${prefix}response:${id}:${reply.statusCode}`, request, reply, payload, violations);
            return payload;
          },
        }
      : {}),
  });
}

/** Deeper than any value of the contract; JSON.stringify and the validators recurse, so the bound is checked first, without recursion. */
export const MAX_INPUT_DEPTH = 64;

/**
 * Every string the contract takes, keys included, must be well-formed Unicode (a lone surrogate
 * makes encodeURIComponent throw and cannot be stored as UTF-8), and no value nests deeper than
 * MAX_INPUT_DEPTH. Checked once here, for every operation, rather than per field.
 */
export function checkInput(where: 'body' | 'query' | 'path', input: unknown): void {
  const prefix = where === 'body' ? '#' : `${where}:`;
  const stack: [unknown, string, number][] = [[input, '', 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [value, pointer, depth] = item;
    if (typeof value === 'string') {
      if (!value.isWellFormed()) throw malformed(`${prefix}${pointer}`, 'must be well-formed Unicode text (no lone surrogate)');
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH)
      throw new ChatError('InvalidRequest', `the request nests deeper than ${MAX_INPUT_DEPTH} levels`, {
        errors: [{ pointer: `${prefix}${pointer}`.slice(0, 512), message: `nests deeper than ${MAX_INPUT_DEPTH} levels` }],
      });
    for (const [key, child] of Object.entries(value)) {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!key.isWellFormed()) throw malformed(`${prefix}${pointer}`, 'has a key that is not well-formed Unicode text');
      stack.push([child, at, depth + 1]);
    }
  }
}

const malformed = (pointer: string, message: string) =>
  new ChatError('InvalidRequest', 'the request holds text that is not well-formed Unicode', {
    errors: [{ pointer: pointer.toWellFormed().slice(0, 512), message }],
  });

function checkAnswer(key: string, request: FastifyRequest, reply: FastifyReply, payload: unknown, violations: Violations) {
  const type = String(reply.getHeader('content-type') ?? '');
  if (!type.includes('json') || typeof payload !== 'string') return;
  if (!has(key)) {
    violations.push(`${request.method} ${request.url}: status ${reply.statusCode} is not in the contract (${key})`);
    return;
  }
  const errors = contractErrors(key, JSON.parse(payload));
  if (errors) violations.push(`${request.method} ${request.url} ${reply.statusCode}: ${JSON.stringify(errors).slice(0, 2000)}`);
}
