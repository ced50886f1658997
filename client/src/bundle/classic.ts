// The classic script served as /tetherfi/livechat/livechat.js: defines the document's globals.
// `livechat.js` gives livechat and libtextchat (the same object); `livechat.js?multichat=true`
// gives multilivechat. Calls go to the origin the script was loaded from, and audio/video and
// co-browsing load from there on first use.
import { CustomerDetails, SessionDetails } from '../classes.ts';
import { scriptLoaders } from '../media/parts.ts';
import { createLivechat } from '../surface.ts';

const script =
  document.currentScript instanceof HTMLScriptElement ? new URL(document.currentScript.src, location.href) : new URL(location.href);
const baseUrl = script.origin === location.origin ? '' : script.origin;
const parts = scriptLoaders(script.origin);
const target = globalThis as unknown as Record<string, unknown>;

// The document's classes, unless the page defined its own (as the document prints them).
target.CustomerDetails ??= CustomerDetails;
target.SessionDetails ??= SessionDetails;

if (script.searchParams.get('multichat') === 'true') {
  target.multilivechat = createLivechat({ baseUrl, variant: 'multi', parts });
} else {
  const livechat = createLivechat({ baseUrl, parts });
  target.livechat = livechat;
  target.libtextchat = livechat;
}

// Floating chat: a page that took part in a chat leaves it as it unloads, so the next page Opens it.
addEventListener('pagehide', () => {
  for (const name of ['livechat', 'multilivechat']) {
    const surface = target[name] as { client: { sids: string[] }; Close(): void } | undefined;
    if (surface !== undefined && surface.client.sids.length > 0) surface.Close();
  }
});
