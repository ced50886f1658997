// What the server keeps of a browser session's credentials: the cookie is `<id>.<secret>`, the
// journal holds only a hash of the secret, and the access token is derived from it - so nothing in
// the data directory can be replayed. A cookie with the right id and a wrong secret is answered
// as an unknown one; a session an earlier version stored with its token as it was opens to none.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encryptCustomerDetails } from '../secure-details/encrypt.ts';
import { newDetailsKey } from '../secure-details/key.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  if (running !== undefined) {
    await running.close();
    expect(running.violations).toEqual([]);
  }
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const retention = { events: 100, ms: 60_000 };
const page = 'pg_Vx3Q9sKd0aLmN2rT7yWb4E';
const b64 = (bytes: number) => randomBytes(bytes).toString('base64url');

async function journalServer(overrides: Parameters<typeof startTestServer>[0] = {}, lines: unknown[] = []) {
  dir = await mkdtemp(join(tmpdir(), 'livechat-browser-secrets-'));
  const journalPath = join(dir, 'journal.jsonl');
  if (lines.length > 0) await writeFile(journalPath, lines.map((line) => `${JSON.stringify(line)}\n`).join(''), { mode: 0o600 });
  server = await startTestServer(
    { LIVECHAT_REQUIRE_STAFFED_AGENTS: false, ...overrides },
    await MemoryStore.open({ retention, journalPath }),
  );
  return { journalPath, baseUrl: server.baseUrl };
}

type Answer = { status: number; body: Record<string, unknown>; setCookie: string | null };

async function call(baseUrl: string, path: string, options: { cookie?: string; token?: string; body?: unknown; method?: string } = {}) {
  const response = await fetch(`${baseUrl}/tetherfi/livechat${path}`, {
    method: options.method ?? 'POST',
    headers: {
      'livechat-page': page,
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.cookie !== undefined ? { cookie: `LIVECHAT_SESSION=${options.cookie}` } : {}),
      ...(options.token !== undefined ? { 'livechat-token': options.token } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    setCookie: response.headers.get('set-cookie'),
  };
}

/** GetAccessToken: the cookie's value it set (or undefined) and the token. */
async function accessToken(baseUrl: string, cookie?: string) {
  const answer = await call(baseUrl, '/access-token', cookie !== undefined ? { cookie } : {});
  expect(answer.status).toBe(200);
  const set = /^LIVECHAT_SESSION=([^;]*)/.exec(answer.setCookie ?? '')?.[1];
  return { cookie: set, token: String(answer.body.token) };
}

/** What a problem answer says, without the parts that name the request. */
const verdict = (answer: Answer) => ({ status: answer.status, code: answer.body.code, detail: answer.body.detail });

describe('a browser session at rest', () => {
  it('the journal holds neither the cookie, nor its secret, nor any token the client was given', async () => {
    const key = newDetailsKey();
    const { journalPath, baseUrl } = await journalServer({ LIVECHAT_DETAILS_KEY: key });
    const first = await accessToken(baseUrl);
    const cookie = first.cookie ?? '';
    const again = await accessToken(baseUrl, cookie);
    expect(again).toEqual({ cookie: undefined, token: first.token });

    const eCustDetails = await encryptCustomerDetails({ eCustName: 'Tan Mei Ling' }, first.token, key);
    const started = await call(baseUrl, '/chats', {
      cookie,
      token: first.token,
      body: { clientId: 'ci_at_rest', details: { eCustDetails } },
    });
    expect(started.status).toBe(201);
    const sid = String(started.body.sid);
    const sent = await call(baseUrl, `/chats/${sid}/messages`, {
      cookie,
      token: first.token,
      body: { msg: 'Hello from the journal test', clientMessageId: 'm_at_rest_1' },
    });
    expect(sent.status).toBeLessThan(300);
    await server?.close();
    server = undefined;

    const journal = (await readFile(journalPath)).toString('latin1');
    // The chat and the message are there: the file is the one the server wrote.
    expect(journal).toContain(sid);
    expect(journal).toContain('Hello%20from%20the%20journal%20test');
    const dot = cookie.lastIndexOf('.');
    const [id, secret] = [cookie.slice(0, dot), cookie.slice(dot + 1)];
    for (const credential of [cookie, secret, first.token, eCustDetails]) expect(journal).not.toContain(credential);
    // The cookie is `<id>.<secret>`, and the journal knows the session by its id.
    expect(secret.length).toBeGreaterThanOrEqual(43);
    expect(journal).toContain(`"id":"${id}"`);
  });

  it('plain details that carry the token (pAccessToken) keep it out of the journal too, and the captcha typed', async () => {
    const { journalPath, baseUrl } = await journalServer({ LIVECHAT_CAPTCHA: true });
    const { cookie = '', token } = await accessToken(baseUrl);
    expect(
      (await fetch(`${baseUrl}/tetherfi/livechat/captcha?reset=false`, { headers: { cookie: `LIVECHAT_SESSION=${cookie}` } })).status,
    ).toBe(200);
    const id = cookie.slice(0, cookie.lastIndexOf('.'));
    const captcha = (await server?.store.getBrowserSession(id))?.captchas?.at(-1)?.text ?? '';
    const details = { eCustDetails: { eCustName: 'Tan Mei Ling', pAccessToken: token }, eEnteredCaptcha: captcha.toLowerCase() };
    const started = await call(baseUrl, '/chats', { cookie, token, body: { clientId: 'ci_plain_token', details } });
    expect(started.status).toBe(201);
    expect((await server?.store.getChat(String(started.body.sid)))?.details).toEqual({ eCustDetails: { eCustName: 'Tan Mei Ling' } });
    await server?.close();
    server = undefined;
    const journal = await readFile(journalPath, 'utf8');
    expect(journal).toContain('Tan Mei Ling');
    expect(journal).not.toContain(token);
    expect(journal).not.toContain('eEnteredCaptcha');
  });

  it('answers a cookie with the right id and a wrong secret as an unknown session', async () => {
    const { baseUrl } = await journalServer();
    const real = await accessToken(baseUrl);
    const cookie = real.cookie ?? '';
    const id = cookie.slice(0, cookie.lastIndexOf('.'));
    const forged = `${id}.bsec_${b64(32)}`;
    const unknown = `bs_${b64(16)}.bsec_${b64(32)}`;

    // The real one works (Open answers: no chat yet), and with a wrong token it is refused as any bad token is.
    const opened = await call(baseUrl, '/open', { cookie, token: real.token });
    expect({ status: opened.status, reason: opened.body.reason }).toEqual({ status: 200, reason: 'NoSessionFound' });
    expect(verdict(await call(baseUrl, '/open', { cookie, token: `tk_${b64(32)}` }))).toMatchObject({ code: 'AccessTokenInvalid' });

    // Right id, wrong secret (even with the real token); an unknown id; the id alone (an old cookie): the same answer.
    const answers = [forged, unknown, id].map((value) => call(baseUrl, '/open', { cookie: value, token: real.token }));
    const [asForged, asUnknown, asBareId] = (await Promise.all(answers)).map(verdict);
    expect(asForged).toMatchObject({ status: 403, code: 'AccessTokenInvalid' });
    expect(asForged).toEqual(asUnknown);
    expect(asBareId).toEqual(asUnknown);
    const polls = [forged, unknown].map((value) =>
      call(baseUrl, `/events/poll?page=${page}&after=0&waitMs=0`, { cookie: value, method: 'GET' }),
    );
    const [pollForged, pollUnknown] = (await Promise.all(polls)).map(verdict);
    expect(pollForged).toEqual(pollUnknown);

    // GetAccessToken with the forged cookie makes a new session, as with an unknown one: never the real one's token.
    const renewed = await accessToken(baseUrl, forged);
    expect(renewed.cookie).toBeDefined();
    expect(renewed.cookie?.startsWith(`${id}.`)).toBe(false);
    expect(renewed.token).not.toBe(real.token);
  });
});

describe('a journal of the previous version (cookie = id, token kept as it was)', () => {
  it('treats its sessions as expired: no cookie opens them, the token is gone from the file, housekeeping forgets them', async () => {
    const legacy = { id: `bs_${b64(16)}`, token: `tk_${b64(32)}`, createdAt: Date.now() - 2 * 3600_000, openedPages: [page] };
    const { journalPath, baseUrl } = await journalServer({}, [{ t: 'browser', v: legacy }]);

    // Opening the store compacted the journal: the plaintext token is no longer on disk.
    const journal = await readFile(journalPath, 'utf8');
    expect(journal).toContain(legacy.id);
    expect(journal).not.toContain(legacy.token);

    // The old cookie (the id alone), or the id with any secret, with the old token: the unknown session's answer.
    const unknown = verdict(await call(baseUrl, '/open', { cookie: `bs_${b64(16)}.bsec_${b64(32)}`, token: legacy.token }));
    expect(unknown).toMatchObject({ status: 403, code: 'AccessTokenInvalid' });
    for (const cookie of [legacy.id, `${legacy.id}.${legacy.token}`, `${legacy.id}.bsec_${b64(32)}`])
      expect(verdict(await call(baseUrl, '/open', { cookie, token: legacy.token }))).toEqual(unknown);
    const renewed = await accessToken(baseUrl, legacy.id);
    expect(renewed.cookie?.startsWith(`${legacy.id}.`)).toBe(false);
    expect(renewed.token).not.toBe(legacy.token);

    // Idle past LIVECHAT_IDLE_SESSION_MS, it goes with the next sweep (the new session stays).
    expect((await server?.housekeeping.sweep(Date.now()))?.forgottenSessions).toBe(1);
    expect(await server?.store.getBrowserSession(legacy.id)).toBeUndefined();
  });
});
