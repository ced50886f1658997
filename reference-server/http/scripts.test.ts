import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { scriptsFrom } from './scripts.ts';

it('serves the client’s bundles, building them on the first request when they were not built, and the document’s other scripts', async () => {
  const dist = await mkdtemp(join(tmpdir(), 'livechat-scripts-'));
  try {
    const scripts = scriptsFrom(join(dist, 'dist'));
    const livechat = await scripts('/tetherfi/livechat/livechat.js');
    expect(livechat?.type).toBe('text/javascript');
    expect(livechat?.body).toContain('libtextchat');
    expect(await readdir(join(dist, 'dist'))).toContain('livechat.js');
    // The lazily loaded parts register themselves with livechat.js.
    expect((await scripts('/tetherfi/livechat_video.mini.js'))?.body).toContain('livechatKitParts');
    expect((await scripts('/tetherfi/cobrowse/tetherfi-cobrowse.min.js'))?.body).toContain('livechatKitParts');
    for (const path of ['/tetherfi/livechat/interface/__clientlog.js', '/tetherfi/adaptor.mini.js'])
      expect((await scripts(path))?.body).toMatch(/^\/\* livechat-kit .+\.js: .+ \*\/\n$/);
    expect(await scripts('/tetherfi/other.js')).toBeUndefined();
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
});
