// How many event streams the server holds open: per browser or agent session, per client address
// and in all, so that no one caller can take every file descriptor (each stream is one) or the
// memory of streams nobody reads. Beyond a cap a stream is refused with RateLimited; the page
// retries later or reads by long poll.
import { readFileSync } from 'node:fs';
import { ChatError } from '../chat/chat-error.ts';

export type StreamCaps = { perSession: number; perAddress: number; total: number };

export class StreamLimits {
  private readonly open = new Map<string, number>();
  private total = 0;

  constructor(readonly caps: StreamCaps) {}

  /**
   * Counts a new stream of `session` (a browser or agent session) from `address`; returns its
   * release. `perSession: false`: the session's cap is counted elsewhere (a browser session's, over
   * every process, by the stream presence).
   */
  acquire(session: string, address: string, options: { perSession?: boolean } = {}): () => void {
    const keys = [`session:${session}`, `address:${address}`];
    const refuse = (why: string) =>
      new ChatError('RateLimited', `${why}: close another page's stream, or read events by long poll`, { retryAfterMs: 5000 });
    if (this.total >= this.caps.total) throw refuse(`the server holds its most event streams (${this.caps.total})`);
    if (options.perSession !== false && (this.open.get(keys[0] as string) ?? 0) >= this.caps.perSession)
      throw refuse(`this session holds its most event streams (${this.caps.perSession})`);
    if ((this.open.get(keys[1] as string) ?? 0) >= this.caps.perAddress)
      throw refuse(`this address holds its most event streams (${this.caps.perAddress})`);
    this.total++;
    for (const key of keys) this.open.set(key, (this.open.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      for (const key of keys) {
        const left = (this.open.get(key) ?? 1) - 1;
        if (left === 0) this.open.delete(key);
        else this.open.set(key, left);
      }
    };
  }
}

/** The process's limit of open files (Linux: /proc/self/limits), or undefined where it cannot be read. */
export function openFileLimit(): number | undefined {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const soft = Number(line?.split(/\s{2,}/)[1]);
    return Number.isInteger(soft) && soft > 0 ? soft : undefined;
  } catch {
    return undefined;
  }
}
