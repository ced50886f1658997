// Co-browsing between the demo's card application page (classic livechat.js, its co-browse part
// loaded on first use) and the agent console, in real Chromium on 127.0.0.1: the page's stream
// plays on the console, a text field, a checkbox and a dropdown changed on either side change on
// the other, the pointer and annotations reach the other side, and EndCobr from either side ends
// it on both.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { demoChatWithConsole, framesOver, hasLoaded, inkOn } from './demo-customer.ts';
import { demoInBrowser } from './demo-in-browser.ts';

const demo = demoInBrowser({ fakeMedia: false });
const screenshots = join(import.meta.dirname, '..', '..', 'test-artifacts', 'screenshots');
beforeAll(() => mkdir(screenshots, { recursive: true }));
const shoot = (page: Page, name: string) => page.screenshot({ path: join(screenshots, `cobrowse-${name}.png`) });

/** Drags the mouse across a box, as a person draws a stroke. */
async function stroke(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} is not shown`);
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + box.width * (0.2 + step * 0.05), box.y + box.height * 0.4);
  await page.mouse.up();
}

it('co-browsing the card application: the page on the console, three controls both ways, pointer, annotations, ended by the customer, then by the agent', async () => {
  const { agent, customer } = await demoChatWithConsole(demo.browser, demo.server.baseUrl, 'apply.html');
  expect(await hasLoaded(customer, 'tetherfi-cobrowse.min.js')).toBe(false);

  await customer.getByRole('button', { name: 'Share this page' }).click();
  await agent.locator('[data-cobr-status]', { hasText: 'connected' }).waitFor();
  await customer.getByText('sharing this page with the agent').waitFor();
  expect(await hasLoaded(customer, 'tetherfi-cobrowse.min.js')).toBe(true);
  // The page's stream (OnAcquireCustomCanvasStream) plays on the console.
  await agent.waitForFunction(() => ((document.querySelector('[data-cobr-view]') as HTMLVideoElement | null)?.videoWidth ?? 0) > 0);
  expect(await framesOver(agent, '[data-cobr-view]', 1500)).toBeGreaterThan(1);

  // Customer -> agent: a text field, a checkbox, a dropdown.
  const mirrored = (id: string) => agent.locator(`[data-cobr-control="${id}"]`);
  await customer.getByLabel('Full name').fill('Tan Mei Ling');
  await customer.getByLabel('I accept the terms').check();
  await customer.getByLabel('Card').selectOption('gold');
  await expect.poll(() => mirrored('textbox1').inputValue(), { timeout: 10_000 }).toBe('Tan Mei Ling');
  await expect.poll(() => mirrored('checkbox1').isChecked(), { timeout: 10_000 }).toBe(true);
  await expect.poll(() => mirrored('dropdown1').inputValue(), { timeout: 10_000 }).toBe('gold');

  // A value longer than the contract allows is sent cut to its limit (4096), not refused.
  // (Set by script: the page's own maxlength would stop a person at 80.)
  await customer.getByLabel('Full name').evaluate((input: HTMLInputElement) => {
    input.value = 'x'.repeat(5000);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect.poll(async () => (await mirrored('textbox1').inputValue()).length, { timeout: 10_000 }).toBe(4096);

  // Agent -> customer: the same three, changed back.
  await mirrored('textbox1').fill('Tan Mei-Ling');
  await mirrored('checkbox1').uncheck();
  await mirrored('dropdown1').fill('platinum');
  await expect.poll(() => customer.getByLabel('Full name').inputValue(), { timeout: 10_000 }).toBe('Tan Mei-Ling');
  await expect.poll(() => customer.getByLabel('I accept the terms').isChecked(), { timeout: 10_000 }).toBe(false);
  await expect.poll(() => customer.getByLabel('Card').inputValue(), { timeout: 10_000 }).toBe('platinum');

  // The customer's pointer is shown on the console where it is on the page.
  const viewport = customer.viewportSize() ?? { width: 1280, height: 720 };
  await customer.mouse.move(viewport.width * 0.25, viewport.height * 0.5);
  await customer.mouse.move(viewport.width * 0.3, viewport.height * 0.5);
  await agent.waitForFunction(() => {
    const pointer = document.querySelector('[data-cobr-pointer]') as HTMLElement | null;
    return pointer !== null && !pointer.hidden && Math.abs(Number.parseFloat(pointer.style.left) - 30) < 1;
  });

  // Annotations both ways: the agent's stroke shows on the page, the customer's on the console.
  await stroke(agent, '[data-cobr-annotations]');
  await expect.poll(() => inkOn(customer, '.livechat-annotations'), { timeout: 10_000 }).toBeGreaterThan(50);
  await customer.getByRole('button', { name: 'Clear' }).click();
  expect(await inkOn(customer, '.livechat-annotations')).toBe(0);
  await expect.poll(() => inkOn(agent, '[data-cobr-annotations]'), { timeout: 10_000 }).toBe(0);
  await customer.getByRole('button', { name: 'Pen' }).click();
  await stroke(customer, '.livechat-annotations');
  await expect.poll(() => inkOn(agent, '[data-cobr-annotations]'), { timeout: 10_000 }).toBeGreaterThan(50);
  await shoot(customer, 'customer-1-sharing');
  await shoot(agent, 'agent-1-viewing');
  // The pen off again: the page is the customer's to use.
  await customer.getByRole('button', { name: 'Pen' }).click();

  // EndCobr(true, true): ended on both sides; the toolbar and overlay leave the page.
  await customer.getByRole('button', { name: 'Stop sharing' }).click();
  await customer.getByText('sharing has ended').waitFor();
  await agent.locator('[data-cobr-status]', { hasText: 'ended (customer)' }).waitFor();
  expect(await customer.locator('.livechat-annotation-bar').count()).toBe(0);
  // No longer in sync: the page sends no control value at all.
  const sent: string[] = [];
  customer.on('request', (request) => {
    if (request.url().includes('/cobrowse/')) sent.push(request.url());
  });
  await customer.getByLabel('Full name').fill('after the end');
  await customer.getByLabel('I accept the terms').check();
  await customer.waitForTimeout(300);
  expect(sent).toEqual([]);

  // EndCobr(true, false): this page disconnects without telling the CSO; the next StartCobr ends
  // that session on the server first, so it is not refused.
  await customer.getByRole('button', { name: 'Share this page' }).click();
  await agent.locator('[data-cobr-status]', { hasText: 'connected' }).waitFor();
  await customer.evaluate(() =>
    (window as unknown as { livechat: { EndCobr(t: boolean, s: boolean): void } }).livechat.EndCobr(true, false),
  );
  await customer.getByText('sharing has ended').waitFor();
  await customer.getByRole('button', { name: 'Share this page' }).click();
  // OnConnected: the console answered the new session (its stream plays there again).
  await customer.getByText('sharing this page with the agent').waitFor();
  await expect.poll(() => framesOver(agent, '[data-cobr-view]', 1000), { timeout: 10_000 }).toBeGreaterThan(1);
  await customer.getByRole('button', { name: 'Stop sharing' }).click();
  await agent.locator('[data-cobr-status]', { hasText: 'ended (customer)' }).waitFor();

  // Again, ended by the agent this time.
  await customer.getByRole('button', { name: 'Share this page' }).click();
  await agent.locator('[data-cobr-status]', { hasText: 'connected' }).waitFor();
  await agent.locator('[data-cobr-end]').click();
  await customer.getByText('sharing has ended').waitFor();
  await agent.locator('[data-cobr-status]', { hasText: 'ended (agent)' }).waitFor();
  expect(await customer.getByRole('button', { name: 'Share this page' }).isVisible()).toBe(true);
}, 90_000);
