// What a page written from the reference document alone meets, through the real client (a
// simulated browser) against the reference server and the mock alike: Start with every form of
// custDetails the document shows, RequestCallback's failure reported by OnCallbackRequestStatus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock } from '../../mock-server/test/harness.ts';
import { loginAgent } from '../../reference-server/test/agent-client.ts';
import { startTestServer, until } from '../../reference-server/test/harness.ts';
import { CustomerDetails } from '../src/classes.ts';
import { SimulatedBrowser } from '../src/node/browser.ts';

type Target = { baseUrl: string; close: () => Promise<void> };

const targets: [string, () => Promise<Target>][] = [
  [
    'the reference server',
    async () => {
      const server = await startTestServer();
      // A CSO at the desk, so a Start stays queued rather than ending with NoStaffedAgents.
      const alice = await loginAgent(server.baseUrl, 'agent-7', 'Alice');
      await alice.call('/ready', { ready: true });
      return {
        baseUrl: server.baseUrl,
        close: async () => {
          alice.close();
          await server.close();
        },
      };
    },
  ],
  ['the mock', () => startMock()],
];

describe.each(targets)('against %s', (_name, start) => {
  let target: Target;
  beforeAll(async () => {
    target = await start();
  }, 90_000);
  afterAll(() => target?.close());

  /** A fresh browser's page, Open answered NoSessionFound, every event recorded. */
  async function freshPage() {
    const page = new SimulatedBrowser({ baseUrl: target.baseUrl }).newPage();
    const seen: string[] = [];
    page.OnOpenFailed = (code) => seen.push(`OnOpenFailed ${code}`);
    page.OnStartSuccess = () => seen.push('OnStartSuccess');
    page.OnStartFailed = (errorCode, code) => seen.push(`OnStartFailed ${errorCode}`, `precise ${code}`);
    page.OnCallbackRequestStatus = (isCustomerReq, status) => seen.push(`OnCallbackRequestStatus ${isCustomerReq} ${status}`);
    page.Open();
    await until(() => seen.includes('OnOpenFailed NoSessionFound'));
    return { page, seen };
  }

  it('Start(new CustomerDetails(), "History") starts a chat', async () => {
    const { page, seen } = await freshPage();
    const details = new CustomerDetails();
    details.eCustName = 'Tan Mei Ling';
    page.Start(details, 'History');
    await until(() => seen.some((e) => e.startsWith('OnStart')), 10_000);
    expect(seen).toContain('OnStartSuccess');
  });

  it('Start with the CustomerDetails as a JSON string starts a chat', async () => {
    const { page, seen } = await freshPage();
    page.Start(JSON.stringify({ eCustName: 'Tan Mei Ling', pTopic: 'credit-card' }), 'History');
    await until(() => seen.some((e) => e.startsWith('OnStart')), 10_000);
    expect(seen).toContain('OnStartSuccess');
  });

  // "Indicates the failure of Start. Possible Error codes are :" - and no other.
  it('Start refused for a reason the document does not name raises OnStartFailed with one of its codes, the precise code after it', async () => {
    const { page, seen } = await freshPage();
    page.Start({ eCustName: 'x'.repeat(300) }, 'History');
    await until(() => seen.some((e) => e.startsWith('OnStartFailed')), 10_000);
    expect(seen.filter((e) => e.startsWith('OnStartFailed') || e.startsWith('precise'))).toEqual([
      'OnStartFailed StartError',
      'precise InvalidRequest',
    ]);
  });

  it('RequestCallback with no chat reports the failure by OnCallbackRequestStatus(true, false)', async () => {
    const { page, seen } = await freshPage();
    page.RequestCallback('+65 9123 4567');
    await until(() => seen.some((e) => e.startsWith('OnCallbackRequestStatus')), 10_000);
    expect(seen).toContain('OnCallbackRequestStatus true false');
  });

  it('multi-chat: refuses the chat past the announced maxConcurrentChats with MaxConcurrentSessionCountReached', async () => {
    const page = new SimulatedBrowser({ baseUrl: target.baseUrl }).newPage({ variant: 'multi' });
    let limit = 0;
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const outcome = await page.client.start({ eCustDetails: { eCustName: 'Tan' } }, '', `client-${i}`).then(
        (result) => {
          limit = result.limits?.maxConcurrentChats ?? 0;
          return 'started';
        },
        (error: { code?: string }) => error.code ?? 'error',
      );
      outcomes.push(outcome);
    }
    expect(limit).toBeGreaterThan(0);
    expect(outcomes).toEqual([...Array(limit).fill('started'), ...Array(6 - limit).fill('MaxConcurrentSessionCountReached')]);
  });
});
