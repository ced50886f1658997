// A customer on the demo widget in a real browser, connected to Alice, who answers through the
// agent API of `chatServer` - the start of the browser tests that go on from a live chat.
import type { Browser, Page } from 'playwright-core';
import { loginAgent } from './agent-client.ts';
import { TEST_AGENT_PASSWORD, until } from './harness.ts';

export async function connectedDemoCustomer(browser: Browser, pageUrl: string, chatServer: string) {
  const alice = await loginAgent(chatServer, 'agent-7', 'Alice');
  await alice.call('/ready', { ready: true });
  const customer = await (await browser.newContext()).newPage();
  await customer.goto(pageUrl);
  await customer.getByLabel('Your name').fill('Tan Mei Ling');
  await customer.getByRole('button', { name: 'Start chat' }).click();
  await until(() => alice.events.some((e) => e.event === 'ChatQueued'), 10_000);
  const sid = alice.events.find((e) => e.event === 'ChatQueued')?.sid ?? '';
  await alice.call(`/chats/${sid}/accept`);
  await customer.getByText('connected to Alice').waitFor();
  return { customer, alice, sid };
}

/** A customer on a demo page and Alice on the agent console, in two browser contexts, the chat accepted and connected. */
export async function demoChatWithConsole(browser: Browser, baseUrl: string, customerPage = 'index.html') {
  const agent = await (await browser.newContext()).newPage();
  await agent.goto(`${baseUrl}/demo/agent.html`);
  await agent.getByLabel('Agent password').fill(TEST_AGENT_PASSWORD);
  await agent.getByRole('button', { name: 'Log in' }).click();
  await agent.getByLabel('Ready for chats').check();
  await agent.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.startsWith('logged in'));
  const customer = await (await browser.newContext()).newPage();
  await customer.goto(`${baseUrl}/demo/${customerPage}`);
  await customer.getByLabel('Your name').fill('Tan Mei Ling');
  await customer.getByRole('button', { name: 'Start chat' }).click();
  await agent.getByRole('button', { name: 'Accept' }).click();
  await customer.getByText('connected to Alice').waitFor();
  return { agent, customer };
}

/** Whether the page has fetched a script whose URL contains `name` (the lazily loaded parts). */
export const hasLoaded = (page: Page, name: string) =>
  page.evaluate((part) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(part)), name);

/** Frames a video element has shown over `ms` - 0 when no frame arrives (getVideoPlaybackQuality). */
export const framesOver = (page: Page, selector: string, ms: number) =>
  page.evaluate(
    async ([css, wait]) => {
      const video = document.querySelector(css) as HTMLVideoElement | null;
      if (video === null) throw new Error(`no ${css}`);
      const before = video.getVideoPlaybackQuality().totalVideoFrames;
      await new Promise((resolve) => setTimeout(resolve, wait));
      return video.getVideoPlaybackQuality().totalVideoFrames - before;
    },
    [selector, ms] as const,
  );

/** Pixels drawn on a canvas (alpha > 0): annotations shown. */
export const inkOn = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const canvas = document.querySelector(css) as HTMLCanvasElement | null;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || canvas.width === 0) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) ink++;
    return ink;
  }, selector);
