// CORS for the customer's API (spec/README.md, "CORS"), shared by the reference server and the
// mock: a site on another (same-site) origin that includes livechat.js from here gets CORS with
// credentials for exactly the listed origins. Any other origin gets no CORS headers at all (not
// even credentials or the allowed headers), and its preflight no answer of CORS. Only the
// customer's API (/tetherfi/livechat/): the agent interface stays same-origin.
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

const CUSTOMER_API = '/tetherfi/livechat/';

/**
 * LIVECHAT_ALLOWED_ORIGINS: origins (`scheme://host[:port]`, no path), comma separated; empty: none.
 * Throws, naming the entry, on anything else.
 */
export function parseOrigins(raw: string): string[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      let origin: string;
      try {
        origin = new URL(entry).origin;
      } catch {
        throw new Error(`${entry} is not an origin`);
      }
      if (origin !== entry || !/^https?:/.test(origin)) throw new Error(`${entry} is not an origin (scheme://host[:port], no path)`);
      return origin;
    });
}

/**
 * Registers CORS for `origins` on the customer's API; nothing when there are none (same-origin
 * only). `anyOrigin`: the conformance suite's fault `cors-any-origin` (every origin, as `*`).
 * The preflight route it adds is OPTIONS `*`: a server that registers that method on a catch-all
 * of its own leaves OPTIONS out of it.
 */
export async function registerCustomerCors(app: FastifyInstance, origins: readonly string[], anyOrigin = false): Promise<void> {
  const listedOrigins = new Set(origins);
  if (listedOrigins.size === 0 && !anyOrigin) return;
  const customerCors = {
    origin: anyOrigin ? '*' : [...listedOrigins],
    credentials: true,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Livechat-Token', 'Livechat-Page', 'Last-Event-ID'],
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  };
  const listed = (origin: string | undefined) => anyOrigin || (origin !== undefined && listedOrigins.has(origin));
  await app.register(cors, {
    delegator: (request, callback) =>
      callback(null, request.url?.startsWith(CUSTOMER_API) && listed(request.headers.origin) ? customerCors : { origin: false }),
  });
}
