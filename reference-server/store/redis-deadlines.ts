// The chat core's deadlines (chat/deadlines.ts) shared by every process on one Redis: a sorted set
// of names by due time. Each process looks for due deadlines every `pollMs` - and at the very time
// of those it armed itself - and claims them with a script that pushes a due deadline's time a
// lease ahead, so that one process alone takes it; once its handler has run, the deadline is
// removed (unless it was armed anew meanwhile). A process that dies holding a claim leaves the
// deadline due again after the lease, and another fires it: at least once, and the handlers,
// which look at the chat under its lock, act once.
import type { Redis } from 'ioredis';
import type { DeadlineHandler, Deadlines } from '../chat/deadlines.ts';
import { guarded } from './redis-connection.ts';

/** ARGV: key, now, lease (ms), limit, and a name to claim alone (or none: every due one). Returns the claim's score, then the names. */
const claimDue = `
local key, now = ARGV[1], tonumber(ARGV[2])
local due = {}
if ARGV[5] then
  local score = redis.call('ZSCORE', key, ARGV[5])
  if score and tonumber(score) <= now then due = {ARGV[5]} end
else
  due = redis.call('ZRANGEBYSCORE', key, '-inf', now, 'LIMIT', 0, ARGV[4])
end
local claim = now + tonumber(ARGV[3])
local answer = {tostring(claim)}
for _, name in ipairs(due) do
  redis.call('ZADD', key, 'XX', claim, name)
  table.insert(answer, name)
end
return answer
`;
/** ARGV: key, name, the claim's score. Removes the deadline if it is still that claim. */
const finishClaim = `
local score = redis.call('ZSCORE', ARGV[1], ARGV[2])
if score and tonumber(score) == tonumber(ARGV[3]) then return redis.call('ZREM', ARGV[1], ARGV[2]) end
return 0
`;

type DeadlineCommands = {
  lcClaimDue(key: string, now: number, leaseMs: number, limit: number, name?: string): Promise<string[]>;
  lcFinishClaim(key: string, name: string, claim: string): Promise<number>;
};

export type RedisDeadlinesOptions = {
  prefix: string;
  /** How often every process looks for due deadlines (those armed elsewhere fire this late at most). */
  pollMs?: number;
  /** How long a claimed deadline waits before another process may fire it (its claimer died, or failed). */
  leaseMs?: number;
  onError: (error: unknown, name?: string) => void;
};

const CLAIMS_PER_POLL = 100;

export class RedisDeadlines implements Deadlines {
  private readonly redis: Redis & DeadlineCommands;
  private readonly key: string;
  private readonly local = new Map<string, NodeJS.Timeout>();
  private handler: DeadlineHandler | undefined;
  private poller: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(
    redis: Redis,
    private readonly options: RedisDeadlinesOptions,
  ) {
    redis.defineCommand('lcClaimDue', { lua: claimDue, numberOfKeys: 0 });
    redis.defineCommand('lcFinishClaim', { lua: finishClaim, numberOfKeys: 0 });
    this.redis = redis as Redis & DeadlineCommands;
    this.key = `${options.prefix}deadlines`;
  }

  async arm(name: string, at: number): Promise<void> {
    await guarded(() => this.redis.zadd(this.key, 'NX', at, name));
    if (this.handler === undefined || this.local.has(name)) return;
    // Fired on time by the process that armed it; the others' polls are the fallback.
    this.local.set(
      name,
      setTimeout(
        () => {
          this.local.delete(name);
          void this.claim(name);
        },
        Math.max(0, at - Date.now()),
      ).unref(),
    );
  }

  async clear(name: string): Promise<void> {
    clearTimeout(this.local.get(name));
    this.local.delete(name);
    await guarded(() => this.redis.zrem(this.key, name));
  }

  start(handler: DeadlineHandler): void {
    this.handler = handler;
    const pollMs = this.options.pollMs ?? 500;
    this.poller = setInterval(() => void this.claim(), pollMs).unref();
  }

  stop(): void {
    clearInterval(this.poller);
    for (const timer of this.local.values()) clearTimeout(timer);
    this.local.clear();
    this.handler = undefined;
  }

  /** Claims what is due (or the one name) and fires it; a failure leaves it to fire again after the lease. */
  private async claim(name?: string): Promise<void> {
    const handler = this.handler;
    if (handler === undefined || (name === undefined && this.polling)) return;
    if (name === undefined) this.polling = true;
    try {
      const leaseMs = this.options.leaseMs ?? 30_000;
      const [claim, ...names] = name
        ? await this.redis.lcClaimDue(this.key, Date.now(), leaseMs, 1, name)
        : await this.redis.lcClaimDue(this.key, Date.now(), leaseMs, CLAIMS_PER_POLL);
      await Promise.all(
        names.map(async (due) => {
          try {
            await handler(due);
            await this.redis.lcFinishClaim(this.key, due, claim ?? '');
          } catch (error) {
            this.options.onError(error, due);
          }
        }),
      );
    } catch (error) {
      this.options.onError(error);
    } finally {
      if (name === undefined) this.polling = false;
    }
  }
}
