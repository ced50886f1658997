// vitest's globalSetup: one temporary folder for the whole run, given to every test file
// (`inject('runFolder')`) and removed when the run ends - for work several files need done once,
// such as packing the workspaces (packed-workspaces.ts). Creating it costs nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runFolder: string;
  }
}

export default async function setup(project: TestProject) {
  const folder = await mkdtemp(join(tmpdir(), 'livechat-test-run-'));
  project.provide('runFolder', folder);
  return async () => {
    await rm(folder, { recursive: true, force: true });
  };
}
