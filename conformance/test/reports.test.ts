// The reports of a run - JSON, JUnit XML, HTML - from a small hand-made run: the JUnit mapping of
// every grade and baseline outcome, the HTML's content and escaping, and no secret in any of them.
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlReport } from '../report/html.ts';
import { buildReport, jsonReport, type Report } from '../report/json.ts';
import { junitReport } from '../report/junit.ts';
import { redact, redactDeep } from '../report/redact.ts';
import { verdictLine } from '../report/terminal.ts';
import { type CaseResult, exitCodeOf } from '../suite/runner.ts';
import { fakeResults, fakeRun, injection, secrets } from './fake-run.ts';

const all = async (results?: CaseResult[]) => {
  const report = await buildReport(fakeRun(results));
  return { report, json: jsonReport(report), xml: junitReport(report), html: htmlReport(report) };
};

/** The <testcase> element of a case id in the JUnit XML. */
const testcase = (xml: string, id: string) => new RegExp(`<testcase name="${id}"[^>]*>([\\s\\S]*?)</testcase>`).exec(xml)?.[1] ?? '';

describe('redaction', () => {
  it('leaves no secret in any report, whatever its shape or where it was', async () => {
    const { json, xml, html } = await all();
    for (const [name, secret] of Object.entries(secrets)) {
      expect(json, `${name} in report.json`).not.toContain(secret);
      expect(xml, `${name} in report.xml`).not.toContain(secret);
      expect(html, `${name} in report.html`).not.toContain(secret);
    }
    expect(json).toContain('<redacted>');
  });

  it('keeps what is no secret: URLs, cookie attributes, codes; chat ids as their pseudonyms', () => {
    const text = redact(
      'POST /tetherfi/livechat/chats/c_AbCdEfGhIjKlMnOpQrSt/messages: AccessTokenInvalid; LIVECHAT_SESSION=abc123456789; Path=/tetherfi/livechat',
    );
    expect(text).toMatch(
      /^POST \/tetherfi\/livechat\/chats\/<sid:[0-9a-f]{8}>\/messages: AccessTokenInvalid; LIVECHAT_SESSION=<redacted>; Path=\/tetherfi\/livechat$/,
    );
    expect(redactDeep({ withPassword: true, code: 'CookiesDisabled', pAccessToken: '' })).toEqual({
      withPassword: true,
      code: 'CookiesDisabled',
      pAccessToken: '',
    });
  });

  it('replaces a secret everywhere once it is known by its field, even in a URL or a message', () => {
    const out = redactDeep({
      answer: '{"token":"their-own-format-0001"}',
      url: '/x?t=their-own-format-0001',
      message: 'got their-own-format-0001',
    });
    expect(JSON.stringify(out)).not.toContain('their-own-format-0001');
    expect(redact('https://user:pa55word@chat.example.com/x')).toBe('https://<redacted>@chat.example.com/x');
    expect(redact('Authorization: Bearer abc.def.ghi123')).toBe('Authorization: Bearer <redacted>');
  });
});

describe('the verdict line', () => {
  const verdict = (results: CaseResult[]) => {
    const run = fakeRun(results);
    return verdictLine(run, exitCodeOf(run));
  };
  const must = fakeResults.find((r) => r.level === 'MUST' && r.grade === 'pass') as CaseResult;

  it('says certified, failed or not certified, with what and why, and the exit code', () => {
    expect(verdict([must])).toBe('certified: every MUST case of the chosen profiles passed (1 MUST of 1 cases) - exit code 0');
    expect(verdict(fakeResults)).toMatch(/^failed: 1 MUST(, .*)? - exit code 1, not certified$/);
    const untested = (id: string, reason: string): CaseResult => ({ ...must, id, grade: 'not-testable', reason });
    expect(
      verdict([
        must,
        untested('a', 'needs the test condition closeTimerMs (SetTestConditions)'),
        untested('b', 'needs the test condition unavailable'),
      ]),
    ).toBe(
      'not certified: 2 MUST cases not testable (the deployment offers no test conditions: see --help / README "Test conditions") - exit code 2',
    );
    expect(verdict([untested('a', 'needs the test condition unavailable'), untested('b', 'needs an agent driver')])).toBe(
      'not certified: 2 MUST cases not testable (1: the deployment offers no test conditions: see --help / README "Test conditions"; 1: no agent driver: see --agent-driver / README "The agent driver") - exit code 2',
    );
  });
});

describe('chat ids', () => {
  it('are replaced by one pseudonym a chat, wherever they are and whatever their shape, throughout a run', async () => {
    const sid = 'their-chat-00000042';
    const out = redactDeep({
      url: `/tetherfi/agent/chats/${sid}/accept`,
      event: { event: 'OnEcho', sid, data: { msg: 'hi' } },
      answer: `{"sid":"${sid}","clientId":"support-1"}`,
      message: `the chat ${sid} ended`,
      resync: { ended: [sid] },
    });
    const text = JSON.stringify(out);
    expect(text).not.toContain(sid);
    const [pseudonym] = /<sid:[0-9a-f]{8}>/.exec(text) ?? [];
    expect(pseudonym).toBeDefined();
    expect(text.split(pseudonym ?? '').length - 1).toBe(5);
    expect(text).toContain('support-1');
    expect(redact(`GET /tetherfi/livechat/chats/${sid}/files/x`)).toContain(pseudonym);
    expect(redact('POST /tetherfi/livechat/chats/other-chat-0000043/end')).not.toContain(pseudonym);
    const { json } = await all();
    expect(json).not.toMatch(/\bc_[A-Za-z0-9_-]{16,}/);
  });
});

describe('report.json', () => {
  it('names the spec and the suite by version and hash, and the exit code', async () => {
    const { report } = await all();
    expect(report.specVersion).toMatch(/^2\.19\.09\.13/);
    expect(report.specHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.suiteHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.exitCode).toBe(1);
    expect(report.seed).toBe(424242);
    expect(report.results).toHaveLength(fakeResults.length);
  });
});

describe('report.xml (JUnit)', () => {
  it('has one testsuite per profile with its counts, and a testcase per case', async () => {
    const { xml } = await all();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    const suites = [...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)" errors="0" skipped="(\d+)"/g)].map((m) =>
      m.slice(1),
    );
    expect(suites).toEqual([
      ['core', '4', '1', '1'],
      ['floating-chat', '1', '0', '0'],
      ['resilience', '1', '0', '0'],
    ]);
    expect(xml.match(/<testcase /g)).toHaveLength(fakeResults.length);
    expect(xml).toContain('<property name="specHash" value="');
    expect(xml).toContain('<property name="seed" value="424242"/>');
  });

  it('maps fail to failure, not-testable to skipped with its reason, informational to passed with system-out', async () => {
    const { xml } = await all();
    expect(testcase(xml, 'operation:sendMessage')).toMatch(
      /<failure type="fail" message="the message is echoed once, as sent &lt;script&gt;/,
    );
    expect(testcase(xml, 'event:OnTypingStateChanged')).toContain('<skipped message="needs an agent driver"/>');
    const info = testcase(xml, 'event:Heartbeat');
    expect(info).not.toMatch(/<failure|<skipped/);
    expect(info).toContain('<system-out>INFORMATIONAL:');
    expect(info).toContain('heartbeats every 15 s');
    expect(testcase(xml, 'operation:getStatus')).not.toMatch(/<failure|<skipped|<system-out/);
  });

  it('keeps a non-strict case passing, with a warning property and the warning in system-out', async () => {
    const { xml } = await all();
    const warn = testcase(xml, 'error:slog:RateLimited');
    expect(warn).not.toMatch(/<failure|<skipped|<error/);
    expect(warn).toContain('<property name="grade" value="non-strict"/>');
    expect(warn).toContain('<property name="warning" value="Retry-After is given with RateLimited"/>');
    expect(warn).toContain('<system-out>WARNING (non-strict: a SHOULD missed): Retry-After is given with RateLimited');
  });

  it('maps an expected failure to skipped (as pytest does xfail) and a stale entry to failure', async () => {
    const results = structuredClone(fakeResults);
    const [failing, passing] = results as [CaseResult, CaseResult];
    failing.baseline = { reason: 'echo ships in release 7', outcome: 'expected' };
    passing.baseline = { reason: 'status was cached', outcome: 'stale' };
    const { xml, report } = await all(results);
    expect(testcase(xml, 'operation:sendMessage')).toContain(
      '<skipped type="expected-failure" message="expected failure (baseline): echo ships in release 7"/>',
    );
    expect(testcase(xml, 'operation:sendMessage')).not.toContain('<failure');
    expect(testcase(xml, 'operation:getStatus')).toMatch(/<failure type="stale-baseline" message="stale baseline: the case passed/);
    expect(report.exitCode).toBe(1);
  });

  it('escapes what the deployment said and drops characters XML cannot hold', async () => {
    const results = structuredClone(fakeResults);
    (results[0] as CaseResult).checks.push({ level: 'MUST', ok: false, message: 'a NUL \u0000 and a bell \u0007 and "quotes" & <tags>' });
    const { xml } = await all(results);
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<img');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking they are gone
    expect(xml).not.toMatch(/[\u0000\u0007]/);
    expect(xml).toContain('&quot;quotes&quot; &amp; &lt;tags&gt;');
  });
});

describe('report.html', () => {
  let html: string;
  let report: Report;
  beforeAll(async () => {
    ({ html, report } = await all());
  });

  it('is self-contained: no script, no external asset, a CSP that loads nothing', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed/i);
    expect([...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]).filter((url) => !url?.startsWith('#'))).toEqual([]);
  });

  it('shows the provenance, each profile, each case with its checks and breaches, and the failing case’s frames', () => {
    expect(html).toContain(report.specHash);
    expect(html).toContain(report.suiteHash);
    expect(html).toContain('<code>--seed 424242</code>');
    for (const id of fakeResults.map((r) => r.id)) expect(html).toContain(`<code class="id">${id}</code>`);
    expect(html).toContain('id="profile-floating-chat"');
    expect(html).toContain('<details class="case fail" id="case-1" open>');
    expect(html).toMatch(/\/tetherfi\/livechat\/chats\/&lt;sid:[0-9a-f]{8}&gt;\/messages/);
    expect(html).toContain('stream events (2)');
    expect(html).toContain('&quot;event&quot;: &quot;OnMessageReceived&quot;');
    expect(html).toContain('Retry-After is given with RateLimited');
  });

  it('escapes every answer: markup from the deployment is shown as text', () => {
    expect(html).not.toContain(injection.script);
    expect(html).not.toContain('<h1 id="injected">');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain('&lt;img src=\\&quot;https://evil.example/x.png\\&quot;');
  });
});
