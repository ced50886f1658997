// Node: one simulated browser - a cookie jar shared by its pages, as a real browser shares its
// cookies between tabs - for tests, bots and the conformance suite acting as many browsers.
import makeFetchCookie from 'fetch-cookie';
import { CookieJar } from 'tough-cookie';
import type { Livechat, Multilivechat } from '../../../generated/surface/livechat.ts';
import type { ClientOptions, LivechatClient } from '../core/client.ts';
import { createLivechat } from '../surface.ts';

export class SimulatedBrowser {
  readonly jar = new CookieJar();
  readonly fetch: typeof fetch;

  constructor(private readonly defaults: ClientOptions = {}) {
    this.fetch = makeFetchCookie(globalThis.fetch, this.jar) as unknown as typeof fetch;
  }

  /** A new page (tab) of this browser: its own page id, the browser's cookies. */
  newPage(options: ClientOptions & { variant: 'multi' }): Multilivechat & { client: LivechatClient };
  newPage(options?: ClientOptions): Livechat & { client: LivechatClient };
  newPage(options: ClientOptions = {}): (Livechat | Multilivechat) & { client: LivechatClient } {
    return createLivechat({ ...this.defaults, ...options, fetch: this.fetch });
  }
}
