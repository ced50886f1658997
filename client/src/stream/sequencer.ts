// Keeps a page's view of the browser session's event stream exact: each seq delivered once, in
// order, across reconnections; a gap or a heartbeat ahead of us means events were lost, and the
// connection must resume from the last seq delivered.

export type Verdict = 'deliver' | 'duplicate' | 'lost';

export class Sequencer {
  /** The seq of the last event delivered: where a new connection resumes (Last-Event-ID / after). */
  position: number;

  constructor(position: number) {
    this.position = position;
  }

  /** What to do with an event of this seq; a Resync moves the position to its snapshot. */
  accept(seq: number, name: string): Verdict {
    if (name === 'Resync') {
      if (seq < this.position) return 'duplicate';
      this.position = seq;
      return 'deliver';
    }
    if (seq <= this.position) return 'duplicate';
    if (seq > this.position + 1) return 'lost';
    this.position = seq;
    return 'deliver';
  }

  /** A heartbeat tells the newest seq; being behind it means an event went missing. */
  heartbeat(latestSeq: number): Verdict {
    return latestSeq > this.position ? 'lost' : 'deliver';
  }
}
