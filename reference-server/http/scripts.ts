// The scripts a page includes, as the document names them: livechat.js, the audio/video script
// (livechat_video.mini.js) and the co-browse script - the client's bundles, built from client/ on
// first request when `npm run build` has not run - and two kept for pages that include them:
// __clientlog.js (slog is part of livechat.js) and adaptor.mini.js (evergreen browsers need none).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Script = { type: string; body: string };

const notes: Record<string, string> = {
  '/tetherfi/livechat/interface/__clientlog.js': 'slog is part of livechat.js; this file stays for pages that include it',
  '/tetherfi/adaptor.mini.js': 'evergreen browsers need no WebRTC adaptor; this file stays for pages that include it',
};

/** The served path of each bundle -> its file in client/dist. */
const bundles: Record<string, string> = {
  '/tetherfi/livechat/livechat.js': 'livechat.js',
  '/tetherfi/livechat_video.mini.js': 'livechat_video.mini.js',
  '/tetherfi/cobrowse/tetherfi-cobrowse.min.js': 'tetherfi-cobrowse.min.js',
};

export function scriptsFrom(clientDist: string): (path: string) => Promise<Script | undefined> {
  let built: Promise<unknown> | undefined;
  return async (path) => {
    const note = notes[path];
    if (note !== undefined) return { type: 'text/javascript', body: `/* livechat-kit ${path.split('/').pop()}: ${note} */\n` };
    const file = bundles[path];
    if (file === undefined) return undefined;
    const read = () => readFile(join(clientDist, file), 'utf8');
    const body = await read().catch(async () => {
      // Built once, on the first page that asks, from the client's sources.
      built ??= import('../../client/build.ts').then(({ buildClient }) => buildClient(clientDist));
      await built;
      return read();
    });
    return { type: 'text/javascript', body };
  };
}
