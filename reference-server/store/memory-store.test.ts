import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStore } from './memory-store.ts';
import { chatRecord, describeStoreContract } from './store.contract.ts';
import { StoreUnavailable } from './store.ts';

const retention = { events: 3, ms: 0 };
const dir = await mkdtemp(join(tmpdir(), 'livechat-store-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
let n = 0;

describeStoreContract('MemoryStore in memory', () => MemoryStore.open({ retention }));
describeStoreContract('MemoryStore with a journal', () => MemoryStore.open({ retention, journalPath: join(dir, `contract-${++n}.jsonl`) }));
describeStoreContract('MemoryStore with a journal and ended transcripts in files', () =>
  MemoryStore.open({ retention, journalPath: join(dir, `contract-${++n}.jsonl`), transcriptDir: join(dir, `transcripts-${n}`) }),
);

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

  it('journals a change of an agent’s chats alone as that change, and rebuilds the agent from it after a restart', async () => {
    const journalPath = join(dir, 'agent-chats.jsonl');
    const first = await MemoryStore.open({ retention, journalPath, journal: { compactAfterBytes: 1 << 30 } });
    const agent = { agentId: 'bot', name: 'Bot', sessionHash: 'h', ready: true, chats: [] as string[], loggedInAt: 1 };
    await first.putAgent(agent);
    const many = Array.from({ length: 200 }, (_, i) => `c_${String(i).padStart(22, '0')}`);
    for (const sid of many) await first.putAgent({ ...agent, chats: [...((await first.getAgent('bot'))?.chats ?? []), sid] });
    const kept = many.filter((_, i) => i !== 7 && i !== 150);
    await first.putAgent({ ...agent, chats: kept });
    await first.putAgent({ ...agent, ready: false, chats: kept });
    await first.close();
    const lines = (await readFile(journalPath, 'utf8')).trim().split('\n');
    // 200 additions and one change of two removals as changes; the change of `ready` as the whole record.
    expect(lines.filter((line) => line.includes('"t":"agent-chats"'))).toHaveLength(201);
    const second = await MemoryStore.open({ retention, journalPath });
    expect(await second.getAgent('bot')).toEqual({ ...agent, ready: false, chats: kept });
    await second.close();
  });

  it('writes an agent-chats record, not the whole agent, when only its chats change', async () => {
    const journalPath = join(dir, 'agent-chats-size.jsonl');
    const store = await MemoryStore.open({ retention, journalPath, journal: { compactAfterBytes: 1 << 30 } });
    const agent = { agentId: 'bot', name: 'Bot', ready: true, chats: Array.from({ length: 1000 }, (_, i) => `c_${i}`), loggedInAt: 1 };
    await store.putAgent(agent);
    const before = (await stat(journalPath)).size;
    await store.putAgent({ ...agent, chats: [...agent.chats, 'c_new'] });
    const after = (await stat(journalPath)).size;
    expect(after - before).toBeLessThan(200);
    expect((await store.getAgent('bot'))?.chats.at(-1)).toBe('c_new');
    await store.close();
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

describe('ended chats’ transcripts off the heap', () => {
  const options = (name: string) => ({
    retention: { events: 1000, ms: 60_000 },
    journalPath: join(dir, `${name}.jsonl`),
    transcriptDir: join(dir, `${name}-transcripts`),
  });
  const say = (store: MemoryStore, sid: string, id: string) =>
    store.appendEvent(
      'browser:bs_1',
      { event: 'OnEcho', time: new Date().toISOString() },
      { sid, entry: { type: 'msg', by: 'c', msg: encodeURIComponent(`text of ${id}`), time: 't', id, clientMessageId: `cm_${id}` } },
    );
  const journalLines = async (path: string) =>
    (await readFile(path, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { t: string; sid?: string; v?: { sid?: string }; archived?: { file: string } });

  it('moves an ended chat’s transcript to a file of its own (0600 in a 0700 directory) that a restart and compaction keep', async () => {
    const o = options('archive');
    const first = await MemoryStore.open(o);
    await first.putChat(chatRecord('c_1', 'bs_1', { state: 'connected' }));
    await first.putChat(chatRecord('c_2', 'bs_1', { state: 'connected' }));
    for (const id of ['m1', 'm2', 'm3']) await say(first, 'c_1', id);
    await say(first, 'c_2', 'other');
    const before = await first.transcript('c_1');
    await first.putChat(chatRecord('c_1', 'bs_1', { state: 'ended', endedAt: 5 }));
    const files = await readdir(o.transcriptDir);
    expect(files).toHaveLength(1);
    expect((await stat(o.transcriptDir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(o.transcriptDir, files[0] ?? ''))).mode & 0o777).toBe(0o600);
    expect(await first.transcript('c_1')).toEqual(before);
    await first.close();

    // The restart replays, then compacts: the journal no longer holds the ended chat's entries, the active chat's it does.
    const second = await MemoryStore.open(o);
    const lines = await journalLines(o.journalPath);
    expect(lines.filter((l) => l.t === 'trans' && l.sid === 'c_1')).toEqual([]);
    expect(lines.filter((l) => l.t === 'trans' && l.sid === 'c_2')).toHaveLength(1);
    expect(lines.find((l) => l.t === 'chat' && l.v?.sid === 'c_1')?.archived?.file).toBe(files[0]);
    expect(await second.transcript('c_1')).toEqual(before);
    expect(await second.transcriptSize('c_1')).toEqual({ entries: 3, textBytes: 30 });
    expect(await second.acceptedMessage('c_1', 'cm_m2')).toMatchObject({ id: 'm2' });
    await second.close();
    const third = await MemoryStore.open(o);
    expect(await third.transcript('c_1')).toEqual(before);

    // Forgetting the chat removes its file.
    await third.deleteChat('c_1');
    expect(await readdir(o.transcriptDir)).toEqual([]);
    await third.close();
  });

  it('refuses the end when the file cannot be written (StoreUnavailable): nothing changes, and a later try succeeds', async () => {
    const o = options('archive-fails');
    const store = await MemoryStore.open(o);
    await store.putChat(chatRecord('c_1', 'bs_1', { state: 'connected' }));
    await say(store, 'c_1', 'm1');
    // The directory is gone and a file stands in its place: every write there fails (ENOTDIR), also for root.
    await rm(o.transcriptDir, { recursive: true });
    await writeFile(o.transcriptDir, 'not a directory');
    await expect(store.putChat(chatRecord('c_1', 'bs_1', { state: 'ended', endedAt: 5 }))).rejects.toBeInstanceOf(StoreUnavailable);
    expect((await store.getChat('c_1'))?.state).toBe('connected');
    expect((await store.transcript('c_1')).map((e) => (e as { id: string }).id)).toEqual(['m1']);
    await rm(o.transcriptDir);
    await mkdir(o.transcriptDir, { mode: 0o700 });
    await store.putChat(chatRecord('c_1', 'bs_1', { state: 'ended', endedAt: 5 }));
    expect((await store.getChat('c_1'))?.state).toBe('ended');
    expect(await readdir(o.transcriptDir)).toHaveLength(1);
    await store.close();
  });

  it('at start, removes files no record names and moves the transcripts of chats that ended before this version', async () => {
    const o = options('archive-start');
    // An earlier version's journal: the chat ended with its transcript in the journal.
    const old = await MemoryStore.open({ retention: o.retention, journalPath: o.journalPath });
    await old.putChat(chatRecord('c_1', 'bs_1', { state: 'connected' }));
    await say(old, 'c_1', 'm1');
    await old.putChat(chatRecord('c_1', 'bs_1', { state: 'ended', endedAt: 5 }));
    await old.close();
    await mkdir(o.transcriptDir, { recursive: true });
    const orphan = 'ab'.repeat(16);
    await writeFile(join(o.transcriptDir, orphan), '{}\n');
    await writeFile(join(o.transcriptDir, `${'cd'.repeat(16)}.tmp`), '{');

    const store = await MemoryStore.open(o);
    const files = await readdir(o.transcriptDir);
    expect(files).toHaveLength(1);
    expect(files[0]).not.toBe(orphan);
    expect((await store.transcript('c_1')).map((e) => (e as { id: string }).id)).toEqual(['m1']);
    await store.close();
    const again = await MemoryStore.open(o);
    expect((await journalLines(o.journalPath)).filter((l) => l.t === 'trans')).toEqual([]);
    expect((await again.transcript('c_1')).map((e) => (e as { id: string }).id)).toEqual(['m1']);
    await again.close();
  });
});
