// Whether a browser session has an event stream connected, on this process or any other: the
// session-end timer runs while it has none, and how many it holds (LIVECHAT_MAX_STREAMS_PER_SESSION
// counts them over every process). In one process (LocalPresence) a count per session;
// processes that share a store share it (store/redis-presence.ts), and when one of them dies its
// streams are gone with it: `onLost` names its sessions so that their timers are looked at again.
export interface StreamPresence {
  /** A stream of the session asks to connect here: counted (true) unless the session holds `cap` streams over every process (false). */
  admit(browserSessionId: string, cap: number): Promise<boolean>;
  /** A stream of the session connected here (+1) or went (-1). */
  changed(browserSessionId: string, delta: 1 | -1): Promise<void>;
  /** Whether the session has a stream connected anywhere. */
  connected(browserSessionId: string): Promise<boolean>;
  /** Told of the sessions whose streams a process that died held. */
  onLost(handler: (browserSessionIds: string[]) => Promise<void>): void;
  stop(): Promise<void>;
}

export class LocalPresence implements StreamPresence {
  private readonly streams = new Map<string, number>();

  async admit(browserSessionId: string, cap: number): Promise<boolean> {
    if ((this.streams.get(browserSessionId) ?? 0) >= cap) return false;
    await this.changed(browserSessionId, 1);
    return true;
  }

  async changed(browserSessionId: string, delta: 1 | -1): Promise<void> {
    const count = (this.streams.get(browserSessionId) ?? 0) + delta;
    if (count > 0) this.streams.set(browserSessionId, count);
    else this.streams.delete(browserSessionId);
  }

  async connected(browserSessionId: string): Promise<boolean> {
    return this.streams.has(browserSessionId);
  }

  onLost(): void {}

  async stop(): Promise<void> {}
}
