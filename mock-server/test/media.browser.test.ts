// Audio/video and co-browsing on the mock, with the demo widget unchanged, in real Chromium with
// fake camera and microphone: the mock's CSO answers a call over WebRTC and sends the media back
// (the remote video plays), declines it in scenario call-declined, and answers co-browsing - the
// page's stream taken, then a text box filled in and a stroke drawn from the CSO's side.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { framesOver, inkOn } from '../../reference-server/test/demo-customer.ts';
import { mockInBrowser } from './harness.ts';

const fixture = mockInBrowser({ fakeMedia: true });

/** A customer on a demo page of the mock, connected to the scripted Alice. */
async function connected(path: string): Promise<Page> {
  const customer = await (await fixture.browser.newContext()).newPage();
  await customer.goto(`${fixture.mock.baseUrl}/demo/${path}`);
  await customer.getByLabel('Your name').fill('Tan Mei Ling');
  await customer.getByRole('button', { name: 'Start chat' }).click();
  await customer.getByText('connected to Alice').waitFor({ timeout: 10_000 });
  return customer;
}

it('a video call on the mock: its CSO answers over WebRTC and sends the media back; hang up', async () => {
  const customer = await connected('index.html');
  await customer.getByRole('button', { name: 'Video call' }).click();
  await customer.locator('[data-av-status]', { hasText: 'in a video call' }).waitFor({ timeout: 15_000 });
  await customer.waitForFunction(() => ((document.querySelector('[data-av-remote]') as HTMLVideoElement).videoWidth ?? 0) > 0);
  expect(await framesOver(customer, '[data-av-remote]', 1500)).toBeGreaterThan(2);
  await customer.getByRole('button', { name: 'Hang up' }).click();
  await customer.locator('[data-av-status]', { hasText: 'the call has ended' }).waitFor();
  // The mock keeps the call's state: a second call starts as the first did.
  await customer.getByRole('button', { name: 'Video call' }).click();
  await customer.locator('[data-av-status]', { hasText: 'in a video call' }).waitFor({ timeout: 15_000 });
  await customer.getByRole('button', { name: 'Hang up' }).click();
}, 60_000);

it('scenario call-declined: the CSO declines, the widget hears OnDisconnected', async () => {
  const customer = await connected('index.html?mockScenario=call-declined');
  await customer.getByRole('button', { name: 'Video call' }).click();
  await customer.locator('[data-av-status]', { hasText: 'the call has ended' }).waitFor({ timeout: 10_000 });
  expect(await customer.getByRole('button', { name: 'Video call' }).isVisible()).toBe(true);
}, 60_000);

it('co-browsing on the mock: the stream is taken, the CSO fills in a text box and draws; stop sharing', async () => {
  const customer = await connected('apply.html');
  await customer.getByRole('button', { name: 'Share this page' }).click();
  await customer.getByText('sharing this page with the agent').waitFor({ timeout: 15_000 });
  await expect.poll(() => customer.getByLabel('Full name').inputValue(), { timeout: 10_000 }).toBe('Filled in by Alice');
  await customer.locator('.livechat-annotations').waitFor();
  await expect.poll(() => inkOn(customer, '.livechat-annotations'), { timeout: 10_000 }).toBeGreaterThan(50);
  await customer.getByRole('button', { name: 'Stop sharing' }).click();
  await customer.getByText('sharing has ended').waitFor();
}, 60_000);
