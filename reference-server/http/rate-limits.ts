// RateLimited, as the contract words it: per browser session (or agent session; per address for
// calls made before either exists, or with a cookie the server does not know), one budget for chat calls (messagesPerMinute), one for
// signaling (signalsPerMinute), one for everything else - on every operation that lists
// RateLimited. Counting is @fastify/rate-limit's; this module only chooses the budget per route,
// and where the counters live: this process, or Redis when several processes share a store (the
// budget is then the deployment's, whichever process a call reaches).
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { ChatError } from '../chat/chat-error.ts';
import type { Config } from '../config.ts';
import { asStoreError } from '../store/redis-connection.ts';
import type { RouteContract } from './contract.ts';

/** Calls per minute, for calls that are neither chat calls nor signaling (Open, streams, polls, the queue...). */
const GENERAL_PER_MINUTE = 600;

/**
 * The counters, one per key and group, shared by every route of a group. @fastify/rate-limit's
 * own store gives each route a child store of its own, so routes of one group (all the chat
 * calls) would each get the whole budget; its `store` option is the extension point for this.
 */
class SharedWindows {
  private readonly windows = new Map<string, { current: number; startedAt: number }>();

  incr(key: string, done: (error: Error | null, result: { current: number; ttl: number }) => void, timeWindow: number): void {
    const now = Date.now();
    let window = this.windows.get(key);
    if (window === undefined || window.startedAt + timeWindow <= now) {
      if (this.windows.size >= MAX_KEYS) this.forgetExpired(now, timeWindow);
      window = { current: 0, startedAt: now };
      this.windows.set(key, window);
    }
    window.current++;
    done(null, { current: window.current, ttl: window.startedAt + timeWindow - now });
  }

  read(key: string, done: (error: Error | null, result: { current: number; ttl: number }) => void, timeWindow: number): void {
    const now = Date.now();
    const window = this.windows.get(key);
    if (window === undefined || window.startedAt + timeWindow <= now) done(null, { current: 0, ttl: 0 });
    else done(null, { current: window.current, ttl: window.startedAt + timeWindow - now });
  }

  child(): SharedWindows {
    return this;
  }

  /** Bounded: expired windows go first; a flood of keys within one minute clears the oldest. */
  private forgetExpired(now: number, timeWindow: number): void {
    for (const [key, window] of this.windows) if (window.startedAt + timeWindow <= now) this.windows.delete(key);
    for (const key of this.windows.keys()) {
      if (this.windows.size < MAX_KEYS) break;
      this.windows.delete(key);
    }
  }
}

const MAX_KEYS = 100_000;

/** A fixed window per key in Redis: the first call of a window starts its expiry. KEYS[1]: the key; ARGV: the window (ms). */
const incrementWindow = `
local current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {current, ttl}
`;
type WindowCommands = { lcRateWindow(key: string, windowMs: number): Promise<[number, number]> };
type Done = (error: Error | null, result: { current: number; ttl: number }) => void;

/** The same counters in Redis, shared by every process on it (the plugin's own Redis store is per route, as its own memory store is). */
export function redisWindows(redis: Redis, prefix: string): FastifyRateLimitStoreCtor {
  if (!('lcRateWindow' in redis)) redis.defineCommand('lcRateWindow', { lua: incrementWindow, numberOfKeys: 1 });
  const commands = redis as Redis & WindowCommands;
  class RedisWindows {
    incr(key: string, done: Done, timeWindow: number): void {
      commands.lcRateWindow(`${prefix}rate:${key}`, timeWindow).then(
        ([current, ttl]) => done(null, { current, ttl }),
        (error: unknown) => done(asStoreError(error) as Error, { current: 0, ttl: 0 }),
      );
    }
    read(key: string, done: Done): void {
      Promise.all([commands.get(`${prefix}rate:${key}`), commands.pttl(`${prefix}rate:${key}`)]).then(
        ([current, ttl]) => done(null, { current: Number(current ?? 0), ttl: Math.max(0, ttl) }),
        (error: unknown) => done(asStoreError(error) as Error, { current: 0, ttl: 0 }),
      );
    }
    child(): RedisWindows {
      return this;
    }
  }
  return RedisWindows as unknown as FastifyRateLimitStoreCtor;
}

/** Operations that make a browser session when the caller has none. */
const SESSION_MAKERS = new Set(['getAccessToken', 'getCaptchaImage']);

/**
 * Whose budget a call spends: the browser or agent session its cookie names once the server
 * knows it (a made-up or stolen-looking cookie spends its address's budget, never the real
 * session's), else the client address (behind LIVECHAT_TRUST_PROXY, the one the proxy saw).
 */
export type BudgetOwner = (request: FastifyRequest) => Promise<string | undefined>;

/** `shared`: the Redis (and key prefix) whose counters every process uses; none: this process's own. */
export async function registerRateLimits(
  app: FastifyInstance,
  config: Config,
  ownerOf: BudgetOwner,
  shared?: { redis: Redis; prefix: string },
): Promise<void> {
  // Before the plugin's own onRoute hook, which reads the budget this one sets.
  app.addHook('onRoute', (route) => {
    const contract = route.config as Partial<RouteContract> | undefined;
    if (!contract?.errors?.includes('RateLimited')) return;
    const signaling = /\/(av|cobrowse)(\/|$)/.test(route.url) && route.method === 'POST';
    const chatCall = !signaling && route.method === 'POST' && /\/chats\/:sid\//.test(route.url);
    const agentSide = route.url.startsWith('/tetherfi/agent/');
    const [groupId, max] = signaling
      ? ['signaling', config.LIVECHAT_SIGNALS_PER_MINUTE]
      : chatCall
        ? ['chat-calls', config.LIVECHAT_MESSAGES_PER_MINUTE]
        : ['general', GENERAL_PER_MINUTE];
    // Calls that create a session count per address: a made-up cookie must not buy a fresh budget.
    // Agent logins have a budget of their own: customers' new sessions never lock CSOs out, and it bounds password guessing.
    const budget =
      contract.operationId === 'agentLogin'
        ? { max: config.LIVECHAT_AGENT_LOGINS_PER_MINUTE, groupId: 'agent-logins', keyGenerator: addressOf }
        : SESSION_MAKERS.has(contract.operationId ?? '')
          ? { max: config.LIVECHAT_SESSIONS_PER_MINUTE, groupId: 'sessions', keyGenerator: addressOf }
          : { max, groupId: agentSide ? `agent-${groupId}` : groupId };
    (route.config as Record<string, unknown>).rateLimit = { timeWindow: 60_000, ...budget };
  });
  await app.register(rateLimit, {
    global: false,
    // The plugin makes one store per registration, then a child per route: ours answers itself.
    store: shared !== undefined ? redisWindows(shared.redis, shared.prefix) : (SharedWindows as unknown as FastifyRateLimitStoreCtor),
    keyGenerator: async (request) => (await ownerOf(request)) ?? addressOf(request),
    errorResponseBuilder: (_request, context) =>
      new ChatError('RateLimited', `more than ${context.max} calls a minute: slow down`, { retryAfterMs: Math.max(1000, context.ttl) }),
  });
}

const addressOf = (request: FastifyRequest) => `ip:${request.ip}`;
