// Stoplight Prism serving spec/openapi.yaml on a loopback port of its own, behind the mock's
// front: it validates every request against the contract and answers from the contract's
// examples (the front picks which, with Prefer). Run as the CLI of the @stoplight/prism-cli
// package that resolves from here (the project's, or the installed mock package's dependency),
// on the Node the mock runs on.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

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

/** The file of Prism's command (its package's bin). */
function prismCommand(): string {
  const manifest = createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { prism: string } };
  return join(dirname(manifest), bin.prism);
}

/** Starts `prism mock` and resolves once it listens; rejects (with its output) when it does not within `timeoutMs`. */
export async function startPrism(spec = join(root, 'spec', 'openapi.yaml'), timeoutMs = 60_000): Promise<Prism> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [prismCommand(), 'mock', '--host', '127.0.0.1', '--port', String(port), spec], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
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
