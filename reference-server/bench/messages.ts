// What `npm run bench:server` (server.ts) and its load generators (load-generator.ts) tell each
// other over the child-process IPC channel (advanced serialization: latencies go as Float64Array).
// 'setup' (the bench sends two, half the sessions each), then a 'run' a phase.

export type ToGenerator =
  | {
      type: 'setup';
      /** The nodes: page i of each browser session talks to baseUrls[i % length] (page 1 to the first). */
      baseUrls: string[];
      /** The generator's number: its browsers' source addresses are 127.<10+generator>.x.y. */
      generator: number;
      /** Browser sessions to set up (numbered from `first`). */
      first: number;
      count: number;
      /** Pages of each browser session, each holding its own event stream (1 or 2); the last one's OnEcho is timed. */
      pages: number;
      /** Sessions set up at once. */
      concurrency: number;
      /** How long one session may take to get its warm-up echo on both pages. */
      timeoutMs: number;
      /** Sessions not begun by then are not set up (counted as failed): the run goes on with those held. */
      budgetMs: number;
    }
  | {
      type: 'run';
      phase: PhaseName;
      /** Open loop: this generator's share of the total rate. */
      rate: number;
      /** Closed loop instead: this generator's share of the messages awaiting their echo at any time. */
      outstanding?: number;
      seconds: number;
      /** Date.now() to begin at. */
      startAt: number;
      /** Where to write a CPU profile of the window (none: no profile). */
      profilePath?: string;
    };

/** latency: a fixed rate (open loop), for the latency; capacity: a fixed number of messages in flight (closed loop), for the throughput. */
export type PhaseName = 'latency' | 'capacity';

export type SetupDone = {
  type: 'setup-done';
  /** Sessions of this setup whose pages each hold a stream that delivered the warm-up message's OnEcho. */
  held: number;
  /** Why the others failed (error code or reason), counted. */
  failed: Record<string, number>;
  /** Stream requests made by this setup (a page per held session, plus any reconnection). */
  streamConnects: number;
  setupMs: number;
};

export type RunDone = {
  type: 'run-done';
  /** SendMessage calls made during the window. */
  sent: number;
  /** Sends due but skipped (open loop): a second's worth of messages (or 100) were awaiting their echo. */
  skipped: number;
  /** OnEcho events on the last page during the window (any message). */
  echoedInWindow: number;
  /** ms from SendMessage to OnEcho on the last page, one per message echoed (also those echoed in the grace period after the window). */
  latencies: Float64Array;
  /** Messages never echoed on the last page by the end of the grace period. */
  unechoed: number;
  /** SendMessage failures by code. */
  sendErrors: Record<string, number>;
  /** How late each send left against its fixed schedule (the generator's own saturation), 99th percentile, ms. */
  scheduleLagP99: number;
  /** Stream requests made during the run (reconnections). */
  streamReconnects: number;
  /** This process's CPU time during the window, ms. */
  cpuMs: number;
};

export type FromGenerator =
  | { type: 'ready' }
  /** Every 5 s during setup. */
  | { type: 'progress'; held: number; failed: Record<string, number> }
  | SetupDone
  | RunDone
  | { type: 'error'; message: string };

/** The q-quantile (0..1) of sorted values, nearest rank; NaN for none. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
