// A real TURN server for tests: Debian's coturn on 127.0.0.1 (its relay ports too), one user with
// a long-term credential - what a deployment's AVProxy is to the document's config.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../mock-server/prism.ts';

export type TurnServer = { url: string; username: string; credential: string; stop(): Promise<void> };

/** Starts coturn; a port another process took meanwhile (it binds UDP too) gets a second try on another. */
export async function startTurnServer(): Promise<TurnServer> {
  try {
    return await startOnce();
  } catch {
    return startOnce();
  }
}

async function startOnce(): Promise<TurnServer> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'livechat-turn-'));
  // A window of relay ports of its own, so that parallel test files do not meet.
  const minPort = 50_000 + Math.floor(Math.random() * 150) * 100;
  const [username, credential] = ['webchat', 's3cret'];
  const turn: ChildProcess = spawn(
    'turnserver',
    [
      '--listening-ip=127.0.0.1',
      '--relay-ip=127.0.0.1',
      `--listening-port=${port}`,
      `--min-port=${minPort}`,
      `--max-port=${minPort + 99}`,
      '--lt-cred-mech',
      `--user=${username}:${credential}`,
      '--realm=livechat.test',
      '--allow-loopback-peers',
      '--no-tls',
      '--no-dtls',
      '--no-cli',
      '--no-stdout-log',
      `--pidfile=${join(dir, 'turnserver.pid')}`,
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => turn.once('exit', () => resolve()));
  turn.once('error', () => undefined);
  const stop = async () => {
    if (turn.exitCode === null && turn.signalCode === null) {
      turn.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  // Ready once its TCP listener answers (it listens on UDP and TCP alike).
  for (let attempt = 0; ; attempt++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (up) break;
    if (attempt > 50 || turn.exitCode !== null || turn.signalCode !== null) {
      await stop();
      throw new Error('turnserver (Debian package coturn) did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `turn:127.0.0.1:${port}?transport=udp`, username, credential, stop };
}
