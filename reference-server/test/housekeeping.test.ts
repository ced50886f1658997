// State stays bounded: housekeeping ends chats past their lifetime, forgets ended chats after the
// retention window and browser sessions that never chatted - and keeps everything still in use.
import { afterEach, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

let server: TestServer;
afterEach(async () => {
  await server.close();
  expect(server.violations).toEqual([]);
});

const hour = 3600_000;

it('ends chats past their lifetime, forgets what has served its time, keeps the rest', async () => {
  server = await startTestServer({ LIVECHAT_REQUIRE_STAFFED_AGENTS: false });
  const details = new SessionDetails();
  details.eCustDetails = { eCustName: 'Tan Mei Ling' };

  const ended = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage();
  const { sid: endedSid } = await ended.client.start(details);
  await ended.client.end('done');
  const live = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage();
  const ends: string[] = [];
  live.OnEnd = (initiator) => ends.push(initiator);
  const { sid: liveSid } = await live.client.start(details);
  const idle = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage();
  await idle.client.getAccessToken();

  // Within every window nothing goes.
  expect(await server.housekeeping.sweep(Date.now())).toEqual({ ended: 0, forgottenChats: 0, forgottenSessions: 0 });

  // Past the retention window and the idle time, but within the live chat's lifetime.
  const later = Date.now() + server.config.LIVECHAT_RETENTION_MS + server.config.LIVECHAT_IDLE_SESSION_MS + 1000;
  expect(await server.housekeeping.sweep(later)).toEqual({ ended: 0, forgottenChats: 1, forgottenSessions: 2 });
  expect(await server.store.getChat(endedSid)).toBeUndefined();
  expect((await server.store.getChat(liveSid))?.state).toBe('queued');
  await expect(idle.client.open()).rejects.toMatchObject({ code: 'NoSessionFound' });

  // Past the live chat's lifetime: it ends, and every page hears it.
  expect((await server.housekeeping.sweep(Date.now() + server.config.LIVECHAT_SESSION_LIFETIME_MS + hour)).ended).toBe(1);
  await until(() => ends.length === 1);
  expect(ends).toEqual(['server']);
  live.client.dispose();
});
