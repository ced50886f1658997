// Builds the client's bundles into client/dist/, minified, for evergreen browsers: the classic
// scripts (livechat.js; livechat_video.mini.js and tetherfi-cobrowse.min.js, which livechat.js
// loads on first use), the co-browse stylesheet (tetherfi-cobrowse.min.css) and the ES modules
// (livechat.mjs, with audio/video and co-browsing as chunks, and node.mjs, the Node
// SimulatedBrowser, sharing livechat.mjs's core through a chunk so that both see one
// LivechatError). `--package` (the package's prepack) adds the .d.ts files and checks that the
// package's dependencies are what the ES modules import.
import { rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { checkDependencies, emitDeclarations } from '../generators/lib/packaging.ts';
import { COBROWSE_STYLES } from './src/cobrowse/styles.ts';

const common = { bundle: true, minify: true, legalComments: 'none', target: 'es2022', logLevel: 'warning', metafile: true } as const;
const here = (path: string) => new URL(path, import.meta.url).pathname;

/** The classic scripts: file name (without .js) -> entry under src/bundle/. */
export const CLASSIC = { livechat: 'classic.ts', 'livechat_video.mini': 'video.ts', 'tetherfi-cobrowse.min': 'cobrowse.ts' } as const;

/** The co-browse UI's styles, as the document's co-browse page includes them. */
export const COBROWSE_STYLESHEET = 'tetherfi-cobrowse.min.css';

/** What SimulatedBrowser imports in Node: left to the package's dependencies, not bundled. */
const NODE_ONLY = ['fetch-cookie', 'tough-cookie'];

/** Writes every bundle; returns where, esbuild's metafile of the classic scripts (what each input weighs) and of the ES modules. */
export async function buildClient(outdir = here('dist/')): Promise<{ outdir: string; metafile: Metafile; esm: Metafile }> {
  const classic = await build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(CLASSIC).map(([name, entry]) => [name, here(`src/bundle/${entry}`)])),
    outdir,
    format: 'iife',
    platform: 'browser',
  });
  const esm = await build({
    ...common,
    entryPoints: { livechat: here('src/index.ts'), node: here('src/node/browser.ts') },
    outdir,
    format: 'esm',
    platform: 'neutral',
    external: NODE_ONLY,
    splitting: true,
    chunkNames: 'livechat-[name]-[hash]',
    outExtension: { '.js': '.mjs' },
  });
  await writeFile(join(outdir, COBROWSE_STYLESHEET), `${COBROWSE_STYLES}\n`);
  return { outdir, metafile: classic.metafile, esm: esm.metafile };
}

/** The package's contents: the bundles, and the declarations in dist/types/ (paths as in the repository). */
export async function buildPackage(): Promise<void> {
  rmSync(here('dist/'), { recursive: true, force: true }); // no chunk of an earlier build in the tarball
  const { esm } = await buildClient();
  checkDependencies(esm, here('.'));
  emitDeclarations(here('tsconfig.types.json'), here('dist/types/'));
}

if (process.argv[1] === here('build.ts')) {
  if (process.argv.includes('--package')) await buildPackage();
  else await buildClient();
}
