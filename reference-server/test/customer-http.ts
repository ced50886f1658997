// A customer page for the calls the client library does not make yet (uploadFiles, audio/video,
// co-browsing): the real client starts or opens the chat; these calls go out with fetch through
// the same browser's cookie jar, with its token and the page's id. The browser session's events
// are read by long-poll, as a page without a stream would.
import type { SimulatedBrowser } from '../../client/src/node/browser.ts';

export type StreamEvent = { seq: number; event: string; sid?: string; data: Record<string, unknown> };
export type Answer = { status: number; headers: Headers; body: Record<string, unknown> | undefined };
export type FilePart = { name: string; type?: string; bytes: Uint8Array<ArrayBuffer> | string };

export async function customerPage(browser: SimulatedBrowser, baseUrl: string) {
  const page = browser.newPage({ baseUrl });
  const api = `${baseUrl}/tetherfi/livechat`;
  const tokenAnswer = await browser.fetch(`${api}/access-token`, { method: 'POST' });
  const { token } = (await tokenAnswer.json()) as { token: string };
  const headers = { 'livechat-token': token, 'livechat-page': page.client.pageId };
  const answer = async (response: Response): Promise<Answer> => {
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };

  return {
    browser,
    page,
    client: page.client,
    token,
    headers,
    /** The Cookie header this browser sends to the API. */
    cookie: () => browser.jar.getCookieString(`${api}/`),
    /** A JSON POST of this page. */
    call: async (path: string, body: unknown) =>
      answer(
        await browser.fetch(`${api}${path}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      ),
    /** uploadFiles: one part named `files` per file. */
    upload: async (sid: string, files: FilePart[], shape: (form: FormData) => void = () => undefined) => {
      const form = new FormData();
      for (const file of files) form.append('files', new Blob([file.bytes], { type: file.type ?? '' }), file.name);
      shape(form);
      return answer(await browser.fetch(`${api}/chats/${sid}/files`, { method: 'POST', headers, body: form }));
    },
    download: (sid: string, fileName: string) => browser.fetch(`${api}/chats/${sid}/files/${fileName}`),
    /** The browser session's events after `after`, as the long-poll answers them now. */
    events: async (after = 0): Promise<StreamEvent[]> => {
      const response = await browser.fetch(`${api}/events/poll?page=${page.client.pageId}&after=${after}&waitMs=0`);
      return ((await response.json()) as { events: StreamEvent[] }).events;
    },
  };
}
