// The demo, unchanged, on one origin against a chat server on another (`?server=`), in a real
// browser (Debian's headless Chromium): the site includes livechat.js from the chat server, which
// allows the site's origin (LIVECHAT_ALLOWED_ORIGINS) - CORS with credentials for exactly it, and
// for no other origin.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildClient } from '../../client/build.ts';
import { launchChromium } from '../../client/test/chromium.ts';
import { connectedDemoCustomer } from './demo-customer.ts';
import { startTestServer, type TestServer } from './harness.ts';

let site: TestServer;
let chatServer: TestServer;
let browser: Browser;
let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'livechat-dist-'));
  await buildClient(dist);
  // The site: any web server with the demo pages (here a reference server's static files).
  site = await startTestServer({}, undefined, dist);
  // 127.0.0.1 on another port: another origin, the same site (the cookies are SameSite=Lax).
  chatServer = await startTestServer({ LIVECHAT_ALLOWED_ORIGINS: [site.baseUrl] }, undefined, dist);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await chatServer?.close();
  await rm(dist, { recursive: true, force: true });
  expect(chatServer.violations).toEqual([]);
});

it('runs the demo on one origin against the chat server another names, and floats to page 2 with it', async () => {
  const { customer, alice, sid } = await connectedDemoCustomer(
    browser,
    `${site.baseUrl}/demo/?server=${encodeURIComponent(chatServer.baseUrl)}`,
    chatServer.baseUrl,
  );
  await alice.call(`/chats/${sid}/messages`, { msg: 'Hello from the chat server.', clientMessageId: 'm_crossorigin1' });
  await customer.locator('.msg.a', { hasText: 'Hello from the chat server.' }).waitFor();
  // The chat lives on the chat server: the site's own server has none.
  expect(await site.store.activeChats()).toEqual([]);

  await customer.getByRole('link', { name: 'page 2' }).click();
  await customer.waitForURL('**/page2.html?server=*');
  await customer.locator('.msg.a', { hasText: 'Hello from the chat server.' }).waitFor();
  alice.close();
}, 60_000);

it('answers CORS for the allowed origin only, with credentials, never *', async () => {
  const preflight = (origin: string) =>
    fetch(`${chatServer.baseUrl}/tetherfi/livechat/chats`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,livechat-token,livechat-page',
      },
    });
  const allowed = await preflight(site.baseUrl);
  expect(allowed.headers.get('access-control-allow-origin')).toBe(site.baseUrl);
  expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
  expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('livechat-token');
  const agent = await fetch(`${chatServer.baseUrl}/tetherfi/agent/login`, {
    method: 'OPTIONS',
    headers: { origin: site.baseUrl, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  expect(agent.headers.get('access-control-allow-origin')).toBeNull();
  const other = await preflight('http://127.0.0.1:1');
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
  const token = await fetch(`${chatServer.baseUrl}/tetherfi/livechat/access-token`, {
    method: 'POST',
    headers: { origin: 'https://evil.example' },
  });
  expect(token.headers.get('access-control-allow-origin')).toBeNull();
});
