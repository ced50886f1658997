// A customer on the demo widget in a real browser, connected to Alice, who answers through the
// agent API of `chatServer` - the start of the browser tests that go on from a live chat.
import type { Browser } from 'playwright-core';
import { loginAgent } from './agent-client.ts';
import { until } from './harness.ts';

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
