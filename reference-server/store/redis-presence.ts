// Which browser sessions have an event stream connected, over every process on one Redis
// (chat/stream-presence.ts). Each process counts its own streams per session in a hash per session
// (field: the process's id), and keeps itself in a sorted set of live processes by a lease it
// renews every `refreshMs`. A session is connected while a live process counts a stream of it, and
// holds as many streams as live processes count (a new one is admitted under the cap by one script). A
// process whose lease ran out died (or stalled): the first other process to see it removes it and
// its counts in one script, and is told its sessions, to look at their timers again. A process
// that finds itself removed (a stall) writes its counts back.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { StreamPresence } from '../chat/stream-presence.ts';
import { guarded } from './redis-connection.ts';

/** ARGV: prefix, node, session, delta. */
const changePresence = `
local p, node, session = ARGV[1], ARGV[2], ARGV[3]
local count = redis.call('HINCRBY', p .. 'streams:' .. session, node, tonumber(ARGV[4]))
if count <= 0 then
  redis.call('HDEL', p .. 'streams:' .. session, node)
  redis.call('SREM', p .. 'node-sessions:' .. node, session)
else
  redis.call('SADD', p .. 'node-sessions:' .. node, session)
end
return count
`;
/** ARGV: prefix, node, session, now, cap. Counts a stream of the session here unless live processes count `cap` of it already: the new total, or -1. */
const admitStream = `
local p, node, session = ARGV[1], ARGV[2], ARGV[3]
local counts = redis.call('HGETALL', p .. 'streams:' .. session)
local total = 0
for i = 1, #counts, 2 do
  local lease = redis.call('ZSCORE', p .. 'nodes', counts[i])
  if lease and tonumber(lease) > tonumber(ARGV[4]) then total = total + tonumber(counts[i + 1]) end
end
if total >= tonumber(ARGV[5]) then return -1 end
redis.call('HINCRBY', p .. 'streams:' .. session, node, 1)
redis.call('SADD', p .. 'node-sessions:' .. node, session)
return total + 1
`;
/** ARGV: prefix, session, now. Whether a live process counts a stream of the session. */
const isConnected = `
local p = ARGV[1]
local counts = redis.call('HGETALL', p .. 'streams:' .. ARGV[2])
for i = 1, #counts, 2 do
  local lease = redis.call('ZSCORE', p .. 'nodes', counts[i])
  if tonumber(counts[i + 1]) > 0 and lease and tonumber(lease) > tonumber(ARGV[3]) then return 1 end
end
return 0
`;
/** ARGV: prefix, node, lease until, now. Renews this process's lease; takes away the processes whose lease ran out, answering their sessions. */
const heartbeat = `
local p, node = ARGV[1], ARGV[2]
local returned = redis.call('ZADD', p .. 'nodes', ARGV[3], node)
local lost = {}
for _, dead in ipairs(redis.call('ZRANGEBYSCORE', p .. 'nodes', '-inf', '(' .. ARGV[4], 'LIMIT', 0, 16)) do
  redis.call('ZREM', p .. 'nodes', dead)
  for _, session in ipairs(redis.call('SMEMBERS', p .. 'node-sessions:' .. dead)) do
    redis.call('HDEL', p .. 'streams:' .. session, dead)
    table.insert(lost, session)
  end
  redis.call('DEL', p .. 'node-sessions:' .. dead)
end
table.insert(lost, 1, returned)
return lost
`;
/** ARGV: prefix, node. This process leaves (shutdown): its lease and counts go. */
const leave = `
local p, node = ARGV[1], ARGV[2]
for _, session in ipairs(redis.call('SMEMBERS', p .. 'node-sessions:' .. node)) do redis.call('HDEL', p .. 'streams:' .. session, node) end
redis.call('DEL', p .. 'node-sessions:' .. node)
redis.call('ZREM', p .. 'nodes', node)
return 1
`;

type PresenceCommands = {
  lcAdmitStream(prefix: string, node: string, session: string, now: number, cap: number): Promise<number>;
  lcChangePresence(prefix: string, node: string, session: string, delta: number): Promise<number>;
  lcIsConnected(prefix: string, session: string, now: number): Promise<number>;
  lcHeartbeat(prefix: string, node: string, until: number, now: number): Promise<[number, ...string[]]>;
  lcLeave(prefix: string, node: string): Promise<number>;
};

export type RedisPresenceOptions = {
  prefix: string;
  /** How often this process renews its lease (and looks for processes that died). */
  refreshMs?: number;
  /** How long a lease lasts unrenewed: a process silent that long counts as dead. */
  leaseMs?: number;
  onError: (error: unknown) => void;
};

export class RedisPresence implements StreamPresence {
  /** This process, as the other processes see it. */
  readonly node = `node-${randomBytes(6).toString('hex')}`;
  private readonly redis: Redis & PresenceCommands;
  private readonly counts = new Map<string, number>();
  private readonly lostHandlers: ((sessions: string[]) => Promise<void>)[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly leaseMs: number;

  private constructor(
    redis: Redis,
    private readonly options: RedisPresenceOptions,
  ) {
    for (const [name, lua] of [
      ['lcChangePresence', changePresence],
      ['lcAdmitStream', admitStream],
      ['lcIsConnected', isConnected],
      ['lcHeartbeat', heartbeat],
      ['lcLeave', leave],
    ] as const)
      redis.defineCommand(name, { lua, numberOfKeys: 0 });
    this.redis = redis as Redis & PresenceCommands;
    this.leaseMs = options.leaseMs ?? 5000;
  }

  /** Joins the live processes (its first lease), then renews it every refreshMs. */
  static async open(redis: Redis, options: RedisPresenceOptions): Promise<RedisPresence> {
    const presence = new RedisPresence(redis, options);
    await presence.beat();
    presence.timer = setInterval(() => void presence.beat().catch(options.onError), options.refreshMs ?? 1000).unref();
    return presence;
  }

  async admit(browserSessionId: string, cap: number): Promise<boolean> {
    const total = await guarded(() => this.redis.lcAdmitStream(this.options.prefix, this.node, browserSessionId, Date.now(), cap));
    if (total < 0) return false;
    this.counts.set(browserSessionId, (this.counts.get(browserSessionId) ?? 0) + 1);
    return true;
  }

  async changed(browserSessionId: string, delta: 1 | -1): Promise<void> {
    const count = (this.counts.get(browserSessionId) ?? 0) + delta;
    if (count > 0) this.counts.set(browserSessionId, count);
    else this.counts.delete(browserSessionId);
    await guarded(() => this.redis.lcChangePresence(this.options.prefix, this.node, browserSessionId, delta));
  }

  async connected(browserSessionId: string): Promise<boolean> {
    if (this.counts.has(browserSessionId)) return true;
    return (await guarded(() => this.redis.lcIsConnected(this.options.prefix, browserSessionId, Date.now()))) === 1;
  }

  onLost(handler: (browserSessionIds: string[]) => Promise<void>): void {
    this.lostHandlers.push(handler);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.redis.lcLeave(this.options.prefix, this.node).catch(() => undefined);
  }

  private async beat(): Promise<void> {
    const now = Date.now();
    const [returned, ...lost] = await guarded(() => this.redis.lcHeartbeat(this.options.prefix, this.node, now + this.leaseMs, now));
    // Taken for dead while it was not (a stall longer than the lease): its counts go back.
    if (returned === 1 && this.counts.size > 0)
      await Promise.all(
        [...this.counts].map(([session, count]) => this.redis.lcChangePresence(this.options.prefix, this.node, session, count)),
      );
    if (lost.length > 0) for (const handler of this.lostHandlers) await handler([...new Set(lost)]).catch(this.options.onError);
  }
}
