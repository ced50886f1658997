// The load generator's HTTP, as cheap as undici makes it: calls and event streams go straight
// through a dispatcher's handler callbacks (no fetch, no web streams, no body stream objects), on
// keep-alive connections from one source address. An answer's body is collected as text; a
// stream's chunks go to the caller as they come.
import type { Dispatcher } from 'undici';
import type { IncomingHttpHeaders } from 'undici/types/header.js';

export type Answer = { status: number; headers: IncomingHttpHeaders; text: string };

export type CallOptions = {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
};

/** One call; resolves with the whole answer, rejects on a network failure. */
export function call(dispatcher: Dispatcher, options: CallOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let status = 0;
    let headers: IncomingHttpHeaders = {};
    let text = '';
    const chunks: Buffer[] = [];
    dispatcher.dispatch(
      {
        method: options.method,
        path: options.path,
        headers: options.headers,
        ...(options.body !== undefined ? { body: options.body } : {}),
      },
      {
        // Its presence selects undici's handler API of callbacks with a controller.
        onRequestStart() {},
        onResponseStart(_controller, statusCode, responseHeaders) {
          status = statusCode;
          headers = responseHeaders;
        },
        onResponseData(_controller, chunk) {
          chunks.push(chunk);
        },
        onResponseEnd() {
          text = chunks.length === 1 ? (chunks[0] as Buffer).toString() : Buffer.concat(chunks).toString();
          resolve({ status, headers, text });
        },
        onResponseError(_controller, error) {
          reject(error);
        },
      },
    );
  });
}

export type StreamHandlers = {
  /** The answer's status and headers; a status other than 200 ends the stream after its body. */
  onStart: (status: number, headers: IncomingHttpHeaders) => void;
  onChunk: (chunk: Buffer) => void;
  /** The stream ended: the server closed it, the network failed, or the caller aborted it. */
  onEnd: (error?: Error) => void;
};

/** A long-lived GET (an event stream); returns the function that aborts it. */
export function openStream(dispatcher: Dispatcher, options: CallOptions, handlers: StreamHandlers): () => void {
  let abort: ((reason: Error) => void) | undefined;
  let aborted = false;
  let ended = false;
  const end = (error?: Error) => {
    if (ended) return;
    ended = true;
    handlers.onEnd(error);
  };
  dispatcher.dispatch(
    { method: options.method, path: options.path, headers: options.headers },
    {
      onRequestStart(controller) {
        abort = (reason) => controller.abort(reason);
        if (aborted) controller.abort(new Error('aborted'));
      },
      onResponseStart(_controller, statusCode, headers) {
        handlers.onStart(statusCode, headers);
      },
      onResponseData(_controller, chunk) {
        handlers.onChunk(chunk);
      },
      onResponseEnd() {
        end();
      },
      onResponseError(_controller, error) {
        end(error);
      },
    },
  );
  return () => {
    aborted = true;
    abort?.(new Error('aborted'));
  };
}
