// Turns the text of one event-stream connection into the contract's frames. The SSE framing is
// sse.ts's; this module only reads our frames out of it. A frame cut off by a dropped connection
// is never emitted (a new connection gets a new decoder).
import { createSseParser, type SseMessage } from './sse.ts';

export type StreamFrame =
  | { kind: 'event'; seq: number; name: string; payload: Record<string, unknown> }
  | { kind: 'heartbeat'; latestSeq: number }
  | { kind: 'retry'; ms: number }
  | { kind: 'malformed'; reason: string };

/** A decoder of one connection: feed it text as it arrives, it calls onFrame per complete frame. */
export function createDecoder(onFrame: (frame: StreamFrame) => void): { feed(chunk: string): void } {
  const feed = createSseParser({
    onEvent: (message) => onFrame(frameOf(message)),
    onRetry: (ms) => onFrame({ kind: 'retry', ms }),
    onError: (reason) => onFrame({ kind: 'malformed', reason }),
  });
  return { feed };
}

function frameOf({ id, event, data }: SseMessage): StreamFrame {
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    return { kind: 'malformed', reason: `data of ${event ?? 'a frame'} is not JSON` };
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload))
    return { kind: 'malformed', reason: 'data is not an object' };
  const body = payload as Record<string, unknown>;
  if (event === 'Heartbeat') {
    return Number.isSafeInteger(body.latestSeq)
      ? { kind: 'heartbeat', latestSeq: body.latestSeq as number }
      : { kind: 'malformed', reason: 'heartbeat without latestSeq' };
  }
  const seq = Number(id);
  if (id === undefined || !/^\d+$/.test(id) || !Number.isSafeInteger(seq) || body.seq !== seq)
    return { kind: 'malformed', reason: `${event} without a seq matching its id` };
  if (typeof body.event !== 'string' || (event !== undefined && event !== body.event))
    return { kind: 'malformed', reason: 'frame event and payload event differ' };
  return { kind: 'event', seq, name: body.event, payload: body };
}
