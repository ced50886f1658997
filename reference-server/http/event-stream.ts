// Server-Sent Events and the long-poll fallback over one event log (a browser session's or an
// agent's), as spec/README.md frames them: `retry: 2000` first, then every event after the
// reader's position (or a Resync when retention dropped some), then live events, with a
// Heartbeat after any silence of heartbeatMs. Live events that arrive while the backlog is being
// written wait in a bounded buffer; a reader too slow to keep up (bufferBytes unsent) is dropped
// and resumes with Last-Event-ID, losing nothing. A stream is an object with methods (no
// closures of its own, so an open stream holds little), and one timer beats for all streams.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Store, StoredEvent, StreamKey } from '../store/store.ts';

export type StreamOptions = {
  store: Store;
  key: StreamKey;
  after: number;
  heartbeatMs: number;
  /** Headers to send besides the stream's own (CORS). Given here, not set on the response: a head written at once keeps no header object per open stream. */
  headers?: Record<string, string | number | string[] | undefined>;
  /** Most bytes held unsent before a live reader counts as fallen behind and is disconnected (it resumes with Last-Event-ID). */
  bufferBytes?: number;
  /** The Resync to send when the log no longer holds the events after `after` (none: start from the oldest kept). */
  resync?: () => Promise<StoredEvent>;
  /** Events may be validated (tests) or counted here. */
  onEvent?: (event: StoredEvent) => void;
  /** Fault switches only (the conformance self-test): events this stream withholds. */
  withhold?: (event: StoredEvent, firstOwedOnResume: boolean) => boolean;
};

const DEFAULT_BUFFER_BYTES = 256 * 1024;
const BACKLOG_PAGE = 500;

/**
 * An event's SSE frame. The frame last made is kept: every page of a browser session gets the
 * same event in a row, and serializes it once.
 */
let lastEvent: StoredEvent | undefined;
let lastFrame = '';
function frame(event: StoredEvent): string {
  if (event !== lastEvent) {
    lastFrame = `id: ${event.seq}\nevent: ${event.event}\ndata: ${JSON.stringify(event)}\n\n`;
    lastEvent = event;
  }
  return lastFrame;
}

/**
 * The heartbeats of every stream with one interval: one timer for all of them (not one each),
 * checking every `margin / 2` which streams were silent for `heartbeatMs - margin`, so that no gap
 * a reader measures exceeds heartbeatMs.
 */
class Heartbeats {
  private readonly streams = new Set<EventStream>();
  private timer: NodeJS.Timeout | undefined;
  readonly margin: number;

  constructor(readonly heartbeatMs: number) {
    this.margin = Math.min(250, Math.floor(heartbeatMs / 4));
  }

  add(stream: EventStream): void {
    this.streams.add(stream);
    this.timer ??= setInterval(() => this.tick(), Math.max(10, Math.floor(this.margin / 2))).unref();
  }

  delete(stream: EventStream): void {
    this.streams.delete(stream);
    if (this.streams.size > 0) return;
    clearInterval(this.timer);
    this.timer = undefined;
    heartbeats.delete(this.heartbeatMs);
  }

  private tick(): void {
    const due = Date.now() - (this.heartbeatMs - this.margin);
    for (const stream of this.streams) if (stream.lastWrite <= due) stream.beat();
  }
}
const heartbeats = new Map<number, Heartbeats>();
const heartbeatsOf = (heartbeatMs: number) => {
  const found = heartbeats.get(heartbeatMs) ?? new Heartbeats(heartbeatMs);
  heartbeats.set(heartbeatMs, found);
  return found;
};

/**
 * The newest seq of a log, read once for every stream of it that beats within `freshMs`: the pages
 * of a browser session fall silent together, so their heartbeats share one store read (with Redis,
 * one command instead of one a page). A shared value is at most `freshMs` old, within the
 * heartbeat's own margin; a stream never announces less than it has itself delivered.
 */
const latestReads = new WeakMap<Store, Map<StreamKey, { read: Promise<number>; at: number }>>();
function latestSeqOf(store: Store, key: StreamKey, fallback: number, freshMs: number): Promise<number> {
  const reads = latestReads.get(store) ?? new Map<StreamKey, { read: Promise<number>; at: number }>();
  latestReads.set(store, reads);
  const now = Date.now();
  const shared = reads.get(key);
  if (shared !== undefined && now - shared.at <= freshMs) return shared.read;
  const read = store.readEvents(key, fallback, 0).then(
    (window) => window.latestSeq,
    () => fallback,
  );
  const entry = { read, at: now };
  reads.set(key, entry);
  setTimeout(() => reads.get(key) === entry && reads.delete(key), freshMs + 1).unref();
  return read;
}

/** One open stream: its position in the log, the live events waiting while the backlog is written, its socket. */
class EventStream {
  position: number;
  /** Live events that came while the backlog was being written; none once it is. */
  live: StoredEvent[] | undefined = [];
  lastWrite = Date.now();
  closed = false;
  private beating = false;
  private owedOnResume: boolean;
  private readonly bound: number;
  private readonly unsubscribe: () => void;
  private heartbeats: Heartbeats | undefined;

  constructor(
    private readonly response: ServerResponse,
    private readonly options: StreamOptions,
    /** Called once the client has gone. */
    private readonly ended: () => void,
  ) {
    this.position = options.after;
    this.owedOnResume = options.after > 0;
    this.bound = options.bufferBytes ?? DEFAULT_BUFFER_BYTES;
    this.unsubscribe = options.store.subscribe(options.key, this.onLive.bind(this));
    // 'close' comes once: `on` spares the wrapper `once` would keep for every open stream.
    response.on('close', this.onClose.bind(this));
    // A client gone before the stream began sends no 'close' any more.
    if (response.socket === null || response.socket.destroyed) queueMicrotask(() => this.onClose());
  }

  /** Writes the head and the backlog, then leaves the stream to live events and heartbeats. */
  async start(headers: StreamOptions['headers']): Promise<void> {
    if (this.closed) return;
    const given: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) given[name] = value;
    this.response.writeHead(200, {
      ...given,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    });
    this.write('retry: 2000\n\n');
    try {
      await this.backlog();
    } catch (error) {
      this.response.destroy(error as Error);
    }
    if (!this.closed) {
      this.heartbeats = heartbeatsOf(this.options.heartbeatMs);
      this.heartbeats.add(this);
    }
  }

  /** A heartbeat, with the log's newest seq (a reader that saw less knows it lost some). */
  beat(): void {
    if (this.beating || this.closed) return;
    this.beating = true;
    const { store, key } = this.options;
    void latestSeqOf(store, key, this.position, this.heartbeats?.margin ?? 0).then((read) => {
      this.beating = false;
      // A read shared with a stream further behind may predate an event this one already has.
      const latestSeq = Math.max(read, this.position);
      this.write(`event: Heartbeat\ndata: ${JSON.stringify({ event: 'Heartbeat', time: new Date().toISOString(), latestSeq })}\n\n`);
    });
  }

  /** Every event after the position, a page at a time (or a Resync when retention dropped some), then the live ones that waited. */
  private async backlog(): Promise<void> {
    const { store, key, resync } = this.options;
    for (;;) {
      const window = await store.readEvents(key, this.position, BACKLOG_PAGE);
      if (!window.complete && resync !== undefined) {
        const event = await resync();
        this.options.onEvent?.(event);
        this.write(frame(event));
        this.position = event.seq;
        continue;
      }
      if (!window.complete) this.position = Math.max(0, (window.events[0]?.seq ?? window.latestSeq + 1) - 1);
      for (const event of window.events) {
        this.deliver(event);
        await this.drained();
      }
      if (window.events.length < BACKLOG_PAGE || this.closed) break;
    }
    const waiting = this.live ?? [];
    this.live = undefined;
    for (const event of waiting) this.deliver(event);
  }

  private onLive(event: StoredEvent): void {
    if (this.live === undefined) this.deliver(event);
    else if (this.live.length < BACKLOG_PAGE * 4) this.live.push(event);
    else this.response.destroy();
  }

  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    this.heartbeats?.delete(this);
    this.ended();
  }

  private deliver(event: StoredEvent): void {
    if (event.seq <= this.position) return;
    this.position = event.seq;
    const withheld = this.options.withhold?.(event, this.owedOnResume) === true;
    this.owedOnResume = false;
    if (withheld) return;
    this.options.onEvent?.(event);
    this.write(frame(event));
  }

  // Live: a reader past the bound has fallen behind and is let go. The backlog instead waits for it
  // to drain, or a backlog larger than the bound could never be delivered.
  private write(text: string): void {
    if (this.closed) return;
    this.response.write(text);
    this.lastWrite = Date.now();
    if (this.live === undefined && this.unsent() > this.bound) this.response.destroy();
  }

  /** What the socket holds unsent (a response's own count keeps what it handed the socket). */
  private unsent(): number {
    return this.response.socket?.writableLength ?? this.response.writableLength;
  }

  private async drained(): Promise<void> {
    if (this.unsent() <= this.bound / 2) return;
    // Node's http corks the socket until the next tick: what it holds then is not yet a backlog.
    await new Promise(setImmediate);
    const socket = this.response.socket;
    if (this.closed || socket === null || this.unsent() <= this.bound / 2 || !socket.writableNeedDrain) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        socket.off('drain', done);
        this.response.off('close', done);
        resolve();
      };
      socket.on('drain', done);
      this.response.on('close', done);
    });
  }
}

/** Streams the log to `response` until the client goes, then calls `ended`; returns at once. */
export function openStream(response: ServerResponse, options: StreamOptions, ended: () => void): void {
  const { headers, ...kept } = options;
  const stream = new EventStream(response, kept, ended);
  stream.start(headers).catch((error: unknown) => response.destroy(error as Error));
}

/** Streams the log to `response` until the client goes; resolves when it has. */
export function streamEvents(response: ServerResponse, options: StreamOptions): Promise<void> {
  return new Promise((resolve) => openStream(response, options, resolve));
}

/** The long-poll answer: events after `after` as soon as there are any, or none after `waitMs`. */
export async function pollEvents(options: StreamOptions & { waitMs: number; max?: number }) {
  const { store, key } = options;
  const max = options.max ?? BACKLOG_PAGE;
  const read = async () => {
    const window = await store.readEvents(key, options.after, max);
    if (!window.complete && options.resync !== undefined) {
      const resync = await options.resync();
      return { events: [resync], next: resync.seq, more: false, latestSeq: window.latestSeq };
    }
    const last = window.events.at(-1)?.seq ?? Math.max(options.after, 0);
    return { events: window.events, next: last, more: last < window.latestSeq, latestSeq: window.latestSeq };
  };
  const deadline = Date.now() + options.waitMs;
  let answer = await read();
  // A wake-up that finds nothing to read (a store may notify before its event is readable) waits on, until waitMs is over.
  while (answer.events.length === 0 && Date.now() < deadline) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(finish, deadline - Date.now());
      const unsubscribe = store.subscribe(key, finish);
      function finish() {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      }
    });
    answer = await read();
  }
  return answer;
}
