// The parts of the client loaded on first use - audio/video (the document's livechat_video.mini.js)
// and co-browsing (its co-browse script) - and how livechat.js gets them: as ES chunks where the
// page imports the module, or as classic scripts that register themselves (a page may also
// include them itself, as the document's pages do).
import type { Cobrowsing } from '../cobrowse/cobrowsing.ts';
import type { AvCalls } from './av-calls.ts';

export type Parts = { av: { AvCalls: typeof AvCalls }; cobrowse: { Cobrowsing: typeof Cobrowsing } };
export type PartLoaders = { [name in keyof Parts]: () => Promise<Parts[name]> };

/** Where the classic scripts are served, under the deployment's origin. */
export const PART_SCRIPTS: Record<keyof Parts, string> = {
  av: '/tetherfi/livechat_video.mini.js',
  cobrowse: '/tetherfi/cobrowse/tetherfi-cobrowse.min.js',
};

/** The page-wide register the classic scripts add themselves to. */
const registry = (): Partial<Parts> => ((globalThis as { livechatKitParts?: Partial<Parts> }).livechatKitParts ??= {});

export function registerPart<N extends keyof Parts>(name: N, part: Parts[N]): void {
  registry()[name] = part;
}

/** Loaders for livechat.js: a part the page included is used as it is; else its script is added once. */
export function scriptLoaders(origin: string): PartLoaders {
  const loading = new Map<keyof Parts, Promise<unknown>>();
  const load =
    <N extends keyof Parts>(name: N) =>
    async (): Promise<Parts[N]> => {
      const present = registry()[name];
      if (present !== undefined) return present;
      if (!loading.has(name))
        loading.set(
          name,
          // A failed load may be tried again by the next call.
          addScript(origin + PART_SCRIPTS[name]).catch((error) => {
            loading.delete(name);
            throw error;
          }),
        );
      await loading.get(name);
      const loaded = registry()[name];
      if (loaded === undefined) throw new Error(`livechat: ${PART_SCRIPTS[name]} loaded but did not register`);
      return loaded;
    };
  return { av: load('av'), cobrowse: load('cobrowse') };
}

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      reject(new Error(`livechat: ${src} could not be loaded`));
    };
    document.head.append(script);
  });
}
