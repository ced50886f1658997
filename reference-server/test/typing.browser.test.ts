// Typing state as the reference document words it - "0-Typing started, 1-Typing stopped" - both
// ways, in real Chromium: a page's NotifyTypingStateChange shows on the agent console, and the
// widget shows the CSO typing only while the last state it got was 0.
import { expect, it } from 'vitest';
import { demoChatWithConsole } from './demo-customer.ts';
import { demoInBrowser } from './demo-in-browser.ts';

const demo = demoInBrowser();

it('NotifyTypingStateChange(0) shows the customer typing on the agent console, (1) clears it', async () => {
  const { agent, customer } = await demoChatWithConsole(demo.browser, demo.server.baseUrl);
  const typing = agent.locator('.chat [data-typing]');
  await customer.evaluate(() => livechat.NotifyTypingStateChange(0));
  await expect.poll(() => typing.textContent()).toBe('the customer is typing…');
  await customer.evaluate(() => livechat.NotifyTypingStateChange(1));
  await expect.poll(() => typing.textContent()).toBe('');
});

it('the widget shows OnTypingStateChanged(0) as the CSO typing and (1) as stopped', async () => {
  const { customer } = await demoChatWithConsole(demo.browser, demo.server.baseUrl);
  const shown = customer.locator('[data-typing]');
  await customer.evaluate(() => livechat.OnTypingStateChanged(0));
  await expect.poll(() => shown.textContent()).toBe('the agent is typing…');
  await customer.evaluate(() => livechat.OnTypingStateChanged(1));
  await expect.poll(() => shown.textContent()).toBe('');
});

declare const livechat: { NotifyTypingStateChange(state: 0 | 1): void; OnTypingStateChanged(state: 0 | 1): void };
