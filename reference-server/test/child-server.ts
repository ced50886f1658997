// The reference server as `npm start` runs it (main.ts), in a child process: for what only a real
// process shows - its exit code, its signals, its log, its open-file limit (`ulimit -n`).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export type ChildServer = {
  child: ChildProcess;
  /** Everything it wrote, stdout and stderr. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  dataDir: string;
  stop: () => Promise<void>;
};

/** Runs main.ts (one Node process: signals reach the server itself) with `env` over loopback defaults. */
export async function runServer(env: Record<string, string> = {}, options: { ulimit?: number } = {}): Promise<ChildServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'livechat-child-'));
  const node = `exec "${process.execPath}" --import tsx reference-server/main.ts`;
  const child = spawn('bash', ['-c', options.ulimit !== undefined ? `ulimit -n ${options.ulimit} && ${node}` : node], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LIVECHAT_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => text,
    exited,
    dataDir,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs main.ts and waits until it listens; its base URL. */
export async function startServer(env: Record<string, string> = {}, options: { ulimit?: number } = {}) {
  const server = await runServer(env, options);
  const started = Date.now();
  for (;;) {
    const address = /reference server on (http:\/\/[\d.:]+)/.exec(server.output())?.[1];
    if (address !== undefined) return { ...server, baseUrl: address };
    if (server.child.exitCode !== null || Date.now() - started > 30_000) {
      await server.stop();
      throw new Error(`the server did not start:\n${server.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
