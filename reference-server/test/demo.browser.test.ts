// The demo as a new user meets it, in two real browsers (Debian's headless Chromium): a CSO on
// the agent console, a customer on the demo pages with the classic livechat.js - queue, accept,
// messages both ways, the chat floating to a second page with its transcript, the end.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildClient } from '../../client/build.ts';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
let browser: Browser;
let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'livechat-dist-'));
  await buildClient(dist);
  server = await startTestServer({}, undefined, dist);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dist, { recursive: true, force: true });
  expect(server.violations).toEqual([]);
});

const messages = (page: Page, scope: string) => page.locator(`${scope} .msg`).allTextContents();

it('a customer and a CSO chat through the demo pages, and the chat floats to page 2', async () => {
  const agent = await (await browser.newContext()).newPage();
  await agent.goto(`${server.baseUrl}/demo/agent.html`);
  await agent.getByRole('button', { name: 'Log in' }).click();
  await agent.getByLabel('Ready for chats').check();
  await agent.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.startsWith('logged in'));

  const customer = await (await browser.newContext()).newPage();
  await customer.goto(`${server.baseUrl}/demo/`);
  await customer.getByLabel('Your name').fill('Tan Mei Ling');
  await customer.getByRole('button', { name: 'Start chat' }).click();

  await agent.getByRole('button', { name: 'Accept' }).click();
  await customer.getByText('connected to Alice').waitFor();

  await customer.getByLabel('Message').fill('My card was declined.');
  await customer.getByLabel('Message').press('Enter');
  await agent.locator('.chat .msg.c', { hasText: 'My card was declined.' }).waitFor();
  await agent.getByLabel('Reply').fill('Let me check that for you.');
  await agent.getByLabel('Reply').press('Enter');
  await customer.locator('.msg.a', { hasText: 'Let me check that for you.' }).waitFor();

  // Floating chat: the next page opens the same chat with its transcript.
  await customer.getByRole('link', { name: 'page 2' }).click();
  await customer.waitForURL('**/page2.html');
  await customer.locator('.msg.a', { hasText: 'Let me check that for you.' }).waitFor();
  expect(await messages(customer, '.widget')).toEqual(['Alice joined', 'My card was declined.', 'Let me check that for you.']);

  await agent.getByRole('button', { name: 'End chat' }).click();
  await customer.getByText('The chat has ended (server).').waitFor();
  await agent.getByText('The chat has ended (agent: resolved).').waitFor();
}, 60_000);
