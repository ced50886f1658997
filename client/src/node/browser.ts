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
  private readonly pages: LivechatClient[] = [];

  /** `network`: the fetch under the cookie jar (the conformance suite's observing fetch); the global one by default. */
  constructor(
    private readonly defaults: ClientOptions = {},
    network: typeof fetch = globalThis.fetch,
  ) {
    this.fetch = makeFetchCookie(network, this.jar) as unknown as typeof fetch;
  }

  /** A new page (tab) of this browser: its own page id, the browser's cookies. */
  newPage(options: ClientOptions & { variant: 'multi' }): Multilivechat & { client: LivechatClient };
  newPage(options?: ClientOptions): Livechat & { client: LivechatClient };
  newPage(options: ClientOptions = {}): (Livechat | Multilivechat) & { client: LivechatClient } {
    const page = createLivechat({ ...this.defaults, ...options, fetch: this.fetch });
    this.pages.push(page.client);
    return page;
  }

  /** Stops every page's event stream, as closing the browser does (no Close is sent). */
  close(): void {
    for (const client of this.pages.splice(0)) client.dispose();
  }
}
