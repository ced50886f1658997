// A CSO for tests: logs in through the agent test interface (spec/agent/openapi.yaml), reads its
// event stream with the client's SSE reader, and calls the agent operations with its token.
import { createDecoder } from '../../client/src/stream/decoder.ts';
import { TEST_AGENT_PASSWORD } from './harness.ts';

export type AgentEvent = { event: string; sid?: string; data?: Record<string, unknown> };

export async function loginAgent(baseUrl: string, agentId: string, name: string, password = TEST_AGENT_PASSWORD) {
  const login = await fetch(`${baseUrl}/tetherfi/agent/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ agentId, name, password }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { token, seq } = (await login.json()) as { token: string; seq: number };
  const events: AgentEvent[] = [];
  const withCookie: typeof fetch = (input, init) =>
    fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), cookie } });
  const stream = await readAgentStream(baseUrl, seq, withCookie, events);

  const call = async (path: string, body: unknown = {}) => {
    const response = await fetch(`${baseUrl}/tetherfi/agent${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'livechat-agent-token': token },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };
  return { agentId, name, token, cookie, events, call, close: () => stream.close() };
}

/** Reads the agent stream (framed as the customer's: the client's decoder serves) until closed. */
async function readAgentStream(baseUrl: string, position: number, doFetch: typeof fetch, events: AgentEvent[]) {
  const abort = new AbortController();
  const response = await doFetch(`${baseUrl}/tetherfi/agent/events?after=${position}`, { signal: abort.signal });
  if (!response.ok || response.body === null) throw new Error(`agent stream refused: ${response.status}`);
  const decoder = createDecoder((frame) => {
    if (frame.kind === 'event') events.push(frame.payload as AgentEvent);
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      decoder.feed(value ?? '');
    }
  })();
  return { close: () => abort.abort() };
}
