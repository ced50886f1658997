// The built-in agent driver: the agent test interface of spec/agent/openapi.yaml over HTTP, as
// the reference server serves it - login (with the deployment's agent password, the run's
// --agent-credential) sets the LIVECHAT_AGENT cookie, every call but a GET carries
// Livechat-Agent-Token, events come on one SSE stream read with the client's decoder.
import { createDecoder } from '../../client/src/stream/decoder.ts';
import { operations } from '../../generated/agent/operations.ts';
import type { AgentCall, AgentDriver, AgentDriverOptions, AgentEvent, AgentOperationId, AgentSession } from './driver.ts';

export function createAgentDriver(options: AgentDriverOptions): AgentDriver {
  return {
    async login(agentId, name) {
      const response = await options.fetch(`${options.baseUrl}${operations.agentLogin.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ agentId, name, ...(options.credential !== undefined ? { password: options.credential } : {}) }),
      });
      if (response.status !== 200) throw new Error(`AgentLogin answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const { token, seq } = (await response.json()) as { token: string; seq: number };
      return openSession(options, { agentId, name, cookie, token, seq });
    },
  };
}

async function openSession(
  options: { baseUrl: string; fetch: typeof fetch },
  login: { agentId: string; name: string; cookie: string; token: string; seq: number },
): Promise<AgentSession> {
  const events: AgentEvent[] = [];
  const waiters = new Set<() => void>();
  const abort = new AbortController();
  const stream = await options.fetch(`${options.baseUrl}${operations.openAgentEventStream.path}?after=${login.seq}`, {
    headers: { cookie: login.cookie, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  if (stream.status !== 200 || stream.body === null) throw new Error(`the agent event stream answered ${stream.status}`);
  const decoder = createDecoder((frame) => {
    if (frame.kind !== 'event') return;
    events.push(frame.payload as AgentEvent);
    for (const wake of waiters) wake();
  });
  const reader = stream.body.pipeThrough(new TextDecoderStream()).getReader();
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
    async call<Id extends AgentOperationId>(operation: Id, input?: AgentCall<Id>) {
      const op = operations[operation];
      const path = op.path.replace(/\{(\w+)\}/g, (_m, key: string) =>
        encodeURIComponent(String((input?.path as Record<string, unknown> | undefined)?.[key] ?? '')),
      );
      const response = await options.fetch(`${options.baseUrl}${path}`, {
        method: op.method,
        headers: {
          cookie: login.cookie,
          'livechat-agent-token': login.token,
          ...(op.method !== 'GET' ? { 'content-type': 'application/json' } : {}),
        },
        ...(op.method !== 'GET' ? { body: JSON.stringify(input?.body ?? {}) } : {}),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // Not JSON: the text itself.
      }
      return { status: response.status, body };
    },
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
