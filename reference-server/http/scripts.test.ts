import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { operations } from '../../generated/http/operations.ts';
import { scriptOperations, scriptsFrom } from './scripts.ts';

it('serves the client’s bundles, building them on the first request when they were not built, and the document’s other scripts', async () => {
  const dist = await mkdtemp(join(tmpdir(), 'livechat-scripts-'));
  try {
    const scripts = scriptsFrom(join(dist, 'dist'));
    const livechat = await scripts('/tetherfi/livechat/livechat.js');
    expect(livechat?.type).toBe('text/javascript');
    expect(livechat?.body).toContain('libtextchat');
    expect(await readdir(join(dist, 'dist'))).toContain('livechat.js');
    // libtextchat.js, the former name, is livechat.js itself.
    expect(await scripts('/tetherfi/livechat/libtextchat.js')).toEqual(livechat);
    // The lazily loaded parts register themselves with livechat.js; the co-browse page's copy is the same file.
    expect((await scripts('/tetherfi/livechat_video.mini.js'))?.body).toContain('livechatKitParts');
    const cobrowse = await scripts('/tetherfi/cobrowse/tetherfi-cobrowse.min.js');
    expect(cobrowse?.body).toContain('livechatKitParts');
    expect(await scripts('/tetherfi/Scripts/tetherfi-cobrowse.min.js')).toEqual(cobrowse);
    // The co-browse UI's styles, as the co-browse part adds them itself.
    const styles = await scripts('/tetherfi/Styles/tetherfi-cobrowse.min.css');
    expect(styles?.type).toBe('text/css');
    expect(styles?.body).toContain('.livechat-annotation-bar{');
    for (const path of [
      '/tetherfi/livechat/interface/__clientlog.js',
      '/tetherfi/adaptor.mini.js',
      '/tetherfi/Scripts/cobrowse-configurations.js',
      '/tetherfi/Scripts/tetherfi-cobrowse-plugins.min.js',
      '/tetherfi/Styles/fontawesome-all.min.css',
    ])
      expect((await scripts(path))?.body).toMatch(/^\/\* livechat-kit .+\.(js|css): .+ \*\/\n$/);
    expect(await scripts('/tetherfi/other.js')).toBeUndefined();
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
});

it('serves something at the path of every script operation of the contract, of the type the contract gives', async () => {
  const dist = await mkdtemp(join(tmpdir(), 'livechat-scripts-'));
  try {
    const scripts = scriptsFrom(join(dist, 'dist'));
    expect(scriptOperations).toHaveLength(11);
    for (const id of scriptOperations) {
      const served = await scripts(operations[id].path);
      expect(served?.type, id).toBe(operations[id].path.endsWith('.css') ? 'text/css' : 'text/javascript');
    }
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
});
