// A real Redis for tests: Debian's redis-server on 127.0.0.1, a free port, a temporary directory,
// no RDB snapshots and the append-only file on (as a deployment keeps it) - never a system service.
// Without redis-server a test file skips, saying so; with CI=true that is a failure instead.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../mock-server/prism.ts';

export type RedisServer = {
  url: string;
  port: number;
  /** Its process id while it runs (for /proc: the bench reads its CPU and RSS). */
  pid: () => number | undefined;
  /** Everything it printed. */
  output: () => string;
  /** Stops it (SIGTERM: the append-only file is flushed) and keeps its directory, for restart(). */
  stop(): Promise<void>;
  /** kill -9: what the append-only file holds is what survives. */
  kill(): Promise<void>;
  /** Starts it again on the same port and directory (after stop or kill). */
  restart(): Promise<void>;
  /** Stops it and removes its directory. */
  remove(): Promise<void>;
};

/** Why Redis tests cannot run here, or undefined when they can. Throws under CI=true: CI must run them. */
export function redisServerMissing(): string | undefined {
  let reason: string | undefined;
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'pipe' });
  } catch {
    reason = 'redis-server is not installed (Debian package redis-server; .ci/run installs it)';
  }
  if (reason === undefined) return undefined;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}`);
  console.warn(`skipped: ${reason}`);
  return reason;
}

export type RedisServerOptions = { appendfsync?: 'always' | 'everysec' | 'no' };

export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const dir = await mkdtemp(join(tmpdir(), 'livechat-redis-'));
  let port = await freePort();
  let child: ChildProcess | undefined;
  let text = '';

  const launch = async () => {
    text = '';
    const started = spawn(
      'redis-server',
      [
        '--bind',
        '127.0.0.1',
        '--port',
        String(port),
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        options.appendfsync ?? 'everysec',
        '--daemonize',
        'no',
        '--logfile',
        '',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    const collect = (chunk: Buffer) => {
      text = (text + chunk.toString('utf8')).slice(-20_000);
    };
    started.stdout?.on('data', collect);
    started.stderr?.on('data', collect);
    const begun = Date.now();
    while (!text.includes('Ready to accept connections')) {
      if (started.exitCode !== null || Date.now() - begun > 10_000) {
        started.kill('SIGKILL');
        throw new Error(`redis-server did not start on port ${port}:\n${text}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const exit = async (signal: NodeJS.Signals) => {
    const running = child;
    if (running === undefined || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill(signal);
    await exited;
  };

  try {
    await launch();
  } catch {
    // Another process took the port between the probe and the start: once more, on another.
    port = await freePort();
    await launch();
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: () => (child?.exitCode === null && child.signalCode === null ? child.pid : undefined),
    output: () => text,
    stop: () => exit('SIGTERM'),
    kill: () => exit('SIGKILL'),
    restart: launch,
    remove: async () => {
      await exit('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
