// The connection loop against a real HTTP server on 127.0.0.1 that replays recorded streams:
// resumes after drops and gaps from the right position, reports liveness, stops on a refusal.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connectEventStream, type StreamEvent } from './connection.ts';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

type Script = (request: IncomingMessage, response: ServerResponse, attempt: number) => void;
const servers: Server[] = [];

async function serve(script: Script) {
  const seen: { after: string | null; lastEventId: string | undefined }[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    seen.push({ after: url.searchParams.get('after'), lastEventId: request.headers['last-event-id'] as string | undefined });
    script(request, response, seen.length);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const streamHeaders = { 'content-type': 'text/event-stream', 'cache-control': 'no-store' };
const until = async (check: () => boolean, ms = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe('connectEventStream', () => {
  it("waits the server's retry: after a drop, not its own shorter backoff", async () => {
    const closedAt: number[] = [];
    const openedAt: number[] = [];
    const { baseUrl } = await serve((_request, response, attempt) => {
      openedAt.push(Date.now());
      response.writeHead(200, streamHeaders);
      if (attempt === 1) {
        response.end('retry: 400\n\n');
        closedAt.push(Date.now());
      } else response.write(': still here\n\n');
    });
    const connection = connectEventStream({
      baseUrl,
      pageId: 'pg_Vx3Q9sKd0aLmN2rT7yWb4E',
      position: 0,
      onEvent: () => undefined,
      backoff: { initialMs: 10, maxMs: 1000 },
    });
    await until(() => openedAt.length === 2);
    connection.close();
    expect((openedAt[1] ?? 0) - (closedAt[0] ?? 0)).toBeGreaterThanOrEqual(390);
  });

  it('gives up a connection that stays open but silent, once offline, and dials again', async () => {
    const { baseUrl, seen } = await serve((_request, response) => {
      response.writeHead(200, streamHeaders).flushHeaders();
    });
    const states: string[] = [];
    const connection = connectEventStream({
      baseUrl,
      pageId: 'pg_Vx3Q9sKd0aLmN2rT7yWb4E',
      position: 0,
      onEvent: () => undefined,
      onServerState: (state) => states.push(state),
      offlineAfterMs: 150,
      backoff: { initialMs: 10, maxMs: 50 },
    });
    await until(() => seen.length >= 2);
    connection.close();
    expect(states[0]).toBe('offline');
  });

  it('resumes a dropped stream from the last seq: nothing lost, nothing repeated', async () => {
    const { baseUrl, seen } = await serve((_request, response, attempt) => {
      response.writeHead(200, streamHeaders);
      if (attempt === 1)
        response.end(fixture('reconnect-1.sse')); // drops mid-frame
      else response.write(fixture('reconnect-2.sse')); // replays 3 again, then 4 and 5
    });
    const events: StreamEvent[] = [];
    const connection = connectEventStream({
      baseUrl,
      pageId: 'pg_Vx3Q9sKd0aLmN2rT7yWb4E',
      position: 0,
      onEvent: (e) => events.push(e),
      backoff: { initialMs: 10, maxMs: 50 },
    });
    await until(() => events.length === 5);
    connection.close();
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(events.map((e) => e.name)).toEqual(['OnCallQueued', 'OnRemoteUserConnected', 'OnEcho', 'OnMessageReceived', 'OnEcho']);
    expect(seen.slice(0, 2)).toEqual([
      { after: '0', lastEventId: undefined },
      { after: '3', lastEventId: '3' },
    ]);
    expect(connection.position).toBe(5);
  });

  it('reconnects from the last seq delivered when it sees a gap', async () => {
    const { baseUrl, seen } = await serve((_request, response, attempt) => {
      response.writeHead(200, streamHeaders);
      response.write(attempt === 1 ? fixture('gap.sse') : fixture('reconnect-2.sse'));
    });
    const events: StreamEvent[] = [];
    const connection = connectEventStream({
      baseUrl,
      pageId: 'pg_Vx3Q9sKd0aLmN2rT7yWb4E',
      position: 0,
      onEvent: (e) => events.push(e),
      backoff: { initialMs: 10, maxMs: 50 },
    });
    await until(() => events.length === 5);
    connection.close();
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(seen[1]).toEqual({ after: '2', lastEventId: '2' });
  });

  it('says offline after the silence threshold and online when frames come back', async () => {
    let respond: ServerResponse | undefined;
    const { baseUrl } = await serve((_request, response) => {
      response.writeHead(200, streamHeaders);
      response.write(': open\n\n');
      respond = response;
    });
    const states: string[] = [];
    const connection = connectEventStream({
      baseUrl,
      pageId: 'pg_Vx3Q9sKd0aLmN2rT7yWb4E',
      position: 0,
      onEvent: () => {},
      onServerState: (s) => states.push(s),
      offlineAfterMs: 200,
    });
    await until(() => states.includes('offline'));
    respond?.write('event: Heartbeat\ndata: {"event":"Heartbeat","time":"2026-11-25T10:15:00.000Z","latestSeq":0}\n\n');
    await until(() => states.includes('online'));
    connection.close();
    expect(states).toEqual(['offline', 'online']);
  });

  it('stops and reports a refusal no retry can mend', async () => {
    const { baseUrl, seen } = await serve((_request, response) => {
      response.writeHead(400, { 'content-type': 'application/problem+json' });
      response.end(
        JSON.stringify({
          type: 'urn:livechat:error:CookiesDisabled',
          title: 'Cookies are disabled',
          status: 400,
          code: 'CookiesDisabled',
          retryable: false,
        }),
      );
    });
    const errors: string[] = [];
    connectEventStream({
      baseUrl,
      pageId: 'pg_Vx3Q9sKd0aLmN2rT7yWb4E',
      position: 0,
      onEvent: () => {},
      onFatal: (e) => errors.push(e.code),
      backoff: { initialMs: 10, maxMs: 50 },
    });
    await until(() => errors.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors).toEqual(['CookiesDisabled']);
    expect(seen).toHaveLength(1);
  });

  it('keeps trying while the server answers 503', async () => {
    const { baseUrl, seen } = await serve((_request, response, attempt) => {
      if (attempt < 3) {
        response
          .writeHead(503, { 'content-type': 'application/problem+json' })
          .end('{"code":"ServerInternalConnectivityError","retryable":true,"retryAfterMs":20}');
        return;
      }
      response.writeHead(200, streamHeaders);
      response.write(fixture('basic.sse'));
    });
    const events: StreamEvent[] = [];
    const connection = connectEventStream({
      baseUrl,
      pageId: 'pg_Vx3Q9sKd0aLmN2rT7yWb4E',
      position: 0,
      onEvent: (e) => events.push(e),
      backoff: { initialMs: 10, maxMs: 50 },
    });
    await until(() => events.length === 3);
    connection.close();
    expect(seen.length).toBe(3);
  });
});
