// The demo pages and the docs carry a Content-Security-Policy that forbids framing them; the API
// does not (a site on an allowed origin uses it).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

it('serves the demo with a CSP: frame-ancestors none, scripts from here and loopback only', async () => {
  for (const page of ['/demo/', '/demo/agent.html', '/demo/widget.js']) {
    const response = await fetch(`${server.baseUrl}${page}`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'[^;]*http:\/\/127\.0\.0\.1:\*/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  }
});

it('gives the docs frame-ancestors too, and leaves the API alone', async () => {
  const docs = await fetch(`${server.baseUrl}/docs/`);
  if (docs.status === 200) expect(docs.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  const status = await fetch(`${server.baseUrl}/tetherfi/livechat/status`);
  expect(status.headers.get('content-security-policy')).toBeNull();
});
