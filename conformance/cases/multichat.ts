// multichat:<Name or operation> - multilivechat's variants: the Sid each call names and each
// handler passes, the clientId of Start (one chat per clientId, at most maxConcurrentChats),
// OnOpenSuccess with every Session. A customer holds two chats in one browser session - A
// (support-1) and B (sales-1) - on two pages: p1 starts both, p2 opens and joins both. Each case
// acts on one chat and checks that it, and only it, is what the pages and the CSO see.
import type { AgentEvent, AgentSession } from '../agent-driver/driver.ts';
import type { CaseContext } from '../suite/context.ts';
import { exact, type Resolver } from '../suite/registry.ts';
import {
  APP_MESSAGE,
  accept,
  agentDoes,
  agentEvent,
  type Customer,
  customer,
  expectNone,
  expectRaised,
  type HandlerName,
  HISTORY,
  noteFile,
  readyAgent,
  refusalRaises,
  type Scope,
  SETTLE_MS,
  same,
  scenario,
  show,
  sleep,
  staffed,
  unique,
} from './scenarios.ts';

const BOTH = ['p1', 'p2'] as const;
const A = 'support-1';
const B = 'sales-1';

type TwoChats = { c: Customer; a: string; b: string; agent: AgentSession | undefined };

/** Chats A and B of one browser session, p1 started both, p2 opened; with `agent`, a CSO took both. */
async function twoChats(t: CaseContext, s: Scope, agent: boolean): Promise<TwoChats> {
  const cso = agent ? await readyAgent(t) : await staffed(t);
  const c = customer(t, s, 'multi');
  c.page('p1');
  c.page('p2');
  const a = (await c.start('p1', A)).sid;
  const b = (await c.start('p1', B)).sid;
  if (agent && cso !== undefined) {
    await accept(t, cso, a);
    await accept(t, cso, b);
  }
  const sessions = await c.open('p2');
  t.must(
    same(sessions.map((x) => x.sid).sort(), [a, b].sort()),
    `the page that opens joins both chats of the browser session (${show(sessions.map((x) => x.sid))})`,
  );
  return { c, a, b, agent: agent ? cso : undefined };
}

/** The CSO's agent session of a two-chat case (the case needs one). */
const csoOf = (t: CaseContext, chats: TwoChats): AgentSession => {
  if (chats.agent === undefined) return t.notTestable('needs an agent driver');
  return chats.agent;
};

/** Something happens in chat B; both pages raise the handler with B's Sid, and never with A's. */
function inChatB(
  id: string,
  handler: HandlerName,
  provoke: (t: CaseContext, chats: TwoChats) => Promise<void>,
  expected: (chats: TwoChats) => unknown[][],
  agent = true,
): Resolver {
  return exact(
    id,
    scenario(async (t: CaseContext, s: Scope) => {
      const chats = await twoChats(t, s, agent);
      await provoke(t, chats);
      await expectRaised(chats.c, handler, BOTH, expected(chats), `${handler} of chat B (sales-1)`);
      for (const page of BOTH)
        t.must(!chats.c.calls(handler, page).some((r) => r.args.includes(chats.a)), `${handler} never names chat A on ${page}`);
    }),
  );
}

/** The agent events of a chat, after a moment for strays. */
async function agentEventsOf(agent: AgentSession, name: string, sid: string): Promise<AgentEvent[]> {
  await agentEvent(agent, (e) => e.event === name && e.sid === sid);
  await sleep(SETTLE_MS);
  return agent.events.filter((e) => e.event === name && e.sid === sid);
}

// --- calls ---------------------------------------------------------------------------------------

const startChat = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s, 'multi');
  c.page('p1');
  c.page('p2');
  const first = await c.start('p1', A);
  t.must(first.clientId === A, `Start answers the clientId it was given (${first.clientId})`);
  // The same page repeating Start with the clientId of its active chat: a retry, the same chat.
  const retried = await c.start('p1', A);
  t.must(retried.sid === first.sid, `a repeated Start (same page, same clientId) is the same chat (${retried.sid}, ${first.sid})`);
  // One chat per clientId: another page naming it is refused.
  const other = await c
    .get('p2')
    .client.start(t.details(), undefined, A)
    .then(
      () => 'accepted',
      (error: { code?: string }) => error.code,
    );
  t.must(other === 'AlreadyStartedAndInSession', `another page's Start with an active chat's clientId is refused (${other})`);

  // As many chats as limits.maxConcurrentChats announces, each with its clientId; one more is refused.
  const max = first.limits.maxConcurrentChats;
  const sids = [first.sid];
  const outcomes: string[] = [];
  for (let n = 2; n <= Math.min(max, 16) + 1; n++) {
    const outcome = await c.start('p1', `topic-${n}`).then(
      (result) => {
        sids.push(result.sid);
        return 'accepted';
      },
      (error: { code?: string }) => String(error.code),
    );
    outcomes.push(outcome);
  }
  t.must(
    outcomes.slice(0, -1).every((o) => o === 'accepted'),
    `up to maxConcurrentChats (${max}) chats, each with its clientId (${show(outcomes)})`,
  );
  t.must(
    outcomes.at(-1) === 'MaxConcurrentSessionCountReached',
    `a Start beyond the maxConcurrentChats the deployment announced (${max}) answers MaxConcurrentSessionCountReached (got ${show(outcomes.at(-1))})`,
  );
  t.must(new Set(sids).size === sids.length, 'each clientId has its own chat');

  // The clientId of an ended chat is not reused.
  await c.get('p1').client.end('done', first.sid);
  const again = await c.start('p1', A).then(
    () => 'accepted',
    (error: { code?: string }) => error.code,
  );
  t.must(again === 'AlreadyEndedSession', `a Start naming an ended chat's clientId answers AlreadyEndedSession (${again})`);
});

const endChat = scenario(async (t: CaseContext, s: Scope) => {
  const { c, a, b } = await twoChats(t, s, false);
  const reason = unique('done with sales');
  c.multi('p2').End(reason, b);
  await expectRaised(c, 'OnEnd', BOTH, [['client', reason, b]], 'End(reason, Sid) ends the chat named');
  t.must(same(c.get('p1').client.sids, [a]), `the other chat goes on (${show(c.get('p1').client.sids)})`);
  const text = unique('Still in support');
  await c.get('p1').client.sendMessage(text, a);
  await expectRaised(c, 'OnEcho', BOTH, [[text, a]], 'the chat not named still takes messages');
  // End without a Sid ends every chat of the page.
  c.multi('p1').End('leaving');
  await expectRaised(
    c,
    'OnEnd',
    BOTH,
    [
      ['client', reason, b],
      ['client', 'leaving', a],
    ],
    'End() without Sid ends the page’s chats',
  );
});

const sendMessage = scenario(async (t: CaseContext, s: Scope) => {
  const { c, a, b } = await twoChats(t, s, false);
  const toB = unique('About my loan');
  const toA = unique('About my card');
  c.multi('p2').SendMessage(toB, b);
  t.must(await c.until('OnEcho', BOTH, 1), 'the message is echoed');
  c.multi('p1').SendMessage(toA, a);
  await expectRaised(
    c,
    'OnEcho',
    BOTH,
    [
      [toB, b],
      [toA, a],
    ],
    'each message echoed in the chat its Sid named',
  );
  // The transcripts, as a new page opens them: each message in its chat only.
  const p3 = c.page('p3');
  const sessions = await p3.client.open();
  const texts = (sid: string) =>
    (sessions.find((x) => x.sid === sid)?.trans ?? [])
      .filter((e) => e.type === 'msg')
      .map((e) => decodeURIComponent((e as { msg: string }).msg));
  t.must(same(texts(b), [toB]), `chat B's transcript holds its message only (${show(texts(b))})`);
  t.must(same(texts(a), [toA]), `chat A's transcript holds its message only (${show(texts(a))})`);
});

const sendAppMessage = scenario(async (t: CaseContext, s: Scope) => {
  const chats = await twoChats(t, s, true);
  const agent = csoOf(t, chats);
  chats.c.multi('p2').SendAppMessage('form', { field: 'address', step: 2 }, chats.b);
  const got = await agentEventsOf(agent, 'CustomerAppMessage', chats.b);
  t.must(
    got.length === 1 && same(got[0]?.data, { type: 'form', obj: { field: 'address', step: 2 } }),
    `the CSO gets the app message in chat B, once (${show(got)})`,
  );
  t.must(!agent.events.some((e) => e.event === 'CustomerAppMessage' && e.sid === chats.a), 'nothing in chat A');
});

const notifyTyping = scenario(async (t: CaseContext, s: Scope) => {
  const chats = await twoChats(t, s, true);
  const agent = csoOf(t, chats);
  chats.c.multi('p1').NotifyTypingStateChange(0, chats.b);
  const got = await agentEventsOf(agent, 'CustomerTyping', chats.b);
  t.must(got.length === 1 && same(got[0]?.data, { state: 0 }), `the CSO hears the customer typing in chat B, once (${show(got)})`);
  t.must(!agent.events.some((e) => e.event === 'CustomerTyping' && e.sid === chats.a), 'nothing in chat A');
});

const CONTACT = '+65 9123 4567';

const requestCallback = inChatB(
  'multichat:requestCallback:Sid',
  'OnCallbackRequestStatus',
  async (_t, { c, b }) => c.multi('p1').RequestCallback(CONTACT, b),
  ({ b }) => [[true, true, b]],
  false,
);

/** uploadFiles(fileList, Sid): the file lands in chat B (its Session's files), announced with B's Sid. */
async function uploadToB(t: CaseContext, s: Scope): Promise<{ chats: TwoChats; response: { fileName: string } }> {
  const chats = await twoChats(t, s, false);
  chats.c.multi('p2').uploadFiles([noteFile()], chats.b);
  t.must(await chats.c.until('OnUploadComplete', BOTH), 'every page raises OnUploadComplete');
  const response = chats.c.args('OnUploadComplete', 'p1')[0]?.[0] as { fileName: string };
  await expectRaised(chats.c, 'OnUploadComplete', BOTH, [[response, chats.b]], 'OnUploadComplete(response, Sid)');
  return { chats, response };
}

const uploadFiles = scenario(async (t: CaseContext, s: Scope) => {
  const { chats, response } = await uploadToB(t, s);
  const sessions = await chats.c.page('p3').client.open();
  const filesOf = (sid: string) => (sessions.find((x) => x.sid === sid)?.files ?? []).map((f) => f.fileName);
  t.must(same(filesOf(chats.b), [response.fileName]), `chat B's Session lists the file (${show(filesOf(chats.b))})`);
  t.must(filesOf(chats.a).length === 0, `chat A's does not (${show(filesOf(chats.a))})`);
});

// --- events with Sid / clientId -------------------------------------------------------------------

const onEcho = inChatB(
  'multichat:OnEcho:Sid',
  'OnEcho',
  async (_t, { c, b }) => {
    await c.get('p1').client.sendMessage('For sales', b);
  },
  ({ b }) => [['For sales', b]],
  false,
);

const onMessageReceived = inChatB(
  'multichat:OnMessageReceived:Sid',
  'OnMessageReceived',
  async (t, chats) => {
    await agentDoes(t, csoOf(t, chats), 'agentSendMessage', {
      path: { sid: chats.b },
      body: { msg: 'Sales here', clientMessageId: 'm_conformance_b1' },
    });
  },
  ({ b }) => [['Sales here', b]],
);

const onTyping = inChatB(
  'multichat:OnTypingStateChanged:Sid',
  'OnTypingStateChanged',
  async (t, chats) => {
    await agentDoes(t, csoOf(t, chats), 'agentTyping', { path: { sid: chats.b }, body: { state: 0 } });
  },
  ({ b }) => [[0, b]],
);

const onAppMessage = inChatB(
  'multichat:OnAppMessageReceived:Sid',
  'OnAppMessageReceived',
  async (t, chats) => {
    await agentDoes(t, csoOf(t, chats), 'agentSendAppMessage', { path: { sid: chats.b }, body: { type: 'ui-command', msg: APP_MESSAGE } });
  },
  (chats) => [[chats.agent?.name, APP_MESSAGE, chats.b]],
);

const onHistory = inChatB(
  'multichat:OnHistoryReceived:Sid',
  'OnHistoryReceived',
  async (t, chats) => {
    await agentDoes(t, csoOf(t, chats), 'agentSendHistory', { path: { sid: chats.b }, body: { history: HISTORY as never } });
  },
  ({ b }) => [[HISTORY, b]],
);

const onCallbackRequestStatus = inChatB(
  'multichat:OnCallbackRequestStatus:Sid',
  'OnCallbackRequestStatus',
  async (t, chats) => {
    await agentDoes(t, csoOf(t, chats), 'agentRequestCallback', { path: { sid: chats.b }, body: { contact: CONTACT } });
  },
  ({ b }) => [[false, true, b]],
);

const onConferenceUserLeft = scenario(async (t: CaseContext, s: Scope) => {
  const chats = await twoChats(t, s, true);
  const alice = csoOf(t, chats);
  const bob = await t.agent('Bob');
  await agentDoes(t, alice, 'inviteToConference', { path: { sid: chats.b }, body: { agentId: bob.agentId } });
  t.must((await agentEvent(bob, (e) => e.event === 'ChatOffered' && e.sid === chats.b)) !== undefined, 'the invited CSO is offered chat B');
  await accept(t, bob, chats.b);
  await agentDoes(t, bob, 'leaveConference', { path: { sid: chats.b }, body: { msg: 'Bob has left' } });
  await expectRaised(chats.c, 'OnConferenceUserLeft', BOTH, [[bob.name, 'Bob has left', chats.b]], 'OnConferenceUserLeft(agent, msg, Sid)');
});

const onRemoteUserConnected = scenario(async (t: CaseContext, s: Scope) => {
  const agent = await readyAgent(t);
  const c = customer(t, s, 'multi');
  c.page('p1');
  c.page('p2');
  const a = await c.start('p1', A);
  const b = await c.start('p1', B);
  await c.open('p2');
  await accept(t, agent, b.sid);
  await accept(t, agent, a.sid);
  await expectRaised(
    c,
    'OnRemoteUserConnected',
    BOTH,
    [
      [agent.name, agent.agentId, b.sid, B],
      [agent.name, agent.agentId, a.sid, A],
    ],
    'OnRemoteUserConnected(name, agentId, sessionId, clientId) for each chat',
  );
});

const onEnd = scenario(async (t: CaseContext, s: Scope) => {
  const chats = await twoChats(t, s, true);
  const agent = csoOf(t, chats);
  await agentDoes(t, agent, 'agentEndChat', { path: { sid: chats.b }, body: { reason: 'resolved' } });
  t.must(await chats.c.until('OnEnd', BOTH), 'the pages hear chat B end');
  chats.c.multi('p1').End('thanks', chats.a);
  await expectRaised(
    chats.c,
    'OnEnd',
    BOTH,
    [
      ['server', undefined, chats.b],
      ['client', 'thanks', chats.a],
    ],
    'OnEnd(initiator, reason, Sid) for each chat',
  );
});

const onCallQueued = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s, 'multi');
  c.page('p1');
  c.page('p2');
  const a = await c.start('p1', A);
  const b = await c.start('p1', B);
  await c.open('p2');
  t.must(await c.until('OnCallQueued', ['p1'], 2), 'the starting page hears each chat queued');
  await sleep(SETTLE_MS);
  const calls = c.args('OnCallQueued', 'p1');
  t.must(
    calls.length === 2 && calls[0]?.[1] === a.sid && calls[1]?.[1] === b.sid,
    `OnCallQueued(queuePosition, Sid) once per chat, with its Sid (${show(calls)})`,
  );
  t.must(
    (calls[1]?.[0] as number) > (calls[0]?.[0] as number),
    `the later chat is further back in the queue (${show(calls.map((x) => x[0]))})`,
  );
  expectNone(c, 'OnCallQueued', ['p2'], 'a page that joined by Open');
});

const onInternalServerError = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s, 'multi');
  c.page('p1');
  c.page('p3');
  const a = await c.start('p1', A);
  // p3 never opened the chat, and names it: the deployment's problem names the chat...
  const refused = await c.call('p3', 'sendMessage', { path: { sid: a.sid }, body: { msg: 'x', clientMessageId: 'm_conformance_p3' } });
  const problem = refused.body as { code?: string; sid?: string };
  t.must(
    refused.status === 409 && problem.code === 'UnOpenedSessionNotAllowed' && problem.sid === a.sid,
    `the deployment answers UnOpenedSessionNotAllowed naming the chat (sid), from which the library takes the Sid (${refused.status} ${show(problem)})`,
  );
  // ...and the document's SendMessage(msg, Sid) raises the handler with it.
  c.multi('p3').SendMessage(unique('not mine'), a.sid);
  await expectRaised(c, 'OnInternalServerError', ['p3'], [['UnOpenedSessionNotAllowed', a.sid]], 'OnInternalServerError(errorCode, Sid)');
  expectNone(c, 'OnInternalServerError', ['p1'], 'the page in the chat');
  expectNone(c, 'OnEcho', ['p1'], 'the chat (the message was refused)');
});

const onUploadComplete = scenario(async (t: CaseContext, s: Scope) => {
  const { chats, response } = await uploadToB(t, s);
  t.must(typeof response.fileName === 'string', 'the response names the stored file');
  t.must(!chats.c.calls('OnUploadComplete').some((r) => r.args[1] === chats.a), 'nothing for chat A');
});

/** Start(details, VaSession, clientId) on p1, as the document's function; p2 opened the first chat. */
async function startsViaSurface(t: CaseContext, s: Scope) {
  await staffed(t);
  const c = customer(t, s, 'multi');
  c.page('p1');
  c.page('p2');
  c.multi('p1').Start(t.details(), undefined, A);
  t.must(await c.until('OnStartSuccess', ['p1']), 'Start raises OnStartSuccess');
  await c.open('p2');
  c.multi('p1').Start(t.details(), undefined, B);
  t.must(await c.until('OnStartSuccess', ['p1'], 2), 'a second Start raises it again');
  t.must(await c.until('OnCallQueued', ['p1'], 2), 'each chat is queued');
  await sleep(SETTLE_MS);
  return c;
}

const onStartSuccessClientId = scenario(async (t: CaseContext, s: Scope) => {
  const c = await startsViaSurface(t, s);
  const calls = c.args('OnStartSuccess', 'p1');
  t.must(
    calls.length === 2 && calls[0]?.[0] === A && calls[1]?.[0] === B,
    `OnStartSuccess(clientId, …) with each Start's clientId (${show(calls)})`,
  );
  expectNone(c, 'OnStartSuccess', ['p2'], 'a page that joined the new chat (it raises OnOpenSuccess)');
});

const onStartSuccessSid = scenario(async (t: CaseContext, s: Scope) => {
  const c = await startsViaSurface(t, s);
  const calls = c.args('OnStartSuccess', 'p1');
  const sids = c.get('p1').client.sids;
  t.must(
    calls.length === 2 && calls[0]?.[1] === sids[0] && calls[1]?.[1] === sids[1] && sids[0] !== sids[1],
    `OnStartSuccess(clientId, Sid) with each new chat's sid (${show(calls)}, ${show(sids)})`,
  );
  const queued = c.args('OnCallQueued', 'p1').map((x) => x[1]);
  t.must(same(queued, sids), `the chats' events carry the same Sids (${show(queued)})`);
});

const onStartFailedSid = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s, 'multi');
  c.page('p1');
  c.page('p2');
  const a = await c.start('p1', A);
  c.multi('p2').Start(t.details(), undefined, A);
  await expectRaised(
    c,
    'OnStartFailed',
    ['p2'],
    [['AlreadyStartedAndInSession', a.sid, A, 'AlreadyStartedAndInSession']],
    'a Start naming an active chat’s clientId',
  );
  await c.get('p1').client.end('done', a.sid);
  t.must(await c.until('OnEnd', ['p1']), 'the chat ends');
  c.multi('p1').Start(t.details(), undefined, A);
  await expectRaised(
    c,
    'OnStartFailed',
    ['p1'],
    [['AlreadyEndedSession', a.sid, A, 'AlreadyEndedSession']],
    'a Start naming an ended chat’s clientId',
  );
});

const onStartFailedClientId = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s, 'multi');
  c.page('p1');
  c.page('p2');
  const a = await c.start('p1', A);
  c.multi('p2').Start(t.details(), undefined, A);
  await expectRaised(
    c,
    'OnStartFailed',
    ['p2'],
    [['AlreadyStartedAndInSession', a.sid, A, 'AlreadyStartedAndInSession']],
    'a refusal about an existing chat',
  );
  // A refusal that names no chat: past the most chats of a browser session.
  let refused: string | undefined;
  for (let n = 2; n <= 17 && refused === undefined; n++) {
    const clientId = `topic-${n}`;
    await c.start('p1', clientId).catch(() => {
      refused = clientId;
    });
  }
  if (refused === undefined) return t.notTestable('the browser session took 17 chats without refusing one');
  await expectRaised(
    c,
    'OnStartFailed',
    ['p1'],
    [['MaxConcurrentSessionCountReached', undefined, refused, 'MaxConcurrentSessionCountReached']],
    'a refusal without a chat still passes the clientId the Start named',
  );
});

const onOpenSuccess = scenario(async (t: CaseContext, s: Scope) => {
  await staffed(t);
  const c = customer(t, s, 'multi');
  c.page('p1');
  c.page('p2');
  const a = await c.start('p1', A);
  const b = await c.start('p1', B);
  await c.get('p1').client.sendMessage('In chat B', b.sid);
  c.multi('p2').Open();
  await t.until(() => c.calls('OnOpenSuccess', 'p2').length > 0 || c.calls('OnOpenFailed', 'p2').length > 0);
  t.must(c.calls('OnOpenSuccess', 'p2').length > 0, `Open raises OnOpenSuccess (OnOpenFailed: ${show(c.args('OnOpenFailed', 'p2'))})`);
  await sleep(SETTLE_MS);
  const calls = c.args('OnOpenSuccess', 'p2');
  t.must(calls.length === 1, `once (${calls.length})`);
  const sessions = calls[0]?.[0] as { sid: string; clientId: string; trans: { type: string; msg?: string }[] }[];
  t.must(Array.isArray(sessions), `OnOpenSuccess(Session[]) passes the array (${show(sessions)})`);
  const byClient = Object.fromEntries(sessions.map((x) => [x.clientId, x]));
  t.must(
    sessions.length === 2 && byClient[A]?.sid === a.sid && byClient[B]?.sid === b.sid,
    `every active chat of the browser session, each with its clientId (${show(sessions.map((x) => [x.sid, x.clientId]))})`,
  );
  const textsOfB = (byClient[B]?.trans ?? []).filter((e) => e.type === 'msg').map((e) => decodeURIComponent(e.msg ?? ''));
  t.must(same(textsOfB, ['In chat B']), `each with its own transcript (${show(textsOfB)})`);
  expectNone(c, 'OnOpenSuccess', ['p1'], 'the page that did not call Open');
});

export const multichatResolvers: Resolver[] = [
  // FAIL against the reference server, which is wrong (reported to the lead): Start and Open announce
  // limits.maxConcurrentChats 1 in multi-chat too, and a second chat is accepted (up to
  // LIVECHAT_MAX_CHATS_PER_BROWSER, 4).
  exact('multichat:startChat:clientId', startChat),
  exact('multichat:endChat:Sid', endChat),
  exact('multichat:sendMessage:Sid', sendMessage),
  exact('multichat:sendAppMessage:Sid', sendAppMessage),
  exact('multichat:notifyTypingStateChange:Sid', notifyTyping),
  requestCallback,
  exact('multichat:uploadFiles:Sid', uploadFiles),
  exact('multichat:OnEnd:Sid', onEnd),
  // NON-STRICT against the reference server because of the client library (reported to the lead): the
  // surface's reporter raises OnInternalServerError(errorCode) without the Sid the problem carries.
  exact('multichat:OnInternalServerError:Sid', onInternalServerError),
  exact('multichat:OnCallQueued:Sid', onCallQueued),
  exact('multichat:OnRemoteUserConnected:clientId', onRemoteUserConnected),
  exact(
    'multichat:OnSystemNotification:Sid',
    scenario((t: CaseContext, s: Scope) => refusalRaises(t, s, 'multi')),
  ),
  onCallbackRequestStatus,
  exact('multichat:OnConferenceUserLeft:Sid', onConferenceUserLeft),
  onMessageReceived,
  onEcho,
  onTyping,
  onAppMessage,
  onHistory,
  exact('multichat:OnUploadComplete:Sid', onUploadComplete),
  exact('multichat:OnStartSuccess:clientId', onStartSuccessClientId),
  exact('multichat:OnStartSuccess:Sid', onStartSuccessSid),
  exact('multichat:OnStartFailed:Sid', onStartFailedSid),
  exact('multichat:OnStartFailed:clientId', onStartFailedClientId),
  exact('multichat:OnOpenSuccess:Session', onOpenSuccess),
  exact(
    'multichat:OnCallbackAutoRegistered:Sid',
    scenario((t: CaseContext, s: Scope) => refusalRaises(t, s, 'multi')),
  ),
];
