import { describe, expect, it } from 'vitest';
import { type SseFrame, SseReader } from './sse-reader.ts';

describe('the load generator’s SSE reader', () => {
  it('reads frames cut anywhere across chunks, a character’s bytes included, and keeps the last id', () => {
    const text =
      'retry: 2000\n\nid: 1\nevent: OnEcho\ndata: {"msg":"Grüße 😀"}\n\nevent: Heartbeat\ndata: {"latestSeq":1}\n\nid: 2\nevent: OnEnd\ndata: {}\n\n';
    const bytes = Buffer.from(text);
    for (const size of [1, 2, 3, 7, bytes.length]) {
      const frames: SseFrame[] = [];
      const reader = new SseReader((frame) => frames.push(frame));
      for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size));
      expect(frames).toEqual([
        { id: 1, event: 'OnEcho', data: '{"msg":"Grüße 😀"}' },
        { id: undefined, event: 'Heartbeat', data: '{"latestSeq":1}' },
        { id: 2, event: 'OnEnd', data: '{}' },
      ]);
      expect(reader.lastId).toBe(2);
    }
  });

  it('drops a frame left unfinished when the connection is new', () => {
    const frames: SseFrame[] = [];
    const reader = new SseReader((frame) => frames.push(frame));
    reader.push(Buffer.from('id: 1\nevent: OnEcho\ndata: {"a"'));
    reader.reset();
    reader.push(Buffer.from('id: 1\nevent: OnEcho\ndata: {"a":1}\n\n'));
    expect(frames).toEqual([{ id: 1, event: 'OnEcho', data: '{"a":1}' }]);
  });
});
