// The scripts and stylesheets a page includes, as the document names them (spec/http/scripts.yaml):
// livechat.js (also as libtextchat.js, its former name), the audio/video script and the co-browse
// script and stylesheet - the client's build, made from client/ on first request when
// `npm run build` has not run - and, as comments that say why, those the client needs nothing in:
// __clientlog.js (slog is part of livechat.js), adaptor.mini.js (standard WebRTC needs no
// adapter), and the co-browse page's configuration, plugins and icon font.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { operations } from '../../generated/http/operations.ts';

export type Script = { type: string; body: string };

type OperationId = keyof typeof operations;

const JS = 'text/javascript';
const CSS = 'text/css';

/** Served path -> a file of the client's build, or a note the file is made of. */
const served: Record<string, { type: string } & ({ file: string } | { note: string })> = {
  '/tetherfi/livechat/livechat.js': { type: JS, file: 'livechat.js' },
  '/tetherfi/livechat/libtextchat.js': { type: JS, file: 'livechat.js' },
  '/tetherfi/livechat_video.mini.js': { type: JS, file: 'livechat_video.mini.js' },
  '/tetherfi/cobrowse/tetherfi-cobrowse.min.js': { type: JS, file: 'tetherfi-cobrowse.min.js' },
  '/tetherfi/Scripts/tetherfi-cobrowse.min.js': { type: JS, file: 'tetherfi-cobrowse.min.js' },
  '/tetherfi/Styles/tetherfi-cobrowse.min.css': { type: CSS, file: 'tetherfi-cobrowse.min.css' },
  '/tetherfi/livechat/interface/__clientlog.js': {
    type: JS,
    note: 'slog is part of livechat.js; this file stays for pages that include it',
  },
  '/tetherfi/adaptor.mini.js': {
    type: JS,
    note: 'the client uses standard WebRTC only and needs no WebRTC adapter; this file stays for pages that include it',
  },
  '/tetherfi/Scripts/cobrowse-configurations.js': {
    type: JS,
    note: 'co-browsing is configured by livechat.SetCobrConfigs and this file sets nothing; it stays for pages that include it',
  },
  '/tetherfi/Scripts/tetherfi-cobrowse-plugins.min.js': {
    type: JS,
    note: 'co-browsing needs no third-party plugin (it uses the browser’s own WebRTC, canvas and DOM); this file stays for pages that include it',
  },
  '/tetherfi/Styles/fontawesome-all.min.css': {
    type: CSS,
    note: 'the co-browse toolbar labels its buttons with words and uses no icon font; this file stays for pages that include it',
  },
};

/** The operations that serve a script or stylesheet (x-livechat-function: [Scripts]). */
export const scriptOperations = (Object.keys(operations) as OperationId[]).filter((id) =>
  (operations[id].functions as readonly string[]).includes('Scripts'),
);

export function scriptsFrom(clientDist: string): (path: string) => Promise<Script | undefined> {
  let built: Promise<unknown> | undefined;
  return async (path) => {
    const entry = served[path];
    if (entry === undefined) return undefined;
    if ('note' in entry) return { type: entry.type, body: `/* livechat-kit ${path.split('/').pop()}: ${entry.note} */\n` };
    const read = () => readFile(join(clientDist, entry.file), 'utf8');
    const body = await read().catch(async () => {
      // Built once, on the first page that asks, from the client's sources.
      built ??= import('../../client/build.ts').then(({ buildClient }) => buildClient(clientDist));
      await built;
      return read();
    });
    return { type: entry.type, body };
  };
}
