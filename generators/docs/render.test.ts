// npm run docs in a real browser: each page renders the contract offline - no request leaves
// file:, no error - and the output is byte for byte the same on every run.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocs } from './render.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A page and a text it must show once the viewer has rendered the document. */
const pages = [
  { file: 'openapi.html', text: 'Start - start a chat' },
  { file: 'asyncapi.html', text: 'OnEcho' },
  { file: 'agent-openapi.html', text: 'AgentLogin - log a CSO in' },
  { file: 'agent-asyncapi.html', text: 'ChatQueued' },
  { file: 'index.html', text: 'livechat-kit API documentation' },
];

let outDir: string;
let browser: Browser;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'livechat-docs-'));
  await renderDocs(outDir);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await rm(outDir, { recursive: true, force: true });
});

describe('npm run docs', () => {
  it('writes the same bytes on every run', async () => {
    const again = await mkdtemp(join(tmpdir(), 'livechat-docs-'));
    try {
      const files = await renderDocs(again);
      expect(files.map((f) => f.file).sort()).toEqual(pages.map((p) => p.file).sort());
      for (const { file } of files) {
        expect((await readFile(join(again, file))).equals(await readFile(join(outDir, file))), file).toBe(true);
      }
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  }, 120_000);

  it.each(pages)(
    '$file renders offline and shows "$text"',
    async ({ file, text }) => {
      const page = await browser.newPage({ viewport: { width: 1800, height: 1000 } });
      const problems: string[] = [];
      page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => !/^(file|data|blob|about):/.test(request.url()) && problems.push(`request: ${request.url()}`));
      try {
        await page.goto(`file://${join(outDir, file)}`, { waitUntil: 'load' });
        await page.getByText(text, { exact: false }).first().waitFor({ state: 'attached', timeout: 30_000 });
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
    60_000,
  );
});
