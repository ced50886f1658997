// Entry point of `npm start`. Until the reference server lands (issue 4) it serves the contract,
// rendered by `npm run docs`, so a new user can read it in a browser at once.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);
const docsDir = join(import.meta.dirname, '..', 'docs');
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8' };

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/' || path === '/docs') {
    response.writeHead(302, { location: '/docs/' }).end();
    return;
  }
  // Only names inside docs/, never a path that climbs out of it.
  const name = normalize(path.replace(/^\/docs\//, '') || 'index.html');
  if (!path.startsWith('/docs/') || name.startsWith('..') || name.includes('/')) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  try {
    const body = await readFile(join(docsDir, name));
    response.writeHead(200, { 'content-type': types[extname(name)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});

server.listen(port, host, () => {
  console.log(`livechat-kit contract: http://${host}:${port}/docs/`);
  console.log('  openapi.html, asyncapi.html - the customer side; agent-*.html - the agent test interface');
  console.log('The reference server and its demo come with issue 4. Ctrl+C to stop.');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
