// A request of each operation that the contract accepts, for the ids a case has - the base every
// error strategy changes in one respect (no cookie, a stale token, an unknown sid, a broken field)
// - and the schema-driven way to break one: the operation's own request, query, header or path
// schema (the generated validators) confirms that the request is valid and its broken copy is not.
import { operations } from '../../generated/http/operations.ts';
import { createValidators, schemaRefs, type ValidatorKey } from '../../generated/validators.ts';
import type { OperationId, RawCall } from '../suite/context.ts';
import { multipart, randomId } from './setups.ts';

/** The ids a request names: the chat, its call or co-browse session, a file, a Start's clientId, the page. */
export type Ids = { sid: string; callId: string; cobrowseId: string; fileName: string; clientId: string; pageId: string };

/** Ids that name nothing on the deployment, in the contract's patterns. */
export const unknownIds = (pageId = randomId('pg_')): Ids => ({
  sid: randomId('c_'),
  callId: randomId('av_'),
  cobrowseId: randomId('cb_'),
  fileName: `f_${randomId('')}.txt`,
  clientId: randomId('ci_'),
  pageId,
});

const signal = { type: 'offer', sdp: 'v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' };

/** A small text file, of a type every deployment allows (text/plain is in the contract's example limits). */
export const textFile = { name: 'conformance.txt', type: 'text/plain', content: 'Hello from the conformance suite.\n' };

/** A file of a known media type: its usual name and valid content (the smallest real file of it). */
export type SampleFile = { type: string; name: string; content: string | Uint8Array };

const base64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/**
 * The media types the suite has a real file of, for the upload type probes: each in or out of a
 * session's announced allowedFileTypes. Binary files are 1x1 images, a one-object PDF, an empty
 * zip archive and the start of a Windows executable.
 */
export const sampleFiles: readonly SampleFile[] = [
  {
    type: 'image/png',
    name: 'probe.png',
    content: base64('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  },
  {
    type: 'image/jpeg',
    name: 'probe.jpg',
    content: base64(
      '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    ),
  },
  { type: 'image/gif', name: 'probe.gif', content: base64('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7') },
  { type: 'image/webp', name: 'probe.webp', content: base64('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==') },
  { type: 'application/pdf', name: 'probe.pdf', content: '%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n' },
  { type: 'text/plain', name: 'probe.txt', content: 'A plain text file of the conformance suite.\n' },
  { type: 'application/zip', name: 'probe.zip', content: new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]) },
  {
    type: 'application/x-msdownload',
    name: 'setup.exe',
    content: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, 0x50, 0x45, 0, 0]),
  },
];

/** The operations whose path names a chat (`/chats/{sid}/...`). */
export const chatScoped = (operation: OperationId) => operations[operation].path.includes('{sid}');

const requests: Record<OperationId, (ids: Ids) => RawCall> = {
  getStatus: () => ({}),
  slog: () => ({ body: { type: 'info', unit: 'conformance', msg: 'a line from the conformance suite' } }),
  getLivechatScript: () => ({ query: { multichat: 'false' } }),
  getClientLogScript: () => ({}),
  getAdaptorScript: () => ({}),
  getLivechatVideoScript: () => ({}),
  getCobrowseScript: () => ({}),
  getLibtextchatScript: () => ({ query: { multichat: 'false' } }),
  getCobrowseScriptAlias: () => ({}),
  getCobrowsePluginsScript: () => ({}),
  getCobrowseConfigurationsScript: () => ({}),
  getCobrowseStyles: () => ({}),
  getFontawesomeStyles: () => ({}),
  getAccessToken: () => ({}),
  openChats: () => ({}),
  closePage: () => ({}),
  startChat: (ids) => ({
    body: { details: { eCustDetails: { eCustName: 'Conformance Customer', pTopic: 'conformance' }, lib: 'web' }, clientId: ids.clientId },
  }),
  endChat: (ids) => ({ path: { sid: ids.sid }, body: { reason: 'conformance' } }),
  openEventStream: (ids) => ({ query: { page: ids.pageId, after: '0' } }),
  pollEvents: (ids) => ({ query: { page: ids.pageId, after: '0', waitMs: '0' } }),
  sendMessage: (ids) => ({
    path: { sid: ids.sid },
    body: { msg: 'Hello from the conformance suite', clientMessageId: 'm_conformance_0001' },
  }),
  sendAppMessage: (ids) => ({
    path: { sid: ids.sid },
    body: { type: 'conformance', obj: { step: 1 }, clientMessageId: 'a_conformance_0001' },
  }),
  notifyTypingStateChange: (ids) => ({ path: { sid: ids.sid }, body: { state: 0 } }),
  requestCallback: (ids) => ({ path: { sid: ids.sid }, body: { contact: '+65 9123 4567' } }),
  startAvCall: (ids) => ({ path: { sid: ids.sid }, body: { audio: true, video: true } }),
  endAvCall: (ids) => ({ path: { sid: ids.sid }, body: { callId: ids.callId } }),
  pauseAv: (ids) => ({ path: { sid: ids.sid }, body: { callId: ids.callId, audio: true, video: false } }),
  sendAvSignal: (ids) => ({ path: { sid: ids.sid }, body: { callId: ids.callId, signal } }),
  startCobrowse: (ids) => ({
    path: { sid: ids.sid },
    body: { domControlList: { checkboxId: ['checkbox1'] }, isMousePointerCapture: true, isAnnotationEnabled: true },
  }),
  endCobrowse: (ids) => ({ path: { sid: ids.sid }, body: { cobrowseId: ids.cobrowseId } }),
  sendCobrowseSignal: (ids) => ({ path: { sid: ids.sid }, body: { cobrowseId: ids.cobrowseId, signal } }),
  sendCobrowseControlValue: (ids) => ({
    path: { sid: ids.sid },
    body: { cobrowseId: ids.cobrowseId, value: { control: 'checkbox', id: 'checkbox1', value: true } },
  }),
  sendCobrowsePointer: (ids) => ({
    path: { sid: ids.sid },
    body: { cobrowseId: ids.cobrowseId, points: [{ x: 0.5, y: 0.25, visible: true }] },
  }),
  sendCobrowseAnnotation: (ids) => ({
    path: { sid: ids.sid },
    body: {
      cobrowseId: ids.cobrowseId,
      annotation: {
        tool: 'pen',
        color: '#ff0000',
        points: [
          [0.1, 0.1],
          [0.2, 0.15],
        ],
      },
    },
  }),
  getCaptchaImage: () => ({ query: { reset: 'false' } }),
  uploadFiles: (ids) => ({ path: { sid: ids.sid }, ...multipart([textFile]) }),
  downloadFile: (ids) => ({ path: { sid: ids.sid, fileName: ids.fileName } }),
  createCampaignContact: () => ({ body: { campaign: 'conformance', name: 'Conformance Customer', phone: '+6591234567' } }),
};

/** A request of `operation` the contract accepts, naming `ids`. */
export const validRequest = (operation: OperationId, ids: Ids): RawCall => requests[operation](ids);

// --- breaking a request --------------------------------------------------------------------------

const validators = createValidators();
/** The contract's validator of `key` (request:, query:, headers:, params: of an operation), when the operation has that part. */
export const validatorOf = (key: string) => (key in schemaRefs ? validators(key as ValidatorKey) : undefined);

/** A value of another JSON type than `value`'s. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'not a number';
  if (typeof value === 'boolean') return 'not a boolean';
  if (value !== null && typeof value === 'object') return 'not an object';
  return { not: 'this' };
}

/** A copy of `request` that its operation's schemas refuse, and what is wrong with it - derived from the schemas, not written per operation. */
export function brokenRequest(operation: OperationId, request: RawCall): { request: RawCall; what: string } {
  const body = validatorOf(`request:${operation}`);
  if (body !== undefined && request.body !== undefined) {
    if (!body(request.body)) throw new Error(`the suite's ${operation} request is not valid: ${JSON.stringify(body.errors)}`);
    if (request.body !== null && typeof request.body === 'object' && !Array.isArray(request.body))
      for (const [key, value] of Object.entries(request.body)) {
        const broken = { ...request.body, [key]: wrongType(value) };
        if (!body(broken)) return { request: { ...request, body: broken }, what: `the body's ${key} of the wrong type` };
      }
    const broken = wrongType(request.body);
    if (!body(broken)) return { request: { ...request, body: broken }, what: 'a body of the wrong type' };
  }
  // uploadFiles' body is multipart, which no JSON validator reads: its one property is the files part.
  if (operation === 'uploadFiles')
    return {
      request: { ...request, ...multipart([textFile], 'attachment') },
      what: 'a multipart body without the files part (a part named attachment)',
    };
  for (const [part, key] of [
    ['query', `query:${operation}`],
    ['headers', `headers:${operation}`],
    ['path', `params:${operation}`],
  ] as const) {
    const validate = validatorOf(key);
    const values = part === 'headers' ? { 'livechat-page': randomId('pg_'), ...request.headers } : request[part];
    if (validate === undefined || values === undefined) continue;
    for (const name of Object.keys(values)) {
      const broken = { ...values, [name]: 'not valid!' };
      // The validator coerces in place: give it a copy.
      if (!validate({ ...broken }))
        return {
          request: { ...request, [part]: broken },
          what: `the ${part === 'path' ? 'path parameter' : part === 'query' ? 'query parameter' : 'header'} ${name} not as its schema says`,
        };
    }
  }
  throw new Error(`the suite cannot break a request of ${operation}`);
}
