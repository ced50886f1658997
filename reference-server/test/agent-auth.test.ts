// The agent interface as an attacker meets it: no password, a wrong one, a second login, a stolen
// cookie after logout or expiry, a relayed request with no password configured, a foreign Host,
// budgets spent under somebody else's name - and what the data directory keeps of a login.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../store/memory-store.ts';
import { loginAgent } from './agent-client.ts';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from './harness.ts';

let server: TestServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

const login = (baseUrl: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}/tetherfi/agent/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const queue = (baseUrl: string, cookie: string) => fetch(`${baseUrl}/tetherfi/agent/queue`, { headers: { cookie } });

describe('AgentLogin', () => {
  it('refuses a login without the password, or with a wrong one, as a problem', async () => {
    server = await startTestServer();
    const none = await login(server.baseUrl, { agentId: 'agent-1', name: 'x' });
    expect(none.status).toBe(400);
    expect(((await none.json()) as { code: string }).code).toBe('InvalidRequest');
    const wrong = await login(server.baseUrl, { agentId: 'agent-1', name: 'x', password: 'guess' });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(((await wrong.json()) as { code: string }).code).toBe('AccessTokenInvalid');
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('never joins the session of an agent already logged in: a new login gets its own token and ends the old session', async () => {
    server = await startTestServer();
    const first = await loginAgent(server.baseUrl, 'agent-1', 'Alice');
    // Somebody without the password learns nothing of Alice's session.
    const intruder = await login(server.baseUrl, { agentId: 'agent-1', name: 'x', password: 'not it' });
    expect(await intruder.text()).not.toContain(first.token);
    expect((await queue(server.baseUrl, first.cookie)).status).toBe(200);

    const second = await loginAgent(server.baseUrl, 'agent-1', 'Alice');
    expect(second.token).not.toBe(first.token);
    expect(second.cookie).not.toBe(first.cookie);
    const old = await queue(server.baseUrl, first.cookie);
    expect(old.status).toBe(400);
    expect(((await old.json()) as { code: string }).code).toBe('CookiesDisabled');
    expect((await queue(server.baseUrl, second.cookie)).status).toBe(200);
    // The old token does not act with the new cookie either.
    const mixed = await fetch(`${server.baseUrl}/tetherfi/agent/ready`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: second.cookie, 'livechat-agent-token': first.token },
      body: JSON.stringify({ ready: true }),
    });
    expect(mixed.status).toBe(403);
    first.close();
    second.close();
  });

  it('sets the cookie HttpOnly, SameSite=Strict, with the session lifetime, and Secure behind a trusted https proxy', async () => {
    server = await startTestServer({ LIVECHAT_TRUST_PROXY: '127.0.0.1' });
    const plain = await login(server.baseUrl, { agentId: 'agent-1', name: 'Alice', password: TEST_AGENT_PASSWORD });
    const cookie = plain.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Max-Age=43200/);
    expect(cookie).not.toMatch(/Secure/);
    const proxied = await login(
      server.baseUrl,
      { agentId: 'agent-1', name: 'Alice', password: TEST_AGENT_PASSWORD },
      { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' },
    );
    expect(proxied.headers.get('set-cookie')).toMatch(/Secure/);
  });
});

describe('agent sessions end', () => {
  it('at AgentLogout: the cookie and token stop working and the agent is no longer ready', async () => {
    server = await startTestServer();
    const alice = await loginAgent(server.baseUrl, 'agent-1', 'Alice');
    expect((await alice.call('/ready', { ready: true })).status).toBe(204);
    const out = await alice.call('/logout');
    expect(out.status).toBe(204);
    expect((await queue(server.baseUrl, alice.cookie)).status).toBe(400);
    expect((await alice.call('/ready', { ready: true })).body?.code).toBe('CookiesDisabled');
    expect((await server.store.getAgent('agent-1'))?.ready).toBe(false);
    alice.close();
  });

  it('when the session lifetime has passed', async () => {
    server = await startTestServer({ LIVECHAT_AGENT_SESSION_MS: 60_000 });
    const alice = await loginAgent(server.baseUrl, 'agent-1', 'Alice');
    alice.close();
    expect((await queue(server.baseUrl, alice.cookie)).status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    const late = await queue(server.baseUrl, alice.cookie);
    expect(late.status).toBe(400);
    expect(((await late.json()) as { code: string }).code).toBe('CookiesDisabled');
  });
});

describe('what is kept at rest', () => {
  it('the journal holds neither the password, nor the agent session secret, nor the agent token', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'livechat-agent-auth-'));
    try {
      const journalPath = join(dir, 'journal.jsonl');
      const store = await MemoryStore.open({ retention: { events: 100, ms: 60_000 }, journalPath });
      server = await startTestServer({}, store);
      const alice = await loginAgent(server.baseUrl, 'agent-1', 'Alice');
      alice.close();
      await server.close();
      server = undefined;
      const journal = await readFile(journalPath, 'utf8');
      expect(journal).toContain('agent-1');
      const secret = alice.cookie.slice(alice.cookie.indexOf('.') + 1);
      expect(secret.length).toBeGreaterThan(20);
      for (const credential of [TEST_AGENT_PASSWORD, secret, alice.token]) expect(journal).not.toContain(credential);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('with no agent password configured', () => {
  it('makes one at start and serves the interface to this machine only: a request a proxy relayed is refused', async () => {
    server = await startTestServer({ LIVECHAT_AGENT_SECRET: '' });
    const password = server.generatedAgentPassword;
    expect(password).toBeDefined();
    expect((await login(server.baseUrl, { agentId: 'agent-1', name: 'Alice', password: TEST_AGENT_PASSWORD })).status).toBe(403);
    expect((await login(server.baseUrl, { agentId: 'agent-1', name: 'Alice', password })).status).toBe(200);
    const relayed = await login(server.baseUrl, { agentId: 'agent-1', name: 'Alice', password }, { 'x-forwarded-for': '198.51.100.7' });
    expect(relayed.status).toBe(404);
    expect(((await relayed.json()) as { code: string }).code).toBe('NotFound');
    // The customer's API is not concerned.
    const status = await fetch(`${server.baseUrl}/tetherfi/livechat/status`, { headers: { 'x-forwarded-for': '198.51.100.7' } });
    expect(status.status).toBe(200);
  });

  it('with a configured password, serves it to relayed requests too', async () => {
    server = await startTestServer();
    const relayed = await login(
      server.baseUrl,
      { agentId: 'agent-1', name: 'Alice', password: TEST_AGENT_PASSWORD },
      { 'x-forwarded-for': '198.51.100.7' },
    );
    expect(relayed.status).toBe(200);
  });
});

/** A GET with a Host header of our choosing (fetch sets its own). */
const getWithHost = (baseUrl: string, path: string, host: string) =>
  new Promise<{ status: number; body: string; type: string | undefined }>((resolve, reject) => {
    const url = new URL(path, baseUrl);
    const req = httpRequest({ hostname: url.hostname, port: url.port, path: url.pathname, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: res.headers['content-type'] }));
    });
    req.on('error', reject);
    req.end();
  });

describe('the Host header (DNS rebinding)', () => {
  it('answers loopback names and the configured ones, and NotFound to any other', async () => {
    server = await startTestServer({ LIVECHAT_HOSTNAMES: ['chat.example.com'] });
    const port = new URL(server.baseUrl).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'chat.example.com', 'CHAT.example.com:443'])
      expect((await getWithHost(server.baseUrl, '/tetherfi/livechat/status', host)).status, host).toBe(200);
    const rebound = await getWithHost(server.baseUrl, '/tetherfi/agent/queue', `attacker.example:${port}`);
    expect(rebound.status).toBe(404);
    expect(rebound.type).toContain('application/problem+json');
    expect(JSON.parse(rebound.body)).toMatchObject({ code: 'NotFound' });
  });
});

describe('rate limits count per verified session', () => {
  it('calls made with a forged agent cookie never spend the real agent’s budget', async () => {
    server = await startTestServer({ LIVECHAT_MESSAGES_PER_MINUTE: 10 });
    const alice = await loginAgent(server.baseUrl, 'agent-1', 'Alice');
    const forged = async () =>
      fetch(`${server?.baseUrl}/tetherfi/agent/chats/c_AAAAAAAAAAAAAAAAAAAAAA/typing`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: 'LIVECHAT_AGENT=agent-1.as_forged', 'livechat-agent-token': 'atk_x' },
        body: JSON.stringify({ state: 0 }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await forged()).status);
    expect(statuses).toContain(429);
    const real = await alice.call('/chats/c_AAAAAAAAAAAAAAAAAAAAAA/typing', { state: 0 });
    expect(real.status).not.toBe(429);
    expect(real.body?.code).toBe('NoSessionFound');
    alice.close();
  });

  it('customers opening sessions never lock CSOs out of logging in', async () => {
    server = await startTestServer({ LIVECHAT_SESSIONS_PER_MINUTE: 10 });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await fetch(`${server.baseUrl}/tetherfi/livechat/access-token`, { method: 'POST' })).status);
    expect(statuses.at(-1)).toBe(429);
    expect((await login(server.baseUrl, { agentId: 'agent-1', name: 'Alice', password: TEST_AGENT_PASSWORD })).status).toBe(200);
  });

  it('behind a trusted proxy, counts each client address the proxy saw, not the proxy', async () => {
    server = await startTestServer({ LIVECHAT_SESSIONS_PER_MINUTE: 10, LIVECHAT_TRUST_PROXY: '127.0.0.1' });
    const token = (client: string) =>
      fetch(`${server?.baseUrl}/tetherfi/livechat/access-token`, { method: 'POST', headers: { 'x-forwarded-for': client } });
    for (let i = 0; i < 11; i++) await token('198.51.100.1');
    expect((await token('198.51.100.1')).status).toBe(429);
    expect((await token('198.51.100.2')).status).toBe(200);
  });

  it('bounds password guessing per address', async () => {
    server = await startTestServer({ LIVECHAT_AGENT_LOGINS_PER_MINUTE: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await login(server.baseUrl, { agentId: 'agent-1', name: 'x', password: `guess-${i}` })).status);
    expect(statuses.slice(0, 5)).toEqual([403, 403, 403, 403, 403]);
    expect(statuses.at(-1)).toBe(429);
  });
});
