// event:<Name> - each event of spec/asyncapi.yaml provoked as a deployment's users provoke it (the
// customer through the real client, the CSO through the agent driver) and checked for what the
// contract promises beyond its schema, which the observer checks in every frame: which pages raise
// it (every page that takes part; OnCallQueued only the starting page; the client library's events
// only the calling page), with the document's handler arguments, once - across pages and across a
// reconnection - and in order. Events the client library acts on without a handler (heartbeats,
// Resync, ChatStarted, audio/video and co-browse signaling) are read from raw streams of the pages.
import { SessionDetails } from '../../client/src/classes.ts';
import type { CaseContext } from '../suite/context.ts';
import { exact, type Resolver } from '../suite/registry.ts';
import {
  APP_MESSAGE,
  accept,
  agentDoes,
  agentEvent,
  connectedChat,
  consecutive,
  customer,
  expectNone,
  expectRaised,
  HISTORY,
  NOTE,
  RawStream,
  readyAgent,
  refusalRaises,
  type Scope,
  SETTLE_MS,
  StreamControl,
  same,
  scenario,
  show,
  sleep,
  staffed,
  TEST_CAPTCHA_TEXT,
  unique,
} from './scenarios.ts';

const BOTH = ['p1', 'p2'] as const;

export const ANSWER = { type: 'answer', sdp: 'v=0\r\no=- 7720831744208211012 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' };
export const CANDIDATE = {
  type: 'ice-candidate',
  candidate: { candidate: 'candidate:1 1 udp 2122260223 192.0.2.10 54400 typ host', sdpMid: '0', sdpMLineIndex: 0 },
};
export const CONTROLS = { textboxId: ['textbox1'], radioButtonId: [], checkboxId: ['checkbox1'], dropdownId: ['dropdown1'] };
export const STROKE = {
  tool: 'pen',
  color: '#ff0000',
  points: [
    [0.1, 0.1],
    [0.2, 0.15],
  ],
};

/** The CSO makes an event; both pages (the starting one and one that opened) raise it as expected. */
function agentMade(
  id: string,
  provoke: (t: CaseContext, chat: Awaited<ReturnType<typeof connectedChat>>) => Promise<void>,
  expect: (chat: Awaited<ReturnType<typeof connectedChat>>) => { handler: Parameters<typeof expectRaised>[1]; args: unknown[][] },
): Resolver {
  return exact(
    id,
    scenario(async (t: CaseContext, s: Scope) => {
      const chat = await connectedChat(t, s);
      await provoke(t, chat);
      const { handler, args } = expect(chat);
      await expectRaised(chat.c, handler, BOTH, args, `the CSO's ${handler}`);
    }),
  );
}

// --- the chat's conversation --------------------------------------------------------------------

const onEcho = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  const { sid } = await c.start('p1');
  await c.open('p2');
  // Another browser in a chat of its own: nothing of this one reaches it.
  const stranger = customer(t, s);
  stranger.page('p1');
  await stranger.start('p1');

  const first = unique('Hello from page 1');
  const second = unique('And from page 2');
  const accepted = await c.get('p1').client.sendMessage(first);
  c.single('p2').SendMessage(second);
  await expectRaised(c, 'OnEcho', BOTH, [[first], [second]], 'OnEcho of each page’s message');

  // A retried send (same clientMessageId, whatever its text) is accepted once: no second OnEcho.
  const retry = await c.call('p1', 'sendMessage', { path: { sid }, body: { msg: 'a retry', clientMessageId: accepted.clientMessageId } });
  t.must(retry.status === 200, `a retried SendMessage (same clientMessageId) answers 200 with the first result (got ${retry.status})`);
  t.must((retry.body as { messageId?: string }).messageId === accepted.messageId, 'the retry answers the first message’s messageId');
  await expectRaised(c, 'OnEcho', BOTH, [[first], [second]], 'after a retried send');
  expectNone(stranger, 'OnEcho', ['p1'], 'a page of another browser session');
});

const onMessageReceived = scenario(async (t: CaseContext, s: Scope) => {
  const network = new StreamControl();
  const { agent, c, sid } = await connectedChat(t, s, { network });
  const texts = [unique('Hi, Alice here'), unique('Let me check'), unique('Done')];
  const send = (msg: string, clientMessageId: string) =>
    agentDoes(t, agent, 'agentSendMessage', { path: { sid }, body: { msg, clientMessageId } });
  await send(texts[0] as string, 'm_conformance_1');
  t.must(await c.until('OnMessageReceived', BOTH, 1), 'both pages raise OnMessageReceived for the first message');
  // The pages' connections die; the next messages go out while they reconnect (Last-Event-ID).
  const connectsBefore = network.connects.length;
  network.drop();
  await send(texts[1] as string, 'm_conformance_2');
  await send(texts[2] as string, 'm_conformance_3');
  // A retried send of the CSO (same clientMessageId) is not a second message.
  await send('a retry', 'm_conformance_2');
  await expectRaised(
    c,
    'OnMessageReceived',
    BOTH,
    texts.map((msg) => [msg]),
    'OnMessageReceived across a dropped stream and a retried send',
  );
  const resumed = network.connects.slice(connectsBefore);
  t.must(resumed.length >= 2, `both pages reconnected after the drop (${resumed.length} new stream requests)`);
  t.must(
    resumed.every((r) => r.lastEventId !== null || r.after !== null),
    'each page resumed from its position (Last-Event-ID or ?after=)',
  );
});

const onTypingStateChanged = agentMade(
  'event:OnTypingStateChanged',
  async (t: CaseContext, { agent, sid }) => {
    await agentDoes(t, agent, 'agentTyping', { path: { sid }, body: { state: 0 } });
    await agentDoes(t, agent, 'agentTyping', { path: { sid }, body: { state: 1 } });
  },
  () => ({ handler: 'OnTypingStateChanged', args: [[0], [1]] }),
);

const onAppMessageReceived = agentMade(
  'event:OnAppMessageReceived',
  async (t: CaseContext, { agent, sid }) => {
    await agentDoes(t, agent, 'agentSendAppMessage', { path: { sid }, body: { type: 'ui-command', msg: APP_MESSAGE } });
  },
  ({ agent }) => ({ handler: 'OnAppMessageReceived', args: [[agent.name, APP_MESSAGE]] }),
);

const onHistoryReceived = agentMade(
  'event:OnHistoryReceived',
  async (t: CaseContext, { agent, sid }) => {
    await agentDoes(t, agent, 'agentSendHistory', { path: { sid }, body: { history: HISTORY as never } });
  },
  () => ({ handler: 'OnHistoryReceived', args: [[HISTORY]] }),
);

const onCallbackRequestStatus = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, c, sid } = await connectedChat(t, s);
  c.single('p2').RequestCallback('+65 9123 4567');
  t.must(await c.until('OnCallbackRequestStatus', BOTH, 1), 'both pages hear the customer’s callback request');
  await agentDoes(t, agent, 'agentRequestCallback', { path: { sid }, body: { contact: '+65 9123 4567' } });
  await expectRaised(
    c,
    'OnCallbackRequestStatus',
    BOTH,
    [
      [true, true],
      [false, true],
    ],
    'OnCallbackRequestStatus(isCustomerReq, status) for the page’s request, then the CSO’s',
  );
});

// --- routing: queue, CSOs -----------------------------------------------------------------------

const onCallQueued = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  // A chat ahead of ours, in another browser: when it leaves the queue, ours moves up.
  const ahead = customer(t, s);
  ahead.page('p1');
  await ahead.start('p1');
  t.must(await ahead.until('OnCallQueued', ['p1']), 'the first chat is queued');

  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  await c.start('p1');
  t.must(await c.until('OnCallQueued', ['p1']), 'the starting page raises OnCallQueued');
  const [first] = c.args('OnCallQueued', 'p1');
  const position = first?.[0] as number;
  t.must(
    same(c.sequence('p1', ['OnStartSuccess', 'OnCallQueued']), ['OnStartSuccess', 'OnCallQueued']),
    `OnCallQueued follows OnStartSuccess (${show(c.sequence('p1'))})`,
  );
  const [aheadPosition] = ahead.args('OnCallQueued', 'p1')[0] ?? [];
  t.must(position > (aheadPosition as number), `a later chat is further back (${position} after ${show(aheadPosition)})`);

  const [session] = await c.open('p2');
  t.must(session?.state === 'queued', `a page that opens reads state queued from the Session (${show(session?.state)})`);
  t.must(session?.queuePosition === position, `and the position OnCallQueued said (${show(session?.queuePosition)}, ${position})`);

  await ahead.get('p1').client.end('conformance: leaving the queue');
  t.must(
    await t.until(() => c.calls('OnCallQueued', 'p1').length >= 2),
    'the starting page raises OnCallQueued again when its position changes',
  );
  const moved = c.args('OnCallQueued', 'p1')[1]?.[0] as number;
  t.must(moved < position, `the new position is nearer the front (${moved} after ${position})`);
  await sleep(SETTLE_MS);
  expectNone(c, 'OnCallQueued', ['p2'], 'a page that joined by Open (the document: only chats created by Start receive it)');
});

const onRemoteUserConnected = scenario(async (t: CaseContext, s: Scope) => {
  const alice = await readyAgent(t, 'Alice');
  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  const { sid } = await c.start('p1');
  await c.open('p2');
  await accept(t, alice, sid);
  await expectRaised(
    c,
    'OnRemoteUserConnected',
    BOTH,
    [[alice.name, alice.agentId, sid]],
    'OnRemoteUserConnected(name, agentId, sessionId)',
  );
  // A transfer: the new CSO connects, and the pages hear it again.
  const bob = await t.agent('Bob');
  await agentDoes(t, alice, 'transferChat', { path: { sid }, body: { toAgentId: bob.agentId } });
  t.must((await agentEvent(bob, (e) => e.event === 'ChatOffered' && e.sid === sid)) !== undefined, 'the other CSO is offered the chat');
  await accept(t, bob, sid);
  await expectRaised(
    c,
    'OnRemoteUserConnected',
    BOTH,
    [
      [alice.name, alice.agentId, sid],
      [bob.name, bob.agentId, sid],
    ],
    'OnRemoteUserConnected again on a transfer',
  );
});

const onConferenceUserLeft = scenario(async (t: CaseContext, s: Scope) => {
  const { agent: alice, c, sid } = await connectedChat(t, s);
  const bob = await t.agent('Bob');
  await agentDoes(t, alice, 'inviteToConference', { path: { sid }, body: { agentId: bob.agentId } });
  t.must((await agentEvent(bob, (e) => e.event === 'ChatOffered' && e.sid === sid)) !== undefined, 'the invited CSO is offered the chat');
  await accept(t, bob, sid);
  t.must(
    await t.until(() => BOTH.every((p) => c.args('OnRemoteUserConnected', p).some((args) => args[1] === bob.agentId))),
    'the pages hear the invited CSO connect',
  );
  const farewell = unique('Bob has left the chat');
  await agentDoes(t, bob, 'leaveConference', { path: { sid }, body: { msg: farewell } });
  await expectRaised(c, 'OnConferenceUserLeft', BOTH, [[bob.name, farewell]], 'OnConferenceUserLeft(agent, msg)');
  // The chat goes on with the other CSO.
  const still = unique('Still here');
  await agentDoes(t, alice, 'agentSendMessage', { path: { sid }, body: { msg: still, clientMessageId: 'm_conformance_after' } });
  await expectRaised(c, 'OnMessageReceived', BOTH, [[still]], 'the chat goes on after a CSO left');
  expectNone(c, 'OnEnd', BOTH, 'a conference member leaving does not end the chat');
});

// --- the chat's end and failures ----------------------------------------------------------------

const onEnd = scenario(async (t: CaseContext, s: Scope) => {
  const staff = await staffed(t);
  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  const { sid, seq } = await c.start('p1');
  await c.open('p2');
  const reason = unique('customer closed the chat');
  await c.get('p1').client.end(reason);
  // End answers after OnEnd is on the stream.
  const polled = await c.poll('p1', seq);
  t.must(
    polled.some((e) => e.event === 'OnEnd' && e.sid === sid),
    'when End answers, OnEnd is on the stream already (spec/README.md: End answers after OnEnd is on the stream)',
  );
  await expectRaised(c, 'OnEnd', BOTH, [['client', reason]], 'OnEnd(initiator, reason) for the page’s End');

  if (staff === undefined) {
    t.info('no agent driver: OnEnd for a chat the CSO ends (initiator server, no reason) not checked');
    return;
  }
  // The CSO ends a chat: initiator server, and no reason in this version of the document.
  const other = customer(t, s);
  other.page('p1');
  other.page('p2');
  const second = await other.start('p1');
  await other.open('p2');
  await accept(t, staff, second.sid);
  await agentDoes(t, staff, 'agentEndChat', { path: { sid: second.sid }, body: { reason: 'resolved' } });
  await expectRaised(other, 'OnEnd', BOTH, [['server', undefined]], 'OnEnd when the CSO ends the chat');
  t.must(
    other.calls('OnEnd', 'p1')[0]?.args.length === 2 && other.calls('OnEnd', 'p1')[0]?.args[1] === undefined,
    'a server end passes no reason',
  );
});

const onInternalServerError = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  const { sid } = await c.start('p1');
  await c.open('p2');
  // p1 leaves the chat on the server (its Close went out, e.g. as it was put in the back-forward
  // cache) while the application still sends: the deployment answers UnOpenedSessionNotAllowed.
  const closed = await c.call('p1', 'closePage');
  t.must(closed.status === 204, `Close answers 204 (got ${closed.status})`);
  const text = unique('sent after leaving');
  c.single('p1').SendMessage(text);
  await expectRaised(c, 'OnInternalServerError', ['p1'], [['UnOpenedSessionNotAllowed']], 'OnInternalServerError(errorCode)');
  expectNone(c, 'OnInternalServerError', ['p2'], 'a page whose call did not fail');
  t.must(!c.raised.some((r) => r.handler === 'OnEcho' && r.args[0] === text), 'the refused message is not echoed on any page');
  t.must(c.get('p2').client.sids.includes(sid), 'the chat goes on for the page still in it');
});

// --- the client library's events from call answers ----------------------------------------------

const onStartSuccess = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  c.single('p1').Start(t.details());
  t.must(await c.until('OnStartSuccess', ['p1']), 'Start raises OnStartSuccess on the calling page');
  t.must(await c.until('OnCallQueued', ['p1']), 'OnCallQueued follows');
  await sleep(SETTLE_MS);
  t.must(same(c.args('OnStartSuccess', 'p1'), [[]]), `OnStartSuccess() once, without parameters (${show(c.args('OnStartSuccess', 'p1'))})`);
  t.must(
    c.sequence('p1', ['OnStartSuccess', 'OnCallQueued', 'OnSystemNotification'])[0] === 'OnStartSuccess',
    `OnStartSuccess comes before any event of the new chat (${show(c.sequence('p1'))})`,
  );
  await c.open('p2');
  await sleep(SETTLE_MS);
  expectNone(c, 'OnStartSuccess', ['p2'], 'another page of the browser (it opened the chat)');
});

const onStartFailed = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  await c.start('p1');
  // The page in the chat starts again; a page that never opened it starts too.
  c.single('p1').Start(t.details());
  c.single('p2').Start(t.details());
  await expectRaised(
    c,
    'OnStartFailed',
    ['p1'],
    [['AlreadyStartedAndInSession', 'AlreadyStartedAndInSession']],
    'a second Start of the page in the chat',
  );
  await expectRaised(
    c,
    'OnStartFailed',
    ['p2'],
    [['UnOpenedSessionPerformedStart', 'UnOpenedSessionPerformedStart']],
    'a Start of a page that never opened the chat',
  );
  t.must(c.calls('OnStartSuccess').length === 1, 'no OnStartSuccess for a refused Start');
  t.must(c.get('p2').client.sids.length === 0, 'the refused page takes part in no chat');
});

const onOpenSuccess = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  const { sid, clientId } = await c.start('p1');
  const before = unique('Before the second page');
  await c.get('p1').client.sendMessage(before);
  t.must(await c.until('OnEcho', ['p1']), 'the first page hears its echo');

  c.single('p2').Open();
  t.must(await c.until('OnOpenSuccess', ['p2']), 'Open raises OnOpenSuccess on the calling page');
  const after = unique('After the second page opened');
  await c.get('p1').client.sendMessage(after);
  await expectRaised(c, 'OnEcho', ['p2'], [[after]], 'the opened page: the transcript and the stream meet exactly (no repeat, no gap)');

  const calls = c.args('OnOpenSuccess', 'p2');
  t.must(calls.length === 1, `OnOpenSuccess once (${calls.length})`);
  const session = calls[0]?.[0] as { sid: string; clientId: string; state: string; trans: { type: string; msg?: string }[] };
  t.must(session?.sid === sid && session.clientId === clientId, `the Session is the chat (${show(session?.sid)})`);
  t.must(session.state === 'queued', `its state (${show(session.state)})`);
  const texts = session.trans.filter((e) => e.type === 'msg').map((e) => decodeURIComponent(e.msg ?? ''));
  t.must(same(texts, [before]), `its transcript holds the message sent before, URL-encoded (${show(session.trans)})`);
  expectNone(c, 'OnOpenSuccess', ['p1'], 'the page that did not call Open');
});

const onOpenFailed = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  c.page('p3');
  c.single('p1').Open();
  await expectRaised(c, 'OnOpenFailed', ['p1'], [['NoSessionFound', 'NoSessionFound']], 'Open without a chat');
  const started = await c.start('p2');
  await c.get('p2').client.end('done');
  t.must(await c.until('OnEnd', ['p2']), 'the chat ends');
  c.single('p3').Open();
  await expectRaised(
    c,
    'OnOpenFailed',
    ['p3'],
    [['AlreadyEndedSession', 'AlreadyEndedSession']],
    `Open after the chat ${started.sid} ended`,
  );
  expectNone(c, 'OnOpenFailed', ['p2'], 'a page that did not call Open');
  expectNone(c, 'OnOpenSuccess', ['p1', 'p2', 'p3'], 'no page');
});

const onCampaignContactCreated = scenario(async (t: CaseContext, s: Scope) => {
  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  await c.get('p2').client.getAccessToken();
  c.single('p1').CreateCampaignContact({ campaign: 'card-upgrade', name: 'Tan Mei Ling', mobile: '+65 9123 4567' });
  t.must(await c.until('OnCampaignContactCreated', ['p1']), 'CreateCampaignContact raises OnCampaignContactCreated');
  const [[response]] = c.args('OnCampaignContactCreated', 'p1') as [[{ resultCode: string; contactId?: string }]];
  t.must(response.resultCode === 'Success', `resultCode Success (${show(response)})`);
  // A refusal is the problem's code as resultCode.
  c.single('p1').CreateCampaignContact({ note: 'x'.repeat(70_000) });
  t.must(await c.until('OnCampaignContactCreated', ['p1'], 2), 'a refused contact raises it too');
  const refused = c.args('OnCampaignContactCreated', 'p1')[1]?.[0] as { resultCode: string };
  t.must(
    refused.resultCode === 'PayloadTooLarge' || refused.resultCode === 'InvalidRequest',
    `a contact over the size limit: the problem's code as resultCode (${show(refused)})`,
  );
  await sleep(SETTLE_MS);
  t.must(c.args('OnCampaignContactCreated', 'p1').length === 2, 'once per call');
  expectNone(c, 'OnCampaignContactCreated', ['p2'], 'another page of the browser');
});

const onResetCaptcha = scenario(async (t: CaseContext, s: Scope) => {
  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  const token = await c.call('p1', 'getAccessToken');
  const { captchaRequired } = token.body as { captchaRequired?: boolean };
  if (captchaRequired !== true && !(await t.conditions({ captchaText: TEST_CAPTCHA_TEXT })))
    t.notTestable(
      'the deployment does not require a captcha (GetAccessToken: captchaRequired false) and offers no test conditions to require one: OnResetCaptcha follows only a captcha refusal',
    );
  await c
    .get('p2')
    .client.open()
    .catch(() => undefined);
  // The image makes the browser session's captcha; a wrong text is refused and the page must reload it.
  const image = await t.call('getCaptchaImage', { browser: c.browser });
  t.must(image.status === 200, `the captcha image answers 200 (got ${image.status})`);
  const details = new SessionDetails();
  details.eCustDetails = { eCustName: 'Conformance Customer' };
  details.eEnteredCaptcha = 'WRONG9';
  c.single('p1').Start(details);
  await expectRaised(c, 'OnStartFailed', ['p1'], [['CaptchaDoesNotMatch', 'CaptchaDoesNotMatch']], 'Start with a wrong captcha');
  await expectRaised(c, 'OnResetCaptcha', ['p1'], [[]], 'OnResetCaptcha() after the refusal');
  t.must(
    same(c.sequence('p1', ['OnStartFailed', 'OnResetCaptcha']), ['OnStartFailed', 'OnResetCaptcha']),
    'OnResetCaptcha follows OnStartFailed',
  );
  expectNone(c, 'OnResetCaptcha', ['p2'], 'another page of the browser');
});

// --- callbacks the deployment records as it refuses a chat --------------------------------------

// --- the stream itself --------------------------------------------------------------------------

const heartbeat = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s);
  c.page('p1');
  const started = await c.start('p1');
  const interval = started.limits.heartbeatIntervalMs;
  const stream = await RawStream.open(c, s, 'p1', { after: 0 });
  t.must(stream.status === 200, `the event stream answers 200 (got ${stream.status})`);
  // An event a moment in - events come at any time, not in step with the heartbeat's clock - then
  // silence until the heartbeat.
  await sleep(400);
  const text = unique('Then silence');
  await c.get('p1').client.sendMessage(text);
  t.must(await t.until(() => stream.named('OnEcho').length > 0), 'the stream carries the echo');
  t.must(await t.until(() => stream.heartbeats.length > 0, interval + 2000), `a Heartbeat within ${interval + 2000} ms of silence`);
  const [first] = stream.frames;
  t.should(first?.retry !== undefined, `the stream's first frame is a retry field (${show(first)})`);
  const beat = stream.heartbeats[0] as (typeof stream.frames)[number];
  const previous = stream.frames[stream.frames.indexOf(beat) - 1] ?? { at: stream.openedAt };
  const silence = beat.at - previous.at;
  t.must(beat.id === undefined, `a Heartbeat has no id (${show(beat.id)})`);
  const newest = Math.max(0, ...stream.events.map((e) => e.seq));
  t.must(beat.data?.latestSeq === newest, `its latestSeq is the newest seq of the browser session (${show(beat.data)}, ${newest})`);
  t.must(silence <= interval + 1000, `it fills a silence of about heartbeatIntervalMs (${silence} ms, interval ${interval} ms)`);
  t.should(
    silence <= interval + 250,
    `no silence between two frames exceeds heartbeatIntervalMs (${silence} ms from the previous frame to the Heartbeat, heartbeatIntervalMs ${interval})`,
  );
  t.must(consecutive(stream.events.map((e) => e.seq)), 'the events before it: every seq, in order');
});

const resync = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  const ended = await c.start('p1');
  await c.get('p1').client.end('first chat');
  t.must(await c.until('OnEnd', ['p1']), 'the first chat ends');
  const { sid } = await c.start('p1');
  await c.get('p1').client.sendMessage(unique('In the second chat'));
  const events = await c.poll('p1');
  const newest = Math.max(...events.map((e) => Number(e.seq)));
  // A page comes back from a position the deployment does not hold.
  const stream = await RawStream.open(c, s, 'p2', { lastEventId: newest + 1000 });
  await t.until(() => stream.events.length > 0, 2000);
  const [first] = stream.events;
  if (stream.status !== 200 || first?.name !== 'Resync')
    t.notTestable(
      `the retention window (limits.eventRetention: at least 30 s) is longer than a run may wait, and the deployment answered a position it does not hold (after its newest seq) with ${stream.status} ${show(first?.name)}, not a Resync`,
    );
  t.info('provoked by a position after the newest seq (a page whose deployment lost its log), not by waiting out eventRetention');
  const data = first.data.data as { sessions: { sid: string; clientId: string; state: string; trans: unknown[] }[]; ended?: string[] };
  t.must(first.seq === newest, `the Resync's seq is the newest existing seq (${first.seq}, ${newest})`);
  t.must(first.id === String(first.seq), `its frame id is that seq (${show(first.id)})`);
  const openSessions = await c.open('p1');
  t.must(same(data.sessions, openSessions), `its sessions are the transcripts as Open returns them (${show(data.sessions)})`);
  t.must(
    (data.ended ?? []).every((e) => e !== sid),
    `ended names no chat that is still active (${show(data.ended)})`,
  );
  t.should((data.ended ?? []).includes(ended.sid), `ended names the chat that ended (${show(data.ended)}, ${ended.sid})`);
  // The stream goes on from the snapshot with nothing skipped.
  const later = unique('After the resync');
  await c.get('p1').client.sendMessage(later);
  t.must(await t.until(() => stream.named('OnEcho').length > 0), 'the stream goes on after the Resync');
  const echo = stream.named('OnEcho')[0];
  t.must(echo?.seq === first.seq + 1 && echo.data.data !== undefined, `the next event is the snapshot's seq + 1 (${echo?.seq})`);
});

const serverStateChanged = scenario(async (t: CaseContext, s: Scope) => {
  // What this proves: with the page's network silent (the suite holds the stream's bytes - a
  // deployment cannot be silenced from outside), the client library raises
  // OnServerStateChanged('offline') once the silence passes its threshold; when the connection
  // dies and the page reconnects with Last-Event-ID, the deployment's frames raise ('online'), and
  // the message the CSO sent during the silence arrives, once. The threshold is lowered from the
  // document's 9 s to 1.5 s so that the case stays short; the page is kept busy until the silence
  // begins, so only the simulated silence can reach the threshold (event:Heartbeat checks that a
  // deployment is never silent for longer than heartbeatIntervalMs).
  const network = new StreamControl();
  const offlineAfterMs = 1500;
  const { agent, c, sid } = await connectedChat(t, s, { network, pageOptions: { offlineAfterMs } });
  const first = unique('Before the silence');
  await agentDoes(t, agent, 'agentSendMessage', { path: { sid }, body: { msg: first, clientMessageId: 'm_conformance_s1' } });
  t.must(await c.until('OnMessageReceived', ['p1']), 'the page hears the CSO');
  expectNone(c, 'OnServerStateChanged', ['p1'], 'while frames arrive');

  network.stall();
  const silent = unique('During the silence');
  await agentDoes(t, agent, 'agentSendMessage', { path: { sid }, body: { msg: silent, clientMessageId: 'm_conformance_s2' } });
  t.must(
    await t.until(() => c.calls('OnServerStateChanged', 'p1').length > 0, offlineAfterMs + 2000),
    `OnServerStateChanged('offline') after ${offlineAfterMs} ms without a frame`,
  );
  t.must(same(c.args('OnServerStateChanged', 'p1'), [['offline']]), `offline, once (${show(c.args('OnServerStateChanged', 'p1'))})`);
  t.must(c.args('OnMessageReceived', 'p1').length === 1, 'nothing arrives while the network is silent');

  const connects = network.connects.length;
  network.drop();
  t.must(
    await t.until(() => c.calls('OnServerStateChanged', 'p1').length >= 2, 5000),
    "OnServerStateChanged('online') once frames arrive again",
  );
  await expectRaised(c, 'OnMessageReceived', ['p1'], [[first], [silent]], 'the message sent during the silence, after reconnecting');
  t.must(
    same(c.args('OnServerStateChanged', 'p1'), [['offline'], ['online']]),
    `offline then online, each once (${show(c.args('OnServerStateChanged', 'p1'))})`,
  );
  const resumed = network.connects[connects];
  t.must(resumed?.lastEventId !== null && resumed?.lastEventId !== undefined, 'the page resumed with Last-Event-ID');
  t.must(
    c.sequence('p1', ['OnServerStateChanged', 'OnMessageReceived']).slice(-2).join() === 'OnServerStateChanged,OnMessageReceived',
    'online is raised before the events that follow the silence',
  );
  expectNone(c, 'OnEnd', ['p1'], 'the chat survived the silence');
});

// --- multi-chat: a new chat joins the pages already in a chat -----------------------------------

const chatStarted = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s, 'multi');
  c.page('p1');
  c.page('p2');
  c.page('p3');
  const a = await c.start('p1', 'support-1');
  await c.open('p2');
  await c.get('p3').client.getAccessToken();
  const stream = await RawStream.open(c, s, 'p2', { after: a.seq });
  const b = await c.start('p1', 'sales-1');
  t.must(await c.until('OnOpenSuccess', ['p2'], 2), 'the page in a chat raises OnOpenSuccess for the new chat');
  const joined = c.args('OnOpenSuccess', 'p2')[1]?.[0] as { sid: string; clientId: string }[];
  t.must(
    Array.isArray(joined) && joined.length === 1 && joined[0]?.sid === b.sid && joined[0].clientId === 'sales-1',
    `OnOpenSuccess([Session]) with the new chat (${show(joined)})`,
  );
  t.must(await t.until(() => stream.named('ChatStarted').length > 0), 'the stream carries ChatStarted');
  const [started] = stream.named('ChatStarted');
  const data = started?.data.data as { session: { sid: string }; startedBy: string };
  t.must(started?.data.sid === b.sid && started.data.clientId === 'sales-1', `ChatStarted names the new chat (${show(started?.data)})`);
  t.must(data.session.sid === b.sid, 'with its Session');
  t.must(data.startedBy === c.get('p1').client.pageId, 'and the page that started it (startedBy)');
  const queued = stream.named('OnCallQueued').find((e) => e.data.sid === b.sid);
  t.must(queued === undefined || queued.seq > (started?.seq ?? 0), 'ChatStarted comes before the new chat’s other events');
  await sleep(SETTLE_MS);
  expectNone(c, 'OnOpenSuccess', ['p1'], 'the starting page (it has OnStartSuccess)');
  // The joined page takes part: it may send in the new chat; a page in no chat did not join.
  const text = unique('From the joined page');
  await c.get('p2').client.sendMessage(text, b.sid);
  await expectRaised(c, 'OnEcho', ['p1', 'p2'], [[text, b.sid]], 'a message the joined page sends in the new chat');
  const stranger = await c.call('p3', 'sendMessage', { path: { sid: b.sid }, body: { msg: 'x', clientMessageId: 'm_conformance_p3' } });
  t.must(
    (stranger.body as { code?: string }).code === 'UnOpenedSessionNotAllowed',
    `a page that took part in no chat did not join (${stranger.status} ${show(stranger.body)})`,
  );
});

// --- audio/video and co-browse signaling (raw streams of both pages) ----------------------------

/** A call of a connected chat, both pages' raw streams open, ringing on the CSO's desktop (answered unless `answered` is false). */
export async function callInProgress(t: CaseContext, s: Scope, answered = true) {
  const chat = await connectedChat(t, s);
  const { c, sid, agent } = chat;
  const streams = [await RawStream.open(c, s, 'p1', { after: 0 }), await RawStream.open(c, s, 'p2', { after: 0 })];
  const started = await c.call('p1', 'startAvCall', { path: { sid }, body: { audio: true, video: true } });
  if (started.status === 404 || started.status === 501)
    t.notTestable(`the deployment has no audio/video calls (StartAvCall answered ${started.status})`);
  t.must(started.status === 201, `StartAvCall answers 201 (got ${started.status}: ${show(started.body)})`);
  const { callId } = started.body as { callId: string };
  t.must((await agentEvent(agent, (e) => e.event === 'AvCallRequested' && e.sid === sid)) !== undefined, 'the CSO is asked to answer');
  if (answered) await agentDoes(t, agent, 'agentAnswerAvCall', { path: { sid }, body: { callId } });
  return { ...chat, streams, callId };
}

/** Co-browsing of a connected chat (started by p1 with `config`), both pages' raw streams open, the CSO told. */
export async function cobrowsing(
  t: CaseContext,
  s: Scope,
  config = { domControlList: CONTROLS, isMousePointerCapture: false, isAnnotationEnabled: true },
) {
  const chat = await connectedChat(t, s);
  const { c, sid, agent } = chat;
  const streams = [await RawStream.open(c, s, 'p1', { after: 0 }), await RawStream.open(c, s, 'p2', { after: 0 })];
  const started = await c.call('p1', 'startCobrowse', { path: { sid }, body: config });
  if (started.status === 404 || started.status === 501)
    t.notTestable(`the deployment has no co-browsing (StartCobr answered ${started.status})`);
  t.must(started.status === 201, `StartCobr answers 201 (got ${started.status}: ${show(started.body)})`);
  const { cobrowseId } = started.body as { cobrowseId: string };
  t.must((await agentEvent(agent, (e) => e.event === 'CobrowseStarted' && e.sid === sid)) !== undefined, 'the CSO hears of it');
  return { ...chat, streams, cobrowseId };
}

/** Every stream of the browser session carries exactly these events of these names, once each, in order. */
export async function onEveryStream(
  t: CaseContext,
  streams: RawStream[],
  names: string[],
  expected: unknown[],
  what: string,
): Promise<void> {
  await t.until(() => streams.every((stream) => stream.named(...names).length >= expected.length));
  await sleep(SETTLE_MS);
  for (const [index, stream] of streams.entries()) {
    const got = stream.named(...names).map((e) => ({ event: e.name, sid: e.data.sid, data: e.data.data }));
    t.must(same(got, expected), `${what}: stream of page p${index + 1} carried ${show(got)}, expected ${show(expected)}`);
  }
}

const avSignal = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, sid, streams, callId } = await callInProgress(t, s);
  await agentDoes(t, agent, 'agentSendAvSignal', { path: { sid }, body: { callId, signal: ANSWER as never } });
  await agentDoes(t, agent, 'agentSendAvSignal', { path: { sid }, body: { callId, signal: CANDIDATE as never } });
  await onEveryStream(
    t,
    streams,
    ['AvSignal'],
    [ANSWER, CANDIDATE].map((signal) => ({ event: 'AvSignal', sid, data: { callId, signal } })),
    "the CSO's SDP answer and ICE candidate",
  );
});

const avMediaStateChanged = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, sid, streams, callId } = await callInProgress(t, s);
  await agentDoes(t, agent, 'agentPauseAv', { path: { sid }, body: { callId, audio: true, video: false } });
  await agentDoes(t, agent, 'agentPauseAv', { path: { sid }, body: { callId, audio: false, video: false } });
  await onEveryStream(
    t,
    streams,
    ['AvMediaStateChanged'],
    [
      { audio: true, video: false },
      { audio: false, video: false },
    ].map((state) => ({ event: 'AvMediaStateChanged', sid, data: { callId, state } })),
    "the CSO's Pause and its undoing",
  );
});

const avCallEnded = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, c, sid, streams, callId } = await callInProgress(t, s, false);
  // Declined while ringing, hung up by the CSO, ended with the chat.
  await agentDoes(t, agent, 'agentDeclineAvCall', { path: { sid }, body: { callId } });
  const next = async () => {
    const answer = await c.call('p1', 'startAvCall', { path: { sid }, body: { audio: true, video: false } });
    t.must(answer.status === 201, `another call starts (got ${answer.status})`);
    const id = (answer.body as { callId: string }).callId;
    t.must((await agentEvent(agent, (e) => e.event === 'AvCallRequested' && e.data?.callId === id)) !== undefined, 'the CSO is asked');
    await agentDoes(t, agent, 'agentAnswerAvCall', { path: { sid }, body: { callId: id } });
    return id;
  };
  const hungUp = await next();
  await agentDoes(t, agent, 'agentEndAvCall', { path: { sid }, body: { callId: hungUp } });
  const atEnd = await next();
  await agentDoes(t, agent, 'agentEndChat', { path: { sid }, body: { reason: 'resolved' } });
  t.must(await t.until(() => streams.every((stream) => stream.named('OnEnd').length > 0)), 'every stream carries OnEnd');
  const ends = (streams[0]?.named('AvCallEnded') ?? []).map((e) => e.data.data as { callId: string; by: string });
  await onEveryStream(
    t,
    streams,
    ['AvCallEnded'],
    ends.map((data) => ({ event: 'AvCallEnded', sid, data })),
    'the same AvCallEnded on every stream',
  );
  t.must(
    same(
      ends.map((e) => e.callId),
      [callId, hungUp, atEnd],
    ),
    `one AvCallEnded per call, in order (${show(ends)})`,
  );
  t.must(ends[0]?.by === 'a' && ends[1]?.by === 'a', `a decline and a hang-up of the CSO say by: a (${show(ends)})`);
  t.must(ends[2]?.by === 'server', `a call ended by the chat's end says by: server (${show(ends[2])})`);
  const order = (streams[0]?.named('AvCallEnded', 'OnEnd') ?? []).map((e) => e.name);
  t.must(order.at(-1) === 'OnEnd', `the call ends before OnEnd (${show(order)})`);
});

const cobrSignal = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, sid, streams, cobrowseId } = await cobrowsing(t, s);
  await agentDoes(t, agent, 'agentSendCobrowseSignal', { path: { sid }, body: { cobrowseId, signal: ANSWER as never } });
  await agentDoes(t, agent, 'agentSendCobrowseSignal', { path: { sid }, body: { cobrowseId, signal: CANDIDATE as never } });
  await onEveryStream(
    t,
    streams,
    ['CobrSignal'],
    [ANSWER, CANDIDATE].map((signal) => ({ event: 'CobrSignal', sid, data: { cobrowseId, signal } })),
    "the CSO's SDP answer and ICE candidate",
  );
});

const cobrControlValueChanged = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, sid, streams, cobrowseId } = await cobrowsing(t, s);
  const value = { control: 'textbox', id: 'textbox1', value: '12 Orchard Road' };
  await agentDoes(t, agent, 'agentSendCobrowseControlValue', { path: { sid }, body: { cobrowseId, value: value as never } });
  // A control outside domControlList is refused, and nothing reaches the pages.
  const unlisted = await agent.call('agentSendCobrowseControlValue', {
    path: { sid },
    body: { cobrowseId, value: { control: 'textbox', id: 'password', value: 'x' } as never },
  });
  t.must(unlisted.status === 400, `a control outside domControlList is refused with 400 (got ${unlisted.status})`);
  await onEveryStream(
    t,
    streams,
    ['CobrControlValueChanged'],
    [{ event: 'CobrControlValueChanged', sid, data: { cobrowseId, value } }],
    "the CSO's control value",
  );
});

const cobrAnnotation = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, sid, streams, cobrowseId } = await cobrowsing(t, s);
  await agentDoes(t, agent, 'agentSendCobrowseAnnotation', { path: { sid }, body: { cobrowseId, annotation: STROKE as never } });
  await agentDoes(t, agent, 'agentSendCobrowseAnnotation', { path: { sid }, body: { cobrowseId, annotation: { tool: 'clear' } as never } });
  await onEveryStream(
    t,
    streams,
    ['CobrAnnotation'],
    [STROKE, { tool: 'clear' }].map((annotation) => ({ event: 'CobrAnnotation', sid, data: { cobrowseId, annotation } })),
    "the CSO's annotations",
  );
});

const cobrEnded = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, c, sid, streams, cobrowseId } = await cobrowsing(t, s);
  await agentDoes(t, agent, 'agentEndCobrowse', { path: { sid }, body: { cobrowseId } });
  const again = await c.call('p1', 'startCobrowse', {
    path: { sid },
    body: { domControlList: CONTROLS, isMousePointerCapture: false, isAnnotationEnabled: false },
  });
  t.must(again.status === 201, `co-browsing starts again (got ${again.status})`);
  const second = (again.body as { cobrowseId: string }).cobrowseId;
  await agentDoes(t, agent, 'agentEndChat', { path: { sid }, body: { reason: 'resolved' } });
  await t.until(() => streams.every((stream) => stream.named('OnEnd').length > 0));
  await onEveryStream(
    t,
    streams,
    ['CobrEnded'],
    [
      { event: 'CobrEnded', sid, data: { cobrowseId, by: 'a' } },
      { event: 'CobrEnded', sid, data: { cobrowseId: second, by: 'server' } },
    ],
    'CobrEnded by the CSO, then by: server as the chat ends',
  );
  const order = (streams[0]?.named('CobrEnded', 'OnEnd') ?? []).map((e) => e.name);
  t.must(order.at(-1) === 'OnEnd', `co-browsing ends before OnEnd (${show(order)})`);
});

// --- files --------------------------------------------------------------------------------------

const onUploadComplete = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s);
  c.page('p1');
  c.page('p2');
  const { sid } = await c.start('p1');
  await c.open('p2');
  c.single('p1').uploadFiles([new File([NOTE], 'statement.txt', { type: 'text/plain' })]);
  t.must(await c.until('OnUploadComplete', ['p1', 'p2']), 'every page raises OnUploadComplete');
  const response = c.args('OnUploadComplete', 'p1')[0]?.[0] as {
    fileName: string;
    originalName: string;
    fileSize: number;
    fileType: string;
  };
  await expectRaised(c, 'OnUploadComplete', BOTH, [[response]], 'OnUploadComplete(response), the same on every page');
  t.must(response.originalName === 'statement.txt', `originalName is the file's name (${show(response)})`);
  t.must(response.fileSize === new TextEncoder().encode(NOTE).length, `fileSize is its size (${response.fileSize})`);
  t.must(response.fileType === 'text/plain', `fileType is its type (${response.fileType})`);
  // prepareDownloadURL(response.fileName) serves it to the chat's browser.
  const url = c.single('p2').prepareDownloadURL(response.fileName);
  const download = await c.browser.fetch(url);
  t.must(download.status === 200, `prepareDownloadURL's URL answers 200 (got ${download.status} for ${url})`);
  t.must((await download.text()) === NOTE, 'with the file’s bytes');
  t.must(url.includes(encodeURIComponent(sid)), 'the URL is the chat’s');
});

export const eventResolvers: Resolver[] = [
  exact('event:OnEcho', onEcho),
  exact('event:OnMessageReceived', onMessageReceived),
  onTypingStateChanged,
  onAppMessageReceived,
  onHistoryReceived,
  exact('event:OnCallbackRequestStatus', onCallbackRequestStatus),
  exact('event:OnCallQueued', onCallQueued),
  exact('event:OnRemoteUserConnected', onRemoteUserConnected),
  exact('event:OnConferenceUserLeft', onConferenceUserLeft),
  exact('event:OnEnd', onEnd),
  exact('event:OnInternalServerError', onInternalServerError),
  exact('event:OnStartSuccess', onStartSuccess),
  exact('event:OnStartFailed', onStartFailed),
  exact('event:OnOpenSuccess', onOpenSuccess),
  exact('event:OnOpenFailed', onOpenFailed),
  exact('event:OnCampaignContactCreated', onCampaignContactCreated),
  exact('event:OnResetCaptcha', onResetCaptcha),
  exact(
    'event:OnSystemNotification',
    scenario((t: CaseContext, s: Scope) => refusalRaises(t, s, 'single')),
  ),
  exact(
    'event:OnCallbackAutoRegistered',
    scenario((t: CaseContext, s: Scope) => refusalRaises(t, s, 'single')),
  ),
  // NON-STRICT against the reference server, which is wrong (reported to the lead): its heartbeat timer
  // ticks every heartbeatIntervalMs / 3 and writes once the silence reaches heartbeatIntervalMs - 50 ms,
  // so a silence that begins between ticks lasts up to 4/3 of the interval (3.4-3.6 s for 3 s).
  exact('event:Heartbeat', heartbeat),
  exact('event:Resync', resync),
  exact('event:OnServerStateChanged', serverStateChanged),
  // Can FAIL where Start's answer arrives after the stream's ChatStarted (a slower path, e.g. through
  // Prism): the client library then raises OnOpenSuccess on the starting page for its own new chat and
  // drops that chat's OnCallQueued (reported to the lead).
  exact('event:ChatStarted', chatStarted),
  exact('event:AvSignal', avSignal),
  exact('event:AvMediaStateChanged', avMediaStateChanged),
  exact('event:AvCallEnded', avCallEnded),
  exact('event:CobrSignal', cobrSignal),
  exact('event:CobrControlValueChanged', cobrControlValueChanged),
  exact('event:CobrAnnotation', cobrAnnotation),
  exact('event:CobrEnded', cobrEnded),
  exact('event:OnUploadComplete', onUploadComplete),
];
