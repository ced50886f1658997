// The document's surface as TypeScript: every function of `livechat` / `libtextchat` and of
// `multilivechat`, with the document's names and parameter order, and every event handler,
// typed from the generated HTTP and event types (x-livechat-signature, x-livechat-multichat).
import { asObject, type Contract, type Operation, type Param } from '../lib/contract.ts';
import type { GeneratedFile } from '../lib/output.ts';

type Variant = 'single' | 'multi';

/** The TypeScript type of one request part of an operation (path.x, body.x, body). */
function requestPartType(op: Operation, path: string): string {
  const [where, name] = path.split('.');
  const content = asObject(asObject(op.op.requestBody).content);
  if (where === 'path') return `PathParams<'${op.id}'>['${name}']`;
  if (where === 'body' && 'multipart/form-data' in content) return 'FileList | readonly Blob[]';
  return name === undefined ? `JsonBody<'${op.id}'>` : `JsonBody<'${op.id}'>['${name}']`;
}

/** The TypeScript type of a payload path of a message (sid, data.msg, data.sessions.0). */
function payloadPartType(message: string, path: string): string {
  return `Payload<'${message}'>${path
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? '[number]' : `['${segment}']`))
    .join('')}`;
}

/** An optional parameter followed by a required one stays positional and accepts undefined. */
function parameterList(params: Param[], typeOf: (param: Param) => string): string {
  return params
    .map((p, i) => {
      if (!p.optional) return `${p.name}: ${typeOf(p)}`;
      return params.slice(i + 1).every((later) => later.optional) ? `${p.name}?: ${typeOf(p)}` : `${p.name}: ${typeOf(p)} | undefined`;
    })
    .join(', ');
}

function variantParams(params: Param[], multichat: Operation['multichat'], variant: Variant): Param[] {
  if (variant === 'single' || multichat === undefined) return params;
  return multichat.signature ?? [...params, ...(multichat.append ?? [])];
}

function functionMembers(contract: Contract, variant: Variant): string[] {
  const members: string[] = [];
  for (const op of contract.operations.filter((o) => !o.internal)) {
    for (const name of op.functions) {
      const params = variantParams(op.signature, op.multichat, variant);
      const typeOf = (p: Param) => {
        const wire = p.callback ?? (p.client ? String(p.type) : requestPartType(op, p.path ?? ''));
        return p.alsoAccepts ? `${wire} | ${p.alsoAccepts}` : wire;
      };
      const returns = op.returns === 'url' ? 'string' : 'void';
      members.push(`  /** ${op.section}: ${op.method} ${op.path} (${op.id}). */\n  ${name}(${parameterList(params, typeOf)}): ${returns};`);
    }
  }
  for (const fn of contract.clientOnly) {
    const typeOf = (p: Param) => `Schemas['${fn.name}_${p.name}']`;
    members.push(`  /** ${fn.section}: in the page only. */\n  ${fn.name}(${parameterList(fn.signature, typeOf)}): void;`);
  }
  return members;
}

function handlerMembers(contract: Contract, variant: Variant): string[] {
  return contract.messages
    .filter((m) => !m.internal)
    .map((m) => {
      const params = variantParams(m.signature, m.multichat, variant);
      const list = parameterList(params, (p) => payloadPartType(m.synonymOf ?? m.name, p.path ?? ''));
      return `  /** ${m.section}; raised by ${m.raisedBy.join(' and ')}. */\n  ${m.name}?: ((${list}) => void) | null;`;
    });
}

export function surfaceTypes(contract: Contract): GeneratedFile {
  const content = `import type { ErrorCode } from '../codes.ts';
import type { components } from '../events/types.ts';
import type { operations } from '../http/openapi.ts';

type Schemas = components['schemas'];
type Payload<K extends keyof Schemas> = Schemas[K];
type JsonBody<K extends keyof operations> = operations[K] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type PathParams<K extends keyof operations> = operations[K] extends { parameters: { path: infer P } } ? P : never;

/** What GetAccessToken's onerror receives, and what every promise of the typed API rejects with. */
export interface LivechatError extends Error {
  readonly code: ErrorCode | 'NetworkError' | 'Timeout';
  readonly status: number;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly detail?: string;
}

/** The functions of livechat (alias libtextchat), as the reference document names them. */
export interface LivechatFunctions {
${functionMembers(contract, 'single').join('\n')}
}

/** The event handlers of livechat, assigned as the document shows: livechat.OnEcho = function (msg) { ... }. */
export interface LivechatHandlers {
${handlerMembers(contract, 'single').join('\n')}
}

/** The functions of multilivechat: the same, with Sid / clientId where the document adds them. */
export interface MultilivechatFunctions {
${functionMembers(contract, 'multi').join('\n')}
}

/** The event handlers of multilivechat, with Sid / clientId where the document adds them. */
export interface MultilivechatHandlers {
${handlerMembers(contract, 'multi').join('\n')}
}

export type Livechat = LivechatFunctions & LivechatHandlers;
export type Multilivechat = MultilivechatFunctions & MultilivechatHandlers;
`;
  return { path: 'surface/livechat.ts', source: 'spec/openapi.yaml and spec/asyncapi.yaml', content };
}
