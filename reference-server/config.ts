// Every setting of the reference server, read from the environment in this one place; the
// README's table of them is printed from here (`npm run -s config:doc`). Defaults are the
// embedded demo: loopback only, state in ./.livechat-data, no other service.

import { isAgentSecretHash } from './chat/agent-credentials.ts';
import { parseOrigins } from './http/cors.ts';
import { parseDetailsKey } from './secure-details/key.ts';

/** `secret`: a value never printed (a refused one is not echoed). */
type Setting<T> = { default: T; doc: string; parse: (raw: string) => T; secret?: true };

const text = (doc: string, fallback: string): Setting<string> => ({ default: fallback, doc, parse: (raw) => raw });
const integer = (doc: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): Setting<number> => ({
  default: fallback,
  doc,
  parse: (raw) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max)
      throw new Error(max === Number.MAX_SAFE_INTEGER ? `must be an integer >= ${min}` : `must be an integer from ${min} to ${max}`);
    return value;
  },
});
const flag = (doc: string, fallback: boolean): Setting<boolean> => ({
  default: fallback,
  doc,
  parse: (raw) => {
    if (!['0', '1', 'true', 'false'].includes(raw)) throw new Error('must be 1, 0, true or false');
    return raw === '1' || raw === 'true';
  },
});

/** A list of origins (`scheme://host[:port]`), comma separated; empty: none (http/cors.ts reads them). */
const origins = (doc: string): Setting<string[]> => ({ default: [], doc, parse: parseOrigins });

/** Host names (no port), comma separated; `[::1]` for IPv6 literals. */
const hostnames = (doc: string): Setting<string[]> => ({
  default: [],
  doc,
  parse: (raw) =>
    raw
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter((entry) => entry !== '')
      .map((entry) => {
        if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(entry)) throw new Error(`${entry} is not a host name (no scheme, no port)`);
        return entry;
      }),
});

/** Fastify's trustProxy: off, a number of proxy hops, or the proxies' addresses / CIDR ranges. */
const proxies = (doc: string): Setting<false | number | string> => ({
  default: false,
  doc,
  parse: (raw) => {
    if (['0', 'false'].includes(raw)) return false;
    if (/^\d+$/.test(raw)) return Number(raw);
    const entries = raw.split(',').map((entry) => entry.trim());
    if (entries.some((entry) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(entry)))
      throw new Error('must be a number of hops or proxy addresses / CIDR ranges, comma separated');
    return entries.join(',');
  },
});

export const settings = {
  HOST: text('Address to listen on. Keep 127.0.0.1 unless a reverse proxy or a container needs more.', '127.0.0.1'),
  PORT: integer('Port to listen on (0: any free port).', 8080),
  LOG_LEVEL: text('pino log level: fatal, error, warn, info, debug, trace or silent.', 'info'),
  LIVECHAT_STORE: {
    default: 'embedded',
    doc: 'Where the state lives: `embedded` (memory and a journal in LIVECHAT_DATA_DIR, one process), or a Redis URL (`redis://[:password@]host:port[/db]`, `rediss://` for TLS) that several processes share (see "Running more than one node").',
    parse: (raw: string) => {
      if (raw === 'embedded') return raw;
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new Error('must be embedded or a redis:// URL');
      }
      if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error('must be embedded or a redis:// (rediss://) URL');
      return raw;
    },
    secret: true,
  },
  LIVECHAT_REDIS_PREFIX: text(
    'With a Redis store: the prefix of every key and channel (deployments sharing one Redis each take their own).',
    'livechat:',
  ),
  LIVECHAT_DATA_DIR: text('Directory of the journal that keeps every accepted message across restarts.', '.livechat-data'),
  LIVECHAT_JOURNAL_SYNC: flag('fdatasync the journal after each group of writes (survives a power cut; slower).', false),
  LIVECHAT_DRAIN_MS: integer(
    'Shutdown (SIGTERM, Ctrl+C): at most this long, calls in flight (long polls too) finish while new ones get 503 ServerInternalConnectivityError with Retry-After and the status check says OFFLINE (draining); then streams close.',
    10_000,
    0,
  ),
  LIVECHAT_REQUEST_TIMEOUT_MS: integer(
    'Most time to receive a whole request, headers and body; a stalled one is answered InvalidRequest and closed. Event streams and long polls, once asked for, are not bound by it.',
    60_000,
    1000,
  ),
  LIVECHAT_BOT: flag('Start a simulated agent that accepts every chat and answers each message (for frontend work and load tests).', false),
  LIVECHAT_BOT_LEASE_MS: integer(
    'With a Redis store: the lease of the one node that runs the simulated agent, renewed every third of it. Another node takes over within about this long after that node dies (kill -9), and at once when it stops (SIGTERM).',
    5000,
    1000,
  ),
  LIVECHAT_CLOSE_TIMER_MS: integer('Session-end timer: how long a chat survives once no page takes part in it.', 60_000, 5000),
  LIVECHAT_SESSION_LIFETIME_MS: integer('Longest a chat may last.', 4 * 3600_000, 1),
  LIVECHAT_HEARTBEAT_MS: integer('Most time between two frames of an event stream (heartbeats fill silences), 500 to 3000.', 3000, 500),
  LIVECHAT_MAX_STREAMS_PER_SESSION: integer(
    'Most event streams one browser session (its pages) or one agent session holds open; one more answers RateLimited. A browser session’s streams count over every node sharing a Redis; an agent session’s per node.',
    20,
    1,
  ),
  LIVECHAT_MAX_STREAMS_PER_ADDRESS: integer(
    'Most event streams one client address holds open on this node (behind a reverse proxy, the address the server sees is the proxy’s unless it is trusted: raise this).',
    500,
    1,
  ),
  LIVECHAT_MAX_STREAMS: integer(
    'Most event streams this node holds open, and never more than half its open-file limit (each stream is a descriptor).',
    10_000,
    1,
  ),
  LIVECHAT_STREAM_BUFFER_BYTES: integer(
    'Most bytes an event stream holds unsent; a reader further behind is disconnected and resumes with Last-Event-ID, losing nothing.',
    256 * 1024,
    64 * 1024,
  ),
  LIVECHAT_RETENTION_EVENTS: integer('Events kept per browser session for resumption (at least).', 1000, 1),
  LIVECHAT_RETENTION_MS: integer('How long events are kept for resumption (at least), 30 s or more.', 300_000, 30_000),
  LIVECHAT_MAX_SESSIONS: integer(
    'Most active chats the server holds; Start beyond it answers MaxConcurrentSessionCountReached.',
    20_000,
    1,
  ),
  LIVECHAT_MAX_TRANSCRIPT_ENTRIES: integer(
    'Most entries (messages, CSO joins and leaves) of one chat’s transcript, 1 to 10000, announced as transcriptCap.entries; a message beyond it answers TranscriptFull and the chat stays open.',
    2000,
    1,
    10_000,
  ),
  LIVECHAT_MAX_TRANSCRIPT_TEXT_BYTES: integer(
    'Most bytes of message text (UTF-8, as sent) of one chat’s transcript, at least 16384, announced as transcriptCap.textBytes; a message beyond it answers TranscriptFull. Bounds the memory of an active chat.',
    256 * 1024,
    16_384,
  ),
  LIVECHAT_MAX_QUEUE: integer('Most chats waiting for a CSO; beyond it a new chat ends with QueueIsTooBig.', 500, 1),
  LIVECHAT_QUEUE_TIMEOUT_MS: integer('Longest a chat waits in the queue before it ends with TimedOutInQueue.', 300_000, 1000),
  LIVECHAT_REQUIRE_STAFFED_AGENTS: flag('End a new chat with NoStaffedAgents when no CSO is logged in (the document does).', true),
  LIVECHAT_SESSIONS_PER_MINUTE: integer(
    'New browser sessions (GetAccessToken, the captcha image without one) per minute per client address (a conformance run from one address opens about a thousand).',
    3000,
    10,
  ),
  LIVECHAT_AGENT_LOGINS_PER_MINUTE: integer('AgentLogin calls per minute per client address (bounds password guessing).', 60, 5),
  LIVECHAT_SIGNALS_PER_MINUTE: integer('Audio/video and co-browse calls per minute per browser session before RateLimited.', 3000, 60),
  LIVECHAT_MESSAGES_PER_MINUTE: integer('Chat calls per minute per browser session before RateLimited.', 120, 10),
  LIVECHAT_IDLE_SESSION_MS: integer(
    'How long a browser session without a chat is kept (a page that got a token and never chatted).',
    3600_000,
    60_000,
  ),
  LIVECHAT_MAX_CHATS_PER_BROWSER: integer('Most chats of one browser session at a time in multi-chat.', 4, 1),
  LIVECHAT_TEST_CONDITIONS: flag(
    'Offer SetTestConditions (captcha text, queue limit and timeout, no staffed CSO, routing failures) to the conformance suite. Only on a server set up for testing, on loopback (refused with another HOST): they apply to every customer.',
    false,
  ),
  LIVECHAT_ALLOWED_ORIGINS: origins(
    'Other origins whose pages may use this server, comma separated (the site that includes livechat.js from here): CORS with credentials for exactly those. Empty: same-origin only. The cookies stay SameSite=Lax, so the origins must be same-site (another port or subdomain).',
  ),
  LIVECHAT_AGENT_SECRET: {
    default: '',
    doc: 'The password every CSO logs in with (AgentLogin), best given as the scrypt hash that `npm run -s agent-secret` prints (text is hashed at start). Unset: the agent interface answers loopback connections only, with a password made at start and printed on the terminal.',
    parse: (raw: string) => {
      const value = raw.trim();
      if (!isAgentSecretHash(value) && value.length < 12)
        throw new Error('must be an scrypt hash (npm run -s agent-secret) or at least 12 characters');
      return value;
    },
    secret: true,
  },
  LIVECHAT_AGENT_SESSION_MS: integer(
    'How long an agent session lasts after AgentLogin; then the CSO logs in again.',
    12 * 3600_000,
    60_000,
  ),
  LIVECHAT_HOSTNAMES: hostnames(
    'Host names this server answers to (the Host header), comma separated, besides localhost, 127.0.0.1, [::1] and HOST: requests naming another host get NotFound (DNS rebinding).',
  ),
  LIVECHAT_TRUST_PROXY: proxies(
    'Reverse proxies to trust (X-Forwarded-For, -Proto, -Host): a number of hops, or their addresses / CIDR ranges. Client addresses (rate limits) and Secure cookies behind https then come from their headers. Unset: none.',
  ),
  LIVECHAT_CAPTCHA: flag('Start requires the captcha of the image (setCaptchaImage); GetAccessToken says captchaRequired.', false),
  LIVECHAT_DETAILS_KEY: {
    default: '',
    doc: 'Secure deployment model: the 256-bit key (base64url) shared with the customer’s web server. When set, Start takes only customer details it encrypted (JWE, dir + A256GCM, pAccessToken inside) and GetAccessToken says encryptedDetailsRequired.',
    parse: (raw: string) => {
      parseDetailsKey(raw);
      return raw.trim();
    },
    secret: true,
  },
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof settings;
export type Config = { [K in keyof Settings]: Settings[K]['default'] };

/** Reads the settings; an unparsable value stops the server with a message naming it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, setting] of Object.entries(settings) as [string, Setting<unknown>][]) {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      config[name] = setting.default;
      continue;
    }
    try {
      config[name] = setting.parse(raw);
    } catch (error) {
      problems.push(`${name}=${setting.secret ? '(hidden)' : JSON.stringify(raw)}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new Error(`bad configuration:\n  ${problems.join('\n  ')}`);
  return config as Config;
}

/** The settings as a Markdown table, for the README. */
export function configTable(): string {
  const rows = Object.entries(settings).map(([name, s]) => `| \`${name}\` | \`${String(s.default)}\` | ${s.doc} |`);
  return ['| Variable | Default | What |', '|---|---|---|', ...rows].join('\n');
}
