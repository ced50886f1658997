// The suite tests itself: against a reference server broken on purpose (reference-server/faults.ts),
// the run fails, and the failing case says what is broken. A suite that cannot catch these is not done.
import { afterEach, describe, expect, it } from 'vitest';
import { type Fault, Faults } from '../../reference-server/faults.ts';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from '../../reference-server/test/harness.ts';
import { createAgentDriver } from '../agent-driver/http-driver.ts';
import { exitCodeOf, runSuite } from '../suite/runner.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The site the faults' server lists for CORS (as npm run conformance does). */
const ALLOWED_ORIGIN = 'https://www.example.com';

/** Each fault, the cases that must catch it, and what their failure must mention. */
const expectations: { fault: Fault; cases: RegExp; names: RegExp }[] = [
  { fault: 'missing-sid', cases: /^operation:sendMessage$/, names: /required property 'sid'/ },
  { fault: 'echo-not-forked', cases: /^event:OnEcho$/, names: /OnEcho/ },
  { fault: 'wrong-error-code', cases: /^(error:sendMessage:NoSessionFound|event:OnOpenFailed)$/, names: /NoSessionFound/ },
  { fault: 'drop-event-on-resume', cases: /^event:(OnMessageReceived|OnServerStateChanged)$/, names: /lost|missing|once|resum/i },
  { fault: 'token-not-checked', cases: /^error:sendMessage:AccessTokenInvalid$/, names: /AccessTokenInvalid/ },
  {
    fault: 'upload-types-unchecked',
    cases: /^error:uploadFiles:UnsupportedFileType$/,
    names: /valid image\/gif file[\s\S]*answers 415 UnsupportedFileType \(got 201/,
  },
  { fault: 'cors-any-origin', cases: /^cors:foreign-origin$/, names: /foreign origin.*no CORS headers/ },
  {
    fault: 'cors-any-origin',
    cases: /^cors:listed-origin$/,
    names: /Access-Control-Allow-Origin: https:\/\/www\.example\.com, exactly \(got \*\)/,
  },
  {
    fault: 'stream-cors-missing',
    cases: /^cors:listed-origin$/,
    names: /The event stream from the listed origin answers Access-Control-Allow-Origin: https:\/\/www\.example\.com, exactly \(got null\)/,
  },
  { fault: 'close-timer-not-cancelled', cases: /^timer:open-cancels$/, names: /outlives its session-end timer|takes part/ },
  {
    fault: 'status-always-online',
    cases: /^status:unavailable$/,
    names: /OFFLINE \(\.\.\.\) while the deployment cannot take chats \(got 200 ONLINE\)/,
  },
  {
    fault: 'repeat-event-on-resume',
    cases: /^event:OnMessageReceived$/,
    names: /repeats seq \d+ \(\w+\): nothing may be repeated across a resume/,
  },
  {
    fault: 'slow-heartbeat',
    cases: /^stream:idle-past-offline-threshold$/,
    names: /silent for \d+ ms[^\n]*Heartbeat must fill any heartbeatIntervalMs/,
  },
  { fault: 'no-rate-limits', cases: /^error:sendMessage:RateLimited$/, names: /RateLimited/ },
  {
    fault: 'transcript-cap-not-kept',
    cases: /^error:sendMessage:TranscriptFull$/,
    names: /messages into a chat whose announced transcriptCap is .* are not all accepted: one answers TranscriptFull/,
  },
  { fault: 'captcha-reusable', cases: /^error:startChat:CaptchaDoesNotMatch$/, names: /CaptchaNotFound.*got 201/ },
];

describe('the suite catches a server broken on purpose', () => {
  for (const { fault, cases, names } of expectations) {
    it(`fails on ${fault} (${cases.source}), naming it`, async () => {
      server = await startTestServer(
        { LIVECHAT_TEST_CONDITIONS: true, LIVECHAT_ALLOWED_ORIGINS: [ALLOWED_ORIGIN] },
        undefined,
        undefined,
        new Faults([fault]),
      );
      const baseUrl = server.baseUrl;
      const run = await runSuite({
        baseUrl,
        filter: cases,
        driver: (fetch) => createAgentDriver({ baseUrl, fetch, credential: TEST_AGENT_PASSWORD }),
        declared: { allowedOrigin: ALLOWED_ORIGIN },
      });
      expect(exitCodeOf(run)).toBe(1);
      const failed = run.results.filter((r) => r.grade === 'fail');
      expect(failed.length).toBeGreaterThan(0);
      const said = failed.flatMap((r) => [
        ...r.checks.filter((c) => !c.ok).map((c) => c.message),
        ...r.breaches.map((b) => b.problem),
        r.reason ?? '',
      ]);
      expect(said.join('\n'), said.join('\n')).toMatch(names);
    }, 60_000);
  }
});
