// The document's offline rule: OnServerStateChanged('offline') when nothing has come from the
// server for 9 seconds - counted from when the page began to listen, so a server that never
// answers counts too - ('online') as soon as something does.

export type ServerState = 'online' | 'offline';

export class Liveness {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: ServerState = 'online';

  constructor(
    private readonly offlineAfterMs: number,
    private readonly onChange: (state: ServerState) => void,
  ) {
    this.arm();
  }

  /** Anything from the server: a frame, a heartbeat, an answer to a call. */
  contact(): void {
    if (this.state === 'offline') {
      this.state = 'online';
      this.onChange('online');
    }
    this.arm();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.state = 'offline';
      this.onChange('offline');
    }, this.offlineAfterMs);
  }
}
