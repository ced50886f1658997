// The page's event stream: reads it over fetch (browsers and Node alike), resumes after any drop
// from the last seq delivered, reconnects with backoff - also after an error answer, which would
// stop a plain EventSource for good - and reports the server's liveness.
import { LivechatError } from '../errors.ts';
import { fetchOr, operationUrl } from '../transport/http.ts';
import { createDecoder } from './decoder.ts';
import { Liveness, type ServerState } from './liveness.ts';
import { Sequencer } from './sequencer.ts';

export type StreamEvent = { seq: number; name: string; payload: Record<string, unknown> };

export type ConnectionOptions = {
  baseUrl: string;
  pageId: string;
  /** Where to start: the seq Open or Start answered (0 for the beginning). */
  position: number;
  onEvent: (event: StreamEvent) => void;
  onServerState?: (state: ServerState) => void;
  /** A refusal no retry can mend (CookiesDisabled, an expired browser session); the stream stops. */
  onFatal?: (error: LivechatError) => void;
  onMalformed?: (reason: string) => void;
  /** Anything arrived from the server (a frame, a heartbeat, an answer): for pages that share this stream. */
  onContact?: () => void;
  fetch?: typeof fetch | undefined;
  offlineAfterMs?: number | undefined;
  backoff?: { initialMs: number; maxMs: number };
};

export type Connection = { close(): void; readonly position: number };

export function connectEventStream(options: ConnectionOptions): Connection {
  const doFetch = fetchOr(options.fetch);
  const sequencer = new Sequencer(options.position);
  const liveness = new Liveness(options.offlineAfterMs ?? 9000, (state) => {
    options.onServerState?.(state);
    // A connection that stays open but carries nothing is given up, and the loop dials again.
    if (state === 'offline') current?.abort();
  });
  const contact = () => {
    liveness.contact();
    options.onContact?.();
  };
  const { initialMs, maxMs } = options.backoff ?? { initialMs: 500, maxMs: 10_000 };
  let closed = false;
  let current: AbortController | undefined;
  let retryMs = initialMs;
  /** The wait after a drop once frames flowed: the server's `retry:` when it sent one (within the bounds). */
  let baseMs = initialMs;

  async function readOnce(): Promise<'again' | 'stop'> {
    current = new AbortController();
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (sequencer.position > 0) headers['last-event-id'] = String(sequencer.position);
    const url = operationUrl(options.baseUrl, 'openEventStream', {}, { page: options.pageId, after: sequencer.position });
    const response = await doFetch(url, { headers, credentials: 'include', signal: current.signal });
    contact();
    if (!response.ok || response.body === null) {
      const error = LivechatError.fromResponse(
        response.status,
        await response.json().catch(() => undefined),
        response.headers.get('retry-after'),
      );
      if (!error.retryable && response.status < 500) {
        options.onFatal?.(error);
        return 'stop';
      }
      if (error.retryAfterMs !== undefined) retryMs = Math.max(retryMs, error.retryAfterMs);
      return 'again';
    }
    let lost = false;
    const decoder = createDecoder((frame) => {
      if (lost) return;
      if (frame.kind === 'retry') baseMs = Math.min(Math.max(frame.ms, initialMs), maxMs);
      if (frame.kind === 'malformed') options.onMalformed?.(frame.reason);
      if (frame.kind === 'heartbeat' && sequencer.heartbeat(frame.latestSeq) === 'lost') lost = true;
      if (frame.kind === 'event') {
        const verdict = sequencer.accept(frame.seq, frame.name);
        if (verdict === 'deliver') options.onEvent({ seq: frame.seq, name: frame.name, payload: frame.payload });
        if (verdict === 'lost') lost = true;
      }
      if (frame.kind !== 'malformed') retryMs = baseMs;
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    while (!lost && !closed) {
      const { value, done } = await reader.read();
      if (done) break;
      contact();
      decoder.feed(value);
    }
    if (lost) current.abort();
    return 'again';
  }

  async function loop(): Promise<void> {
    while (!closed) {
      let outcome: 'again' | 'stop' = 'again';
      try {
        outcome = await readOnce();
      } catch {
        // A network failure or an aborted read: the loop reconnects below.
      }
      if (outcome === 'stop' || closed) break;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
      retryMs = Math.min(retryMs * 2, maxMs);
    }
    liveness.stop();
  }

  void loop();
  return {
    close() {
      closed = true;
      current?.abort();
      liveness.stop();
    },
    get position() {
      return sequencer.position;
    },
  };
}
