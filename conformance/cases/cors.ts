// cors:* - the cross-origin rules of spec/README.md ("CORS"), which no single operation names:
// an origin the deployment does not list gets no CORS headers at all, so a page there can neither
// read the access token nor send Livechat-Token; an origin it lists (--allowed-origin) gets exactly
// itself, never `*`, with credentials, the custom headers allowed and Retry-After exposed.
import { randomBytes } from 'node:crypto';
import { operations } from '../../generated/http/operations.ts';
import type { CaseContext, RawAnswer } from '../suite/context.ts';
import { exact, type Resolver, type SuiteCase } from '../suite/registry.ts';
import { customer, readStream, send } from './setups.ts';

/** The headers the contract's custom request headers need a preflight's allowance for. */
const CUSTOM_HEADERS = ['Content-Type', 'Livechat-Token', 'Livechat-Page', 'Last-Event-ID'];
const START = operations.startChat.path;

const corsHeaders = (answer: { headers: Headers }) => [...answer.headers.keys()].filter((name) => name.startsWith('access-control-'));
const list = (value: string | null) => (value ?? '').split(',').map((item) => item.trim().toLowerCase());

/** A preflight as a browser sends it before a Start from a page of `origin`: POST with Livechat-Token, Livechat-Page and JSON. */
const preflight = (t: CaseContext, origin: string): Promise<RawAnswer> =>
  t.callOutsideContract('OPTIONS', START, undefined, {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'content-type,livechat-page,livechat-token',
  });

/** A foreign origin: its GetAccessToken answer, a GET and the preflight of a Start carry no Access-Control-* header. */
const foreignOrigin = async (t: CaseContext) => {
  const origin = `https://foreign-${randomBytes(4).toString('hex')}.example`;
  t.must(origin !== t.declared.allowedOrigin, 'the foreign origin is not the listed one');
  const who = await customer(t);
  const token = await send(t, 'getAccessToken', { browser: who.browser, headers: { origin } });
  t.must(token.status === 200, `GetAccessToken with Origin ${origin} answers 200 as it would same-origin (got ${token.status})`);
  t.must(
    corsHeaders(token).length === 0,
    `GetAccessToken from a foreign origin (${origin}) gets no CORS headers, so its page cannot read the token (got ${corsHeaders(token).join(', ')}: Access-Control-Allow-Origin ${token.headers.get('access-control-allow-origin')}, -Credentials ${token.headers.get('access-control-allow-credentials')})`,
  );
  const status = await send(t, 'getStatus', { headers: { origin } });
  t.must(corsHeaders(status).length === 0, `GetStatus from a foreign origin gets no CORS headers (got ${corsHeaders(status).join(', ')})`);
  const answer = await preflight(t, origin);
  const allowed = list(answer.headers.get('access-control-allow-headers'));
  t.must(
    !allowed.includes('livechat-token') && !allowed.includes('*'),
    `the preflight of a Start from a foreign origin allows no Livechat-Token (Access-Control-Allow-Headers: ${answer.headers.get('access-control-allow-headers')})`,
  );
  t.must(
    corsHeaders(answer).length === 0,
    `the preflight of a Start from a foreign origin gets no CORS headers (got ${corsHeaders(answer).join(', ')} with ${answer.status})`,
  );
};

/** The listed origin (--allowed-origin): exactly itself with credentials, on answers and on the preflight. */
const listedOrigin = async (t: CaseContext) => {
  const origin = t.declared.allowedOrigin;
  if (origin === undefined) {
    t.info(
      'no --allowed-origin given: the deployment is taken to list no origin (same-origin only, the default), so only foreign origins apply',
    );
    return;
  }
  const exactly = (answer: { headers: Headers }, what: string) => {
    t.must(
      answer.headers.get('access-control-allow-origin') === origin,
      `${what} from the listed origin answers Access-Control-Allow-Origin: ${origin}, exactly (got ${answer.headers.get('access-control-allow-origin')})`,
    );
    t.must(
      answer.headers.get('access-control-allow-credentials') === 'true',
      `${what} from the listed origin answers Access-Control-Allow-Credentials: true (got ${answer.headers.get('access-control-allow-credentials')})`,
    );
    t.should(list(answer.headers.get('vary')).includes('origin'), `${what}: an answer that depends on Origin says Vary: Origin`);
  };
  const who = await customer(t);
  const token = await send(t, 'getAccessToken', { browser: who.browser, headers: { origin } });
  t.must(token.status === 200, `GetAccessToken from the listed origin answers 200 (got ${token.status})`);
  exactly(token, 'GetAccessToken');
  t.must(
    list(token.headers.get('access-control-expose-headers')).includes('retry-after'),
    `answers to the listed origin expose Retry-After (Access-Control-Expose-Headers: ${token.headers.get('access-control-expose-headers')})`,
  );
  // The stream is often written raw, past the framework's CORS handling: a page of the listed origin must be able to read it too.
  const stream = await readStream(t, who, { after: 0, headers: { origin } }, () => true, 1500);
  t.must(stream.status === 200, `the event stream from the listed origin answers 200 (got ${stream.status})`);
  exactly(stream, 'The event stream');
  const answer = await preflight(t, origin);
  t.must(answer.status >= 200 && answer.status < 300, `the preflight of a Start from the listed origin answers 2xx (got ${answer.status})`);
  exactly(answer, 'The preflight of a Start');
  t.must(list(answer.headers.get('access-control-allow-methods')).includes('post'), 'the preflight allows POST');
  const allowed = list(answer.headers.get('access-control-allow-headers'));
  const missing = CUSTOM_HEADERS.filter((header) => !allowed.includes(header.toLowerCase()));
  t.must(
    missing.length === 0,
    `the preflight allows ${CUSTOM_HEADERS.join(', ')} (missing: ${missing.join(', ')}; Access-Control-Allow-Headers: ${answer.headers.get('access-control-allow-headers')})`,
  );
};

// --- the cases -----------------------------------------------------------------------------------

const CORS = { section: 'Secure Deployment Model', profile: 'secure-deployment', level: 'MUST' } as const;

const defined: (SuiteCase & { impl: (t: CaseContext) => Promise<void> })[] = [
  {
    ...CORS,
    id: 'cors:foreign-origin',
    title: 'An origin the deployment does not list gets no CORS headers; its preflight no allowance for Livechat-Token',
    covers: ['operation:getAccessToken', 'operation:getStatus'],
    impl: foreignOrigin,
  },
  {
    ...CORS,
    id: 'cors:listed-origin',
    title:
      'The origin the deployment lists (--allowed-origin) gets exactly itself, with credentials, on answers and the event stream, its custom headers allowed',
    covers: ['operation:getAccessToken', 'operation:openEventStream'],
    impl: listedOrigin,
  },
];

/** The suite's CORS cases, in run order. */
export const corsCases: SuiteCase[] = defined.map(({ impl: _impl, ...spec }) => spec);
export const corsResolvers: Resolver[] = defined.map(({ id, impl }) => exact(id, impl));
