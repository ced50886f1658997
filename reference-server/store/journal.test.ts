// The journal under a full disk, short writes, compaction under load, damage in the middle of
// the file, and its files' modes: whatever was acknowledged survives a restart exactly once, and
// nothing that failed was applied, streamed or answered.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReplayReport } from './journal.ts';
import { type Disk, disk, openOn } from './journal-faults.ts';
import { MemoryStore, type MemoryStoreOptions } from './memory-store.ts';
import { chatRecord } from './store.contract.ts';
import { type StoredEvent, StoreUnavailable, type StreamKey } from './store.ts';

const dir = await mkdtemp(join(tmpdir(), 'livechat-journal-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
let n = 0;
const retention = { events: 100_000, ms: 600_000 };
const event = (name: string) => ({ event: name, time: new Date().toISOString(), data: {} });
const message = (sid: string, id: string) => ({ sid, entry: { type: 'msg' as const, by: 'c' as const, msg: id, time: 't', id } });

/** Every line of the file is whole JSON: no torn line, nothing glued. */
async function lines(path: string): Promise<unknown[]> {
  const text = await readFile(path, 'utf8');
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);
}

/** Reads the log from every position on, in steps, as a poller would: each read reaches the latest seq, in order, without repeats. */
async function expectComplete(store: MemoryStore, key: StreamKey) {
  const { latestSeq } = await store.readEvents(key, 0, 0);
  for (let after = 0; after <= latestSeq; after++) {
    const seen: number[] = [];
    let position = after;
    for (let step = 0; position < latestSeq; step++) {
      if (step > latestSeq + 2) throw new Error(`${key}: reading after ${after} stalls at ${position} of ${latestSeq}`);
      const window = await store.readEvents(key, position, 7);
      expect(window.complete).toBe(true);
      const next = window.events.at(-1)?.seq ?? position;
      seen.push(...window.events.map((e) => e.seq));
      position = next;
    }
    expect(seen).toEqual(Array.from({ length: latestSeq - after }, (_, i) => after + i + 1));
  }
}

describe('a full disk', () => {
  it('fails the write and every record waiting, applies and streams none of it, and recovers with no gap in the seqs', async () => {
    const journalPath = join(dir, `full-${++n}.jsonl`);
    const d = disk();
    const failures: unknown[] = [];
    let recovered = 0;
    const options: MemoryStoreOptions = {
      retention,
      journalPath,
      journal: { openFile: openOn(d) },
      onUnavailable: (error) => failures.push(error),
      onRecovered: () => recovered++,
    };
    const store = await MemoryStore.open(options);
    const streamed: number[] = [];
    store.subscribe('browser:bs_1', (e) => streamed.push(e.seq));
    await store.putBrowserSession({ id: 'bs_1', secretHash: 'h1', createdAt: 1, openedPages: [] });
    await store.putChat(chatRecord('c_1', 'bs_1'));
    await store.appendEvent('browser:bs_1', event('OnCallQueued'));
    await store.appendEvent('browser:bs_1', event('OnEcho'), message('c_1', 'msg_1'));
    const before = await readFile(journalPath, 'utf8');

    // Room for part of the next group only: a short write, then ENOSPC.
    d.spaceLeft = 40;
    const refused = await Promise.allSettled([
      store.appendEvent('browser:bs_1', event('OnEcho'), message('c_1', 'msg_2')),
      store.putChat(chatRecord('c_2', 'bs_1')),
      store.appendEvent('browser:bs_1', event('OnEcho'), message('c_1', 'msg_3')),
    ]);
    expect(refused.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailable);
    expect(failures).toHaveLength(1);
    expect(await store.getChat('c_2')).toBeUndefined();
    expect((await store.transcript('c_1')).map((e) => (e as { id: string }).id)).toEqual(['msg_1']);
    expect((await store.readEvents('browser:bs_1', 0, 10)).latestSeq).toBe(2);
    expect(streamed).toEqual([1, 2]);
    // The torn part was cut off again.
    expect(await readFile(journalPath, 'utf8')).toBe(before);
    expect(await store.healthy()).toBe(false);

    d.spaceLeft = Number.POSITIVE_INFINITY;
    expect(await store.healthy()).toBe(true);
    expect(recovered).toBe(1);
    const next = await store.appendEvent('browser:bs_1', event('OnEcho'), message('c_1', 'msg_4'));
    expect(next.seq).toBe(3);
    expect(streamed).toEqual([1, 2, 3]);
    await store.close();
    await lines(journalPath);

    const skipped: ReplayReport[] = [];
    const again = await MemoryStore.open({ retention, journalPath, onSkippedLines: (r) => skipped.push(r) });
    expect(skipped).toEqual([]);
    expect((await again.transcript('c_1')).map((e) => [(e as { id: string }).id, e.seq])).toEqual([
      ['msg_1', 2],
      ['msg_4', 3],
    ]);
    expect((await again.readEvents('browser:bs_1', 0, 10)).events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(await again.getChat('c_2')).toBeUndefined();
    await again.close();
  });

  it('writes what a short write left out, so no line is cut or glued to the next', async () => {
    const journalPath = join(dir, `short-${++n}.jsonl`);
    const d: Disk = { ...disk(), maxWrite: 5 };
    const store = await MemoryStore.open({ retention, journalPath, journal: { openFile: openOn(d) } });
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.appendEvent('browser:bs_1', event('OnEcho'), message('c_1', `m${i}`))));
    await store.close();
    expect(await lines(journalPath)).toHaveLength(20);
    const again = await MemoryStore.open({ retention, journalPath });
    expect((await again.transcript('c_1')).length).toBe(20);
    await again.close();
  });

  it('on a real small tmpfs: as many messages survive a restart as were acknowledged', async (context) => {
    const mountPoint = await mkdtemp(join(tmpdir(), 'livechat-tmpfs-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k,mode=0700', 'tmpfs', mountPoint], { stdio: 'pipe' });
    } catch (error) {
      await rm(mountPoint, { recursive: true, force: true });
      const reason = `mount -t tmpfs refused (${String((error as Error).message).split('\n')[0]}): the injected full disk above covers this`;
      console.warn(`skipped: ${reason}`);
      context.skip(reason);
      return;
    }
    const open: MemoryStore[] = [];
    try {
      const journalPath = join(mountPoint, 'data', 'journal.jsonl');
      // Room to free once the disk is full, to see the store come back by itself.
      await writeFile(join(mountPoint, 'filler'), Buffer.alloc(32 * 1024));
      const store = await MemoryStore.open({ retention, journalPath, journal: { compactAfterBytes: 1 << 30 } });
      open.push(store);
      const acknowledged = new Set<string>();
      let refused = 0;
      const text = 'x'.repeat(900);
      const started = Date.now();
      for (let round = 0; refused === 0 && round < 400 && Date.now() - started < 20_000; round++) {
        const ids = Array.from({ length: 8 }, (_, i) => `m${round}_${i}`);
        const results = await Promise.allSettled(
          ids.map((id) =>
            store.appendEvent('browser:bs_1', event('OnEcho'), { sid: 'c_1', entry: { ...message('c_1', id).entry, msg: text } }),
          ),
        );
        results.forEach((r, i) => {
          if (r.status === 'fulfilled') acknowledged.add(ids[i] as string);
          else refused++;
        });
      }
      expect(refused).toBeGreaterThan(0);
      const big = (id: string) =>
        store.appendEvent('browser:bs_1', event('OnEcho'), { sid: 'c_1', entry: { ...message('c_1', id).entry, msg: text.repeat(40) } });
      await expect(big('still-full')).rejects.toBeInstanceOf(StoreUnavailable);
      await rm(join(mountPoint, 'filler'));
      expect(await store.healthy()).toBe(true);
      const after = await store.appendEvent('browser:bs_1', event('OnEcho'), { sid: 'c_1', entry: { ...message('c_1', 'after').entry } });
      acknowledged.add('after');
      await store.close();
      await lines(journalPath);

      const again = await MemoryStore.open({ retention, journalPath, journal: { compactAfterBytes: 1 << 30 } });
      open.push(again);
      const kept = (await again.transcript('c_1')).map((e) => (e as { id: string }).id);
      console.info(`tmpfs 256 KiB: ${acknowledged.size} acknowledged, ${refused} refused, ${kept.length} after the restart`);
      expect(kept.length).toBe(new Set(kept).size);
      expect(new Set(kept)).toEqual(acknowledged);
      expect((await again.readEvents('browser:bs_1', 0, 0)).latestSeq).toBe(after.seq);
      await expectComplete(again, 'browser:bs_1');
      await again.close();
    } finally {
      for (const store of open) await store.close().catch(() => undefined);
      execFileSync('umount', [mountPoint]);
      await rm(mountPoint, { recursive: true, force: true });
    }
  });
});

describe('compaction under load', () => {
  it('keeps every acknowledged message once and every stream complete across a restart', async () => {
    const journalPath = join(dir, `compaction-${++n}.jsonl`);
    let compactions = 0;
    const compactionFailures: unknown[] = [];
    const files = openOn(disk());
    const open = (compactAfterBytes: number) =>
      MemoryStore.open({
        retention,
        journalPath,
        journal: {
          compactAfterBytes,
          openFile: (path, flags) => {
            if (flags === 'w') compactions++;
            return files(path, flags);
          },
        },
        onCompactionFailed: (error) => compactionFailures.push(error),
      });
    const keys = ['browser:bs_1', 'browser:bs_2', 'agent:agent-1'] as const;
    const acknowledged = new Map<string, string[]>();
    let latest = 0;
    const check = async (store: MemoryStore) => {
      for (const [sid, ids] of acknowledged) {
        const kept = (await store.transcript(sid)).map((e) => (e as { id: string }).id);
        expect(kept.sort()).toEqual([...ids].sort());
      }
      for (const key of keys) {
        expect((await store.readEvents(key, 0, 0)).latestSeq).toBe(latest);
        await expectComplete(store, key);
      }
    };
    // Restarts between compactions too: a compaction's repeats would stay in the file until the next.
    let store = await open(4096);
    for (let run = 1; run <= 6; run++) {
      // Four writers a log, each writing as soon as its last write is acknowledged: writes keep arriving during compactions.
      await Promise.all(
        keys.flatMap((key, k) =>
          Array.from({ length: 4 }, async (_, writer) => {
            const sid = `c_${k}`;
            for (let i = 0; i < 12; i++) {
              const id = `m${run}_${writer}_${i}`;
              if (i % 4 === 0) await store.putChat(chatRecord(sid, `bs_${k}`, { appMessageIds: [id] }));
              await store.appendEvent(key, event('OnEcho'), message(sid, id));
              acknowledged.set(sid, [...(acknowledged.get(sid) ?? []), id]);
            }
          }),
        ),
      );
      latest += 48;
      await store.close();
      store = await open(run === 6 ? 64 * 1024 * 1024 : 4096);
      await check(store);
    }
    expect(compactions).toBeGreaterThan(10);
    expect(compactionFailures).toEqual([]);
    await store.close();
  });

  it('replays a record written twice once (events by seq, transcript entries by seq and message id)', async () => {
    const journalPath = join(dir, `twice-${++n}.jsonl`);
    const at = new Date().toISOString();
    const records = [
      {
        t: 'event',
        key: 'browser:bs_1',
        v: { seq: 1, event: 'OnEcho', time: at },
        trans: { sid: 'c_1', v: { type: 'msg', by: 'c', msg: 'a', time: at, id: 'm1', seq: 1 } },
      },
      { t: 'log-position', key: 'browser:bs_1', seq: 1 },
      { t: 'event', key: 'browser:bs_1', v: { seq: 1, event: 'OnEcho', time: at } },
      { t: 'trans', sid: 'c_1', v: { type: 'msg', by: 'c', msg: 'a', time: at, id: 'm1', seq: 1 } },
      { t: 'trans', sid: 'c_1', v: { type: 'msg', by: 'a', msg: 'b', time: at, id: 'm2' } },
      { t: 'trans', sid: 'c_1', v: { type: 'msg', by: 'a', msg: 'b', time: at, id: 'm2' } },
      { t: 'event', key: 'browser:bs_1', v: { seq: 2, event: 'OnEnd', time: at } },
    ];
    await writeFile(journalPath, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const store = await MemoryStore.open({ retention, journalPath });
    expect((await store.transcript('c_1')).map((e) => (e as { id: string }).id)).toEqual(['m1', 'm2']);
    expect((await store.readEvents('browser:bs_1', 0, 10)).events.map((e: StoredEvent) => e.seq)).toEqual([1, 2]);
    await store.close();
  });
});

describe('damage', () => {
  it('counts lines it cannot read, says so, and keeps the file as found before compacting it', async () => {
    const journalPath = join(dir, `damaged-${++n}.jsonl`);
    const first = await MemoryStore.open({ retention, journalPath });
    for (const id of ['bs_1', 'bs_2', 'bs_3']) await first.putBrowserSession({ id, secretHash: 'h', createdAt: 1, openedPages: [] });
    await first.close();
    const [a, b, c] = (await readFile(journalPath, 'utf8')).split('\n');
    const damaged = `${a}\n{"t":"browser","v":{"id":"bs_x"\u0000\u0000\n${b}\nnot json\n${c}\n`;
    await writeFile(journalPath, damaged);

    const reports: ReplayReport[] = [];
    const second = await MemoryStore.open({ retention, journalPath, onSkippedLines: (r) => reports.push(r) });
    expect(reports).toEqual([{ skipped: 2, lastLineTorn: false, keptAs: expect.stringContaining('.damaged-') }]);
    expect(await readFile(reports[0]?.keptAs as string, 'utf8')).toBe(damaged);
    for (const id of ['bs_1', 'bs_2', 'bs_3']) expect(await second.getBrowserSession(id)).toBeDefined();
    await second.close();
    expect(await readFile(journalPath, 'utf8')).not.toContain('not json');
  });

  it('counts a last line cut short by a crash, and appends after it cleanly when compaction fails', async () => {
    const journalPath = join(dir, `torn-${++n}.jsonl`);
    const first = await MemoryStore.open({ retention, journalPath });
    await first.putBrowserSession({ id: 'bs_1', secretHash: 'h', createdAt: 1, openedPages: [] });
    await first.close();
    await writeFile(journalPath, `${await readFile(journalPath, 'utf8')}{"t":"browser","v":{"id":"bs_2","tok`);
    // The compaction's temporary file cannot be made: a directory stands in its place.
    await mkdir(`${journalPath}.next`);
    const reports: ReplayReport[] = [];
    const second = await MemoryStore.open({
      retention,
      journalPath,
      onSkippedLines: (r) => reports.push(r),
      onCompactionFailed: () => undefined,
    });
    expect(reports).toEqual([{ skipped: 1, lastLineTorn: true }]);
    await second.putBrowserSession({ id: 'bs_3', secretHash: 'h', createdAt: 1, openedPages: [] });
    await second.close();
    expect((await lines(journalPath)).length).toBe(2);
  });
});

describe('data at rest', () => {
  it('keeps the data directory 0700 and the journal 0600, also when they were made wider', async () => {
    const dataDir = join(dir, `modes-${++n}`);
    const journalPath = join(dataDir, 'journal.jsonl');
    const store = await MemoryStore.open({ retention, journalPath });
    await store.close();
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    expect((await stat(journalPath)).mode & 0o777).toBe(0o600);

    execFileSync('chmod', ['0755', dataDir]);
    execFileSync('chmod', ['0644', journalPath]);
    await mkdir(`${journalPath}.next`);
    const uncompacted = await MemoryStore.open({ retention, journalPath, onCompactionFailed: () => undefined });
    await uncompacted.close();
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    expect((await stat(journalPath)).mode & 0o777).toBe(0o600);
  });
});
