// The secure deployment model on the reference server (LIVECHAT_DETAILS_KEY set): the customer's
// web server encrypts the details with secure-details/encrypt.ts, Start decrypts them, and
// refuses - CustomerDetailsRejected - plain details, a foreign token, another key, an altered JWE
// or any header other than dir/A256GCM. Every answer is checked against the contract.
import { CompactEncrypt } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { splitSessionCookie } from '../chat/session-secrets.ts';
import { loadConfig } from '../config.ts';
import { encryptCustomerDetails } from '../secure-details/encrypt.ts';
import { newDetailsKey, parseDetailsKey } from '../secure-details/key.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

let server: TestServer;
let running = false;
async function serve(overrides: Parameters<typeof startTestServer>[0]) {
  if (running) await server.close();
  server = await startTestServer(overrides);
  running = true;
}
afterEach(async () => {
  if (!running) return;
  running = false;
  await server.close();
  expect(server.violations).toEqual([]);
});

const key = newDetailsKey();
const customer = { eCustName: 'Tan Mei Ling', eCin: 'S1234567D', pTopic: 'credit-card' };
const secure = { LIVECHAT_REQUIRE_STAFFED_AGENTS: false, LIVECHAT_DETAILS_KEY: key };

/** A browser as plain requests: its token and a Start with the given eCustDetails. */
async function browser() {
  const answer = await fetch(`${server.baseUrl}/tetherfi/livechat/access-token`, { method: 'POST' });
  const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await answer.json()) as { token: string; captchaRequired: boolean; encryptedDetailsRequired: boolean };
  return {
    ...body,
    id: splitSessionCookie(cookie.split('=')[1])?.id ?? '',
    start: async (eCustDetails: unknown) => {
      const response = await fetch(`${server.baseUrl}/tetherfi/livechat/chats`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'livechat-token': body.token, 'livechat-page': 'pg_Vx3Q9sKd0aLmN2rT7yWb4E' },
        body: JSON.stringify({ clientId: 'ci_secure', details: { eCustDetails } }),
      });
      const answer = (await response.json()) as { code?: string; detail?: string };
      return `${response.status} ${answer.code ?? 'started'}`;
    },
  };
}

/** The JWE with one character of its `part` (0 header, 2 iv, 3 ciphertext, 4 tag) changed. */
function tampered(jwe: string, part: number): string {
  const parts = jwe.split('.');
  const text = parts[part] ?? '';
  parts[part] = (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
  return parts.join('.');
}

describe('secure deployment model', () => {
  it('takes details the web server encrypted with the session token, and keeps them decrypted, without the token', async () => {
    await serve(secure);
    const page = await browser();
    expect(page).toMatchObject({ captchaRequired: false, encryptedDetailsRequired: true });
    const jwe = await encryptCustomerDetails(customer, page.token, key);
    expect(jwe).toMatch(/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(jwe.split('.')[0] ?? '', 'base64url').toString())).toEqual({ alg: 'dir', enc: 'A256GCM' });
    expect(await page.start(jwe)).toBe('201 started');
    const [chat] = await server.store.chatsOf(page.id);
    expect(chat?.details.eCustDetails).toEqual(customer);
  });

  it('takes a kid in the protected header, and the key as bytes', async () => {
    await serve(secure);
    const page = await browser();
    expect(await page.start(await encryptCustomerDetails(customer, page.token, parseDetailsKey(key), { kid: '2026-11' }))).toBe(
      '201 started',
    );
  });

  it('refuses a token that is not the browser session’s', async () => {
    await serve(secure);
    const [page, other] = [await browser(), await browser()];
    expect(await page.start(await encryptCustomerDetails(customer, other.token, key))).toBe('403 CustomerDetailsRejected');
    expect(await page.start(await encryptCustomerDetails(customer, '', key))).toBe('403 CustomerDetailsRejected');
    const { pAccessToken: _none, ...withoutToken } = { ...customer, pAccessToken: '' };
    const sealed = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(withoutToken)))
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .encrypt(parseDetailsKey(key));
    expect(await page.start(sealed)).toBe('403 CustomerDetailsRejected');
    expect(await server.store.chatsOf(page.id)).toEqual([]);
  });

  it('refuses details encrypted under another key', async () => {
    await serve(secure);
    const page = await browser();
    expect(await page.start(await encryptCustomerDetails(customer, page.token, newDetailsKey()))).toBe('403 CustomerDetailsRejected');
  });

  it('refuses a JWE altered anywhere: header, iv, ciphertext or tag', async () => {
    await serve(secure);
    const page = await browser();
    const jwe = await encryptCustomerDetails(customer, page.token, key);
    for (const part of [0, 2, 3, 4]) expect(await page.start(tampered(jwe, part))).toBe('403 CustomerDetailsRejected');
    expect(await page.start(jwe)).toBe('201 started');
  });

  it('refuses any protected header but dir + A256GCM (+ kid), and a plaintext that is not CustomerDetails', async () => {
    await serve(secure);
    const page = await browser();
    const bytes = parseDetailsKey(key);
    const seal = (header: Record<string, unknown>, plaintext: unknown, secret = bytes) =>
      new CompactEncrypt(new TextEncoder().encode(JSON.stringify(plaintext)))
        .setProtectedHeader(header as { alg: string; enc: string })
        .encrypt(secret);
    const details = { ...customer, pAccessToken: page.token };
    // A256KW wraps a content key: the compact form then has a non-empty second part, which the contract's pattern refuses.
    expect(await page.start(await seal({ alg: 'A256KW', enc: 'A256GCM' }, details))).toBe('400 InvalidRequest');
    expect(await page.start(await seal({ alg: 'dir', enc: 'A256GCM', cty: 'json' }, details))).toBe('403 CustomerDetailsRejected');
    expect(await page.start(await seal({ alg: 'dir', enc: 'A256GCM' }, { ...details, eCustName: 42 }))).toBe('403 CustomerDetailsRejected');
    expect(await page.start(await seal({ alg: 'dir', enc: 'A256GCM' }, { ...details, isVip: 'yes' }))).toBe('403 CustomerDetailsRejected');
    expect(await page.start(await seal({ alg: 'dir', enc: 'A256GCM' }, [details]))).toBe('403 CustomerDetailsRejected');
    // Another content encryption, with a key of its own size: refused, not negotiated.
    expect(await page.start(await seal({ alg: 'dir', enc: 'A128GCM' }, details, bytes.slice(0, 16)))).toBe('403 CustomerDetailsRejected');
  });

  it('refuses plain details when encrypted ones are required, and encrypted ones when the server has no key', async () => {
    await serve(secure);
    const page = await browser();
    expect(await page.start({ ...customer, pAccessToken: page.token })).toBe('403 CustomerDetailsRejected');
    expect(server.violations).toEqual([]);

    await serve({ LIVECHAT_REQUIRE_STAFFED_AGENTS: false });
    const plain = await browser();
    expect(plain.encryptedDetailsRequired).toBe(false);
    expect(await plain.start(await encryptCustomerDetails(customer, plain.token, key))).toBe('403 CustomerDetailsRejected');
    expect(await plain.start(customer)).toBe('201 started');
  });

  it('through the client: the page gets its token, the web server encrypts, Start succeeds', async () => {
    await serve(secure);
    const page = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage();
    const seen: string[] = [];
    page.OnStartSuccess = () => seen.push('OnStartSuccess');
    page.OnStartFailed = (code) => seen.push(`OnStartFailed ${code}`);
    const token = await page.client.getAccessToken();
    const details = new SessionDetails();
    details.eCustDetails = await encryptCustomerDetails(customer, token, key);
    page.Start(details);
    await until(() => seen.length > 0);
    expect(seen).toEqual(['OnStartSuccess']);
    page.client.dispose();
  });

  it('checks the key setting: 256 bits of base64url, never echoed when refused', () => {
    expect(loadConfig({ LIVECHAT_DETAILS_KEY: key }).LIVECHAT_DETAILS_KEY).toBe(key);
    const short = Buffer.alloc(16, 7).toString('base64url');
    expect(() => loadConfig({ LIVECHAT_DETAILS_KEY: short })).toThrow(/LIVECHAT_DETAILS_KEY=\(hidden\): must be 32 bytes/);
    expect(() => loadConfig({ LIVECHAT_DETAILS_KEY: short })).not.toThrow(new RegExp(short));
  });
});
