// Two reference-server processes (main.ts, as `npm start` runs it) on one real Redis: what the
// protocol promises when a browser session's pages and its CSO are not on the same process.
// - page A on node 1, page B on node 2, the CSO on node 2: every event on both pages, once each,
//   in the log's order (checked on the raw streams too, where the client's own dedup cannot hide a repeat);
// - a stream resumed on the other node with Last-Event-ID while messages keep coming: nothing lost,
//   nothing repeated;
// - node 1 killed (SIGKILL) mid-chat behind a balancer: its pages reconnect to node 2 and every
//   acknowledged message is there, once (acknowledged and present counted, asserted equal);
// - the session-end timer and the queue timeout are shared: a stream on another node keeps a chat,
//   and with the node that armed them dead they fire on another, once;
// - a file uploaded through node 1 downloads through node 2, the same bytes, also after node 1 was
//   killed (SIGKILL); another browser session is refused on either node as on one.
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { randomId } from '../../client/src/core/client.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { createDecoder } from '../../client/src/stream/decoder.ts';
import { connectRedis } from '../store/redis-connection.ts';
import { RedisStore } from '../store/redis-store.ts';
import { loginAgent } from './agent-client.ts';
import { startBalancer } from './balancer.ts';
import { type ChildServer, startServer } from './child-server.ts';
import { customerPage } from './customer-http.ts';
import { TEST_AGENT_PASSWORD, until } from './harness.ts';
import { type RedisServer, redisServerMissing, startRedisServer } from './redis-server.ts';

const missing = redisServerMissing();
type Node = ChildServer & { baseUrl: string };
type Frame = { seq: number; event: string; payload: Record<string, unknown> };

let redis: RedisServer;
const prefix = `two-nodes-${randomBytes(4).toString('hex')}:`;
const started: Node[] = [];

const nodeEnv = (extra: Record<string, string> = {}) => ({
  LIVECHAT_STORE: redis.url,
  LIVECHAT_REDIS_PREFIX: prefix,
  LIVECHAT_AGENT_SECRET: TEST_AGENT_PASSWORD,
  LIVECHAT_AGENT_LOGINS_PER_MINUTE: '3000',
  LIVECHAT_MESSAGES_PER_MINUTE: '100000',
  LIVECHAT_DRAIN_MS: '0',
  // The shortest session-end timer there is, so the timer tests wait seconds, not minutes.
  LIVECHAT_CLOSE_TIMER_MS: '5000',
  LOG_LEVEL: 'warn',
  ...extra,
});
async function startNode(extra: Record<string, string> = {}): Promise<Node> {
  const node = await startServer(nodeEnv(extra));
  started.push(node);
  return node;
}

const details = () => {
  const d = new SessionDetails();
  d.eCustDetails = { eCustName: 'Tan Mei Ling' };
  return d;
};

/** The browser session's stream as it goes over the wire, every frame kept (repeats too), with this browser's cookie. */
async function rawStream(baseUrl: string, browser: SimulatedBrowser, lastEventId?: number) {
  const abort = new AbortController();
  const frames: Frame[] = [];
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
  const response = await browser.fetch(`${baseUrl}/tetherfi/livechat/events?page=${randomId('pg_')}`, { headers, signal: abort.signal });
  if (!response.ok || response.body === null) throw new Error(`stream refused: ${response.status}`);
  const decoder = createDecoder((frame) => {
    if (frame.kind === 'event') frames.push({ seq: frame.seq, event: frame.name, payload: frame.payload });
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const ended = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      decoder.feed(value ?? '');
    }
  })();
  return { frames, close: () => abort.abort(), ended };
}

/** The whole log as the long poll answers it (the order every reader must see). */
async function logOf(baseUrl: string, browser: SimulatedBrowser, pageId: string): Promise<Frame[]> {
  const frames: Frame[] = [];
  for (let after = 0; ; ) {
    const response = await browser.fetch(`${baseUrl}/tetherfi/livechat/events/poll?page=${pageId}&after=${after}&waitMs=0`);
    const answer = (await response.json()) as {
      events: (Record<string, unknown> & { seq: number; event: string })[];
      more: boolean;
      next: number;
    };
    frames.push(...answer.events.map((e) => ({ seq: e.seq, event: e.event, payload: e })));
    if (!answer.more) return frames;
    after = answer.next;
  }
}

const seqsOf = (frames: Frame[]) => frames.map((f) => f.seq);
const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const textOf = (frame: Frame) => String((frame.payload.data as { msg?: unknown } | undefined)?.msg);

describe.skipIf(missing !== undefined)('two reference-server processes on one Redis', () => {
  let node1: Node;
  let node2: Node;
  beforeAll(async () => {
    redis = await startRedisServer();
    [node1, node2] = await Promise.all([startNode(), startNode()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(started.map((node) => node.stop()));
    await redis?.remove();
  });

  it('page A on node 1, page B on node 2, the CSO on node 2: every event on both pages, once each, in order', async () => {
    const alice = await loginAgent(node2.baseUrl, 'agent-two-nodes-1', 'Alice');
    const browser = new SimulatedBrowser();
    const pageA = browser.newPage({ baseUrl: node1.baseUrl });
    const pageB = browser.newPage({ baseUrl: node2.baseUrl });
    const seen = { A: [] as string[], B: [] as string[] };
    for (const [name, page] of [
      ['A', pageA],
      ['B', pageB],
    ] as const) {
      page.OnEcho = (msg) => seen[name].push(`echo ${msg}`);
      page.OnMessageReceived = (msg) => seen[name].push(`agent ${msg}`);
      page.OnEnd = () => seen[name].push('end');
    }
    try {
      expect((await alice.call('/ready', { ready: true })).status).toBe(204);
      // Start on node 1; the CSO on node 2 hears of it and takes it; page B opens it on node 2.
      const { sid } = await pageA.client.start(details());
      await until(() => alice.events.some((e) => e.event === 'ChatQueued' && e.sid === sid));
      expect((await alice.call(`/chats/${sid}/accept`)).status).toBe(200);
      await pageB.client.open();
      const wireA = await rawStream(node1.baseUrl, browser);
      const wireB = await rawStream(node2.baseUrl, browser);

      // The three of them talk at once, each in its own order.
      const rounds = 15;
      await Promise.all([
        (async () => {
          for (let i = 0; i < rounds; i++) await pageA.client.sendMessage(`A${i}`);
        })(),
        (async () => {
          for (let i = 0; i < rounds; i++) await pageB.client.sendMessage(`B${i}`);
        })(),
        (async () => {
          for (let i = 0; i < rounds; i++)
            expect((await alice.call(`/chats/${sid}/messages`, { msg: `C${i}`, clientMessageId: `m_two_nodes_c${i}` })).status).toBe(201);
        })(),
      ]);
      expect((await alice.call(`/chats/${sid}/end`, { reason: 'resolved' })).status).toBe(204);
      await until(() => seen.A.includes('end') && seen.B.includes('end'), 10_000);

      const log = await logOf(node1.baseUrl, browser, pageA.client.pageId);
      const latest = log.at(-1)?.seq ?? 0;
      expect(seqsOf(log)).toEqual(oneToN(latest));
      await until(() => (wireA.frames.at(-1)?.seq ?? 0) >= latest && (wireB.frames.at(-1)?.seq ?? 0) >= latest, 10_000);
      // On the wire: each node streamed the whole log, each event once, in seq order, alike.
      expect(seqsOf(wireA.frames)).toEqual(oneToN(latest));
      expect(seqsOf(wireB.frames)).toEqual(oneToN(latest));
      expect(wireB.frames.map((f) => f.payload)).toEqual(wireA.frames.map((f) => f.payload));
      expect(log.map((f) => f.payload)).toEqual(wireA.frames.map((f) => f.payload));

      // What the pages raised: the log's messages in its order, on both pages alike.
      const expected = [
        ...log.flatMap((f) =>
          f.event === 'OnEcho' ? [`echo ${textOf(f)}`] : f.event === 'OnMessageReceived' ? [`agent ${textOf(f)}`] : [],
        ),
        'end',
      ];
      expect(expected).toHaveLength(3 * rounds + 1);
      expect(seen.A).toEqual(expected);
      expect(seen.B).toEqual(expected);
      // Each sender's messages in the order it sent them.
      for (const who of ['A', 'B', 'C'])
        expect(expected.filter((e) => e.split(' ')[1]?.startsWith(who))).toEqual(
          Array.from({ length: rounds }, (_, i) => `${who === 'C' ? 'agent' : 'echo'} ${who}${i}`),
        );
      console.info(`two nodes: ${latest} events, each seen once on page A (node 1) and page B (node 2), in the same order`);
      wireA.close();
      wireB.close();
    } finally {
      browser.close();
      alice.close();
    }
  });

  it('resumes a stream on the other node with Last-Event-ID while messages keep coming: nothing lost, nothing repeated', async () => {
    const browser = new SimulatedBrowser();
    const page = browser.newPage({ baseUrl: node1.baseUrl });
    try {
      const { sid } = await page.client.start(details());
      const first = await rawStream(node1.baseUrl, browser);
      let sending = true;
      let sent = 0;
      const sender = (async () => {
        while (sending) {
          await page.client.sendMessage(`resume ${sent}`, sid);
          sent++;
        }
      })();
      await until(() => first.frames.filter((f) => f.event === 'OnEcho').length >= 10, 10_000);
      // The page leaves node 1 (a balancer moved it) and comes back on node 2 from where it was.
      first.close();
      await first.ended;
      const resumedFrom = first.frames.at(-1)?.seq ?? 0;
      const second = await rawStream(node2.baseUrl, browser, resumedFrom);
      await until(() => second.frames.filter((f) => f.event === 'OnEcho').length >= 10, 10_000);
      sending = false;
      await sender;
      const log = await logOf(node2.baseUrl, browser, page.client.pageId);
      const latest = log.at(-1)?.seq ?? 0;
      await until(() => (second.frames.at(-1)?.seq ?? 0) >= latest, 10_000);
      expect([...seqsOf(first.frames), ...seqsOf(second.frames)]).toEqual(oneToN(latest));
      expect(second.frames[0]?.seq).toBe(resumedFrom + 1);
      console.info(
        `resumed on the other node after seq ${resumedFrom}: ${latest} events in all, each once (${sent} messages sent meanwhile)`,
      );
      second.close();
    } finally {
      browser.close();
    }
  });

  it('node 1 killed (SIGKILL) mid-chat: its pages reconnect to node 2, and every acknowledged message is there, once', async () => {
    const doomed = await startNode();
    const balancer = await startBalancer([doomed.baseUrl, node2.baseUrl]);
    const alice = await loginAgent(node2.baseUrl, 'agent-two-nodes-3', 'Alice');
    const browser = new SimulatedBrowser();
    const pageA = browser.newPage({ baseUrl: balancer.url });
    const pageB = browser.newPage({ baseUrl: balancer.url });
    const echoes = { A: [] as string[], B: [] as string[] };
    pageA.OnEcho = (msg) => echoes.A.push(msg);
    pageB.OnEcho = (msg) => echoes.B.push(msg);
    const acknowledged: string[] = [];
    let refusedAttempts = 0;
    try {
      expect((await alice.call('/ready', { ready: true })).status).toBe(204);
      const { sid } = await pageA.client.start(details());
      await until(() => alice.events.some((e) => e.event === 'ChatQueued' && e.sid === sid));
      expect((await alice.call(`/chats/${sid}/accept`)).status).toBe(200);
      await pageB.client.open();

      // Three senders (two tabs), each message sent until acknowledged with its own clientMessageId, as
      // the client retries; node 1 dies while they send.
      const api = `${balancer.url}/tetherfi/livechat`;
      const token = (await (await browser.fetch(`${api}/access-token`, { method: 'POST' })).json()) as { token: string };
      let killed = false;
      const send = async (page: typeof pageA, text: string) => {
        for (let attempt = 0; attempt < 50; attempt++) {
          const answer = await browser
            .fetch(`${api}/chats/${sid}/messages`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'livechat-token': token.token, 'livechat-page': page.client.pageId },
              body: JSON.stringify({ msg: text, clientMessageId: `m_kill_${text.replace(/ /g, '_')}` }),
            })
            .catch(() => undefined);
          if (answer?.status === 201 || answer?.status === 200) {
            acknowledged.push(text);
            return;
          }
          refusedAttempts++;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error(`${text} was never acknowledged`);
      };
      const perSender = 40;
      await Promise.all(
        ['A', 'B', 'A2'].map(async (who) => {
          for (let i = 0; i < perSender; i++) {
            if (!killed && who === 'A' && i === 15) {
              killed = true;
              doomed.child.kill('SIGKILL');
            }
            await send(who === 'B' ? pageB : pageA, `${who} ${i}`);
          }
        }),
      );
      expect((await doomed.exited).signal).toBe('SIGKILL');

      // What the shared store holds: every acknowledged message, once; nothing else.
      const store = await RedisStore.open({ url: redis.url, prefix, retention: { events: 1000, ms: 300_000 } });
      const kept = (await store.transcript(sid)).flatMap((e) => (e.type === 'msg' && e.by === 'c' ? [decodeURIComponent(e.msg)] : []));
      await store.close();
      console.info(
        `kill -9 of node 1 mid-chat: ${acknowledged.length} acknowledged, ${kept.length} present, ${refusedAttempts} attempts refused or cut off`,
      );
      expect(kept.length).toBe(acknowledged.length);
      expect([...kept].sort()).toEqual([...acknowledged].sort());
      // Both tabs reconnected (to node 2) and raised every message once.
      await until(() => echoes.A.length >= kept.length && echoes.B.length >= kept.length, 20_000);
      expect([...echoes.A].sort()).toEqual([...kept].sort());
      expect(echoes.B).toEqual(echoes.A);
    } finally {
      browser.close();
      alice.close();
      await balancer.close();
    }
  });
  it('keeps a chat whose only stream is on node 2 when a page opens it on node 1: the streams of every node count for the session-end timer', async () => {
    const browser = new SimulatedBrowser();
    const pageB = browser.newPage({ baseUrl: node2.baseUrl });
    const ended: string[] = [];
    pageB.OnEnd = (initiator) => ended.push(String(initiator));
    try {
      const alice = await loginAgent(node2.baseUrl, 'agent-two-nodes-4', 'Alice');
      await alice.call('/ready', { ready: true });
      const { sid } = await pageB.client.start(details());
      await until(() => alice.events.some((e) => e.event === 'ChatQueued' && e.sid === sid));
      expect((await alice.call(`/chats/${sid}/accept`)).status).toBe(200);
      // Another page, on node 1, with no stream of its own: Open there looks at the timer on node 1.
      const api = `${node1.baseUrl}/tetherfi/livechat`;
      const { token } = (await (await browser.fetch(`${api}/access-token`, { method: 'POST' })).json()) as { token: string };
      const opened = await browser.fetch(`${api}/open`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'livechat-token': token, 'livechat-page': randomId('pg_') },
        body: '{}',
      });
      expect(opened.status).toBe(200);
      // Twice the session-end timer: it must not have run.
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      const log = await logOf(node1.baseUrl, browser, pageB.client.pageId);
      expect(log.filter((f) => f.event === 'OnEnd')).toEqual([]);
      expect(ended).toEqual([]);
      alice.close();
    } finally {
      browser.close();
    }
  }, 30_000);

  it('fires the session-end timer and the queue timeout once, on another node, when the node that armed them was killed', async () => {
    // A node whose chats wait 3 s in the queue at most (its setting applies to the chats it queues).
    const doomed = await startNode({ LIVECHAT_QUEUE_TIMEOUT_MS: '3000' });
    const alice = await loginAgent(node2.baseUrl, 'agent-two-nodes-5', 'Alice');
    const talking = new SimulatedBrowser();
    const waiting = new SimulatedBrowser();
    try {
      await alice.call('/ready', { ready: true });
      // One chat taken by the CSO (its page's stream on the doomed node), one left waiting in the queue.
      const talkingPage = talking.newPage({ baseUrl: doomed.baseUrl });
      const { sid: talkingSid } = await talkingPage.client.start(details());
      await until(() => alice.events.some((e) => e.event === 'ChatQueued' && e.sid === talkingSid));
      expect((await alice.call(`/chats/${talkingSid}/accept`)).status).toBe(200);
      await alice.call('/ready', { ready: false });
      const waitingPage = waiting.newPage({ baseUrl: doomed.baseUrl });
      const { sid: waitingSid } = await waitingPage.client.start(details());
      const killedAt = Date.now();
      doomed.child.kill('SIGKILL');
      await doomed.exited;
      // No page comes back (no balancer here): their streams are gone with the node.
      talking.close();
      waiting.close();

      const eventsOf = async (browser: SimulatedBrowser) => logOf(node2.baseUrl, browser, randomId('pg_'));
      let queueLog: Frame[] = [];
      let talkLog: Frame[] = [];
      const deadline = Date.now() + 30_000;
      for (;;) {
        [queueLog, talkLog] = await Promise.all([eventsOf(waiting), eventsOf(talking)]);
        const done = [queueLog, talkLog].every((log) => log.some((f) => f.event === 'OnEnd'));
        if (done || Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const endedAfter = Date.now() - killedAt;
      // Once the last one fired, some time more for a second firing to show.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      [queueLog, talkLog] = await Promise.all([eventsOf(waiting), eventsOf(talking)]);

      const timedOut = queueLog.filter((f) => f.event === 'OnSystemNotification');
      expect(timedOut.map((f) => (f.payload.data as { reasonCode: string }).reasonCode)).toEqual(['TimedOutInQueue']);
      expect(queueLog.filter((f) => f.event === 'OnEnd' && f.payload.sid === waitingSid)).toHaveLength(1);
      const talkEnds = talkLog.filter((f) => f.event === 'OnEnd' && f.payload.sid === talkingSid);
      expect(talkEnds).toHaveLength(1);
      expect(talkEnds[0]?.payload.data).toMatchObject({ initiator: 'server' });
      expect(alice.events.filter((e) => e.event === 'ChatEnded' && e.sid === talkingSid)).toHaveLength(1);
      console.info(`node killed: its queue timeout and its session-end timer fired once each on another node, within ${endedAfter} ms`);
    } finally {
      talking.close();
      waiting.close();
      alice.close();
    }
  }, 60_000);
  it('serves a file uploaded through node 1 from node 2, the same bytes, also once node 1 was killed (SIGKILL)', async () => {
    const doomed = await startNode();
    const alice = await loginAgent(node2.baseUrl, 'agent-two-nodes-6', 'Alice');
    const browser = new SimulatedBrowser();
    const stranger = new SimulatedBrowser();
    const inspect = await connectRedis({ url: redis.url }, 'two-nodes-files-test');
    try {
      await alice.call('/ready', { ready: true });
      const onNode1 = await customerPage(browser, doomed.baseUrl);
      const { sid } = await onNode1.client.start(details());
      await until(() => alice.events.some((e) => e.event === 'ChatQueued' && e.sid === sid));
      expect((await alice.call(`/chats/${sid}/accept`)).status).toBe(200);
      // A PNG of 2.5 MiB: several of Redis's chunks.
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2.5 * 1024 * 1024)]);
      const uploaded = await onNode1.upload(sid, [{ name: 'receipt.png', type: 'image/png', bytes: new Uint8Array(png) }]);
      expect(uploaded.status).toBe(201);
      const [file] = (uploaded.body as { files: { fileName: string; fileSize: number }[] }).files;
      expect(file?.fileSize).toBe(png.length);
      const fileName = file?.fileName ?? '';

      const onNode2 = await customerPage(browser, node2.baseUrl);
      const downloadOnNode2 = async () => {
        const answer = await onNode2.download(sid, fileName);
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-type')).toBe('image/png');
        expect(Number(answer.headers.get('content-length'))).toBe(png.length);
        return Buffer.from(await answer.arrayBuffer());
      };
      expect((await downloadOnNode2()).equals(png)).toBe(true);
      // The bytes are in Redis, under the deployment's prefix, not on node 1's disk.
      expect(await inspect.keys(`${prefix}file:*`)).toHaveLength(1);
      const onDisk = await readdir(join(doomed.dataDir, 'files')).catch(() => []);
      expect(onDisk.filter((name) => name !== 'incoming')).toEqual([]);

      // Another browser session: the same refusal through either node as with one node.
      const refusals = [];
      for (const node of [doomed, node2]) {
        const other = await customerPage(stranger, node.baseUrl);
        const answer = await other.download(sid, fileName);
        refusals.push([answer.status, ((await answer.json()) as { code: string }).code]);
      }
      expect(refusals).toEqual([
        [404, 'NoSessionFound'],
        [404, 'NoSessionFound'],
      ]);

      doomed.child.kill('SIGKILL');
      await doomed.exited;
      expect((await downloadOnNode2()).equals(png)).toBe(true);
      console.info(
        `a file of ${png.length} bytes uploaded through node 1 downloads whole through node 2, before and after node 1's kill -9`,
      );
    } finally {
      inspect.disconnect();
      alice.close();
      browser.close();
      stranger.close();
    }
  }, 60_000);
});
