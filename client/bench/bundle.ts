// npm run bench:bundle: the sizes of the client's bundles, minified, gzipped and brotli'd, against
// the document's scripts - livechat.js 61.9 KB (and our goal: 15 KB minified, 6 KB gzipped), the
// audio/video scripts adaptor.mini.js 90 KB + livechat_video.mini.js 32 KB, the co-browse scripts
// 330 KB plus 114 KB of styles - and what each input weighs in each classic script (esbuild's metafile).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { buildClient } from '../build.ts';

const KB = 1024;
const goal = { minified: 15 * KB, gzipped: 6 * KB };
/** What the document's pages load for each part (its Scripts section and screen-sharing design). */
const documentSizes: Record<string, { label: string; bytes: number }> = {
  'livechat.js': { label: 'livechat.js 61.9 KB', bytes: 61.9 * KB },
  'livechat_video.mini.js': { label: 'adaptor 90 + livechat_video 32 KB', bytes: (90 + 32) * KB },
  'tetherfi-cobrowse.min.js': { label: 'co-browse scripts 330 + styles 114 KB', bytes: (3 + 214 + 113 + 106 + 8) * KB },
};

const outdir = await mkdtemp(join(tmpdir(), 'livechat-bundle-'));
const { metafile } = await buildClient(outdir);
const files = (await readdir(outdir)).sort();
const size = async (file: string) => {
  const bytes = await readFile(join(outdir, file));
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
};
const kb = (bytes: number) => (bytes / KB).toFixed(1);

const rows = [];
for (const file of files) {
  const { minified, gzipped, brotli } = await size(file);
  const document = documentSizes[file];
  rows.push({
    bundle: file,
    'minified KB': kb(minified),
    'gzip KB': kb(gzipped),
    'brotli KB': kb(brotli),
    "the document's": document?.label ?? '',
    ratio: document ? (minified / document.bytes).toFixed(2) : '',
  });
}
console.table(rows);

const classic = await size('livechat.js');
console.log(
  `\nlivechat.js against our goal: ${(classic.minified / goal.minified).toFixed(2)} of 15 KB minified, ${(classic.gzipped / goal.gzipped).toFixed(2)} of 6 KB gzipped`,
);
const pageWithCall = classic.minified + (await size('livechat_video.mini.js')).minified;
console.log(
  `a page with audio/video: ${kb(pageWithCall)} KB against the document's 180 KB (livechat.js + __clientlog.js + adaptor + livechat_video): ${(pageWithCall / (180 * KB)).toFixed(2)}`,
);
await rm(outdir, { recursive: true, force: true });

for (const [path, output] of Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.js'))) {
  console.log(`\n${path.split('/').pop()} by input (minified bytes, before compression):`);
  console.table(
    Object.entries(output.inputs)
      .map(([input, { bytesInOutput }]) => ({ input: relative(process.cwd(), input), bytes: bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes),
  );
}
