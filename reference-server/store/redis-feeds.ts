// Live events of the Redis store's logs, for Store.subscribe: one feed per log with listeners in
// this process, fed by Redis pub/sub (the append script publishes each event as stored) and caught
// up by reading the log (XRANGE) whenever a notice is missing - pub/sub delivers at most once, and
// not at all while the subscriber connection is down. A feed hands its listeners every event after
// the position it started from, once each, in seq order, with no gap:
// - it starts from the log's newest seq, read on the command connection at subscribe time, so
//   before any read its subscriber makes next (one connection answers in order);
// - a notice that skips seqs, the subscription's confirmation and every reconnect read the log
//   from the feed's position;
// - the process's own appends are offered as they are acknowledged (the notice of one comes later).
import type { Redis } from 'ioredis';
import type { StoredEvent, StreamKey } from './store.ts';

export type FeedSource = {
  /** The log's newest seq now. */
  latestSeq(key: StreamKey): Promise<number>;
  /** Events after `after`, oldest first, at most `max`. */
  eventsAfter(key: StreamKey, after: number, max: number): Promise<StoredEvent[]>;
};

type Listener = (event: StoredEvent) => void;

const CATCH_UP_PAGE = 500;

class Feed {
  readonly listeners = new Set<Listener>();
  /** The seq of the newest event handed out (or the start); undefined until the start is known. */
  position: number | undefined;
  /** Catching up: one read at a time; `again` asks for one more pass once it is done. */
  private reading: Promise<void> | undefined;
  private again = false;

  constructor(
    readonly key: StreamKey,
    private readonly source: FeedSource,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Offered before the start was known: looked at once it is. */
  private early: StoredEvent[] = [];

  /** The position to start from (the log's newest seq when the first listener came). */
  start(seq: number): void {
    if (this.position !== undefined) return;
    this.position = seq;
    const early = this.early;
    this.early = [];
    for (const event of early) this.offer(event);
  }

  /** An event whose seq is known to exist: handed out when it is the next one, else the log is read up to it. */
  offer(event: StoredEvent): void {
    if (this.position === undefined) {
      if (this.early.length < CATCH_UP_PAGE) this.early.push(event);
      return;
    }
    if (event.seq <= this.position) return;
    if (event.seq === this.position + 1 && this.reading === undefined) this.deliver(event);
    else this.catchUp();
  }

  /** Reads the log from the position and hands out what it holds. */
  catchUp(): void {
    if (this.position === undefined) return;
    if (this.reading !== undefined) {
      this.again = true;
      return;
    }
    this.reading = this.read()
      .catch(this.onError)
      .finally(() => {
        this.reading = undefined;
        if (this.again && this.listeners.size > 0) {
          this.again = false;
          this.catchUp();
        }
      });
  }

  private async read(): Promise<void> {
    for (;;) {
      if (this.position === undefined || this.listeners.size === 0) return;
      const events = await this.source.eventsAfter(this.key, this.position, CATCH_UP_PAGE);
      for (const event of events) if (event.seq > this.position) this.deliver(event);
      if (events.length < CATCH_UP_PAGE) return;
    }
  }

  private deliver(event: StoredEvent): void {
    this.position = event.seq;
    // A listener's failure is its stream's, never the feed's.
    for (const listener of [...this.listeners])
      try {
        listener(event);
      } catch {}
  }
}

export class Feeds {
  private readonly feeds = new Map<StreamKey, Feed>();
  private readonly keyOf = new Map<string, StreamKey>();

  constructor(
    private readonly subscriber: Redis,
    private readonly source: FeedSource,
    /** The channel of a log's notices. */
    private readonly channelOf: (key: StreamKey) => string,
    private readonly onError: (error: unknown) => void,
  ) {
    subscriber.on('message', (channel: string, message: string) => this.notice(channel, message));
    // Back after a drop (ioredis subscribes again by itself): what was published meanwhile is read from the logs.
    subscriber.on('ready', () => {
      for (const feed of this.feeds.values()) feed.catchUp();
    });
  }

  subscribe(key: StreamKey, listener: Listener): () => void {
    let feed = this.feeds.get(key);
    if (feed === undefined) {
      const created = new Feed(key, this.source, this.onError);
      feed = created;
      this.feeds.set(key, created);
      const channel = this.channelOf(key);
      this.keyOf.set(channel, key);
      // Asked now, before the caller's next read: the start is never after what that read sees.
      const start = this.source.latestSeq(key).then((seq) => created.start(seq));
      const subscribed = this.subscriber.subscribe(channel);
      Promise.all([start, subscribed]).then(
        () => created.catchUp(),
        (error: unknown) => {
          this.onError(error);
          // No start known (Redis out): from the oldest event kept - listeners skip what they had, and nothing is missed.
          created.start(0);
          created.catchUp();
        },
      );
    }
    feed.listeners.add(listener);
    const joined = feed;
    return () => {
      joined.listeners.delete(listener);
      if (joined.listeners.size === 0 && this.feeds.get(key) === joined) this.drop(joined);
    };
  }

  /** An event this process appended, acknowledged by Redis. */
  offer(key: StreamKey, event: StoredEvent): void {
    this.feeds.get(key)?.offer(event);
  }

  /** Every feed reads its log again (a missed notice is suspected). */
  catchUpAll(): void {
    for (const feed of this.feeds.values()) feed.catchUp();
  }

  get size(): number {
    return this.feeds.size;
  }

  private notice(channel: string, message: string): void {
    const key = this.keyOf.get(channel);
    if (key === undefined) return;
    const feed = this.feeds.get(key);
    if (feed === undefined) return;
    let event: StoredEvent;
    try {
      event = JSON.parse(message) as StoredEvent;
    } catch (error) {
      this.onError(error);
      feed.catchUp();
      return;
    }
    feed.offer(event);
  }

  private drop(feed: Feed): void {
    const channel = this.channelOf(feed.key);
    this.feeds.delete(feed.key);
    this.keyOf.delete(channel);
    feed.listeners.clear();
    this.subscriber.unsubscribe(channel).catch(() => undefined);
  }
}
