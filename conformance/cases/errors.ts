// error:<operationId>:<ErrorCode> - the operation answers the code, as the contract's problem
// (status, application/problem+json, code, type, retryable), in the situation the code names.
// One strategy per code where the code has a generic one (a request the contract accepts, changed
// in the one respect the code is about), a specific setup where a code needs one, and "not
// testable" - with the reason - for what no client can provoke.
import { randomBytes } from 'node:crypto';
import type { ErrorCode } from '../../generated/codes.ts';
import { operations } from '../../generated/http/operations.ts';
import { CaseStop } from '../suite/checks.ts';
import type { CaseContext, OperationId, RawCall } from '../suite/context.ts';
import type { CaseImpl, Resolver } from '../suite/registry.ts';
import { brokenRequest, chatScoped, type Ids, type SampleFile, sampleFiles, textFile, unknownIds, validRequest } from './requests.ts';
import { TEST_CAPTCHA_TEXT } from './scenarios.ts';
import {
  admissionStop,
  avCall,
  type Chat,
  type Customer,
  call,
  cobrowsing,
  customer,
  endChatsOnClose,
  endedChat,
  events,
  expectProblem,
  multipart,
  otherPage,
  queuedChat,
  randomId,
  send,
  staff,
  stillActive,
} from './setups.ts';

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
 * NoSessionFound. A chat-scoped call: a sid the browser session does not know - a made-up one, and
 * the sid of another browser session's chat. (Open answers it without an error status:
 * operation:openChats.)
 */
const noSessionFound: Strategy = async (t: CaseContext, operation: OperationId) => {
  const who = await customer(t);
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
 * AlreadyEndedSession: the chat has ended. Start: the clientId of the ended chat; a chat-scoped
 * call: from the page that took part in it, naming its sid (the chat's check comes before the
 * page's and the operation's own). (Open answers it without an error status: operation:openChats.)
 */
const alreadyEndedSession: Strategy = async (t: CaseContext, operation: OperationId) => {
  const chat = await endedChat(t);
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

// --- InvalidSessionState -------------------------------------------------------------------------

/** StartAvCall / StartCobr before a CSO connected: the chat is still queued. */
const beforeAnAgentConnected: Strategy = async (t: CaseContext, operation: OperationId) => {
  const chat = await queuedChat(t);
  expectProblem(
    t,
    await call(t, chat.who, operation, validRequest(operation, idsOf(chat))),
    'InvalidSessionState',
    `${operation} before a CSO connected`,
  );
};

/** A call's operation naming a call that has ended (EndAvCall answered). */
const afterTheCallEnded: Strategy = async (t: CaseContext, operation: OperationId) => {
  const chat = await avCall(t);
  const ended = await call(t, chat.who, 'endAvCall', { path: { sid: chat.sid }, body: { callId: chat.callId } });
  t.must(ended.status === 204, `EndAvCall answers 204 (got ${ended.status})`);
  const answer = await call(t, chat.who, operation, validRequest(operation, idsOf(chat, { callId: chat.callId })));
  expectProblem(t, answer, 'InvalidSessionState', `${operation} for a call that ended`);
};

/** A co-browse operation naming a co-browse session that has ended (EndCobr answered). */
const afterCobrowsingEnded: Strategy = async (t: CaseContext, operation: OperationId) => {
  const chat = await cobrowsing(t);
  const ended = await call(t, chat.who, 'endCobrowse', { path: { sid: chat.sid }, body: { cobrowseId: chat.cobrowseId } });
  t.must(ended.status === 204, `EndCobr answers 204 (got ${ended.status})`);
  const answer = await call(t, chat.who, operation, validRequest(operation, idsOf(chat, { cobrowseId: chat.cobrowseId })));
  expectProblem(t, answer, 'InvalidSessionState', `${operation} for a co-browse session that ended`);
};

/** Start of the other mode: a multi-chat Start in a browser session whose single chat is active. */
const startOfTheOtherMode: Strategy = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const request = validRequest('startChat', unknownIds(chat.who.pageId));
  const answer = await call(t, chat.who, 'startChat', { ...request, body: { ...(request.body as object), multichat: true } });
  expectProblem(t, answer, 'InvalidSessionState', 'a multi-chat Start in a single-chat browser session with an active chat');
};

// --- Start's own checks --------------------------------------------------------------------------

/** Start again from the page in the chat (a new clientId, so not a retry), and from a page that called Open. */
const alreadyStartedAndInSession: Strategy = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const again = await call(t, chat.who, 'startChat', validRequest('startChat', unknownIds(chat.who.pageId)));
  const problem = expectProblem(t, again, 'AlreadyStartedAndInSession', 'a second Start from the page in the chat');
  t.should(problem.sid === chat.sid, `the problem names the chat the page is in (sid ${chat.sid}; got ${problem.sid})`);
  const opened = otherPage(chat.who);
  const open = await call(t, opened, 'openChats');
  t.must(open.status === 200, `another page Opens the chat (got ${open.status})`);
  const fromOpened = await call(t, opened, 'startChat', validRequest('startChat', unknownIds(opened.pageId)));
  expectProblem(t, fromOpened, 'AlreadyStartedAndInSession', 'Start from a page that Opened the chat');
};

/** Start from a page that never called Open while the browser session has an active chat. */
const unOpenedSessionPerformedStart: Strategy = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const stranger = otherPage(chat.who);
  const answer = await call(t, stranger, 'startChat', validRequest('startChat', unknownIds(stranger.pageId)));
  expectProblem(t, answer, 'UnOpenedSessionPerformedStart', 'Start from a page that never called Open, while a chat is active');
};

/**
 * MaxConcurrentSessionCountReached in multi-chat: Starts of new clientIds up to the
 * maxConcurrentChats the first Start announces, then one more.
 *
 * FAILS against the reference server, which is wrong (reported to the lead): it announces
 * maxConcurrentChats 1 in every session's limits, multi-chat included, and then takes up to
 * LIVECHAT_MAX_CHATS_PER_BROWSER (4) chats - the second multi-chat Start answers 201.
 */
const maxConcurrentChats: Strategy = async (t: CaseContext) => {
  const agent = await staff(t);
  const who = await customer(t);
  endChatsOnClose(t, who.browser);
  const start = () => call(t, who, 'startChat', { body: { ...(validRequest('startChat', unknownIds()).body as object), multichat: true } });
  const first = await start();
  admissionStop(t, (first.body as { code?: string } | undefined)?.code);
  t.must(first.status === 201, `a multi-chat Start answers 201 (got ${first.status} ${first.text.slice(0, 200)})`);
  await stillActive(t, who, first.body as { sid: string; seq: number }, agent);
  const { maxConcurrentChats: most } = (first.body as { limits: { maxConcurrentChats: number } }).limits;
  for (let n = 2; n <= most; n++) {
    const next = await start();
    t.must(next.status === 201, `Start of chat ${n} of the announced maxConcurrentChats ${most} answers 201 (got ${next.status})`);
  }
  expectProblem(t, await start(), 'MaxConcurrentSessionCountReached', `a Start beyond the announced maxConcurrentChats (${most})`);
};

/**
 * The captcha cases run where the deployment requires one (GetAccessToken says captchaRequired),
 * or can be told to with a known text (SetTestConditions) - then the text is answered too.
 */
async function captchaCustomer(t: CaseContext): Promise<Customer & { captchaText?: string }> {
  const captchaText = (await t.conditions({ captchaText: TEST_CAPTCHA_TEXT })) ? TEST_CAPTCHA_TEXT : undefined;
  const who = await customer(t);
  const token = await send(t, 'getAccessToken', { browser: who.browser });
  if ((token.body as { captchaRequired?: boolean }).captchaRequired !== true)
    t.notTestable(
      captchaText === undefined
        ? 'the deployment does not require a captcha (GetAccessToken says captchaRequired: false) and offers no test conditions to require one'
        : 'with the test condition captchaText in force, GetAccessToken still says captchaRequired: false',
    );
  await staff(t);
  return { ...who, ...(captchaText !== undefined ? { captchaText } : {}) };
}

const loadCaptcha = async (t: CaseContext, who: Customer) => {
  const image = await send(t, 'getCaptchaImage', { browser: who.browser, query: { reset: 'false', t: String(Date.now()) } });
  t.must(image.status === 200, `the captcha image loads (got ${image.status})`);
};

const startWithCaptcha = (t: CaseContext, who: Customer, entered: string) => {
  const request = validRequest('startChat', unknownIds(who.pageId));
  const body = request.body as { details: Record<string, unknown> };
  return call(t, who, 'startChat', { ...request, body: { ...body, details: { ...body.details, eEnteredCaptcha: entered } } });
};

const captchaIsEmpty: Strategy = async (t: CaseContext) => {
  const who = await captchaCustomer(t);
  await loadCaptcha(t, who);
  expectProblem(t, await startWithCaptcha(t, who, ''), 'CaptchaIsEmpty', 'Start with an empty eEnteredCaptcha');
};

const captchaNotFound: Strategy = async (t: CaseContext) => {
  const who = await captchaCustomer(t);
  expectProblem(t, await startWithCaptcha(t, who, 'K7X2P'), 'CaptchaNotFound', 'Start before any captcha image was loaded');
};

const captchaDoesNotMatch: Strategy = async (t: CaseContext) => {
  const who = await captchaCustomer(t);
  await loadCaptcha(t, who);
  // Longer than any captcha text an image shows, so it cannot match by chance.
  expectProblem(t, await startWithCaptcha(t, who, 'NOT-THE-CAPTCHA-TEXT-AT-ALL'), 'CaptchaDoesNotMatch', 'Start with a wrong captcha text');
  if (who.captchaText === undefined) return;
  // The refusal used the captcha up: the image's own text, without a new image, starts nothing.
  expectProblem(
    t,
    await startWithCaptcha(t, who, who.captchaText),
    'CaptchaNotFound',
    "Start with the image's text right after CaptchaDoesNotMatch, without loading a new image (the refusal used the text up)",
  );
  // The refusals are about the text: the image's own text, on a new image, starts the chat
  // (the text matches regardless of letter case: spec/http/session.yaml, SessionDetails.eEnteredCaptcha).
  await loadCaptcha(t, who);
  const right = await startWithCaptcha(t, who, who.captchaText.toLowerCase());
  t.must(right.status === 201, `Start with the image's text (in lower case) answers 201 (got ${right.status} ${right.text.slice(0, 200)})`);
};

/** A JWE compact serialization (dir, A256GCM) of random bytes: well formed, and no key opens it. */
function undecryptableDetails(): string {
  const part = (bytes: Buffer) => bytes.toString('base64url');
  return [
    part(Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A256GCM' }))),
    '',
    part(randomBytes(12)),
    part(randomBytes(48)),
    part(randomBytes(16)),
  ].join('.');
}

/**
 * CustomerDetailsRejected: encrypted details no key opens; and, where the deployment requires
 * encrypted details (encryptedDetailsRequired), plain ones.
 */
const customerDetailsRejected: Strategy = async (t: CaseContext) => {
  const who = await customer(t);
  await staff(t);
  const token = await send(t, 'getAccessToken', { browser: who.browser });
  if ((token.body as { captchaRequired?: boolean }).captchaRequired === true)
    t.notTestable('the deployment requires a captcha, which Start checks before the customer details and the suite cannot read');
  const request = validRequest('startChat', unknownIds(who.pageId));
  const body = request.body as { details: Record<string, unknown> };
  const sealed = await call(t, who, 'startChat', {
    ...request,
    body: { ...body, details: { ...body.details, eCustDetails: undecryptableDetails() } },
  });
  expectProblem(t, sealed, 'CustomerDetailsRejected', 'Start with encrypted customer details no key opens');
  if ((token.body as { encryptedDetailsRequired?: boolean }).encryptedDetailsRequired === true) {
    const plain = await call(t, who, 'startChat', validRequest('startChat', unknownIds(who.pageId)));
    expectProblem(t, plain, 'CustomerDetailsRejected', 'Start with plain customer details where encrypted ones are required');
  } else t.info('the deployment does not require encrypted details (encryptedDetailsRequired: false): plain details not tried');
};

// --- sizes, files --------------------------------------------------------------------------------

/** SendAppMessage whose obj is one byte larger, as JSON, than the session's maxAppMessageBytes. */
const appMessageTooLarge: Strategy = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const obj = 'x'.repeat(chat.limits.maxAppMessageBytes - 1); // with its quotes: one byte over
  const answer = await call(t, chat.who, 'sendAppMessage', {
    path: { sid: chat.sid },
    body: { type: 'conformance', obj, clientMessageId: randomId('a_') },
  });
  expectProblem(
    t,
    answer,
    'PayloadTooLarge',
    `SendAppMessage with obj of ${obj.length + 2} bytes (maxAppMessageBytes ${chat.limits.maxAppMessageBytes})`,
  );
};

/** uploadFiles with one file more than maxFilesPerUpload (or, where that is the schema's own maximum, one file a byte over maxFileBytes). */
const uploadTooLarge: Strategy = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const { maxFilesPerUpload, maxFileBytes } = chat.limits;
  const manyFiles = maxFilesPerUpload < 10;
  const files = manyFiles
    ? Array.from({ length: maxFilesPerUpload + 1 }, (_, i) => ({ ...textFile, name: `conformance-${i}.txt` }))
    : [{ ...textFile, content: 'x'.repeat(maxFileBytes + 1) }];
  const answer = await call(t, chat.who, 'uploadFiles', { path: { sid: chat.sid }, ...multipart(files), timeoutMs: 15_000 });
  expectProblem(
    t,
    answer,
    'PayloadTooLarge',
    manyFiles
      ? `uploadFiles of ${files.length} files (maxFilesPerUpload ${maxFilesPerUpload})`
      : `uploadFiles of a file of ${maxFileBytes + 1} bytes`,
  );
};

// --- the transcript cap --------------------------------------------------------------------------

/** The bytes of text a transcript's message carries (its msg is URL-encoded). */
const textBytesOf = (entry: { type: string; msg?: string }) => {
  if (entry.type !== 'msg' || entry.msg === undefined) return 0;
  try {
    return Buffer.byteLength(decodeURIComponent(entry.msg));
  } catch {
    return Buffer.byteLength(entry.msg);
  }
};

/**
 * Sends `text` into the chat (new clientMessageIds) until it is refused or `most` were sent; then
 * checks the refusal: TranscriptFull, justified by the transcript another page's Open shows (one
 * more would exceed the announced entries or bytes), and nothing of the refused message kept or
 * echoed. The chat stays open: that Open finds it.
 */
async function fillUntilRefused(t: CaseContext, chat: Chat, text: string, most: number, what: string) {
  const cap = chat.limits.transcriptCap;
  let refused: Answer | undefined;
  let refusedId = '';
  for (let i = 0; i < most && refused === undefined; i++) {
    const clientMessageId = randomId('cm_');
    const answer = await call(t, chat.who, 'sendMessage', { path: { sid: chat.sid }, body: { msg: text, clientMessageId } });
    if (answer.status === 201) continue;
    refused = answer;
    refusedId = clientMessageId;
  }
  t.must(
    refused !== undefined,
    `${what}: ${most} messages into a chat whose announced transcriptCap is ${JSON.stringify(cap)} are not all accepted: one answers TranscriptFull`,
  );
  if (refused === undefined) return;
  expectProblem(t, refused, 'TranscriptFull', `${what}: the message that would take the transcript beyond the announced transcriptCap`);
  const viewer = otherPage(chat.who);
  const opened = await call(t, viewer, 'openChats');
  t.must(opened.status === 200, `the chat stays open: another page Opens it after the refusal (got ${opened.status})`);
  const session = (
    opened.body as { sessions?: { sid: string; trans: { type: string; msg?: string; clientMessageId?: string }[] }[] }
  )?.sessions?.find((s) => s.sid === chat.sid);
  const trans = session?.trans ?? [];
  const held = trans.reduce((sum, entry) => sum + textBytesOf(entry), 0);
  t.must(
    trans.length + 1 > cap.entries || held + Buffer.byteLength(text) > cap.textBytes,
    `the refusal was due: the transcript held ${trans.length} of ${cap.entries} entries and ${held} of ${cap.textBytes} bytes of text, and the message has ${Buffer.byteLength(text)}`,
  );
  t.must(!trans.some((entry) => entry.clientMessageId === refusedId), 'the refused message is not in the transcript');
  const echoed = (await events(t, chat.who, chat.seq)).some((e) => e.event === 'OnEcho' && e.data?.clientMessageId === refusedId);
  t.must(!echoed, 'the refused message was not echoed (no OnEcho)');
}

/**
 * TranscriptFull: a chat's transcript filled to the announced transcriptCap, then one message more
 * - by its bytes of text (messages of maxMessageLength four-byte characters; 17 with the contract's
 * example), where that takes fewer calls than the messagesPerMinute budget; by its entries under
 * the test condition transcriptEntries (3), where the deployment offers it. A deployment that
 * announces a cap and does not keep it fails; one where neither is within a run's reach is not
 * testable.
 */
const transcriptFull: Strategy = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const { transcriptCap, maxMessageLength, messagesPerMinute } = chat.limits;
  const full = '\u{1F600}'.repeat(maxMessageLength);
  const byBytes = Math.floor(transcriptCap.textBytes / Buffer.byteLength(full)) + 1;
  // A margin below the budget for the case's other chat calls (Open, the poll).
  const reachable = Math.min(byBytes, transcriptCap.entries + 1) <= messagesPerMinute - 10;
  if (reachable) await fillUntilRefused(t, chat, full, Math.min(byBytes, transcriptCap.entries + 1), 'by its bytes of text');
  else
    t.info(
      `the announced transcriptCap ${JSON.stringify(transcriptCap)} takes more calls than messagesPerMinute ${messagesPerMinute} allows a minute: its bytes were not filled`,
    );
  if (!(await t.conditions({ transcriptEntries: 3 }))) {
    if (!reachable)
      t.notTestable(
        'the announced transcriptCap is beyond what a run may send within messagesPerMinute, and the deployment offers no test condition transcriptEntries to make it smaller',
      );
    t.info('the deployment offers no test condition transcriptEntries: the cap on entries was not filled');
    return;
  }
  const small = await queuedChat(t);
  t.must(
    small.limits.transcriptCap.entries === 3,
    `with the test condition transcriptEntries 3, Start announces transcriptCap.entries 3 (got ${small.limits.transcriptCap.entries})`,
  );
  await fillUntilRefused(t, small, 'conformance', 4, 'by its entries (test condition transcriptEntries 3)');
};

/** CreateCampaignContact of more than 16 KiB of JSON (spec/http/campaign.yaml). */
const contactTooLarge: Strategy = async (t: CaseContext) => {
  const who = await customer(t);
  const answer = await call(t, who, 'createCampaignContact', { body: { campaign: 'conformance', notes: 'x'.repeat(17 * 1024) } });
  expectProblem(t, answer, 'PayloadTooLarge', 'CreateCampaignContact of 17 KiB of JSON');
};

/**
 * UnsupportedFileType, probed from the session's announced allowedFileTypes with the files the
 * suite knows (requests.ts, sampleFiles): every known type outside the list, with valid content,
 * is refused; every known type inside it, with the content of another type (lying bytes), is
 * refused; and, as the control, every known type inside it with its own content is taken. Each
 * probe is an upload of its own (an upload is all or nothing).
 */
const unsupportedFileType: Strategy = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const allowed = chat.limits.allowedFileTypes;
  const upload = (file: SampleFile) => call(t, chat.who, 'uploadFiles', { path: { sid: chat.sid }, ...multipart([file]) });
  const inside = sampleFiles.filter((file) => allowed.includes(file.type));
  const outside = sampleFiles.filter((file) => !allowed.includes(file.type));
  const unknown = allowed.filter((type) => !sampleFiles.some((file) => file.type === type));
  if (unknown.length > 0) t.info(`allowed types the suite has no file of, not probed: ${unknown.join(', ')}`);
  t.must(outside.length > 0, `some type the suite knows is outside the announced allowedFileTypes (${allowed.join(', ')})`);
  for (const file of outside)
    expectProblem(
      t,
      await upload(file),
      'UnsupportedFileType',
      `uploadFiles of a valid ${file.type} file (${file.name}), a type outside the announced allowedFileTypes (${allowed.join(', ')}),`,
    );
  for (const file of inside) {
    // The lie: another type's content, preferably one the session does not allow.
    const other = outside.find((o) => o.type !== 'text/plain') ?? sampleFiles.find((o) => o.type !== file.type) ?? file;
    const lying = { ...file, content: other.content };
    expectProblem(
      t,
      await upload(lying),
      'UnsupportedFileType',
      `uploadFiles of ${other.type} content declared ${file.type} (${file.name}), lying bytes,`,
    );
  }
  for (const file of inside) {
    const taken = await upload(file);
    t.must(
      taken.status === 201,
      `uploadFiles of a valid ${file.type} file (${file.name}), an announced allowed type, answers 201 (got ${taken.status} ${taken.text.slice(0, 200)})`,
    );
  }
};

/** downloadFile of a name no file of the chat has, in the browser session's own chat. */
const fileNotFound: Strategy = async (t: CaseContext) => {
  const chat = await queuedChat(t);
  const answer = await call(t, chat.who, 'downloadFile', { path: { sid: chat.sid, fileName: `f_${randomId('')}.txt` } });
  expectProblem(t, answer, 'FileNotFound', 'downloadFile of a name no file of the chat has');
};

// --- what a run can spend, and what it cannot reach --------------------------------------------

/**
 * Whether a call counts against signalsPerMinute: every audio/video and co-browse call (StartAvCall
 * and StartCobr included, as the reference server counts them); every other chat-scoped POST is
 * one of messagesPerMinute's "other chat calls".
 */
const signaling = (operation: OperationId) => /\/(av|cobrowse)(\/|$)/.test(operations[operation].path);

/** The calls per minute an operation's budget allows, as the session announces it; undefined when the contract announces none for it. */
function budgetOf(operation: OperationId, limits: { messagesPerMinute: number; signalsPerMinute: number }) {
  if (operations[operation].method !== 'POST' || !chatScoped(operation)) return undefined;
  return signaling(operation)
    ? { calls: limits.signalsPerMinute, name: 'signalsPerMinute' }
    : { calls: limits.messagesPerMinute, name: 'messagesPerMinute' };
}

/**
 * Most calls a RateLimited case sends: one more than the smallest signalsPerMinute the contract
 * allows (600). Beyond it provoking the code takes too long for a certification run.
 */
const FLOOD_BOUND = 601;

/** Another call of the same budget, to spend part of it with (its answer does not matter: every call counts). */
const partnerOf = (operation: OperationId): OperationId =>
  signaling(operation)
    ? operation === 'sendAvSignal'
      ? 'sendCobrowsePointer'
      : 'sendAvSignal'
    : operation === 'notifyTypingStateChange'
      ? 'sendMessage'
      : 'notifyTypingStateChange';

type Answer = Awaited<ReturnType<typeof call>>;

/** Sends `request` up to `count` times, 16 at a time, stopping at the first RateLimited; how many were not refused, and that refusal. */
async function spend(t: CaseContext, who: Customer, operation: OperationId, request: RawCall, count: number) {
  let sent = 0;
  let accepted = 0;
  let limited: Answer | undefined;
  const worker = async () => {
    while (limited === undefined && sent < count) {
      sent++;
      const answer = await call(t, who, operation, request);
      if (answer.status === 429) limited ??= answer;
      else accepted++;
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return { accepted, limited };
}

/**
 * RateLimited: the browser session's budget the operation belongs to (messagesPerMinute for chat
 * calls, signalsPerMinute for audio/video and co-browse calls - per browser session, every call of
 * the group counted) spent in a chat of a fresh browser session: half by another call of the same
 * budget, the rest by the operation, which then answers RateLimited - the contract's problem, with
 * Retry-After, and not before the budget is spent. Operations whose budget the contract does not
 * announce, and budgets above FLOOD_BOUND calls, are not testable.
 *
 * FAILS against the reference server for the six chat calls, which is wrong (reported to the lead):
 * it counts each operation's calls apart, so 60 NotifyTypingStateChange and 61 SendMessage within a
 * minute are all taken although messagesPerMinute is 120 (an INFO of the case says after how many
 * calls of the operation itself the refusal comes).
 */
const rateLimited: Strategy = async (t: CaseContext, operation: OperationId) => {
  if (budgetOf(operation, { messagesPerMinute: 1, signalsPerMinute: 1 }) === undefined)
    t.notTestable(
      `the contract announces no rate budget for ${operation} (SessionLimits has messagesPerMinute for chat calls and signalsPerMinute for signaling only): the suite cannot know how many calls provoke RateLimited`,
    );
  const chat = await queuedChat(t);
  const budget = budgetOf(operation, chat.limits);
  if (budget === undefined) return;
  if (budget.calls + 1 > FLOOD_BOUND)
    t.notTestable(
      `the session announces ${budget.name} ${budget.calls}: provoking RateLimited takes ${budget.calls + 1} calls, more than the suite's bound of ${FLOOD_BOUND} a case`,
    );
  const partner = partnerOf(operation);
  const shared = Math.floor(budget.calls / 2);
  const first = await spend(t, chat.who, partner, validRequest(partner, idsOf(chat)), shared);
  t.must(first.limited === undefined, `${shared} calls of ${partner} are within ${budget.name} ${budget.calls}`);
  const request = validRequest(operation, idsOf(chat));
  const rest = await spend(t, chat.who, operation, request, budget.calls + 1 - shared);
  if (rest.limited === undefined) {
    // Where the refusal does come, for the report: after the operation's own calls alone exceed the budget?
    const late = await spend(t, chat.who, operation, request, shared);
    if (late.limited !== undefined)
      t.info(
        `RateLimited came only after ${budget.calls + 1 - shared + late.accepted + 1} calls of ${operation} itself: its budget is not shared with the browser session's other ${budget.name === 'messagesPerMinute' ? 'chat' : 'signaling'} calls`,
      );
  }
  t.must(
    rest.limited !== undefined,
    `${budget.calls + 1} calls of the browser session within a minute (${shared} of ${partner}, then ${operation}; ${budget.name} ${budget.calls}) answer RateLimited`,
  );
  expectProblem(t, rest.limited, 'RateLimited', `${operation} past the browser session's ${budget.name}`);
  t.should(
    shared + rest.accepted >= budget.calls,
    `RateLimited comes only once the announced ${budget.calls} calls are spent (it came after ${shared + rest.accepted})`,
  );
};

/** Codes no client can provoke: not testable, with why. */
const outOfReach =
  (why: string): Strategy =>
  async (t: CaseContext) =>
    t.notTestable(why);

/**
 * ServerInternalConnectivityError: the operation's valid request while the deployment is
 * unavailable (the test condition unavailable: as when it cannot reach its store or routing).
 * Without test conditions nothing a client sends makes it happen.
 */
const serverUnavailable: Strategy = async (t: CaseContext, operation: OperationId) => {
  const who = await customer(t);
  if (!(await t.conditions({ unavailable: true }))) t.notTestable(internal);
  const answer = await call(t, who, operation, validRequest(operation, unknownIds(who.pageId)));
  expectProblem(
    t,
    answer,
    'ServerInternalConnectivityError',
    `${operation} while the deployment is unavailable (test condition unavailable)`,
  );
};

const internal =
  'cannot be provoked from outside without the test condition unavailable (SetTestConditions), which the deployment does not offer: it answers it when it cannot reach its own store or routing, or is draining - nothing a client sends makes that happen. Its form (503, retryable, Retry-After) is checked wherever it does appear, since every answer of the run is validated';
const defect =
  'cannot be provoked from outside: it is a defect of the server, which no request of the contract should cause (a SHOULD in spirit: a deployment that never fails has nothing to show). Its form (500, retryable, no stack trace) is checked wherever it does appear';
const routingRefusal =
  "cannot be provoked from outside: the routing system declining a chat for a reason no other code names is the deployment's own decision (a SHOULD in spirit). Its form (502, retryable) is checked wherever it does appear";

// --- which strategy answers which case -----------------------------------------------------------

/** One strategy per code, for every operation that lists it. */
const byCode: Partial<Record<ErrorCode, Strategy>> = {
  InvalidRequest: invalidRequest,
  CookiesDisabled: cookiesDisabled,
  AccessTokenInvalid: accessTokenInvalid,
  RateLimited: rateLimited,
  NoSessionFound: noSessionFound,
  AlreadyEndedSession: alreadyEndedSession,
  UnOpenedSessionNotAllowed: unOpenedSessionNotAllowed,
  ServerInternalConnectivityError: serverUnavailable,
  UnexpectedError: outOfReach(defect),
  StartError: outOfReach(routingRefusal),
};

/** Where an operation needs its own setup for a code. */
const specific: Record<string, Strategy> = {
  'startChat:AlreadyStartedAndInSession': alreadyStartedAndInSession,
  'startChat:UnOpenedSessionPerformedStart': unOpenedSessionPerformedStart,
  'startChat:MaxConcurrentSessionCountReached': maxConcurrentChats,
  'startChat:CaptchaIsEmpty': captchaIsEmpty,
  'startChat:CaptchaNotFound': captchaNotFound,
  'startChat:CaptchaDoesNotMatch': captchaDoesNotMatch,
  'startChat:CustomerDetailsRejected': customerDetailsRejected,
  'startChat:InvalidSessionState': startOfTheOtherMode,
  'startAvCall:InvalidSessionState': beforeAnAgentConnected,
  'startCobrowse:InvalidSessionState': beforeAnAgentConnected,
  'endAvCall:InvalidSessionState': afterTheCallEnded,
  'pauseAv:InvalidSessionState': afterTheCallEnded,
  'sendAvSignal:InvalidSessionState': afterTheCallEnded,
  'endCobrowse:InvalidSessionState': afterCobrowsingEnded,
  'sendCobrowseSignal:InvalidSessionState': afterCobrowsingEnded,
  'sendCobrowseControlValue:InvalidSessionState': afterCobrowsingEnded,
  'sendCobrowsePointer:InvalidSessionState': afterCobrowsingEnded,
  'sendCobrowseAnnotation:InvalidSessionState': afterCobrowsingEnded,
  'sendAppMessage:PayloadTooLarge': appMessageTooLarge,
  'uploadFiles:PayloadTooLarge': uploadTooLarge,
  'createCampaignContact:PayloadTooLarge': contactTooLarge,
  'uploadFiles:UnsupportedFileType': unsupportedFileType,
  'downloadFile:FileNotFound': fileNotFound,
  'sendMessage:TranscriptFull': transcriptFull,
};

/**
 * error:NotFound - what no operation of the contract has: an unknown path under the API's prefix
 * and a known path with a method it lacks each answer the contract's NotFound problem (never a
 * stack trace). (A climb out of the prefix cannot be sent with fetch: it resolves dot segments.)
 */
const notFound = async (t: CaseContext) => {
  const getStatus = operations.getStatus;
  const prefix = getStatus.path.slice(0, getStatus.path.lastIndexOf('/'));
  const probes: [string, string][] = [
    ['GET', `${prefix}/no-such-operation-${randomBytes(3).toString('hex')}`],
    [getStatus.method === 'GET' ? 'DELETE' : 'GET', getStatus.path],
  ];
  for (const [method, path] of probes) expectProblem(t, await t.callOutsideContract(method, path), 'NotFound', `${method} ${path}`);
};

export const errorResolvers: Resolver[] = [
  (spec) => (spec.id === 'error:NotFound' ? notFound : undefined),
  (spec): CaseImpl | undefined => {
    const [family, operation, code] = spec.id.split(':');
    if (family !== 'error' || operation === undefined || code === undefined || !(operation in operations)) return undefined;
    const strategy = specific[`${operation}:${code}`] ?? byCode[code as ErrorCode];
    return strategy && ((t) => strategy(t, operation as OperationId));
  },
];
