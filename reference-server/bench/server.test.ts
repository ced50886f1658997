// `npm run bench:server` at a tiny size, so that it cannot rot: the servers start, five browser
// sessions are held on each, both phases run, and every figure is printed - for the embedded store
// against the baseline, and for one and two nodes on a real Redis (skipped, saying so, without
// redis-server; a failure with CI=true). Nothing about speed is asserted.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { redisServerMissing } from '../test/redis-server.ts';

const setupFigures = [
  'sessions held',
  'open streams (2 per session)',
  'server sockets after setup',
  'server RSS idle, full GC (MiB)',
  'server RSS after setup (MiB)',
  'memory per session (KiB)',
];
const phaseFigures = [
  'messages/s achieved',
  'latency p50 (ms)',
  'latency p99 (ms)',
  'messages never echoed',
  'server CPU per message (ms)',
  'server event-loop delay p99 / max (ms)',
  'generators CPU per message (ms)',
  'generators share of the bench CPU (%)',
];
const literal = (text: string) => text.replace(/[()/,%+]/g, '\\$&');
const value = '-?[\\d.]+( / -?[\\d.]+)?';
const tiny = ['--sessions', '5', '--seconds', '1', '--rate', '50', '--in-flight', '20', '--generators', '1'];
const bench = (only: string) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'server.ts'), ...tiny, '--only', only], {
    cwd: join(import.meta.dirname, '..', '..'),
    timeout: 140_000,
  });

it('runs the reference server and the baseline under a tiny load and prints each figure for both', { timeout: 150_000 }, async () => {
  const { stdout } = await bench('reference,baseline');
  expect(stdout).toMatch(/^\s+reference\s+baseline$/m);
  for (const figure of setupFigures) expect(stdout).toMatch(new RegExp(`^${literal(figure)}\\s+${value}\\s+${value}$`, 'm'));
  for (const phase of ['latency', 'capacity']) {
    const section = stdout.slice(stdout.indexOf(`\n${phase} phase\n`));
    for (const figure of phaseFigures) expect(section).toMatch(new RegExp(`^ {2}${literal(figure)}\\s+${value}\\s+${value}$`, 'm'));
  }
  // Only the open loop has a schedule to lag behind.
  expect(stdout).toMatch(new RegExp(`^ {2}${literal('generator schedule lag p99 (ms)')}\\s+${value}\\s+${value}$`, 'm'));
  expect(stdout).toMatch(/^sessions held\s+5 \/ 5\s+5 \/ 5$/m);
  // Every message of both phases echoed, on both servers (a chat accepts a client message id once: ids never repeat across phases).
  expect(stdout).toMatch(/^ {2}messages never echoed\s+0\s+0$/m);
  expect(stdout).not.toMatch(/^ {2}messages never echoed\s+.*[1-9]/m);
  expect(stdout).toMatch(/^reference \/ baseline: throughput [\d.]+, p99 send->echo [\d.]+, memory per session -?[\d.]+/m);
  expect(stdout).toMatch(/^ {2}throughput at least 0\.6x the baseline's: /m);
  expect(stdout).toMatch(/^ {2}reference capacity: the generators took \d+% of the bench's CPU/m);
});

const missing = redisServerMissing();

it.skipIf(missing !== undefined)(
  'runs one node and two nodes on a real Redis side by side, with Redis commands per message, its CPU and RSS',
  { timeout: 150_000 },
  async () => {
    const { stdout } = await bench('redis,redis-2');
    expect(stdout).toMatch(/^\s+redis\s+redis-2$/m);
    for (const figure of [
      ...setupFigures,
      'Redis RSS idle (MiB)',
      'Redis RSS after setup (MiB)',
      '  of memory per session, Redis (KiB)',
      'Redis commands a second holding sessions',
    ])
      expect(stdout).toMatch(new RegExp(`^${literal(figure)}\\s+${value}\\s+${value}$`, 'm'));
    expect(stdout).toMatch(/^sessions held\s+5 \/ 5\s+5 \/ 5$/m);
    for (const phase of ['latency', 'capacity']) {
      const section = stdout.slice(stdout.indexOf(`\n${phase} phase\n`));
      for (const figure of [...phaseFigures, 'Redis CPU per message (ms)', 'server + Redis CPU per message (ms)'])
        expect(section).toMatch(new RegExp(`^ {2}${literal(figure)}\\s+${value}\\s+${value}$`, 'm'));
      // Counted from Redis itself: every message costs commands, on one node as on two.
      const [, one, two] = /^ {2}Redis commands per message\s+([\d.]+)\s+([\d.]+)$/m.exec(section) ?? [];
      expect(Number(one)).toBeGreaterThan(1);
      expect(Number(two)).toBeGreaterThan(1);
    }
    // Every message echoed on page 2 - on node 2 when redis-2: every echo crossed nodes.
    expect(stdout).toMatch(/^ {2}messages never echoed\s+0\s+0$/m);
    expect(stdout).not.toMatch(/^ {2}messages never echoed\s+.*[1-9]/m);
    expect(stdout).toMatch(/^redis-2 capacity: Redis commands per message by command \(INFO commandstats.*\): .*xadd/m);
    expect(stdout).toMatch(/^redis-2 \/ redis: throughput [\d.]+, p99 send->echo [\d.]+, memory per session -?[\d.]+/m);
  },
);
