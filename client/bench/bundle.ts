// npm run bench:bundle: the sizes of the client's bundles, minified, gzipped and brotli'd,
// against the goal (15 KB minified, 6 KB gzipped) and the document's livechat.js (61.9 KB), and
// what each input weighs in the classic livechat.js (minified bytes, from esbuild's metafile).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { buildClient } from '../build.ts';

const KB = 1024;
const documentSize = 61.9 * KB;
const goal = { minified: 15 * KB, gzipped: 6 * KB };

const outdir = await mkdtemp(join(tmpdir(), 'livechat-bundle-'));
const { metafile } = await buildClient(outdir);
const rows = [];
for (const file of ['livechat.js', 'livechat.mjs']) {
  const bytes = await readFile(join(outdir, file));
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  rows.push({
    bundle: file,
    'minified KB': (bytes.length / KB).toFixed(1),
    'gzip KB': (gzipped / KB).toFixed(1),
    'brotli KB': (brotliCompressSync(bytes).length / KB).toFixed(1),
    'vs document 61.9 KB': (bytes.length / documentSize).toFixed(2),
    'vs goal 15 KB': (bytes.length / goal.minified).toFixed(2),
    'gzip vs goal 6 KB': (gzipped / goal.gzipped).toFixed(2),
  });
}
await rm(outdir, { recursive: true, force: true });
console.table(rows);

const [, classic] = Object.entries(metafile.outputs).find(([path]) => path.endsWith('livechat.js')) ?? [];
if (classic !== undefined) {
  console.log('\nlivechat.js by input (minified bytes, before compression):');
  console.table(
    Object.entries(classic.inputs)
      .map(([input, { bytesInOutput }]) => ({ input: relative(process.cwd(), input), bytes: bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes),
  );
}
