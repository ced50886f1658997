// The published packages as a partner gets them, made once per test run for every file that needs
// them (packages.test.ts, certify-ci.test.ts): every workspace packed by `npm pack` (its prepack
// builds it) from a copy of the repository, into the run's folder (run-folder.ts). The first file
// to ask packs; another asking meanwhile waits for it.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';

const root = join(import.meta.dirname, '..');
const run = promisify(execFile);

/** Each workspace's folder and the package it packs to. */
export const workspaces = {
  client: 'livechat-kit',
  conformance: '@livechat-kit/conformance',
  'mock-server': '@livechat-kit/mock',
  spec: '@livechat-kit/spec',
} as const;
export type PackageName = (typeof workspaces)[keyof typeof workspaces];

/** The environment of a command that must act on its own folder: npm run's npm_* variables (npm_config_local_prefix among them) name the repository. */
export const commandEnv: Record<string, string | undefined> = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
);

/** Runs a command in `cwd` with the clean environment (and `extra`); rejects with its output when it fails. */
export const sh = async (command: string, args: string[], cwd: string, extra: Record<string, string> = {}) =>
  run(command, args, { cwd, env: { ...commandEnv, ...extra }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });

export type Packed = {
  /** The tarball of each package. */
  tarballs: Record<PackageName, string>;
  /** The copy of the repository they were packed from (its dist/ folders built). */
  repo: string;
};

const WAIT_MS = 600_000;

/** The packed workspaces of this test run: packed by the first caller, waited for by the others. */
export async function packedWorkspaces(): Promise<Packed> {
  const folder = join(inject('runFolder'), 'packed');
  const ready = join(folder, 'ready.json');
  const failed = join(folder, 'failed.txt');
  try {
    await mkdir(folder); // fails when another file already packs
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const started = Date.now();
    while (!existsSync(ready)) {
      if (existsSync(failed)) throw new Error(`packing failed in another test file:\n${await readFile(failed, 'utf8')}`);
      if (Date.now() - started > WAIT_MS) throw new Error(`the workspaces were not packed within ${WAIT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return JSON.parse(await readFile(ready, 'utf8')) as Packed;
  }
  try {
    const packed = await pack(folder);
    await writeFile(`${ready}.tmp`, JSON.stringify(packed));
    await rename(`${ready}.tmp`, ready);
    return packed;
  } catch (error) {
    await writeFile(failed, (error as Error).stack ?? String(error));
    throw error;
  }
}

async function pack(folder: string): Promise<Packed> {
  // A copy of the repository's files (tracked and new, not ignored): packing writes each package's
  // dist/, which the working tree's own tests and servers read.
  const repo = join(folder, 'repo');
  const { stdout } = await sh('git', ['ls-files', '-co', '--exclude-standard', '-z'], root);
  for (const file of stdout.split('\0').filter((name) => name !== '' && existsSync(join(root, name)))) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    cpSync(join(root, file), join(repo, file));
  }
  symlinkSync(join(root, 'node_modules'), join(repo, 'node_modules'));
  const destination = join(folder, 'tarballs');
  mkdirSync(destination);
  await sh('npm', ['pack', '--workspaces', '--pack-destination', destination], repo);
  const tarballs: Partial<Record<PackageName, string>> = {};
  for (const file of readdirSync(destination)) {
    const name = Object.values(workspaces).find((n) => file === `${n.replace('@', '').replace('/', '-')}-0.1.0.tgz`);
    if (name !== undefined) tarballs[name] = join(destination, file);
  }
  const missing = Object.values(workspaces).filter((name) => tarballs[name] === undefined);
  if (missing.length > 0)
    throw new Error(`npm pack made no tarball of ${missing.join(', ')} (found ${readdirSync(destination).join(', ')})`);
  return { tarballs: tarballs as Record<PackageName, string>, repo };
}

/** An empty project (`package.json` only) in `folder` with the tarballs installed, from npm's cache where it can. */
export async function installTarballs(folder: string, tarballs: string[]): Promise<void> {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs], folder);
}
