// The load generator's Server-Sent Events reader: just what the two servers of the bench write
// (`id:`, `event:`, `data:` and `retry:` lines ending in "\n", frames ending in a blank line), and
// no more - the data stays text, parsed by the caller only for the events it times. The client
// library's full decoder (CRLF, comments, multi-line data, validation) is what the conformance
// suite and the client's tests exercise; here each microsecond is taken from the server measured.
import { StringDecoder } from 'node:string_decoder';

export type SseFrame = { id: number | undefined; event: string; data: string };

export class SseReader {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  /** The newest `id:` seen: where a reconnection resumes (Last-Event-ID). */
  lastId = 0;

  constructor(private readonly onFrame: (frame: SseFrame) => void) {}

  push(chunk: Buffer): void {
    this.pending += this.decoder.write(chunk);
    let start = 0;
    for (let end = this.pending.indexOf('\n\n'); end !== -1; end = this.pending.indexOf('\n\n', start)) {
      this.frame(this.pending.slice(start, end));
      start = end + 2;
    }
    if (start > 0) this.pending = this.pending.slice(start);
  }

  /** A new connection: what the last one left unfinished is dropped (the server repeats it after Last-Event-ID). */
  reset(): void {
    this.decoder.end();
    this.pending = '';
  }

  private frame(text: string): void {
    let id: number | undefined;
    let event = 'message';
    let data = '';
    for (const line of text.split('\n')) {
      if (line.startsWith('data: ')) data = data === '' ? line.slice(6) : `${data}\n${line.slice(6)}`;
      else if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('id: ')) id = Number(line.slice(4));
    }
    if (data === '') return; // retry: or a comment
    if (id !== undefined && Number.isSafeInteger(id)) this.lastId = id;
    this.onFrame({ id, event, data });
  }
}
