// The lock every change of a browser session (or an agent) takes, shared by every process on one
// Redis: a key set only if absent (SET NX) with a lease (PX), renewed while the work runs and
// released by a script that deletes it only while it still holds this holder's token - a holder
// whose lease ran out never frees its successor's lock. Within a process, work on one key queues
// on a KeyedLock first, so only one of its callers at a time asks Redis. A process that dies
// holding a lock holds it at most one lease. Handwritten: Redlock (many Redis masters) is more than
// one Redis needs, and this is SET NX, a renewal and a compare-and-delete.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { KeyedLock, type Locks } from '../chat/keyed-lock.ts';
import { guarded } from './redis-connection.ts';
import { StoreUnavailable } from './store.ts';

/** ARGV: lock key, token, lease (ms). Extends the lease while the token holds the lock. */
const renewLock = `
if redis.call('GET', ARGV[1]) == ARGV[2] then return redis.call('PEXPIRE', ARGV[1], ARGV[3]) end
return 0
`;
/** ARGV: lock key, token. Frees the lock while the token holds it. */
const releaseLock = `
if redis.call('GET', ARGV[1]) == ARGV[2] then return redis.call('DEL', ARGV[1]) end
return 0
`;

type LockCommands = {
  lcRenewLock(key: string, token: string, leaseMs: number): Promise<number>;
  lcReleaseLock(key: string, token: string): Promise<number>;
};

/** The connection with the renewal and the compare-and-delete as commands (EVALSHA): the lock's and the lease's. */
export function withLockCommands(redis: Redis): Redis & LockCommands {
  redis.defineCommand('lcRenewLock', { lua: renewLock, numberOfKeys: 0 });
  redis.defineCommand('lcReleaseLock', { lua: releaseLock, numberOfKeys: 0 });
  return redis as Redis & LockCommands;
}

export type RedisLockOptions = {
  prefix: string;
  /** How long a lock outlives a holder that stopped renewing it (a process that died). */
  leaseMs?: number;
  /** Longest wait for a lock another holds; then the call is a store outage (503, retryable). */
  waitMs?: number;
};

export class RedisLock implements Locks {
  private readonly local = new KeyedLock();
  private readonly redis: Redis & LockCommands;
  private readonly leaseMs: number;
  private readonly waitMs: number;

  constructor(
    redis: Redis,
    private readonly options: RedisLockOptions,
  ) {
    this.redis = withLockCommands(redis);
    this.leaseMs = options.leaseMs ?? 5000;
    this.waitMs = options.waitMs ?? 10_000;
  }

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.local.run(key, async () => {
      const name = `${this.options.prefix}lock:${key}`;
      const token = randomBytes(12).toString('base64url');
      await this.acquire(name, token);
      const renewal = setInterval(
        () => void this.redis.lcRenewLock(name, token, this.leaseMs).catch(() => undefined),
        Math.floor(this.leaseMs / 3),
      ).unref();
      try {
        return await work();
      } finally {
        clearInterval(renewal);
        // Not awaited: this connection sends it before the next holder's SET, which is all the order needed.
        this.redis.lcReleaseLock(name, token).catch(() => undefined);
      }
    });
  }

  private async acquire(name: string, token: string): Promise<void> {
    const deadline = Date.now() + this.waitMs;
    for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
      if ((await guarded(() => this.redis.set(name, token, 'PX', this.leaseMs, 'NX'))) === 'OK') return;
      if (Date.now() > deadline) throw new StoreUnavailable(`the lock ${name} stayed taken for ${this.waitMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, pause + Math.random() * pause));
    }
  }
}
