// The connections to Redis (ioredis) and what their failures mean: a Redis that cannot be reached,
// is loading, is out of memory, or refuses writes (a failed AOF write: MISCONF) is a store outage -
// StoreUnavailable, a retryable 503 - never a defect. Commands fail fast while the connection is
// down (no offline queue) and are never sent again after a reconnect: a command that may have run
// is not run twice behind its caller's back (every write the chat core retries is idempotent).
import { Redis, type RedisOptions } from 'ioredis';
import { StoreUnavailable } from './store.ts';

export type RedisConnectionOptions = {
  /** `redis://[user:password@]host:port[/db]` (or `rediss://` for TLS). */
  url: string;
  /** Longest wait for one command's answer; then the call is a store outage. */
  commandTimeoutMs?: number;
  /** Counts every command sent (the benchmark's round trips per message). */
  onCommand?: (name: string) => void;
};

const DEFAULT_COMMAND_TIMEOUT_MS = 5000;

export function redisOptions(options: RedisConnectionOptions) {
  return {
    lazyConnect: true,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    enableAutoPipelining: true,
    commandTimeout: options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
    connectTimeout: 5000,
    // Back within a second of Redis's return; retried for ever (the status check says OFFLINE meanwhile).
    retryStrategy: (times) => Math.min(50 * times, 1000),
    // RESP2: a subscriber connection then takes no other command, and the replies have one shape.
    protocol: 2,
  } satisfies RedisOptions;
}

/** Connects (the first connection fails loud: a wrong URL is a bad setting, not an outage to wait out). */
export async function connectRedis(options: RedisConnectionOptions, name: string): Promise<Redis> {
  const redis = new Redis(options.url, { ...redisOptions(options), connectionName: name });
  // Errors also reach each command's caller; without a listener ioredis prints them all.
  redis.on('error', () => undefined);
  if (options.onCommand !== undefined) {
    const count = options.onCommand;
    const send = redis.sendCommand.bind(redis);
    redis.sendCommand = (command, stream) => {
      count(command.name);
      return send(command, stream);
    };
  }
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`cannot connect to Redis at ${redactUrl(options.url)}: ${(error as Error).message}`, { cause: error });
  }
  return redis;
}

/** The URL without its password, for logs and refusals. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'redis://(unparsable URL)';
  }
}

/** Redis's answers that say it cannot take the command now, rather than that the command is wrong. */
const OUTAGE_REPLIES = /^(LOADING|MISCONF|OOM|READONLY|MASTERDOWN|BUSY|NOREPLICAS|CLUSTERDOWN|TRYAGAIN)\b/;

/** StoreUnavailable for an outage; anything else (a wrong type, a script error) is a defect and stays itself. */
export function asStoreError(error: unknown): unknown {
  if (error instanceof StoreUnavailable) return error;
  const { name, message } = error as Error;
  if (name === 'ReplyError' && !OUTAGE_REPLIES.test(message)) return error;
  return new StoreUnavailable(`Redis cannot take the command: ${message}`, { cause: error });
}

/** Runs a command (or several), with an outage turned into StoreUnavailable. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asStoreError(error);
  }
}
