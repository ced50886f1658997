// The chat core's timers - a chat's session-end timer, its queue timeout - as named deadlines: a
// deadline is armed (an earlier one of the same name stays), cleared, and when it is due, the
// handler runs once. In one process (LocalDeadlines) a deadline is a setTimeout; processes that
// share a store share their deadlines (store/redis-deadlines.ts), so that one fires, once, on
// whichever process is there when it is due - also when the one that armed it died.
export type DeadlineHandler = (name: string) => Promise<void>;

export interface Deadlines {
  /** Arms `name` to fire at `at` (ms since the epoch), unless it is armed already. */
  arm(name: string, at: number): Promise<void>;
  clear(name: string): Promise<void>;
  /** Starts firing due deadlines into `handler` (one handler per process). */
  start(handler: DeadlineHandler): void;
  /** Stops firing here (deadlines shared with other processes stay theirs to fire). */
  stop(): void;
}

export class LocalDeadlines implements Deadlines {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private handler: DeadlineHandler | undefined;

  constructor(private readonly onError: (error: unknown, name: string) => void) {}

  async arm(name: string, at: number): Promise<void> {
    if (this.timers.has(name)) return;
    const fire = () => {
      this.timers.delete(name);
      this.handler?.(name).catch((error: unknown) => this.onError(error, name));
    };
    this.timers.set(name, setTimeout(fire, Math.max(0, at - Date.now())).unref());
  }

  async clear(name: string): Promise<void> {
    clearTimeout(this.timers.get(name));
    this.timers.delete(name);
  }

  start(handler: DeadlineHandler): void {
    this.handler = handler;
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.handler = undefined;
  }
}
