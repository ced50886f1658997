// npm run bench:server [-- --sessions 1000 --pages 2 --rate 2000 --in-flight 200 --seconds 10
//                         --phases latency,capacity --generators N --only reference,redis,redis-2,baseline --profile DIR]
//
// The reference server under load from simulated browsers, and a bare node:http baseline
// (baseline-server.ts) under the same load in the same run. The reference server runs three ways:
// one node on the embedded store (reference), one node on Redis (redis), two nodes on one Redis
// (redis-2: each browser session's page 1 on node 1, page 2 and the bot on node 2, so every echo
// timed crosses nodes); each Redis kind gets a fresh redis-server (test/redis-server.ts: loopback,
// a free port, AOF everysec as deployed), whose CPU and RSS (from /proc) are counted with the
// nodes', and whose commands (INFO commandstats) are counted per message. For each kind in turn: it starts as
// a child process (127.0.0.1, any free port, LOG_LEVEL=warn, LIVECHAT_BOT=1 so a simulated agent
// answers, a temporary LIVECHAT_DATA_DIR, limits raised for the load); load-generator.ts processes
// (several - 20,000 open files a process here) set up the browser sessions - Start on page 1,
// Open on page 2, each page with its own event stream, a warm-up message seen on every page -
// then the phases run, each for --seconds:
// - latency: messages at a fixed total rate (--rate), timing SendMessage -> OnEcho on the last page;
// - capacity: a fixed number of messages awaiting their echo (--in-flight), each echo sending the
//   next (closed loop): the messages/s echoed is the most the server carries.
// Then the generators and the server stop.
//
// The generators speak HTTP themselves (raw-http.ts, sse-reader.ts), not through the client
// library, so that they take a small share of the two cores: the bench prints that share.
//
// Prints, per server (the nodes' figures summed): sessions held, open streams and the server's sockets, server RSS and memory
// per session ((RSS after setup - RSS idle) / sessions held, both after a full GC; Redis's RSS added); per phase
// messages/s, latency p50/p90/p99, CPU per message of the server and of the generators and the
// generators' share of the CPU, Redis's CPU and commands per message; then each kind's ratios to
// the baseline, redis to reference, redis-2 to redis, and the issue's goals, reported, never asserted. Percentiles are exact, from every sample sorted: a run has a few
// 10,000 samples, so an HDR histogram's bucketing would buy nothing but a dependency. Every child
// is stopped on success, failure and Ctrl+C; if the bench itself is killed, the generators exit
// with their IPC channel and the servers stop through server-hooks.ts (a redis-server is left
// running only when the bench is killed with SIGKILL).
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { type RedisServer, redisServerMissing, startRedisServer } from '../test/redis-server.ts';
import { type FromGenerator, type PhaseName, quantile, type RunDone, type SetupDone, type ToGenerator } from './messages.ts';

const here = import.meta.dirname;
const root = join(here, '..', '..');
const MiB = 1024 * 1024;
const CLOCK_TICKS = 100; // Linux's USER_HZ, the unit of /proc/<pid>/stat's CPU times
const PHASES: readonly PhaseName[] = ['latency', 'capacity'];
/** Messages a second no server reaches here: the per-session rate limit is raised for it (the capacity phase has no fixed rate). */
const CAPACITY_CEILING = 20_000;

/**
 * reference: one node on the embedded store; redis: one node on a Redis store; redis-2: two nodes on
 * one Redis, each browser session's page 1 on node 1 and page 2 on node 2 (the bot, a CSO, on node 2);
 * baseline: the bare node:http server.
 */
const KINDS = ['reference', 'redis', 'redis-2', 'baseline'] as const;
type Kind = (typeof KINDS)[number];
const onRedis = (kind: Kind) => kind === 'redis' || kind === 'redis-2';
type Options = {
  sessions: number;
  pages: number;
  rate: number;
  /** The capacity phase's messages awaiting their echo at any time, in total. */
  inFlight: number;
  seconds: number;
  phases: PhaseName[];
  generators: number;
  kinds: Kind[];
  /** Where CPU profiles of each phase go (server-hooks.ts and the generators write them). */
  profileDir: string | undefined;
  /** Where each server's heap snapshot after setup goes. */
  heapSnapshotDir: string | undefined;
};

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      sessions: { type: 'string', default: '1000' },
      pages: { type: 'string', default: '2' },
      rate: { type: 'string', default: '2000' },
      'in-flight': { type: 'string', default: '200' },
      seconds: { type: 'string', default: '10' },
      phases: { type: 'string', default: PHASES.join(',') },
      generators: { type: 'string' },
      only: { type: 'string' },
      /** CPU profiles of every server and generator, a file a phase (node:inspector), into this directory. */
      profile: { type: 'string' },
      /** A heap snapshot of every server after setup, into this directory. */
      'heap-snapshot': { type: 'string' },
    },
  });
  const positive = (name: string, raw: string | undefined) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number >= 1 (got ${raw})`);
    return value;
  };
  const sessions = positive('sessions', values.sessions);
  const pages = positive('pages', values.pages);
  if (pages > 2) throw new Error('--pages must be 1 or 2');
  const phases = values.phases === 'none' ? [] : (values.phases ?? '').split(',').map((p) => p.trim());
  for (const phase of phases)
    if (!PHASES.includes(phase as PhaseName)) throw new Error(`--phases takes ${PHASES.join(', ')} or none (got ${phase})`);
  // Each generator holds its sessions' streams and its call connections: 6,000 streams a process at most.
  const generators = Math.min(
    sessions,
    positive('generators', values.generators ?? String(Math.max(2, Math.ceil((sessions * pages) / 6000)))),
  );
  const only = values.only?.split(',').map((k) => k.trim());
  for (const kind of only ?? [])
    if (!KINDS.includes(kind as Kind)) throw new Error(`--only takes a list of ${KINDS.join(', ')} (got ${kind})`);
  // Asked for by name, a Redis kind needs redis-server; by default, without it, they are skipped (saying so).
  let kinds = only !== undefined ? KINDS.filter((k) => only.includes(k)) : [...KINDS];
  if (kinds.some(onRedis)) {
    const missing = redisServerMissing();
    if (missing !== undefined && only !== undefined) throw new Error(`--only ${values.only}: ${missing}`);
    if (missing !== undefined) {
      console.log(`skipped redis and redis-2: ${missing}`);
      kinds = kinds.filter((k) => !onRedis(k));
    }
  }
  return {
    sessions,
    pages,
    rate: positive('rate', values.rate),
    inFlight: positive('in-flight', values['in-flight']),
    seconds: positive('seconds', values.seconds),
    phases: phases as PhaseName[],
    generators,
    kinds,
    profileDir: values.profile !== undefined ? resolve(values.profile) : undefined,
    heapSnapshotDir: values['heap-snapshot'] !== undefined ? resolve(values['heap-snapshot']) : undefined,
  };
}

// --- children, always stopped ------------------------------------------------------------------

const children = new Set<ChildProcess>();
/** redis-server processes (started by test/redis-server.ts), by pid. */
const redisPids = new Set<number>();
const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
function killAll(): void {
  for (const child of children) if (running(child)) child.kill('SIGKILL');
  for (const pid of redisPids)
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    process.stderr.write(`\n${signal}: stopping the servers and load generators\n`);
    killAll();
    process.exit(130);
  });

function track<T extends ChildProcess>(child: T): T {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

const exited = (child: ChildProcess) =>
  running(child) ? new Promise<void>((resolve) => child.once('exit', () => resolve())) : Promise.resolve();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stop(child: ChildProcess, graceMs: number): Promise<void> {
  if (!running(child)) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}

// --- the server under test ---------------------------------------------------------------------

type Server = { child: ChildProcess; pid: number; baseUrl: string; stderr: string[] };

/** `store`: a Redis URL (else the embedded store); `bot`: this node runs the simulated CSO (one node of a deployment does). */
async function startServer(kind: Kind, dataDir: string, options: Options, node: { store?: string; bot: boolean }): Promise<Server> {
  const entry = kind === 'baseline' ? join(here, 'baseline-server.ts') : join(root, 'reference-server', 'main.ts');
  const env = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    LIVECHAT_BOT: node.bot ? '1' : '0',
    LIVECHAT_STORE: node.store ?? 'embedded',
    LIVECHAT_DATA_DIR: dataDir,
    // Room for every session (twice: a chat that ended lingers for its session-end timer) and for
    // every Start of setup waiting at once for the bot; each session's messages a minute at the
    // higher rate, 4x; every stream (10,000 sessions on one page fit the open-file limit's half).
    LIVECHAT_MAX_SESSIONS: String(options.sessions * 2 + 100),
    LIVECHAT_MAX_QUEUE: String(options.sessions + 100),
    LIVECHAT_MAX_STREAMS: String(options.sessions * options.pages + 100),
    LIVECHAT_MESSAGES_PER_MINUTE: String(Math.max(120, Math.ceil((Math.max(options.rate, CAPACITY_CEILING) / options.sessions) * 60 * 4))),
  };
  const child = track(
    spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--import', pathToFileURL(join(here, 'server-hooks.ts')).href, entry], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
  );
  child.channel?.unref();
  // Its first lines (a warning at start) and its last ones (how it ended), 20 of each.
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    for (const line of text.trimEnd().split('\n')) {
      stderr.push(line);
      if (stderr.length > 40) stderr.splice(20, 1);
    }
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the ${kind} server did not listen within 60 s:\n${stderr.join('\n')}`)), 60_000);
    child.stdout?.setEncoding('utf8').on('data', (text: string) => {
      out += text;
      const found = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => reject(new Error(`the ${kind} server exited (${code}) before listening:\n${stderr.join('\n')}`)));
  });
  if (child.pid === undefined) throw new Error('no pid');
  return { child, pid: child.pid, baseUrl, stderr };
}

type Usage = { rss: number; heapUsed: number; heapTotal: number; external: number };
type Loop = { delayP50: number; delayP99: number; delayMax: number; gcMax: number; gcTotal: number };

/**
 * Asks server-hooks.ts in the server: 'memory' (after a full GC), 'loop' (event-loop delay and GC
 * pauses since the last ask), 'profile-start' and 'profile-stop' (a CPU profile written to `path`),
 * 'snapshot' (a heap snapshot written to `path`).
 */
function ask(server: Server, what: 'memory'): Promise<Usage>;
function ask(server: Server, what: 'loop'): Promise<Loop>;
function ask(server: Server, what: 'profile-start'): Promise<unknown>;
function ask(server: Server, what: 'profile-stop' | 'snapshot', path: string): Promise<unknown>;
function ask(server: Server, what: 'memory' | 'loop' | 'profile-start' | 'profile-stop' | 'snapshot', path?: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not answer '${what}'`)), 60_000);
    const listener = (message: { type?: string }) => {
      if (message?.type !== what) return;
      clearTimeout(timer);
      server.child.off('message', listener);
      resolve(message);
    };
    server.child.on('message', listener);
    server.child.send(path === undefined ? what : { type: what, path });
  });
}

async function memory(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kB('VmRSS'), peak: kB('VmHWM') };
}

/** CPU time (user + system) of a process so far, ms. */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** The process's open-file limit (soft). */
async function openFileLimit(pid: number): Promise<number> {
  const limits = await readFile(`/proc/${pid}/limits`, 'utf8');
  return Number(/^Max open files\s+(\d+)/m.exec(limits)?.[1] ?? Number.POSITIVE_INFINITY);
}

async function socketCount(pid: number): Promise<number> {
  const fds = await readdir(`/proc/${pid}/fd`);
  const links = await Promise.all(fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')));
  return links.filter((link) => link.startsWith('socket:')).length;
}

// --- load generators ---------------------------------------------------------------------------

type Generator = {
  child: ChildProcess;
  /** Sessions held and failed so far during setup. */
  progress: { held: number; failed: number };
  next<T extends FromGenerator['type']>(type: T, timeoutMs: number): Promise<FromGenerator & { type: T }>;
};

function startGenerator(): Generator {
  const child = track(
    fork(join(here, 'load-generator.ts'), [], {
      cwd: root,
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  const inbox: FromGenerator[] = [];
  let waiter: (() => void) | undefined;
  const progress = { held: 0, failed: 0 };
  child.on('message', (message: FromGenerator) => {
    if (message.type === 'progress') {
      progress.held = message.held;
      progress.failed = Object.values(message.failed).reduce((a, b) => a + b, 0);
      return;
    }
    inbox.push(message);
    waiter?.();
  });
  child.once('exit', () => waiter?.());
  return {
    child,
    progress,
    async next(type, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const message = inbox.shift();
        if (message?.type === 'error') throw new Error(`a load generator failed: ${message.message}`);
        if (message?.type === type) return message as FromGenerator & { type: typeof type };
        if (message !== undefined) continue;
        if (!running(child)) throw new Error(`a load generator exited (${child.exitCode ?? child.signalCode})`);
        if (Date.now() > deadline) throw new Error(`a load generator sent no ${type} within ${Math.round(timeoutMs / 1000)} s`);
        await new Promise<void>((resolve) => {
          waiter = resolve;
          setTimeout(resolve, 1000);
        });
        waiter = undefined;
      }
    },
  };
}

// --- the servers under test: one node, or two on one Redis -----------------------------------------

/** The Redis of a deployment: its process (for /proc) and the bench's own connection (for INFO). */
type RedisSide = { server: RedisServer; pid: number; client: Redis };

/** What the bench measures: the node(s) and, on Redis, redis-server. Figures of the nodes are summed. */
type Deployment = { kind: Kind; nodes: Server[]; redis: RedisSide | undefined };

/** Commands Redis ran so far (INFO commandstats: calls by command, those run inside scripts too), the bench's own INFO left out. */
async function redisCommands(redis: RedisSide): Promise<Record<string, number>> {
  const text = await redis.client.info('commandstats');
  const calls: Record<string, number> = {};
  for (const [, name, n] of text.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm))
    if (name !== undefined && name !== 'info') calls[name] = Number(n);
  return calls;
}
/**
 * Waits until Redis is back to what holding the sessions costs (`idlePerS` commands a second, or a
 * few more), at most 30 s: the bot's answers may trail the echoes, and they are the messages' work too.
 * How long it took, s.
 */
async function redisQuiet(redis: RedisSide, idlePerS: number): Promise<number> {
  const began = Date.now();
  let last = total(await redisCommands(redis));
  while (Date.now() - began < 30_000) {
    await sleep(500);
    const now = total(await redisCommands(redis));
    if (now - last <= idlePerS * 0.5 * 1.5 + 5) break;
    last = now;
  }
  return (Date.now() - began) / 1000;
}
function difference(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const changed: Record<string, number> = {};
  for (const [name, n] of Object.entries(after)) if (n > (before[name] ?? 0)) changed[name] = n - (before[name] ?? 0);
  return changed;
}

const total = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);
const nodeMemory = async (d: Deployment) => {
  const each = await Promise.all(d.nodes.map((n) => memory(n.pid)));
  return { rss: sum(each.map((m) => m.rss)), peak: sum(each.map((m) => m.peak)) };
};
const redisMemory = async (d: Deployment) => (d.redis === undefined ? { rss: 0, peak: 0 } : memory(d.redis.pid));
const nodesCpuMs = async (d: Deployment) => sum(await Promise.all(d.nodes.map((n) => cpuMs(n.pid))));
const redisCpuMs = async (d: Deployment) => (d.redis === undefined ? 0 : cpuMs(d.redis.pid));
/** Every node's process.memoryUsage() after a full GC, summed. */
async function askMemory(d: Deployment): Promise<Usage> {
  const each = await Promise.all(d.nodes.map((n) => ask(n, 'memory')));
  return {
    rss: sum(each.map((u) => u.rss)),
    heapUsed: sum(each.map((u) => u.heapUsed)),
    heapTotal: sum(each.map((u) => u.heapTotal)),
    external: sum(each.map((u) => u.external)),
  };
}
/** The nodes' event loops: the worst node's delay, GC pauses summed (total) and the longest. */
async function askLoop(d: Deployment): Promise<Loop> {
  const each = await Promise.all(d.nodes.map((n) => ask(n, 'loop')));
  return {
    delayP50: Math.max(...each.map((l) => l.delayP50)),
    delayP99: Math.max(...each.map((l) => l.delayP99)),
    delayMax: Math.max(...each.map((l) => l.delayMax)),
    gcMax: Math.max(...each.map((l) => l.gcMax)),
    gcTotal: sum(each.map((l) => l.gcTotal)),
  };
}
/** A file name for node i's profiles and snapshots. */
const nodeName = (d: Deployment, i: number) => (d.nodes.length > 1 ? `${d.kind}-node${i + 1}` : d.kind);

// --- one deployment under load -----------------------------------------------------------------

type Phase = {
  name: PhaseName;
  /** What the phase offered: a rate, or messages in flight. */
  load: string;
  sent: number;
  skipped: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  unechoed: number;
  sendErrors: Record<string, number>;
  reconnects: number;
  /** Cores the node(s) used during the phase, all together. */
  serverCpu: number;
  loop: Loop | undefined;
  /** Cores redis-server used during the phase (0 without Redis). */
  redisCpu: number;
  /** Commands Redis ran from the phase's start until it was quiet again after the last echo, by command. */
  redisCommands: Record<string, number> | undefined;
  /** How long after the generators' last echo (or grace period) Redis went on working on the phase's messages, s. */
  redisTrailS: number;
  /** Cores the generators used during the phase, all together. */
  generatorsCpu: number;
  scheduleLagP99: number;
};

type Result = {
  kind: Kind;
  nodes: number;
  held: number;
  /** Sessions held and RSS (after a full GC; the nodes' and Redis's) when the first half of them was set up. */
  halfway: { held: number; rss: number; redisRss: number } | undefined;
  failed: Record<string, number>;
  setupS: number;
  streamConnects: number;
  serverSockets: number;
  fileLimit: number;
  idleRss: number;
  idleHeap: number;
  setupRss: number;
  setupGcRss: number;
  setupHeap: number;
  /** V8's heap as committed (what of it RSS counts) and memory outside it (buffers), after setup and a full GC. */
  setupHeapTotal: number;
  setupExternal: number;
  endRss: number;
  peakRss: number;
  idleCpu: number;
  /** redis-server's RSS idle, after setup, at the end, its peak; its CPU and commands a second holding the sessions (all 0 without Redis). */
  redis:
    | {
        idleRss: number;
        setupRss: number;
        endRss: number;
        peakRss: number;
        idleCpu: number;
        idleCommandsPerS: number;
        /** Commands a second holding the sessions, by command. */
        idleCommands: Record<string, number>;
      }
    | undefined;
  phases: Phase[];
  stderr: string[];
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
function merge(records: Record<string, number>[]): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const record of records) for (const [key, n] of Object.entries(record)) merged[key] = (merged[key] ?? 0) + n;
  return merged;
}

/** One phase: every generator sends its share of `rate` for --seconds; the servers' CPU and loops are taken over the same window. */
async function runPhase(
  name: PhaseName,
  d: Deployment,
  generators: Generator[],
  options: Options,
  alive: <T>(work: Promise<T>) => Promise<T>,
  idleCommandsPerS: number,
): Promise<Phase> {
  const kind = d.kind;
  const load = name === 'latency' ? `${options.rate} messages/s` : `${options.inFlight} messages in flight`;
  process.stderr.write(`${kind}: ${name} phase, ${load} for ${options.seconds} s\n`);
  const profile = (who: string) =>
    options.profileDir === undefined ? undefined : join(options.profileDir, `${kind}-${name}-${who}.cpuprofile`);
  const serverProfiles = d.nodes.map((_, i) => profile(d.nodes.length > 1 ? `node${i + 1}` : 'server'));
  if (options.profileDir !== undefined) await alive(Promise.all(d.nodes.map((n) => ask(n, 'profile-start'))));
  const commandsBefore = d.redis === undefined ? undefined : await redisCommands(d.redis);
  const startAt = Date.now() + 500;
  const during = (async () => {
    await sleep(startAt - Date.now());
    const before = await nodesCpuMs(d);
    const redisBefore = await redisCpuMs(d);
    await askLoop(d);
    await sleep(options.seconds * 1000);
    return {
      cpu: (await nodesCpuMs(d)) - before,
      redisCpu: (await redisCpuMs(d)) - redisBefore,
      loop: await askLoop(d),
    };
  })().catch(() => undefined);
  const runs = await alive(
    Promise.all(
      generators.map((g, i) => {
        const path = profile(`generator-${i + 1}`);
        const message: ToGenerator = {
          type: 'run',
          phase: name,
          rate: options.rate / generators.length,
          ...(name === 'capacity' ? { outstanding: Math.max(1, Math.round(options.inFlight / generators.length)) } : {}),
          seconds: options.seconds,
          startAt,
          ...(path !== undefined ? { profilePath: path } : {}),
        };
        g.child.send(message);
        return g.next('run-done', (options.seconds + 180) * 1000) as Promise<RunDone>;
      }),
    ),
  );
  const measured = await during;
  const redisTrailS = d.redis === undefined ? 0 : await redisQuiet(d.redis, idleCommandsPerS);
  const commands =
    d.redis === undefined || commandsBefore === undefined ? undefined : difference(await redisCommands(d.redis), commandsBefore);
  if (options.profileDir !== undefined)
    await alive(Promise.all(d.nodes.map((n, i) => ask(n, 'profile-stop', serverProfiles[i] as string))));
  const latencies = Float64Array.from(runs.flatMap((r) => Array.from(r.latencies))).sort();
  const windowMs = options.seconds * 1000;
  return {
    name,
    load: name === 'latency' ? `${options.rate}/s` : `${options.inFlight} in flight`,
    sent: sum(runs.map((r) => r.sent)),
    skipped: sum(runs.map((r) => r.skipped)),
    perSecond: sum(runs.map((r) => r.echoedInWindow)) / options.seconds,
    p50: quantile(latencies, 0.5),
    p90: quantile(latencies, 0.9),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
    unechoed: sum(runs.map((r) => r.unechoed)),
    sendErrors: merge(runs.map((r) => r.sendErrors)),
    reconnects: sum(runs.map((r) => r.streamReconnects)),
    serverCpu: (measured?.cpu ?? Number.NaN) / windowMs,
    loop: measured?.loop,
    redisCpu: (measured?.redisCpu ?? Number.NaN) / windowMs,
    redisCommands: commands,
    redisTrailS,
    generatorsCpu: sum(runs.map((r) => r.cpuMs)) / windowMs,
    scheduleLagP99: Math.max(...runs.map((r) => r.scheduleLagP99)),
  };
}

/** Starts what `kind` runs: redis-server first (a fresh one a kind), then the node(s), the bot on the last one. */
async function startDeployment(kind: Kind, options: Options, dataDirs: string[], d: Deployment): Promise<void> {
  let storeUrl: string | undefined;
  if (onRedis(kind)) {
    const server = await startRedisServer();
    const pid = server.pid();
    if (pid !== undefined) redisPids.add(pid);
    const client = new Redis(server.url, { maxRetriesPerRequest: 1 });
    d.redis = { server, pid: pid ?? Number.NaN, client };
    storeUrl = server.url;
  }
  const count = kind === 'redis-2' ? 2 : 1;
  for (let i = 0; i < count; i++) {
    const dataDir = await mkdtemp(join(tmpdir(), `livechat-bench-${kind}-`));
    dataDirs.push(dataDir);
    d.nodes.push(
      await startServer(kind, dataDir, options, { ...(storeUrl !== undefined ? { store: storeUrl } : {}), bot: i === count - 1 }),
    );
  }
}

async function measure(kind: Kind, options: Options): Promise<Result> {
  process.stderr.write(`${kind}: starting the server${kind === 'redis-2' ? 's' : ''}\n`);
  const dataDirs: string[] = [];
  const generators: Generator[] = [];
  const d: Deployment = { kind, nodes: [], redis: undefined };
  let progress: NodeJS.Timeout | undefined;
  try {
    await startDeployment(kind, options, dataDirs, d);
    // Whatever the bench waits for, it stops waiting when a server dies (the catch below says how).
    const died = Promise.race(
      d.nodes.map((n) => new Promise<never>((_, reject) => n.child.once('exit', () => reject(new Error(`the ${kind} server exited`))))),
    );
    died.catch(() => {});
    const alive = <T>(work: Promise<T>) => Promise.race([work, died]);
    // A moment to settle after start and after setup (a second at the default size, less when tiny).
    const settleMs = Math.min(1000, 100 + options.sessions);
    await sleep(settleMs);
    const idle = await alive(askMemory(d));
    const redisIdle = await redisMemory(d);
    for (let i = 0; i < options.generators; i++) generators.push(startGenerator());
    await Promise.all(generators.map((g) => g.next('ready', 60_000)));

    // Setup's time budget: sessions not begun within it are counted as failed, and the run goes on.
    const budgetMs = 120_000 + options.sessions * 60;
    process.stderr.write(
      `${kind}: setting up ${options.sessions} browser sessions of ${options.pages} page(s) (${options.generators} load generators, at most ${budgetMs / 1000} s)\n`,
    );
    // Two rounds, half the sessions each, memory taken after each: what the second half added is
    // what a session costs, without what a server grows to once under load (JIT code, V8's young
    // generation sized up) - a fixed cost that would weigh on every session of a small run.
    const half = Math.floor(options.sessions / 2);
    const rounds = [
      { first: 0, count: half },
      { first: half, count: options.sessions - half },
    ].filter((round) => round.count > 0);
    progress = setInterval(() => {
      const held = generators.reduce((n, g) => n + g.progress.held, 0);
      const failed = generators.reduce((n, g) => n + g.progress.failed, 0);
      void nodeMemory(d).then(
        ({ rss }) =>
          process.stderr.write(`${kind}: ${held} sessions held, ${failed} failed so far; server RSS ${fixed(rss / MiB, 0)} MiB\n`),
        () => {},
      );
    }, 10_000);
    const setupProfiles =
      options.profileDir === undefined
        ? undefined
        : d.nodes.map((_, i) => join(options.profileDir as string, `${nodeName(d, i)}-setup-server.cpuprofile`));
    if (setupProfiles !== undefined) await alive(Promise.all(d.nodes.map((n) => ask(n, 'profile-start'))));
    const setups: SetupDone[] = [];
    let halfway: Result['halfway'];
    for (const round of rounds) {
      if (setups.length > 0) {
        await sleep(settleMs);
        halfway = {
          held: sum(setups.map((s) => s.held)),
          rss: (await alive(askMemory(d))).rss,
          redisRss: (await redisMemory(d)).rss,
        };
      }
      const share = (i: number) => Math.floor(round.count / options.generators) + (i < round.count % options.generators ? 1 : 0);
      let first = round.first;
      const done = await alive(
        Promise.all(
          generators.map((g, i) => {
            const message: ToGenerator = {
              type: 'setup',
              baseUrls: d.nodes.map((n) => n.baseUrl),
              generator: i,
              first,
              count: share(i),
              pages: options.pages,
              concurrency: 25,
              timeoutMs: 30_000,
              budgetMs,
            };
            first += share(i);
            g.child.send(message);
            return g.next('setup-done', budgetMs + 120_000) as Promise<SetupDone>;
          }),
        ),
      );
      setups.push(...done);
    }
    clearInterval(progress);
    if (setupProfiles !== undefined) await alive(Promise.all(d.nodes.map((n, i) => ask(n, 'profile-stop', setupProfiles[i] as string))));
    await sleep(settleMs);
    const setupMemory = await nodeMemory(d);
    const setupGc = await alive(askMemory(d));
    const redisSetup = await redisMemory(d);
    if (options.heapSnapshotDir !== undefined)
      for (const [i, n] of d.nodes.entries())
        await alive(ask(n, 'snapshot', join(options.heapSnapshotDir, `${nodeName(d, i)}-after-setup.heapsnapshot`)));
    const serverSockets = sum(await Promise.all(d.nodes.map((n) => socketCount(n.pid))));
    const fileLimit = Math.min(...(await Promise.all(d.nodes.map((n) => openFileLimit(n.pid)))));
    // What holding the sessions costs with no message sent: heartbeats, timers, Redis's leases and polls.
    const idleWindowMs = Math.min(3000, 500 + options.sessions);
    const idleBefore = await nodesCpuMs(d);
    const redisIdleBefore = await redisCpuMs(d);
    const idleCommandsBefore = d.redis === undefined ? undefined : await redisCommands(d.redis);
    await sleep(idleWindowMs);
    const idleCpu = ((await nodesCpuMs(d)) - idleBefore) / idleWindowMs;
    const redisIdleCpu = ((await redisCpuMs(d)) - redisIdleBefore) / idleWindowMs;
    const idleByCommand =
      d.redis === undefined || idleCommandsBefore === undefined ? {} : difference(await redisCommands(d.redis), idleCommandsBefore);
    const idleCommands = total(idleByCommand);

    const phases: Phase[] = [];
    for (const name of options.phases) {
      phases.push(await runPhase(name, d, generators, options, alive, (idleCommands * 1000) / idleWindowMs));
      await sleep(settleMs);
    }
    const end = await nodeMemory(d);
    const redisEnd = await redisMemory(d);
    return {
      kind,
      nodes: d.nodes.length,
      held: sum(setups.map((s) => s.held)),
      halfway,
      failed: merge(setups.map((s) => s.failed)),
      setupS: sum(setups.map((s) => s.setupMs)) / options.generators / 1000,
      streamConnects: sum(setups.map((s) => s.streamConnects)),
      serverSockets,
      fileLimit,
      idleRss: idle.rss,
      idleHeap: idle.heapUsed,
      setupRss: setupMemory.rss,
      setupGcRss: setupGc.rss,
      setupHeap: setupGc.heapUsed,
      setupHeapTotal: setupGc.heapTotal,
      setupExternal: setupGc.external,
      endRss: end.rss,
      peakRss: end.peak,
      idleCpu,
      redis:
        d.redis === undefined
          ? undefined
          : {
              idleRss: redisIdle.rss,
              setupRss: redisSetup.rss,
              endRss: redisEnd.rss,
              peakRss: redisEnd.peak,
              idleCpu: redisIdleCpu,
              idleCommandsPerS: (idleCommands * 1000) / idleWindowMs,
              idleCommands: Object.fromEntries(Object.entries(idleByCommand).map(([name, n]) => [name, (n * 1000) / idleWindowMs])),
            },
      phases,
      stderr: d.nodes.flatMap((n, i) => (d.nodes.length > 1 ? n.stderr.map((line) => `node ${i + 1}: ${line}`) : n.stderr)),
    };
  } catch (error) {
    // A server that died explains the failure better than the failure itself.
    const dead = d.nodes.find((n) => !running(n.child));
    if (dead !== undefined) {
      await sleep(200);
      const how = dead.child.exitCode !== null ? `exit code ${dead.child.exitCode}` : `signal ${dead.child.signalCode}`;
      throw new Error(`the ${kind} server stopped (${how}); its stderr:\n  ${dead.stderr.join('\n  ')}`, { cause: error });
    }
    throw error;
  } finally {
    clearInterval(progress);
    await Promise.all(generators.map((g) => stop(g.child, 2000)));
    await Promise.all(d.nodes.map((n) => stop(n.child, 15_000)));
    if (d.redis !== undefined) {
      d.redis.client.disconnect();
      await d.redis.server.remove();
      redisPids.delete(d.redis.pid);
    }
    for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
  }
}

// --- the report --------------------------------------------------------------------------------

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const counts = (record: Record<string, number>) =>
  Object.keys(record).length === 0
    ? 'none'
    : Object.entries(record)
        .map(([key, n]) => `${key} x${n}`)
        .join(', ');
/** RSS per session of the second half set up (the nodes' after a full GC both, and Redis's): what one more session costs. */
const perSession = (r: Result) =>
  r.halfway === undefined || r.held <= r.halfway.held
    ? perSessionAll(r)
    : (r.setupGcRss + (r.redis?.setupRss ?? 0) - r.halfway.rss - r.halfway.redisRss) / (r.held - r.halfway.held);
/** Of it, Redis's part. */
const redisPerSession = (r: Result) =>
  r.redis === undefined
    ? Number.NaN
    : r.halfway === undefined || r.held <= r.halfway.held
      ? (r.redis.setupRss - r.redis.idleRss) / Math.max(1, r.held)
      : (r.redis.setupRss - r.halfway.redisRss) / (r.held - r.halfway.held);
/** RSS per session held, from idle: fixed costs of a server under load included (after a full GC both; Redis's too). */
const perSessionAll = (r: Result) => (r.setupGcRss + (r.redis?.setupRss ?? 0) - r.idleRss - (r.redis?.idleRss ?? 0)) / Math.max(1, r.held);
const heapPerSession = (r: Result) => (r.setupHeap - r.idleHeap) / Math.max(1, r.held);
/** CPU ms a message echoed, of `cores` used over the phase. */
const perMessage = (cores: number, p: Phase) => (cores * 1000) / p.perSecond;
/** The generators' part of the CPU the bench used (node(s) + Redis + generators). */
const generatorShare = (p: Phase) => p.generatorsCpu / (p.serverCpu + p.redisCpu + p.generatorsCpu);
/** Redis commands a message sent (those run inside its scripts too). */
const commandsPerMessage = (p: Phase) => (p.redisCommands === undefined ? Number.NaN : total(p.redisCommands) / Math.max(1, p.sent));
/** What the figures of a kind without Redis show in a Redis row. */
const NONE = '-';
const phaseOf = (r: Result | undefined, name: PhaseName) => r?.phases.find((p) => p.name === name);
/** Past this, the generators did not send on schedule: the latency phase measured them, not the server. */
const LAG_LIMIT_MS = 50;
const ratio = (a: number | undefined, b: number | undefined, digits = 2) => fixed((a ?? Number.NaN) / (b ?? Number.NaN), digits);

function report(results: Result[], options: Options): void {
  const setupRows: [string, (r: Result) => string][] = [
    ['sessions held', (r) => `${r.held} / ${options.sessions}`],
    [`open streams (${options.pages} per session)`, (r) => String(r.held * options.pages)],
    ['stream connects at setup', (r) => String(r.streamConnects)],
    ['server sockets after setup', (r) => String(r.serverSockets)],
    ['setup time (s)', (r) => fixed(r.setupS)],
    ['server RSS idle, full GC (MiB)', (r) => fixed(r.idleRss / MiB)],
    ['server RSS after setup (MiB)', (r) => fixed(r.setupRss / MiB)],
    ['server RSS after setup, full GC (MiB)', (r) => fixed(r.setupGcRss / MiB)],
    ['server RSS at end (MiB)', (r) => fixed(r.endRss / MiB)],
    ['server RSS peak (MiB)', (r) => fixed(r.peakRss / MiB)],
    ['memory per session (KiB)', (r) => fixed(perSession(r) / 1024)],
    ['memory per session from idle, fixed costs in (KiB)', (r) => fixed(perSessionAll(r) / 1024)],
    ['JS heap per session (KiB)', (r) => fixed(heapPerSession(r) / 1024)],
    ['JS heap used / committed after setup, full GC (MiB)', (r) => `${fixed(r.setupHeap / MiB)} / ${fixed(r.setupHeapTotal / MiB)}`],
    ['memory outside the JS heap (external) after setup (MiB)', (r) => fixed(r.setupExternal / MiB)],
    ['server CPU holding sessions, no messages (cores)', (r) => fixed(r.idleCpu, 2)],
    ['Redis RSS idle (MiB)', (r) => (r.redis === undefined ? NONE : fixed(r.redis.idleRss / MiB))],
    ['Redis RSS after setup (MiB)', (r) => (r.redis === undefined ? NONE : fixed(r.redis.setupRss / MiB))],
    [
      'Redis RSS at end / peak (MiB)',
      (r) => (r.redis === undefined ? NONE : `${fixed(r.redis.endRss / MiB)} / ${fixed(r.redis.peakRss / MiB)}`),
    ],
    ['  of memory per session, Redis (KiB)', (r) => (r.redis === undefined ? NONE : fixed(redisPerSession(r) / 1024))],
    ['Redis CPU holding sessions, no messages (cores)', (r) => (r.redis === undefined ? NONE : fixed(r.redis.idleCpu, 2))],
    ['Redis commands a second holding sessions', (r) => (r.redis === undefined ? NONE : fixed(r.redis.idleCommandsPerS, 0))],
  ];
  const phaseRows: [string, (p: Phase) => string][] = [
    ['messages offered', (p) => p.load],
    ['messages sent', (p) => String(p.sent)],
    ['sends skipped (1 s of sends unechoed)', (p) => String(p.skipped)],
    ['messages/s achieved', (p) => fixed(p.perSecond, 0)],
    ['latency p50 (ms)', (p) => fixed(p.p50, 2)],
    ['latency p90 (ms)', (p) => fixed(p.p90, 2)],
    ['latency p99 (ms)', (p) => fixed(p.p99, 2)],
    ['latency max (ms)', (p) => fixed(p.max, 1)],
    ['messages never echoed', (p) => String(p.unechoed)],
    ['stream reconnects', (p) => String(p.reconnects)],
    ['server CPU (cores)', (p) => fixed(p.serverCpu, 2)],
    ['server CPU per message (ms)', (p) => fixed(perMessage(p.serverCpu, p), 3)],
    [
      'server event-loop delay p99 / max (ms)',
      (p) => `${fixed(p.loop?.delayP99 ?? Number.NaN)} / ${fixed(p.loop?.delayMax ?? Number.NaN)}`,
    ],
    ['server GC pauses total / max (ms)', (p) => `${fixed(p.loop?.gcTotal ?? Number.NaN, 0)} / ${fixed(p.loop?.gcMax ?? Number.NaN)}`],
    ['Redis CPU (cores)', (p) => (p.redisCommands === undefined ? NONE : fixed(p.redisCpu, 2))],
    ['Redis CPU per message (ms)', (p) => (p.redisCommands === undefined ? NONE : fixed(perMessage(p.redisCpu, p), 3))],
    ['Redis commands per message', (p) => (p.redisCommands === undefined ? NONE : fixed(commandsPerMessage(p), 1))],
    ['Redis busy after the last echo (s)', (p) => (p.redisCommands === undefined ? NONE : fixed(p.redisTrailS, 1))],
    ['server + Redis CPU per message (ms)', (p) => fixed(perMessage(p.serverCpu + p.redisCpu, p), 3)],
    ['generators CPU (cores)', (p) => fixed(p.generatorsCpu, 2)],
    ['generators CPU per message (ms)', (p) => fixed(perMessage(p.generatorsCpu, p), 3)],
    ['generators share of the bench CPU (%)', (p) => fixed(100 * generatorShare(p), 0)],
    ['generator schedule lag p99 (ms)', (p) => fixed(p.scheduleLagP99, 1)],
    [
      `bench CPU, server + Redis + generators (of ${availableParallelism()} cores)`,
      (p) => fixed(p.serverCpu + p.redisCpu + p.generatorsCpu, 2),
    ],
  ];
  const labels = [...setupRows.map(([l]) => l), ...phaseRows.map(([l]) => `  ${l}`)];
  const width = Math.max(...labels.map((label) => label.length)) + 2;
  const column = 16;
  const line = (label: string, values: string[]) => console.log(`${label.padEnd(width)}${values.map((v) => v.padStart(column)).join('')}`);
  console.log(
    `\nlivechat-kit server benchmark: ${options.sessions} browser sessions (${options.pages} page(s), a stream each), phases ${options.phases.join(', ') || 'none'} of ${options.seconds} s (latency at ${options.rate} messages/s, capacity with ${options.inFlight} in flight), ${options.generators} load generators`,
  );
  console.log(
    `conditions: ${availableParallelism()} cores shared by server, generators and any other work (bench CPU below: what the bench got), load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the end, Node ${process.version}`,
  );
  console.log(
    "reference: one node, embedded store; redis: one node on Redis; redis-2: two nodes on one Redis (page 1 on node 1, page 2 and the bot on node 2); server figures are the nodes' summed (event-loop delay: the worst node's); memory per session counts Redis too",
  );
  console.log('');
  line(
    '',
    results.map((r) => r.kind),
  );
  for (const [label, value] of setupRows) line(label, results.map(value));
  for (const name of options.phases) {
    console.log(`${name} phase`);
    for (const [label, value] of phaseRows)
      line(
        `  ${label}`,
        results.map((r) => {
          const p = phaseOf(r, name);
          return p === undefined ? 'n/a' : value(p);
        }),
      );
  }
  for (const r of results) {
    const sendErrors = merge(r.phases.map((p) => p.sendErrors));
    console.log(`${r.kind}: sessions failed: ${counts(r.failed)}; send errors: ${counts(sendErrors)}`);
    if (r.serverSockets > r.fileLimit * 0.95)
      console.log(
        `${r.kind}: the server holds ${r.serverSockets} sockets of its ${r.fileLimit} open files: calls that need a new connection fail (use --pages 1 for 10,000 sessions)`,
      );
    const latency = phaseOf(r, 'latency');
    if (latency !== undefined && latency.scheduleLagP99 > LAG_LIMIT_MS)
      console.log(
        `${r.kind}: the load generators fell behind their schedule in the latency phase (lag p99 ${fixed(latency.scheduleLagP99, 0)} ms > ${LAG_LIMIT_MS} ms): its latencies measure the generators as much as the server`,
      );
    if (r.stderr.length > 0) console.log(`${r.kind} server stderr:\n  ${r.stderr.join('\n  ')}`);
    if (r.redis !== undefined)
      console.log(
        `${r.kind} holding sessions, no messages: Redis commands a second by command: ${Object.entries(r.redis.idleCommands)
          .sort(([, a], [, b]) => b - a)
          .map(([name, n]) => `${name} ${fixed(n, 0)}`)
          .join(', ')}`,
      );
    for (const p of r.phases)
      if (p.redisCommands !== undefined)
        console.log(
          `${r.kind} ${p.name}: Redis commands per message by command (INFO commandstats, scripts' inner commands too): ${Object.entries(
            p.redisCommands,
          )
            .sort(([, a], [, b]) => b - a)
            .map(([name, n]) => `${name} ${fixed(n / Math.max(1, p.sent), 2)}`)
            .join(', ')}`,
        );
  }

  const reference = results.find((r) => r.kind === 'reference');
  const baseline = results.find((r) => r.kind === 'baseline');
  // Throughput: what the capacity phase sustained (the latency phase's when it alone ran: equal when both keep up).
  const throughputOf = (r: Result | undefined) => (phaseOf(r, 'capacity') ?? phaseOf(r, 'latency'))?.perSecond;
  const p99Of = (r: Result | undefined) => phaseOf(r, 'latency')?.p99;
  /** The node(s)' and Redis's CPU a message. */
  const cpuPerMessageOf = (r: Result | undefined) => {
    const p = phaseOf(r, 'capacity') ?? phaseOf(r, 'latency');
    return p === undefined ? undefined : perMessage(p.serverCpu + p.redisCpu, p);
  };
  const ratios = (a: Result, b: Result) =>
    `\n${a.kind} / ${b.kind}: throughput ${ratio(throughputOf(a), throughputOf(b))}, p99 send->echo ${ratio(p99Of(a), p99Of(b))}, memory per session ${ratio(perSession(a), perSession(b))} (from idle, fixed costs in: ${ratio(perSessionAll(a), perSessionAll(b))}), server${onRedis(a.kind) || onRedis(b.kind) ? ' + Redis' : ''} CPU per message ${ratio(cpuPerMessageOf(a), cpuPerMessageOf(b))}`;
  if (baseline !== undefined) for (const r of results) if (r !== baseline) console.log(ratios(r, baseline));
  const oneNode = results.find((r) => r.kind === 'redis');
  const twoNodes = results.find((r) => r.kind === 'redis-2');
  if (reference !== undefined && oneNode !== undefined) console.log(ratios(oneNode, reference));
  if (oneNode !== undefined && twoNodes !== undefined) console.log(ratios(twoNodes, oneNode));
  if (reference === undefined) return;
  const mark = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : 'not met');
  const at = (r: Result | undefined, test: (value: number, base: number) => boolean, value?: number, base?: number) =>
    value === undefined || base === undefined || r === undefined ? undefined : test(value, base);
  console.log('\ngoals of issue 15 (reported, not asserted), for the reference server against the baseline of this run:');
  console.log(
    `  throughput at least 0.6x the baseline's: ${ratio(throughputOf(reference), throughputOf(baseline))} (${mark(at(baseline, (v, b) => v >= 0.6 * b, throughputOf(reference), throughputOf(baseline)))})${phaseOf(reference, 'capacity') === undefined ? ' - from the latency phase: run the capacity phase to tell' : ''}`,
  );
  console.log(
    `  p99 send->echo on the ${options.pages === 2 ? 'second tab' : 'page'} at most 2x the baseline's: ${ratio(p99Of(reference), p99Of(baseline))} (${mark(at(baseline, (v, b) => v <= 2 * b, p99Of(reference), p99Of(baseline)))})`,
  );
  console.log(
    `  memory per session at most 1.5x the baseline's: ${ratio(perSession(reference), baseline && perSession(baseline))} (${mark(at(baseline, (v, b) => v <= 1.5 * b, perSession(reference), baseline && perSession(baseline)))})`,
  );
  console.log(
    `  10,000 sessions with a stream under 1 GiB: ${reference.held} held, RSS ${fixed(reference.setupRss / MiB)} MiB after setup (${fixed(reference.setupGcRss / MiB)} after a full GC), ${fixed(reference.peakRss / MiB)} MiB peak; ${reference.held >= 10_000 ? mark(reference.setupRss < 1024 * MiB) : 'run --sessions 10000 --pages 1 to tell'}`,
  );
  for (const r of results)
    for (const p of r.phases)
      console.log(
        `  ${r.kind} ${p.name}: the generators took ${fixed(100 * generatorShare(p), 0)}% of the bench's CPU (${fixed(p.generatorsCpu, 2)} of ${fixed(p.serverCpu + p.redisCpu + p.generatorsCpu, 2)} cores)`,
      );
}

async function main(): Promise<void> {
  const options = readOptions();
  for (const dir of [options.profileDir, options.heapSnapshotDir]) if (dir !== undefined) await mkdir(dir, { recursive: true });
  const results: Result[] = [];
  for (const kind of options.kinds) results.push(await measure(kind, options));
  report(results, options);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:server failed: ${(error as Error)?.stack ?? error}`);
    killAll();
    process.exit(1);
  },
);
