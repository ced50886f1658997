// Renders the contract in spec/ to self-contained HTML pages.
// Everything a page needs (viewer bundle, CSS, bundled spec) is inlined, so the pages
// open offline from file:// and never touch the network.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundled, dereferenced } from '../../spec/load.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

type Viewer = 'openapi' | 'asyncapi';

interface Doc {
  source: string; // relative to the project root
  output: string; // relative to docs/
  viewer: Viewer;
}

const DOCS: Doc[] = [
  { source: 'spec/openapi.yaml', output: 'openapi.html', viewer: 'openapi' },
  { source: 'spec/asyncapi.yaml', output: 'asyncapi.html', viewer: 'asyncapi' },
  {
    source: 'spec/agent/openapi.yaml',
    output: 'agent-openapi.html',
    viewer: 'openapi',
  },
  {
    source: 'spec/agent/asyncapi.yaml',
    output: 'agent-asyncapi.html',
    viewer: 'asyncapi',
  },
];

interface Written {
  doc: Doc;
  title: string;
  bytes: number;
}

/**
 * Loads a document with its external $refs pulled in. OpenAPI is bundled, so Redoc can
 * still show schema names. AsyncAPI is dereferenced: bundling rewrites an operation's
 * message $refs to point past its channel, which AsyncAPI 3 rejects.
 */
async function loadSpec(source: string, viewer: Viewer): Promise<Record<string, unknown>> {
  const inSpec = path.relative(path.join(root, 'spec'), path.join(root, source));
  return viewer === 'openapi' ? await bundled(inSpec) : await dereferenced(inSpec);
}

function readAsset(specifier: string): Promise<string> {
  return readFile(require.resolve(specifier), 'utf8');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Makes code safe inside <script>: "</script" would end the element early. */
function inlineScript(code: string): string {
  return code.replace(/<\/script/gi, '<\\/script');
}

/** JSON for a <script type="application/json"> block; \u003c keeps "</script" out. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * Redoc's sidebar footer shows a logo from cdn.redoc.ly; point it at an empty data: URL so
 * the page stays offline (the image then fails to load and Redoc hides it).
 */
function offlineRedoc(code: string): string {
  const logo = '"https://cdn.redoc.ly/redoc/logo-mini.svg"';
  if (!code.includes(logo)) throw new Error(`redoc bundle no longer contains ${logo}; update offlineRedoc()`);
  return code.replaceAll(logo, '"data:,"');
}

async function openApiPage(title: string, spec: unknown): Promise<string> {
  const redoc = offlineRedoc(await readAsset('redoc/bundles/redoc.standalone.js'));
  return page(
    title,
    '<style>body { margin: 0; }</style>',
    `<div id="redoc"></div>
<script type="application/json" id="spec">${inlineJson(spec)}</script>
<script>${inlineScript(redoc)}</script>
<script>
Redoc.init(JSON.parse(document.getElementById('spec').textContent), {}, document.getElementById('redoc'));
</script>`,
  );
}

async function asyncApiPage(title: string, spec: unknown): Promise<string> {
  const viewer = await readAsset('@asyncapi/react-component/browser/standalone/index.js');
  const css = await readAsset('@asyncapi/react-component/styles/default.min.css');
  const config = { show: { sidebar: true } };
  // The viewer's CSS scopes its base font to ".aui-root html", which never matches; set it here.
  return page(
    title,
    `<style>${css}</style>\n<style>body { margin: 0; font-family: system-ui, sans-serif; }</style>`,
    `<div id="asyncapi"></div>
<script type="application/json" id="spec">${inlineJson(spec)}</script>
<script>${inlineScript(viewer)}</script>
<script>
AsyncApiStandalone.render({ schema: JSON.parse(document.getElementById('spec').textContent), config: ${JSON.stringify(config)} }, document.getElementById('asyncapi'));
</script>`,
  );
}

function indexPage(written: Written[]): string {
  const items = written
    .map(({ doc, title }) => `<li><a href="${doc.output}">${escapeHtml(title)}</a> <small>(${doc.source})</small></li>`)
    .join('\n');
  return page(
    'livechat-kit API documentation',
    '<style>body { font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.6; }</style>',
    `<h1>livechat-kit API documentation</h1>\n<ul>\n${items}\n</ul>`,
  );
}

/** Guards the offline promise: no <script src> or <link href> may point at a URL. */
function assertOffline(file: string, html: string): void {
  const remote = html.match(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
  if (remote) throw new Error(`${file} loads a remote resource: ${remote[0]}`);
}

async function write(outDir: string, file: string, html: string): Promise<number> {
  assertOffline(file, html);
  await writeFile(path.join(outDir, file), html);
  return Buffer.byteLength(html);
}

async function render(outDir: string, doc: Doc): Promise<Written> {
  const spec = await loadSpec(doc.source, doc.viewer);
  const info = (spec.info ?? {}) as { title?: string; version?: string };
  const title = [info.title ?? doc.source, info.version].filter(Boolean).join(' ');
  const html = doc.viewer === 'openapi' ? await openApiPage(title, spec) : await asyncApiPage(title, spec);
  return { doc, title, bytes: await write(outDir, doc.output, html) };
}

/** Renders every document of the contract that exists into outDir, with an index page; returns the files written. */
export async function renderDocs(outDir: string, log: (line: string) => void = () => {}): Promise<{ file: string; bytes: number }[]> {
  await mkdir(outDir, { recursive: true });
  const written: Written[] = [];
  for (const doc of DOCS) {
    if (!existsSync(path.join(root, doc.source))) {
      log(`skipped ${doc.source}: not found`);
      continue;
    }
    written.push(await render(outDir, doc));
  }
  const pages = written.map(({ doc, bytes }) => ({ file: doc.output, bytes }));
  return [...pages, { file: 'index.html', bytes: await write(outDir, 'index.html', indexPage(written)) }];
}
