// The decoder and the sequencer on recorded streams (test/fixtures/*.sse): every event delivered
// once and in order across reconnections, cut frames dropped, gaps and heartbeat loss detected.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createValidators, type ValidatorKey } from '../../../generated/validators.ts';
import { createDecoder, type StreamFrame } from './decoder.ts';
import { Liveness } from './liveness.ts';
import { Sequencer, type Verdict } from './sequencer.ts';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

/** Feeds recorded connections, in chunks of every size from 1 byte up, as a page would read them. */
function replay(connections: string[], chunkSize: number, position = 0) {
  const sequencer = new Sequencer(position);
  const delivered: number[] = [];
  const verdicts: string[] = [];
  const frames: StreamFrame[] = [];
  for (const text of connections) {
    let lost = false;
    const decoder = createDecoder((frame) => {
      if (lost) return;
      frames.push(frame);
      let verdict: Verdict | undefined;
      if (frame.kind === 'event') verdict = sequencer.accept(frame.seq, frame.name);
      if (frame.kind === 'heartbeat') verdict = sequencer.heartbeat(frame.latestSeq);
      if (verdict === 'deliver' && frame.kind === 'event') delivered.push(frame.seq);
      if (verdict !== undefined && verdict !== 'deliver') verdicts.push(`${verdict}@${sequencer.position}`);
      if (verdict === 'lost') lost = true; // the reader closes this connection and resumes from position
    });
    for (let i = 0; i < text.length; i += chunkSize) decoder.feed(text.slice(i, i + chunkSize));
  }
  return { delivered, verdicts, frames, position: sequencer.position };
}

const chunkSizes = [1, 7, 64, 100_000];

describe.each(chunkSizes)('in chunks of %i', (chunkSize) => {
  it('delivers a plain stream in order, skipping comments and heartbeats', () => {
    const { delivered, verdicts, frames } = replay([fixture('basic.sse')], chunkSize);
    expect(delivered).toEqual([1, 2, 3]);
    expect(verdicts).toEqual([]);
    expect(frames.filter((f) => f.kind === 'retry')).toEqual([{ kind: 'retry', ms: 2000 }]);
  });

  it('resumes after a dropped connection with nothing lost or repeated, dropping the cut frame', () => {
    const { delivered, verdicts, position } = replay([fixture('reconnect-1.sse'), fixture('reconnect-2.sse')], chunkSize);
    expect(delivered).toEqual([1, 2, 3, 4, 5]);
    expect(verdicts).toEqual(['duplicate@3']);
    expect(position).toBe(5);
  });

  it('stops at a gap and resumes from the last seq delivered', () => {
    const { delivered, verdicts, position } = replay([fixture('gap.sse')], chunkSize);
    expect(delivered).toEqual([1, 2]);
    expect(verdicts).toEqual(['lost@2']);
    expect(position).toBe(2);
  });

  it('knows from a heartbeat that events went missing', () => {
    const { delivered, verdicts } = replay([fixture('heartbeat-behind.sse')], chunkSize);
    expect(delivered).toEqual([1]);
    expect(verdicts).toEqual(['lost@1']);
  });

  it('takes a Resync as the new position and goes on from it', () => {
    const { delivered, position } = replay([fixture('resync.sse')], chunkSize, 5);
    expect(delivered).toEqual([40, 41]);
    expect(position).toBe(41);
  });

  it('reports malformed frames instead of delivering them', () => {
    const { delivered, frames } = replay([fixture('malformed.sse')], chunkSize);
    expect(delivered).toEqual([1, 2]);
    expect(frames.filter((f) => f.kind === 'malformed').map((f) => f.kind === 'malformed' && f.reason)).toEqual([
      'data of OnEcho is not JSON',
      'OnEcho without a seq matching its id',
    ]);
  });
});

describe('the recorded fixtures are frames of the contract', () => {
  const validator = createValidators();
  const files = ['basic.sse', 'reconnect-1.sse', 'reconnect-2.sse', 'gap.sse', 'heartbeat-behind.sse', 'resync.sse'];
  it.each(files)('%s', (file) => {
    const { frames } = replay([fixture(file)], 100_000);
    for (const frame of frames.filter((f) => f.kind === 'event')) {
      const validate = validator(`event:${frame.name}` as ValidatorKey);
      expect(validate(frame.payload), `${file} seq ${frame.seq}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

describe('liveness: the document 9-second rule', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('goes offline after 9 s without a frame and online at the next one', () => {
    const states: string[] = [];
    const liveness = new Liveness(9000, (state) => states.push(state));
    liveness.contact();
    vi.advanceTimersByTime(8999);
    expect(states).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(states).toEqual(['offline']);
    vi.advanceTimersByTime(60_000);
    expect(states).toEqual(['offline']);
    liveness.contact();
    expect(states).toEqual(['offline', 'online']);
    liveness.stop();
  });

  it('counts the silence from when the page began to listen, when nothing ever came', () => {
    const states: string[] = [];
    const liveness = new Liveness(9000, (state) => states.push(state));
    vi.advanceTimersByTime(9000);
    expect(states).toEqual(['offline']);
    liveness.stop();
  });

  it('stays online while heartbeats come every 3 s', () => {
    const states: string[] = [];
    const liveness = new Liveness(9000, (state) => states.push(state));
    for (let i = 0; i < 20; i++) {
      liveness.contact();
      vi.advanceTimersByTime(3000);
    }
    expect(states).toEqual([]);
    liveness.stop();
  });
});
