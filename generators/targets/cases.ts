// The conformance suite's case list, from the contract: a case for every operation (and one of
// requests generated from its schemas), every error code an operation lists (and one for each
// code none lists), every event, every reason code and every multi-chat variant, each with the
// document's section it enforces, a level and the profile it belongs to. The level is the
// contract's own (x-livechat-level): MUST for what the reference document names, and for
// everything of ours the spec's grade - MUST where it states the rule, SHOULD where it says
// should or a run cannot provoke it.
import type { Contract, Message, Operation } from '../lib/contract.ts';
import { type GeneratedFile, literal } from '../lib/output.ts';

type Level = 'MUST' | 'SHOULD' | 'INFO';
type Case = { id: string; title: string; covers: string[]; section: string; level: Level; profile: string; needsAgent?: true };

/** Profiles a deployment declares or the suite detects (issue 5). */
const operationProfile: Record<string, string> = {
  openChats: 'floating-chat',
  closePage: 'floating-chat',
  requestCallback: 'callbacks',
  getCaptchaImage: 'captcha',
  uploadFiles: 'files',
  downloadFile: 'files',
  createCampaignContact: 'campaign-contact',
  pollEvents: 'resilience',
};
/**
 * The parts of the spec that are a set of messages both sides exchange, by the spec's tag of that
 * part (operations tagged av, events written in spec/events/av.yaml), and the profile of their
 * cases. They are the message profiles of targets/profiles.ts as well.
 */
export const tagProfile: Record<string, string> = { av: 'audio-video-signaling', cobrowse: 'cobrowse-signaling' };
const eventProfile: Record<string, string> = {
  OnOpenSuccess: 'floating-chat',
  OnOpenFailed: 'floating-chat',
  OnSystemNotification: 'callbacks',
  OnCallbackAutoRegistered: 'callbacks',
  OnCallbackRequestStatus: 'callbacks',
  OnResetCaptcha: 'captcha',
  OnUploadComplete: 'files',
  OnCampaignContactCreated: 'campaign-contact',
  OnServerStateChanged: 'resilience',
  Resync: 'resilience',
  Heartbeat: 'resilience',
  ChatStarted: 'multi-chat',
};
const errorProfile: Record<string, string> = {
  AccessTokenInvalid: 'secure-deployment',
  CustomerDetailsRejected: 'secure-deployment',
  CaptchaDoesNotMatch: 'captcha',
  CaptchaNotFound: 'captcha',
  CaptchaIsEmpty: 'captcha',
};
/** Events only an agent's action causes; without an agent driver their cases are "not testable". */
const agentCaused = new Set([
  'OnRemoteUserConnected',
  'OnMessageReceived',
  'OnTypingStateChanged',
  'OnAppMessageReceived',
  'OnConferenceUserLeft',
  'OnHistoryReceived',
  'OnCallbackRequestStatus',
]);

/**
 * A grade the contract gives (`x-livechat-level`: MUST or SHOULD), or `fallback` where it may leave
 * it out (the reference document's own functions, events and codes: MUST). Anything else of ours
 * must say its grade in the spec, where it is reviewed, rather than have the generator infer it.
 */
function levelOf(value: unknown, where: string, fallback?: Level): Level {
  if (value === 'MUST' || value === 'SHOULD') return value;
  if (value !== undefined) throw new Error(`${where}: x-livechat-level is MUST or SHOULD (got ${JSON.stringify(value)})`);
  if (fallback !== undefined) return fallback;
  throw new Error(
    `${where} is not the reference document's: give it x-livechat-level (MUST or SHOULD) in the spec (spec/README.md, "Grades")`,
  );
}

const profileOf = (op: Operation) => operationProfile[op.id] ?? tagProfile[String((op.op.tags as string[] | undefined)?.[0])] ?? 'core';
/** The tag of the part of the spec an event is written in: av for spec/events/av.yaml. */
const fileTag = (m: Message) => /^events\/([^/]+)\.yaml$/.exec(m.file ?? '')?.[1] ?? '';
const messageProfile = (m: Message) => eventProfile[m.name] ?? tagProfile[fileTag(m)] ?? 'core';
const needsAgent = (m: Message) =>
  agentCaused.has(m.name) || (m.internal && m.raisedBy.includes('server') && fileTag(m) in tagProfile) ? { needsAgent: true as const } : {};

export function conformanceCases(contract: Contract): GeneratedFile {
  // A code's cases are MUST when the document names it; our own codes say their grade.
  const codeLevel = new Map(
    contract.errorCodes.map((c) => [
      String(c.const),
      levelOf(c['x-livechat-level'], `ErrorCode ${String(c.const)}`, c['x-livechat-origin'] === 'document' ? 'MUST' : undefined),
    ]),
  );
  const cases: Case[] = [];
  for (const op of contract.operations) {
    const level = levelOf(op.op['x-livechat-level'], `operation ${op.id}`, op.internal ? undefined : 'MUST');
    const errorLevels = (op.op['x-livechat-error-levels'] ?? {}) as Record<string, unknown>;
    cases.push({
      id: `operation:${op.id}`,
      title: `${op.method} ${op.path} answers as the contract says`,
      covers: [`operation:${op.id}`],
      section: op.section,
      level,
      profile: profileOf(op),
    });
    cases.push({
      id: `input:${op.id}`,
      title: `${op.id} answers requests generated from its schemas - mutated, random, malformed - with the contract's problems, never a 5xx`,
      covers: [`operation:${op.id}`],
      section: op.section,
      level: 'MUST',
      profile: profileOf(op),
    });
    for (const code of op.errors) {
      cases.push({
        id: `error:${op.id}:${code}`,
        title: `${op.id} answers ${code} as application/problem+json when it applies`,
        covers: [`operation:${op.id}`, `error:${code}`],
        section: op.section,
        level: code in errorLevels ? levelOf(errorLevels[code], `operation ${op.id}, ${code}`) : (codeLevel.get(code) ?? 'SHOULD'),
        profile: errorProfile[code] ?? profileOf(op),
      });
    }
    for (const param of op.multichat?.append ?? []) {
      cases.push({
        id: `multichat:${op.id}:${param.name}`,
        title: `multilivechat: ${op.functions.join('/')} carries ${param.name}`,
        covers: [`operation:${op.id}`, `multichat:${op.functions[0]}`],
        section: 'Multi-chat Functionality',
        level: 'MUST',
        profile: 'multi-chat',
      });
    }
  }
  // A code no operation lists belongs to the whole contract (NotFound: a path or method no
  // operation has): one case for it, against the API's own paths.
  const listed = new Set(contract.operations.flatMap((op) => op.errors));
  for (const code of contract.errorCodes.map((c) => String(c.const)).filter((c) => !listed.has(c))) {
    cases.push({
      id: `error:${code}`,
      title: `${code}, which no operation lists, is answered as application/problem+json when it applies`,
      covers: [`error:${code}`],
      section: 'Basic Communication Functions',
      level: codeLevel.get(code) ?? 'SHOULD',
      profile: 'core',
    });
  }
  for (const m of contract.messages) {
    cases.push({
      id: `event:${m.name}`,
      title: `${m.name} is ${m.raisedBy.includes('server') ? 'sent' : 'raised'} as the contract says`,
      covers: [`event:${m.name}`],
      section: m.section,
      level: levelOf(m.message['x-livechat-level'], `message ${m.name}`, m.internal ? undefined : 'MUST'),
      profile: messageProfile(m),
      ...needsAgent(m),
    });
    // What multilivechat adds or changes: appended parameters, and those of a replacing signature
    // that livechat's has not at the same place (OnOpenSuccess's Session array; OnStartFailed's Sid, clientId).
    const same = (p: { name: string; path?: string }) => m.signature.some((q) => q.name === p.name && q.path === p.path);
    for (const param of [...(m.multichat?.append ?? []), ...(m.multichat?.signature ?? []).filter((p) => !same(p))]) {
      cases.push({
        id: `multichat:${m.name}:${param.name}`,
        title: `multilivechat: ${m.name} carries ${param.name}`,
        covers: [`event:${m.name}`, `multichat:${m.name}`],
        section: 'Multi-chat Functionality',
        level: 'MUST',
        profile: 'multi-chat',
        ...needsAgent(m),
      });
    }
  }
  for (const reason of contract.reasonCodes) {
    cases.push({
      id: `reason:${reason.const}`,
      title: `OnSystemNotification carries ${reason.const} when that happens`,
      covers: [`reason:${reason.const}`],
      section: 'Events',
      level: 'MUST',
      profile: 'callbacks',
    });
  }
  const content = `/** Every case of the conformance suite, generated from the contract. */
export const cases = ${literal(cases)} as const;

export type CaseId = (typeof cases)[number]['id'];
`;
  return { path: 'conformance/cases.ts', source: 'spec/openapi.yaml and spec/asyncapi.yaml', content };
}
