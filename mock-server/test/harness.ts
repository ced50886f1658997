// Starts the mock for a test: Prism on a free loopback port, the front on 127.0.0.1 (any free port).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildClient } from '../../client/build.ts';
import { launchChromium } from '../../client/test/chromium.ts';
import { createMockServer, type MockOptions } from '../app.ts';
import { startPrism } from '../prism.ts';

/** `more`: the mock's other options (allowed origins, a static folder). */
export async function startMock(clientDist?: string, more: Pick<MockOptions, 'allowedOrigins' | 'staticDir'> = {}) {
  const prism = await startPrism();
  const mock = await createMockServer({
    prismUrl: prism.url,
    host: '127.0.0.1',
    ...(clientDist !== undefined ? { clientDist } : {}),
    ...more,
  });
  const baseUrl = await mock.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    baseUrl,
    close: async () => {
      await mock.app.close();
      await prism.stop();
    },
  };
}

export type TestMock = Awaited<ReturnType<typeof startMock>>;

/** A browser test file's fixture: the client built for it, the mock serving it, Debian's Chromium - started before its tests, stopped after. */
export function mockInBrowser(options: { fakeMedia?: boolean } = {}) {
  const fixture = {} as { mock: TestMock; browser: Browser };
  let dist = '';
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'livechat-dist-'));
    await buildClient(dist);
    fixture.mock = await startMock(dist);
    fixture.browser = await launchChromium({ fakeMedia: options.fakeMedia === true });
  }, 90_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.mock?.close();
    await rm(dist, { recursive: true, force: true });
  });
  return fixture;
}
