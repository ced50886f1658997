// The scripts a page includes, as the document names them: livechat.js (the client bundle, built
// from client/ on first request when `npm run build` has not run), __clientlog.js and the two
// audio/video scripts - which a page may include, and which carry nothing of their own yet:
// evergreen browsers need no WebRTC adaptor, and audio/video loads on first use (issue 7).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Script = { type: string; body: string };

const notes: Record<string, string> = {
  '/tetherfi/livechat/interface/__clientlog.js': 'slog is part of livechat.js; this file stays for pages that include it',
  '/tetherfi/adaptor.mini.js': 'evergreen browsers need no WebRTC adaptor; this file stays for pages that include it',
  '/tetherfi/livechat_video.mini.js': 'audio/video loads with livechat.js on first use; this file stays for pages that include it',
};

export function scriptsFrom(clientDist: string): (path: string) => Promise<Script | undefined> {
  let built: Promise<unknown> | undefined;
  return async (path) => {
    const note = notes[path];
    if (note !== undefined) return { type: 'text/javascript', body: `/* livechat-kit ${path.split('/').pop()}: ${note} */\n` };
    const read = () => readFile(join(clientDist, 'livechat.js'), 'utf8');
    const body = await read().catch(async () => {
      // Built once, on the first page that asks, from the client's sources.
      built ??= import('../../client/build.ts').then(({ buildClient }) => buildClient(clientDist));
      await built;
      return read();
    });
    return { type: 'text/javascript', body };
  };
}
