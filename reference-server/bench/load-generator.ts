// A load generator of `npm run bench:server`, started by server.ts (several of them: a process may
// hold at most 20,000 open files here). It acts as simulated browsers through the real Node client
// (SimulatedBrowser: one cookie jar per browser): each browser session Starts a chat on page 1 and
// Opens it on page 2. In Node the client does not share one stream between tabs (no Web Locks or
// BroadcastChannel: stream/shared.ts), so each page holds its own event stream - two per session.
// A warm-up message must reach both pages before the session counts as held. Then page 1 sends
// messages at a fixed rate (open loop: on a schedule, whatever the answers), round-robin over the
// sessions, and the latency is taken from the SendMessage call to its OnEcho on page 2. When a
// second's worth of messages awaits its echo, further sends are skipped and counted, so an
// overloaded run stays bounded; how late each send left against its schedule is reported too.
//
// The browsers connect from loopback addresses, 200 an address (127.<10+generator>.x.y, through
// undici's Agent and its fetch - Node's own fetch takes no local address): real customers come
// from many addresses, and the server counts the calls that make a browser session
// (GetAccessToken) per address, 600 a minute by default (LIVECHAT_SESSIONS_PER_MINUTE).
import { performance } from 'node:perf_hooks';
import { Agent, fetch as undiciFetch } from 'undici';
import { SessionDetails } from '../../client/src/classes.ts';
import { LivechatError } from '../../client/src/errors.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { type FromGenerator, quantile, type RunDone, type ToGenerator } from './messages.ts';

const BROWSERS_PER_ADDRESS = 200;
/** Connections an address keeps for calls, beside its browsers' streams (a browser allows 6 a host, 2 of them streams). */
const CALL_CONNECTIONS_PER_ADDRESS = 32;
const GRACE_MS = 5000;
/** Seconds of sends that may await their echo; a send beyond is skipped (and counted), so that an overloaded run stays bounded. */
const MAX_OUTSTANDING_S = 1;

type Page = ReturnType<SimulatedBrowser['newPage']>;
type BenchSession = { page1: Page; page2: Page };

const tell = (message: FromGenerator) => process.send?.(message);
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));

let streamConnects = 0;
const held: BenchSession[] = [];
/** Send time (performance.now()) of each message not yet echoed on page 2, by its text. */
const pending = new Map<string, number>();
/** Warm-up messages waiting for their echo, by text: the pages still to see it and what to call then. */
const warmUps = new Map<string, { pages: Set<Page>; done: () => void }>();
const run = { active: false, echoedInWindow: 0, latencies: [] as number[] };

// --- browsers ----------------------------------------------------------------------------------

const fetchByAddress = new Map<string, typeof fetch>();
function fetchFrom(address: string): typeof fetch {
  let found = fetchByAddress.get(address);
  if (found === undefined) {
    // Calls queue in the client beyond the connections left by the streams, as in a browser, instead
    // of opening ever more connections while the server is slow (a burst of connects overflows the
    // server's accept queue: SYN cookies, seconds of retransmission). Idle ones live 60 s (< the server's 72 s).
    const agent = new Agent({
      localAddress: address,
      connections: BROWSERS_PER_ADDRESS * 2 + CALL_CONNECTIONS_PER_ADDRESS,
      keepAliveTimeout: 60_000,
      keepAliveMaxTimeout: 60_000,
    });
    found = ((input: string, init?: RequestInit) => {
      if (String(input).includes('/tetherfi/livechat/events?')) streamConnects++;
      return undiciFetch(input, { ...(init as object), dispatcher: agent });
    }) as unknown as typeof fetch;
    fetchByAddress.set(address, found);
  }
  return found;
}

/** A SimulatedBrowser whose requests leave from `address` (it wraps the global fetch it finds when built). */
function browserFrom(address: string, baseUrl: string): SimulatedBrowser {
  const original = globalThis.fetch;
  globalThis.fetch = fetchFrom(address);
  try {
    return new SimulatedBrowser({ baseUrl });
  } finally {
    globalThis.fetch = original;
  }
}

const addressOf = (generator: number, index: number) => {
  const group = Math.floor(index / BROWSERS_PER_ADDRESS);
  return `127.${10 + generator}.${1 + Math.floor(group / 250)}.${1 + (group % 250)}`;
};

const codeOf = (error: unknown) =>
  error instanceof LivechatError ? error.code : error instanceof Error ? error.message.slice(0, 80) : String(error);

/** An OnEcho on a page: a warm-up message seen, or (page 2 only) a timed message arriving. */
function onEcho(page: Page, msg: unknown, timed: boolean): void {
  const text = String(msg);
  const warmUp = warmUps.get(text);
  if (warmUp !== undefined) {
    warmUp.pages.delete(page);
    if (warmUp.pages.size === 0) warmUp.done();
    return;
  }
  const sentAt = timed ? pending.get(text) : undefined;
  if (sentAt === undefined) return;
  pending.delete(text);
  run.latencies.push(performance.now() - sentAt);
  if (run.active) run.echoedInWindow++;
}

async function setUpSession(baseUrl: string, generator: number, index: number, timeoutMs: number): Promise<BenchSession> {
  const browser = browserFrom(addressOf(generator, index), baseUrl);
  const page1 = browser.newPage();
  const page2 = browser.newPage();
  const text = `w${generator}-${index}`;
  const steps = async () => {
    const details = new SessionDetails();
    details.eCustDetails = { eCustName: `Bench ${generator}-${index}`, pTopic: 'load' };
    await page1.client.start(details, 'History');
    await page2.client.open();
    const echoed = new Promise<void>((resolve) => warmUps.set(text, { pages: new Set([page1, page2]), done: resolve }));
    page1.client.on('OnEcho', (msg: unknown) => onEcho(page1, msg, false));
    page2.client.on('OnEcho', (msg: unknown) => onEcho(page2, msg, true));
    await Promise.all([page1.client.sendMessage(text), echoed]);
  };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not held within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    await Promise.race([steps(), deadline]);
    return { page1, page2 };
  } catch (error) {
    page1.client.dispose();
    page2.client.dispose();
    throw error;
  } finally {
    clearTimeout(timer);
    warmUps.delete(text);
  }
}

async function setup(message: Extract<ToGenerator, { type: 'setup' }>): Promise<void> {
  const began = performance.now();
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
        held.push(await setUpSession(message.baseUrl, message.generator, index, message.timeoutMs));
      } catch (error) {
        const code = codeOf(error);
        failed[code] = (failed[code] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(message.concurrency, message.count) }, worker));
  clearInterval(progress);
  tell({ type: 'setup-done', held: held.length, failed, streamConnects, setupMs: performance.now() - began });
}

// --- the run -----------------------------------------------------------------------------------

async function load(message: Extract<ToGenerator, { type: 'run' }>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, message.startAt - Date.now())));
  const connectsBefore = streamConnects;
  const cpuBefore = process.cpuUsage();
  const sendErrors: Record<string, number> = {};
  const lags: number[] = [];
  const interval = 1000 / message.rate;
  const windowMs = message.seconds * 1000;
  const start = performance.now();
  let sent = 0;
  let due = 0;
  let skipped = 0;
  const maxOutstanding = Math.max(100, Math.ceil(message.rate * MAX_OUTSTANDING_S));
  run.active = true;

  const sendOne = () => {
    const session = held[due % held.length];
    const now = performance.now();
    lags.push(now - (start + (due + 1) * interval)); // the k-th send is due at (k + 1) intervals
    due++;
    if (session === undefined) return;
    if (pending.size >= maxOutstanding) {
      skipped++;
      return;
    }
    const text = `m${sent}`;
    pending.set(text, now);
    sent++;
    session.page1.client.sendMessage(text).catch((error: unknown) => {
      pending.delete(text);
      const code = codeOf(error);
      sendErrors[code] = (sendErrors[code] ?? 0) + 1;
    });
  };

  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const elapsed = performance.now() - start;
      const target = Math.floor(Math.min(elapsed, windowMs) / interval);
      while (due < target && held.length > 0) sendOne();
      if (elapsed >= windowMs) {
        clearInterval(tick);
        resolve();
      }
    }, 1);
  });
  run.active = false;
  const cpu = process.cpuUsage(cpuBefore);
  const graceEnd = performance.now() + GRACE_MS;
  while (pending.size > 0 && performance.now() < graceEnd) await new Promise((resolve) => setTimeout(resolve, 20));

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
