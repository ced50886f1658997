// Coverage of the vendor's reference document by the contract in spec/.
//
// The reference document (Tetherfi Communication Web API Reference Document 2.19.09.13,
// ../shared/reference/000_79b113cd3a032ae7.txt) is listed here element by element - functions,
// events, codes, classes, the Session object, multi-chat, status check, scripts - and each
// element is looked up in openapi.yaml, asyncapi.yaml and spec/schemas/.
//
// The explicit lists are themselves checked against the document's text (last describe), so
// that an element cannot be left out of them silently.
//
// Run: npx vitest run spec/document-coverage.test.ts. Without the document beside the repository,
// the part that reads it is skipped with a printed reason (a failure with
// LIVECHAT_REQUIRE_REFERENCE_DOCUMENT=1, as in CI).
// LIVECHAT_SPEC_DIR=<dir> points the loader at another copy of spec/ (used to check that the
// test fails, and names the missing element, when the contract loses something).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dereferenced } from './load.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REFERENCE_FILE = path.resolve(HERE, '../../shared/reference/000_79b113cd3a032ae7.txt');

// ---------------------------------------------------------------------------------------------
// The document's elements, listed explicitly
// ---------------------------------------------------------------------------------------------

/** Every function, with its parameters as the document's heading writes them ("[x]" = optional). */
const FUNCTIONS: Record<string, string[]> = {
  GetAccessToken: ['onSuccess', '[onerror]'],
  Start: ['custDetails', 'VaSession'],
  End: ['reason'],
  Open: [],
  Close: [],
  SendMessage: ['msg'],
  SendAppMessage: ['type', 'obj'],
  NotifyTypingStateChange: ['state'],
  RequestCallback: ['contact'],
  SetAvConfigs: ['config'],
  StartAvCall: ['sid'],
  EndAvCall: [],
  Pause: ['audio', 'video'],
  SetCobrConfigs: ['config', 'domControllist', 'isMousePointerCapture', 'isAnnotationEnabled'],
  StartCobr: [],
  EndCobr: ['triggerDisconnect', 'sendEndMessage'],
  setCaptchaImage: ['img'],
  resetCaptchaImage: ['img'],
  slog: ['type', 'unit', 'msg'],
  prepareDownloadURL: ['fileName'],
  uploadFiles: ['fileList'],
  CreateCampaignContact: ['data'],
};

/**
 * Where the spec names a document parameter differently, at the same position: Start's
 * `custDetails` is a SessionDetails (the document's own usage passes `details`), and
 * SetCobrConfigs' heading misspells `domControllist` while its text says `domControlList`.
 */
const SPEC_PARAMETER_NAMES: Record<string, Record<string, string>> = {
  Start: { custDetails: 'details' },
  SetCobrConfigs: { domControllist: 'domControlList' },
};

/** Misspellings of function names in the document's table of contents. */
const DOCUMENT_TOC_TYPOS: Record<string, string> = {
  setCaptchalImage: 'setCaptchaImage',
  resetCaptchalImage: 'resetCaptchaImage',
};

/** Every event, with its handler's parameters (`livechat.OnX = function (a, b)`). */
const EVENTS: Record<string, string[]> = {
  OnStartSuccess: [],
  OnStartFailed: ['errorCode'],
  OnOpenSuccess: ['Session'],
  OnOpenFailed: ['errorCode'],
  OnEnd: ['initiator', 'reason'],
  OnRemoteUserConnected: ['name', 'agentId', 'sessionId'],
  OnSystemNotification: ['reasonCode'],
  OnCallbackAutoRegistered: ['reasonCode'],
  OnCallbackRequestStatus: ['isCustomerReq', 'status'],
  OnInternalServerError: ['errorCode'],
  OnCallQueued: ['queuePosition'],
  OnMessageReceived: ['msg'],
  OnEcho: ['msg'],
  OnTypingStateChanged: ['state'],
  OnAppMessageReceived: ['agent', 'msg'],
  OnConferenceUserLeft: ['agent', 'msg'],
  OnHistoryReceived: ['history'],
  OnServerStateChanged: ['state'],
  OnResetCaptcha: [],
  OnUploadComplete: ['response'],
  OnCampaignContactCreated: ['response'],
};

/** Synonyms among the events. */
const EVENT_SYNONYMS = [{ event: 'OnCallbackAutoRegistered', synonymOf: 'OnSystemNotification' }];

/** Error codes, by the event whose list gives them and the function whose call returns them. */
const ERROR_CODES: Record<string, { fn?: string; codes: string[] }> = {
  OnStartFailed: {
    fn: 'Start',
    codes: [
      'StartError',
      'ServerInternalConnectivityError',
      'AlreadyStartedAndInSession',
      'CookiesDisabled',
      'UnOpenedSessionPerformedStart',
      'CaptchaDoesNotMatch',
      'CaptchaNotFound',
      'CaptchaIsEmpty',
      'MaxConcurrentSessionCountReached',
      'AlreadyEndedSession',
    ],
  },
  OnOpenFailed: { fn: 'Open', codes: ['CookiesDisabled', 'NoSessionFound', 'AlreadyEndedSession'] },
  OnInternalServerError: { codes: ['UnOpenedSessionNotAllowed'] },
};

/** Reason codes of OnSystemNotification / OnCallbackAutoRegistered. */
const REASON_CODES = [
  'ErrorInGetAgentDetails',
  'ErrorAgentDetails',
  'NoStaffedAgents',
  'QueueIsTooBig',
  'TimedOutInQueue',
  'InternalServerError',
];

/** OnEnd's initiators, and the reason the library gives with `lib`. */
const END_INITIATORS = ['server', 'client', 'lib'];
const LIB_END_REASON = 'SessionLostWhileOffline';

/** Typing states (NotifyTypingStateChange, OnTypingStateChanged). */
const TYPING_STATES = [
  { value: 0, meaning: 'started' },
  { value: 1, meaning: 'stopped' },
];

/** Server states (OnServerStateChanged). */
const SERVER_STATES = ['offline', 'online'];

/** The fields of class CustomerDetails. */
const CUSTOMER_DETAILS_FIELDS = [
  'eKCIN',
  'eRegStatus',
  'eCustName',
  'pChannel',
  'pPageTag',
  'pTopic',
  'eCin',
  'eAuthStatus',
  'eAuthLevel',
  'pKaiSid',
  'eCustSeg',
  'eMobileNo',
  'eEmail',
  'pBranding',
  'pCountry',
  'pLang',
  'pAccessToken',
];

/** The fields of class SessionDetails (as its ToString serialises them). */
const SESSION_DETAILS_FIELDS = ['eCustDetails', 'lib', 'comm_path', 'vachatid', 'enable_autocb', 'pClientTime', 'eEnteredCaptcha'];

/** The Session object: its optional agents and its trans records. */
const SESSION_AGENT_FIELDS = ['name', 'id', 'index'];
const SESSION_OPTIONAL_FIELDS = ['agents'];
const SESSION_TRANS_ENTRIES: TransEntry[] = [
  { type: 'msg', by: 'c', fields: ['type', 'by', 'msg', 'time'] },
  { type: 'msg', by: 'a', fields: ['type', 'by', 'msg', 'time'] },
  { type: 'connect', fields: ['type', 'id', 'name', 'time'] },
  { type: 'disconnect', fields: ['type', 'id', 'name', 'time'] },
];

/** What multilivechat appends to the parameters of functions and events. */
const MULTICHAT_APPENDS: MultichatAppend[] = [
  ...['SendMessage', 'SendAppMessage', 'NotifyTypingStateChange'].map((name) => ({ kind: 'function' as const, name, added: 'Sid' })),
  { kind: 'function', name: 'Start', added: 'clientId' },
  ...[
    'OnStartFailed',
    'OnEnd',
    'OnCallbackAutoRegistered',
    'OnCallbackRequestStatus',
    'OnCallQueued',
    'OnMessageReceived',
    'OnEcho',
    'OnTypingStateChanged',
    'OnAppMessageReceived',
    'OnConferenceUserLeft',
    'OnHistoryReceived',
  ].map((name) => ({ kind: 'event' as const, name, added: 'Sid' })),
  ...['OnRemoteUserConnected', 'OnStartSuccess'].map((name) => ({ kind: 'event' as const, name, added: 'clientId' })),
];

/** multilivechat's OnOpenSuccess receives an array of Session, each with these fields. */
const MULTICHAT_SESSION_FIELDS = ['clientId'];

/** The system status check. */
const STATUS_CHECK = { path: '/tetherfi/livechat/status', method: 'GET', responses: ['ONLINE', 'OFFLINE (message)'] };

/**
 * Every script and stylesheet the document has a page include: the mandatory two, livechat.js's
 * former name (revision 1.8), the optional audio/video ones, and the co-browse page's, which the
 * document gives relative to that page (`Styles/...`, `Scripts/...`) and a deployment serves
 * under <host>/tetherfi/.
 */
const SCRIPTS = [
  { path: '/tetherfi/livechat/livechat.js', query: ['multichat'] },
  { path: '/tetherfi/livechat/libtextchat.js', query: [] as string[] },
  { path: '/tetherfi/livechat/interface/__clientlog.js', query: [] as string[] },
  { path: '/tetherfi/adaptor.mini.js', query: [] as string[] },
  { path: '/tetherfi/livechat_video.mini.js', query: [] as string[] },
  { path: '/tetherfi/Styles/fontawesome-all.min.css', query: [] as string[] },
  { path: '/tetherfi/Styles/tetherfi-cobrowse.min.css', query: [] as string[] },
  { path: '/tetherfi/Scripts/cobrowse-configurations.js', query: [] as string[] },
  { path: '/tetherfi/Scripts/tetherfi-cobrowse-plugins.min.js', query: [] as string[] },
  { path: '/tetherfi/Scripts/tetherfi-cobrowse.min.js', query: [] as string[] },
];

interface TransEntry {
  type: string;
  by?: string;
  fields: string[];
}
interface MultichatAppend {
  kind: 'function' | 'event';
  name: string;
  added: string;
}

// ---------------------------------------------------------------------------------------------
// Loading the contract
// ---------------------------------------------------------------------------------------------

// biome-ignore lint/suspicious/noExplicitAny: walking arbitrary YAML
type Json = any;

interface SignatureParam {
  name: string;
  path?: string;
  optional?: boolean;
  client?: boolean;
  callback?: string;
  extension?: boolean;
}

/** A spec file with every $ref (to other files too) replaced by its target. */
const loadSpecFile = (file: string): Promise<Json> => dereferenced(file);

const openapi = await loadSpecFile('openapi.yaml');
const asyncapi = await loadSpecFile('asyncapi.yaml');
const schemas = {
  ErrorCode: await loadSpecFile('schemas/ErrorCode.yaml'),
  ReasonCode: await loadSpecFile('schemas/ReasonCode.yaml'),
  EndInitiator: await loadSpecFile('schemas/EndInitiator.yaml'),
  TypingState: await loadSpecFile('schemas/TypingState.yaml'),
  ServerState: await loadSpecFile('schemas/ServerState.yaml'),
  CustomerDetails: await loadSpecFile('schemas/CustomerDetails.yaml'),
  SessionDetails: await loadSpecFile('schemas/SessionDetails.yaml'),
  Session: await loadSpecFile('schemas/Session.yaml'),
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

interface Operation {
  label: string; // "POST /tetherfi/livechat/chats"
  op: Json;
}

const operations: Operation[] = Object.entries(openapi.paths ?? {}).flatMap(([urlPath, item]: [string, Json]) =>
  HTTP_METHODS.filter((m) => item?.[m]).map((m) => ({ label: `${m.toUpperCase()} ${urlPath}`, op: item[m] })),
);

/** Where a function is defined: an operation with an x-livechat-signature, or x-livechat-client-only. */
interface FunctionDefinition {
  where: string;
  signature: SignatureParam[];
  multichat?: { append?: SignatureParam[]; signature?: SignatureParam[] };
  op?: Json;
}

function functionDefinitions(name: string): FunctionDefinition[] {
  const fromOperations = operations
    .filter(({ op }) => (op['x-livechat-function'] ?? []).includes(name) && op['x-livechat-signature'])
    .map(({ label, op }) => ({
      where: `openapi.yaml ${label}`,
      signature: op['x-livechat-signature'],
      multichat: op['x-livechat-multichat'],
      op,
    }));
  const clientOnly = openapi['x-livechat-client-only']?.[name];
  const fromClientOnly = clientOnly
    ? [
        {
          where: `openapi.yaml x-livechat-client-only.${name}`,
          signature: clientOnly['x-livechat-signature'] ?? [],
          multichat: clientOnly['x-livechat-multichat'],
        },
      ]
    : [];
  return [...fromOperations, ...fromClientOnly];
}

function eventMessage(name: string): Json | undefined {
  return Object.values(asyncapi.components?.messages ?? {}).find((m: Json) => m?.name === name);
}

/** Where a function's or event's x-livechat-multichat is, and how to resolve a parameter path there. */
function multichatDefinitions(kind: MultichatAppend['kind'], name: string) {
  if (kind === 'function') {
    return functionDefinitions(name).map((d) => ({
      where: d.where,
      multichat: d.multichat,
      signature: d.signature as SignatureParam[],
      resolve: (p: string) => d.op && resolveOperationPath(d.op, p),
    }));
  }
  const message = eventMessage(name);
  if (!message) return [];
  return [
    {
      where: `asyncapi.yaml ${name}`,
      multichat: message['x-livechat-multichat'],
      signature: (message['x-livechat-signature'] ?? []) as SignatureParam[],
      resolve: (p: string) => resolveSchemaPath(message.payload, p),
    },
  ];
}

/** The schema a function parameter's path points at: body[.x], path.x, query.x, header.x, response.x. */
function resolveOperationPath(op: Json, paramPath: string): Json | undefined {
  const [where, ...rest] = paramPath.split('.');
  const field = rest.join('.');
  if (where === 'body') {
    const schema = Object.values(op.requestBody?.content ?? {}).map((c: Json) => c.schema)[0];
    return field ? resolveSchemaPath(schema, field) : schema;
  }
  if (where === 'response') {
    const schemas2xx = Object.entries(op.responses ?? {})
      .filter(([status]) => status.startsWith('2'))
      .flatMap(([, r]: [string, Json]) => Object.values(r.content ?? {}).map((c: Json) => c.schema));
    return schemas2xx.map((s) => resolveSchemaPath(s, field)).find(Boolean);
  }
  return (op.parameters ?? []).find((p: Json) => p.in === where && p.name === field)?.schema;
}

/** Walks a schema along a dotted path of property names ("data.sessions.0": 0 = array items). */
function resolveSchemaPath(schema: Json, dotted: string): Json | undefined {
  let current = schema;
  for (const segment of dotted.split('.')) {
    if (current === undefined) return undefined;
    current = /^\d+$/.test(segment) ? current.items : current.properties?.[segment];
  }
  return current;
}

/** The `const` values of an enumeration written as `oneOf: [{const, description}]`. */
function enumValues(schema: Json): Json[] {
  return (schema?.oneOf ?? []).map((o: Json) => o.const);
}

function enumEntry(schema: Json, value: Json): Json | undefined {
  return (schema?.oneOf ?? []).find((o: Json) => o.const === value);
}

const names = (params: SignatureParam[] | undefined) => (params ?? []).map((p) => p.name);
/** The document's own parameters of a signature: those it lists, not our extensions (which come after them). */
const documentParams = (params: SignatureParam[] | undefined) => (params ?? []).filter((p) => !p.extension);
const documentName = (param: string) => param.replace(/^\[(.*)\]$/, '$1');
const isOptional = (param: string) => /^\[.*\]$/.test(param);

// ---------------------------------------------------------------------------------------------
// Reading the document
// ---------------------------------------------------------------------------------------------

const matchAll = (text: string, re: RegExp, group = 1) => [...text.matchAll(re)].map((m) => m[group] ?? '');
const unique = <T>(xs: T[]) => [...new Set(xs)];
const splitParams = (list: string) =>
  list
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);

/** The document's elements as its text gives them (the lists above are held to these). */
function readDocument(documentText: string) {
  /** The text between the first `from` (after `after`, if given) and the next `to`. */
  function between(from: string, to: string, after = 0): string {
    const start = documentText.indexOf(from, after);
    if (start < 0) throw new Error(`reference document: "${from}" not found`);
    const end = documentText.indexOf(to, start + from.length);
    return documentText.slice(start, end < 0 ? undefined : end);
  }

  /** Contents of the document's fenced code blocks. */
  const codeBlocks = matchAll(documentText, /```[^\n]*\n([\s\S]*?)```/g).map((b) => b.trim());

  /** Function headings: a code block holding only `livechat.Name( a, b );`. */
  const documentFunctionHeadings = new Map(
    codeBlocks
      .map((b) => b.match(/^livechat\.(\w+)\s*\(([^)]*)\)\s*;$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1] ?? '', splitParams(m[2] ?? '')]),
  );

  /** Event headings: a code block holding only `livechat.OnName = function( a, b ){ .. }`. */
  const documentEventHeadings = new Map(
    codeBlocks
      .map((b) => b.match(/^livechat\.(On\w+)\s*=\s*function\s*\(([^)]*)\)\s*\{\s*\.\.\s*\}$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1] ?? '', splitParams(m[2] ?? '')]),
  );

  /** Every `livechat.Name(` anywhere (table of contents, headings, examples; not "livechat.js ("), typos corrected. */
  const documentFunctionNames = unique(
    matchAll(documentText, /(?<![\w/.])livechat\.(?!On[A-Z]|js\b)(\w+)\s*\(/g).map((n) => DOCUMENT_TOC_TYPOS[n] ?? n),
  );

  /** Every `livechat.OnName` anywhere (`= function(` lines, and mentions). */
  const documentEventNames = unique(matchAll(documentText, /(?<![\w/.])livechat\.(On[A-Z]\w*)/g));

  /** The codes of the code block that follows an event's heading block (one a line, some with commas). */
  function codeListAfter(heading: string): string[] {
    const headingStart = documentText.indexOf(`\`\`\`\n${heading}`);
    if (headingStart < 0) throw new Error(`reference document: no heading block ${heading}`);
    const headingEnd = documentText.indexOf('```', headingStart + 3) + 3;
    const block = documentText.slice(headingEnd).match(/```[^\n]*\n([\s\S]*?)```/);
    return splitParams((block?.[1] ?? '').replace(/\n/g, ','));
  }

  const documentErrorCodes: Record<string, string[]> = {
    OnStartFailed: codeListAfter('livechat.OnStartFailed = function'),
    OnOpenFailed: codeListAfter('livechat.OnOpenFailed = function'),
    OnInternalServerError: matchAll(
      between('```\nlivechat.OnInternalServerError', '```\nlivechat.OnCallQueued'),
      /errorCode :\s*\[(\w+)\]\(#\)/g,
    ),
  };

  const documentReasonCodes = matchAll(between('Possible reason codes strings are', '```'), /^\*\*(\w+)\*\*\s*[–-]/gm);
  const documentEndInitiators = matchAll(between('Parameter initiator :', 'Parameter reason :'), /^\*\*(\w+)\*\*\s*[–-]/gm);
  const documentLibEndReason = documentText.match(/initiator = 'lib' : reason is (\w+)/)?.[1];
  const documentTypingStates = unique(matchAll(documentText, /(\d-Typing (?:started|stopped))/g)).map((s) => {
    const [, value, meaning] = s.match(/(\d)-Typing (\w+)/) as RegExpMatchArray;
    return { value: Number(value), meaning };
  });
  const documentServerStates = matchAll(
    between('livechat.OnServerStateChanged = function', 'Hint:', documentText.indexOf('## Events')),
    /^`(\w+)` –/gm,
  );

  const documentCustomerDetailsFields = matchAll(between('function CustomerDetails()', 'Class to hold'), /^\s*this\.(\w+)\s*=/gm);
  const documentSessionDetailsFields = matchAll(
    between('function SessionDetails ()', 'Usage:'),
    /^\s*this\.(\w+)\s*(?:;|=(?!\s*function))/gm,
  );

  /** The Session object's inline records `{ key : "value", ... }`. */
  const sessionText = between('Dynamic object which carry information about an already opened session', '**agents(optional)**');
  const sessionRecords = matchAll(sessionText, /\{([^{}\n]*)\}/g).map((body) =>
    Object.fromEntries([...body.matchAll(/(\w+)\s*:\s*"([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? ''])),
  );
  const documentSessionAgentFields = unique(sessionRecords.filter((r) => !('type' in r)).flatMap((r) => Object.keys(r)));
  const documentSessionTransEntries: TransEntry[] = sessionRecords
    .filter((r) => 'type' in r)
    .map((r) => ({ type: r.type ?? '', ...(r.by ? { by: r.by } : {}), fields: Object.keys(r) }));
  const documentSessionOptionalFields = matchAll(sessionText, /(\w+)\(optional\)/g);

  const multichatText = between('## Multi-chat Functionality', '## Communication model');
  const documentMultichatSessionFields = unique(
    matchAll(
      between('Dynamic object array', '## Basic Communication Functions', documentText.indexOf('## Multi-chat Functionality')),
      /^\s{4}(\w+)\s*:\s*""\s*$/gm,
    ),
  );

  /** "All the functions/events marked below has an additional parameter **X**" followed by links. */
  function documentMultichatAppends(): MultichatAppend[] {
    const appends: MultichatAppend[] = [];
    let kind: MultichatAppend['kind'] = 'function';
    let added: string | undefined;
    for (const line of multichatText.split('\n')) {
      if (line.startsWith('## Basic Communication Functions')) kind = 'function';
      if (line.startsWith('## Events')) kind = 'event';
      if (line.startsWith('## ')) added = undefined;
      added = line.match(/additional parameter \*\*(\w+)\*\*/)?.[1] ?? added;
      if (added) for (const name of matchAll(line, /\[(\w+)\]\(#\)/g)) appends.push({ kind, name, added });
    }
    return appends;
  }

  const statusText = between('## System status check', '## Multi-chat Functionality');
  const documentStatusCheck = {
    path: statusText.match(/URL : \[<host>(\S+)\]\(#\)/)?.[1],
    method: statusText.match(/Type: (\w+)/)?.[1],
    responses: matchAll(statusText, /Response Message : (.+?)\s*$/gm),
  };

  /**
   * Every script and stylesheet the document names, as "path" or "path?param": each
   * `<host>/....js[?param=value]`; the co-browse page's `Styles/...` and `Scripts/...`, relative to
   * that page, which a deployment serves under <host>/tetherfi/; and libtextchat.js, the name
   * livechat.js stays backward compatible with (revision 1.8), beside it.
   */
  const documentScripts = [
    ...matchAll(documentText, /<host>(\/[^\s?`()]+\.js(?:\?\w+)?)/g),
    ...matchAll(documentText, /(?:href|src)=['"]((?:Styles|Scripts)\/[\w.-]+\.(?:css|js))['"]/g).map((path) => `/tetherfi/${path}`),
    ...matchAll(documentText, /backward compatible with (\w+\.js)/g).map((name) => `/tetherfi/livechat/${name}`),
  ];

  return {
    documentFunctionHeadings,
    documentEventHeadings,
    documentFunctionNames,
    documentEventNames,
    documentErrorCodes,
    documentReasonCodes,
    documentEndInitiators,
    documentLibEndReason,
    documentTypingStates,
    documentServerStates,
    documentCustomerDetailsFields,
    documentSessionDetailsFields,
    documentSessionAgentFields,
    documentSessionTransEntries,
    documentSessionOptionalFields,
    documentMultichatSessionFields,
    documentStatusCheck,
    documentScripts,
    documentMultichatAppends: documentMultichatAppends(),
  };
}

// ---------------------------------------------------------------------------------------------
// The contract covers each element
// ---------------------------------------------------------------------------------------------

describe('functions', () => {
  it.each(Object.entries(FUNCTIONS))('%s is an x-livechat-function (or client-only) with the document parameters', (fn, params) => {
    const definitions = functionDefinitions(fn);
    expect(
      definitions.map((d) => d.where),
      `no operation with x-livechat-function [${fn}] and an x-livechat-signature, and no x-livechat-client-only.${fn}`,
    ).not.toEqual([]);
    const expected = params.map((p) => SPEC_PARAMETER_NAMES[fn]?.[documentName(p)] ?? documentName(p));
    for (const { where, signature } of definitions) {
      expect(names(signature), `${fn} at ${where}: x-livechat-signature names`).toEqual(expected);
      params.forEach((p, i) => {
        if (isOptional(p)) expect(signature[i]?.optional, `${fn} at ${where}: ${p} is optional`).toBe(true);
      });
    }
  });

  it.each(Object.keys(FUNCTIONS))('%s: each signature parameter reaches the server at its path, or is marked client-side', (fn) => {
    for (const { where, signature, op } of functionDefinitions(fn)) {
      for (const param of signature) {
        if (param.path) {
          expect(
            op && resolveOperationPath(op, param.path),
            `${fn} at ${where}: ${param.name} -> ${param.path} resolves to nothing`,
          ).toBeDefined();
        } else {
          const clientSide = !op || param.client === true || typeof param.callback === 'string';
          expect(clientSide, `${fn} at ${where}: ${param.name} has neither path nor client/callback`).toBe(true);
        }
      }
    }
  });
});

describe('events', () => {
  it.each(Object.entries(EVENTS))('%s is a message of asyncapi.yaml with the handler parameters', (event, params) => {
    const message = eventMessage(event);
    expect(message, `asyncapi.yaml has no message with name ${event}`).toBeDefined();
    const signature: SignatureParam[] = message['x-livechat-signature'] ?? [];
    expect(names(documentParams(signature)), `${event}: x-livechat-signature names`).toEqual(params);
    expect(names(signature.slice(0, params.length)), `${event}: the document's parameters come first`).toEqual(params);
  });

  it.each(Object.keys(EVENTS))('%s: each signature parameter is at its path in the payload', (event) => {
    const message = eventMessage(event);
    expect(message, `asyncapi.yaml has no message with name ${event}`).toBeDefined();
    for (const param of message['x-livechat-signature'] ?? []) {
      expect(resolveSchemaPath(message.payload, param.path), `${event}: ${param.name} -> ${param.path} resolves to nothing`).toBeDefined();
    }
  });

  it.each(EVENT_SYNONYMS)('$event is x-livechat-synonym-of $synonymOf', ({ event, synonymOf }) => {
    expect(eventMessage(event)?.['x-livechat-synonym-of'], `${event}: x-livechat-synonym-of`).toBe(synonymOf);
  });
});

describe('error and reason codes', () => {
  const errorCases = Object.entries(ERROR_CODES).flatMap(([event, { fn, codes }]) => codes.map((code) => ({ event, fn, code })));

  it.each(errorCases)('$event: $code is in ErrorCode.yaml with a description', ({ code }) => {
    const entry = enumEntry(schemas.ErrorCode, code);
    expect(entry, `ErrorCode.yaml has no { const: ${code} }`).toBeDefined();
    expect(entry.description, `ErrorCode.yaml ${code}: description`).toMatch(/\S/);
  });

  /** The `reason`s of an operation's 200 examples: Open answers NoSessionFound and AlreadyEndedSession without an error status. */
  const answeredReasons = (op: Json): string[] =>
    Object.values(op.responses?.['200']?.content?.['application/json']?.examples ?? {}).flatMap((example: Json) =>
      typeof example?.value?.reason === 'string' ? [example.value.reason] : [],
    );
  it.each(errorCases.filter((c) => c.fn))("$event: $code is in $fn's x-livechat-errors or its 200 answer's reasons", ({ fn, code }) => {
    const definitions = functionDefinitions(fn as string).filter((d) => d.op);
    expect(definitions, `no operation for ${fn}`).not.toEqual([]);
    for (const { where, op } of definitions)
      expect([...(op['x-livechat-errors'] ?? []), ...answeredReasons(op)], `${where}: x-livechat-errors and 200 reasons`).toContain(code);
  });

  it('OnInternalServerError: UnOpenedSessionNotAllowed is returned by some operation', () => {
    const returning = operations.filter(({ op }) => (op['x-livechat-errors'] ?? []).includes('UnOpenedSessionNotAllowed'));
    expect(returning.map((o) => o.label)).not.toEqual([]);
  });

  it.each(REASON_CODES)('%s is in ReasonCode.yaml with a description', (code) => {
    const entry = enumEntry(schemas.ReasonCode, code);
    expect(entry, `ReasonCode.yaml has no { const: ${code} }`).toBeDefined();
    expect(entry.description, `ReasonCode.yaml ${code}: description`).toMatch(/\S/);
  });
});

describe('OnEnd, typing and server states', () => {
  it.each(END_INITIATORS)('OnEnd initiator %s is in EndInitiator.yaml', (initiator) => {
    expect(enumValues(schemas.EndInitiator)).toContain(initiator);
  });

  it('OnEnd initiator is an EndInitiator', () => {
    expect(resolveSchemaPath(eventMessage('OnEnd')?.payload, 'data.initiator')?.title).toBe('EndInitiator');
  });

  it(`OnEnd reason ${LIB_END_REASON} goes with initiator lib`, () => {
    const reason = resolveSchemaPath(eventMessage('OnEnd')?.payload, 'data.reason');
    expect(JSON.stringify(reason ?? null), 'OnEnd data.reason').toContain(LIB_END_REASON);
    expect(enumEntry(schemas.EndInitiator, 'lib')?.description, 'EndInitiator lib').toContain(LIB_END_REASON);
  });

  it.each(TYPING_STATES)('typing state $value (typing $meaning) is in TypingState.yaml', ({ value, meaning }) => {
    const entry = enumEntry(schemas.TypingState, value);
    expect(entry, `TypingState.yaml has no { const: ${value} }`).toBeDefined();
    expect(entry.description).toMatch(new RegExp(meaning, 'i'));
  });

  it.each(SERVER_STATES)('server state %s is in ServerState.yaml', (state) => {
    expect(enumValues(schemas.ServerState)).toContain(state);
  });
});

describe('classes and the Session object', () => {
  it.each(CUSTOMER_DETAILS_FIELDS)('CustomerDetails.%s is a property', (field) => {
    expect(Object.keys(schemas.CustomerDetails.properties ?? {})).toContain(field);
  });

  it.each(SESSION_DETAILS_FIELDS)('SessionDetails.%s is a property', (field) => {
    expect(Object.keys(schemas.SessionDetails.properties ?? {})).toContain(field);
  });

  it.each(SESSION_AGENT_FIELDS)('Session agents[].%s is a property', (field) => {
    expect(Object.keys(schemas.Session.properties?.agents?.items?.properties ?? {})).toContain(field);
  });

  it.each(SESSION_OPTIONAL_FIELDS)('Session.%s is optional', (field) => {
    expect(Object.keys(schemas.Session.properties ?? {})).toContain(field);
    expect(schemas.Session.required ?? []).not.toContain(field);
  });

  const transCases = SESSION_TRANS_ENTRIES.map((e) => ({ ...e, label: e.by ? `${e.type} by ${e.by}` : e.type }));
  it.each(transCases)('Session trans[] record $label has $fields', ({ type, by, fields }) => {
    const variants: Json[] = schemas.Session.properties?.trans?.items?.oneOf ?? [];
    const variant = variants.find((v) => v.properties?.type?.const === type);
    expect(variant, `Session trans[]: no oneOf variant with type const ${type}`).toBeDefined();
    expect(Object.keys(variant.properties)).toEqual(expect.arrayContaining(fields));
    if (by) expect(enumValues(variant.properties.by), `Session trans[] ${type}: by`).toContain(by);
  });
});

describe('multi-chat (multilivechat)', () => {
  it.each(MULTICHAT_APPENDS)('$kind $name: multilivechat appends $added', ({ kind, name, added }) => {
    const definitions = multichatDefinitions(kind, name);
    expect(definitions, `${name} is not in the contract`).not.toEqual([]);
    for (const { where, multichat, signature, resolve } of definitions) {
      // Appended, or in a signature that replaces livechat's (OnStartFailed: its extension `code` stays last).
      const appended = multichat?.signature
        ? documentParams(multichat.signature).slice(documentParams(signature).length)
        : documentParams(multichat?.append);
      expect(names(appended), `${where}: x-livechat-multichat.append`).toEqual([added]);
      const path = appended[0]?.path ?? '(no path)';
      expect(resolve(path), `${where}: ${added} -> ${path} resolves to nothing`).toBeDefined();
    }
  });

  it.each(MULTICHAT_SESSION_FIELDS)('OnOpenSuccess receives an array of Session, each with %s', (field) => {
    const message = eventMessage('OnOpenSuccess');
    const signature: SignatureParam[] = message?.['x-livechat-multichat']?.signature ?? [];
    expect(names(signature), 'OnOpenSuccess x-livechat-multichat.signature').toEqual(['Session']);
    const sessionsPath = signature[0]?.path ?? '(no path)';
    const sessions = resolveSchemaPath(message.payload, sessionsPath);
    expect(sessions?.type, `OnOpenSuccess ${sessionsPath}`).toBe('array');
    expect(sessions.items?.title).toBe('Session');
    expect(Object.keys(sessions.items?.properties ?? {})).toContain(field);
    expect(sessions.items?.required ?? []).toContain(field);
  });
});

describe('status check and scripts', () => {
  it(`${STATUS_CHECK.method} ${STATUS_CHECK.path} answers text/plain ${STATUS_CHECK.responses.join(' / ')}`, () => {
    const op = openapi.paths?.[STATUS_CHECK.path]?.[STATUS_CHECK.method.toLowerCase()];
    expect(op, `openapi.yaml has no ${STATUS_CHECK.method} ${STATUS_CHECK.path}`).toBeDefined();
    const examples = Object.values(op.responses?.['200']?.content?.['text/plain']?.examples ?? {}).map((e: Json) => e.value);
    for (const response of STATUS_CHECK.responses) {
      // "(message)" is the document's placeholder for any text.
      const pattern = new RegExp(`^${response.replace(/[()]/g, '\\$&').replace('\\(message\\)', '\\(.+\\)')}$`);
      expect(examples, `${STATUS_CHECK.path}: a text/plain example like "${response}"`).toContainEqual(expect.stringMatching(pattern));
    }
  });

  it.each(SCRIPTS)('GET $path is served, with query parameters $query', ({ path: scriptPath, query }) => {
    const op = openapi.paths?.[scriptPath]?.get;
    expect(op, `openapi.yaml has no GET ${scriptPath}`).toBeDefined();
    const queryParams = (op.parameters ?? []).filter((p: Json) => p.in === 'query').map((p: Json) => p.name);
    expect(queryParams).toEqual(expect.arrayContaining(query));
  });
});

// ---------------------------------------------------------------------------------------------
// The lists above are complete with respect to the document
// ---------------------------------------------------------------------------------------------

/** Two-way comparison: everything the document gives is listed, everything listed is in the document. */
function describeListAgainstDocument(title: string, listed: string[], documented: string[]) {
  describe(title, () => {
    it.each(documented)("document's %s is listed", (name) => {
      expect(listed).toContain(name);
    });
    it.each(listed)('listed %s is in the document', (name) => {
      expect(documented).toContain(name);
    });
  });
}

// A clone without the document beside it (a partner's) skips this part and says so; CI, where it
// is present, sets LIVECHAT_REQUIRE_REFERENCE_DOCUMENT=1 (.ci/run), so losing it there fails.
const documentText = existsSync(REFERENCE_FILE) ? readFileSync(REFERENCE_FILE, 'utf8') : undefined;
const documentRequired = process.env.LIVECHAT_REQUIRE_REFERENCE_DOCUMENT === '1';
if (documentText === undefined && !documentRequired)
  console.warn(
    `skipped: the lists against the reference document - ${REFERENCE_FILE} is not beside the repository (the contract's coverage of the lists still runs)`,
  );

describe.skipIf(documentText === undefined && !documentRequired)('the lists match the reference document', () => {
  if (documentText === undefined) {
    it('has the reference document to read', () => {
      expect.fail(`${REFERENCE_FILE} is absent, and LIVECHAT_REQUIRE_REFERENCE_DOCUMENT=1 requires it`);
    });
    return;
  }
  const {
    documentFunctionHeadings,
    documentEventHeadings,
    documentFunctionNames,
    documentEventNames,
    documentErrorCodes,
    documentReasonCodes,
    documentEndInitiators,
    documentLibEndReason,
    documentTypingStates,
    documentServerStates,
    documentCustomerDetailsFields,
    documentSessionDetailsFields,
    documentSessionAgentFields,
    documentSessionTransEntries,
    documentSessionOptionalFields,
    documentMultichatSessionFields,
    documentStatusCheck,
    documentScripts,
    documentMultichatAppends,
  } = readDocument(documentText);

  it('the document was read', () => {
    expect(documentText).toContain('Tetherfi Communication Web API Reference Document');
    expect(documentText).toContain('Document Version : 2.19.09.13');
  });

  describeListAgainstDocument('function names', Object.keys(FUNCTIONS), documentFunctionNames);
  describe('function parameters', () => {
    it.each(Object.entries(FUNCTIONS))('%s: parameters as its heading gives them', (fn, params) => {
      expect(documentFunctionHeadings.get(fn), `no heading livechat.${fn}(...) in the document`).toEqual(params);
    });
  });

  describeListAgainstDocument('event names', Object.keys(EVENTS), documentEventNames);
  describe('event parameters', () => {
    it.each(Object.entries(EVENTS))('%s: parameters as its heading gives them', (event, params) => {
      expect(documentEventHeadings.get(event), `no heading livechat.${event} = function(...) in the document`).toEqual(params);
    });
  });

  for (const [event, { codes }] of Object.entries(ERROR_CODES)) {
    describeListAgainstDocument(`${event} error codes`, codes, documentErrorCodes[event] ?? []);
  }
  describeListAgainstDocument('reason codes', REASON_CODES, documentReasonCodes);
  describeListAgainstDocument('OnEnd initiators', END_INITIATORS, documentEndInitiators);
  describeListAgainstDocument('server states', SERVER_STATES, documentServerStates);
  describe('typing states and the lib end reason', () => {
    it('typing states', () => expect(documentTypingStates).toEqual(TYPING_STATES));
    it('lib end reason', () => expect(documentLibEndReason).toBe(LIB_END_REASON));
  });

  describeListAgainstDocument('CustomerDetails fields', CUSTOMER_DETAILS_FIELDS, documentCustomerDetailsFields);
  describeListAgainstDocument('SessionDetails fields', SESSION_DETAILS_FIELDS, documentSessionDetailsFields);
  describeListAgainstDocument('Session agents fields', SESSION_AGENT_FIELDS, documentSessionAgentFields);
  describeListAgainstDocument('Session optional fields', SESSION_OPTIONAL_FIELDS, documentSessionOptionalFields);
  describeListAgainstDocument('multilivechat Session fields', MULTICHAT_SESSION_FIELDS, documentMultichatSessionFields);
  describe('Session trans records', () => {
    it('as the document gives them', () => expect(documentSessionTransEntries).toEqual(SESSION_TRANS_ENTRIES));
  });

  const appendKey = (a: MultichatAppend) => `${a.kind} ${a.name} + ${a.added}`;
  describeListAgainstDocument('multilivechat additions', MULTICHAT_APPENDS.map(appendKey), documentMultichatAppends.map(appendKey));

  describe('status check', () => {
    it('path, method and responses', () => expect(documentStatusCheck).toEqual(STATUS_CHECK));
  });

  describeListAgainstDocument(
    'scripts',
    unique(SCRIPTS.flatMap((s) => [s.path, ...s.query.map((q) => `${s.path}?${q}`)])),
    unique(documentScripts),
  );
});
