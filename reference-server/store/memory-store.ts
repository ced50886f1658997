// The embedded store: state in this process's memory, each change written to a journal on disk
// (when a path is given) before it is acknowledged, and replayed at start. Event logs keep what
// retention promises (the latest `events`, and everything younger than `ms`) and no more. The
// transcripts of ended chats leave the heap (when a transcript directory is given): as putChat
// records a chat's end, its transcript goes to a file of its own (transcript-files.ts), written
// and synced before the journal's record says so and the memory drops it.
import { EventEmitter } from 'node:events';
import { copyRecord, deepFreeze } from './copy.ts';
import { Journal, type JournalOptions, type ReplayReport } from './journal.ts';
import {
  type AgentRecord,
  type BrowserSessionRecord,
  type ChatRecord,
  type EventWindow,
  type Retention,
  type Store,
  type StoredEvent,
  type StreamKey,
  type TranscriptEntry,
  type TranscriptRecord,
  type TranscriptSize,
  textBytesOf,
} from './store.ts';
import { TranscriptFiles } from './transcript-files.ts';

/** An ended chat's transcript moved to a file: its name, and what the file holds (the first `entries` entries). */
type Archived = { file: string } & TranscriptSize;

type JournalRecord =
  | { t: 'browser'; v: BrowserSessionRecord }
  /** With `archived`, the chat's transcript so far is in that file: its first `entries` entries leave the memory. */
  | { t: 'chat'; v: ChatRecord; archived?: Archived }
  | { t: 'chat-deleted'; sid: string }
  | { t: 'browser-deleted'; id: string }
  | { t: 'trans'; sid: string; v: TranscriptRecord }
  | { t: 'agent'; v: AgentRecord }
  /**
   * An agent whose only change is to its chats: the positions dropped from them and the chats
   * added at the end. An agent in thousands of chats (the simulated agent under load) would
   * otherwise journal them all at every accept.
   */
  | { t: 'agent-chats'; agentId: string; dropped: number[]; added: string[] }
  | { t: 'agent-deleted'; agentId: string }
  /** An event, with the transcript entry it announces (kept under its seq) when it announces one. */
  | { t: 'event'; key: StreamKey; v: StoredEvent; trans?: { sid: string; v: TranscriptRecord } }
  | { t: 'log-position'; key: StreamKey; seq: number }
  /** Written to learn whether the journal takes writes again; changes nothing. */
  | { t: 'probe' };

/**
 * `latestSeq`: the newest seq of the log (a log emptied by retention keeps counting from it);
 * `lastEventSeq`: the newest event applied, so replaying an event twice changes nothing.
 */
type Log = { events: StoredEvent[]; latestSeq: number; lastEventSeq: number };

export type MemoryStoreOptions = {
  retention: Retention;
  /** Where the journal lives; none keeps everything in memory only (tests). */
  journalPath?: string;
  /** Where ended chats' transcripts go, a file each; none keeps them in memory. */
  transcriptDir?: string;
  journalSync?: boolean;
  /** Told when compacting the journal fails (it goes on uncompacted). */
  onCompactionFailed?: (error: unknown) => void;
  /** Told when the journal cannot be written (the store is out; once an outage) and when it can again. */
  onUnavailable?: (error: unknown) => void;
  onRecovered?: () => void;
  /** Told when the journal held lines replay could not use. */
  onSkippedLines?: (report: ReplayReport) => void;
  /** The journal's other settings (tests: compaction size, failing files). */
  journal?: Pick<JournalOptions, 'compactAfterBytes' | 'openFile'>;
  now?: () => number;
};

export class MemoryStore implements Store {
  private readonly browserSessions = new Map<string, BrowserSessionRecord>();
  private readonly chats = new Map<string, ChatRecord>();
  private readonly chatsByBrowser = new Map<string, Set<string>>();
  /** Indexes kept as records are applied, so that Start never scans every chat: the chats queued, and how many are not ended. */
  private readonly queuedSids = new Set<string>();
  private activeCount = 0;
  /** The transcripts in memory: active chats', and what an ended chat's file does not hold. */
  private readonly transcripts = new Map<string, TranscriptRecord[]>();
  /** What each chat's transcript holds in all, in memory and in its file (the transcript cap). */
  private readonly sizes = new Map<string, TranscriptSize>();
  /** Ended chats whose transcript is in a file. */
  private readonly archived = new Map<string, Archived>();
  /** Chats whose transcript is being written to a file now (one file a chat). */
  private readonly archiving = new Set<string>();
  private files: TranscriptFiles | undefined;
  private readonly accepted = new Map<string, TranscriptRecord>();
  private readonly agentRecords = new Map<string, AgentRecord>();
  private readonly logs = new Map<StreamKey, Log>();
  private readonly live = new EventEmitter().setMaxListeners(0);
  /** The newest seq handed out per log whose event is not applied yet: a stream never sees a gap or a seq twice. */
  private readonly reserved = new Map<StreamKey, number>();
  private journal: Journal<JournalRecord> | undefined;
  private probing: Promise<boolean> | undefined;
  private readonly now: () => number;

  private constructor(private readonly options: MemoryStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Whether the records outlive the process (a journal): then they say which files on disk are still named. */
  get journaled(): boolean {
    return this.journal !== undefined;
  }

  static async open(options: MemoryStoreOptions): Promise<MemoryStore> {
    const store = new MemoryStore(options);
    if (options.transcriptDir !== undefined) store.files = await TranscriptFiles.open(options.transcriptDir);
    if (options.journalPath !== undefined) {
      store.journal = await Journal.open<JournalRecord>(
        {
          path: options.journalPath,
          ...options.journal,
          ...(options.journalSync !== undefined ? { sync: options.journalSync } : {}),
          ...(options.onCompactionFailed ? { onCompactionFailed: options.onCompactionFailed } : {}),
          ...(options.onRecovered ? { onRecovered: options.onRecovered } : {}),
          ...(options.onSkippedLines ? { onSkippedLines: options.onSkippedLines } : {}),
          onWriteFailed: (error, first) => {
            // Every record not applied failed with the write: the numbers they held are free again.
            store.reserved.clear();
            if (first) options.onUnavailable?.(error);
          },
        },
        (record, replaying) => store.apply(record, replaying),
        () => store.snapshot(),
      );
    }
    if (store.files !== undefined) {
      // Files no record names: a crash between a file and its record, or a chat forgotten since.
      await store.files.removeAllBut(new Set([...store.archived.values()].map((a) => a.file)));
      // Chats that ended before their transcripts left the heap (a journal of an earlier version).
      for (const chat of [...store.chats.values()])
        if (chat.state === 'ended' && !store.archived.has(chat.sid) && (store.transcripts.get(chat.sid)?.length ?? 0) > 0)
          await store.putChat(chat);
    }
    return store;
  }

  async getBrowserSession(id: string) {
    const session = this.browserSessions.get(id);
    return session && copyRecord(session);
  }
  putBrowserSession(session: BrowserSessionRecord) {
    return this.write({ t: 'browser', v: copyRecord(session) });
  }

  deleteBrowserSession(id: string) {
    return this.write({ t: 'browser-deleted', id });
  }
  async idleBrowserSessions(createdBefore: number) {
    const idle: string[] = [];
    for (const session of this.browserSessions.values())
      if (session.createdAt < createdBefore && (this.chatsByBrowser.get(session.id)?.size ?? 0) === 0) idle.push(session.id);
    return idle;
  }

  async getChat(sid: string) {
    const chat = this.chats.get(sid);
    return chat && copyRecord(chat);
  }
  /** Records the chat; the first time it is recorded ended, its transcript goes to a file first (both or neither take effect). */
  async putChat(chat: ChatRecord) {
    const record = { t: 'chat' as const, v: copyRecord(chat) };
    const resident = this.transcripts.get(chat.sid) ?? [];
    if (
      this.files === undefined ||
      chat.state !== 'ended' ||
      resident.length === 0 ||
      this.archived.has(chat.sid) ||
      this.archiving.has(chat.sid)
    )
      return this.write(record);
    this.archiving.add(chat.sid);
    try {
      const entries = [...resident];
      const file = await this.files.write(entries);
      const archived = { file, ...sizeOf(entries) };
      try {
        await this.write({ ...record, archived });
      } catch (error) {
        // The record did not take: its file names nothing.
        await this.files.remove(file).catch(() => undefined);
        throw error;
      }
    } finally {
      this.archiving.delete(chat.sid);
    }
  }
  async chatsOf(browserSessionId: string) {
    return [...(this.chatsByBrowser.get(browserSessionId) ?? [])].flatMap((sid) => {
      const chat = this.chats.get(sid);
      return chat ? [copyRecord(chat)] : [];
    });
  }
  async queuedChats() {
    return [...this.queuedSids]
      .flatMap((sid) => this.chats.get(sid) ?? [])
      .sort((a, b) => a.queuedAt - b.queuedAt)
      .map((c) => copyRecord(c));
  }
  async countActiveChats() {
    return this.activeCount;
  }
  async chatsEndedBefore(time: number) {
    return [...this.chats.values()].filter((c) => c.endedAt !== undefined && c.endedAt < time).map((c) => copyRecord(c));
  }
  async activeChats() {
    return [...this.chats.values()].filter((c) => c.state !== 'ended').map((c) => copyRecord(c));
  }
  async deleteChat(sid: string) {
    const archived = this.archived.get(sid);
    await this.write({ t: 'chat-deleted', sid });
    // Once the record is out: a file left by a failure here is removed at the next start.
    if (archived !== undefined) await this.files?.remove(archived.file).catch(() => undefined);
  }

  appendTranscript(sid: string, entry: TranscriptRecord) {
    return this.write({ t: 'trans', sid, v: copyRecord(entry) });
  }
  async transcript(sid: string) {
    const resident = copyRecord(this.transcripts.get(sid) ?? []);
    const archived = this.archived.get(sid);
    if (archived === undefined || this.files === undefined) return resident;
    return [...(await this.files.read(archived.file)), ...resident];
  }
  async transcriptSize(sid: string) {
    return { ...(this.sizes.get(sid) ?? { entries: 0, textBytes: 0 }) };
  }
  async acceptedMessage(sid: string, clientMessageId: string) {
    const entry = this.accepted.get(`${sid}\u0000${clientMessageId}`);
    if (entry !== undefined) return copyRecord(entry);
    const archived = this.archived.get(sid);
    if (archived === undefined || this.files === undefined) return undefined;
    return (await this.files.read(archived.file)).find((e) => e.type === 'msg' && e.clientMessageId === clientMessageId);
  }

  async getAgent(agentId: string) {
    const agent = this.agentRecords.get(agentId);
    return agent && copyRecord(agent);
  }
  putAgent(agent: AgentRecord) {
    const v = copyRecord(agent);
    return this.write(chatsChange(this.agentRecords.get(agent.agentId), v) ?? { t: 'agent', v });
  }
  async agents() {
    return [...this.agentRecords.values()].map((a) => copyRecord(a));
  }
  deleteAgent(agentId: string) {
    return this.write({ t: 'agent-deleted', agentId });
  }

  async appendEvent(key: StreamKey, event: Omit<StoredEvent, 'seq'>, transcript?: { sid: string; entry: TranscriptEntry }) {
    const seq = Math.max(this.reserved.get(key) ?? 0, this.logs.get(key)?.latestSeq ?? 0) + 1;
    this.reserved.set(key, seq);
    const stored = { ...copyRecord(event), seq } as StoredEvent;
    const trans = transcript && { sid: transcript.sid, v: { ...copyRecord(transcript.entry), seq } };
    await this.write({ t: 'event', key, v: stored, ...(trans ? { trans } : {}) });
    return stored;
  }
  async readEvents(key: StreamKey, after: number, max: number): Promise<EventWindow> {
    const log = this.logs.get(key);
    if (log === undefined) return { events: [], latestSeq: 0, complete: after === 0 };
    this.trim(log);
    const latestSeq = log.latestSeq;
    const oldest = log.events[0]?.seq ?? latestSeq + 1;
    const start = Math.max(0, after + 1 - oldest);
    return {
      events: log.events.slice(start, Math.min(start + max, latestSeq + 1 - oldest)),
      latestSeq,
      complete: after >= oldest - 1 && after <= latestSeq,
    };
  }
  subscribe(key: StreamKey, listener: (event: StoredEvent) => void) {
    this.live.on(key, listener);
    return () => void this.live.off(key, listener);
  }

  /** Out while the journal's last write failed; a probe write finds out whether it takes writes again. */
  async healthy() {
    if (!this.journal?.failing) return true;
    this.probing ??= this.write({ t: 'probe' }).then(
      () => true,
      () => false,
    );
    const healthy = await this.probing;
    this.probing = undefined;
    return healthy;
  }
  async close() {
    await this.journal?.close();
  }

  /** Resolves once the record is in the journal and applied (the journal applies it, in its order). */
  private async write(record: JournalRecord): Promise<void> {
    if (this.journal === undefined) this.apply(record, false);
    else await this.journal.append(record);
  }

  private apply(record: JournalRecord, replaying: boolean): void {
    switch (record.t) {
      case 'browser': {
        // A journal of an earlier version kept the access token as it was (and the cookie was the
        // id alone): the session stays, without it, so that no cookie opens it, and compaction
        // writes it back without it.
        const { token: _plaintext, ...session } = record.v as BrowserSessionRecord & { token?: unknown };
        this.browserSessions.set(session.id, session);
        break;
      }
      case 'chat': {
        this.unindex(this.chats.get(record.v.sid));
        this.chats.set(record.v.sid, record.v);
        this.index(record.v);
        const sids = this.chatsByBrowser.get(record.v.browserSessionId) ?? new Set();
        this.chatsByBrowser.set(record.v.browserSessionId, sids.add(record.v.sid));
        if (record.archived !== undefined && !this.archived.has(record.v.sid)) this.applyArchived(record.v.sid, record.archived);
        break;
      }
      case 'browser-deleted':
        this.browserSessions.delete(record.id);
        this.chatsByBrowser.delete(record.id);
        this.logs.delete(`browser:${record.id}`);
        this.reserved.delete(`browser:${record.id}`);
        break;
      case 'chat-deleted': {
        const chat = this.chats.get(record.sid);
        if (chat === undefined) break;
        this.unindex(chat);
        this.chats.delete(record.sid);
        this.chatsByBrowser.get(chat.browserSessionId)?.delete(record.sid);
        for (const entry of this.transcripts.get(record.sid) ?? [])
          if (entry.type === 'msg' && entry.clientMessageId) this.accepted.delete(`${record.sid}\u0000${entry.clientMessageId}`);
        this.transcripts.delete(record.sid);
        this.sizes.delete(record.sid);
        this.archived.delete(record.sid);
        break;
      }
      case 'trans':
        this.applyTranscript(record.sid, record.v);
        break;
      case 'agent':
        this.agentRecords.set(record.v.agentId, record.v);
        break;
      case 'agent-chats': {
        const agent = this.agentRecords.get(record.agentId);
        if (agent === undefined) break;
        const dropped = new Set(record.dropped);
        agent.chats = [...agent.chats.filter((_, position) => !dropped.has(position)), ...record.added];
        break;
      }
      case 'agent-deleted':
        this.agentRecords.delete(record.agentId);
        this.logs.delete(`agent:${record.agentId}`);
        this.reserved.delete(`agent:${record.agentId}`);
        break;
      case 'event': {
        if (record.trans) this.applyTranscript(record.trans.sid, record.trans.v);
        const log = this.logs.get(record.key) ?? { events: [], latestSeq: 0, lastEventSeq: 0 };
        if (this.reserved.get(record.key) === record.v.seq) this.reserved.delete(record.key);
        if (record.v.seq <= log.lastEventSeq) break;
        // Readers and subscribers share the event itself: frozen, none of them can change it.
        log.events.push(deepFreeze(record.v));
        log.latestSeq = Math.max(log.latestSeq, record.v.seq);
        log.lastEventSeq = record.v.seq;
        this.logs.set(record.key, log);
        this.trim(log);
        // A listener's failure is its stream's, never the store's (this runs inside the journal's flush).
        if (!replaying)
          for (const listener of this.live.listeners(record.key) as ((event: StoredEvent) => void)[])
            try {
              listener(record.v);
            } catch {}
        break;
      }
      case 'log-position': {
        const log = this.logs.get(record.key) ?? { events: [], latestSeq: 0, lastEventSeq: 0 };
        log.latestSeq = Math.max(log.latestSeq, record.seq);
        this.logs.set(record.key, log);
        break;
      }
      case 'probe':
        break;
    }
  }

  private index(chat: ChatRecord): void {
    if (chat.state !== 'ended') this.activeCount++;
    if (chat.state === 'queued') this.queuedSids.add(chat.sid);
  }

  private unindex(chat: ChatRecord | undefined): void {
    if (chat === undefined) return;
    if (chat.state !== 'ended') this.activeCount--;
    this.queuedSids.delete(chat.sid);
  }

  /** Appends to a transcript, once: an entry with the seq or the message id of one it holds is a replay's repeat. */
  private applyTranscript(sid: string, entry: TranscriptRecord): void {
    const entries = this.transcripts.get(sid) ?? [];
    if (entry.seq !== undefined) {
      // Seqs grow along a transcript: the newest entry with one tells.
      for (let i = entries.length - 1; i >= 0; i--) {
        const seq = entries[i]?.seq;
        if (seq === undefined) continue;
        if (seq >= entry.seq) return;
        break;
      }
    }
    // Without a seq, its message id tells (an entry with a seq past the newest is new: seqs never repeat).
    else if (entry.type === 'msg' && entry.id !== undefined && entries.some((e) => e.type === 'msg' && e.id === entry.id)) return;
    entries.push(entry);
    this.transcripts.set(sid, entries);
    const size = this.sizes.get(sid) ?? { entries: 0, textBytes: 0 };
    size.entries++;
    size.textBytes += textBytesOf(entry);
    this.sizes.set(sid, size);
    if (entry.type === 'msg' && entry.clientMessageId) this.accepted.set(`${sid}\u0000${entry.clientMessageId}`, entry);
  }

  /**
   * The chat's transcript is in a file now: its first `entries` entries in memory go (replaying a
   * journal they came before this record; replaying a snapshot none did, and those that follow
   * are the ones the file does not hold).
   */
  private applyArchived(sid: string, archived: Archived): void {
    this.archived.set(sid, archived);
    const resident = this.transcripts.get(sid) ?? [];
    const moved = resident.splice(0, Math.min(archived.entries, resident.length));
    for (const entry of moved)
      if (entry.type === 'msg' && entry.clientMessageId) this.accepted.delete(`${sid}\u0000${entry.clientMessageId}`);
    if (resident.length === 0) this.transcripts.delete(sid);
    const rest = sizeOf(resident);
    this.sizes.set(sid, { entries: archived.entries + rest.entries, textBytes: archived.textBytes + rest.textBytes });
  }

  /** Drops events beyond the latest `retention.events` that are also older than `retention.ms`. */
  private trim(log: Log): void {
    const { events, ms } = this.options.retention;
    const cutoff = this.now() - ms;
    let drop = 0;
    while (log.events.length - drop > events && Date.parse(log.events[drop]?.time ?? '') < cutoff) drop++;
    if (drop > 0) log.events.splice(0, drop);
  }

  /**
   * The records that rebuild the state. Read across the compaction's writes: nothing is applied
   * meanwhile (the journal compacts between groups), but readers trim logs, so arrays are copied.
   */
  private *snapshot(): Iterable<JournalRecord> {
    for (const v of [...this.browserSessions.values()]) yield { t: 'browser', v };
    for (const v of [...this.agentRecords.values()]) yield { t: 'agent', v };
    for (const v of [...this.chats.values()]) {
      const archived = this.archived.get(v.sid);
      yield archived === undefined ? { t: 'chat', v } : { t: 'chat', v, archived };
      for (const entry of [...(this.transcripts.get(v.sid) ?? [])]) yield { t: 'trans', sid: v.sid, v: entry };
    }
    for (const [key, log] of [...this.logs]) {
      this.trim(log);
      // The position first: a log emptied by retention still never numbers from 1 again.
      yield { t: 'log-position', key, seq: log.latestSeq };
      for (const v of [...log.events]) yield { t: 'event', key, v };
    }
  }
}

/** The most chats an agent-chats record changes; beyond, the whole record is written. */
const MAX_CHATS_CHANGED = 8;

/**
 * `next` as a change of `stored`'s chats alone (the positions dropped, the chats appended), when
 * every other field is the same and the change is small; undefined otherwise.
 */
function chatsChange(stored: AgentRecord | undefined, next: AgentRecord): JournalRecord | undefined {
  if (stored === undefined) return undefined;
  const keys = new Set([...Object.keys(stored), ...Object.keys(next)]);
  for (const key of keys) if (key !== 'chats' && stored[key as keyof AgentRecord] !== next[key as keyof AgentRecord]) return undefined;
  // What `next` keeps of `stored`, in order; the rest of `next` is appended.
  const dropped: number[] = [];
  let kept = 0;
  for (let position = 0; position < stored.chats.length; position++) {
    if (kept < next.chats.length && stored.chats[position] === next.chats[kept]) kept++;
    else if (dropped.push(position) > MAX_CHATS_CHANGED) return undefined;
  }
  const added = next.chats.slice(kept);
  if (dropped.length + added.length > MAX_CHATS_CHANGED) return undefined;
  return { t: 'agent-chats', agentId: next.agentId, dropped, added };
}

function sizeOf(entries: TranscriptRecord[]): TranscriptSize {
  let textBytes = 0;
  for (const entry of entries) textBytes += textBytesOf(entry);
  return { entries: entries.length, textBytes };
}
