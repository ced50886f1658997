// The pipeline every operation goes through, in the order the contract gives: route (method and
// path from the generated operations table) -> validate input (the generated validators, the
// same the conformance suite uses) -> the handler (security, then the chat core) -> validate the
// output against the contract (when `violations` is given: in tests).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createValidators, schemaRefs, type ValidatorKey } from '../../generated/validators.ts';
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
