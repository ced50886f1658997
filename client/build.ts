// Builds the client's bundles into client/dist/: the classic script (livechat.js) and the ES
// module (livechat.mjs), minified, for evergreen browsers.
import { build, type Metafile } from 'esbuild';

const common = { bundle: true, minify: true, legalComments: 'none', target: 'es2022', logLevel: 'warning', metafile: true } as const;

/** Writes both bundles; returns where, and what each input weighs in the classic script (esbuild's metafile). */
export async function buildClient(outdir = new URL('dist/', import.meta.url).pathname): Promise<{ outdir: string; metafile: Metafile }> {
  const classic = await build({
    ...common,
    entryPoints: { livechat: new URL('src/bundle/classic.ts', import.meta.url).pathname },
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
    outExtension: { '.js': '.mjs' },
  });
  return { outdir, metafile: classic.metafile };
}

if (process.argv[1] === new URL(import.meta.url).pathname) await buildClient();
