// Audio/video call signaling on the reference server, both sides: the customer's page calls, the
// CSO answers, SDP, ICE and media states cross both ways in order (those sent before the answer
// held until it), and every way a call ends - hang-up by either side, decline, the page's Close,
// the CSO leaving, the end of the chat - with the states that refuse a call. Every answer and
// event is checked against the contract.
import { afterEach, describe, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { type AgentEvent, loginAgent } from './agent-client.ts';
import { customerPage, type StreamEvent } from './customer-http.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

const OFFER = { type: 'offer', sdp: 'v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' };
const ANSWER = { type: 'answer', sdp: 'v=0\r\no=- 7720831744208211012 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' };
const CANDIDATE = {
  type: 'ice-candidate',
  candidate: { candidate: 'candidate:1 1 udp 2122260223 192.0.2.10 54400 typ host', sdpMid: '0', sdpMLineIndex: 0 },
};

let server: TestServer;
const closers: (() => void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await server.close();
  expect(server.violations).toEqual([]);
});

/** A chat the CSO Alice accepted, its first page (which will call), and a second page of the same browser. */
async function connectedChat(overrides = {}) {
  server = await startTestServer(overrides);
  const alice = await loginAgent(server.baseUrl, 'agent-7', 'Alice');
  closers.push(alice.close);
  await alice.call('/ready', { ready: true });
  const browser = new SimulatedBrowser({ baseUrl: server.baseUrl });
  const caller = await customerPage(browser, server.baseUrl);
  closers.push(() => caller.client.dispose());
  const details = new SessionDetails();
  details.eCustDetails = { eCustName: 'Tan Mei Ling' };
  const { sid } = await caller.client.start(details);
  await until(() => alice.events.some((e) => e.event === 'ChatQueued'));
  await alice.call(`/chats/${sid}/accept`);
  const other = await customerPage(browser, server.baseUrl);
  closers.push(() => other.client.dispose());
  await other.client.open();
  return { alice, caller, other, sid };
}

const named = (events: AgentEvent[], ...names: string[]) => events.filter((e) => names.includes(e.event));
const avEvents = (events: StreamEvent[]) => events.filter((e) => e.event.startsWith('Av')).map((e) => ({ event: e.event, data: e.data }));

describe('audio/video calls', () => {
  it('rings, holds what the page sends until the CSO answers, relays both ways in order, and ends by the customer', async () => {
    const { alice, caller, sid } = await connectedChat();
    const started = await caller.call(`/chats/${sid}/av`, { audio: true, video: true });
    expect(started.status).toBe(201);
    const { callId } = started.body as { callId: string };
    await until(() => named(alice.events, 'AvCallRequested').length === 1);
    expect(named(alice.events, 'AvCallRequested')[0]).toMatchObject({ sid, data: { callId, audio: true, video: true } });

    // Before the answer: held, in order.
    expect((await caller.call(`/chats/${sid}/av/signals`, { callId, signal: OFFER })).status).toBe(202);
    expect((await caller.call(`/chats/${sid}/av/signals`, { callId, signal: CANDIDATE })).status).toBe(202);
    expect((await caller.call(`/chats/${sid}/av/pause`, { callId, audio: false, video: true })).status).toBe(204);
    expect(named(alice.events, 'AvSignal', 'AvMediaStateChanged')).toEqual([]);

    expect((await alice.call(`/chats/${sid}/av/answer`, { callId })).status).toBe(204);
    expect((await alice.call(`/chats/${sid}/av/answer`, { callId })).status).toBe(204); // a retry
    await until(() => named(alice.events, 'AvSignal', 'AvMediaStateChanged').length === 3);
    expect(named(alice.events, 'AvSignal', 'AvMediaStateChanged').map((e) => [e.event, e.data])).toEqual([
      ['AvSignal', { callId, signal: OFFER }],
      ['AvSignal', { callId, signal: CANDIDATE }],
      ['AvMediaStateChanged', { callId, audio: false, video: true }],
    ]);

    // After it: at once, both ways.
    expect((await alice.call(`/chats/${sid}/av/signals`, { callId, signal: ANSWER })).status).toBe(202);
    expect((await alice.call(`/chats/${sid}/av/pause`, { callId, audio: true, video: false })).status).toBe(204);
    expect((await caller.call(`/chats/${sid}/av/signals`, { callId, signal: CANDIDATE })).status).toBe(202);
    await until(() => named(alice.events, 'AvSignal').length === 3);
    expect(avEvents(await caller.events())).toEqual([
      { event: 'AvSignal', data: { callId, signal: ANSWER } },
      { event: 'AvMediaStateChanged', data: { callId, state: { audio: true, video: false } } },
    ]);

    expect((await caller.call(`/chats/${sid}/av/end`, { callId })).status).toBe(204);
    await until(() => named(alice.events, 'AvCallEnded').length === 1);
    expect(named(alice.events, 'AvCallEnded')[0]?.data).toEqual({ callId, by: 'customer' });
    expect((await caller.call(`/chats/${sid}/av/signals`, { callId, signal: CANDIDATE })).body).toMatchObject({
      code: 'InvalidSessionState',
    });
    expect((await alice.call(`/chats/${sid}/av/signals`, { callId, signal: CANDIDATE })).body).toMatchObject({
      code: 'InvalidSessionState',
    });
    // The customer's own hang-up is not echoed to its pages; a new call may start.
    expect(avEvents(await caller.events()).map((e) => e.event)).toEqual(['AvSignal', 'AvMediaStateChanged']);
    expect((await caller.call(`/chats/${sid}/av`, { audio: true, video: false })).status).toBe(201);
  });

  it('refuses a call where the state forbids it', async () => {
    server = await startTestServer({ LIVECHAT_REQUIRE_STAFFED_AGENTS: false });
    const queued = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
    closers.push(() => queued.client.dispose());
    const details = new SessionDetails();
    details.eCustDetails = { eCustName: 'Tan Mei Ling' };
    const { sid: waiting } = await queued.client.start(details);
    expect((await queued.call(`/chats/${waiting}/av`, { audio: true, video: true })).body).toMatchObject({
      status: 409,
      code: 'InvalidSessionState',
    });
    await server.close();

    const { alice, caller, other, sid } = await connectedChat();
    const { callId } = (await caller.call(`/chats/${sid}/av`, { audio: true, video: true })).body as { callId: string };
    const refusals = [
      await caller.call(`/chats/${sid}/av`, { audio: true, video: true }), // one call at a time
      await other.call(`/chats/${sid}/av/signals`, { callId, signal: OFFER }), // the call is the other page's
      await other.call(`/chats/${sid}/av/end`, { callId }),
      await caller.call(`/chats/${sid}/av/signals`, { callId: 'av_nosuchcall', signal: OFFER }),
      await caller.call(`/chats/${sid}/av/pause`, { callId: 'av_nosuchcall', audio: true, video: true }),
      await alice.call(`/chats/${sid}/av/signals`, { callId, signal: ANSWER }), // not answered yet
      await alice.call(`/chats/${sid}/av/pause`, { callId, audio: true, video: true }),
      await alice.call(`/chats/${sid}/av/answer`, { callId: 'av_nosuchcall' }),
    ];
    for (const refusal of refusals) expect(refusal.body).toMatchObject({ status: 409, code: 'InvalidSessionState' });

    const bob = await loginAgent(server.baseUrl, 'agent-9', 'Bob');
    closers.push(bob.close);
    expect((await bob.call(`/chats/${sid}/av/answer`, { callId })).body).toMatchObject({ code: 'NoSessionFound' });
    await alice.call(`/chats/${sid}/av/answer`, { callId });
    expect((await alice.call(`/chats/${sid}/av/decline`, { callId })).body).toMatchObject({ code: 'InvalidSessionState' });
    expect((await caller.call(`/chats/${sid}/av/signals`, { callId, signal: { type: 'offer' } })).body).toMatchObject({
      code: 'InvalidRequest',
    });
  });

  it('ends by a decline, a CSO hang-up, the page closing, the CSO leaving and the chat ending, all said by: server where it is the server', async () => {
    const { alice, caller, sid } = await connectedChat();
    const start = async () => ((await caller.call(`/chats/${sid}/av`, { audio: true, video: true })).body as { callId: string }).callId;

    const declined = await start();
    expect((await alice.call(`/chats/${sid}/av/decline`, { callId: declined })).status).toBe(204);
    const hungUp = await start();
    await alice.call(`/chats/${sid}/av/answer`, { callId: hungUp });
    expect((await alice.call(`/chats/${sid}/av/end`, { callId: hungUp })).status).toBe(204);

    // The CSO who answered leaves the chat (a transfer to Bob): the call ends with it.
    const bob = await loginAgent(server.baseUrl, 'agent-9', 'Bob');
    closers.push(bob.close);
    const transferred = await start();
    await alice.call(`/chats/${sid}/av/answer`, { callId: transferred });
    await alice.call(`/chats/${sid}/transfer`, { toAgentId: 'agent-9' });
    await until(() => bob.events.some((e) => e.event === 'ChatOffered'));
    await bob.call(`/chats/${sid}/accept`);

    // The page that started the call closes; the chat goes on with the other page.
    const closed = await start();
    expect((await caller.call('/close', {})).status).toBe(204);

    const atEnd = await (async () => {
      await caller.client.open();
      return start();
    })();
    expect((await bob.call(`/chats/${sid}/end`, { reason: 'resolved' })).status).toBe(204);

    const ended = avEvents(await caller.events())
      .filter((e) => e.event === 'AvCallEnded')
      .map((e) => e.data);
    expect(ended).toEqual([
      { callId: declined, by: 'a', reason: 'declined' },
      { callId: hungUp, by: 'a', reason: 'hang-up' },
      { callId: transferred, by: 'server' },
      { callId: closed, by: 'server' },
      { callId: atEnd, by: 'server', reason: 'chat-ended' },
    ]);
    const pageEvents = (await caller.events()).map((e) => e.event);
    expect(pageEvents.indexOf('OnEnd')).toBeGreaterThan(pageEvents.lastIndexOf('AvCallEnded'));
    await until(() => named(bob.events, 'ChatEnded').length === 1);
    expect(named(alice.events, 'AvCallEnded').map((e) => e.data)).toEqual([
      { callId: declined, by: 'agent' },
      { callId: hungUp, by: 'agent' },
      { callId: transferred, by: 'server' },
    ]);
    expect(named(bob.events, 'AvCallEnded', 'ChatEnded').map((e) => [e.event, e.data?.by ?? e.data?.initiator])).toEqual([
      ['AvCallEnded', 'server'],
      ['AvCallEnded', 'server'],
      ['ChatEnded', 'agent'],
    ]);
  });

  it('counts signaling against its own budget, not the chat calls', async () => {
    const { alice, caller, sid } = await connectedChat({ LIVECHAT_MESSAGES_PER_MINUTE: 10 });
    const { callId } = (await caller.call(`/chats/${sid}/av`, { audio: true, video: true })).body as { callId: string };
    await alice.call(`/chats/${sid}/av/answer`, { callId });
    for (let i = 0; i < 30; i++) expect((await caller.call(`/chats/${sid}/av/signals`, { callId, signal: CANDIDATE })).status).toBe(202);
    await until(() => named(alice.events, 'AvSignal').length === 30);
    // The rest of signalsPerMinute (StartAvCall counts too; the answer is the agent's), then RateLimited with Retry-After.
    const { signalsPerMinute } = server.chats.limits;
    const signal = () => caller.call(`/chats/${sid}/av/signals`, { callId, signal: CANDIDATE });
    for (let sent = 31; sent < signalsPerMinute; sent += 100) {
      const batch = await Promise.all(Array.from({ length: Math.min(100, signalsPerMinute - sent) }, signal));
      expect(batch.every((answer) => answer.status === 202)).toBe(true);
    }
    const limited = await signal();
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'RateLimited', retryable: true });
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  }, 60_000);
});
