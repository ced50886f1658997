// Calls of the contract over fetch: the request is built from the generated operations table, and
// the answer is the parsed body or a LivechatError - never an untyped failure.
import { base, routes } from '../../../generated/client/tables.ts';
import { LivechatError, refusal } from '../errors.ts';

export type OperationId = keyof typeof routes;

/** A route of a lazily loaded part's own table (avRoutes, cobrowseRoutes): "POST chats/{sid}/av". */
export type Route = `${'GET' | 'POST'} ${string}`;

export type CallInput = {
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  /** multipart uploads: the form is sent as it is. */
  form?: FormData;
};

export type TransportOptions = {
  /** Scheme, host and port of the deployment; '' for the page's own origin. */
  baseUrl: string;
  /** The page's id (Livechat-Page). */
  pageId: string;
  /** The access token (Livechat-Token), when the page has one. */
  token: () => string | undefined;
  fetch?: typeof fetch | undefined;
  timeoutMs?: number;
};

export type CallResult<T = unknown> = { status: number; body: T };

/** An operation's method and path template, from the slim table ("POST chats/{sid}/end"), or a route given as it is. */
function route(id: OperationId | Route): [method: string, template: string] {
  const [method = '', path = ''] = (Object.hasOwn(routes, id) ? routes[id as OperationId] : id).split(' ');
  return [method, path[0] === '/' ? path : base + path];
}

/** The URL of an operation, with its path parameters filled in (also used by prepareDownloadURL). */
export function operationUrl(
  baseUrl: string,
  id: OperationId | Route,
  path: Record<string, string> = {},
  query: CallInput['query'] = {},
): string {
  const filled = route(id)[1].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = path[name];
    if (value === undefined) throw refusal('InvalidRequest', `${id} needs ${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  return `${baseUrl}${filled}${search ? `?${search}` : ''}`;
}

/** The fetch given, else the environment's. */
export const fetchOr = (given: typeof fetch | undefined): typeof fetch => given ?? globalThis.fetch.bind(globalThis);

export function createTransport(options: TransportOptions) {
  const doFetch = fetchOr(options.fetch);
  const timeoutMs = options.timeoutMs ?? 15_000;

  return async function call<T = unknown>(
    id: OperationId | Route,
    input: CallInput = {},
    init: { keepalive?: boolean } = {},
  ): Promise<CallResult<T>> {
    const [method] = route(id);
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'livechat-page': options.pageId };
    const token = options.token();
    if (method === 'POST' && token !== undefined) headers['livechat-token'] = token;
    let body: BodyInit | null = null;
    if (input.form !== undefined) body = input.form;
    else if (input.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(input.body);
    }
    let response: Response;
    try {
      response = await doFetch(operationUrl(options.baseUrl, id, input.path, input.query), {
        method,
        headers,
        body,
        credentials: 'include',
        keepalive: init.keepalive === true,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw (error as Error)?.name === 'TimeoutError' ? LivechatError.timeout(timeoutMs) : LivechatError.network(error);
    }
    const parsed = await readBody(response);
    if (!response.ok) throw LivechatError.fromResponse(response.status, parsed, response.headers.get('retry-after'));
    return { status: response.status, body: parsed as T };
  };
}

export type Call = ReturnType<typeof createTransport>;

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
