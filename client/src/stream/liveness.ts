// The document's offline rule: OnServerStateChanged('offline') when nothing has come from the
// server for 9 seconds - counted from when the page began to listen, so a server that never
// answers counts too - ('online') as soon as something does.

export type ServerState = 'online' | 'offline';

export class Liveness {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #offline = false;
  readonly #offlineAfterMs: number;
  readonly #onChange: (state: ServerState) => void;

  constructor(offlineAfterMs: number, onChange: (state: ServerState) => void) {
    this.#offlineAfterMs = offlineAfterMs;
    this.#onChange = onChange;
    this.#arm();
  }

  /** Anything from the server: a frame, a heartbeat, an answer to a call. */
  contact(): void {
    if (this.#offline) {
      this.#offline = false;
      this.#onChange('online');
    }
    this.#arm();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#offline = true;
      this.#onChange('offline');
    }, this.#offlineAfterMs);
  }
}
