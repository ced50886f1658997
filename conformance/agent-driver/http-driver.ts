// The built-in agent driver: the agent test interface of spec/agent/openapi.yaml over HTTP, as
// the reference server serves it, through the generated agent SDK (generated/sdk/agent/). Login
// (with the deployment's agent password, the run's --agent-credential) sets the LIVECHAT_AGENT
// cookie, which a cookie jar (fetch-cookie) keeps and sends; the SDK adds Livechat-Agent-Token
// where the operation's security asks for it; events come on one SSE stream read with the
// client's decoder.
import makeFetchCookie from 'fetch-cookie';
import { CookieJar } from 'tough-cookie';
import { createDecoder } from '../../client/src/stream/decoder.ts';
import { operations } from '../../generated/agent/operations.ts';
import { type Client, createClient } from '../../generated/sdk/agent/client/index.ts';
import * as agentSdk from '../../generated/sdk/agent/sdk.gen.ts';
import type { AgentLoginData } from '../../generated/sdk/agent/types.gen.ts';
import type { AgentAnswer, AgentCall, AgentDriver, AgentDriverOptions, AgentEvent, AgentOperationId, AgentSession } from './driver.ts';

/** The agent session's token header: the one security scheme the SDK sends from `auth` (the cookie comes from the jar). */
const tokenHeader = 'Livechat-Agent-Token';

export function createAgentDriver(options: AgentDriverOptions): AgentDriver {
  return {
    async login(agentId, name) {
      // One cookie jar per CSO: each login is a browser of its own, as two agents' desktops are.
      const fetch = asUrlAndInit(makeFetchCookie(options.fetch, new CookieJar()) as unknown as typeof globalThis.fetch);
      let token: string | undefined;
      const client = createClient({
        baseUrl: options.baseUrl,
        fetch,
        auth: (scheme) => (scheme.name === tokenHeader ? token : undefined),
      });
      // Without --agent-credential the login carries no password, which the contract requires:
      // the deployment's refusal is then the error this throws.
      const body = {
        agentId,
        name,
        ...(options.credential !== undefined ? { password: options.credential } : {}),
      } as AgentLoginData['body'];
      const { data, error, response } = await agentSdk.agentLogin({ client, body });
      if (response === undefined) throw error;
      if (data === undefined) throw new Error(`AgentLogin answered ${response?.status}: ${JSON.stringify(error).slice(0, 500)}`);
      token = data.token;
      return openSession(client, { agentId, name, seq: data.seq });
    },
  };
}

/**
 * hey-api's client calls fetch with a Request. The fetch the suite gives is handed the request as
 * URL and init, the body as text: the observer records and validates it that way, and a Request
 * whose body it read could not be sent again.
 */
function asUrlAndInit(network: typeof fetch): typeof fetch {
  return async (input, init) => {
    if (!(input instanceof Request)) return network(input, init);
    const body = input.body === null ? undefined : await input.text();
    return network(input.url, {
      method: input.method,
      headers: input.headers,
      signal: input.signal,
      redirect: input.redirect,
      ...(body !== undefined ? { body } : {}),
      ...init,
    });
  };
}

/** The SDK's functions by operationId (hey-api names each after its operationId). */
const sdkFunctions: { [Id in AgentOperationId]: (typeof agentSdk)[Id] } = agentSdk;

/** A call through the SDK function of that operation, answered as status and body whatever the status. */
async function callOperation<Id extends AgentOperationId>(client: Client, operation: Id, input?: AgentCall<Id>): Promise<AgentAnswer<Id>> {
  const send = sdkFunctions[operation] as (options: object) => Promise<{ data?: unknown; error?: unknown; response?: Response }>;
  const result = await send({ client, ...input });
  if (result.response === undefined) throw result.error;
  // 204 has no body (the SDK's `{}`); an answer that was not JSON comes as its text.
  const body = result.response.status === 204 ? undefined : result.response.ok ? result.data : result.error;
  return { status: result.response.status, body: body as AgentAnswer<Id>['body'] };
}

async function openSession(client: Client, login: { agentId: string; name: string; seq: number }): Promise<AgentSession> {
  const events: AgentEvent[] = [];
  const waiters = new Set<() => void>();
  const abort = new AbortController();
  // The stream as raw bytes through the same client (cookie, base URL): the SDK's own SSE helper
  // retries on its own and types frames as text, where the suite reads one connection with the
  // contract's decoder.
  const stream = await client.get({
    url: operations.openAgentEventStream.path,
    query: { after: login.seq },
    headers: { accept: 'text/event-stream' },
    parseAs: 'stream',
    signal: abort.signal,
  });
  const body = stream.data as Response['body'] | undefined;
  if (stream.response?.status !== 200 || !body) throw new Error(`the agent event stream answered ${stream.response?.status}`);
  const decoder = createDecoder((frame) => {
    if (frame.kind !== 'event') return;
    events.push(frame.payload as AgentEvent);
    for (const wake of waiters) wake();
  });
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) return;
      decoder.feed(value ?? '');
    }
  })();

  return {
    agentId: login.agentId,
    name: login.name,
    events,
    call: (operation, input) => callOperation(client, operation, input),
    waitFor(match, ms = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (found === undefined) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(found);
          return true;
        };
        const wake = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`no such agent event within ${ms} ms`));
        }, ms);
        if (!check()) waiters.add(wake);
      });
    },
    async close() {
      abort.abort();
    },
  };
}
