// RateLimited, as the contract words it: per browser session (or agent session; per address for
// calls made before either exists), one budget for chat calls (messagesPerMinute), one for
// signaling (signalsPerMinute), one for everything else - on every operation that lists
// RateLimited. Counting is @fastify/rate-limit's; this module only chooses the budget per route.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ChatError } from '../chat/chat-error.ts';
import type { Config } from '../config.ts';
import type { RouteContract } from './contract.ts';

/** Calls per minute, for calls that are neither chat calls nor signaling (Open, streams, polls, the queue...). */
const GENERAL_PER_MINUTE = 600;

/** Operations that make a browser or agent session when the caller has none. */
const SESSION_MAKERS = new Set(['getAccessToken', 'getCaptchaImage', 'agentLogin']);

const keyOf = (request: FastifyRequest) =>
  request.cookies.LIVECHAT_SESSION ?? request.cookies.LIVECHAT_AGENT?.split('.')[0] ?? `ip:${request.ip}`;

export async function registerRateLimits(app: FastifyInstance, config: Config): Promise<void> {
  // Before the plugin's own onRoute hook, which reads the budget this one sets.
  app.addHook('onRoute', (route) => {
    const contract = route.config as Partial<RouteContract> | undefined;
    if (!contract?.errors?.includes('RateLimited')) return;
    const signaling = /\/(av|cobrowse)(\/|$)/.test(route.url) && route.method === 'POST';
    const chatCall = !signaling && route.method === 'POST' && /\/chats\/:sid\//.test(route.url);
    const [groupId, max] = signaling
      ? ['signaling', config.LIVECHAT_SIGNALS_PER_MINUTE]
      : chatCall
        ? ['chat-calls', config.LIVECHAT_MESSAGES_PER_MINUTE]
        : ['general', GENERAL_PER_MINUTE];
    // Calls that create a session count per address: a made-up cookie must not buy a fresh budget.
    const createsSession = SESSION_MAKERS.has(contract.operationId ?? '');
    (route.config as Record<string, unknown>).rateLimit = {
      max: createsSession ? config.LIVECHAT_SESSIONS_PER_MINUTE : max,
      timeWindow: 60_000,
      groupId: createsSession ? 'sessions' : groupId,
      ...(createsSession ? { keyGenerator: (request: FastifyRequest) => `ip:${request.ip}` } : {}),
    };
  });
  await app.register(rateLimit, {
    global: false,
    keyGenerator: keyOf,
    errorResponseBuilder: (_request, context) =>
      new ChatError('RateLimited', `more than ${context.max} calls a minute: slow down`, { retryAfterMs: Math.max(1000, context.ttl) }),
  });
}
