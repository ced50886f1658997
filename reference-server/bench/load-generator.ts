// A load generator of `npm run bench:server`, started by server.ts as a child process (several of
// them: a process may hold at most 20,000 open files here). It speaks the customer's HTTP API
// itself, as cheaply as it can - undici's dispatcher on keep-alive connections (raw-http.ts) and a
// minimal SSE reader (sse-reader.ts) - so that its CPU goes to the load, not to a client library:
// the real Node client cost 1.1-1.6 ms of CPU a message and was the bench's limit on 2 cores.
//
// Each browser session: GetAccessToken (its cookie and token), Start on page 1 and page 1's event
// stream from Start's seq, then (with two pages) Open on page 2 and page 2's stream from Open's seq
// - the calls and order of the client library. With several nodes, page i talks to node i (its
// calls and its stream): page 1 to node 1, page 2 to node 2. A warm-up message's OnEcho must reach every page
// before the session counts as held. Then, a phase at a time, page 1 of each session in turn sends
// messages, and the latency is from the POST of SendMessage to its OnEcho on the last page (page 2):
// at a fixed rate (open loop: on a schedule, whatever the answers; when a second's worth of messages
// awaits its echo, further sends are skipped and counted, so an overloaded run stays bounded), or
// with a fixed number awaiting their echo (closed loop: each echo sends the next - the most a
// server carries). A stream that drops is dialled again after a second with Last-Event-ID, and counted.
//
// The browsers connect from loopback addresses, 200 an address (127.<10+generator>.x.y): real
// customers come from many addresses, and the servers count new browser sessions and open
// streams per address.
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import type { IncomingHttpHeaders } from 'undici/types/header.js';
import { startProfile, stopProfile } from './cpu-profile.ts';
import { type FromGenerator, quantile, type RunDone, type ToGenerator } from './messages.ts';
import { type Answer, call, openStream } from './raw-http.ts';
import { type SseFrame, SseReader } from './sse-reader.ts';

const BASE = '/tetherfi/livechat';
const BROWSERS_PER_ADDRESS = 200;
/** Connections an address keeps for calls, beside its browsers' streams (a browser allows 6 a host). */
const CALL_CONNECTIONS_PER_ADDRESS = 32;
const GRACE_MS = 5000;
/** Seconds of sends that may await their echo; a send beyond is skipped (and counted), so that an overloaded run stays bounded. */
const MAX_OUTSTANDING_S = 1;
const RECONNECT_MS = 1000;

type Address = { calls: Pool; streams: Pool };
/** A page and the node it talks to (with several nodes, page i on node i: its calls and its stream). */
type Page = { id: string; address: Address; reader: SseReader; abort?: () => void };
type BenchSession = {
  cookie: string;
  token: string;
  sid: string;
  pages: Page[];
  /** The page whose OnEcho is timed: the last one (page 2 with two pages). */
  timed: Page;
};

const tell = (message: FromGenerator) => process.send?.(message);
let stopping = false;
/** Connection pools by node and source address. */
const addresses = new Map<string, Address>();
function shutDown(): void {
  stopping = true;
  for (const session of held) for (const page of session.pages) page.abort?.();
  process.exit(0);
}
process.on('disconnect', shutDown);
process.on('SIGTERM', shutDown);

let streamConnects = 0;
const held: BenchSession[] = [];
/** Send time (performance.now()) of each message not yet echoed on the timed page, by its text. */
const pending = new Map<string, number>();
/** What to do once a message is echoed (the capacity phase's closed loop sends the next), by its text. */
const echoWaiters = new Map<string, () => void>();
/** Warm-up messages waiting for their echo, by text: the pages still to see it and what to call then. */
const warmUps = new Map<string, { pages: Set<Page>; done: () => void }>();
const run = { active: false, echoedInWindow: 0, latencies: [] as number[] };
/** Messages sent so far, every phase: numbers each message's text and client message id (a chat accepts an id once). */
let messageNumber = 0;

// --- HTTP ---------------------------------------------------------------------------------------

const addressOf = (generator: number, index: number) => {
  const group = Math.floor(index / BROWSERS_PER_ADDRESS);
  return `127.${10 + generator}.${1 + Math.floor(group / 250)}.${1 + (group % 250)}`;
};

function poolsFrom(baseUrl: string, localAddress: string): Address {
  const key = `${baseUrl} ${localAddress}`;
  let found = addresses.get(key);
  if (found === undefined) {
    // Calls queue beyond their connections, as in a browser, instead of opening ever more while the
    // server is slow (a burst of connects overflows its accept queue). Idle ones live 60 s (< the servers' 72 s).
    const common = { localAddress, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 60_000, headersTimeout: 30_000 };
    found = {
      calls: new Pool(baseUrl, { ...common, connections: CALL_CONNECTIONS_PER_ADDRESS, bodyTimeout: 30_000 }),
      // A stream a connection; heartbeats every few seconds, so no body timeout of its own.
      streams: new Pool(baseUrl, { ...common, connections: null, bodyTimeout: 0 }),
    };
    addresses.set(key, found);
  }
  return found;
}

class CallFailed extends Error {}

/** The answer's problem code (or status) as the reason of a failure. */
function failure(answer: Answer, what: string): CallFailed {
  let code = `HTTP ${answer.status}`;
  try {
    code = String((JSON.parse(answer.text) as { code?: string }).code ?? code);
  } catch {}
  return new CallFailed(`${what}: ${code}`);
}

const codeOf = (error: unknown) => (error instanceof Error ? error.message.slice(0, 80) : String(error));

function headersOf(session: Pick<BenchSession, 'cookie' | 'token'>, page: string, json: boolean): Record<string, string> {
  return {
    cookie: session.cookie,
    'livechat-token': session.token,
    'livechat-page': page,
    accept: 'application/json, application/problem+json',
    ...(json ? { 'content-type': 'application/json' } : {}),
  };
}

/** A call of `page`, to its node. */
async function post(session: Pick<BenchSession, 'cookie' | 'token'>, page: Page, path: string, body?: unknown) {
  const answer = await call(page.address.calls, {
    method: 'POST',
    path: `${BASE}${path}`,
    headers: headersOf(session, page.id, body !== undefined),
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (answer.status >= 300) throw failure(answer, path.replace(/\/chats\/[^/]+\//, '/chats/{sid}/'));
  return JSON.parse(answer.text === '' ? '{}' : answer.text) as Record<string, unknown>;
}

const cookieOf = (headers: IncomingHttpHeaders) => {
  const raw = headers['set-cookie'];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return first?.split(';')[0];
};

// --- pages and their streams --------------------------------------------------------------------

/** An OnEcho on a page: a warm-up message seen, or (on the timed page) a timed message arriving. */
function onEcho(session: BenchSession, page: Page, frame: SseFrame): void {
  // Only the timed page's echoes and warm-ups are read: the others' data need not be parsed.
  if (page !== session.timed && warmUps.size === 0) return;
  const text = String((JSON.parse(frame.data) as { data?: { msg?: unknown } }).data?.msg);
  const warmUp = warmUps.get(text);
  if (warmUp !== undefined) {
    warmUp.pages.delete(page);
    if (warmUp.pages.size === 0) warmUp.done();
    return;
  }
  if (page !== session.timed) return;
  const sentAt = pending.get(text);
  if (sentAt === undefined) return;
  pending.delete(text);
  run.latencies.push(performance.now() - sentAt);
  if (run.active) run.echoedInWindow++;
  const then = echoWaiters.get(text);
  if (then !== undefined) {
    echoWaiters.delete(text);
    then();
  }
}

/** Page's event stream from `after` (then from the last id it saw), dialled again whenever it drops. */
function connect(session: BenchSession, page: Page, after: number): void {
  if (stopping) return;
  streamConnects++;
  page.reader.reset();
  const position = Math.max(after, page.reader.lastId);
  page.abort = openStream(
    page.address.streams,
    {
      method: 'GET',
      path: `${BASE}/events?page=${page.id}&after=${position}`,
      headers: {
        cookie: session.cookie,
        accept: 'text/event-stream',
        'livechat-page': page.id,
        ...(position > 0 ? { 'last-event-id': String(position) } : {}),
      },
    },
    {
      onStart: () => {},
      onChunk: (chunk) => page.reader.push(chunk),
      onEnd: () => {
        if (!stopping) setTimeout(() => connect(session, page, position), RECONNECT_MS).unref();
      },
    },
  );
}

function newPage(session: () => BenchSession, id: string, address: Address): Page {
  const page: Page = {
    id,
    address,
    reader: new SseReader((frame) => {
      if (frame.event === 'OnEcho') onEcho(session(), page, frame);
    }),
  };
  return page;
}

// --- setup ---------------------------------------------------------------------------------------

type SetupMessage = Extract<ToGenerator, { type: 'setup' }>;

async function setUpSession(message: SetupMessage, index: number): Promise<BenchSession> {
  const localAddress = addressOf(message.generator, index);
  const tag = `${message.generator}-${index}`;
  const pageIds = Array.from({ length: message.pages }, (_, i) => `pg_bench${i + 1}_${tag}`.padEnd(24, '_'));
  const nodeOf = (i: number) => message.baseUrls[i % message.baseUrls.length] as string;
  let session: BenchSession | undefined;
  const pages = pageIds.map((id, i) => newPage(() => session as BenchSession, id, poolsFrom(nodeOf(i), localAddress)));
  const first = pages[0] as Page;

  const access = await call(first.address.calls, {
    method: 'POST',
    path: `${BASE}/access-token`,
    headers: { 'livechat-page': first.id, accept: 'application/json' },
  });
  const cookie = cookieOf(access.headers);
  if (access.status !== 200 || cookie === undefined) throw failure(access, '/access-token');
  const token = String((JSON.parse(access.text) as { token: string }).token);

  const started = await post({ cookie, token }, first, '/chats', {
    details: { eCustDetails: { eCustName: `Bench ${tag}`, pTopic: 'load' }, pClientTime: '12:0:0:0' },
    clientId: `ci_${tag}`,
  });
  session = { cookie, token, sid: String(started.sid), pages, timed: pages.at(-1) as Page };
  let timer: NodeJS.Timeout | undefined;
  try {
    const text = `w${tag}`;
    const echoed = new Promise<void>((resolve) => warmUps.set(text, { pages: new Set(pages), done: resolve }));
    connect(session, first, Number(started.seq ?? 0));
    for (const page of pages.slice(1)) {
      const opened = await post(session, page, '/open');
      connect(session, page, Number(opened.seq ?? 0));
    }
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new CallFailed(`warm-up echo not on every page within ${message.timeoutMs / 1000} s`)),
        message.timeoutMs,
      );
    });
    await Promise.race([
      Promise.all([post(session, first, `/chats/${session.sid}/messages`, { msg: text, clientMessageId: `cw-${tag}-warm` }), echoed]),
      deadline,
    ]);
    return session;
  } catch (error) {
    for (const page of pages) page.abort?.();
    throw error;
  } finally {
    clearTimeout(timer);
    warmUps.delete(`w${tag}`);
  }
}

async function setup(message: SetupMessage): Promise<void> {
  const began = performance.now();
  const heldBefore = held.length;
  const connectsBefore = streamConnects;
  const failed: Record<string, number> = {};
  const progress = setInterval(() => tell({ type: 'progress', held: held.length, failed }), 5000);
  let next = 0;
  const worker = async () => {
    while (next < message.count) {
      if (performance.now() - began > message.budgetMs) {
        failed['setup time budget spent'] = message.count - next;
        next = message.count;
        break;
      }
      const index = message.first + next++;
      try {
        held.push(await setUpSession(message, index));
      } catch (error) {
        const code = codeOf(error);
        failed[code] = (failed[code] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(message.concurrency, message.count) }, worker));
  clearInterval(progress);
  tell({
    type: 'setup-done',
    held: held.length - heldBefore,
    failed,
    streamConnects: streamConnects - connectsBefore,
    setupMs: performance.now() - began,
  });
}

// --- the run ---------------------------------------------------------------------------------------

async function load(message: Extract<ToGenerator, { type: 'run' }>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, message.startAt - Date.now())));
  // Each phase counts its own: what the previous one left pending is no longer timed.
  pending.clear();
  run.echoedInWindow = 0;
  run.latencies = [];
  if (message.profilePath !== undefined) await startProfile();
  const connectsBefore = streamConnects;
  const cpuBefore = process.cpuUsage();
  const sendErrors: Record<string, number> = {};
  const lags: number[] = [];
  const windowMs = message.seconds * 1000;
  const start = performance.now();
  let sent = 0;
  let skipped = 0;
  let next = 0;
  run.active = true;

  /** Page 1 of the next session in turn sends a message; `then` runs once it is echoed or failed. */
  const send = (then?: () => void) => {
    const session = held[next++ % held.length];
    if (session === undefined) return;
    const number = ++messageNumber;
    const text = `m${number}`;
    pending.set(text, performance.now());
    sent++;
    if (then !== undefined) echoWaiters.set(text, then);
    post(session, session.pages[0] as Page, `/chats/${session.sid}/messages`, {
      msg: text,
      clientMessageId: `cm-${String(number).padStart(8, '0')}`,
    }).catch((error: unknown) => {
      pending.delete(text);
      echoWaiters.delete(text);
      const code = codeOf(error);
      sendErrors[code] = (sendErrors[code] ?? 0) + 1;
      // The next send a little later: a server that refuses everything is not hammered in a loop.
      if (then !== undefined) setTimeout(then, 10);
    });
  };

  await new Promise<void>((resolve) => {
    if (message.outstanding !== undefined) {
      // Closed loop: `outstanding` messages await their echo at any time, each echo sends the next.
      const again = () => {
        if (run.active) send(again);
      };
      for (let i = 0; i < message.outstanding && held.length > 0; i++) send(again);
      setTimeout(resolve, windowMs);
      return;
    }
    // Open loop: on a fixed schedule, whatever the answers; beyond a second's worth awaiting their echo, skipped.
    const interval = 1000 / message.rate;
    const maxOutstanding = Math.max(100, Math.ceil(message.rate * MAX_OUTSTANDING_S));
    let due = 0;
    const tick = setInterval(() => {
      const elapsed = performance.now() - start;
      const target = Math.floor(Math.min(elapsed, windowMs) / interval);
      for (; due < target && held.length > 0; due++) {
        lags.push(performance.now() - (start + (due + 1) * interval)); // the k-th send is due at (k + 1) intervals
        if (pending.size >= maxOutstanding) skipped++;
        else send();
      }
      if (elapsed >= windowMs) {
        clearInterval(tick);
        resolve();
      }
    }, 1);
  });
  run.active = false;
  const cpu = process.cpuUsage(cpuBefore);
  if (message.profilePath !== undefined) await stopProfile(message.profilePath);
  const graceEnd = performance.now() + GRACE_MS;
  while (pending.size > 0 && performance.now() < graceEnd) await new Promise((resolve) => setTimeout(resolve, 20));
  echoWaiters.clear();

  lags.sort((a, b) => a - b);
  const done: RunDone = {
    type: 'run-done',
    sent,
    skipped,
    echoedInWindow: run.echoedInWindow,
    latencies: Float64Array.from(run.latencies),
    unechoed: pending.size,
    sendErrors,
    scheduleLagP99: quantile(lags, 0.99),
    streamReconnects: streamConnects - connectsBefore,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
  tell(done);
}

process.on('message', (message: ToGenerator) => {
  const work = message.type === 'setup' ? setup(message) : load(message);
  work.catch((error: unknown) => tell({ type: 'error', message: String((error as Error)?.stack ?? error) }));
});
tell({ type: 'ready' });
