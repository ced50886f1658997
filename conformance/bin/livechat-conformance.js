#!/usr/bin/env node
// The `livechat-conformance` command (package.json "bin"): `npx livechat-conformance --base-url …`
// from the repository. The suite is TypeScript, so this launcher registers tsx's loader and runs
// conformance/cli.ts in the same process. Like every npm script it runs on the project's Node 24
// (the `node` devDependency): npx puts node_modules/.bin first on the PATH, so the shebang finds
// it; started any other way on an older Node, it hands over to that Node when it is installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const projectNode = join(root, 'node_modules', 'node', 'bin', 'node');
const major = Number(process.versions.node.split('.')[0]);

if (major < 24 && existsSync(projectNode) && process.env.LIVECHAT_CONFORMANCE_NODE !== process.execPath) {
  const handed = spawnSync(projectNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, LIVECHAT_CONFORMANCE_NODE: projectNode },
  });
  process.exit(handed.status ?? 1);
}

const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../cli.ts');
process.exit(await main(process.argv.slice(2)));
