// operation:<id> - each operation answers as the contract says on its ordinary path. The observer
// validates every answer and event; these cases make the calls and assert what the contract
// promises beyond the schemas.
import { exact, type Resolver } from '../suite/registry.ts';

export const operationResolvers: Resolver[] = [
  exact('operation:getStatus', async (t) => {
    const answer = await t.call('getStatus');
    t.must(answer.status === 200, `status answers 200 (got ${answer.status})`);
    t.must(
      /^(ONLINE|OFFLINE \(.{1,256}\))$/.test(answer.text),
      `status says ONLINE or OFFLINE (message), got ${JSON.stringify(answer.text.slice(0, 80))}`,
    );
    t.should(answer.headers.get('cache-control') === 'no-store', 'status is not cached (Cache-Control: no-store)');
  }),

  exact('operation:getAccessToken', async (t) => {
    const browser = t.browser();
    const page = browser.newPage();
    const token = await page.client.getAccessToken();
    t.must(token.length >= 32, 'the token is at least 32 characters');
    const cookies = await browser.jar.getCookies(`${t.baseUrl}/tetherfi/livechat/`);
    const session = cookies.find((c) => c.key === 'LIVECHAT_SESSION');
    t.must(session !== undefined, 'GetAccessToken sets the LIVECHAT_SESSION cookie');
    t.must(session.httpOnly, 'the browser-session cookie is HttpOnly');
    t.must(
      session.sameSite === 'lax' || session.sameSite === 'strict' || (session.sameSite === 'none' && session.secure),
      'the cookie is SameSite',
    );
    t.must((await page.client.getAccessToken()) === token, 'the same browser session keeps its token');
  }),

  exact('operation:startChat', async (t) => {
    await t.staff();
    const page = t.browser().newPage();
    const started = await page.client.start(t.details());
    t.must(typeof started.sid === 'string' && started.sid.length > 0, 'Start answers the chat’s sid');
    t.must(Number.isInteger(started.seq), 'Start answers the stream position');
    await page.client.end();
  }),

  exact('operation:sendMessage', async (t) => {
    await t.staff();
    const page = t.browser().newPage();
    const echoes: string[] = [];
    page.OnEcho = (msg) => echoes.push(msg);
    await page.client.start(t.details());
    const accepted = await page.client.sendMessage('Hello from the conformance suite');
    t.must(accepted.clientMessageId.length > 0, 'the answer carries the clientMessageId');
    t.must(await t.until(() => echoes.length > 0), 'OnEcho reaches the sending page');
    t.must(echoes.length === 1 && echoes[0] === 'Hello from the conformance suite', 'the message is echoed once, as sent');
    await page.client.end();
  }),
];
