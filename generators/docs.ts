// npm run docs: the contract as self-contained HTML in docs/ (see generators/docs/render.ts).
import { fileURLToPath } from 'node:url';
import { renderDocs } from './docs/render.ts';

const outDir = fileURLToPath(new URL('../docs', import.meta.url));
for (const { file, bytes } of await renderDocs(outDir, console.log)) console.log(`docs/${file}  ${bytes} bytes`);
