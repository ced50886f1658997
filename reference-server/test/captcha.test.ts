// The captcha (setCaptchaImage / resetCaptchaImage, Start's captcha checks) on the reference
// server with LIVECHAT_CAPTCHA on: the image, reset, the previous text, and exactly when a text
// is used up. Every answer is checked against the contract.
import { afterEach, describe, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { CAPTCHA_ALPHABET, CAPTCHA_LENGTH } from '../chat/captcha-image.ts';
import { splitSessionCookie } from '../chat/session-secrets.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

let server: TestServer;
afterEach(async () => {
  await server.close();
  expect(server.violations).toEqual([]);
});

/** A browser as plain requests: its cookie, token and page id. */
async function browser(page = `pg_${Math.random().toString(36).slice(2).padEnd(22, 'x')}`) {
  const answer = await fetch(`${server.baseUrl}/tetherfi/livechat/access-token`, { method: 'POST' });
  const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { token, captchaRequired } = (await answer.json()) as { token: string; captchaRequired: boolean };
  const id = splitSessionCookie(cookie.split('=')[1])?.id ?? '';
  return {
    id,
    captchaRequired,
    image: (reset: boolean) => fetch(`${server.baseUrl}/tetherfi/livechat/captcha?reset=${reset}&t=1`, { headers: { cookie } }),
    /** The texts the server keeps for this browser session. */
    texts: async () => ((await server.store.getBrowserSession(id))?.captchas ?? []).map((c) => c.text),
    start: async (eEnteredCaptcha: string, eCustDetails: unknown = { eCustName: 'Tan Mei Ling' }) => {
      const response = await fetch(`${server.baseUrl}/tetherfi/livechat/chats`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'livechat-token': token, 'livechat-page': page },
        body: JSON.stringify({ clientId: 'ci_captcha', details: { eCustDetails, eEnteredCaptcha } }),
      });
      const body = (await response.json()) as { code?: string; sid?: string };
      return `${response.status} ${body.code ?? 'started'}`;
    },
  };
}

const captchaOn = { LIVECHAT_REQUIRE_STAFFED_AGENTS: false, LIVECHAT_CAPTCHA: true };

describe('captcha', () => {
  it('is off by default: captchaRequired false, Start without a captcha, the image still served', async () => {
    server = await startTestServer({ LIVECHAT_REQUIRE_STAFFED_AGENTS: false });
    const customer = await browser();
    expect(customer.captchaRequired).toBe(false);
    expect((await customer.image(false)).status).toBe(200);
    expect(await customer.start('')).toBe('201 started');
  });

  it('serves an SVG image of a new text, sets the cookie when there is none, and never says the text', async () => {
    server = await startTestServer(captchaOn);
    const response = await fetch(`${server.baseUrl}/tetherfi/livechat/captcha?reset=false`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('image/svg+xml');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^LIVECHAT_SESSION=bs_[\w-]+\.bsec_[\w-]+;.*HttpOnly/);
    const svg = await response.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="150" height="50"[^>]*>.*<\/svg>$/);
    expect(svg).not.toMatch(/<text|<script|href=/);

    const id = splitSessionCookie(cookie.split(';')[0]?.split('=')[1])?.id ?? '';
    const [text] = (await server.store.getBrowserSession(id))?.captchas?.map((c) => c.text) ?? [];
    expect(text).toMatch(new RegExp(`^[${CAPTCHA_ALPHABET}]{${CAPTCHA_LENGTH}}$`));
    expect(svg).not.toContain(text);

    // The same browser session's token: GetAccessToken with that cookie keeps it, and says captchaRequired.
    const token = await fetch(`${server.baseUrl}/tetherfi/livechat/access-token`, {
      method: 'POST',
      headers: { cookie: cookie.split(';')[0] ?? '' },
    });
    expect(token.headers.get('set-cookie')).toBeNull();
    expect(await token.json()).toMatchObject({ captchaRequired: true, encryptedDetailsRequired: false });
  });

  it('reset=false shows the current text, reset=true a new one; the previous stays valid until one is used', async () => {
    server = await startTestServer(captchaOn);
    const customer = await browser();
    await customer.image(false);
    const [first] = await customer.texts();
    await customer.image(false);
    expect(await customer.texts()).toEqual([first]);
    await customer.image(true);
    const [previous, second] = await customer.texts();
    expect(previous).toBe(first);
    expect(second).not.toBe(first);
    await customer.image(true);
    expect(await customer.texts()).toHaveLength(2);
    expect((await customer.texts())[0]).toBe(second);

    // The previous text, typed in lower case with spaces around it: accepted, and both texts are used up.
    expect(await customer.start(` ${second?.toLowerCase()} `)).toBe('201 started');
    expect(await customer.texts()).toEqual([]);
  });

  it('refuses in the contract order: CaptchaIsEmpty, CaptchaNotFound, CaptchaDoesNotMatch (which uses the texts up)', async () => {
    server = await startTestServer(captchaOn);
    const customer = await browser();
    expect(await customer.start('')).toBe('422 CaptchaIsEmpty');
    expect(await customer.start('7KX2P')).toBe('422 CaptchaNotFound');
    await customer.image(false);
    const [text] = await customer.texts();
    expect(await customer.start('')).toBe('422 CaptchaIsEmpty');
    expect(await customer.texts()).toEqual([text]);
    expect(await customer.start(text === 'AAAAA' ? 'CCCCC' : 'AAAAA')).toBe('422 CaptchaDoesNotMatch');
    expect(await customer.texts()).toEqual([]);
    expect(await customer.start(text ?? '')).toBe('422 CaptchaNotFound');

    await customer.image(false);
    const [fresh] = await customer.texts();
    expect(await customer.start(fresh ?? '')).toBe('201 started');
  });

  it('keeps the text through refusals that come after it (details, capacity), so the same text can be retried', async () => {
    server = await startTestServer({ ...captchaOn, LIVECHAT_MAX_SESSIONS: 1 });
    const customer = await browser();
    await customer.image(false);
    const [text] = await customer.texts();
    const encrypted = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..q3eUvA2cR0nH9w1X.M1s5q0yJkz0Rz8cV1Qm5wJm8Kp0Q.yM8eZ5kP3nR1vT7wQ2sX4g';
    expect(await customer.start(text ?? '', encrypted)).toBe('403 CustomerDetailsRejected');
    expect(await customer.texts()).toEqual([text]);

    const other = await browser();
    await other.image(false);
    expect(await other.start((await other.texts())[0] ?? '')).toBe('201 started');
    expect(await customer.start(text ?? '')).toBe('503 MaxConcurrentSessionCountReached');
    expect(await customer.texts()).toEqual([text]);
  });

  it('answers CaptchaNotFound for a text older than its lifetime', async () => {
    server = await startTestServer(captchaOn);
    const customer = await browser();
    await customer.image(false);
    const record = await server.store.getBrowserSession(customer.id);
    const [captcha] = record?.captchas ?? [];
    if (record === undefined || captcha === undefined) throw new Error('no captcha kept');
    await server.store.putBrowserSession({ ...record, captchas: [{ ...captcha, issuedAt: Date.now() - 11 * 60_000 }] });
    expect(await customer.start(captcha.text)).toBe('422 CaptchaNotFound');
  });

  it('through the client: a wrong text raises OnStartFailed and OnResetCaptcha; the reloaded image lets the chat start', async () => {
    server = await startTestServer(captchaOn);
    const simulated = new SimulatedBrowser({ baseUrl: server.baseUrl });
    const page = simulated.newPage();
    const seen: string[] = [];
    page.OnStartFailed = (code) => seen.push(`OnStartFailed ${code}`);
    page.OnResetCaptcha = () => seen.push('OnResetCaptcha');
    page.OnStartSuccess = () => seen.push('OnStartSuccess');
    const image = { src: '' } as HTMLImageElement;
    page.setCaptchaImage(image);
    await simulated.fetch(image.src);
    const details = () => {
      const d = new SessionDetails();
      d.eCustDetails = { eCustName: 'Tan Mei Ling' };
      return d;
    };

    const wrong = details();
    wrong.eEnteredCaptcha = '00000';
    page.Start(wrong);
    await until(() => seen.includes('OnResetCaptcha'));
    expect(seen).toEqual(['OnStartFailed CaptchaDoesNotMatch', 'OnResetCaptcha']);

    page.resetCaptchaImage(image);
    expect(image.src).toContain('reset=true');
    await simulated.fetch(image.src);
    const cookie = (await simulated.jar.getCookies(`${server.baseUrl}/tetherfi/livechat/`)).find((c) => c.key === 'LIVECHAT_SESSION');
    const id = splitSessionCookie(cookie?.value)?.id ?? '';
    const right = details();
    right.eEnteredCaptcha = (await server.store.getBrowserSession(id))?.captchas?.at(-1)?.text ?? '';
    page.Start(right);
    await until(() => seen.includes('OnStartSuccess'));
    page.client.dispose();
  });
});
