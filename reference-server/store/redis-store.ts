// The shared store: every record and event log in one Redis, so that several reference-server
// processes behind a load balancer serve the same browser sessions. Records are JSON strings
// (a read parses a fresh copy: nothing handed out is shared), each event log a Redis Stream whose
// IDs are the contract's seqs (`<seq>-0`, numbered by a counter the append script increments in
// the same step), transcripts lists; changes of more than one key are Lua scripts
// (redis-scripts.ts); live events come through pub/sub with catch-up reads (redis-feeds.ts).
// A Redis that cannot be reached is a store outage (redis-connection.ts): StoreUnavailable.
import type { Redis } from 'ioredis';
import { checkedStoredName } from './file-bytes.ts';
import { connectRedis, guarded, type RedisConnectionOptions } from './redis-connection.ts';
import { Feeds } from './redis-feeds.ts';
import { defineStoreCommands, type StoreCommands } from './redis-scripts.ts';
import {
  type AgentRecord,
  type BrowserSessionRecord,
  type ChatRecord,
  type EventWindow,
  type Retention,
  type Store,
  type StoredEvent,
  StoreUnavailable,
  type StreamKey,
  type TranscriptEntry,
  type TranscriptRecord,
  type TranscriptSize,
  textBytesOf,
} from './store.ts';

export type RedisStoreOptions = RedisConnectionOptions & {
  retention: Retention;
  /** Prepended to every key and channel (several deployments, or tests, on one Redis). */
  prefix?: string;
  /** Told when a live feed cannot read its log (it tries again as Redis comes back). */
  onFeedError?: (error: unknown) => void;
  now?: () => number;
};

/** The most idle browser sessions one housekeeping pass is given (the next pass gets the rest). */
const IDLE_SESSIONS_PER_PASS = 10_000;

export class RedisStore implements Store {
  private readonly prefix: string;
  private readonly now: () => number;
  private feeds!: Feeds;

  private constructor(
    private readonly redis: Redis & StoreCommands,
    private readonly subscriber: Redis,
    private readonly options: RedisStoreOptions,
  ) {
    this.prefix = options.prefix ?? 'livechat:';
    this.now = options.now ?? Date.now;
  }

  /** Connects both connections (commands, and pub/sub); fails when Redis cannot be reached now. */
  static async open(options: RedisStoreOptions): Promise<RedisStore> {
    const redis = defineStoreCommands(await connectRedis(options, 'livechat-store'));
    let subscriber: Redis;
    try {
      const { onCommand: _countedOnCommandsOnly, ...feedOptions } = options;
      subscriber = await connectRedis(feedOptions, 'livechat-feeds');
    } catch (error) {
      redis.disconnect();
      throw error;
    }
    const store = new RedisStore(redis, subscriber, options);
    store.feeds = new Feeds(
      subscriber,
      {
        latestSeq: (key) => store.latestSeq(key),
        eventsAfter: async (key, after, max) => (await store.readEvents(key, after, max)).events,
      },
      (key) => `${store.prefix}events:${key}`,
      options.onFeedError ?? (() => undefined),
    );
    return store;
  }

  /** The command connection, for what shares this Redis (the shared lock, timers, rate limits). */
  get connection(): Redis {
    return this.redis;
  }

  get keyPrefix(): string {
    return this.prefix;
  }

  /**
   * Tells `listener` of each message on a pub/sub channel (a whole name), through the feeds'
   * subscriber connection; returns the unsubscribe function. At most once, as pub/sub delivers, and
   * not while the connection is down: for notices that a poll backs up.
   */
  listen(channel: string, listener: (message: string) => void): () => void {
    const onMessage = (from: string, message: string) => {
      if (from === channel) listener(message);
    };
    this.subscriber.on('message', onMessage);
    this.subscriber.subscribe(channel).catch(this.options.onFeedError ?? (() => undefined));
    return () => {
      this.subscriber.off('message', onMessage);
      this.subscriber.unsubscribe(channel).catch(() => undefined);
    };
  }

  async getBrowserSession(id: string) {
    return this.getRecord<BrowserSessionRecord>(`bs:${id}`);
  }
  async putBrowserSession(session: BrowserSessionRecord) {
    await guarded(() => this.redis.lcPutBrowserSession(this.prefix, session.id, session.createdAt, JSON.stringify(session)));
  }
  async deleteBrowserSession(id: string) {
    await guarded(() => this.redis.lcDeleteBrowserSession(this.prefix, id));
  }
  async idleBrowserSessions(createdBefore: number) {
    return guarded(() => this.redis.lcIdleBrowserSessions(this.prefix, createdBefore, IDLE_SESSIONS_PER_PASS)) as Promise<string[]>;
  }

  async getChat(sid: string) {
    return this.getRecord<ChatRecord>(`chat:${sid}`);
  }
  async putChat(chat: ChatRecord, options: { newFiles?: string[] } = {}) {
    const newFiles = (options.newFiles ?? []).map(checkedStoredName);
    const recorded = await guarded(() =>
      this.redis.lcPutChat(
        this.prefix,
        chat.sid,
        chat.browserSessionId,
        JSON.stringify(chat),
        chat.state,
        chat.queuedAt,
        chat.endedAt ?? '',
        ...newFiles,
      ),
    );
    if (recorded !== 1) throw new StoreUnavailable("an uploaded file's bytes expired in Redis before the upload was recorded");
  }
  chatsOf(browserSessionId: string) {
    return this.records<ChatRecord>(`chats:of:${browserSessionId}`, 'chat:');
  }
  queuedChats() {
    return this.records<ChatRecord>('chats:queued', 'chat:');
  }
  async deleteChat(sid: string) {
    await guarded(() => this.redis.lcDeleteChat(this.prefix, sid));
  }
  async countActiveChats() {
    return guarded(() => this.redis.zcard(`${this.prefix}chats:active`));
  }
  activeChats() {
    return this.records<ChatRecord>('chats:active', 'chat:');
  }
  chatsEndedBefore(time: number) {
    return this.records<ChatRecord>('chats:ended', 'chat:', `(${time}`);
  }

  async appendTranscript(sid: string, entry: TranscriptRecord) {
    const clientMessageId = entry.type === 'msg' ? (entry.clientMessageId ?? '') : '';
    await guarded(() => this.redis.lcAppendTranscript(this.prefix, sid, JSON.stringify(entry), textBytesOf(entry), clientMessageId));
  }
  async transcript(sid: string) {
    const entries = await guarded(() => this.redis.lrange(`${this.prefix}trans:${sid}`, 0, -1));
    return entries.map((entry) => JSON.parse(entry) as TranscriptRecord);
  }
  async transcriptSize(sid: string): Promise<TranscriptSize> {
    const [entries, textBytes] = await guarded(() => this.redis.hmget(`${this.prefix}trans-size:${sid}`, 'entries', 'textBytes'));
    return { entries: Number(entries ?? 0), textBytes: Number(textBytes ?? 0) };
  }
  async acceptedMessage(sid: string, clientMessageId: string) {
    const entry = await guarded(() => this.redis.hget(`${this.prefix}trans-ids:${sid}`, clientMessageId));
    return entry === null ? undefined : (JSON.parse(entry) as TranscriptRecord);
  }

  async getAgent(agentId: string) {
    return this.getRecord<AgentRecord>(`agent:${agentId}`);
  }
  async putAgent(agent: AgentRecord) {
    await guarded(() => this.redis.lcPutAgent(this.prefix, agent.agentId, JSON.stringify(agent)));
  }
  agents() {
    return this.records<AgentRecord>('agents', 'agent:');
  }
  async deleteAgent(agentId: string) {
    await guarded(() => this.redis.lcDeleteAgent(this.prefix, agentId));
  }

  async appendEvent(key: StreamKey, event: Omit<StoredEvent, 'seq'>, transcript?: { sid: string; entry: TranscriptEntry }) {
    const { events, ms } = this.options.retention;
    const time = Date.parse(String(event.time));
    const args: (string | number)[] = [
      this.prefix,
      key,
      JSON.stringify(event),
      Number.isNaN(time) ? this.now() : time,
      events,
      this.now() - ms,
    ];
    if (transcript !== undefined) {
      const { entry } = transcript;
      args.push(transcript.sid, JSON.stringify(entry), textBytesOf(entry), entry.type === 'msg' ? (entry.clientMessageId ?? '') : '');
    }
    const stored = JSON.parse((await guarded(() => this.redis.lcAppendEvent(...args))) as string) as StoredEvent;
    this.feeds.offer(key, stored);
    return stored;
  }

  async readEvents(key: StreamKey, after: number, max: number): Promise<EventWindow> {
    const [latestSeq, oldest, ...events] = (await guarded(() => this.redis.lcReadEvents(this.prefix, key, after, max))) as [
      number,
      number,
      ...string[],
    ];
    return {
      events: events.map((event) => JSON.parse(event) as StoredEvent),
      latestSeq,
      complete: after >= oldest - 1 && after <= latestSeq,
    };
  }

  subscribe(key: StreamKey, listener: (event: StoredEvent) => void) {
    return this.feeds.subscribe(key, listener);
  }

  /** Answers, and takes a write (a Redis refusing writes - a failed AOF write, out of memory - is out too). */
  async healthy() {
    try {
      await this.redis.set(`${this.prefix}probe`, String(this.now()), 'PX', 60_000);
      return true;
    } catch {
      return false;
    }
  }

  async close() {
    await Promise.allSettled([this.redis.quit(), this.subscriber.quit()]);
    this.redis.disconnect();
    this.subscriber.disconnect();
  }

  private async latestSeq(key: StreamKey): Promise<number> {
    return Number((await guarded(() => this.redis.get(`${this.prefix}seq:${key}`))) ?? 0);
  }

  private async getRecord<T>(key: string): Promise<T | undefined> {
    const record = await guarded(() => this.redis.get(`${this.prefix}${key}`));
    return record === null ? undefined : (JSON.parse(record) as T);
  }

  /** The records an index (a zset) names, in its order; `max`: an exclusive or inclusive upper score. */
  private async records<T>(index: string, recordPrefix: string, max = '+inf'): Promise<T[]> {
    const records = (await guarded(() => this.redis.lcRecordsByScore(this.prefix, index, recordPrefix, '-inf', max, -1))) as string[];
    return records.map((record) => JSON.parse(record) as T);
  }
}
