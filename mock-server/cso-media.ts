// Audio/video calls and co-browsing on the mock, as a deployment keeps them: one call and one
// co-browse session a chat, of the page that started it, with a connected CSO; the scripted CSO
// answers over WebRTC (cso-peer.ts) - or, in scenario call-declined, declines each call - and
// 2 s into co-browsing fills the first text box of domControlList and, when annotations are on,
// draws a stroke, so a widget sees both directions. A chat's end or its page's Close ends both.
import type { ServerEvent } from '../generated/mock/events.ts';
import { ChatError } from '../reference-server/chat/chat-error.ts';
import { type ControlValue, type DomControlList, listed } from '../reference-server/chat/cobrowse.ts';
import { newId } from '../reference-server/chat/ids.ts';
import type { BrowserSession, BrowserSessions, MockChat } from './browser-sessions.ts';
import { CsoPeer, type Signal } from './cso-peer.ts';

type Call = { callId: string; page: string; peer?: CsoPeer };
type Cobrowse = {
  cobrowseId: string;
  page: string;
  domControlList: DomControlList;
  isMousePointerCapture: boolean;
  isAnnotationEnabled: boolean;
  peer?: CsoPeer;
};
type Body = Record<string, unknown>;
/** What the front answers: its own body over Prism's answer, or nothing of its own. */
export type Outcome = { body?: Body } | ChatError;

export const mediaOperations = new Set([
  'startAvCall',
  'sendAvSignal',
  'pauseAv',
  'endAvCall',
  'startCobrowse',
  'sendCobrowseSignal',
  'sendCobrowseControlValue',
  'sendCobrowsePointer',
  'sendCobrowseAnnotation',
  'endCobrowse',
]);

export class CsoMedia {
  readonly #calls = new WeakMap<MockChat, Call>();
  readonly #cobrowses = new WeakMap<MockChat, Cobrowse>();
  readonly #registered = new WeakSet<MockChat>();

  constructor(
    private readonly sessions: BrowserSessions,
    private readonly host: string,
  ) {}

  /** One of mediaOperations, for a chat the page takes part in (the front checked that, and the body). */
  async handle(id: string, session: BrowserSession, chat: MockChat, page: string, body: Body): Promise<Outcome> {
    const emit = (event: ServerEvent, data: Body) => this.sessions.emit(session, chat, event, data);
    const refused = (detail: string) => new ChatError('InvalidSessionState', detail, { sid: chat.sid, clientId: chat.clientId });
    if (id === 'startAvCall' || id === 'startCobrowse') {
      if (chat.state !== 'connected') return refused('the mock’s CSO has not connected yet');
      if ((id === 'startAvCall' ? this.#calls : this.#cobrowses).has(chat)) return refused('one at a time in a chat');
    }
    switch (id) {
      case 'startAvCall': {
        const call: Call = { callId: newId('av_'), page };
        this.#calls.set(chat, call);
        this.#endsWith(session, chat);
        if (session.scenario === 'call-declined')
          this.sessions.later(chat, 2000, async () => {
            if (this.#calls.get(chat) !== call) return;
            this.#endCall(chat);
            await emit('AvCallEnded', { callId: call.callId, by: 'a', reason: 'declined' });
          });
        return { body: { callId: call.callId } };
      }
      case 'startCobrowse': {
        const cobrowse: Cobrowse = {
          cobrowseId: newId('cb_'),
          page,
          domControlList: (body.domControlList ?? {}) as DomControlList,
          isMousePointerCapture: body.isMousePointerCapture === true,
          isAnnotationEnabled: body.isAnnotationEnabled === true,
        };
        this.#cobrowses.set(chat, cobrowse);
        this.#endsWith(session, chat);
        this.sessions.later(chat, 2000, async () => {
          if (this.#cobrowses.get(chat) !== cobrowse) return;
          const [textbox] = cobrowse.domControlList.textboxId ?? [];
          if (textbox !== undefined)
            await emit('CobrControlValueChanged', {
              cobrowseId: cobrowse.cobrowseId,
              value: { control: 'textbox', id: textbox, value: 'Filled in by Alice' },
            });
          if (cobrowse.isAnnotationEnabled)
            await emit('CobrAnnotation', {
              cobrowseId: cobrowse.cobrowseId,
              annotation: {
                tool: 'pen',
                color: '#ff0000',
                points: [
                  [0.1, 0.1],
                  [0.3, 0.1],
                  [0.3, 0.2],
                  [0.1, 0.2],
                  [0.1, 0.1],
                ],
              },
            });
        });
        return { body: { cobrowseId: cobrowse.cobrowseId } };
      }
    }
    if (id.includes('Av')) {
      const call = this.#calls.get(chat);
      if (call === undefined || call.callId !== body.callId) return refused('no such call in progress in this chat');
      if (call.page !== page) return refused('the call belongs to the page that started it');
      if (id === 'endAvCall') this.#endCall(chat);
      if (id === 'sendAvSignal') {
        call.peer ??= new CsoPeer({ mode: 'echo', host: this.host, send: (signal) => emit('AvSignal', { callId: call.callId, signal }) });
        await call.peer.receive(body.signal as Signal);
      }
      return {};
    }
    const cobrowse = this.#cobrowses.get(chat);
    if (cobrowse === undefined || cobrowse.cobrowseId !== body.cobrowseId) return refused('no such co-browse session in this chat');
    if (cobrowse.page !== page) return refused('co-browsing belongs to the page that started it');
    if (id === 'endCobrowse') this.#endCobrowse(chat);
    if (id === 'sendCobrowseSignal') {
      cobrowse.peer ??= new CsoPeer({
        mode: 'receive',
        host: this.host,
        send: (signal) => emit('CobrSignal', { cobrowseId: cobrowse.cobrowseId, signal }),
      });
      await cobrowse.peer.receive(body.signal as Signal);
    }
    if (id === 'sendCobrowseControlValue')
      try {
        listed(cobrowse, body.value as ControlValue);
      } catch (error) {
        return error as ChatError;
      }
    if (id === 'sendCobrowseAnnotation' && !cobrowse.isAnnotationEnabled) return refused('annotations are off in this co-browse session');
    if (id === 'sendCobrowsePointer' && !cobrowse.isMousePointerCapture) return refused('the pointer is off in this co-browse session');
    return {};
  }

  /** A page closed: its call and co-browsing end, the chat's other pages told (by: server). */
  async pageLeft(session: BrowserSession, chat: MockChat, page: string): Promise<void> {
    const call = this.#calls.get(chat);
    if (call?.page === page) {
      this.#endCall(chat);
      await this.sessions.emit(session, chat, 'AvCallEnded', { callId: call.callId, by: 'server' });
    }
    const cobrowse = this.#cobrowses.get(chat);
    if (cobrowse?.page === page) {
      this.#endCobrowse(chat);
      await this.sessions.emit(session, chat, 'CobrEnded', { cobrowseId: cobrowse.cobrowseId, by: 'server' });
    }
  }

  /** The chat's end ends its call and co-browsing, the pages told (by: server), as on a deployment; registered once a chat. */
  #endsWith(session: BrowserSession, chat: MockChat): void {
    if (this.#registered.has(chat)) return;
    this.#registered.add(chat);
    chat.releases.add(() => {
      const call = this.#calls.get(chat);
      const cobrowse = this.#cobrowses.get(chat);
      this.#endCall(chat);
      this.#endCobrowse(chat);
      if (call !== undefined)
        void this.sessions.emit(session, chat, 'AvCallEnded', { callId: call.callId, by: 'server', reason: 'chat-ended' });
      if (cobrowse !== undefined) void this.sessions.emit(session, chat, 'CobrEnded', { cobrowseId: cobrowse.cobrowseId, by: 'server' });
    });
  }

  #endCall(chat: MockChat): void {
    this.#calls.get(chat)?.peer?.close();
    this.#calls.delete(chat);
  }

  #endCobrowse(chat: MockChat): void {
    this.#cobrowses.get(chat)?.peer?.close();
    this.#cobrowses.delete(chat);
  }
}
