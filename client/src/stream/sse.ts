// The event-stream format as a page reads it (HTML, "Parsing an event stream"): lines ended by
// CRLF, LF or CR - also when a chunk boundary falls inside one -, comments, and the fields data,
// event, id and retry; an event is dispatched at a blank line when it has data.
//
// Written here instead of taking eventsource-parser, which the client used until the 15 KB goal:
// the library weighed 4.3 KB of livechat.js (over a quarter of the budget) for what a page's
// stream never needs (buffer limits, raw-byte BOMs, reset/consume, hot-path duplicates); this is
// about 0.5 KB. sse.test.ts checks it against eventsource-parser, which stays the reference, on
// the recorded streams and on edge cases, in chunks of every size.

export type SseMessage = { id: string | undefined; event: string | undefined; data: string };

export type SseCallbacks = {
  onEvent: (message: SseMessage) => void;
  onRetry: (ms: number) => void;
  /** A line the format does not allow (an unknown field, a retry that is not digits); parsing goes on. */
  onError: (message: string) => void;
};

/** A parser of one stream: call it with text as it arrives. */
export function createSseParser({ onEvent, onRetry, onError }: SseCallbacks): (chunk: string) => void {
  let pending = ''; // the start of a line not ended yet
  let started = false; // a leading BOM is dropped once, at the start of the stream
  let afterCR = false; // the text so far ended with CR: a LF opening the next chunk completes it
  let data: string | undefined;
  let event: string | undefined;
  let id: string | undefined;

  const line = (text: string) => {
    if (text === '') {
      if (data !== undefined) onEvent({ id, event, data });
      data = event = id = undefined;
      return;
    }
    const colon = text.indexOf(':');
    if (colon === 0) return; // a comment
    const field = colon < 0 ? text : text.slice(0, colon);
    const value = colon < 0 ? '' : text.slice(text[colon + 1] === ' ' ? colon + 2 : colon + 1);
    if (field === 'data') data = data === undefined ? value : `${data}\n${value}`;
    else if (field === 'event') event = value || undefined;
    else if (field === 'id') id = value.includes('\0') ? id : value;
    else if (field !== 'retry') onError(`Unknown field "${field.length > 20 ? `${field.slice(0, 20)}…` : field}"`);
    else if (/^\d+$/.test(value)) onRetry(Number(value));
    else onError(`Invalid \`retry\` value: "${value}"`);
  };

  return (chunk) => {
    if (chunk === '') return;
    if (!started) {
      started = true;
      if (chunk[0] === '\uFEFF') chunk = chunk.slice(1);
    }
    if (afterCR && chunk[0] === '\n') chunk = chunk.slice(1);
    afterCR = false;
    // No line ends here: keep the text without scanning it again (a long line in small chunks).
    if (!/[\r\n]/.test(chunk)) {
      pending += chunk;
      return;
    }
    const text = pending + chunk;
    const ends = /\r\n?|\n/g;
    let start = 0;
    for (let end = ends.exec(text); end !== null; end = ends.exec(text)) {
      line(text.slice(start, end.index));
      start = ends.lastIndex;
    }
    afterCR = text.endsWith('\r');
    pending = text.slice(start);
  };
}
