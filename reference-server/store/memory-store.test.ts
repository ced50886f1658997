import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStore } from './memory-store.ts';
import { chatRecord, describeStoreContract } from './store.contract.ts';

const retention = { events: 3, ms: 0 };
const dir = await mkdtemp(join(tmpdir(), 'livechat-store-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
let n = 0;

describeStoreContract('MemoryStore in memory', () => MemoryStore.open({ retention }));
describeStoreContract('MemoryStore with a journal', () => MemoryStore.open({ retention, journalPath: join(dir, `contract-${++n}.jsonl`) }));

describe('MemoryStore journal', () => {
  it('loses nothing acknowledged across a restart, and numbers on from where it was', async () => {
    const journalPath = join(dir, 'restart.jsonl');
    const first = await MemoryStore.open({ retention: { events: 1000, ms: 60_000 }, journalPath });
    await first.putBrowserSession({ id: 'bs_1', secretHash: 'h1', createdAt: 1, openedPages: ['pg_1'] });
    await first.putChat(chatRecord('c_1', 'bs_1'));
    await first.appendTranscript('c_1', { type: 'msg', by: 'c', msg: 'Hello', time: 't', clientMessageId: 'm_1', seq: 1 });
    await first.appendEvent('browser:bs_1', { event: 'OnEcho', time: new Date().toISOString() });
    await first.close();

    const second = await MemoryStore.open({ retention: { events: 1000, ms: 60_000 }, journalPath });
    expect((await second.getBrowserSession('bs_1'))?.openedPages).toEqual(['pg_1']);
    expect((await second.chatsOf('bs_1')).map((c) => c.sid)).toEqual(['c_1']);
    expect(await second.acceptedMessage('c_1', 'm_1')).toMatchObject({ msg: 'Hello' });
    expect((await second.readEvents('browser:bs_1', 0, 10)).events.map((e) => e.event)).toEqual(['OnEcho']);
    expect((await second.appendEvent('browser:bs_1', { event: 'OnEnd', time: new Date().toISOString() })).seq).toBe(2);
    await second.close();
  });

  it('keeps counting after retention emptied a log and the journal was compacted', async () => {
    const journalPath = join(dir, 'position.jsonl');
    const first = await MemoryStore.open({ retention: { events: 0, ms: 0 }, journalPath });
    for (let i = 0; i < 3; i++) await first.appendEvent('browser:bs_1', { event: 'OnEcho', time: new Date(0).toISOString() });
    await first.close();
    const second = await MemoryStore.open({ retention: { events: 0, ms: 0 }, journalPath });
    expect((await second.appendEvent('browser:bs_1', { event: 'OnEcho', time: new Date().toISOString() })).seq).toBe(4);
    await second.close();
  });

  it('starts from what stands when the last line was cut short by a crash', async () => {
    const journalPath = join(dir, 'torn.jsonl');
    const first = await MemoryStore.open({ retention, journalPath });
    await first.putBrowserSession({ id: 'bs_1', secretHash: 'h1', createdAt: 1, openedPages: [] });
    await first.close();
    await appendFile(journalPath, '{"t":"browser","v":{"id":"bs_2","tok');
    const second = await MemoryStore.open({ retention, journalPath });
    expect(await second.getBrowserSession('bs_1')).toBeDefined();
    expect(await second.getBrowserSession('bs_2')).toBeUndefined();
    await second.close();
    expect(await readFile(journalPath, 'utf8')).not.toContain('"tok\n');
  });
});

describe('Journal compaction', () => {
  it('goes on appending when a compaction fails, and loses nothing', async () => {
    const { Journal } = await import('./journal.ts');
    const { mkdir } = await import('node:fs/promises');
    const path = join(dir, 'no-compaction.jsonl');
    const failures: unknown[] = [];
    const kept: number[] = [];
    const journal = await Journal.open<number>(
      { path, compactAfterBytes: 3, onCompactionFailed: (error) => failures.push(error) },
      (record) => kept.push(record),
      () => kept,
    );
    // The compaction's temporary file cannot be made: a directory stands in its place.
    await mkdir(`${path}.next`, { recursive: true });
    for (let i = 1; i <= 5; i++) await journal.append(i);
    await journal.close();
    expect(failures.length).toBeGreaterThan(0);
    const replayed: number[] = [];
    const again = await Journal.open<number>(
      { path },
      (record) => replayed.push(record),
      () => replayed,
    );
    await again.close();
    expect(replayed).toEqual([1, 2, 3, 4, 5]);
  });
});
