// The event and reason cases a shared default reference server cannot show - a chat refused with
// a callback (no CSO logged in, a full queue, a queue timeout) and the captcha's reset - against
// reference servers in that state. There each passes; the main run (reference.test.ts) reports
// them not testable, as a certification run does on a deployment whose state it cannot reach.
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../reference-server/config.ts';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from '../../reference-server/test/harness.ts';
import { createAgentDriver } from '../agent-driver/http-driver.ts';
import { runSuite } from '../suite/runner.ts';

const states: { state: string; config: Partial<Config>; cases: RegExp; count: number }[] = [
  {
    state: 'no CSO logged in yet (a fresh deployment, these cases first)',
    config: {},
    cases:
      /^(event:(OnSystemNotification|OnCallbackAutoRegistered)|multichat:(OnSystemNotification|OnCallbackAutoRegistered):Sid|reason:NoStaffedAgents)$/,
    count: 5,
  },
  { state: 'a queue of one chat (LIVECHAT_MAX_QUEUE 1)', config: { LIVECHAT_MAX_QUEUE: 1 }, cases: /^reason:QueueIsTooBig$/, count: 1 },
  {
    state: 'a queue timeout of 1 s (LIVECHAT_QUEUE_TIMEOUT_MS 1000)',
    config: { LIVECHAT_QUEUE_TIMEOUT_MS: 1000 },
    cases: /^reason:TimedOutInQueue$/,
    count: 1,
  },
  { state: 'a captcha (LIVECHAT_CAPTCHA)', config: { LIVECHAT_CAPTCHA: true }, cases: /^event:OnResetCaptcha$/, count: 1 },
];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('event and reason cases that need a deployment in a given state', () => {
  for (const { state, config, cases, count } of states) {
    it(`pass against a reference server with ${state}`, async () => {
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
