// The top-level README's minimal widget - taken from the README itself, so that the README stays
// true - in a real browser (Debian's headless Chromium) against the mock, the two ways a partner's
// page reaches it: from a page on another port whose origin the mock lists
// (LIVECHAT_ALLOWED_ORIGINS), and from the mock's own origin (--static). A page on an origin the
// mock does not list is refused by the browser (CORS), and the widget says so; a script that does
// not load is said too.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildClient } from '../../client/build.ts';
import { launchChromium } from '../../client/test/chromium.ts';
import { startMock, type TestMock } from './harness.ts';

const README = join(import.meta.dirname, '..', '..', 'README.md');
const MARKER = '<!-- mock-server/test/partner-page.browser.test.ts runs this block';
/** The mock's address as the README's widget writes it. */
const README_MOCK = 'http://127.0.0.1:4010';

/** The README's widget: the html block after the marker. */
function readmeWidget(): string {
  const readme = readFileSync(README, 'utf8');
  const at = readme.indexOf(MARKER);
  expect(at, `README.md has no "${MARKER}"`).toBeGreaterThan(0);
  const block = /```html\n([\s\S]*?)```/.exec(readme.slice(at));
  expect(block?.index, 'the marker is followed by the widget’s html block').toBe(readme.slice(at).indexOf('\n') + 1);
  const html = block?.[1] ?? '';
  expect(html.split(README_MOCK), `the widget names the mock as ${README_MOCK}, once`).toHaveLength(2);
  return html;
}
/** The widget as a page that loads livechat.js from `mock`. */
const widgetPage = (mock: string) =>
  `<!doctype html><meta charset="utf-8"><title>A partner’s page</title>\n${readmeWidget().replace(README_MOCK, mock)}`;

type Site = { origin: string; pages: Map<string, string>; server: Server };
/** A partner's own web server on 127.0.0.1 (another port than the mock's: another origin, the same site). */
async function startSite(): Promise<Site> {
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const page = pages.get(request.url ?? '');
    response.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' }).end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, pages, server };
}

let dist: string;
let staticDir: string;
let listed: Site;
let unlisted: Site;
let mock: TestMock;
let browser: Browser;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'livechat-dist-'));
  staticDir = await mkdtemp(join(tmpdir(), 'livechat-partner-static-'));
  await buildClient(dist);
  listed = await startSite();
  unlisted = await startSite();
  mock = await startMock(dist, { allowedOrigins: [listed.origin], staticDir });
  const page = widgetPage(mock.baseUrl);
  listed.pages.set('/', page);
  unlisted.pages.set('/', page);
  // The --static folder holds the same page; @fastify/static reads it on each request.
  await writeFile(join(staticDir, 'index.html'), page);
  browser = await launchChromium();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await mock?.close();
  for (const site of [listed, unlisted]) site?.server.close();
  await rm(dist, { recursive: true, force: true });
  await rm(staticDir, { recursive: true, force: true });
});

/** A fresh browser's page at `url`, with what its console said. */
async function visit(url: string): Promise<{ page: Page; console: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const said: string[] = [];
  page.on('console', (message) => said.push(message.text()));
  page.on('pageerror', (error) => said.push(`page error: ${error.message}`));
  await page.goto(url);
  return { page, console: said };
}
const lines = (page: Page) => page.locator('#log p').allTextContents();

/** The widget chats: Alice joins, a message is echoed and answered; nothing is said to have failed. */
async function chats({ page, console }: { page: Page; console: string[] }, text: string) {
  try {
    await page.getByText('Alice joined').waitFor({ timeout: 15_000 });
    await page.locator('#msg').fill(text);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText(`you: ${text}`).waitFor();
    await page.getByText(`You said: ${text}`).waitFor({ timeout: 15_000 });
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\nthe widget said: ${(await lines(page)).join(' | ')}\nthe console said: ${console.join('\n')}`,
    );
  }
  expect((await lines(page)).filter((line) => line.startsWith('cannot'))).toEqual([]);
}

it('works from a page on another port whose origin the mock lists (LIVECHAT_ALLOWED_ORIGINS)', async () => {
  const visited = await visit(`${listed.origin}/`);
  const { page, console } = visited;
  await chats(visited, 'Hello from the partner’s own server.');
  expect(console.filter((line) => /CORS/.test(line))).toEqual([]);
  await page.context().close();
}, 60_000);

it('works from the mock’s own origin with --static', async () => {
  const visited = await visit(`${mock.baseUrl}/`);
  const { page } = visited;
  await chats(visited, 'Hello from a page the mock serves.');
  // The chat floats to the browser's next page (the same one again): Open shows its transcript.
  await page.reload();
  await page.getByText('Hello from a page the mock serves.', { exact: true }).waitFor();
  await page.context().close();
}, 60_000);

it('is refused from an origin the mock does not list: the browser blocks it (CORS), the widget says so', async () => {
  const { page, console } = await visit(`${unlisted.origin}/`);
  await page.getByText('cannot start a chat: ServerInternalConnectivityError (NetworkError)').waitFor({ timeout: 20_000 });
  expect(
    console.some((line) => line.includes('blocked by CORS policy')),
    console.join('\n'),
  ).toBe(true);
  expect(await lines(page)).toEqual(['cannot start a chat: ServerInternalConnectivityError (NetworkError)']);
  await page.context().close();
}, 60_000);

it('says so when livechat.js does not load (no server there)', async () => {
  const gone = await startSite();
  gone.server.close();
  listed.pages.set('/no-server.html', widgetPage(gone.origin));
  const { page } = await visit(`${listed.origin}/no-server.html`);
  await page.getByText(`cannot load ${gone.origin}/tetherfi/livechat/livechat.js: is the server running?`).waitFor({ timeout: 10_000 });
  await page.context().close();
}, 30_000);

it('answers CORS for the listed origin only, with credentials, never *; none for another origin', async () => {
  const preflight = (origin: string) =>
    fetch(`${mock.baseUrl}/tetherfi/livechat/chats`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,livechat-token,livechat-page',
      },
    });
  const allowed = await preflight(listed.origin);
  expect(allowed.status).toBe(204);
  expect(allowed.headers.get('access-control-allow-origin')).toBe(listed.origin);
  expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
  expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('livechat-token');
  const other = await preflight(unlisted.origin);
  expect([...other.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  const token = await fetch(`${mock.baseUrl}/tetherfi/livechat/access-token`, { method: 'POST', headers: { origin: unlisted.origin } });
  expect(token.status).toBe(200);
  expect([...token.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
});
