// The message profiles (av, cobrowse): their messages are generated from the spec
// (generated/conformance/profiles.ts), so one the spec gains is in the list after `npm run
// generate`; `--profile av` and `--profile cobrowse` pass against the reference server with every
// message exercised; and the check fails a run when a message is exercised by no case.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateAll } from '../../generators/generate.ts';
import { loadContract } from '../../generators/lib/contract.ts';
import { messageProfileLists } from '../../generators/targets/profiles.ts';
import { startTestServer, TEST_AGENT_PASSWORD, type TestServer } from '../../reference-server/test/harness.ts';
import { createAgentDriver } from '../agent-driver/http-driver.ts';
import { main } from '../cli.ts';
import { junitReport } from '../report/junit.ts';
import { summary } from '../report/terminal.ts';
import { caseProfileOf, messageId, messageProfiles, type ProfileMessage, profileMessages } from '../suite/profiles.ts';
import { exitCodeOf, runSuite } from '../suite/runner.ts';

const root = join(import.meta.dirname, '..', '..');
let specCopy: string;
let server: TestServer;
/** The message lists the generator makes of the spec copy that gained a message. */
let gained: Record<string, ProfileMessage[]>;

beforeAll(async () => {
  server = await startTestServer({ LIVECHAT_TEST_CONDITIONS: true });
  // A copy of spec/ that gained a message: an event of spec/events/av.yaml (the customer's side).
  specCopy = await mkdtemp(join(tmpdir(), 'livechat-spec-'));
  await cp(join(root, 'spec'), specCopy, { recursive: true });
  const asyncapi = join(specCopy, 'asyncapi.yaml');
  const text = await readFile(asyncapi, 'utf8');
  const added = text.replace(
    /^(\s+)AvCallEnded: \{ \$ref: 'events\/av\.yaml#\/AvCallEnded' \}$/m,
    "$&\n$1AvRecordingStarted: { $ref: 'events/av.yaml#/AvCallEnded' }",
  );
  expect(added).not.toBe(text);
  await writeFile(asyncapi, added);
  gained = messageProfileLists(await loadContract(specCopy));
}, 60_000);
afterAll(async () => {
  await server?.close();
  await rm(specCopy, { recursive: true, force: true });
});

describe('the messages of a profile', () => {
  it('are generated from the spec: tagged operations, the part’s event file, the agent side’s tagged operations and events', () => {
    const av = profileMessages('av').map((m) => m.id);
    expect(av).toEqual([
      'operation:startAvCall',
      'operation:endAvCall',
      'operation:pauseAv',
      'operation:sendAvSignal',
      'event:AvSignal',
      'event:AvMediaStateChanged',
      'event:AvCallEnded',
      'agent-operation:agentAnswerAvCall',
      'agent-operation:agentDeclineAvCall',
      'agent-operation:agentSendAvSignal',
      'agent-operation:agentPauseAv',
      'agent-operation:agentEndAvCall',
      'agent-event:AvCallRequested',
      'agent-event:AvSignal',
      'agent-event:AvMediaStateChanged',
      'agent-event:AvCallEnded',
    ]);
    const cobrowse = profileMessages('cobrowse').map((m) => m.id);
    expect(cobrowse).toHaveLength(20);
    for (const id of [
      'operation:sendCobrowsePointer',
      'event:CobrEnded',
      'agent-operation:agentEndCobrowse',
      'agent-event:CobrowsePointer',
    ])
      expect(cobrowse).toContain(id);
    // The ids are the observer's names of what a case exercised.
    for (const profile of messageProfiles) for (const m of profileMessages(profile)) expect(m.id).toBe(messageId(m.side, m.kind, m.name));
    expect(caseProfileOf('av')).toBe('audio-video-signaling');
    expect(caseProfileOf('cobrowse')).toBe('cobrowse-signaling');
  });

  it('include a message the spec gains later, once generated', async () => {
    const ids = (gained.av ?? []).map((m) => m.id);
    expect(ids).toContain('event:AvRecordingStarted');
    expect(ids).toHaveLength(17);
    expect(gained.cobrowse?.map((m) => m.id)).toEqual(profileMessages('cobrowse').map((m) => m.id));
    // `npm run generate` on that spec writes it into generated/conformance/profiles.ts.
    const file = (await generateAll(specCopy)).get('conformance/profiles.ts') ?? '';
    expect(file).toContain('"id": "event:AvRecordingStarted"');
  }, 60_000);
});

describe('--profile av and --profile cobrowse against the reference server', () => {
  for (const profile of ['av', 'cobrowse'] as const) {
    it(`passes --profile ${profile} with every message of its part of the spec exercised`, async () => {
      const lines: string[] = [];
      const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
      let code: number;
      try {
        code = await main([
          '--base-url',
          server.baseUrl,
          '--agent-credential',
          TEST_AGENT_PASSWORD,
          '--profile',
          profile,
          '--seed',
          '20261128',
        ]);
      } finally {
        log.mockRestore();
      }
      const out = lines.join('\n');
      const count = profileMessages(profile).length;
      expect(out, out).toContain(`profile ${profile}: ${count}/${count} messages exercised - passed`);
      expect(out).toMatch(new RegExp(`^${profile} \\(${caseProfileOf(profile)}\\) .* passed$`, 'm'));
      expect(out).toMatch(new RegExp(`PASS +MUST +relay:${profile}:`));
      expect(out).not.toMatch(/ FAIL /);
      expect(code).toBe(0);
    }, 90_000);
  }

  it('takes a comma list; the relay cases alone exercise every message; a --filter run that does not is not checked', async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    try {
      expect(
        await main([
          '--base-url',
          server.baseUrl,
          '--agent-credential',
          TEST_AGENT_PASSWORD,
          '--profile',
          'av,cobrowse',
          '--filter',
          '^relay:',
        ]),
      ).toBe(0);
      expect(
        await main([
          '--base-url',
          server.baseUrl,
          '--agent-credential',
          TEST_AGENT_PASSWORD,
          '--profile',
          'av',
          '--filter',
          '^relay:av:pause-both-ways$',
        ]),
      ).toBe(0);
    } finally {
      log.mockRestore();
    }
    const out = lines.join('\n');
    expect(out).toContain('profile av: 16/16 messages exercised - passed');
    expect(out).toContain('profile cobrowse: 20/20 messages exercised - passed');
    expect(out).toMatch(/profile av: \d+\/16 messages exercised - not checked: --filter ran part of the profile/);
    expect(out).toContain('not exercised: agent-operation:agentDeclineAvCall');
  }, 90_000);
});

describe('the message coverage check', () => {
  it('fails the run when a message of the profile is exercised by no case, and names it', async () => {
    const run = await runSuite({
      baseUrl: server.baseUrl,
      profiles: ['av'],
      seed: 20261128,
      driver: (fetch) => createAgentDriver({ baseUrl: server.baseUrl, fetch, credential: TEST_AGENT_PASSWORD }),
      messagesOf: (profile) => gained[profile] ?? [],
    });
    // Every case passes: the run fails on the message alone.
    expect(run.results.filter((r) => r.grade === 'fail').map((r) => r.id)).toEqual([]);
    const av = run.messageCoverage?.find((c) => c.profile === 'av');
    expect(av?.verdict).toBe('failed');
    expect(av?.messages.filter((m) => m.cases.length === 0).map((m) => m.id)).toEqual(['event:AvRecordingStarted']);
    expect(av?.messages.find((m) => m.id === 'agent-event:AvSignal')?.cases).toContain('relay:av:offer-before-answer');
    expect(exitCodeOf(run)).toBe(1);
    const text = summary(run);
    expect(text).toContain('profile av: 16/17 messages exercised - FAILED');
    expect(text).toContain('not exercised: event:AvRecordingStarted');
    expect(text).toMatch(/^av \(audio-video-signaling\) .* failed$/m);
    const xml = junitReport({ ...run, exitCode: 1, suiteVersion: 't', specVersion: 't', specHash: 'h', suiteHash: 'h' });
    expect(xml).toMatch(
      /<testcase name="messages:av" classname="audio-video-signaling"[^>]*>\s*<properties>.*<\/properties>\s*<failure type="messages-not-exercised"/,
    );
  }, 90_000);

  it('makes a run without an agent driver incomplete, not failed: the agent side cannot be exercised', async () => {
    const run = await runSuite({ baseUrl: server.baseUrl, profiles: ['cobrowse'], seed: 20261128 });
    const cobrowse = run.messageCoverage?.find((c) => c.profile === 'cobrowse');
    expect(cobrowse?.verdict).toBe('incomplete');
    expect(cobrowse?.messages.filter((m) => m.side === 'agent' && m.cases.length > 0)).toEqual([]);
    expect(exitCodeOf(run)).toBe(2);
  }, 90_000);
});
