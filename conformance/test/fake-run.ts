// A small hand-made RunResult for the report tests: one case of every grade over two profiles, a
// failing case with recorded frames that carry secrets of several shapes and answers that try to
// inject markup, as a hostile or broken deployment might send them.
import type { CaseResult, RunResult } from '../suite/runner.ts';

/** Every secret in the fake run: none may appear in any report. */
export const secrets = {
  accessToken: 'tk_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd',
  /** Another deployment's token, of no shape the suite knows: found by its field's name. */
  foreignToken: 'Zq8.ForeignDeploymentToken-77f1c0de',
  agentToken: 'atk_S3cretAgentTokenValueForTheReport0001',
  browserSession: 'bs_BrowserSessionIdInACookie00001',
  agentSession: 'as_AgentSessionIdValue0000000000000000001',
  bearer: 'eyJhbGciOiJIUzI1NiJ9.payload.signature',
  cookieValue: 'c00kieValueOfAnotherDeployment',
};

/** Markup a deployment put in its answers: the report must show it as text. */
export const injection = {
  script: '<script>window.__pwned = 1</script>',
  img: '<img src="https://evil.example/x.png" onerror="window.__pwned = 2">',
  closePre: '</pre></li></ol></details><h1 id="injected">owned</h1>',
};

const base = {
  section: 'Basic Communication Functions',
  implemented: true,
  checks: [],
  breaches: [],
  ms: 12,
} satisfies Partial<CaseResult>;

const failing: CaseResult = {
  ...base,
  id: 'operation:sendMessage',
  title: 'POST /tetherfi/livechat/chats/{sid}/messages answers as the contract says',
  level: 'MUST',
  profile: 'core',
  covers: ['operation:sendMessage'],
  grade: 'fail',
  reason: `the message is echoed once, as sent ${injection.script}`,
  checks: [
    { level: 'MUST', ok: true, message: 'the answer carries the clientMessageId' },
    { level: 'MUST', ok: false, message: `the message is echoed once, as sent ${injection.script}` },
  ],
  breaches: [{ where: 'event OnEcho (seq 4)', problem: `event:OnEcho: must have required property 'sid' ${injection.img}` }],
  exchanges: [
    {
      at: 1_000,
      method: 'POST',
      url: '/tetherfi/livechat/access-token',
      operation: 'getAccessToken',
      status: 200,
      answer: JSON.stringify({ token: secrets.accessToken, expiresIn: 3600 }),
    },
    {
      at: 1_004,
      method: 'POST',
      url: '/tetherfi/livechat/chats',
      operation: 'startChat',
      status: 200,
      request: JSON.stringify({
        eCustDetails: { eCustName: 'Conformance Customer', pAccessToken: secrets.foreignToken },
        headers: {
          cookie: `LIVECHAT_SESSION=${secrets.browserSession}; theirs=${secrets.cookieValue}`,
          authorization: `Bearer ${secrets.bearer}`,
        },
      }),
      answer: JSON.stringify({ sid: 'c_FakeChatSid01', seq: 3, note: injection.closePre }),
    },
    {
      at: 1_010,
      method: 'GET',
      url: '/tetherfi/livechat/events?after=3',
      operation: 'openEventStream',
      status: 200,
      events: [
        { seq: 4, event: 'OnEcho', data: { msg: `Hello ${injection.img}`, clientMessageId: 'm1' } },
        { seq: 5, event: 'OnMessageReceived', sid: 'c_FakeChatSid01', data: { msg: 'from the CSO', token: secrets.foreignToken } },
      ],
    },
    {
      at: 1_020,
      method: 'POST',
      url: '/tetherfi/livechat/chats/c_FakeChatSid01/messages',
      operation: 'sendMessage',
      status: 202,
      request: '{"msg":"Hello","clientMessageId":"m1"}',
      // Truncated at the observer's limit: not JSON any more, still redacted.
      answer: `{"accepted":true,"agentToken":"${secrets.agentToken}","debug":"Livechat-Token: ${secrets.foreignToken}`,
    },
    {
      at: 1_030,
      method: 'POST',
      url: '/tetherfi/agent/login',
      operation: 'agentLogin',
      status: 200,
      answer: `{"token":"${secrets.agentToken}","sessionId":"${secrets.agentSession}","cookie":"Set-Cookie: LIVECHAT_AGENT=${secrets.agentSession}; Path=/tetherfi/agent; HttpOnly"}`,
    },
  ],
};

export const fakeResults: CaseResult[] = [
  failing,
  {
    ...base,
    id: 'operation:getStatus',
    title: 'GET /tetherfi/livechat/status answers as the contract says',
    section: 'System status check',
    level: 'MUST',
    profile: 'core',
    covers: ['operation:getStatus'],
    grade: 'pass',
    checks: [{ level: 'MUST', ok: true, message: 'status answers 200' }],
  },
  {
    ...base,
    id: 'error:slog:RateLimited',
    title: 'slog answers RateLimited as application/problem+json when it applies',
    section: 'Log to server',
    level: 'SHOULD',
    profile: 'core',
    covers: ['operation:slog', 'error:RateLimited'],
    grade: 'non-strict',
    checks: [{ level: 'SHOULD', ok: false, message: 'Retry-After is given with RateLimited' }],
    exchanges: [{ at: 5, method: 'POST', url: '/tetherfi/livechat/slog', operation: 'slog', status: 429 }],
  },
  {
    ...base,
    id: 'event:OnTypingStateChanged',
    title: 'OnTypingStateChanged is sent as the contract says',
    section: 'Events',
    level: 'MUST',
    profile: 'core',
    covers: ['event:OnTypingStateChanged'],
    grade: 'not-testable',
    reason: 'needs an agent driver',
  },
  {
    ...base,
    id: 'event:Heartbeat',
    title: 'Heartbeat is sent as the contract says',
    section: 'Events',
    level: 'SHOULD',
    profile: 'resilience',
    covers: ['event:Heartbeat'],
    grade: 'informational',
    checks: [{ level: 'INFO', ok: true, message: 'heartbeats every 15 s' }],
  },
  {
    ...base,
    id: 'operation:openChats',
    title: 'POST /tetherfi/livechat/open answers as the contract says',
    section: 'Basic Communication Functions',
    level: 'MUST',
    profile: 'floating-chat',
    covers: ['operation:openChats'],
    grade: 'pass',
  },
];

export function fakeRun(results: CaseResult[] = fakeResults): RunResult {
  return {
    baseUrl: 'https://chat.example.com',
    startedAt: '2026-01-02T03:04:05.000Z',
    ms: 1234,
    profiles: ['core', 'floating-chat', 'resilience'],
    seed: 424242,
    results: structuredClone(results),
  };
}
