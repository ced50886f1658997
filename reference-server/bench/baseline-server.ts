// The bare node:http baseline of `npm run bench:server`: no framework, no validation, no store, no
// journal - an in-memory map of browser sessions and their open streams, speaking just enough of
// the contract's protocol that the bench's load generator (the real Node client) drives it the
// same way it drives the reference server: GetAccessToken (cookie + token), Start, Open, the event
// stream (retry, replay after Last-Event-ID / ?after= from a short log, heartbeats) and
// SendMessage, which writes OnEcho to every open stream of the browser session and then, as the
// reference server's bot does, OnMessageReceived ("You said: ...") - the same frames on the wire.
// Prints `baseline listening on <url>` once it listens (HOST, PORT; PORT=0: any free port).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

type Stream = { response: ServerResponse; session: Session; lastWrite: number };
type Session = {
  token: string;
  seq: number;
  /** The latest frames, for a stream that (re)connects from an earlier position. */
  frames: { seq: number; text: string }[];
  streams: Set<Stream>;
  chat?: { sid: string; clientId: string };
};

const BASE = '/tetherfi/livechat';
const FRAMES_KEPT = 64;
const HEARTBEAT_MS = 3000;
const sessions = new Map<string, Session>();
const streams = new Set<Stream>();
const newId = (prefix: string) => prefix + randomBytes(12).toString('base64url');

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

function problem(response: ServerResponse, status: number, code: string): void {
  const text = JSON.stringify({ type: `urn:livechat:error:${code}`, title: code, status, code, retryable: false });
  response.writeHead(status, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function sessionOf(request: IncomingMessage): [string, Session] | undefined {
  const id = /(?:^|;\s*)LIVECHAT_SESSION=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  const session = id === undefined ? undefined : sessions.get(id);
  return id !== undefined && session !== undefined ? [id, session] : undefined;
}

async function bodyOf(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

function emit(session: Session, event: string, data: Record<string, unknown>): number {
  const seq = ++session.seq;
  const payload = { seq, event, sid: session.chat?.sid, clientId: session.chat?.clientId, time: new Date().toISOString(), data };
  const text = `id: ${seq}\nevent: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
  session.frames.push({ seq, text });
  if (session.frames.length > FRAMES_KEPT) session.frames.shift();
  const now = Date.now();
  for (const stream of session.streams) {
    stream.response.write(text);
    stream.lastWrite = now;
  }
  return seq;
}

function openStream(request: IncomingMessage, response: ServerResponse, session: Session, url: URL): void {
  const after = Number(request.headers['last-event-id'] ?? url.searchParams.get('after') ?? 0);
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
  let text = 'retry: 2000\n\n';
  for (const frame of session.frames) if (frame.seq > after) text += frame.text;
  response.write(text);
  const stream: Stream = { response, session, lastWrite: Date.now() };
  session.streams.add(stream);
  streams.add(stream);
  response.once('close', () => {
    session.streams.delete(stream);
    streams.delete(stream);
  });
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://baseline');
  const path = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) : url.pathname;
  if (request.method === 'POST' && path === '/access-token') {
    const known = sessionOf(request);
    if (known !== undefined) return json(response, 200, { token: known[1].token, captchaRequired: false, encryptedDetailsRequired: false });
    const id = newId('bs_');
    const session: Session = { token: newId('tk_'), seq: 0, frames: [], streams: new Set() };
    sessions.set(id, session);
    return json(
      response,
      200,
      { token: session.token, captchaRequired: false, encryptedDetailsRequired: false },
      { 'set-cookie': `LIVECHAT_SESSION=${id}; Path=${BASE}; HttpOnly; SameSite=Lax` },
    );
  }
  const [, session] = sessionOf(request) ?? [];
  if (session === undefined) return problem(response, 401, 'CookiesDisabled');
  if (request.method === 'GET' && path === '/events') return openStream(request, response, session, url);
  if (request.method !== 'POST') return problem(response, 404, 'NotFound');
  const body = await bodyOf(request);
  if (path === '/chats') {
    session.chat = { sid: newId('c_'), clientId: String(body.clientId) };
    return json(response, 201, { ...session.chat, seq: session.seq });
  }
  if (path === '/open') {
    if (session.chat === undefined) return problem(response, 404, 'NoSessionFound');
    return json(response, 200, { seq: session.seq, sessions: [{ ...session.chat, state: 'connected', trans: [] }] });
  }
  if (path.startsWith('/chats/') && path.endsWith('/messages') && session.chat !== undefined) {
    const msg = String(body.msg);
    const clientMessageId = String(body.clientMessageId);
    const messageId = newId('msg_');
    const seq = emit(session, 'OnEcho', { msg, messageId, clientMessageId });
    json(response, 201, { messageId, clientMessageId, time: new Date().toISOString(), seq });
    // The bot's answer, after the call has been answered, as the reference server's bot does.
    setImmediate(() => emit(session, 'OnMessageReceived', { msg: `You said: ${msg}`, messageId: newId('msg_'), agentId: 'bot' }));
    return;
  }
  return problem(response, 404, 'NotFound');
}

const server = createServer((request, response) => {
  handle(request, response).catch(() => {
    if (!response.headersSent) problem(response, 400, 'InvalidRequest');
    else response.destroy();
  });
});
server.keepAliveTimeout = 72_000; // as Fastify's default, which the reference server keeps

setInterval(() => {
  const now = Date.now();
  for (const stream of streams) {
    if (now - stream.lastWrite < HEARTBEAT_MS - 50) continue;
    stream.response.write(
      `event: Heartbeat\ndata: ${JSON.stringify({ event: 'Heartbeat', time: new Date(now).toISOString(), latestSeq: stream.session.seq })}\n\n`,
    );
    stream.lastWrite = now;
  }
}, 1000).unref();

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  process.stdout.write(`baseline listening on http://${address.address}:${address.port}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    for (const stream of streams) stream.response.destroy();
    server.close(() => process.exit(0));
  });
