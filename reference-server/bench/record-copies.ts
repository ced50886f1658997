// npm run bench:copies - what one copy of a record costs the embedded store (store/copy.ts's
// copyRecord) against structuredClone (what the store used before) and a JSON round trip, on
// records shaped like the server's: a browser session, a chat with a CSO, a transcript entry,
// and an agent in many chats. Each copy is timed over a million calls after a warm-up; the
// ratios are against structuredClone in the same run. Printed, never asserted.
import { loadavg } from 'node:os';
import { copyRecord } from '../store/copy.ts';
import type { ChatRecord } from '../store/store.ts';

const records: Record<string, unknown> = {
  'browser session': {
    id: 'bs_aaaaaaaaaaaaaaaaaaaaaa',
    secretHash: 'x'.repeat(43),
    createdAt: Date.now(),
    mode: 'single',
    openedPages: ['pg_aaaaaaaaaaaaaaaaaaaaaa', 'pg_bbbbbbbbbbbbbbbbbbbbbb'],
  },
  chat: {
    sid: 'c_aaaaaaaaaaaaaaaaaaaaaa',
    browserSessionId: 'bs_aaaaaaaaaaaaaaaaaaaaaa',
    clientId: 'ci_aaaaaaaaaaaaaaaaaaaaaa',
    state: 'connected',
    pages: ['pg_aaaaaaaaaaaaaaaaaaaaaa', 'pg_bbbbbbbbbbbbbbbbbbbbbb'],
    startingPage: 'pg_aaaaaaaaaaaaaaaaaaaaaa',
    details: { eCustDetails: { eCustName: 'Tan Mei Ling', pTopic: 'load' }, eChannel: 'web' },
    agents: [{ id: 'bot', name: 'Livechat Bot', index: 0 }],
    toldAgents: ['bot'],
    offers: [],
    callbacks: [],
    startSeq: 0,
    appMessageIds: [],
    createdAt: 1,
    queuedAt: 1,
  } satisfies ChatRecord,
  'transcript entry': {
    type: 'msg',
    by: 'c',
    msg: 'hello%20there',
    time: new Date().toISOString(),
    id: 'msg_aaaaaaaaaaaaaaaa',
    clientMessageId: 'cm_aaaaaaaaaaaaa',
    seq: 4,
  },
  'agent in 100 chats': {
    agentId: 'agent-7',
    name: 'Alice',
    sessionHash: 'x'.repeat(43),
    ready: true,
    chats: Array.from({ length: 100 }, (_, i) => `c_${i}`),
    loggedInAt: 1,
  },
};
const ways: Record<string, (value: unknown) => unknown> = {
  structuredClone: (value) => structuredClone(value),
  'JSON round trip': (value) => JSON.parse(JSON.stringify(value)),
  copyRecord: (value) => copyRecord(value),
};

const CALLS = 1_000_000;
let sink = 0;
function nsPerCopy(copy: (value: unknown) => unknown, value: unknown): number {
  for (let i = 0; i < CALLS / 5; i++) sink += copy(value) === value ? 1 : 0;
  const began = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) sink += copy(value) === value ? 1 : 0;
  return Number(process.hrtime.bigint() - began) / CALLS;
}

console.log(`record copies, ns per copy (load average ${loadavg()[0]?.toFixed(2)}, Node ${process.version})`);
console.log(
  `${'record'.padEnd(20)}${Object.keys(ways)
    .map((w) => w.padStart(18))
    .join('')}  copyRecord / structuredClone`,
);
for (const [name, value] of Object.entries(records)) {
  const times = Object.values(ways).map((copy) => nsPerCopy(copy, value));
  const ratio = (times[2] ?? Number.NaN) / (times[0] ?? Number.NaN);
  console.log(`${name.padEnd(20)}${times.map((t) => t.toFixed(0).padStart(18)).join('')}  ${ratio.toFixed(2)}`);
}
if (sink !== 0) throw new Error('a copy returned its input');
