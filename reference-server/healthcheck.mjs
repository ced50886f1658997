#!/usr/bin/env node
// The container's HEALTHCHECK (reference-server/Dockerfile): asks the server's own status check
// (GetStatus) and exits 0 only when it answers ONLINE - OFFLINE (draining, store unreachable), an
// error status, no answer within 3 s or no server at all exit 1, with the reason on stderr (which
// `docker inspect` shows). Plain JavaScript on Node's fetch: slim images have no curl, and a
// check that runs every few seconds should not load a TypeScript loader.
const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '8080';
// Listening on every address (the container's 0.0.0.0 or ::), the server is reachable on loopback.
const target = ['', '0.0.0.0', '::', '[::]'].includes(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
const url = `http://${target}:${port}/tetherfi/livechat/status`;

try {
  const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
  const status = (await response.text()).trim();
  if (response.status === 200 && status === 'ONLINE') process.exit(0);
  console.error(`${url} answered ${response.status}: ${status.slice(0, 200)}`);
} catch (error) {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  console.error(`${url}: ${error instanceof Error ? error.message : String(error)}${cause}`);
}
process.exit(1);
