// The agent console as `npm start` hands it over: its address carries the password made for the
// run in the fragment; the console fills it in, takes it out of the address bar, logs in, and
// logs out again (Debian's headless Chromium).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../client/test/chromium.ts';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ LIVECHAT_AGENT_SECRET: '' });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('logs in with the password of the printed address, keeps it out of the address bar, and logs out', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.baseUrl}/demo/agent.html#password=${server.generatedAgentPassword}`);
  expect(page.url()).toBe(`${server.baseUrl}/demo/agent.html`);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.startsWith('logged in'));
  expect((await server.store.getAgent('agent-1'))?.sessionHash).toBeDefined();
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('button', { name: 'Log in' }).waitFor();
  await expect.poll(async () => (await server.store.getAgent('agent-1'))?.sessionHash).toBeUndefined();
});

it('says why a wrong password is refused', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.baseUrl}/demo/agent.html`);
  await page.getByLabel('Agent password').fill('not the password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('/login: AccessTokenInvalid').waitFor();
});
