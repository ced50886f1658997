// SetAvConfigs' MediaTransport in a real call: with a TURN server (Debian's coturn on 127.0.0.1)
// as iceServers and iceTransportPolicy 'relay', the page offers relay candidates only, each one
// an address of that TURN server, and the call connects with the agent console through it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoChatWithConsole, framesOver } from './demo-customer.ts';
import { demoInBrowser } from './demo-in-browser.ts';
import { startTurnServer, type TurnServer } from './turn-server.ts';

const demo = demoInBrowser({ fakeMedia: true });
let turn: TurnServer;
beforeAll(async () => {
  turn = await startTurnServer();
});
afterAll(() => turn?.stop());

it('a call relayed by the TURN server the config names, and by nothing else', async () => {
  const { agent, customer } = await demoChatWithConsole(demo.browser, demo.server.baseUrl);
  const candidates: string[] = [];
  customer.on('request', (request) => {
    if (!request.url().endsWith('/av/signals')) return;
    const { signal } = request.postDataJSON() as { signal: { type: string; candidate?: { candidate: string } } };
    if (signal.type === 'ice-candidate' && signal.candidate) candidates.push(signal.candidate.candidate);
  });
  await customer.evaluate(
    ({ url, username, credential }) => {
      const page = window as unknown as {
        livechat: { SetAvConfigs(config: unknown): void; StartAvCall(sid: string): void; client: { sids: string[] } };
        relayed?: boolean;
      };
      page.livechat.SetAvConfigs({
        MediaTransport: { iceServers: [{ urls: url, username, credential }], iceTransportPolicy: 'relay' },
        MediaCapture: { audio: { enabled: false }, video: { enabled: true, width: 320, height: 240 } },
        Display: {
          OnConnected: () => {
            page.relayed = true;
          },
        },
      });
      page.livechat.StartAvCall(page.livechat.client.sids[0] ?? '');
    },
    { url: turn.url, username: turn.username, credential: turn.credential },
  );
  await agent.locator('[data-av-answer]').click();
  await customer.waitForFunction(() => (window as unknown as { relayed?: boolean }).relayed === true, undefined, { timeout: 20_000 });
  await agent.locator('[data-av-status]', { hasText: 'connected' }).waitFor();
  expect(await framesOver(agent, '[data-av-remote]', 1500)).toBeGreaterThan(2);
  // Every candidate the page offered is a relay of the TURN server: the policy and the server both applied.
  expect(candidates.length).toBeGreaterThan(0);
  for (const candidate of candidates) expect(candidate).toMatch(/ 127\.0\.0\.1 \d+ typ relay /);
}, 60_000);
