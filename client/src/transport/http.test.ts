// The transport builds each request as the contract says (checked by the generated validators)
// and turns every answer that is not 2xx into a typed error.
import { describe, expect, it } from 'vitest';
import { createValidators, type ValidatorKey } from '../../../generated/validators.ts';
import { LivechatError } from '../errors.ts';
import { createTransport, operationUrl } from './http.ts';

const validator = createValidators();
type Seen = { url: string; init: RequestInit };

function transportAnswering(status: number, body: unknown, headers: Record<string, string> = {}) {
  const seen: Seen[] = [];
  const fakeFetch = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
    const type = typeof body === 'string' ? 'text/html' : status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(text, { status, headers: { 'content-type': type, ...headers } });
  }) as typeof fetch;
  const call = createTransport({
    baseUrl: 'https://chat.example.com',
    pageId: 'pg_Vx3Q9sKd0aLmN2rT7yWb4E',
    token: () => 'tk_3QmVb9R2xJw7YcLp0sNaKe4TfUgHd1Zi',
    fetch: fakeFetch,
  });
  return { call, seen };
}

describe('requests', () => {
  it('sends SendMessage as the contract describes it', async () => {
    const { call, seen } = transportAnswering(201, {
      messageId: 'msg_1',
      clientMessageId: 'm_01HZX3A7QK',
      time: '2026-11-25T10:15:30.120Z',
      seq: 3,
    });
    const body = { msg: 'Hello', clientMessageId: 'm_01HZX3A7QK' };
    const result = await call('sendMessage', { path: { sid: 'c_7Hq2LxVbN4' }, body });
    expect(result.status).toBe(201);
    expect(validator('response:sendMessage:201')(result.body)).toBe(true);
    const [request] = seen;
    expect(request?.url).toBe('https://chat.example.com/tetherfi/livechat/chats/c_7Hq2LxVbN4/messages');
    expect(request?.init).toMatchObject({ method: 'POST', credentials: 'include' });
    expect(request?.init.headers).toMatchObject({
      'livechat-token': 'tk_3QmVb9R2xJw7YcLp0sNaKe4TfUgHd1Zi',
      'livechat-page': 'pg_Vx3Q9sKd0aLmN2rT7yWb4E',
      'content-type': 'application/json',
    });
    const sent = JSON.parse(String(request?.init.body));
    expect(validator('request:sendMessage' as ValidatorKey)(sent)).toBe(true);
  });

  it('sends no token on a GET and keepalive when asked (Close on unload)', async () => {
    const { call, seen } = transportAnswering(204, undefined);
    await call('closePage', {}, { keepalive: true });
    await call('getStatus');
    expect(seen[0]?.init.keepalive).toBe(true);
    expect(seen[1]?.init.headers).not.toHaveProperty('livechat-token');
  });

  it('escapes path parameters and refuses a missing one', () => {
    expect(operationUrl('', 'downloadFile', { sid: 'c_1/..', fileName: 'a b.pdf' })).toBe(
      '/tetherfi/livechat/chats/c_1%2F../files/a%20b.pdf',
    );
    expect(() => operationUrl('', 'sendMessage')).toThrow(LivechatError);
  });
});

describe('answers', () => {
  it('turns a problem into a LivechatError with its code', async () => {
    const { call } = transportAnswering(404, {
      type: 'urn:livechat:error:NoSessionFound',
      title: 'x',
      status: 404,
      code: 'NoSessionFound',
      retryable: false,
    });
    await expect(call('openChats')).rejects.toMatchObject({ name: 'LivechatError', code: 'NoSessionFound', status: 404 });
  });

  it('types a proxy error page and a network failure too', async () => {
    const { call } = transportAnswering(503, '<html>maintenance</html>', { 'retry-after': '30' });
    await expect(call('openChats')).rejects.toMatchObject({
      code: 'ServerInternalConnectivityError',
      retryable: true,
      retryAfterMs: 30_000,
    });
    const offline = createTransport({
      baseUrl: '',
      pageId: 'p',
      token: () => undefined,
      fetch: (async () => Promise.reject(new TypeError('fetch failed'))) as typeof fetch,
    });
    await expect(offline('getStatus')).rejects.toMatchObject({ code: 'NetworkError', retryable: true });
  });
});
