// Builds the client's bundles into client/dist/, minified, for evergreen browsers: the classic
// scripts (livechat.js; livechat_video.mini.js and tetherfi-cobrowse.min.js, which livechat.js
// loads on first use), the co-browse stylesheet (tetherfi-cobrowse.min.css) and the ES module
// (livechat.mjs, with audio/video and co-browsing as chunks).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { COBROWSE_STYLES } from './src/cobrowse/styles.ts';

const common = { bundle: true, minify: true, legalComments: 'none', target: 'es2022', logLevel: 'warning', metafile: true } as const;

/** The classic scripts: file name (without .js) -> entry under src/bundle/. */
export const CLASSIC = { livechat: 'classic.ts', 'livechat_video.mini': 'video.ts', 'tetherfi-cobrowse.min': 'cobrowse.ts' } as const;

/** The co-browse UI's styles, as the document's co-browse page includes them. */
export const COBROWSE_STYLESHEET = 'tetherfi-cobrowse.min.css';

/** Writes every bundle; returns where, and esbuild's metafile of the classic scripts (what each input weighs). */
export async function buildClient(outdir = new URL('dist/', import.meta.url).pathname): Promise<{ outdir: string; metafile: Metafile }> {
  const classic = await build({
    ...common,
    entryPoints: Object.fromEntries(
      Object.entries(CLASSIC).map(([name, entry]) => [name, new URL(`src/bundle/${entry}`, import.meta.url).pathname]),
    ),
    outdir,
    format: 'iife',
    platform: 'browser',
  });
  await build({
    ...common,
    entryPoints: { livechat: new URL('src/index.ts', import.meta.url).pathname },
    outdir,
    format: 'esm',
    platform: 'neutral',
    splitting: true,
    chunkNames: 'livechat-[name]-[hash]',
    outExtension: { '.js': '.mjs' },
  });
  await writeFile(join(outdir, COBROWSE_STYLESHEET), `${COBROWSE_STYLES}\n`);
  return { outdir, metafile: classic.metafile };
}

if (process.argv[1] === new URL(import.meta.url).pathname) await buildClient();
