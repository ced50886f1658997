// The document's surface can be generated from the contract: every required part of every request
// comes either from a parameter of the document's function (x-livechat-signature, and
// x-livechat-multichat for multilivechat) or from a source the client library holds
// (x-livechat-supplied), and every such source names something that exists.
import { describe, expect, it } from 'vitest';
import { dereferenced, type Json, type JsonObject } from './load.ts';

const asObject = (value: Json | undefined): JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
const list = (value: Json | undefined): JsonObject[] => (Array.isArray(value) ? value.map(asObject) : []);

/** What the client library holds without the application passing it. */
const sources = ['chat', 'call', 'cobrowse', 'generated', 'surface', 'page', 'stream', 'webrtc', 'dom', 'function'];

const openapi = await dereferenced('openapi.yaml');
const clientOnly = asObject(openapi['x-livechat-client-only']);

type Operation = { id: string; op: JsonObject };
const operations: Operation[] = Object.values(asObject(openapi.paths)).flatMap((item) =>
  Object.values(asObject(item)).map((op) => ({ id: String(asObject(op).operationId), op: asObject(op) })),
);

/** The request parts an operation needs: required path and query parameters, required body fields. */
function requiredParts(op: JsonObject): string[] {
  const parameters = list(op.parameters)
    .filter((p) => p.required === true && (p.in === 'path' || p.in === 'query'))
    .map((p) => `${p.in}.${p.name}`);
  const body = asObject(op.requestBody);
  const schema = asObject(Object.values(asObject(asObject(body.content)))[0]).schema;
  const fields = body.required === true ? ((asObject(schema).required as string[] | undefined) ?? []).map((f) => `body.${f}`) : [];
  return [...parameters, ...fields];
}

/** Every request part an operation has, required or not. */
function allParts(op: JsonObject): Set<string> {
  const schema = asObject(asObject(Object.values(asObject(asObject(asObject(op.requestBody).content)))[0]).schema);
  return new Set([
    ...list(op.parameters).map((p) => `${p.in}.${p.name}`),
    ...Object.keys(asObject(schema.properties)).map((f) => `body.${f}`),
    'body',
  ]);
}

const pathsOf = (entries: Json | undefined) =>
  list(entries)
    .map((e) => e.path)
    .filter((p): p is string => typeof p === 'string');
const multichatPaths = (op: JsonObject) => pathsOf(asObject(op['x-livechat-multichat']).append);

/** Resolves config:<ClientOnlyFunction>.<parameter or path inside its first parameter>. */
function configExists(source: string): boolean {
  const [fn, ...path] = source.slice('config:'.length).split('.');
  const signature = list(asObject(clientOnly[fn ?? ''])['x-livechat-signature']);
  if (signature.length === 0) return false;
  const byName = signature.find((p) => p.name === path[0]);
  if (byName !== undefined) return path.length === 1;
  let schema: JsonObject = asObject(signature[0]?.schema);
  for (const segment of path) {
    const branches = [schema, ...list(schema.anyOf), ...list(schema.oneOf)];
    const next = branches.map((b) => asObject(b.properties)[segment]).find((s) => s !== undefined);
    if (next === undefined) return false;
    schema = asObject(next);
  }
  return true;
}

describe('every request part has a source', () => {
  it.each(operations.map((o) => [o.id, o] as const))('%s', (_id, { op }) => {
    const covered = new Set([...pathsOf(op['x-livechat-signature']), ...pathsOf(op['x-livechat-supplied'])]);
    const uncovered = covered.has('body') ? requiredParts(op).filter((p) => !p.startsWith('body.')) : requiredParts(op);
    expect(uncovered.filter((part) => !covered.has(part))).toEqual([]);
  });
});

describe('every declared source exists', () => {
  it.each(operations.map((o) => [o.id, o] as const))('%s', (_id, { op }) => {
    const parts = allParts(op);
    const declared = [...pathsOf(op['x-livechat-signature']), ...pathsOf(op['x-livechat-supplied']), ...multichatPaths(op)];
    expect(declared.filter((path) => !path.startsWith('response.') && !parts.has(path))).toEqual([]);
    for (const { from } of list(op['x-livechat-supplied'])) {
      const source = String(from);
      expect(sources.includes(source) || (source.startsWith('config:') && configExists(source)), `unknown source ${source}`).toBe(true);
    }
  });
});

it('a chat-scoped call takes its sid from the document, from multilivechat, or from the library', () => {
  const withSid = operations.filter(({ op }) => requiredParts(op).includes('path.sid') && op['x-livechat-internal'] !== true);
  expect(withSid.length).toBeGreaterThan(10);
  for (const { id, op } of withSid) {
    const fromSignature = pathsOf(op['x-livechat-signature']).includes('path.sid');
    const fromLibrary = pathsOf(op['x-livechat-supplied']).includes('path.sid');
    expect(fromSignature || fromLibrary, id).toBe(true);
  }
});
