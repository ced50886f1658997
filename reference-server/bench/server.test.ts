// `npm run bench:server` at a tiny size, so that it cannot rot: both servers start, five browser
// sessions are held on each, and every figure is printed. Nothing about speed is asserted.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const figures = [
  'sessions held',
  'open streams (2 per session)',
  'server sockets after setup',
  'messages/s achieved',
  'latency p50 (ms)',
  'latency p99 (ms)',
  'server RSS idle, full GC (MiB)',
  'server RSS after setup (MiB)',
  'memory per session (KiB)',
  'server CPU per message (ms)',
  'server event-loop delay p99 / max (ms)',
  'generator schedule lag p99 (ms)',
];
const literal = (text: string) => text.replace(/[()/,]/g, '\\$&');

it('runs the reference server and the baseline under a tiny load and prints each figure for both', { timeout: 120_000 }, async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'server.ts'), '--sessions', '5', '--seconds', '2', '--rate', '50', '--generators', '1'],
    { cwd: join(import.meta.dirname, '..', '..'), timeout: 110_000 },
  );
  expect(stdout).toMatch(/^\s+reference\s+baseline$/m);
  const value = '-?[\\d.]+( / -?[\\d.]+)?';
  for (const figure of figures) expect(stdout).toMatch(new RegExp(`^${literal(figure)}\\s+${value}\\s+${value}$`, 'm'));
  expect(stdout).toMatch(/^sessions held\s+5 \/ 5\s+5 \/ 5$/m);
  expect(stdout).toMatch(/^reference \/ baseline: throughput [\d.]+, memory per session -?[\d.]+/m);
  expect(stdout).toMatch(/^ {2}p99 under 50 ms: /m);
});
