// `npm run mock` as a frontend developer meets it (main.ts in a child process): what they can fix
// - a port in use, a --static folder that is not there, a setting it cannot read - is one line and
// exit code 2, never a stack trace; --static serves their pages and nothing outside the folder.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let child: ChildProcess | undefined;
let output = '';
let site: string;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'livechat-partner-site-'));
  await writeFile(join(site, 'index.html'), '<title>The partner’s page</title>');
  await mkdir(join(site, 'help'));
  await writeFile(join(site, 'help', 'index.html'), '<title>Help</title>');
  await writeFile(join(site, '.env'), 'SECRET=not-for-the-browser');
  // Beside the folder: what a path that climbs out of it would reach.
  await writeFile(join(site, '..', `${site.split('/').pop()}-outside.txt`), 'outside the static folder');
});
afterAll(async () => {
  await rm(site, { recursive: true, force: true });
  await rm(`${site}-outside.txt`, { force: true });
});
afterEach(async () => {
  if (child !== undefined && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  child = undefined;
});

/** Runs main.ts as `npm run mock` would (npm_lifecycle_event=mock), with `env` over loopback defaults. */
function runMock(args: string[], env: Record<string, string>) {
  output = '';
  child = spawn(process.execPath, ['--import', 'tsx', 'mock-server/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', npm_lifecycle_event: 'mock', INIT_CWD: root, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
}

async function refused(args: string[], env: Record<string, string> = {}) {
  const code = await runMock(args, env);
  expect(code, output).toBe(2);
  expect(output.trim().split('\n'), output).toHaveLength(1);
  expect(output).not.toMatch(/\n\s+at |Error:/);
  return output.trim();
}

/** Starts main.ts and waits for the address it prints. */
async function started(args: string[], env: Record<string, string> = {}) {
  const exited = runMock(args, env);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const address = /mock server on (http:\/\/[\d.:]+)/.exec(output)?.[1];
    if (address !== undefined) return address;
    if (child?.exitCode !== null || Date.now() > deadline) throw new Error(`the mock did not start (${await exited}):\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('refuses a port in use in one line that says how to move it', { timeout: 90_000 }, async () => {
  const busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const { port } = busy.address() as { port: number };
  try {
    expect(await refused([], { PORT: String(port) })).toBe(
      `cannot listen on 127.0.0.1:${port}: the port is in use; PORT=${port + 1} npm run mock to use another`,
    );
    // Installed from the package, the advice names its command.
    expect(await refused([], { PORT: String(port), npm_lifecycle_event: '' })).toBe(
      `cannot listen on 127.0.0.1:${port}: the port is in use; PORT=${port + 1} npx livechat-mock to use another`,
    );
  } finally {
    busy.close();
  }
});

it('refuses a --static or MOCK_STATIC folder that is not there, or not a folder, in one line', async () => {
  expect(await refused(['--static', 'no-such-site'])).toBe(`--static no-such-site: no such folder (${join(root, 'no-such-site')})`);
  // A relative DIR is from the folder npm was run in (INIT_CWD), not the repository's root.
  expect(await refused(['--static', 'no-such-site'], { INIT_CWD: site })).toBe(
    `--static no-such-site: no such folder (${join(site, 'no-such-site')})`,
  );
  expect(await refused([], { MOCK_STATIC: join(site, 'index.html') })).toBe(
    `MOCK_STATIC ${join(site, 'index.html')}: not a folder (${join(site, 'index.html')})`,
  );
});

it('refuses LIVECHAT_ALLOWED_ORIGINS as the reference server does, and a PORT that is none, in one line', async () => {
  expect(await refused([], { LIVECHAT_ALLOWED_ORIGINS: 'http://127.0.0.1:8000/shop' })).toBe(
    'LIVECHAT_ALLOWED_ORIGINS="http://127.0.0.1:8000/shop": http://127.0.0.1:8000/shop is not an origin (scheme://host[:port], no path)',
  );
  expect(await refused([], { PORT: 'eighty' })).toBe('PORT="eighty": must be a port number (0 to 65535)');
});

it('serves the partner’s pages with --static, nothing outside the folder, no dotfiles; the contract and the demo stay the mock’s', {
  timeout: 90_000,
}, async () => {
  const address = await started(['--static', site], { LIVECHAT_ALLOWED_ORIGINS: 'http://127.0.0.1:1234' });
  expect(output).toContain(`your pages:     ${address}/   (from ${site})`);
  expect(output).toContain('other origins:  http://127.0.0.1:1234');
  const get = async (path: string) => {
    // fetch would normalise the dots away; undici's request keeps them, as an attacker's would.
    const answer = await request(`${address}${path}`, { method: 'GET' });
    return { status: answer.statusCode, text: await answer.body.text() };
  };
  expect(await get('/')).toMatchObject({ status: 200, text: '<title>The partner’s page</title>' });
  expect(await get('/help/')).toMatchObject({ status: 200, text: '<title>Help</title>' });
  expect((await get('/.env')).status).toBe(404);
  const outside = `${site.split('/').pop()}-outside.txt`;
  for (const climb of [`/../${outside}`, `/%2e%2e/${outside}`, `/..%2f${outside}`, `/help/../../${outside}`]) {
    const answer = await get(climb);
    expect([400, 403, 404], climb).toContain(answer.status);
    expect(answer.text, climb).not.toContain('outside the static folder');
  }
  expect((await get('/demo/')).text).toContain('<html');
  expect(await get('/tetherfi/livechat/status')).toMatchObject({ status: 200, text: 'ONLINE' });
  expect(JSON.parse((await get('/no-such-page.html')).text)).toMatchObject({ status: 404, code: 'NotFound' });
});

it('lists every setting it reads in mock-server/README.md', () => {
  const readme = readFileSync(join(root, 'mock-server', 'README.md'), 'utf8');
  for (const setting of ['PORT', 'HOST', 'LIVECHAT_ALLOWED_ORIGINS', 'MOCK_STATIC', '--static'])
    expect(readme, setting).toMatch(new RegExp(`^\\|[^\\n]*\`${setting}[\` ]`, 'm'));
});
