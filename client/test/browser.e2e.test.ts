// The classic script in real headless Chromium (Debian's): two tabs of one browser both show every
// message through OnEcho, with the browser's own cookies (HttpOnly, SameSite) and fetch streaming.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildClient } from '../build.ts';
import { launchChromium } from './chromium.ts';
import { startScriptedServer } from './scripted-server.ts';

const shopPage = `<!doctype html><meta charset="utf-8"><title>Shop</title>
<script src="/tetherfi/livechat/livechat.js"></script>
<script>
  window.seen = [];
  livechat.OnOpenFailed = (code) => seen.push('OnOpenFailed ' + code);
  livechat.OnOpenSuccess = (session) => seen.push('OnOpenSuccess ' + session.trans.length);
  libtextchat.OnStartSuccess = () => seen.push('OnStartSuccess');
  livechat.OnCallQueued = (position) => seen.push('OnCallQueued ' + position);
  livechat.OnEcho = (msg) => seen.push('OnEcho ' + msg);
</script>`;

let server: Awaited<ReturnType<typeof startScriptedServer>>;
let browser: Browser;

beforeAll(async () => {
  const dist = await mkdtemp(join(tmpdir(), 'livechat-dist-'));
  await buildClient(dist);
  const script = await readFile(join(dist, 'livechat.js'), 'utf8');
  await rm(dist, { recursive: true, force: true });
  server = await startScriptedServer({
    '/tetherfi/livechat/livechat.js': { type: 'text/javascript', body: script },
    '/shop/page.html': { type: 'text/html; charset=utf-8', body: shopPage },
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
const waitFor = (page: Page, entry: string) =>
  page.waitForFunction((e) => (window as unknown as { seen: string[] }).seen.includes(e), entry, { timeout: 10_000 });

it('two tabs of one browser both receive OnEcho, once each', async () => {
  const context = await browser.newContext();
  const tab1 = await context.newPage();
  await tab1.goto(`${server.baseUrl}/shop/page.html`);
  await tab1.evaluate(() => (window as unknown as { livechat: { Open(): void } }).livechat.Open());
  await waitFor(tab1, 'OnOpenFailed NoSessionFound');
  await tab1.evaluate(() => {
    const w = window as unknown as {
      SessionDetails: new () => { eCustDetails: unknown };
      livechat: { Start(d: unknown, v: string): void };
    };
    const details = new w.SessionDetails();
    details.eCustDetails = { eCustName: 'Tan Mei Ling', pTopic: 'credit-card' };
    w.livechat.Start(details, 'History');
  });
  await waitFor(tab1, 'OnCallQueued 2');

  const tab2 = await context.newPage();
  await tab2.goto(`${server.baseUrl}/shop/page.html`);
  await tab2.evaluate(() => (window as unknown as { livechat: { Open(): void } }).livechat.Open());
  await waitFor(tab2, 'OnOpenSuccess 0');

  await tab1.evaluate(() => (window as unknown as { livechat: { SendMessage(m: string): void } }).livechat.SendMessage('Hello from tab 1'));
  await waitFor(tab1, 'OnEcho Hello from tab 1');
  await waitFor(tab2, 'OnEcho Hello from tab 1');
  await tab2.evaluate(() => (window as unknown as { livechat: { SendMessage(m: string): void } }).livechat.SendMessage('And from tab 2'));
  await waitFor(tab1, 'OnEcho And from tab 2');
  await waitFor(tab2, 'OnEcho And from tab 2');

  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'LIVECHAT_SESSION')).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/tetherfi/livechat' });
  expect(await seen(tab1)).toEqual([
    'OnOpenFailed NoSessionFound',
    'OnStartSuccess',
    'OnCallQueued 2',
    'OnEcho Hello from tab 1',
    'OnEcho And from tab 2',
  ]);
  expect(await seen(tab2)).toEqual(['OnOpenSuccess 0', 'OnEcho Hello from tab 1', 'OnEcho And from tab 2']);
  expect(server.problems).toEqual([]);
  await context.close();
}, 60_000);

it('holds one event stream for the whole browser, and hands it over when the leading tab closes', async () => {
  const context = await browser.newContext();
  const tab1 = await context.newPage();
  await tab1.goto(`${server.baseUrl}/shop/page.html`);
  await tab1.evaluate(() => {
    const w = window as unknown as {
      SessionDetails: new () => { eCustDetails: unknown };
      livechat: { Start(d: unknown, v: string): void };
    };
    const details = new w.SessionDetails();
    details.eCustDetails = { eCustName: 'Tan Mei Ling' };
    w.livechat.Start(details, 'History');
  });
  await waitFor(tab1, 'OnCallQueued 2');
  const tab2 = await context.newPage();
  await tab2.goto(`${server.baseUrl}/shop/page.html`);
  await tab2.evaluate(() => (window as unknown as { livechat: { Open(): void } }).livechat.Open());
  await waitFor(tab2, 'OnOpenSuccess 0');

  await tab2.evaluate(() => (window as unknown as { livechat: { SendMessage(m: string): void } }).livechat.SendMessage('one stream'));
  await waitFor(tab1, 'OnEcho one stream');
  await waitFor(tab2, 'OnEcho one stream');
  const cookie = (await context.cookies()).find((c) => c.name === 'LIVECHAT_SESSION')?.value ?? '';
  expect(server.openStreams(cookie)).toBe(1);

  // The leading tab goes away: the other takes the stream over, from where it was.
  await tab1.close();
  await tab2.waitForFunction(() => true);
  const start = Date.now();
  while (server.openStreams(cookie) !== 1 && Date.now() - start < 10_000) await new Promise((r) => setTimeout(r, 50));
  await tab2.evaluate(() => (window as unknown as { livechat: { SendMessage(m: string): void } }).livechat.SendMessage('after hand-over'));
  await waitFor(tab2, 'OnEcho after hand-over');
  expect(server.openStreams(cookie)).toBe(1);
  expect(await seen(tab2)).toEqual(['OnOpenSuccess 0', 'OnEcho one stream', 'OnEcho after hand-over']);
  expect(server.problems).toEqual([]);
  await context.close();
}, 60_000);
