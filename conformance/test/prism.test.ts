// An independent check of our validators: the customer HTTP traffic of a run goes through
// Stoplight Prism's validation proxy (`prism proxy spec/openapi.yaml … --errors`), which refuses
// any request or answer that breaks spec/openapi.yaml. The run's ordinary cases must pass there as
// they pass without it. Around the proxy go: event streams (Prism proxies whole answers, and a
// stream has no end), the agent interface (not in spec/openapi.yaml), and file uploads - Prism
// 5.16 reads one file of a multipart array as a string, not an array of one, and refuses it
// (stoplightio/prism#2654, open).
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../../mock-server/prism.ts';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from '../../reference-server/test/harness.ts';
import { createAgentDriver } from '../agent-driver/http-driver.ts';
import { runSuite } from '../suite/runner.ts';

const root = join(import.meta.dirname, '..', '..');
let server: TestServer;
let prism: ChildProcess;
let prismUrl: string;
let prismLog = '';

beforeAll(async () => {
  server = await startTestServer();
  const port = await freePort();
  prismUrl = `http://127.0.0.1:${port}`;
  prism = spawn(
    join(root, 'node_modules', '.bin', 'prism'),
    ['proxy', 'spec/openapi.yaml', server.baseUrl, '--errors', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  prism.stdout?.on('data', (chunk) => (prismLog += chunk));
  prism.stderr?.on('data', (chunk) => (prismLog += chunk));
  const started = Date.now();
  for (;;) {
    const up = await fetch(`${prismUrl}/tetherfi/livechat/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() - started > 60_000) throw new Error(`prism did not start:\n${prismLog.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, 90_000);

afterAll(async () => {
  prism?.kill();
  await server?.close();
});

it('passes its ordinary cases with every customer request and answer also checked by Prism', async () => {
  // Streams and the agent interface straight to the server; the rest through Prism.
  const around: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const upload = init?.method === 'POST' && /\/chats\/[^/]+\/files$/.test(url.pathname);
    const direct = url.pathname.startsWith('/tetherfi/agent/') || url.pathname === '/tetherfi/livechat/events' || upload;
    return fetch(direct ? `${server.baseUrl}${url.pathname}${url.search}` : url, init);
  };
  const run = await runSuite({
    baseUrl: prismUrl,
    network: around,
    filter: /^(operation|event):/,
    driver: (observed) => createAgentDriver({ baseUrl: prismUrl, fetch: observed, credential: TEST_AGENT_PASSWORD }),
  });
  const implemented = run.results.filter((r) => r.implemented && r.grade !== 'not-testable');
  expect(implemented.length).toBeGreaterThan(0);
  const notPassed = implemented
    .filter((r) => r.grade !== 'pass' && r.grade !== 'informational')
    .map((r) => `${r.id}: ${r.checks.find((c) => !c.ok)?.message ?? r.breaches[0]?.problem ?? r.reason}`);
  expect(
    notPassed,
    prismLog
      .split('\n')
      .filter((line) => /error|violation/i.test(line))
      .slice(0, 20)
      .join('\n'),
  ).toEqual([]);
  expect(prismLog).not.toMatch(/✖\s+error/);
  expect(prismLog).toMatch(/Forwarding "post" request to .*\/tetherfi\/livechat\/chats/);
}, 120_000);

it('is a real check: Prism itself refuses a request that breaks the contract', async () => {
  const answer = await fetch(`${prismUrl}/tetherfi/livechat/slog`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: 'LIVECHAT_SESSION=bs_x',
      'livechat-token': 'tk_x',
      'livechat-page': 'pg_Vx3Q9sKd0aLmN2rT7yWb4E',
    },
    body: JSON.stringify({ type: 'loud', unit: 1 }),
  });
  expect(answer.status).toBe(422);
  expect(((await answer.json()) as { type: string }).type).toMatch(/stoplight\.io\/prism\/errors#UNPROCESSABLE_ENTITY/);
});
