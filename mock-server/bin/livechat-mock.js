#!/usr/bin/env node
// The `livechat-mock` command (the bin of @livechat-kit/mock). Installed from the package, it
// runs the built mock (dist/livechat-mock.mjs); in a clone (main.ts beside bin/), the TypeScript
// sources through tsx's loader (`npm run mock` builds the client first and runs the same main.ts).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

if (existsSync(join(here, '..', 'main.ts'))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../main.ts');
} else {
  // Prism, which answers the HTTP contract, needs Node >= 24.18 (its package's engines).
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 24 || (major === 24 && minor < 18)) {
    console.error(`livechat-mock needs Node >= 24.18 (this is ${process.version})`);
    process.exit(3);
  }
  await import('../dist/livechat-mock.mjs');
}
