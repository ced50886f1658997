// The ES module for bundlers: the typed core, the document's objects and classes, the errors.
// Audio/video and co-browsing are chunks of their own, imported on first use.

import type { Livechat, Multilivechat } from '../../generated/surface/livechat.ts';
import type { LivechatClient } from './core/client.ts';
import type { PartLoaders } from './media/parts.ts';
import { createLivechat as createSurface, type SurfaceOptions } from './surface.ts';

export { CustomerDetails, SessionDetails } from './classes.ts';
export { type ClientOptions, LivechatClient } from './core/client.ts';
export { LivechatError } from './errors.ts';
export type { SurfaceOptions } from './surface.ts';

const chunks: PartLoaders = {
  av: () => import('./media/av-calls.ts'),
  cobrowse: () => import('./cobrowse/cobrowsing.ts'),
};

/** livechat / libtextchat, or multilivechat with options.variant 'multi'. */
export function createLivechat(options: SurfaceOptions & { variant: 'multi' }): Multilivechat & { client: LivechatClient };
export function createLivechat(options?: SurfaceOptions): Livechat & { client: LivechatClient };
export function createLivechat(options: SurfaceOptions = {}): (Livechat | Multilivechat) & { client: LivechatClient } {
  return createSurface({ parts: chunks, ...options } as SurfaceOptions);
}
