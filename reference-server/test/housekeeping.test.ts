// State stays bounded: housekeeping ends chats past their lifetime, forgets ended chats after the
// retention window, browser sessions that never chatted, and agents whose session ended - and
// keeps everything still in use.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { loginAgent } from './agent-client.ts';
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
  expect(await server.housekeeping.sweep(Date.now())).toEqual({ ended: 0, forgottenChats: 0, forgottenSessions: 0, forgottenAgents: 0 });

  // Past the retention window and the idle time, but within the live chat's lifetime.
  const later = Date.now() + server.config.LIVECHAT_RETENTION_MS + server.config.LIVECHAT_IDLE_SESSION_MS + 1000;
  expect(await server.housekeeping.sweep(later)).toEqual({ ended: 0, forgottenChats: 1, forgottenSessions: 2, forgottenAgents: 0 });
  expect(await server.store.getChat(endedSid)).toBeUndefined();
  expect((await server.store.getChat(liveSid))?.state).toBe('queued');
  await expect(idle.client.open()).rejects.toMatchObject({ code: 'NoSessionFound' });

  // Past the live chat's lifetime: it ends, and every page hears it.
  expect((await server.housekeeping.sweep(Date.now() + server.config.LIVECHAT_SESSION_LIFETIME_MS + hour)).ended).toBe(1);
  await until(() => ends.length === 1);
  expect(ends).toEqual(['server']);
  live.client.dispose();
});

it('forgets agents a retention window after their session ended - logged out or expired - unless a chat still names them', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'livechat-housekeeping-'));
  try {
    const journalPath = join(dir, 'journal.jsonl');
    const retention = { events: 100, ms: 60_000 };
    server = await startTestServer(
      { LIVECHAT_REQUIRE_STAFFED_AGENTS: false, LIVECHAT_AGENT_SESSION_MS: 60_000 },
      await MemoryStore.open({ retention, journalPath }),
    );
    const { config } = server;
    const loggedOut = await loginAgent(server.baseUrl, 'agent-out', 'Olive');
    const live = await loginAgent(server.baseUrl, 'agent-live', 'Lena');
    const busy = await loginAgent(server.baseUrl, 'agent-busy', 'Bea');
    for (const agent of [loggedOut, live, busy]) agent.close();

    // Bea takes a chat, then logs out with it still going: the chat names her.
    expect((await busy.call('/ready', { ready: true })).status).toBe(204);
    const details = new SessionDetails();
    details.eCustDetails = { eCustName: 'Tan Mei Ling' };
    const customer = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage();
    const { sid } = await customer.client.start(details);
    expect((await busy.call(`/chats/${sid}/accept`)).status).toBe(200);
    expect((await busy.call('/logout')).status).toBe(204);
    expect((await loggedOut.call('/logout')).status).toBe(204);

    // Within the window nothing goes, not even an agent logged out.
    expect((await server.housekeeping.sweep(Date.now() + config.LIVECHAT_RETENTION_MS - 1000)).forgottenAgents).toBe(0);

    // Past the logout's window: Olive goes; Lena's session lives on, Bea's chat names her.
    const later = Date.now() + config.LIVECHAT_RETENTION_MS + 1000;
    expect((await server.housekeeping.sweep(later)).forgottenAgents).toBe(1);
    expect(await server.store.getAgent('agent-out')).toBeUndefined();
    expect((await server.store.readEvents('agent:agent-out', 0, 10)).latestSeq).toBe(0);

    // Past the window after her session expired, Lena goes too; Bea stays while her chat goes on.
    const afterExpiry = Date.now() + config.LIVECHAT_AGENT_SESSION_MS + config.LIVECHAT_RETENTION_MS + 1000;
    expect((await server.housekeeping.sweep(afterExpiry)).forgottenAgents).toBe(1);
    expect((await server.store.agents()).map((a) => a.agentId)).toEqual(['agent-busy']);

    // Once her chat has ended, Bea goes as well.
    await customer.client.end('done');
    expect((await server.housekeeping.sweep(afterExpiry)).forgottenAgents).toBe(1);
    expect(await server.store.agents()).toEqual([]);
    customer.client.dispose();

    // The journal, replayed, knows none of them; an agent logs in again afresh.
    await server.close();
    const reopened = await MemoryStore.open({ retention, journalPath });
    expect(await reopened.agents()).toEqual([]);
    await reopened.close();
    // Compacted: no agent record and no agent's log is left (the customer's log still tells who answered).
    expect(await readFile(journalPath, 'utf8')).not.toMatch(/"t":"agent|"key":"agent:/);
    server = await startTestServer({}, await MemoryStore.open({ retention, journalPath }));
    const again = await loginAgent(server.baseUrl, 'agent-out', 'Olive');
    again.close();
    expect((await again.call('/ready', { ready: true })).status).toBe(204);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
