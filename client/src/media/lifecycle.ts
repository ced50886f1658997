// What audio/video and co-browsing share about starting and ending: a start in progress can be
// cancelled (the page ended it, or its chat ended) - what it holds is released and the page told
// at once - and remembers ends the server sent meanwhile; an end request is retried while a
// retry can help, so the server never keeps a call the page has dropped.

/** A start in progress: of which chat, what it holds so far, and how it ended if it did. */
export class PendingStart {
  cancelled = false;
  /** Display.OnDisconnected was called for it (by a cancel): the start's own failure must not call it again. */
  notified = false;
  readonly #ended = new Set<string>();
  readonly #held: (() => void)[] = [];

  constructor(
    readonly sid: string,
    private readonly onCancel: () => void,
  ) {}

  /** Gives up the start now: what it holds is released and the page told; the start's flow ends the rest when its step settles. */
  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    for (const release of this.#held.splice(0)) release();
    this.notified = true;
    this.onCancel();
  }

  /** Something the start holds (devices, a connection): released by a cancel, at once if it came already. */
  hold(release: () => void): void {
    if (this.cancelled) release();
    else this.#held.push(release);
  }

  /** The server ended this id (AvCallEnded / CobrEnded) while the start ran. */
  endedByServer(id: string): void {
    if (this.#ended.size < 16) this.#ended.add(id);
  }

  /** Whether the start must stop now (cancelled, or the server ended `id`). */
  stopsAt(id?: string): boolean {
    return this.cancelled || (id !== undefined && this.#ended.has(id));
  }

  wasEndedByServer(id: string | undefined): boolean {
    return id !== undefined && this.#ended.has(id);
  }
}

/** A start given up: not an error of the page's. */
export class StartCancelled extends Error {
  override readonly name = 'StartCancelled';
}

/** Sends an end (endAvCall / endCobrowse), again while the error says a retry can help (3 tries). */
export async function sendEnd(send: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await send();
      return;
    } catch (error) {
      const { retryable, retryAfterMs, code } = (error ?? {}) as { retryable?: boolean; retryAfterMs?: number; code?: string };
      // Already over on the server's side: what was asked.
      if (code === 'InvalidSessionState' || code === 'AlreadyEndedSession') return;
      if (retryable !== true || attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, retryAfterMs ?? 500 * attempt));
    }
  }
}
