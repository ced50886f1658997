// The error cases a default reference server cannot show - a captcha, encrypted customer details,
// a signaling budget small enough to spend - against reference servers configured to require
// them. There each passes; the main run (conformance/test/reference.test.ts) reports them not
// testable, as a certification run reports them on a deployment without that capability.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../reference-server/config.ts';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from '../../reference-server/test/harness.ts';
import { createAgentDriver } from '../agent-driver/http-driver.ts';
import { runSuite } from '../suite/runner.ts';

const deployments: { requires: string; config: Partial<Config>; cases: RegExp; count: number }[] = [
  {
    requires: 'a captcha (LIVECHAT_CAPTCHA)',
    config: { LIVECHAT_CAPTCHA: true },
    cases: /^(error:startChat:Captcha(IsEmpty|NotFound|DoesNotMatch)|operation:getCaptchaImage)$/,
    count: 4,
  },
  {
    requires: 'customer details encrypted by its web server (LIVECHAT_DETAILS_KEY)',
    config: { LIVECHAT_DETAILS_KEY: randomBytes(32).toString('base64url') },
    cases: /^error:startChat:CustomerDetailsRejected$/,
    count: 1,
  },
  {
    requires: 'the smallest signaling budget the contract allows (LIVECHAT_SIGNALS_PER_MINUTE 600)',
    config: { LIVECHAT_SIGNALS_PER_MINUTE: 600 },
    // One of them: each spends 601 calls. FAILS against the reference server, which is wrong (reported to
    // the lead): it counts each operation's calls apart (@fastify/rate-limit keeps a store per route, so its
    // groupId does not join them), where the contract's budgets are per browser session - RateLimited comes
    // only after 601 calls of StartAvCall itself. The chat-call RateLimited cases of reference.test.ts fail
    // the same way (messagesPerMinute).
    cases: /^error:startAvCall:RateLimited$/,
    count: 1,
  },
];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('error cases that need a deployment with a capability', () => {
  for (const { requires, config, cases, count } of deployments) {
    it(`pass against a reference server that requires ${requires}`, async () => {
      server = await startTestServer(config);
      const baseUrl = server.baseUrl;
      const run = await runSuite({
        baseUrl,
        filter: cases,
        driver: (fetch) => createAgentDriver({ baseUrl, fetch, credential: TEST_AGENT_PASSWORD }),
      });
      expect(run.results.map((r) => r.id)).toHaveLength(count);
      const notPassed = run.results
        .filter((r) => r.grade !== 'pass')
        .map((r) => `${r.id}: ${r.grade} - ${r.checks.find((c) => !c.ok)?.message ?? r.breaches[0]?.problem ?? r.reason}`);
      expect(notPassed).toEqual([]);
      expect(server.violations).toEqual([]);
    }, 60_000);
  }
});
