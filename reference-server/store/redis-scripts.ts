// The Lua scripts of the Redis store: each change that touches more than one key runs as one
// script, so Redis applies it whole or not at all and no other client sees half of it. Keys are
// built inside the scripts from the prefix (ARGV[1]): the store is for one Redis, not a cluster.
//
// Key layout (P = the prefix, `livechat:` by default):
//   P bs:<id>             browser session record (JSON)     P bs:created    zset: id by createdAt
//   P chat:<sid>          chat record (JSON)                P chats:next    counter: the order chats were first stored
//   P chats:order         zset: sid by that order           P chats:of:<bs> zset: the session's sids, same order
//   P chats:active        zset: sids not ended, same order  P chats:queued  zset: sid by queuedAt
//   P chats:ended         zset: sid by endedAt
//   P trans:<sid>         list: transcript entries (JSON)   P trans-size:<sid> hash: entries, textBytes
//   P trans-ids:<sid>     hash: clientMessageId -> entry    P agent:<id>    agent record (JSON)
//   P agents              zset: agentId by first store      P agents:next   counter
//   P log:<key>           stream: the events, ID <seq>-0    P seq:<key>     counter: the log's newest seq
//   P file:<storedAs>     hash: an uploaded file's size and bytes (redis-file-bytes.ts); expiring until putChat records it
//   channel P events:<key>  each appended event, as stored (the feeds of live streams)
import type { Redis } from 'ioredis';

const LOG_FUNCTIONS = `
local function seqOf(id) return tonumber(string.match(id, '^(%d+)')) end
`;

/**
 * Records a chat and keeps its indexes, and makes the bytes of the files it adds permanent (they
 * expire until then: a node that dies between keeping them and this leaves nothing behind);
 * ARGV: prefix, sid, browserSessionId, record, state, queuedAt, endedAt ('' when none), then the
 * stored names of the files added. Returns 0, recording nothing, when a file's bytes are gone.
 */
const putChat = `
local p, sid, bs = ARGV[1], ARGV[2], ARGV[3]
for i = 8, #ARGV do
  if redis.call('EXISTS', p .. 'file:' .. ARGV[i]) == 0 then return 0 end
end
for i = 8, #ARGV do redis.call('PERSIST', p .. 'file:' .. ARGV[i]) end
redis.call('SET', p .. 'chat:' .. sid, ARGV[4])
local order = redis.call('ZSCORE', p .. 'chats:order', sid)
if not order then
  order = redis.call('INCR', p .. 'chats:next')
  redis.call('ZADD', p .. 'chats:order', order, sid)
end
redis.call('ZADD', p .. 'chats:of:' .. bs, order, sid)
if ARGV[5] == 'queued' then redis.call('ZADD', p .. 'chats:queued', ARGV[6], sid) else redis.call('ZREM', p .. 'chats:queued', sid) end
if ARGV[5] ~= 'ended' then redis.call('ZADD', p .. 'chats:active', order, sid) else redis.call('ZREM', p .. 'chats:active', sid) end
if ARGV[7] ~= '' then redis.call('ZADD', p .. 'chats:ended', ARGV[7], sid) else redis.call('ZREM', p .. 'chats:ended', sid) end
return 1
`;

/** Forgets a chat, its indexes and its transcript; ARGV: prefix, sid. */
const deleteChat = `
local p, sid = ARGV[1], ARGV[2]
local record = redis.call('GET', p .. 'chat:' .. sid)
if not record then return 0 end
local bs = cjson.decode(record).browserSessionId
redis.call('DEL', p .. 'chat:' .. sid, p .. 'trans:' .. sid, p .. 'trans-size:' .. sid, p .. 'trans-ids:' .. sid)
for _, index in ipairs({'chats:order', 'chats:active', 'chats:queued', 'chats:ended'}) do redis.call('ZREM', p .. index, sid) end
redis.call('ZREM', p .. 'chats:of:' .. bs, sid)
return 1
`;

/** Records found through an index (a zset), in its order; ARGV: prefix, index, record key prefix, min score, max score, limit (-1: all). */
const recordsByScore = `
local p = ARGV[1]
local ids = redis.call('ZRANGEBYSCORE', p .. ARGV[2], ARGV[4], ARGV[5], 'LIMIT', 0, ARGV[6])
local records = {}
for _, id in ipairs(ids) do
  local record = redis.call('GET', p .. ARGV[3] .. id)
  if record then table.insert(records, record) end
end
return records
`;

/** Browser sessions created before a time that hold no chat; ARGV: prefix, createdBefore (exclusive), limit. */
const idleBrowserSessions = `
local p = ARGV[1]
local ids = redis.call('ZRANGEBYSCORE', p .. 'bs:created', '-inf', '(' .. ARGV[2])
local idle = {}
for _, id in ipairs(ids) do
  if redis.call('ZCARD', p .. 'chats:of:' .. id) == 0 then
    table.insert(idle, id)
    if #idle >= tonumber(ARGV[3]) then break end
  end
end
return idle
`;

/** Records a browser session; ARGV: prefix, id, createdAt, record. */
const putBrowserSession = `
local p, id = ARGV[1], ARGV[2]
redis.call('SET', p .. 'bs:' .. id, ARGV[4])
redis.call('ZADD', p .. 'bs:created', ARGV[3], id)
return 1
`;

/** Forgets a browser session with its log; ARGV: prefix, id. */
const deleteBrowserSession = `
local p, id = ARGV[1], ARGV[2]
redis.call('DEL', p .. 'bs:' .. id, p .. 'chats:of:' .. id, p .. 'log:browser:' .. id, p .. 'seq:browser:' .. id)
redis.call('ZREM', p .. 'bs:created', id)
return 1
`;

/** Records an agent (its first store fixes its place in agents()); ARGV: prefix, agentId, record. */
const putAgent = `
local p, id = ARGV[1], ARGV[2]
redis.call('SET', p .. 'agent:' .. id, ARGV[3])
if not redis.call('ZSCORE', p .. 'agents', id) then redis.call('ZADD', p .. 'agents', redis.call('INCR', p .. 'agents:next'), id) end
return 1
`;

/** Forgets an agent with its log; ARGV: prefix, agentId. */
const deleteAgent = `
local p, id = ARGV[1], ARGV[2]
redis.call('DEL', p .. 'agent:' .. id, p .. 'log:agent:' .. id, p .. 'seq:agent:' .. id)
redis.call('ZREM', p .. 'agents', id)
return 1
`;

/** Appends to a transcript; ARGV: prefix, sid, entry (JSON), its text bytes, its clientMessageId ('' when none). */
const TRANSCRIPT_FUNCTION = `
local function appendTranscript(p, sid, entry, textBytes, clientMessageId)
  redis.call('RPUSH', p .. 'trans:' .. sid, entry)
  redis.call('HINCRBY', p .. 'trans-size:' .. sid, 'entries', 1)
  redis.call('HINCRBY', p .. 'trans-size:' .. sid, 'textBytes', textBytes)
  if clientMessageId ~= '' then redis.call('HSET', p .. 'trans-ids:' .. sid, clientMessageId, entry) end
end
`;
const appendTranscript = `${TRANSCRIPT_FUNCTION}
appendTranscript(ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4]), ARGV[5])
return 1
`;

/**
 * Appends an event: the log's next seq (INCR), the event with it (XADD, ID <seq>-0), the
 * transcript entry it announces under the same seq when there is one, retention (XTRIM of the
 * oldest beyond `keep` that are also older than the cutoff), and the event published to the
 * feeds. ARGV: prefix, key, event JSON without seq, its time (ms), keep, cutoff (ms), and - when it
 * announces an entry - sid, entry JSON without seq, text bytes, clientMessageId. Returns the event as stored.
 */
const appendEvent = `${LOG_FUNCTIONS}${TRANSCRIPT_FUNCTION}
local p, key = ARGV[1], ARGV[2]
local log = p .. 'log:' .. key
local seq = redis.call('INCR', p .. 'seq:' .. key)
local stored = string.sub(ARGV[3], 1, -2) .. ',"seq":' .. seq .. '}'
redis.call('XADD', log, seq .. '-0', 'e', stored, 't', ARGV[4])
if ARGV[7] then
  appendTranscript(p, ARGV[7], string.sub(ARGV[8], 1, -2) .. ',"seq":' .. seq .. '}', tonumber(ARGV[9]), ARGV[10])
end
local excess = redis.call('XLEN', log) - tonumber(ARGV[5])
if excess > 0 then
  local cutoff = tonumber(ARGV[6])
  local dropUntil = nil
  for _, entry in ipairs(redis.call('XRANGE', log, '-', '+', 'COUNT', math.min(excess, 256))) do
    if tonumber(entry[2][4]) >= cutoff then break end
    dropUntil = seqOf(entry[1])
  end
  if dropUntil then redis.call('XTRIM', log, 'MINID', (dropUntil + 1) .. '-0') end
end
redis.call('PUBLISH', p .. 'events:' .. key, stored)
return stored
`;

/**
 * Reads a log after a position; ARGV: prefix, key, after, max. Returns the newest seq, the oldest
 * seq kept (newest + 1 when none is), then up to `max` events as stored.
 */
const readEvents = `${LOG_FUNCTIONS}
local p, key, after, max = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local log = p .. 'log:' .. key
local latest = tonumber(redis.call('GET', p .. 'seq:' .. key) or '0')
local first = redis.call('XRANGE', log, '-', '+', 'COUNT', 1)[1]
local oldest = latest + 1
if first then oldest = seqOf(first[1]) end
local answer = {latest, oldest}
if max > 0 and after < latest then
  local from = '-'
  if after >= 0 then from = (after + 1) .. '-0' end
  for _, entry in ipairs(redis.call('XRANGE', log, from, '+', 'COUNT', max)) do table.insert(answer, entry[2][2]) end
end
return answer
`;

const scripts = {
  lcPutChat: { lua: putChat, numberOfKeys: 0 },
  lcDeleteChat: { lua: deleteChat, numberOfKeys: 0 },
  lcRecordsByScore: { lua: recordsByScore, numberOfKeys: 0, readOnly: true },
  lcIdleBrowserSessions: { lua: idleBrowserSessions, numberOfKeys: 0, readOnly: true },
  lcPutBrowserSession: { lua: putBrowserSession, numberOfKeys: 0 },
  lcDeleteBrowserSession: { lua: deleteBrowserSession, numberOfKeys: 0 },
  lcPutAgent: { lua: putAgent, numberOfKeys: 0 },
  lcDeleteAgent: { lua: deleteAgent, numberOfKeys: 0 },
  lcAppendTranscript: { lua: appendTranscript, numberOfKeys: 0 },
  lcAppendEvent: { lua: appendEvent, numberOfKeys: 0 },
  lcReadEvents: { lua: readEvents, numberOfKeys: 0, readOnly: true },
} as const;

type Arg = string | number;
/** The scripts as commands of a connection (ioredis defineCommand: EVALSHA, and EVAL once when Redis does not know the script). */
export type StoreCommands = { [K in keyof typeof scripts]: (...args: Arg[]) => Promise<unknown> };

export function defineStoreCommands(redis: Redis): Redis & StoreCommands {
  for (const [name, definition] of Object.entries(scripts)) redis.defineCommand(name, definition);
  return redis as Redis & StoreCommands;
}
