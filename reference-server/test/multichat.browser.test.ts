// Multi-chat in a real browser (Debian's headless Chromium): one tab with the document's
// `livechat.js?multichat=true` starts two chats, two CSOs (Alice, Bob) each accept one, and every
// event reaches the page with the Sid of its own chat - no message crosses to the other chat.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildClient } from '../../client/build.ts';
import { launchChromium } from '../../client/test/chromium.ts';
import { loginAgent } from './agent-client.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

let server: TestServer;
let browser: Browser;
let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'livechat-dist-'));
  await buildClient(dist);
  server = await startTestServer({}, undefined, dist);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dist, { recursive: true, force: true });
  expect(server.violations).toEqual([]);
});

type Seen = { event: string; args: unknown[] };

it('holds two chats with two CSOs in one tab, each event with its own Sid', async () => {
  const [alice, bob] = [await loginAgent(server.baseUrl, 'agent-7', 'Alice'), await loginAgent(server.baseUrl, 'agent-9', 'Bob')];
  await alice.call('/ready', { ready: true });
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.baseUrl}/demo/widget.css`);
  await page.addScriptTag({ url: '/tetherfi/livechat/livechat.js?multichat=true' });
  await page.evaluate(() => {
    const w = window as unknown as {
      seen: Seen[];
      multilivechat: Record<string, unknown>;
      SessionDetails: new () => Record<string, unknown>;
    };
    w.seen = [];
    for (const event of ['OnStartSuccess', 'OnCallQueued', 'OnRemoteUserConnected', 'OnMessageReceived', 'OnEcho', 'OnEnd'])
      w.multilivechat[event] = (...args: unknown[]) => w.seen.push({ event, args });
    for (const [name, clientId] of [
      ['Tan Mei Ling', 'card-1'],
      ['Tan Mei Ling', 'loan-1'],
    ]) {
      const details = new w.SessionDetails();
      details.eCustDetails = { eCustName: name };
      (w.multilivechat.Start as (d: unknown, v: undefined, c: string) => void)(details, undefined, clientId as string);
    }
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: Seen[] }).seen);
  await expect.poll(async () => (await seen()).filter((s) => s.event === 'OnStartSuccess').length, { timeout: 10_000 }).toBe(2);
  const sidOf = async (clientId: string) =>
    (await seen()).find((s) => s.event === 'OnStartSuccess' && s.args[0] === clientId)?.args[1] as string;
  const [card, loan] = [await sidOf('card-1'), await sidOf('loan-1')];
  expect(card).not.toBe(loan);

  // Alice takes the card chat, Bob the loan chat.
  await until(() => alice.events.filter((e) => e.event === 'ChatQueued').length >= 2);
  expect((await alice.call(`/chats/${card}/accept`)).status).toBe(200);
  await bob.call('/ready', { ready: true });
  await until(() => bob.events.some((e) => e.event === 'ChatQueued' && e.sid === loan));
  expect((await bob.call(`/chats/${loan}/accept`)).status).toBe(200);
  await alice.call(`/chats/${card}/messages`, { msg: 'Alice on your card.', clientMessageId: 'm_alice_card01' });
  await bob.call(`/chats/${loan}/messages`, { msg: 'Bob on your loan.', clientMessageId: 'm_bob_loan0001' });
  await page.evaluate(
    (sid) =>
      (window as unknown as { multilivechat: { SendMessage(m: string, s: string): void } }).multilivechat.SendMessage(
        'About the loan',
        sid,
      ),
    loan,
  );
  await expect
    .poll(async () => (await seen()).filter((s) => s.event === 'OnMessageReceived' || s.event === 'OnEcho').length, { timeout: 10_000 })
    .toBe(3);

  const of = async (event: string) => (await seen()).filter((s) => s.event === event).map((s) => s.args);
  expect((await of('OnRemoteUserConnected')).map((a) => [a[0], a[2]])).toEqual([
    ['Alice', card],
    ['Bob', loan],
  ]);
  expect((await of('OnMessageReceived')).sort()).toEqual(
    [
      ['Alice on your card.', card],
      ['Bob on your loan.', loan],
    ].sort(),
  );
  expect(await of('OnEcho')).toEqual([['About the loan', loan]]);
  await until(() => bob.events.some((e) => e.event === 'CustomerMessage' && e.sid === loan));
  expect(alice.events.some((e) => e.event === 'CustomerMessage')).toBe(false);
  alice.close();
  bob.close();
}, 60_000);
