// Floating chat across tabs of one browser, as the reference document's communication model has
// it (Open / Close, events forked to every open page), in real Chromium: tabs come and go while
// others stay open, and a new chat in a new tab gets its events at once.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { loginAgent } from './agent-client.ts';
import { demoInBrowser } from './demo-in-browser.ts';

const demo = demoInBrowser();

/** A page written from the reference document alone: its two mandatory scripts and nothing else. */
const DOCUMENT_PAGE = `<!doctype html><title>document page</title>
<script src="/tetherfi/livechat/livechat.js"></script>
<script src="/tetherfi/livechat/interface/__clientlog.js"></script>`;

/** Records the document's events on the page (keeping the widget's own handlers). */
const record = (page: Page) =>
  page.evaluate(() => {
    const lc = (window as unknown as { livechat: Record<string, unknown> }).livechat;
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    for (const name of ['OnOpenSuccess', 'OnOpenFailed', 'OnStartSuccess', 'OnCallQueued', 'OnRemoteUserConnected', 'OnEcho', 'OnEnd']) {
      const widget = lc[name] as ((...args: unknown[]) => void) | undefined;
      lc[name] = (...args: unknown[]) => {
        seen.push(`${name} ${args.map((a) => (typeof a === 'object' ? '…' : String(a))).join(' ')}`.trim());
        widget?.(...args);
      };
    }
  });
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
const call = (page: Page, script: string) => page.evaluate(script);

it('a new chat in a new tab gets its events while older tabs of the browser session stay open', async () => {
  const { baseUrl } = demo.server;
  const alice = await loginAgent(baseUrl, 'agent-7', 'Alice');
  expect((await alice.call('/ready', { ready: true })).status).toBe(204);
  const context = await demo.browser.newContext();
  await context.route(`${baseUrl}/shop/**`, (route) => route.fulfill({ contentType: 'text/html', body: DOCUMENT_PAGE }));
  const open = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/shop/${path}`);
    await record(page);
    return page;
  };
  const details = "var d = new SessionDetails(); d.eCustDetails = { eCustName: 'Tan' }; livechat.Start(d, '')";

  // Tab A starts, B opens; A closes, C opens and ends the chat.
  const a = await open('index.html');
  await call(a, 'livechat.Open()');
  await expect.poll(() => seen(a)).toContain('OnOpenFailed NoSessionFound NoSessionFound');
  await call(a, details);
  await expect.poll(() => seen(a)).toContain('OnCallQueued 1');
  const b = await open('page2.html');
  await call(b, 'livechat.Open()');
  await expect.poll(async () => (await seen(b)).some((e) => e.startsWith('OnOpenSuccess'))).toBe(true);
  await a.close({ runBeforeUnload: true });
  const c = await open('page3.html');
  await call(c, 'livechat.Open()');
  await expect.poll(async () => (await seen(c)).some((e) => e.startsWith('OnOpenSuccess'))).toBe(true);
  await call(c, "livechat.End('done')");
  await expect.poll(() => seen(b)).toContain('OnEnd client done');

  // A new tab: its Open finds the ended chat, its Start a new one - whose events come at once.
  const e = await open('index.html');
  await call(e, 'livechat.Open()');
  await expect.poll(() => seen(e)).toContain('OnOpenFailed AlreadyEndedSession AlreadyEndedSession');
  await call(e, details);
  await expect.poll(() => seen(e), { timeout: 5000 }).toContain('OnCallQueued 1');
  alice.close();
  await context.close();
});
