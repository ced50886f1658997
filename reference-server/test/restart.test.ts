// A restart loses nothing the server accepted: the journal brings back the browser session, the
// chat with its CSO and transcript, and the event log, so the page resumes where it was - no
// event lost or repeated - and the agent logs in to the same session.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { loginAgent } from './agent-client.ts';
import { startTestServer, until } from './harness.ts';

const dir = await mkdtemp(join(tmpdir(), 'livechat-restart-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
const retention = { events: 1000, ms: 300_000 };
const journaled = () => MemoryStore.open({ retention, journalPath: join(dir, 'journal.jsonl') });

it('brings every accepted message back after a restart, and the page goes on from where it was', async () => {
  const first = await startTestServer({}, await journaled());
  const alice = await loginAgent(first.baseUrl, 'agent-7', 'Alice');
  await alice.call('/ready', { ready: true });
  const browser = new SimulatedBrowser({ baseUrl: first.baseUrl });
  const page = browser.newPage();
  const details = new SessionDetails();
  details.eCustDetails = { eCustName: 'Tan Mei Ling' };
  const { sid } = await page.client.start(details);
  await until(() => alice.events.some((e) => e.event === 'ChatQueued'));
  await alice.call(`/chats/${sid}/accept`);
  const accepted = await page.client.sendMessage('Accepted before the restart');
  page.client.dispose();
  alice.close();
  await first.close();
  expect(first.violations).toEqual([]);

  const second = await startTestServer({}, await journaled());
  try {
    // The same browser (cookies are per host, not port): its session, token and chat are all still there.
    const next = browser.newPage({ baseUrl: second.baseUrl });
    const sessions = await next.client.open();
    expect(sessions[0]?.sid).toBe(sid);
    expect(sessions[0]?.trans.filter((e) => e.type === 'msg').map((e) => decodeURIComponent((e as { msg: string }).msg))).toEqual([
      'Accepted before the restart',
    ]);
    const retried = await fetch(
      `${second.baseUrl}/tetherfi/livechat/events/poll?page=${next.client.pageId}&after=${accepted.seq - 1}&waitMs=0`,
      {
        headers: { cookie: await browser.jar.getCookieString(`${second.baseUrl}/tetherfi/livechat/`) },
      },
    );
    const poll = (await retried.json()) as { events: { seq: number; event: string }[] };
    expect(poll.events.map((e) => [e.seq, e.event])).toEqual([[accepted.seq, 'OnEcho']]);

    const aliceAgain = await loginAgent(second.baseUrl, 'agent-7', 'Alice');
    // A login is always a new agent session; the agent's chats stay hers.
    expect(aliceAgain.token).not.toBe(alice.token);
    const reply = await aliceAgain.call(`/chats/${sid}/messages`, { msg: 'Still here.', clientMessageId: 'm_afterrestart1' });
    expect(reply.status).toBe(201);
    aliceAgain.close();
    next.client.dispose();
  } finally {
    await second.close();
  }
  expect(second.violations).toEqual([]);
});
