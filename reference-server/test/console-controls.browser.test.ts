// The agent console's controls for what the document's events show on the customer's page, in
// real Chromium: the CSO typing (OnTypingStateChanged), an app message (OnAppMessageReceived), a
// callback booked for the customer (OnCallbackRequestStatus(false, true)), a conference and the
// CSO leaving it (OnConferenceUserLeft).
import { expect, it } from 'vitest';
import { loginAgent } from './agent-client.ts';
import { demoChatWithConsole } from './demo-customer.ts';
import { demoInBrowser } from './demo-in-browser.ts';
import { until } from './harness.ts';

const demo = demoInBrowser();

it('typing, an app message, a booked callback, a conference invitation and leaving it reach the widget', async () => {
  const { agent, customer } = await demoChatWithConsole(demo.browser, demo.server.baseUrl);
  const chat = agent.locator('.chat');

  await chat.getByLabel('Reply').pressSequentially('One moment');
  await customer.getByText('the agent is typing…').waitFor();
  await chat.getByRole('button', { name: 'Send', exact: true }).click();
  await customer.getByText('One moment').waitFor();
  await expect.poll(() => customer.locator('[data-typing]').textContent()).toBe('');

  await chat.getByLabel('App message', { exact: true }).fill('{"open":"address-change"}');
  await chat.getByRole('button', { name: 'Send app message' }).click();
  await customer.getByText('Alice sent the application: {"open":"address-change"}').waitFor();

  await chat.getByLabel('Callback number').fill('+65 9123 4567');
  await chat.getByRole('button', { name: 'Book callback' }).click();
  await customer.getByText('The agent booked a callback for you.').waitFor();

  const bob = await loginAgent(demo.server.baseUrl, 'agent-9', 'Bob');
  await chat.getByLabel('Invite to a conference').fill('agent-9');
  await chat.getByRole('button', { name: 'Invite' }).click();
  await until(() => bob.events.some((e) => e.event === 'ChatOffered'));
  const sid = bob.events.find((e) => e.event === 'ChatOffered')?.sid ?? '';
  expect((await bob.call(`/chats/${sid}/accept`)).status).toBe(200);
  await customer.getByText('Bob joined').waitFor();
  await chat.getByRole('button', { name: 'Leave conference' }).click();
  await customer.getByText('Alice: I have left the conference').waitFor();
  bob.close();
});
