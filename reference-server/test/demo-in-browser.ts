// A browser test file's fixture: the client built for it, a reference server with the demo and
// Debian's Chromium - started before its tests, stopped after, the server's answers and events
// held to the contract.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildClient } from '../../client/build.ts';
import { launchChromium } from '../../client/test/chromium.ts';
import type { Config } from '../config.ts';
import { startTestServer, type TestServer } from './harness.ts';

export function demoInBrowser(options: { config?: Partial<Config>; fakeMedia?: boolean } = {}) {
  const fixture = {} as { server: TestServer; browser: Browser };
  let dist = '';
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'livechat-dist-'));
    await buildClient(dist);
    fixture.server = await startTestServer(options.config ?? {}, undefined, dist);
    fixture.browser = await launchChromium({ fakeMedia: options.fakeMedia === true });
  }, 60_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
    await rm(dist, { recursive: true, force: true });
    expect(fixture.server.violations).toEqual([]);
  });
  return fixture;
}
