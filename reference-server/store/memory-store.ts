// The embedded store: state in this process's memory, each change written to a journal on disk
// (when a path is given) before it is acknowledged, and replayed at start. Event logs keep what
// retention promises (the latest `events`, and everything younger than `ms`) and no more.
import { EventEmitter } from 'node:events';
import { Journal } from './journal.ts';
import type {
  AgentRecord,
  BrowserSessionRecord,
  ChatRecord,
  EventWindow,
  Retention,
  Store,
  StoredEvent,
  StreamKey,
  TranscriptRecord,
} from './store.ts';

type JournalRecord =
  | { t: 'browser'; v: BrowserSessionRecord }
  | { t: 'chat'; v: ChatRecord }
  | { t: 'chat-deleted'; sid: string }
  | { t: 'browser-deleted'; id: string }
  | { t: 'trans'; sid: string; v: TranscriptRecord }
  | { t: 'agent'; v: AgentRecord }
  | { t: 'event'; key: StreamKey; v: StoredEvent }
  | { t: 'log-position'; key: StreamKey; seq: number };

/** `durableSeq`: the newest seq in the journal; readers see no further, so no reader sees an event a crash could take back. */
type Log = { events: StoredEvent[]; latestSeq: number; durableSeq: number };

export type MemoryStoreOptions = {
  retention: Retention;
  /** Where the journal lives; none keeps everything in memory only (tests). */
  journalPath?: string;
  journalSync?: boolean;
  /** Told when compacting the journal fails (it goes on uncompacted). */
  onCompactionFailed?: (error: unknown) => void;
  now?: () => number;
};

export class MemoryStore implements Store {
  private readonly browserSessions = new Map<string, BrowserSessionRecord>();
  private readonly chats = new Map<string, ChatRecord>();
  private readonly chatsByBrowser = new Map<string, Set<string>>();
  private readonly transcripts = new Map<string, TranscriptRecord[]>();
  private readonly accepted = new Map<string, TranscriptRecord>();
  private readonly agentRecords = new Map<string, AgentRecord>();
  private readonly logs = new Map<StreamKey, Log>();
  private readonly live = new EventEmitter().setMaxListeners(0);
  private journal: Journal<JournalRecord> | undefined;
  private readonly now: () => number;

  private constructor(private readonly options: MemoryStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  static async open(options: MemoryStoreOptions): Promise<MemoryStore> {
    const store = new MemoryStore(options);
    if (options.journalPath !== undefined) {
      store.journal = await Journal.open<JournalRecord>(
        {
          path: options.journalPath,
          ...(options.journalSync !== undefined ? { sync: options.journalSync } : {}),
          ...(options.onCompactionFailed ? { onCompactionFailed: options.onCompactionFailed } : {}),
        },
        (record) => store.apply(record),
        () => store.snapshot(),
      );
    }
    return store;
  }

  async getBrowserSession(id: string) {
    return this.browserSessions.get(id);
  }
  putBrowserSession(session: BrowserSessionRecord) {
    return this.write({ t: 'browser', v: structuredClone(session) });
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
    return chat && structuredClone(chat);
  }
  putChat(chat: ChatRecord) {
    return this.write({ t: 'chat', v: structuredClone(chat) });
  }
  async chatsOf(browserSessionId: string) {
    return [...(this.chatsByBrowser.get(browserSessionId) ?? [])].flatMap((sid) => {
      const chat = this.chats.get(sid);
      return chat ? [structuredClone(chat)] : [];
    });
  }
  async queuedChats() {
    return [...this.chats.values()]
      .filter((c) => c.state === 'queued')
      .sort((a, b) => a.queuedAt - b.queuedAt)
      .map((c) => structuredClone(c));
  }
  async countActiveChats() {
    let active = 0;
    for (const chat of this.chats.values()) if (chat.state !== 'ended') active++;
    return active;
  }
  async chatsEndedBefore(time: number) {
    return [...this.chats.values()].filter((c) => c.endedAt !== undefined && c.endedAt < time).map((c) => structuredClone(c));
  }
  async activeChats() {
    return [...this.chats.values()].filter((c) => c.state !== 'ended').map((c) => structuredClone(c));
  }
  deleteChat(sid: string) {
    return this.write({ t: 'chat-deleted', sid });
  }

  appendTranscript(sid: string, entry: TranscriptRecord) {
    return this.write({ t: 'trans', sid, v: structuredClone(entry) });
  }
  async transcript(sid: string) {
    return structuredClone(this.transcripts.get(sid) ?? []);
  }
  async acceptedMessage(sid: string, clientMessageId: string) {
    const entry = this.accepted.get(`${sid}\u0000${clientMessageId}`);
    return entry && structuredClone(entry);
  }

  async getAgent(agentId: string) {
    const agent = this.agentRecords.get(agentId);
    return agent && structuredClone(agent);
  }
  putAgent(agent: AgentRecord) {
    return this.write({ t: 'agent', v: structuredClone(agent) });
  }
  async agents() {
    return [...this.agentRecords.values()].map((a) => structuredClone(a));
  }

  async appendEvent(key: StreamKey, event: Omit<StoredEvent, 'seq'>): Promise<StoredEvent> {
    const log = this.logs.get(key) ?? { events: [], latestSeq: 0, durableSeq: 0 };
    const stored = { ...structuredClone(event), seq: log.latestSeq + 1 } as StoredEvent;
    await this.write({ t: 'event', key, v: stored });
    return stored;
  }
  async readEvents(key: StreamKey, after: number, max: number): Promise<EventWindow> {
    const log = this.logs.get(key);
    if (log === undefined) return { events: [], latestSeq: 0, complete: after === 0 };
    this.trim(log);
    const latestSeq = log.durableSeq;
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

  async healthy() {
    return true;
  }
  async close() {
    await this.journal?.close();
  }

  /** Applies in memory at once (so reads that follow see it), then waits for the journal. */
  private async write(record: JournalRecord): Promise<void> {
    this.apply(record);
    await this.journal?.append(record);
    if (record.t === 'event') {
      const log = this.logs.get(record.key);
      if (log !== undefined) log.durableSeq = Math.max(log.durableSeq, record.v.seq);
      this.live.emit(record.key, record.v);
    }
  }

  private apply(record: JournalRecord): void {
    switch (record.t) {
      case 'browser':
        this.browserSessions.set(record.v.id, record.v);
        break;
      case 'chat': {
        this.chats.set(record.v.sid, record.v);
        const sids = this.chatsByBrowser.get(record.v.browserSessionId) ?? new Set();
        this.chatsByBrowser.set(record.v.browserSessionId, sids.add(record.v.sid));
        break;
      }
      case 'browser-deleted':
        this.browserSessions.delete(record.id);
        this.chatsByBrowser.delete(record.id);
        this.logs.delete(`browser:${record.id}`);
        break;
      case 'chat-deleted': {
        const chat = this.chats.get(record.sid);
        if (chat === undefined) break;
        this.chats.delete(record.sid);
        this.chatsByBrowser.get(chat.browserSessionId)?.delete(record.sid);
        for (const entry of this.transcripts.get(record.sid) ?? [])
          if (entry.type === 'msg' && entry.clientMessageId) this.accepted.delete(`${record.sid}\u0000${entry.clientMessageId}`);
        this.transcripts.delete(record.sid);
        break;
      }
      case 'trans': {
        const entries = this.transcripts.get(record.sid) ?? [];
        entries.push(record.v);
        this.transcripts.set(record.sid, entries);
        if (record.v.type === 'msg' && record.v.clientMessageId)
          this.accepted.set(`${record.sid}\u0000${record.v.clientMessageId}`, record.v);
        break;
      }
      case 'agent':
        this.agentRecords.set(record.v.agentId, record.v);
        break;
      case 'event': {
        const log = this.logs.get(record.key) ?? { events: [], latestSeq: 0, durableSeq: 0 };
        log.events.push(record.v);
        log.latestSeq = Math.max(log.latestSeq, record.v.seq);
        if (this.journal === undefined) log.durableSeq = log.latestSeq;
        this.logs.set(record.key, log);
        this.trim(log);
        break;
      }
      case 'log-position': {
        const log = this.logs.get(record.key) ?? { events: [], latestSeq: 0, durableSeq: 0 };
        log.latestSeq = Math.max(log.latestSeq, record.seq);
        log.durableSeq = log.latestSeq;
        this.logs.set(record.key, log);
        break;
      }
    }
  }

  /** Drops events beyond the latest `retention.events` that are also older than `retention.ms`. */
  private trim(log: Log): void {
    const { events, ms } = this.options.retention;
    const cutoff = this.now() - ms;
    let drop = 0;
    while (log.events.length - drop > events && Date.parse(log.events[drop]?.time ?? '') < cutoff) drop++;
    if (drop > 0) log.events.splice(0, drop);
  }

  private *snapshot(): Iterable<JournalRecord> {
    for (const v of this.browserSessions.values()) yield { t: 'browser', v };
    for (const v of this.agentRecords.values()) yield { t: 'agent', v };
    for (const v of this.chats.values()) {
      yield { t: 'chat', v };
      for (const entry of this.transcripts.get(v.sid) ?? []) yield { t: 'trans', sid: v.sid, v: entry };
    }
    for (const [key, log] of this.logs) {
      this.trim(log);
      // The position first: a log emptied by retention still never numbers from 1 again.
      yield { t: 'log-position', key, seq: log.latestSeq };
      for (const v of log.events) yield { t: 'event', key, v };
    }
  }
}
