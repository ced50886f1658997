// One holder at a time among every process on one Redis, for work that must run on exactly one
// node (the simulated agent): the lock's pattern (store/redis-lock.ts) held for as long as the
// process lives - a key set only if absent (SET NX PX), renewed every third of its lease while
// held, freed at shutdown by compare-and-delete. A holder that dies keeps it at most one lease; the
// others try every third of a lease, so one of them takes over within about 1.3 leases. A holder
// that stops frees it and says so on `<key>:freed` (pub/sub): the others try at once. A holder
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
  /** Subscribes to a pub/sub channel (the store's subscriber connection), for the notice that a holder freed the lease; returns the unsubscribe function. */
  listen?: (channel: string, listener: () => void) => () => void;
};

export class RedisLease {
  /** This process as the key names it (host, pid, random): an operator sees which node holds it. */
  readonly holder = `${hostname()}:${process.pid}:${randomBytes(6).toString('hex')}`;
  private readonly redis: ReturnType<typeof withLockCommands>;
  private readonly leaseMs: number;
  private held = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => void) | undefined;

  constructor(
    redis: Redis,
    private readonly options: RedisLeaseOptions,
  ) {
    this.redis = withLockCommands(redis);
    this.leaseMs = options.leaseMs ?? 5000;
  }

  /** Tries now, then every third of a lease (renews while held, tries to take it while not), and at once when a holder frees it. */
  async start(): Promise<void> {
    this.unlisten = this.options.listen?.(this.freedChannel, () => {
      if (!this.held && !this.stopped) void this.tick().catch(this.options.onError);
    });
    await this.tick().catch(this.options.onError);
    this.timer = setInterval(() => void this.tick().catch(this.options.onError), Math.floor(this.leaseMs / 3)).unref();
  }

  /**
   * Stops trying; runs `whileHeld` (the work's own stop) while the lease still holds, so that no
   * other process starts the work before it has stopped here; then frees the lease and tells the
   * others, who try at once.
   */
  async stop(whileHeld?: () => Promise<void>): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.unlisten?.();
    await whileHeld?.();
    if (this.held) this.set(false);
    // Whatever a try in flight meanwhile concluded: the compare-and-delete frees only this process's lease.
    const freed = await this.redis.lcReleaseLock(this.options.key, this.holder).catch(() => 0);
    if (freed === 1) await this.redis.publish(this.freedChannel, this.holder).catch(() => undefined);
  }

  private get freedChannel(): string {
    return `${this.options.key}:freed`;
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
