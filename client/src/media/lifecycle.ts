// What audio/video and co-browsing share about starting and ending: a start in progress can be
// cancelled (the page ended it, or its chat ended) and remembers ends the server sent before its
// answer; an end request is retried while a retry can help, so the server never keeps a call
// the page has dropped.

/** A start in progress: of which chat, whether it was cancelled, and which ids the server ended meanwhile. */
export class PendingStart {
  cancelled = false;
  readonly #ended = new Set<string>();

  constructor(readonly sid: string) {}

  /** The server ended this id (AvCallEnded / CobrEnded) before the start's answer named it. */
  endedByServer(id: string): void {
    if (this.#ended.size < 16) this.#ended.add(id);
  }

  /** Whether the start must stop now that its answer names `id`. */
  stopsAt(id?: string): boolean {
    return this.cancelled || (id !== undefined && this.#ended.has(id));
  }

  wasEndedByServer(id: string): boolean {
    return this.#ended.has(id);
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
