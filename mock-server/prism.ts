// Stoplight Prism serving spec/openapi.yaml on a loopback port of its own, behind the mock's
// front: it validates every request against the contract and answers from the contract's
// examples (the front picks which, with Prefer). Run as the CLI the project pins, on Node 24.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** A free loopback port (the OS's pick). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

export type Prism = { url: string; stop(): Promise<void> };

/** Starts `prism mock` and resolves once it listens; rejects (with its output) when it does not within `timeoutMs`. */
export async function startPrism(spec = join(root, 'spec', 'openapi.yaml'), timeoutMs = 60_000): Promise<Prism> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    join(root, 'node_modules', '.bin', 'prism'),
    ['mock', '--host', '127.0.0.1', '--port', String(port), spec],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prism exited (${child.exitCode}):\n${output}`);
    const up = await fetch(`${url}/tetherfi/livechat/status`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() - started > timeoutMs) {
      child.kill();
      throw new Error(`prism did not listen within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
