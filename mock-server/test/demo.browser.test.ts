// The demo widget, unchanged, against the mock server in a real browser (Debian's headless
// Chromium): the happy path a frontend developer builds on - start, Alice connects, a message and
// her typed answer, the chat floating to page 2 with its transcript, the end. Screenshots of the
// widget at each step go to test-artifacts/screenshots/ (kept by CI as artifacts).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { mockInBrowser } from './harness.ts';

const screenshots = join(import.meta.dirname, '..', '..', 'test-artifacts', 'screenshots');
const fixture = mockInBrowser({ fakeMedia: false });
beforeAll(() => mkdir(screenshots, { recursive: true }));

const messages = (page: Page) => page.locator('.widget .msg').allTextContents();
const shoot = (page: Page, name: string) => page.locator('.widget').screenshot({ path: join(screenshots, `mock-${name}.png`) });

it('runs the demo widget unchanged against the mock: start, Alice, a message and her answer, page 2, the end', async () => {
  const customer = await (await fixture.browser.newContext()).newPage();
  await customer.goto(`${fixture.mock.baseUrl}/demo/`);
  await customer.getByLabel('Your name').fill('Tan Mei Ling');
  await shoot(customer, '1-start');
  await customer.getByRole('button', { name: 'Start chat' }).click();
  await customer.getByText('connected to Alice').waitFor({ timeout: 10_000 });

  await customer.getByLabel('Message').fill('My card was declined.');
  await customer.getByLabel('Message').press('Enter');
  await customer.getByText('the agent is typing…').waitFor();
  await customer.locator('.msg.a', { hasText: 'You said: My card was declined.' }).waitFor();
  await shoot(customer, '2-chatting');

  await customer.getByRole('link', { name: 'page 2' }).click();
  await customer.waitForURL('**/page2.html');
  await customer.locator('.msg.a', { hasText: 'You said: My card was declined.' }).waitFor();
  expect(await messages(customer)).toEqual(['Alice joined', 'My card was declined.', 'You said: My card was declined.']);

  await customer.getByRole('button', { name: 'End chat' }).click();
  await customer.getByText('The chat has ended (client).').waitFor();
  await shoot(customer, '3-ended');
}, 60_000);

it('plays a scenario chosen on the page URL: no agents staffed', async () => {
  const customer = await (await fixture.browser.newContext()).newPage();
  await customer.goto(`${fixture.mock.baseUrl}/demo/?mockScenario=no-agents`);
  await customer.getByLabel('Your name').fill('Tan Mei Ling');
  await customer.getByRole('button', { name: 'Start chat' }).click();
  await customer.getByText('The chat has ended (server).').waitFor({ timeout: 10_000 });
  await shoot(customer, 'no-agents');
}, 30_000);

it('shows every message in both tabs of one browser (OnEcho to every page taking part)', async () => {
  const context = await fixture.browser.newContext();
  const tab1 = await context.newPage();
  await tab1.goto(`${fixture.mock.baseUrl}/demo/`);
  await tab1.getByLabel('Your name').fill('Tan Mei Ling');
  await tab1.getByRole('button', { name: 'Start chat' }).click();
  await tab1.getByText('connected to Alice').waitFor({ timeout: 10_000 });
  // The second tab opens the chat (Open on load) and takes part in it from then on.
  const tab2 = await context.newPage();
  await tab2.goto(`${fixture.mock.baseUrl}/demo/page2.html`);
  await tab2.getByText('Alice joined').waitFor();
  await tab1.getByLabel('Message').fill('From the first tab.');
  await tab1.getByLabel('Message').press('Enter');
  await tab2.getByLabel('Message').fill('From the second tab.');
  await tab2.getByLabel('Message').press('Enter');
  for (const tab of [tab1, tab2]) {
    await tab.locator('.msg.a', { hasText: 'You said: From the second tab.' }).waitFor();
    const shown = await messages(tab);
    expect(shown.filter((m) => m === 'From the first tab.')).toHaveLength(1);
    expect(shown.filter((m) => m === 'From the second tab.')).toHaveLength(1);
  }
  await shoot(tab2, 'two-tabs');
  await context.close();
}, 40_000);
