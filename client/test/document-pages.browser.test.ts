// Pages written from the reference document alone, in real Chromium, against the reference server
// and the mock alike: every script and stylesheet the document has a page include is served, as
// what the browser accepts it as (a stylesheet of another type or a script the server sniffs out
// is refused), and a fresh page's Open - the document's "actually not an error" NoSessionFound -
// leaves no error in the browser's console.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock } from '../../mock-server/test/harness.ts';
import { startTestServer } from '../../reference-server/test/harness.ts';
import { buildClient } from '../build.ts';
import { launchChromium } from './chromium.ts';

type Target = { baseUrl: string; close: () => Promise<void> };

let dist = '';
let browser: Browser;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'livechat-dist-'));
  await buildClient(dist);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await rm(dist, { recursive: true, force: true });
});

const targets: [string, () => Promise<Target>][] = [
  ['the reference server', () => startTestServer({}, undefined, dist)],
  ['the mock', () => startMock(dist)],
];

/**
 * The co-browse page of the document's "Scripts" section: the mandatory scripts, the audio/video
 * ones, and the co-browse page's styles and scripts as the document writes them, relative to the
 * page (which is under <host>/tetherfi/).
 */
const COBROWSE_PAGE = `<!doctype html><html><head><title>co-browse page</title>
<script src="/tetherfi/livechat/livechat.js"></script>
<script src="/tetherfi/livechat/interface/__clientlog.js"></script>
<script src="/tetherfi/adaptor.mini.js"></script>
<script src="/tetherfi/livechat_video.mini.js"></script>
<link href="Styles/fontawesome-all.min.css" rel="stylesheet">
<link href="Styles/tetherfi-cobrowse.min.css" rel="stylesheet">
<script type='text/javascript' src='Scripts/cobrowse-configurations.js'></script>
<script type='text/javascript' src='Scripts/tetherfi-cobrowse-plugins.min.js'></script>
<script type='text/javascript' src='Scripts/tetherfi-cobrowse.min.js'></script>
</head><body><p>Apply for a card</p></body></html>`;

/** A page of before revision 1.8, when livechat.js was libtextchat.js. */
const LIBTEXTCHAT_PAGE = `<!doctype html><title>libtextchat page</title>
<script src="/tetherfi/livechat/libtextchat.js"></script>
<script src="/tetherfi/livechat/interface/__clientlog.js"></script>`;

/** The document's mandatory scripts, and Open on load as its floating chat has every page do. */
const FRESH_PAGE = `<!doctype html><title>fresh page</title>
<script src="/tetherfi/livechat/livechat.js"></script>
<script src="/tetherfi/livechat/interface/__clientlog.js"></script>
<script>
  window.seen = [];
  livechat.OnOpenSuccess = function (Session) { seen.push('OnOpenSuccess'); };
  livechat.OnOpenFailed = function (errorCode) { seen.push('OnOpenFailed ' + errorCode); };
  livechat.OnStartSuccess = function () { seen.push('OnStartSuccess'); };
  livechat.OnEnd = function (initiator, reason) { seen.push('OnEnd ' + initiator); };
  livechat.Open();
</script>`;

/** What the browser saw of a page: each answer's status and type, failed requests, console errors. */
function watch(page: Page) {
  const answers: { url: string; status: number; type: string }[] = [];
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('response', (response) =>
    answers.push({ url: new URL(response.url()).pathname, status: response.status(), type: response.headers()['content-type'] ?? '' }),
  );
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { answers, failed, errors };
}

describe.each(targets)('against %s', (_name, start) => {
  let target: Target;
  beforeAll(async () => {
    target = await start();
  }, 90_000);
  afterAll(() => target?.close());

  /** A new browser's page at `path` on the target, made of `html`. */
  async function pageOf(path: string, html: string) {
    const context = await browser.newContext();
    await context.route(`${target.baseUrl}${path}`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${target.baseUrl}${path}`);
    return { page, seen, close: () => context.close() };
  }

  it('serves every script and stylesheet of the document’s co-browse page, each as its type, and co-browsing is there at once', async () => {
    const { page, seen, close } = await pageOf('/tetherfi/apply.html', COBROWSE_PAGE);
    await page.waitForLoadState('load');
    const included = seen.answers.filter((a) => a.url !== '/tetherfi/apply.html');
    expect(included.map((a) => a.url).sort()).toEqual(
      [
        '/tetherfi/livechat/livechat.js',
        '/tetherfi/livechat/interface/__clientlog.js',
        '/tetherfi/adaptor.mini.js',
        '/tetherfi/livechat_video.mini.js',
        '/tetherfi/Styles/fontawesome-all.min.css',
        '/tetherfi/Styles/tetherfi-cobrowse.min.css',
        '/tetherfi/Scripts/cobrowse-configurations.js',
        '/tetherfi/Scripts/tetherfi-cobrowse-plugins.min.js',
        '/tetherfi/Scripts/tetherfi-cobrowse.min.js',
      ].sort(),
    );
    for (const answer of included) {
      expect(answer.status, answer.url).toBe(200);
      expect(answer.type, answer.url).toMatch(answer.url.endsWith('.css') ? /^text\/css\b/ : /^text\/javascript\b/);
    }
    expect(seen.failed).toEqual([]);
    expect(seen.errors).toEqual([]);
    const state = await page.evaluate(() => {
      const w = window as unknown as { livechat: Record<string, unknown>; livechatKitParts?: Record<string, unknown> };
      // The co-browse stylesheet applies: its rules are the page's.
      const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      return {
        functions: ['SetCobrConfigs', 'StartCobr', 'EndCobr'].map((name) => typeof w.livechat[name]),
        cobrowseIncluded: w.livechatKitParts?.cobrowse !== undefined,
        avIncluded: w.livechatKitParts?.av !== undefined,
        toolbarStyled: rules.some((rule) => rule.startsWith('.livechat-annotation-bar {')),
      };
    });
    expect(state).toEqual({
      functions: ['function', 'function', 'function'],
      cobrowseIncluded: true,
      avIncluded: true,
      toolbarStyled: true,
    });
    await close();
  });

  it('serves livechat.js as libtextchat.js, the name it stays backward compatible with', async () => {
    const { page, seen, close } = await pageOf('/tetherfi/old-page.html', LIBTEXTCHAT_PAGE);
    await page.waitForLoadState('load');
    const script = seen.answers.find((a) => a.url === '/tetherfi/livechat/libtextchat.js');
    expect(script).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/javascript\b/) });
    expect(
      await page.evaluate(() => {
        const w = window as unknown as { livechat?: { Start?: unknown }; libtextchat?: unknown };
        return typeof w.livechat?.Start === 'function' && w.libtextchat === w.livechat;
      }),
    ).toBe(true);
    expect(seen.errors).toEqual([]);
    await close();
  });

  it('a fresh page’s Open hears OnOpenFailed(NoSessionFound), and the browser logs no error for it', async () => {
    const { page, seen, close } = await pageOf('/shop/index.html', FRESH_PAGE);
    await page.waitForFunction(() => (window as unknown as { seen: string[] }).seen.length > 0);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['OnOpenFailed NoSessionFound']);
    // Chromium logs every 4xx and 5xx answer as a console error ("Failed to load resource").
    expect(seen.answers.filter((a) => a.status >= 400)).toEqual([]);
    expect(seen.failed).toEqual([]);
    expect(seen.errors).toEqual([]);
    await close();
  });

  it('a page loaded after the chat ended hears OnOpenFailed(AlreadyEndedSession), and the browser logs no error for it', async () => {
    const { page, close } = await pageOf('/shop/index.html', FRESH_PAGE);
    const seenOn = (p: Page) => p.evaluate(() => (window as unknown as { seen: string[] }).seen);
    await expect.poll(() => seenOn(page)).toEqual(['OnOpenFailed NoSessionFound']);
    await page.evaluate(() => {
      const w = window as unknown as { livechat: { Start(d: unknown, v: string): void } };
      w.livechat.Start({ eCustName: 'Tan Mei Ling' }, 'History');
    });
    await expect.poll(() => seenOn(page), { timeout: 10_000 }).toContain('OnStartSuccess');
    await page.evaluate(() => (window as unknown as { livechat: { End(reason: string): void } }).livechat.End('done'));
    // Ended by the page, or already by the server (the reference server has no CSO at the desk here).
    await expect.poll(async () => (await seenOn(page)).some((e) => e.startsWith('OnEnd ')), { timeout: 10_000 }).toBe(true);
    const next = await page.context().newPage();
    const seen = watch(next);
    await next.goto(`${target.baseUrl}/shop/index.html`);
    await expect.poll(() => seenOn(next)).toEqual(['OnOpenFailed AlreadyEndedSession']);
    expect(seen.answers.filter((a) => a.status >= 400)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await close();
  });
});
