// sse.ts against eventsource-parser, the library it replaced and the reference it is held to: the
// same events, retries and errors on the recorded streams and on the format's edge cases, in
// chunks of every small size, at every single split point and at random split points.
import { readdirSync, readFileSync } from 'node:fs';
import { createParser } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse.ts';

type Seen = unknown[];

function bySse(chunks: string[]): Seen {
  const seen: Seen = [];
  const feed = createSseParser({
    onEvent: (message) => seen.push(['event', message]),
    onRetry: (ms) => seen.push(['retry', ms]),
    onError: (message) => seen.push(['error', message]),
  });
  for (const chunk of chunks) feed(chunk);
  return seen;
}

function byLibrary(chunks: string[]): Seen {
  const seen: Seen = [];
  const parser = createParser({
    onEvent: ({ id, event, data }) => seen.push(['event', { id, event, data }]),
    onRetry: (ms) => seen.push(['retry', ms]),
    onError: (error) => seen.push(['error', error.message]),
  });
  for (const chunk of chunks) parser.feed(chunk);
  return seen;
}

/**
 * eventsource-parser drops, without an error, an unknown field's line that a chunk boundary cuts
 * (it cannot be a field it knows): errors of unknown fields are compared on whole lines only.
 */
const withoutUnknownFields = (seen: Seen) =>
  seen.filter((entry) => !(Array.isArray(entry) && entry[0] === 'error' && String(entry[1]).startsWith('Unknown field')));

const fixtures = readdirSync(new URL('../../test/fixtures/', import.meta.url))
  .filter((file) => file.endsWith('.sse'))
  .map((file) => [file, readFileSync(new URL(`../../test/fixtures/${file}`, import.meta.url), 'utf8')] as const);

const cases: (readonly [string, string])[] = [
  ['CRLF', 'id: 1\r\nevent: OnEcho\r\ndata: a\r\ndata: b\r\n\r\n'],
  ['CR', 'id: 1\revent: OnEcho\rdata: a\rdata: b\r\r'],
  ['mixed line ends', 'data: a\n\rdata: b\r\n\ndata: c\r\r\n\n'],
  ['a CR ending the text', 'data: x\r\n\r'],
  ['a BOM', '\uFEFFdata: after a bom\n\n'],
  ['comments', ': hello\n:\ndata: c\n: between\n\n'],
  ['data without colon, empty data', 'data\n\ndata:\n\n'],
  ['one space taken, not two', 'data:  two\ndata:none\n\n'],
  ['empty event', 'event:\ndata: x\n\nevent: custom\ndata: y\n\n'],
  ['id per event, NUL refused, empty id', 'id: 7\ndata: x\n\nid: a\0b\ndata: y\n\nid\ndata: z\n\nid: 8\n\ndata: w\n\n'],
  ['retry', 'retry: 1500\nretry: 15a\nretry:\nretry\nretry: 0\ndata: x\n\n'],
  ['unknown fields', 'foo: bar\n data: x\naveryveryverylongunknownfieldname: x\nDATA: y\ndata: z\n\n'],
  ['several blank lines', 'data: a\n\n\n\ndata: b\n\n\n'],
  ['a cut frame', 'data: complete\n\ndata: cut'],
  ['unicode', 'data: héllo ✓ \u2028 𝄞\n\n'],
];

/** A small seeded generator, so that the random splits are the same on every run. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

function chunkings(text: string): string[][] {
  const all: string[][] = [[text]];
  for (const size of [1, 2, 3, 5, 7, 64]) {
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
    all.push(chunks);
  }
  if (text.length <= 200) for (let i = 0; i <= text.length; i++) all.push([text.slice(0, i), text.slice(i)]);
  const next = random(text.length);
  for (let n = 0; n < 30; n++) {
    const chunks: string[] = [];
    for (let i = 0; i < text.length; ) {
      const size = next(12);
      chunks.push(text.slice(i, i + size));
      i += size;
    }
    all.push(chunks);
  }
  return all;
}

describe.each([...fixtures, ...cases])('%s', (_name, text) => {
  it('gives what eventsource-parser gives, whole', () => {
    expect(bySse([text])).toEqual(byLibrary([text]));
  });

  it('and in any chunks', () => {
    const whole = bySse([text]);
    for (const chunks of chunkings(text)) {
      expect(bySse(chunks), JSON.stringify(chunks)).toEqual(whole);
      expect(withoutUnknownFields(bySse(chunks)), JSON.stringify(chunks)).toEqual(withoutUnknownFields(byLibrary(chunks)));
    }
  });
});
