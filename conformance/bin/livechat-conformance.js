#!/usr/bin/env node
// The `livechat-conformance` command (the bin of @livechat-kit/conformance).
// Installed from the package, it runs the built suite (dist/cli.mjs) on plain Node >= 22.
// In a clone (cli.ts beside bin/), it runs the TypeScript sources through tsx's loader, on the
// project's Node 24 (the `node` devDependency): npx puts node_modules/.bin first on the PATH, so
// the shebang finds it; started any other way on an older Node, it hands over to that Node.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const major = Number(process.versions.node.split('.')[0]);

if (!existsSync(join(here, '..', 'cli.ts'))) {
  if (major < 22) {
    console.error(`livechat-conformance needs Node >= 22 (this is ${process.version})`);
    process.exit(3);
  }
  const { main } = await import('../dist/cli.mjs');
  process.exit(await main(process.argv.slice(2)));
}

const root = join(here, '..', '..');
const projectNode = join(root, 'node_modules', 'node', 'bin', 'node');
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
