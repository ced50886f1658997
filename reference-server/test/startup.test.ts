// `npm start` as an operator meets it: what they can fix is refused in one line with exit code 2
// (no stack trace), and the log never holds a browser session's cookie or a token.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { type ChildServer, runServer, startServer } from './child-server.ts';
import { customerPage } from './customer-http.ts';

let child: ChildServer | undefined;
afterEach(async () => {
  await child?.stop();
  child = undefined;
});

async function refused(env: Record<string, string>) {
  await child?.stop();
  child = await runServer(env);
  const { code } = await child.exited;
  // Log lines (JSON) aside, such as a warning that docs/ is not built.
  const output = child
    .output()
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('{"level"'))
    .join('\n');
  expect(code).toBe(2);
  expect(output.split('\n')).toHaveLength(1);
  expect(output).not.toMatch(/\n\s+at |Error:/);
  return output;
}

it('refuses a data directory it cannot write in one line', { timeout: 60_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'livechat-blocked-'));
  const blocker = join(dir, 'a-file');
  await writeFile(blocker, '');
  // Under a regular file: no directory can be made there, whoever runs the test (root too).
  try {
    expect(await refused({ LIVECHAT_DATA_DIR: join(blocker, 'data') })).toMatch(/cannot start/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it('refuses a port in use in one line', { timeout: 60_000 }, async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const { port } = busy.address() as { port: number };
  try {
    // How to move it, in the words of the command that was run (npm start sets npm_lifecycle_event).
    expect(await refused({ PORT: String(port), npm_lifecycle_event: 'start' })).toBe(
      `cannot listen on 127.0.0.1:${port}: the port is in use; PORT=${port + 1} npm start to use another`,
    );
    expect(await refused({ PORT: String(port), npm_lifecycle_event: '' })).toBe(
      `cannot listen on 127.0.0.1:${port}: the port is in use; set PORT=${port + 1} to use another`,
    );
  } finally {
    busy.close();
  }
});

it('refuses test conditions on another HOST in one line', { timeout: 60_000 }, async () => {
  expect(await refused({ HOST: '0.0.0.0', LIVECHAT_TEST_CONDITIONS: '1' })).toMatch(/LIVECHAT_TEST_CONDITIONS/);
});

it('logs no cookie value and no token', { timeout: 60_000 }, async () => {
  const started = await startServer({ LOG_LEVEL: 'trace', LIVECHAT_REQUIRE_STAFFED_AGENTS: 'false' });
  child = started;
  const page = await customerPage(new SimulatedBrowser({ baseUrl: started.baseUrl }), started.baseUrl);
  const details = new SessionDetails();
  details.eCustDetails = { eCustName: 'Tan Mei Ling' };
  await page.client.start(details);
  expect((await page.call('/slog', { type: 'info', unit: 'test', msg: 'hello' })).status).toBe(204);
  const cookie = (await page.cookie()).match(/LIVECHAT_SESSION=([^;]+)/)?.[1] ?? '';
  page.client.dispose();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const log = started.output();
  expect(log).toContain('slog');
  expect(log).toContain('chat started');
  expect(cookie.length).toBeGreaterThan(10);
  expect(log).not.toContain(cookie);
  expect(log).not.toContain(page.token);
});
