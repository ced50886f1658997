// The customer's pointer for the CSO (isMousePointerCapture): positions as fractions of the
// viewport, sampled as the pointer moves and sent in batches, at most one batch per 100 ms and
// 50 positions a batch (spec/schemas/signaling.yaml#/CobrPointerBatch).
import type { components } from '../../../generated/http/openapi.ts';

export type PointerPosition = components['schemas']['CobrPointer'];

const BATCH_INTERVAL_MS = 100;
const MAX_BATCH = 50;

export class PointerCapture {
  readonly #stop = new AbortController();
  readonly #timer: ReturnType<typeof setInterval>;
  #batch: PointerPosition[] = [];
  #inFlight = false;

  constructor(send: (points: PointerPosition[]) => Promise<unknown>) {
    const signal = this.#stop.signal;
    const clamp = (value: number) => Math.min(1, Math.max(0, value));
    addEventListener(
      'pointermove',
      (event) => this.#add({ x: clamp(event.clientX / innerWidth), y: clamp(event.clientY / innerHeight), visible: true }),
      { signal, passive: true },
    );
    document.documentElement.addEventListener(
      'pointerleave',
      () => this.#add({ ...(this.#batch.at(-1) ?? { x: 0, y: 0 }), visible: false }),
      { signal },
    );
    this.#timer = setInterval(() => {
      if (this.#batch.length === 0 || this.#inFlight) return;
      const points = this.#batch;
      this.#batch = [];
      this.#inFlight = true;
      void send(points)
        .catch((error) => console.warn('livechat: the co-browse pointer could not be sent', error))
        .finally(() => {
          this.#inFlight = false;
        });
    }, BATCH_INTERVAL_MS);
  }

  stop(): void {
    this.#stop.abort();
    clearInterval(this.#timer);
  }

  /** Keeps the newest positions when the pointer moves faster than batches leave. */
  #add(position: PointerPosition): void {
    this.#batch.push(position);
    if (this.#batch.length > MAX_BATCH) this.#batch.splice(0, this.#batch.length - MAX_BATCH);
  }
}
