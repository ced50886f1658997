// One holder at a time among every process on one Redis, for work that must run on exactly one
// node (the simulated agent): the lock's pattern (store/redis-lock.ts) held for as long as the
// process lives - a key set only if absent (SET NX PX), renewed every third of its lease while
// held, freed at shutdown by compare-and-delete. A holder that dies keeps it at most one lease; the
// others try every third of a lease, so one of them takes over within about 1.3 leases. A holder
// whose renewal finds the key gone or another's (a stall longer than the lease) is told it lost it;
// so is one that cannot reach Redis.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import { guarded } from './redis-connection.ts';
import { withLockCommands } from './redis-lock.ts';

export type RedisLeaseOptions = {
  /** The whole key (prefix included). */
  key: string;
  leaseMs?: number;
  /** Told after every try whether this process holds the lease (the same answer again and again, so work that failed to start is tried again). */
  onState: (held: boolean) => void;
  onError: (error: unknown) => void;
};

export class RedisLease {
  /** This process as the key names it (host, pid, random): an operator sees which node holds it. */
  readonly holder = `${hostname()}:${process.pid}:${randomBytes(6).toString('hex')}`;
  private readonly redis: ReturnType<typeof withLockCommands>;
  private readonly leaseMs: number;
  private held = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    redis: Redis,
    private readonly options: RedisLeaseOptions,
  ) {
    this.redis = withLockCommands(redis);
    this.leaseMs = options.leaseMs ?? 5000;
  }

  /** Tries now, then every third of a lease (renews while held, tries to take it while not). */
  async start(): Promise<void> {
    await this.tick().catch(this.options.onError);
    this.timer = setInterval(() => void this.tick().catch(this.options.onError), Math.floor(this.leaseMs / 3)).unref();
  }

  /** Stops trying and frees the lease if held, so another process takes over at its next try. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    if (!this.held) return;
    this.set(false);
    await this.redis.lcReleaseLock(this.options.key, this.holder).catch(() => undefined);
  }

  private async tick(): Promise<void> {
    try {
      // Renewed while it is still this process's (also after a renewal that failed while Redis was away), taken if free.
      const key = this.options.key;
      if ((await guarded(() => this.redis.lcRenewLock(key, this.holder, this.leaseMs))) === 1) return this.set(true);
      this.set((await guarded(() => this.redis.set(key, this.holder, 'PX', this.leaseMs, 'NX'))) === 'OK');
    } catch (error) {
      // Redis away: the lease runs out there by itself; acting on past it could make two holders.
      this.set(false);
      throw error;
    }
  }

  private set(held: boolean): void {
    this.held = held && !this.stopped;
    this.options.onState(this.held);
  }
}
