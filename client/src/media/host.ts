// What the lazily loaded parts (audio/video, co-browsing) get from livechat.js: calls by their own
// routes, the stream's internal events, the page's chat. Types only, so a chunk carries no core code.
import type { components } from '../../../generated/events/types.ts';
import type { LivechatClient } from '../core/client.ts';

export type MediaHost = Pick<LivechatClient, 'requestInChat' | 'on' | 'chatSid' | 'onChatLeft'>;

/** The config of SetAvConfigs (spec/schemas/AvConfig.yaml), callbacks typed by its x-livechat-callback. */
export type AvConfig = components['schemas']['SetAvConfigs_config'];

/** Calls a Display callback; the page's failure is logged, never thrown into the library. */
export function notify<A extends unknown[]>(callback: ((...args: A) => unknown) | undefined, ...args: A): unknown {
  try {
    return callback?.(...args);
  } catch (error) {
    console.error('livechat: a Display callback threw', error);
    return undefined;
  }
}
