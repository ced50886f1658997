// `npm run bench:server` at a tiny size, so that it cannot rot: both servers start, five browser
// sessions are held on each, both phases run, and every figure is printed. Nothing about speed is asserted.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

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
const literal = (text: string) => text.replace(/[()/,%]/g, '\\$&');

it('runs the reference server and the baseline under a tiny load and prints each figure for both', { timeout: 150_000 }, async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      join(import.meta.dirname, 'server.ts'),
      ...['--sessions', '5', '--seconds', '1', '--rate', '50', '--in-flight', '20', '--generators', '1'],
    ],
    { cwd: join(import.meta.dirname, '..', '..'), timeout: 140_000 },
  );
  expect(stdout).toMatch(/^\s+reference\s+baseline$/m);
  const value = '-?[\\d.]+( / -?[\\d.]+)?';
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
