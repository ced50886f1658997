// The event stream's heartbeats over a real HTTP server: each carries the log's newest seq, and the
// pages of one browser session, silent together, share one store read a beat.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { MemoryStore } from '../store/memory-store.ts';
import type { Store } from '../store/store.ts';
import { streamEvents } from './event-stream.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A store whose heartbeat reads (readEvents with max 0) are counted. */
function counting(store: Store) {
  const counted = { latestReads: 0 };
  const readEvents = store.readEvents.bind(store);
  store.readEvents = (key, after, max) => {
    if (max === 0) counted.latestReads += 1;
    return readEvents(key, after, max);
  };
  return counted;
}

it('beats every silent page with the log’s newest seq, one store read per beat for all pages of the session', async () => {
  const store = await MemoryStore.open({ retention: { events: 1000, ms: 60_000 } });
  await store.appendEvent('browser:bs_beats', { event: 'OnEcho', time: new Date().toISOString() });
  await store.appendEvent('browser:bs_beats', { event: 'OnEcho', time: new Date().toISOString() });
  const counted = counting(store);
  server = createServer((_request, response) => {
    void streamEvents(response, { store, key: 'browser:bs_beats', after: 2, heartbeatMs: 500 });
  });
  await new Promise<void>((listening) => server?.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;

  // Six pages opened 20 ms apart: their beats fall due in different ticks of the heartbeat timer, within its margin.
  const pages = 6;
  const abort = new AbortController();
  const beats = await Promise.all(
    Array.from({ length: pages }, async (_, page) => {
      await new Promise((waited) => setTimeout(waited, page * 20));
      const response = await fetch(`http://127.0.0.1:${port}/`, { signal: abort.signal });
      const reader = (response.body as ReadableStream).pipeThrough(new TextDecoderStream()).getReader();
      let text = '';
      while ((text.match(/event: Heartbeat/g) ?? []).length < 3) text += (await reader.read()).value ?? '';
      return [...text.matchAll(/"latestSeq":(\d+)/g)].map((m) => Number(m[1]));
    }),
  );
  abort.abort();

  for (const seen of beats) expect(seen.slice(0, 3)).toEqual([2, 2, 2]);
  // Six pages beat three times each or more: 18 beats and more (a read each, unshared), but about a read per round of beats.
  console.log(`heartbeat reads of the log for ${pages} pages × 3 beats: ${counted.latestReads}`);
  expect(counted.latestReads).toBeGreaterThanOrEqual(3);
  expect(counted.latestReads).toBeLessThanOrEqual(8);
  await store.close();
});
