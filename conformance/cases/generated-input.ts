// input:<operation> - requests generated with fast-check, seeded by the run (the seed is printed;
// --seed and --filter replay a case). Each starts from the request the suite knows the contract
// accepts (requests.ts) and changes one thing at random: a body property set to any JSON value,
// removed, or a string made larger than any limit; an unknown property added; the whole body
// replaced by any JSON value, or by text that is mostly not JSON; a query or path parameter, or
// the Livechat-Page header, set to any printable text or left out. The operation's own schemas
// (the generated validators) then say what the contract makes of it:
// - refused: InvalidRequest (NotFound when a path parameter no longer names a path of the
//   contract, PayloadTooLarge for a body over the deployment's limit);
// - accepted: whatever the operation may answer (the observer holds it to the contract);
// and RateLimited, when the budget is spent, either way. Never a 5xx. fast-check shrinks a
// failing request to the smallest it finds, and the case reports that one.
import fc from 'fast-check';
import { type ErrorCode, errorCodes } from '../../generated/codes.ts';
import { operations } from '../../generated/http/operations.ts';
import type { CaseContext, OperationId, RawAnswer, RawCall } from '../suite/context.ts';
import type { Resolver } from '../suite/registry.ts';
import { chatScoped, unknownIds, validatorOf, validRequest } from './requests.ts';
import { call, connectedChat, customer, endChatsOnClose, queuedChat } from './setups.ts';

/** Requests per case (more come only while fast-check shrinks a failure). */
export const GENERATED_REQUESTS = 25;
/** How long a case may spend generating and shrinking, within the runner's case timeout (20 s, setup included). */
const TIME_LIMIT_MS = 8_000;
/** How long one generated request may take: more than a long-poll's longest wait (5 s). */
const REQUEST_TIMEOUT_MS = 7_000;
/** Longer than any string field's limit in the contract (the largest, a message, is 64 KB). */
const OVERSIZE = 70_000;

type Change = { what: string; part: 'body' | 'query' | 'path' | 'headers'; request: RawCall };
type Key = string | number;

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** Every property and item path of a JSON value, down to `depth`. */
function pathsOf(value: unknown, depth = 3, prefix: Key[] = []): Key[][] {
  if (depth === 0 || value === null || typeof value !== 'object') return [];
  const entries: [Key, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, depth - 1, [...prefix, key])]);
}

const REMOVE = Symbol('remove');

/** A copy of `root` with the value at `path` replaced (or removed). */
function withValue(root: unknown, path: Key[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<Key, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<Key, unknown>;
  const last = path.at(-1) as Key;
  if (value !== REMOVE) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

const valueAt = (root: unknown, path: Key[]) => path.reduce<unknown>((v, key) => (v as Record<Key, unknown>)[key], root);

/** The changes fast-check draws from, for one operation's valid request. */
function changesOf(valid: RawCall, pageId: string): fc.Arbitrary<Change> {
  // Without __proto__ keys, which a JSON parser may drop (a body the schema refuses would then be valid).
  const anyJson = fc.jsonValue({ maxDepth: 2 }).filter((v) => !JSON.stringify(v).includes('"__proto__"'));
  const text = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 });
  // Ids are 22-64 characters: as long as one, any printable text (fast-check's default size keeps strings short).
  const idLong = fc.string({ unit: 'grapheme-ascii', minLength: 22, maxLength: 70, size: 'max' });
  const options: fc.Arbitrary<Change>[] = [];
  const body = valid.body;
  if (body !== undefined) {
    const change = (what: string, next: unknown): Change => ({ what, part: 'body', request: { ...valid, body: next } });
    const paths = pathsOf(body);
    const strings = paths.filter((p) => typeof valueAt(body, p) === 'string');
    if (paths.length > 0) {
      options.push(
        fc.tuple(fc.constantFrom(...paths), anyJson).map(([p, v]) => change(`body ${p.join('.')} = ${show(v)}`, withValue(body, p, v))),
      );
      options.push(fc.constantFrom(...paths).map((p) => change(`body ${p.join('.')} left out`, withValue(body, p, REMOVE))));
    }
    if (strings.length > 0)
      options.push(
        fc
          .constantFrom(...strings)
          .map((p) => change(`body ${p.join('.')} of ${OVERSIZE} characters`, withValue(body, p, 'x'.repeat(OVERSIZE)))),
      );
    if (body !== null && typeof body === 'object' && !Array.isArray(body))
      options.push(
        fc
          .tuple(fc.string({ minLength: 1, maxLength: 16 }), anyJson)
          .filter(([key]) => !(key in body))
          .map(([key, v]) => change(`body with an unknown property ${show(key)}: ${show(v)}`, { ...body, [key]: v })),
      );
    options.push(anyJson.map((v) => change(`the whole body ${show(v)}`, v)));
    options.push(
      text.map((raw) => ({ what: `the body as text ${show(raw)}`, part: 'body' as const, request: { ...valid, rawBody: raw } })),
    );
  }
  for (const part of ['query', 'path'] as const) {
    const values = valid[part];
    if (values === undefined || Object.keys(values).length === 0) continue;
    const names = Object.keys(values);
    // In a path parameter: no dot segment ("." or "..", which the URL removes) and none of / \ % ; - encoded, many
    // servers and firewalls refuse them before the application (not the contract's concern here).
    const value = part === 'path' ? text.filter((v) => v !== '.' && v !== '..' && !/[/\\%;]/.test(v)) : text;
    options.push(
      fc.tuple(fc.constantFrom(...names), value).map(([name, v]) => ({
        what: `${part} ${name} = ${show(v)}`,
        part,
        request: { ...valid, [part]: { ...values, [name]: v } },
      })),
    );
    if (part === 'query')
      options.push(
        fc.constantFrom(...names).map((name) => {
          const { [name]: _left, ...rest } = values;
          return { what: `query ${name} left out`, part, request: { ...valid, query: rest } };
        }),
      );
  }
  options.push(
    fc.oneof(text, idLong).map((v) => ({
      what: `Livechat-Page ${show(v)}`,
      part: 'headers' as const,
      request: { ...valid, headers: { ...valid.headers, 'livechat-page': v } },
    })),
  );
  options.push(
    fc.constant({
      what: `Livechat-Page left out (it was ${pageId})`,
      part: 'headers' as const,
      request: { ...valid, headers: { ...valid.headers, 'livechat-page': '' } },
    }),
  );
  return fc.oneof(...options);
}

/** Whether the operation's schemas accept the request (undefined: no schema reads that part, e.g. a multipart body). */
function acceptedBySchemas(operation: OperationId, request: RawCall, headers: Record<string, string>): boolean | undefined {
  const body = validatorOf(`request:${operation}`);
  if (request.rawBody !== undefined && request.headers?.['content-type']?.startsWith('multipart/')) return undefined;
  if (body !== undefined) {
    let value = request.body;
    if (request.rawBody !== undefined)
      try {
        value = JSON.parse(typeof request.rawBody === 'string' ? request.rawBody : Buffer.from(request.rawBody).toString());
      } catch {
        return false;
      }
    if (value !== undefined && !body(value)) return false;
  }
  // The parameter validators coerce in place: give them copies.
  const query = validatorOf(`query:${operation}`);
  if (query !== undefined && !query({ ...request.query })) return false;
  const params = validatorOf(`params:${operation}`);
  if (params !== undefined && request.path !== undefined && !params({ ...request.path })) return false;
  const header = validatorOf(`headers:${operation}`);
  // As fetch sends them: without surrounding whitespace, an empty one as none.
  const sent = Object.fromEntries(
    Object.entries(headers)
      .map(([k, v]) => [k, v.trim()])
      .filter(([, v]) => v !== ''),
  );
  if (header !== undefined && !header(sent)) return false;
  return true;
}

const codeOf = (answer: RawAnswer) => (answer.body as { code?: string } | undefined)?.code;

/** What is wrong with the answer to a change, or undefined when it is what the contract says. */
function misanswer(operation: OperationId, change: Change, accepted: boolean | undefined, answer: RawAnswer): string | undefined {
  const got = `${answer.status} ${codeOf(answer) ?? answer.text.slice(0, 80)}`;
  // A 5xx only as a retryable problem the operation lists (a deployment busy or draining), never for what was sent.
  const code = codeOf(answer) as ErrorCode | undefined;
  const listed = ((operations[operation] as { errors?: readonly string[] }).errors ?? []).includes(code ?? '');
  if (answer.status >= 500 && !(listed && code !== undefined && errorCodes[code].retryable))
    return `answered ${got}: a 5xx to a request a client can send`;
  if (accepted !== false || codeOf(answer) === 'RateLimited') return undefined;
  const allowed: ErrorCode[] = ['InvalidRequest'];
  if (change.what.includes(`${OVERSIZE} characters`)) allowed.push('PayloadTooLarge');
  if (change.part === 'path') allowed.push('NotFound');
  if (code !== undefined && allowed.includes(code)) return undefined;
  return `its schemas refuse it, so it answers ${allowed.join(' or ')} (got ${got})`;
}

const generatedInput = async (t: CaseContext, operation: OperationId) => {
  // A long-poll of an empty log waits waitMs (4 s when left out): a chat gives the browser session
  // events, so that every request answers at once and all of them fit in the time limit.
  const chat = chatScoped(operation) ? await connectedChat(t) : operation === 'pollEvents' ? await queuedChat(t) : undefined;
  const who = chat?.who ?? (await customer(t));
  endChatsOnClose(t, who.browser);
  const valid = validRequest(operation, { ...unknownIds(who.pageId), ...(chat ? { sid: chat.sid, clientId: chat.clientId } : {}) });
  const headersOf = (request: RawCall) => ({ 'livechat-page': who.pageId, 'livechat-token': who.token, ...request.headers });
  let requests = 0;
  const property = fc.asyncProperty(changesOf(valid, who.pageId), async (change) => {
    requests++;
    const answer = await call(t, who, operation, { ...change.request, timeoutMs: REQUEST_TIMEOUT_MS });
    const wrong = misanswer(operation, change, acceptedBySchemas(operation, change.request, headersOf(change.request)), answer);
    if (wrong !== undefined) throw new Error(`${operation} with ${change.what}: ${wrong}`);
  });
  const outcome = await fc.check(property, {
    seed: t.seed,
    numRuns: GENERATED_REQUESTS,
    interruptAfterTimeLimit: TIME_LIMIT_MS,
  });
  t.must(
    !outcome.failed,
    outcome.failed
      ? `${(outcome.errorInstance as Error | undefined)?.message ?? 'a generated request was misanswered'} (the smallest such of ${requests} requests; case seed ${outcome.seed}, path ${outcome.counterexamplePath}: the run's --seed with --filter '^input:${operation}$' replays it)`
      : `every generated request (${requests}, each changed in one place) is answered as ${operation}'s schemas say - InvalidRequest when they refuse it - and never with a 5xx`,
  );
  t.must(outcome.numRuns > 0, `at least one generated request was sent (${outcome.numRuns})`);
  t.info(`${outcome.numRuns} generated requests, case seed ${outcome.seed}${outcome.interrupted ? ', cut at the time limit' : ''}`);
};

export const generatedInputResolvers: Resolver[] = [
  (spec) => {
    const [family, operation] = spec.id.split(':');
    return family === 'input' && operation !== undefined ? (t) => generatedInput(t, operation as OperationId) : undefined;
  },
];
