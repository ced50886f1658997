// error:<operationId>:<ErrorCode> - the operation answers the code, as the contract's problem
// (status, application/problem+json, code, type, retryable), in the situation the code names.
// One strategy per code where the code has a generic one (a request the contract accepts, changed
// in the one respect the code is about), a specific setup where a code needs one, and "not
// testable" - with the reason - for what no client can provoke.
import type { ErrorCode } from '../../generated/codes.ts';
import { operations } from '../../generated/http/operations.ts';
import { CaseStop } from '../suite/checks.ts';
import type { CaseContext, OperationId } from '../suite/context.ts';
import type { CaseImpl, Resolver } from '../suite/registry.ts';
import { brokenRequest, type Ids, unknownIds, validRequest } from './requests.ts';
import { type Chat, call, customer, endedChat, expectProblem, otherPage, queuedChat, randomId, send } from './setups.ts';

type Strategy = (t: CaseContext, operation: OperationId) => Promise<void>;

/** The ids of a chat, with a call and co-browse session that do not exist (the chat's checks come first). */
const idsOf = (chat: Chat, extra: Partial<Ids> = {}): Ids => ({
  ...unknownIds(chat.who.pageId),
  sid: chat.sid,
  clientId: chat.clientId,
  ...extra,
});

// --- the request itself --------------------------------------------------------------------------

/**
 * InvalidRequest: the operation's request with one part its schema refuses (a body property of
 * the wrong type, a malformed query parameter, header or path parameter), derived from the
 * schema. The schema is checked first (spec/README.md, "Order of checks"), so the ids need not
 * name anything.
 */
const invalidRequest: Strategy = async (t: CaseContext, operation: OperationId) => {
  // An upload's body streams: a deployment reads its parts only once the chat's checks passed, so it gets a chat of its own.
  const chat = operation === 'uploadFiles' ? await queuedChat(t) : undefined;
  const who = chat?.who ?? (await customer(t));
  const broken = brokenRequest(operation, validRequest(operation, chat ? idsOf(chat) : unknownIds(who.pageId)));
  const answer = await call(t, who, operation, broken.request);
  const problem = expectProblem(t, answer, 'InvalidRequest', `${operation} with ${broken.what}`);
  t.should((problem.errors?.length ?? 0) > 0, 'the problem points at what is wrong (errors)');
};

/** CookiesDisabled: a request the contract accepts, with a page id and a token, but no browser-session cookie. */
const cookiesDisabled: Strategy = async (t: CaseContext, operation: OperationId) => {
  const ids = unknownIds();
  const request = validRequest(operation, ids);
  const answer = await send(t, operation, {
    ...request,
    headers: { 'livechat-page': ids.pageId, 'livechat-token': randomId('tk_'), ...request.headers },
  });
  expectProblem(t, answer, 'CookiesDisabled', `${operation} without the LIVECHAT_SESSION cookie`);
};

/**
 * AccessTokenInvalid: a POST without Livechat-Token, and with another browser session's token (a
 * foreign token, as a cross-site request would carry); a GET (which needs only the cookie) whose
 * browser session has expired - a cookie the deployment does not know.
 */
const accessTokenInvalid: Strategy = async (t: CaseContext, operation: OperationId) => {
  if (operations[operation].method === 'GET') {
    const browser = t.browser();
    await browser.jar.setCookie(`LIVECHAT_SESSION=${randomId('bs_')}; Path=/tetherfi/livechat`, `${t.baseUrl}/tetherfi/livechat/`);
    const ids = unknownIds();
    const answer = await send(t, operation, { ...validRequest(operation, ids), browser, headers: { 'livechat-page': ids.pageId } });
    expectProblem(t, answer, 'AccessTokenInvalid', `${operation} with the cookie of an expired browser session`);
    return;
  }
  const who = await customer(t);
  const request = validRequest(operation, unknownIds(who.pageId));
  const { 'livechat-token': _token, ...headers } = { 'livechat-page': who.pageId, 'livechat-token': '', ...request.headers };
  const missing = await send(t, operation, { ...request, browser: who.browser, headers });
  expectProblem(t, missing, 'AccessTokenInvalid', `${operation} without Livechat-Token`);
  const foreign = (await customer(t)).token;
  t.must(foreign !== who.token, 'two browser sessions have different tokens');
  const answer = await call(t, who, operation, { ...request, headers: { ...request.headers, 'livechat-token': foreign } });
  expectProblem(t, answer, 'AccessTokenInvalid', `${operation} with another browser session's token`);
};

// --- the chat the request names ------------------------------------------------------------------

/**
 * NoSessionFound. Open: a browser session that never had a chat. A chat-scoped call: a sid the
 * browser session does not know - a made-up one, and the sid of another browser session's chat.
 */
const noSessionFound: Strategy = async (t: CaseContext, operation: OperationId) => {
  const who = await customer(t);
  if (operation === 'openChats') {
    expectProblem(t, await call(t, who, 'openChats'), 'NoSessionFound', 'Open in a browser session without a chat');
    return;
  }
  const unknown = await call(t, who, operation, validRequest(operation, unknownIds(who.pageId)));
  expectProblem(t, unknown, 'NoSessionFound', `${operation} naming a sid the deployment never gave`);
  const foreign = await queuedChat(t).catch((error: unknown) => {
    // A deployment whose Start the suite cannot pass (a captcha, encrypted details): the made-up sid is enough.
    if (!(error instanceof CaseStop && error.grade === 'not-testable')) throw error;
    t.info(`another browser session's chat was not tried: ${error.message}`);
    return undefined;
  });
  if (foreign === undefined) return;
  const answer = await call(t, who, operation, validRequest(operation, idsOf(foreign, { pageId: who.pageId })));
  expectProblem(t, answer, 'NoSessionFound', `${operation} naming another browser session's chat`);
};

/**
 * AlreadyEndedSession: the chat has ended. Open: another page of the browser session whose last
 * chat ended; Start: the clientId of the ended chat; a chat-scoped call: from the page that took
 * part in it, naming its sid (the chat's check comes before the page's and the operation's own).
 */
const alreadyEndedSession: Strategy = async (t: CaseContext, operation: OperationId) => {
  const chat = await endedChat(t);
  if (operation === 'openChats') {
    expectProblem(t, await call(t, otherPage(chat.who), 'openChats'), 'AlreadyEndedSession', 'Open after the chat ended');
    return;
  }
  const answer = await call(t, chat.who, operation, validRequest(operation, idsOf(chat)));
  expectProblem(
    t,
    answer,
    'AlreadyEndedSession',
    operation === 'startChat' ? 'Start naming the clientId of an ended chat' : `${operation} in an ended chat`,
  );
};

/** UnOpenedSessionNotAllowed: a chat-scoped call from another page of the same browser, which never called Open. */
const unOpenedSessionNotAllowed: Strategy = async (t: CaseContext, operation: OperationId) => {
  const chat = await queuedChat(t);
  const stranger = otherPage(chat.who);
  const answer = await call(t, stranger, operation, validRequest(operation, idsOf(chat, { pageId: stranger.pageId })));
  expectProblem(t, answer, 'UnOpenedSessionNotAllowed', `${operation} from a page that takes no part in the chat`);
};

// --- which strategy answers which case -----------------------------------------------------------

/** One strategy per code, for every operation that lists it. */
const byCode: Partial<Record<ErrorCode, Strategy>> = {
  InvalidRequest: invalidRequest,
  CookiesDisabled: cookiesDisabled,
  AccessTokenInvalid: accessTokenInvalid,
  NoSessionFound: noSessionFound,
  AlreadyEndedSession: alreadyEndedSession,
  UnOpenedSessionNotAllowed: unOpenedSessionNotAllowed,
};

/** Where an operation needs its own setup for a code. */
const specific: Record<string, Strategy> = {};

export const errorResolvers: Resolver[] = [
  (spec): CaseImpl | undefined => {
    const [family, operation, code] = spec.id.split(':');
    if (family !== 'error' || operation === undefined || code === undefined || !(operation in operations)) return undefined;
    const strategy = specific[`${operation}:${code}`] ?? byCode[code as ErrorCode];
    return strategy && ((t) => strategy(t, operation as OperationId));
  },
];
