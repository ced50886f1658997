// The journal through the real server: a full disk is an outage (503 retryable, status OFFLINE,
// nothing streamed) that ends by itself, and kill -9 in the middle of concurrent sends loses no
// acknowledged message. Both count acknowledged against surviving messages after a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { disk, openOn } from '../store/journal-faults.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { startServer } from './child-server.ts';
import { customerPage } from './customer-http.ts';
import { startTestServer } from './harness.ts';

const dir = await mkdtemp(join(tmpdir(), 'livechat-journal-http-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
const retention = { events: 1000, ms: 300_000 };
const settings = { LIVECHAT_REQUIRE_STAFFED_AGENTS: false, LIVECHAT_MESSAGES_PER_MINUTE: 100_000 };

const details = () => {
  const d = new SessionDetails();
  d.eCustDetails = { eCustName: 'Tan Mei Ling' };
  return d;
};
const messagesOf = (trans: unknown[]) =>
  trans.filter((e) => (e as { type: string }).type === 'msg').map((e) => decodeURIComponent((e as { msg: string }).msg));

it('answers 503 retryable while the disk is full, says OFFLINE, streams nothing refused, and recovers by itself', async () => {
  const journalPath = join(dir, 'full', 'journal.jsonl');
  const d = disk();
  const server = await startTestServer(settings, await MemoryStore.open({ retention, journalPath, journal: { openFile: openOn(d) } }));
  const status = async () => (await fetch(`${server.baseUrl}/tetherfi/livechat/status`)).text();
  const acknowledged: string[] = [];
  try {
    const customer = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
    const { sid } = await customer.client.start(details());
    const send = (n: number) => customer.call(`/chats/${sid}/messages`, { msg: `message ${n}`, clientMessageId: `m_journal_${n}` });
    for (const n of [1, 2]) {
      expect((await send(n)).status).toBe(201);
      acknowledged.push(`message ${n}`);
    }
    const seqBefore = (await customer.events()).at(-1)?.seq ?? 0;

    d.spaceLeft = 0;
    const refused = await send(3);
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 'ServerInternalConnectivityError', retryable: true });
    expect(refused.headers.get('retry-after')).not.toBeNull();
    expect(await status()).toMatch(/^OFFLINE \(/);
    // A new browser session cannot be kept either: 503, not 500.
    const token = await fetch(`${server.baseUrl}/tetherfi/livechat/access-token`, { method: 'POST' });
    expect(token.status).toBe(503);
    expect((await customer.events(seqBefore)).map((e) => e.event)).toEqual([]);

    d.spaceLeft = Number.POSITIVE_INFINITY;
    expect(await status()).toBe('ONLINE');
    const retried = await send(3);
    expect(retried.status).toBe(201);
    acknowledged.push('message 3');
    const after = await customer.events(seqBefore);
    expect(after.map((e) => [e.seq, e.event])).toEqual([[seqBefore + 1, 'OnEcho']]);
    customer.client.dispose();
  } finally {
    await server.close();
  }
  expect(server.violations).toEqual([]);
  expect(d.refused).toBeGreaterThan(0);

  const again = await MemoryStore.open({ retention, journalPath });
  const chats = await again.activeChats();
  expect(chats).toHaveLength(1);
  const survived = messagesOf(await again.transcript(chats[0]?.sid ?? ''));
  console.info(`disk full over HTTP: ${acknowledged.length} acknowledged, ${survived.length} after the restart`);
  expect(survived).toEqual(acknowledged);
  await again.close();
});

/** `npm start` as a child process on a free port of 127.0.0.1, with its data in `dataDir`. */
/** main.ts in a child process on `dataDir` (kept across the two runs). */
const startChild = (dataDir: string) =>
  startServer({
    LOG_LEVEL: 'warn',
    LIVECHAT_DATA_DIR: dataDir,
    LIVECHAT_REQUIRE_STAFFED_AGENTS: 'false',
    LIVECHAT_MESSAGES_PER_MINUTE: '100000',
  });

it('loses no acknowledged message to kill -9 in the middle of concurrent sends', { timeout: 90_000 }, async () => {
  const dataDir = join(dir, 'kill');
  const first = await startChild(dataDir);
  const browser = new SimulatedBrowser({ baseUrl: first.baseUrl });
  const acknowledged: string[] = [];
  let unanswered = 0;
  let sid = '';
  try {
    const customer = await customerPage(browser, first.baseUrl);
    ({ sid } = await customer.client.start(details()));
    let killed = false;
    // Four senders, each sending as soon as its last send was answered, until the kill.
    const senders = Array.from({ length: 4 }, async (_, s) => {
      for (let i = 0; !killed && i < 2000; i++) {
        const msg = `sender ${s} message ${i}`;
        const answer = await customer.call(`/chats/${sid}/messages`, { msg, clientMessageId: `m_kill_${s}_${i}_x` }).catch(() => undefined);
        if (answer?.status === 201) acknowledged.push(msg);
        else unanswered++;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    killed = true;
    first.child.kill('SIGKILL');
    await Promise.all(senders);
    customer.client.dispose();
  } finally {
    await first.stop();
  }
  expect(acknowledged.length).toBeGreaterThan(10);

  const second = await startChild(dataDir);
  try {
    // The same browser (cookies are per host, not port): its chat and transcript are back.
    const page = browser.newPage({ baseUrl: second.baseUrl });
    const sessions = await page.client.open();
    const survived = messagesOf(sessions.find((s) => s.sid === sid)?.trans ?? []);
    console.info(
      `kill -9: ${acknowledged.length} acknowledged, ${unanswered} unanswered (in flight at the kill), ${survived.length} after the restart`,
    );
    // Each acknowledged message once; beyond them at most the sends in flight at the kill (written, not yet answered).
    expect(new Set(survived).size).toBe(survived.length);
    expect(survived.filter((m) => acknowledged.includes(m)).sort()).toEqual([...acknowledged].sort());
    expect(survived.length - acknowledged.length).toBeLessThanOrEqual(4);
    page.client.dispose();
  } finally {
    await second.stop();
  }
});
