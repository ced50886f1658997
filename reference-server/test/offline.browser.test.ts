// The server gone for 12 s, in a real browser (Debian's headless Chromium) on the demo widget: the
// page reports the server offline after offlineAfterMs, then online once it is back; with its
// journal the chat goes on and nothing said meanwhile is lost; without it (the session ended
// meanwhile) the library ends the chat itself with OnEnd('lib', 'SessionLostWhileOffline').
// Screenshots of each step go to test-artifacts/screenshots/.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildClient } from '../../client/build.ts';
import { launchChromium } from '../../client/test/chromium.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { loginAgent } from './agent-client.ts';
import { connectedDemoCustomer } from './demo-customer.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

const screenshots = join(import.meta.dirname, '..', '..', 'test-artifacts', 'screenshots');
const retention = { events: 1000, ms: 300_000 };
const OUTAGE_MS = 12_000;
let browser: Browser;
let dist: string;
let dir: string;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'livechat-dist-'));
  dir = await mkdtemp(join(tmpdir(), 'livechat-offline-'));
  await buildClient(dist);
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await rm(dist, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
});

const shoot = (page: Page, name: string) => page.locator('.widget').screenshot({ path: join(screenshots, `offline-${name}.png`) });
const journaled = (name: string) => MemoryStore.open({ retention, journalPath: join(dir, `${name}.jsonl`) });

/** A customer on the demo of `server`, connected to Alice. */
const connectedCustomer = (server: TestServer) => connectedDemoCustomer(browser, `${server.baseUrl}/demo/`, server.baseUrl);

it('reports the server offline, then online, and the chat goes on with nothing lost', async () => {
  const first = await startTestServer({}, await journaled('kept'), dist);
  const port = Number(new URL(first.baseUrl).port);
  const { customer, alice, sid } = await connectedCustomer(first);
  alice.close();
  await first.close();
  await customer.getByText('reconnecting…').waitFor({ timeout: 15_000 });
  await shoot(customer, '1-offline');
  await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS - 9_000));

  const second = await startTestServer({ PORT: port }, await journaled('kept'), dist);
  try {
    await customer.getByText('online').waitFor({ timeout: 20_000 });
    const aliceAgain = await loginAgent(second.baseUrl, 'agent-7', 'Alice');
    expect((await aliceAgain.call(`/chats/${sid}/messages`, { msg: 'Back again.', clientMessageId: 'm_backagain001' })).status).toBe(201);
    await customer.locator('.msg.a', { hasText: 'Back again.' }).waitFor();
    await customer.getByLabel('Message').fill('Good.');
    await customer.getByLabel('Message').press('Enter');
    await until(() => aliceAgain.events.some((e) => e.event === 'CustomerMessage' || JSON.stringify(e).includes('Good.')), 10_000);
    await shoot(customer, '2-online');
    aliceAgain.close();
  } finally {
    await second.close();
  }
  expect(second.violations).toEqual([]);
}, 90_000);

it("ends the chat with OnEnd('lib', 'SessionLostWhileOffline') when the server comes back without it", async () => {
  const first = await startTestServer({}, await journaled('lost'), dist);
  const port = Number(new URL(first.baseUrl).port);
  const { customer, alice } = await connectedCustomer(first);
  alice.close();
  await first.close();
  await customer.getByText('reconnecting…').waitFor({ timeout: 15_000 });
  await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS - 9_000));
  // Back without its journal: the browser session and the chat ended meanwhile, as far as the page can tell.
  const second = await startTestServer({ PORT: port }, undefined, dist);
  try {
    await customer.getByText('The chat has ended (lib: SessionLostWhileOffline).').waitFor({ timeout: 20_000 });
    await shoot(customer, '3-session-lost');
  } finally {
    await second.close();
  }
}, 90_000);
