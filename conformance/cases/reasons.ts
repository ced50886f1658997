// reason:<ReasonCode> - OnSystemNotification (and its synonym) carries each reason when that
// happens. Each case puts a deployment set up for testing into the state it needs
// (SetTestConditions, through the agent driver); where the deployment offers no such conditions
// it creates the state from outside if a run can, and reports not testable otherwise, naming the
// state it needed - a refusal is never assumed:
//
// - NoStaffedAgents: a chat started while no CSO is logged in, else `staffed: false` (asking for a
//   condition logs a CSO in, so it comes second). Without conditions the case needs a deployment
//   with no CSO logged in at all - the agent interface has no logout, so it must run before any
//   case logs a CSO in (a fresh deployment, --filter "OnSystemNotification|OnCallbackAutoRegistered|reason:").
//   Then it also checks that a chat started once a CSO is logged in is not refused so.
// - QueueIsTooBig: `queueLimit: 1`; without it, with a CSO logged in, the case queues up to
//   QUEUE_FILL chats (each its own browser) - a larger queue is not filled by a conformance run.
// - TimedOutInQueue: `queueTimeoutMs`; without it the case waits QUEUE_WAIT_MS, as the deployment
//   announces no queue timeout.
// - ErrorInGetAgentDetails, ErrorAgentDetails, InternalServerError: failures of the deployment's
//   own systems that no customer or CSO can cause - `routingFailure` only.
import type { CaseContext } from '../suite/context.ts';
import { exact, type Resolver } from '../suite/registry.ts';
import { checkRefusal, customer, expectNone, QUEUE_FILL, refusedChat, type Scope, scenario, show, staffed } from './scenarios.ts';

/** How long the TimedOutInQueue case waits for a queued chat to time out, when it cannot set the timeout. */
export const QUEUE_WAIT_MS = 1500;
/** The queue timeout it sets where the deployment takes test conditions. */
const TEST_QUEUE_TIMEOUT_MS = 1000;

const noStaffedAgents = scenario(async (t: CaseContext, s: Scope) => {
  // No CSO of this case logs in before the first Start (t.staff() would make one); where one is
  // logged in, none counts while the test condition says so (asking for it logs a CSO in).
  let refused = await refusedChat(t, s, 'single', false);
  const unstaffed = refused === undefined && (await t.conditions({ staffed: false }));
  if (unstaffed) refused = await refusedChat(t, s, 'single', false);
  if (refused === undefined)
    return t.notTestable(
      'a CSO is logged in on this deployment (a new chat was queued): NoStaffedAgents needs none logged in; CSOs stay logged in once a case logs them in, so run this case first on a fresh deployment (--filter "reason:NoStaffedAgents")',
    );
  if (refused.reasonCode !== 'NoStaffedAgents')
    return t.notTestable(
      `with no ready CSO the deployment refused the chat with ${refused.reasonCode}: whether a CSO is logged in is unknown`,
    );
  await checkRefusal(t, refused, 'single');
  expectNone(refused.c, 'OnCallQueued', ['p1'], 'a chat no CSO can take');
  // Once a CSO is logged in, a chat is not refused for want of one.
  if (unstaffed) await t.conditions({});
  const staff = await staffed(t);
  if (staff === undefined) return t.info('no agent driver: a chat started with a CSO logged in was not tried');
  const c = customer(t, s);
  c.page('p1');
  await c.start('p1');
  await t.until(() => c.calls('OnCallQueued', 'p1').length > 0 || c.calls('OnSystemNotification', 'p1').length > 0, 3000);
  t.must(
    !c.args('OnSystemNotification', 'p1').some((args) => args[0] === 'NoStaffedAgents'),
    `with a CSO logged in, a chat is not refused with NoStaffedAgents (${show(c.args('OnSystemNotification', 'p1'))})`,
  );
});

const queueIsTooBig = scenario(async (t: CaseContext, s: Scope) => {
  await t.conditions({ queueLimit: 1 });
  await staffed(t); // a CSO is logged in, so a refusal is about the queue
  const refused = await refusedChat(t, s, 'single', true);
  if (refused === undefined)
    return t.notTestable(
      `the queue took ${QUEUE_FILL + 1} chats without refusing one: its limit is larger than a conformance run fills (the reference server: LIVECHAT_MAX_QUEUE)`,
    );
  if (refused.reasonCode !== 'QueueIsTooBig')
    return t.notTestable(`a chat was refused with ${refused.reasonCode}, not for the queue's size`);
  await checkRefusal(t, refused, 'single');
  t.info(`refused after ${refused.queued.length} queued chats`);
  // The chats already waiting stay queued.
  for (const [index, queued] of refused.queued.entries())
    t.must(
      queued.calls('OnEnd', 'p1').length === 0 && queued.get('p1').client.sids.length === 1,
      `a chat queued before the refusal is still waiting (#${index + 1})`,
    );
});

const timedOutInQueue = scenario(async (t: CaseContext, s: Scope) => {
  const wait = (await t.conditions({ queueTimeoutMs: TEST_QUEUE_TIMEOUT_MS })) ? TEST_QUEUE_TIMEOUT_MS + 2000 : QUEUE_WAIT_MS;
  await staffed(t); // queued, not refused for want of a CSO
  const c = customer(t, s);
  c.page('p1');
  const details = t.details();
  details.enable_autocb = true;
  const started = await c.start('p1', undefined, details);
  t.must(await c.until('OnCallQueued', ['p1']), 'the chat is queued');
  const timedOut = await t.until(() => c.calls('OnSystemNotification', 'p1').length > 0, wait);
  if (!timedOut)
    return t.notTestable(
      `the chat was still queued after ${wait} ms: the deployment's queue timeout (not announced in its limits; the reference server: LIVECHAT_QUEUE_TIMEOUT_MS) is longer than a run waits, and it took no test condition queueTimeoutMs`,
    );
  const reasonCode = String(c.args('OnSystemNotification', 'p1')[0]?.[0]);
  if (reasonCode !== 'TimedOutInQueue') return t.notTestable(`the queued chat was refused with ${reasonCode}`);
  await checkRefusal(t, { c, sid: started.sid, clientId: started.clientId, reasonCode, queued: [] }, 'single');
  t.must(c.sequence('p1', ['OnCallQueued', 'OnSystemNotification'])[0] === 'OnCallQueued', 'the chat was queued before it timed out');
});

/** A reason only the deployment's own failures produce: tested where it injects them (routingFailure). */
const internalFailure = (reason: 'ErrorInGetAgentDetails' | 'ErrorAgentDetails' | 'InternalServerError', what: string) =>
  scenario(async (t: CaseContext, s: Scope) => {
    if (!(await t.conditions({ routingFailure: reason })))
      return t.notTestable(
        `${what}: a failure inside the deployment that no customer or CSO can cause from outside; the case runs only where the deployment injects it (SetTestConditions routingFailure)`,
      );
    await staffed(t); // a CSO is logged in, so the refusal is the failure's
    const refused = await refusedChat(t, s, 'single', false);
    t.must(refused !== undefined, `with routingFailure ${reason} in force, a new chat is refused (it was queued)`);
    t.must(refused.reasonCode === reason, `the refusal's reason is ${reason} (got ${refused.reasonCode})`);
    await checkRefusal(t, refused, 'single');
    expectNone(refused.c, 'OnCallQueued', ['p1'], 'a chat the deployment could not route');
  });

export const reasonResolvers: Resolver[] = [
  exact('reason:NoStaffedAgents', noStaffedAgents),
  exact('reason:QueueIsTooBig', queueIsTooBig),
  exact('reason:TimedOutInQueue', timedOutInQueue),
  exact('reason:ErrorInGetAgentDetails', internalFailure('ErrorInGetAgentDetails', 'the CSO’s details could not be retrieved')),
  exact('reason:ErrorAgentDetails', internalFailure('ErrorAgentDetails', 'the CSO’s details are in error')),
  exact('reason:InternalServerError', internalFailure('InternalServerError', 'an internal server error')),
];
