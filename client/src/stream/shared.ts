// One event stream per browser, not per tab: the pages of a browser that take part in a chat bid
// for a Web Lock; the holder (the leading tab) reads the stream and relays each event on a
// BroadcastChannel, and when it closes the lock - and the stream - passes to another tab, which
// resumes from its own position. Every page keeps its own sequencer, so each event reaches it
// once and in order; a page catches up through the long-poll fallback as it joins (what was
// relayed before it listened) and whenever it sees a gap.
import { fetchOr, operationUrl } from '../transport/http.ts';
import { type Connection, type ConnectionOptions, connectEventStream, type StreamEvent } from './connection.ts';
import { Liveness } from './liveness.ts';
import { Sequencer } from './sequencer.ts';

type Relay = { kind: 'event'; event: StreamEvent } | { kind: 'contact' };

/** Whether this environment can share a stream between tabs (browsers with Web Locks and BroadcastChannel). */
export function canShareStream(): boolean {
  return (
    typeof document !== 'undefined' && typeof BroadcastChannel === 'function' && typeof navigator !== 'undefined' && 'locks' in navigator
  );
}

export function connectSharedEventStream(options: ConnectionOptions & { shareKey: string }): Connection {
  const doFetch = fetchOr(options.fetch);
  const sequencer = new Sequencer(options.position);
  const liveness = new Liveness(options.offlineAfterMs ?? 9000, (state) => options.onServerState?.(state));
  const channel = new BroadcastChannel(`livechat-stream:${options.shareKey}`);
  let closed = false;
  let catchingUp = false;
  let leader: Connection | undefined;
  let resign: () => void = () => {};

  function deliver(event: StreamEvent): void {
    const verdict = sequencer.accept(event.seq, event.name);
    if (verdict === 'deliver') options.onEvent(event);
    if (verdict === 'lost') void catchUp();
  }

  /** Fetches what this page missed, once, from the long-poll fallback (it answers at once when events wait). */
  async function catchUp(): Promise<void> {
    if (catchingUp || closed) return;
    catchingUp = true;
    try {
      const url = operationUrl(options.baseUrl, 'pollEvents', {}, { page: options.pageId, after: sequencer.position, waitMs: 0 });
      const response = await doFetch(url, { credentials: 'include' });
      if (response.ok) {
        const { events } = (await response.json()) as { events: Record<string, unknown>[] };
        for (const payload of events) deliver({ seq: Number(payload.seq), name: String(payload.event), payload });
      }
    } finally {
      catchingUp = false;
    }
  }

  channel.onmessage = ({ data }: MessageEvent<Relay>) => {
    liveness.contact();
    if (data.kind === 'event') deliver(data.event);
  };
  liveness.contact();
  // Events the leading tab relayed before this page listened (between its position - Start's or
  // Open's answer - and now) reached nobody here: fetch them once, or a quiet chat shows nothing.
  void catchUp();

  // Wait for the lock; while holding it, this page reads the stream for the whole browser.
  void navigator.locks.request(`livechat-stream:${options.shareKey}`, async () => {
    if (closed) return;
    leader = connectEventStream({
      ...options,
      position: sequencer.position,
      onEvent: (event) => {
        channel.postMessage({ kind: 'event', event } satisfies Relay);
        deliver(event);
      },
      onContact: () => {
        liveness.contact();
        channel.postMessage({ kind: 'contact' } satisfies Relay);
      },
      onServerState: () => {},
    });
    await new Promise<void>((resolve) => {
      resign = resolve;
    });
  });

  return {
    close() {
      closed = true;
      leader?.close();
      resign();
      channel.close();
      liveness.stop();
    },
    get position() {
      return sequencer.position;
    },
  };
}
