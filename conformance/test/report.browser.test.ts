// The HTML report in real headless Chromium (Debian's), opened from a file as a reader would open
// it, offline: it shows a failing case's frames, loads nothing, runs nothing a deployment put in
// its answers, and shows no secret - for a hand-made run full of them and for a real run against
// a reference server broken on purpose. The JUnit XML of the same run parses as XML.
// biome-ignore-all lint/performance/useDomNodeTextContent: innerText is what a reader sees, which is the point
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchChromium } from '../../client/test/chromium.ts';
import { Faults } from '../../reference-server/faults.ts';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from '../../reference-server/test/harness.ts';
import { createAgentDriver } from '../agent-driver/http-driver.ts';
import { writeReports } from '../cli.ts';
import { runSuite } from '../suite/runner.ts';
import { fakeRun, injection, secrets } from './fake-run.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'livechat-report-html-'));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Opens a report file with the network cut off; answers the page and every request it made. */
async function open(file: string): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  return { page, requests };
}

const text = (page: Page) => page.evaluate(() => document.body.innerText);

describe('a hand-made run full of secrets and markup', () => {
  let page: Page;
  let requests: string[];
  beforeAll(async () => {
    await writeReports(join(dir, 'fake'), fakeRun());
    ({ page, requests } = await open(join(dir, 'fake', 'report.html')));
  });

  it('shows the failing case open, with its checks, breaches and every recorded frame', async () => {
    const failing = page.locator('details.case.fail', { hasText: 'operation:sendMessage' });
    expect(await failing.getAttribute('open')).not.toBeNull();
    await expect.poll(() => failing.locator('li.frame').count()).toBe(5);
    const shown = await failing.innerText();
    expect(shown).toContain('NOT MET the message is echoed once, as sent');
    expect(shown).toContain("event:OnEcho: must have required property 'sid'");
    expect(shown).toMatch(/POST \/tetherfi\/livechat\/chats\/<sid:[0-9a-f]{8}>\/messages → 202/);
    expect(shown).toContain('GET /tetherfi/livechat/events?after=3 → 200');
    expect(shown).toContain('stream events (2)');
    expect(shown).toContain('"event": "OnMessageReceived"');
    expect(shown).toContain('"eCustName": "Conformance Customer"');
    expect(await page.locator('section#profile-core h2').innerText()).toMatch(/core\s+FAILED/i);
    expect(await page.locator('header').innerText()).toMatch(/Spec\s+version 2\.19\.09\.13/);
  });

  it('shows the markup of the answers as text, and runs none of it', async () => {
    const shown = await text(page);
    expect(shown).toContain(injection.script);
    expect(shown).toContain('"note": "</pre></li></ol></details><h1 id=\\"injected\\">owned</h1>"');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#injected').count()).toBe(0);
    expect(await page.locator('script, img, iframe').count()).toBe(0);
    expect(requests).toEqual([pathToFileURL(join(dir, 'fake', 'report.html')).href]);
  });

  it('shows no secret', async () => {
    const source = await page.content();
    const shown = await text(page);
    for (const [name, secret] of Object.entries(secrets)) {
      expect(shown, name).not.toContain(secret);
      expect(source, name).not.toContain(secret);
    }
    expect(shown).toContain('"token": "<redacted>"');
  });

  it('writes JUnit XML that parses, one testsuite per profile', async () => {
    const xml = await readFile(join(dir, 'fake', 'report.xml'), 'utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        suites: [...doc.querySelectorAll('testsuite')].map((s) => `${s.getAttribute('name')}:${s.querySelectorAll('testcase').length}`),
        failure: doc.querySelector('testcase[name="operation:sendMessage"] > failure')?.getAttribute('message') ?? null,
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.suites).toEqual(['core:4', 'floating-chat:1', 'resilience:1']);
    expect(parsed.failure).toBe(`the message is echoed once, as sent ${injection.script}`);
  });
});

describe('a real run against a reference server broken on purpose', () => {
  let server: TestServer;
  /** Every token, cookie and session id that crossed the wire during the run. */
  const seen = new Set<string>();

  beforeAll(async () => {
    server = await startTestServer({}, undefined, undefined, new Faults(['missing-sid']));
    const baseUrl = server.baseUrl;
    const network: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      for (const name of ['cookie', 'livechat-token', 'livechat-agent-token']) {
        for (const part of (request.headers.get(name) ?? '').split(/;\s*/)) seen.add(part.split('=').pop() ?? '');
      }
      const response = await fetch(input, init);
      for (const cookie of response.headers.getSetCookie()) seen.add(cookie.split(';')[0]?.split('=')[1] ?? '');
      if ((response.headers.get('content-type') ?? '').includes('json')) {
        const body = (await response.clone().json()) as { token?: unknown };
        if (typeof body?.token === 'string') seen.add(body.token);
      }
      return response;
    };
    const run = await runSuite({
      baseUrl,
      filter: /^operation:sendMessage$/,
      network,
      driver: (fetch) => createAgentDriver({ baseUrl, fetch, credential: TEST_AGENT_PASSWORD }),
    });
    expect(run.results.map((r) => r.grade)).toEqual(['fail']);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await writeReports(join(dir, 'real'), run);
    } finally {
      log.mockRestore();
    }
    for (const secret of [...seen]) if (secret.length < 8) seen.delete(secret);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  it('shows the failing case’s frames and the breach that failed it, and no secret of the run', async () => {
    expect(seen.size).toBeGreaterThanOrEqual(3);
    const { page } = await open(join(dir, 'real', 'report.html'));
    const failing = page.locator('details.case.fail', { hasText: 'operation:sendMessage' });
    const shown = await failing.innerText();
    expect(shown).toMatch(/required property 'sid'/);
    expect(shown).toMatch(/POST \/tetherfi\/livechat\/access-token → 200/);
    expect(shown).toMatch(/POST \/tetherfi\/livechat\/chats\/[^/\s]+\/messages → 20\d/);
    expect(shown).toContain('"event": "OnEcho"');
    const source = await page.content();
    for (const secret of seen) expect(source).not.toContain(secret);
    for (const file of ['report.json', 'report.xml']) {
      const written = await readFile(join(dir, 'real', file), 'utf8');
      for (const secret of seen) expect(written, file).not.toContain(secret);
    }
  });
});
