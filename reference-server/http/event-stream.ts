// Server-Sent Events and the long-poll fallback over one event log (a browser session's or an
// agent's), as spec/README.md frames them: `retry: 2000` first, then every event after the
// reader's position (or a Resync when retention dropped some), then live events, with a
// Heartbeat after any silence of heartbeatMs. Live events that arrive while the backlog is being
// written wait in a bounded buffer; a reader too slow to keep up (bufferBytes unsent) is dropped
// and resumes with Last-Event-ID, losing nothing.
import type { ServerResponse } from 'node:http';
import type { Store, StoredEvent, StreamKey } from '../store/store.ts';

export type StreamOptions = {
  store: Store;
  key: StreamKey;
  after: number;
  heartbeatMs: number;
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

const frame = (event: StoredEvent) => `id: ${event.seq}\nevent: ${event.event}\ndata: ${JSON.stringify(event)}\n\n`;

/** Streams the log to `response` until the client goes; resolves when it has. */
export async function streamEvents(response: ServerResponse, options: StreamOptions): Promise<void> {
  const { store, key } = options;
  let position = options.after;
  let live: StoredEvent[] | undefined = [];
  let lastWrite = Date.now();
  let closed = false;
  const bound = options.bufferBytes ?? DEFAULT_BUFFER_BYTES;

  // Live: a reader past the bound has fallen behind and is let go. The backlog instead waits for it
  // to drain, or a backlog larger than the bound could never be delivered.
  const write = (text: string) => {
    if (closed) return;
    response.write(text);
    lastWrite = Date.now();
    if (live === undefined && unsent() > bound) response.destroy();
  };
  // What the socket holds unsent (a response's own count keeps what it handed the socket).
  const unsent = () => response.socket?.writableLength ?? response.writableLength;
  const drained = async () => {
    if (unsent() <= bound / 2) return;
    // Node's http corks the socket until the next tick: what it holds then is not yet a backlog.
    await new Promise(setImmediate);
    const socket = response.socket;
    if (closed || socket === null || unsent() <= bound / 2 || !socket.writableNeedDrain) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        socket.off('drain', done);
        response.off('close', done);
        resolve();
      };
      socket.on('drain', done);
      response.on('close', done);
    });
  };
  let owedOnResume = options.after > 0;
  const deliver = (event: StoredEvent) => {
    if (event.seq <= position) return;
    position = event.seq;
    const withheld = options.withhold?.(event, owedOnResume) === true;
    owedOnResume = false;
    if (withheld) return;
    options.onEvent?.(event);
    write(frame(event));
  };

  const unsubscribe = store.subscribe(key, (event) => {
    if (live === undefined) deliver(event);
    else if (live.length < BACKLOG_PAGE * 4) live.push(event);
    else response.destroy();
  });
  const done = new Promise<void>((resolve) => response.once('close', resolve));
  response.once('close', () => {
    closed = true;
    unsubscribe();
  });

  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
  });
  write('retry: 2000\n\n');

  try {
    for (;;) {
      const window = await store.readEvents(key, position, BACKLOG_PAGE);
      if (!window.complete && options.resync !== undefined) {
        const resync = await options.resync();
        position = Math.max(position, 0);
        options.onEvent?.(resync);
        write(frame(resync));
        position = resync.seq;
        continue;
      }
      if (!window.complete) position = Math.max(0, (window.events[0]?.seq ?? window.latestSeq + 1) - 1);
      for (const event of window.events) {
        deliver(event);
        await drained();
      }
      if (window.events.length < BACKLOG_PAGE || closed) break;
    }
    const waiting = live;
    live = undefined;
    for (const event of waiting) deliver(event);
  } catch (error) {
    response.destroy(error as Error);
  }

  // A heartbeat a little before heartbeatMs of silence, so no gap a reader measures exceeds it:
  // one timer per stream, re-armed from the last write rather than on every write.
  const margin = Math.min(250, Math.floor(options.heartbeatMs / 4));
  let heartbeat: NodeJS.Timeout | undefined;
  const beat = async () => {
    const silence = Date.now() - lastWrite;
    if (closed) return;
    if (silence >= options.heartbeatMs - margin) {
      const { latestSeq } = await store.readEvents(key, position, 0).catch(() => ({ latestSeq: position }));
      write(`event: Heartbeat\ndata: ${JSON.stringify({ event: 'Heartbeat', time: new Date().toISOString(), latestSeq })}\n\n`);
    }
    if (!closed) heartbeat = setTimeout(beat, Math.max(10, lastWrite + options.heartbeatMs - margin - Date.now()));
  };
  heartbeat = setTimeout(beat, Math.max(10, lastWrite + options.heartbeatMs - margin - Date.now()));
  await done;
  clearTimeout(heartbeat);
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
