// Builds the package @livechat-kit/mock (its prepack): the `livechat-mock` command as one ES
// module for plain Node (dist/livechat-mock.mjs), the npm packages it uses left as imports of the
// package's dependencies, and beside it what it serves (files.ts): the contract as one file for
// Prism, the client's bundles and the demo pages.
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { buildClient } from '../client/build.ts';
import { checkDependencies } from '../generators/lib/packaging.ts';
import { bundled, documents } from '../spec/load.ts';

const here = (path: string) => new URL(path, import.meta.url).pathname;

export async function buildMock(): Promise<void> {
  rmSync(here('dist/'), { recursive: true, force: true });
  const { metafile } = await build({
    entryPoints: { 'livechat-mock': here('main.ts') },
    outdir: here('dist/'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    packages: 'external',
    // The reference server's script route builds the client when its bundles are missing; the
    // package carries them (dist/client/), so that import is never reached and not bundled.
    external: ['*/client/build.ts'],
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  // Prism is started as a command (prism.ts), not imported.
  checkDependencies(metafile, here('.'), ['@stoplight/prism-cli']);
  writeFileSync(here('dist/openapi.yaml'), stringify(await bundled(documents.openapi), { lineWidth: 0, aliasDuplicateObjects: false }));
  await buildClient(here('dist/client/'));
  cpSync(here('../reference-server/demo/'), here('dist/demo/'), { recursive: true });
}

if (process.argv[1] === here('build.ts')) await buildMock();
