// npm run bench:transcripts [-- --chats 2000 --messages 100 --bytes 200]
//
// What ended chats' transcripts cost the embedded store, with them in memory (the store without a
// transcript directory: how it was before) and in a file each (as the server runs now). For each
// way, in a fresh child process (`--expose-gc`) on a temporary data directory: fill `chats` ended
// chats of `messages` messages of `bytes` characters through the Store interface (putChat,
// appendEvent with the transcript entry, as OnEcho does; putChat ended), then a full GC, and the
// RSS and JS heap before and after; then, in another child, a restart: MemoryStore.open (replay,
// compaction) timed, its RSS and heap after a GC, and a second restart on the compacted journal.
// Event logs are kept small (retention of 1 event, 0 ms) so that the figures are the transcripts'.
// Figures are printed, never asserted.
import { fork } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MemoryStore, type MemoryStoreOptions } from '../store/memory-store.ts';
import type { ChatRecord } from '../store/store.ts';

type Way = 'memory' | 'files';
type Figures = Record<string, number>;
const MiB = 1024 * 1024;

/** A chat as the server records it (the store contract's chatRecord, without importing the test runner). */
const chatRecord = (sid: string, browserSessionId: string, overrides: Partial<ChatRecord>): ChatRecord => ({
  sid,
  browserSessionId,
  clientId: `ci_${sid}`,
  state: 'queued',
  pages: [],
  startingPage: 'pg_bench',
  details: { eCustName: 'Bench Customer' },
  agents: [],
  toldAgents: [],
  offers: [],
  callbacks: [],
  startSeq: 0,
  appMessageIds: [],
  createdAt: Date.now(),
  queuedAt: Date.now(),
  ...overrides,
});

const { values } = parseArgs({
  options: {
    chats: { type: 'string', default: '2000' },
    messages: { type: 'string', default: '100' },
    bytes: { type: 'string', default: '200' },
    // Internal: a child's task.
    phase: { type: 'string' },
    way: { type: 'string' },
    dir: { type: 'string' },
  },
});
const chats = Number(values.chats);
const messages = Number(values.messages);
const bytes = Number(values.bytes);

const optionsFor = (way: Way, dir: string): MemoryStoreOptions => ({
  retention: { events: 1, ms: 0 },
  journalPath: join(dir, 'journal.jsonl'),
  ...(way === 'files' ? { transcriptDir: join(dir, 'transcripts') } : {}),
});

/** RSS and JS heap after a full GC, in MiB. */
function memory(): { rss: number; heap: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss: rss / MiB, heap: heapUsed / MiB };
}

async function fill(way: Way, dir: string): Promise<Figures> {
  const before = memory();
  const store = await MemoryStore.open(optionsFor(way, dir));
  const text = 'x'.repeat(bytes);
  const started = performance.now();
  for (let c = 0; c < chats; c++) {
    const sid = `c_bench${c}`;
    const browser = `bs_bench${c}`;
    await store.putChat(chatRecord(sid, browser, { state: 'connected' }));
    for (let m = 0; m < messages; m++)
      await store.appendEvent(
        `browser:${browser}`,
        { event: 'OnEcho', time: new Date().toISOString(), data: { msg: text } },
        { sid, entry: { type: 'msg', by: m % 2 === 0 ? 'c' : 'a', msg: text, time: new Date().toISOString(), id: `msg_${c}_${m}` } },
      );
    await store.putChat(chatRecord(sid, browser, { state: 'ended', endedAt: Date.now() }));
  }
  const seconds = (performance.now() - started) / 1000;
  const after = memory();
  await store.close();
  return { rssBefore: before.rss, rssAfter: after.rss, heapBefore: before.heap, heapAfter: after.heap, fillSeconds: seconds };
}

async function restart(way: Way, dir: string): Promise<Figures> {
  const before = memory();
  const journalBytes = (await stat(join(dir, 'journal.jsonl'))).size;
  let started = performance.now();
  let store = await MemoryStore.open(optionsFor(way, dir));
  const firstMs = performance.now() - started;
  const after = memory();
  // Read one ended chat back, to show it is there.
  const read = (await store.transcript(`c_bench${chats - 1}`)).length;
  await store.close();
  const compactedBytes = (await stat(join(dir, 'journal.jsonl'))).size;
  started = performance.now();
  store = await MemoryStore.open(optionsFor(way, dir));
  const secondMs = performance.now() - started;
  const second = memory();
  await store.close();
  return {
    rssBeforeRestart: before.rss,
    journalMiB: journalBytes / MiB,
    compactedMiB: compactedBytes / MiB,
    restartMs: firstMs,
    rssAfterRestart: after.rss,
    heapAfterRestart: after.heap,
    secondRestartMs: secondMs,
    rssAfterSecondRestart: second.rss,
    heapAfterSecondRestart: second.heap,
    entriesReadBack: read,
  };
}

/** Runs one phase in a fresh process, so that each RSS is that phase's own. */
function child(phase: 'fill' | 'restart', way: Way, dir: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const args = ['--chats', String(chats), '--messages', String(messages), '--bytes', String(bytes)];
    const proc = fork(import.meta.filename, [...args, '--phase', phase, '--way', way, '--dir', dir], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
    });
    proc.on('message', (figures) => resolve(figures as Figures));
    proc.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`${phase} (${way}) exited with ${code}`))));
  });
}

const f = (n: number | undefined, digits = 1) => (n === undefined ? '-' : n.toFixed(digits));

if (values.phase !== undefined) {
  const way = values.way as Way;
  const dir = String(values.dir);
  const figures = values.phase === 'fill' ? await fill(way, dir) : await restart(way, dir);
  process.send?.(figures);
  process.disconnect?.();
} else {
  console.log(`${chats} ended chats of ${messages} messages of ${bytes} characters (${f((chats * messages * bytes) / MiB)} MiB of text)\n`);
  const rows: [Way, Figures, Figures, number][] = [];
  for (const way of ['memory', 'files'] as Way[]) {
    const dir = await mkdtemp(join(tmpdir(), `livechat-bench-${way}-`));
    try {
      const filled = await child('fill', way, dir);
      const restarted = await child('restart', way, dir);
      const files = way === 'files' ? (await readdir(join(dir, 'transcripts'))).length : 0;
      rows.push([way, filled, restarted, files]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(
    line([
      'transcripts of ended chats',
      'fill s',
      'RSS before → after fill MiB',
      'heap after fill MiB',
      'journal MiB',
      'restart ms',
      'RSS after restart MiB',
      'heap after restart MiB',
      'compacted journal MiB',
      '2nd restart ms',
      'RSS after 2nd restart MiB',
      'files',
    ]),
  );
  console.log(line(Array.from({ length: 12 }, () => '---')));
  for (const [way, a, b, files] of rows)
    console.log(
      line([
        way === 'memory' ? 'in memory (before)' : 'in a file each (now)',
        f(a.fillSeconds),
        `${f(a.rssBefore, 0)} → ${f(a.rssAfter, 0)}`,
        f(a.heapAfter),
        f(b.journalMiB),
        f(b.restartMs, 0),
        f(b.rssAfterRestart, 0),
        f(b.heapAfterRestart),
        f(b.compactedMiB),
        f(b.secondRestartMs, 0),
        f(b.rssAfterSecondRestart, 0),
        String(files),
      ]),
    );
  console.log(
    `\nentries read back from the last ended chat after the restart: ${rows.map(([w, , b]) => `${w} ${b.entriesReadBack}`).join(', ')}`,
  );
}
