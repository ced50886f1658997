// The demo as a new user meets it, in two real browsers (Debian's headless Chromium): a CSO on
// the agent console, a customer on the demo pages with the classic livechat.js - queue, accept,
// messages both ways, a file both ways, the chat floating to pages 2 and 3 with its transcript, a
// callback request, the end from page 3. Screenshots of the widget and the agent console at the
// key steps go to test-artifacts/screenshots/.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildClient } from '../../client/build.ts';
import { launchChromium } from '../../client/test/chromium.ts';
import { splitSessionCookie } from '../chat/session-secrets.ts';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from './harness.ts';

let server: TestServer;
let browser: Browser;
let dist: string;
let dataDir: string;
const screenshots = join(import.meta.dirname, '..', '..', 'test-artifacts', 'screenshots');
const shoot = (page: Page, name: string) => page.screenshot({ path: join(screenshots, `demo-${name}.png`) });

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'livechat-dist-'));
  dataDir = await mkdtemp(join(tmpdir(), 'livechat-demo-data-'));
  await buildClient(dist);
  server = await startTestServer({ LIVECHAT_CAPTCHA: true, LIVECHAT_DATA_DIR: dataDir }, undefined, dist);
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dist, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
  expect(server.violations).toEqual([]);
});

const messages = (page: Page, scope: string) => page.locator(`${scope} .msg`).allTextContents();

/** The captcha text the server keeps for the customer's browser session - what a person reads off the image. */
async function captchaOf(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'LIVECHAT_SESSION');
  const session = await server.store.getBrowserSession(splitSessionCookie(cookie?.value)?.id ?? '');
  const text = session?.captchas?.at(-1)?.text;
  if (text === undefined) throw new Error('no captcha issued');
  return text;
}

it('a customer and a CSO chat through the demo pages - captcha, a file both ways, the chat floating to pages 2 and 3, a callback, the end', async () => {
  const agent = await (await browser.newContext()).newPage();
  await agent.goto(`${server.baseUrl}/demo/agent.html`);
  await agent.getByLabel('Agent password').fill(TEST_AGENT_PASSWORD);
  await agent.getByRole('button', { name: 'Log in' }).click();
  await agent.getByLabel('Ready for chats').check();
  await agent.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.startsWith('logged in'));

  const customer = await (await browser.newContext()).newPage();
  await customer.goto(`${server.baseUrl}/demo/`);
  await customer.getByLabel('Your name').fill('Tan Mei Ling');
  // The deployment requires the captcha: a wrong text is refused and a new image comes.
  await customer.getByAltText('captcha').waitFor();
  await customer.waitForFunction(() => (document.querySelector('[data-captcha-image]') as HTMLImageElement | null)?.complete);
  const first = await captchaOf(customer);
  await customer.getByLabel('Type the characters you see').fill('WRONG');
  await customer.getByRole('button', { name: 'Start chat' }).click();
  await customer.getByText('Could not start: CaptchaDoesNotMatch').waitFor();
  // OnResetCaptcha: the widget loads a new image, which makes a new text.
  await expect.poll(() => captchaOf(customer), { timeout: 10_000 }).not.toBe(first);
  await customer.waitForFunction(() => {
    const image = document.querySelector('[data-captcha-image]') as HTMLImageElement | null;
    return image?.complete === true && image.src.includes('reset=true');
  });
  await customer.getByLabel('Type the characters you see').fill(await captchaOf(customer));
  await customer.getByRole('button', { name: 'Start chat' }).click();

  await agent.getByRole('button', { name: 'Accept' }).click();
  await customer.getByText('connected to Alice').waitFor();
  await shoot(agent, 'agent-1-accepted');

  await customer.getByLabel('Message').fill('My card was declined.');
  await customer.getByLabel('Message').press('Enter');
  await agent.locator('.chat .msg.c', { hasText: 'My card was declined.' }).waitFor();
  await agent.getByLabel('Reply').fill('Let me check that for you.');
  await agent.getByLabel('Reply').press('Enter');
  await customer.locator('.msg.a', { hasText: 'Let me check that for you.' }).waitFor();
  await shoot(customer, 'customer-1-chatting');

  // A file: uploaded by the customer, announced on the page as a download link and to the CSO.
  await customer
    .locator('[data-attach] input[type=file]')
    .setInputFiles({ name: 'statement.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%demo\n') });
  const link = customer.locator('a.msg', { hasText: 'statement.pdf' });
  await link.waitFor();
  await agent.locator('.chat .msg.c', { hasText: '📎 statement.pdf' }).waitFor();
  const downloaded = await customer.evaluate(
    async (href) => {
      const response = await fetch(href);
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    },
    (await link.getAttribute('href')) ?? '',
  );
  expect(downloaded).toEqual({ status: 200, type: 'application/pdf', text: '%PDF-1.4\n%demo\n' });

  // Floating chat: the next page opens the same chat with its transcript.
  await customer.getByRole('link', { name: 'page 2' }).click();
  await customer.waitForURL('**/page2.html');
  await customer.locator('.msg.a', { hasText: 'Let me check that for you.' }).waitFor();
  expect(await messages(customer, '.widget')).toEqual(['Alice joined', 'My card was declined.', 'Let me check that for you.']);

  // And on to page 3, where the customer asks for a callback and ends the chat.
  await customer.getByRole('link', { name: 'page 3' }).click();
  await customer.waitForURL('**/page3.html');
  await customer.locator('.msg.a', { hasText: 'Let me check that for you.' }).waitFor();
  await customer.getByLabel('Phone number for a callback').fill('+65 9123 4567');
  await customer.getByRole('button', { name: 'Call me back' }).click();
  await customer.getByText('We will call you back.').waitFor();
  await agent.getByText('☎ call back on +65 9123 4567').waitFor();
  await shoot(customer, 'customer-2-page3-callback');
  await shoot(agent, 'agent-2-callback');

  await customer.getByRole('button', { name: 'End chat' }).click();
  await customer.getByText('The chat has ended (client).').waitFor();
  await agent.getByText('The chat has ended (customer: customer closed the chat).').waitFor();
  await shoot(agent, 'agent-3-ended');
}, 60_000);
