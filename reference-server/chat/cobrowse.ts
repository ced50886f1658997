// Co-browsing: the server relays its signaling only (the shared page's stream flows over WebRTC).
// A co-browse session belongs to the chat's page that started it (StartCobr, with a connected CSO;
// one a chat at a time) with SetCobrConfigs' configuration, told to the chat's agents
// (CobrowseStarted). Both sides send SDP/ICE, values of the controls of domControlList (only ids
// of that list pass) and, when the session allows them, annotations; the customer's pointer goes
// to the agents at most 20 times a second (the latest position wins, the last one always
// arrives). EndCobr or the agent's end stops it; so does the server when its page closes or the
// chat ends (CobrEnded / CobrowseEnded, by: server).
import type { AgentRecord, BrowserSessionRecord, ChatRecord } from '../store/store.ts';
import type { Signal } from './av-calls.ts';
import { ChatError } from './chat-error.ts';
import { type ChatContext, chatLockKey } from './context.ts';
import type { CustomerChats } from './customer-chats.ts';
import { newId } from './ids.ts';
import type { Routing } from './routing.ts';

type Cobrowse = NonNullable<ChatRecord['cobrowse']>;
export type DomControlList = Cobrowse['domControlList'];
export type CobrowseConfig = { domControlList?: DomControlList; isMousePointerCapture: boolean; isAnnotationEnabled: boolean };
export type ControlValue = { control: 'textbox' | 'dropdown' | 'radioButton' | 'checkbox'; id: string; value: string | boolean };
export type Pointer = { x: number; y: number; visible?: boolean };
export type Annotation = { tool: 'pen' | 'highlight'; points: number[][]; color?: string } | { tool: 'clear' };

/** Which list of domControlList names each kind of control. */
const LIST_OF = { textbox: 'textboxId', dropdown: 'dropdownId', radioButton: 'radioButtonId', checkbox: 'checkboxId' } as const;
/** At most 20 pointer positions a second to the agents. */
const POINTER_INTERVAL_MS = 50;

export class CobrowseSessions {
  /** The pointer's pace per co-browse session: when one was last sent, and the latest one waiting for its turn (this process's memory). */
  private readonly pointers = new Map<string, { sentAt: number; latest?: Pointer; timer?: NodeJS.Timeout }>();

  constructor(
    private readonly ctx: ChatContext,
    private readonly chats: CustomerChats,
    private readonly routing: Routing,
  ) {
    chats.onPageLeave(async (chat, page) => {
      if (chat.cobrowse?.page === page) await this.finish(chat, 'server');
    });
    routing.addHooks({ chatEnding: (chat) => this.finish(chat, 'server') });
  }

  // --- the customer's side -----------------------------------------------------------------------

  /** StartCobr: a co-browse session of this page, told to the chat's agents with its configuration. */
  async start(session: BrowserSessionRecord, page: string, sid: string, config: CobrowseConfig): Promise<{ cobrowseId: string }> {
    return this.chats.onPageChat(session, page, sid, async (chat) => {
      if (chat.state !== 'connected' || chat.agents.length === 0)
        throw new ChatError('InvalidSessionState', 'co-browsing needs a CSO connected to the chat', { sid, clientId: chat.clientId });
      if (chat.cobrowse !== undefined)
        throw new ChatError('InvalidSessionState', 'the chat is co-browsing already', { sid, clientId: chat.clientId });
      const cobrowseId = newId('cb_');
      chat.cobrowse = {
        cobrowseId,
        page,
        domControlList: config.domControlList ?? {},
        isMousePointerCapture: config.isMousePointerCapture,
        isAnnotationEnabled: config.isAnnotationEnabled,
      };
      await this.ctx.store.putChat(chat);
      this.ctx.log.info({ sid, cobrowseId }, 'co-browsing started');
      const { page: _page, ...started } = chat.cobrowse;
      for (const agent of chat.agents) await this.ctx.emit.toAgent(agent.id, chat, 'CobrowseStarted', started);
      return { cobrowseId };
    });
  }

  async customerSignal(session: BrowserSessionRecord, page: string, sid: string, cobrowseId: string, signal: Signal): Promise<void> {
    await this.onPageCobrowse(session, page, sid, cobrowseId, (chat) => this.toAgents(chat, 'CobrowseSignal', { cobrowseId, signal }));
  }

  async customerControlValue(session: BrowserSessionRecord, page: string, sid: string, cobrowseId: string, value: ControlValue) {
    await this.onPageCobrowse(session, page, sid, cobrowseId, async (chat, cobrowse) => {
      listed(cobrowse, value);
      await this.toAgents(chat, 'CobrowseControlValueChanged', { cobrowseId, value });
    });
  }

  /** The customer's pointer, a batch of positions: the latest goes to the agents, at their pace. */
  async customerPointer(session: BrowserSessionRecord, page: string, sid: string, cobrowseId: string, points: Pointer[]): Promise<void> {
    await this.onPageCobrowse(session, page, sid, cobrowseId, async (chat, cobrowse) => {
      if (!cobrowse.isMousePointerCapture)
        throw new ChatError('InvalidSessionState', 'co-browsing was started without isMousePointerCapture', {
          sid,
          clientId: chat.clientId,
        });
      const latest = points[points.length - 1];
      if (latest !== undefined) await this.relayPointer(chat, cobrowseId, latest);
    });
  }

  async customerAnnotation(session: BrowserSessionRecord, page: string, sid: string, cobrowseId: string, annotation: Annotation) {
    await this.onPageCobrowse(session, page, sid, cobrowseId, async (chat, cobrowse) => {
      annotationsAllowed(chat, cobrowse);
      await this.toAgents(chat, 'CobrowseAnnotation', { cobrowseId, annotation });
    });
  }

  /** EndCobr (with sendEndMessage): the agents of the chat hear of it. */
  async customerEnd(session: BrowserSessionRecord, page: string, sid: string, cobrowseId: string): Promise<void> {
    await this.onPageCobrowse(session, page, sid, cobrowseId, async (chat) => {
      await this.finish(chat, 'customer');
      await this.ctx.store.putChat(chat);
    });
  }

  // --- the agent's side --------------------------------------------------------------------------

  async agentSignal(agent: AgentRecord, sid: string, cobrowseId: string, signal: Signal): Promise<void> {
    await this.onAgentCobrowse(agent, sid, cobrowseId, (chat) => this.ctx.emit.toCustomer(chat, 'CobrSignal', { cobrowseId, signal }));
  }

  async agentControlValue(agent: AgentRecord, sid: string, cobrowseId: string, value: ControlValue): Promise<void> {
    await this.onAgentCobrowse(agent, sid, cobrowseId, async (chat, cobrowse) => {
      listed(cobrowse, value);
      await this.ctx.emit.toCustomer(chat, 'CobrControlValueChanged', { cobrowseId, value });
    });
  }

  async agentAnnotation(agent: AgentRecord, sid: string, cobrowseId: string, annotation: Annotation): Promise<void> {
    await this.onAgentCobrowse(agent, sid, cobrowseId, async (chat, cobrowse) => {
      annotationsAllowed(chat, cobrowse);
      await this.ctx.emit.toCustomer(chat, 'CobrAnnotation', { cobrowseId, annotation });
    });
  }

  /** AgentEndCobr: the customer's pages and the chat's agents hear of it. */
  async agentEnd(agent: AgentRecord, sid: string, cobrowseId: string): Promise<void> {
    await this.onAgentCobrowse(agent, sid, cobrowseId, async (chat) => {
      await this.finish(chat, 'agent');
      await this.ctx.store.putChat(chat);
    });
  }

  // --- helpers -----------------------------------------------------------------------------------

  private cobrowseOf(chat: ChatRecord, cobrowseId: string): Cobrowse {
    const cobrowse = chat.cobrowse;
    if (cobrowse === undefined || cobrowse.cobrowseId !== cobrowseId)
      throw new ChatError('InvalidSessionState', 'no such co-browse session in progress in this chat', {
        sid: chat.sid,
        clientId: chat.clientId,
      });
    return cobrowse;
  }

  /** A call of the page that started the co-browse session. */
  private onPageCobrowse<T>(
    session: BrowserSessionRecord,
    page: string,
    sid: string,
    cobrowseId: string,
    work: (chat: ChatRecord, cobrowse: Cobrowse) => Promise<T>,
  ): Promise<T> {
    return this.chats.onPageChat(session, page, sid, (chat) => {
      const cobrowse = this.cobrowseOf(chat, cobrowseId);
      if (cobrowse.page !== page)
        throw new ChatError('InvalidSessionState', 'co-browsing belongs to the page that started it', { sid, clientId: chat.clientId });
      return work(chat, cobrowse);
    });
  }

  private onAgentCobrowse<T>(
    agent: AgentRecord,
    sid: string,
    cobrowseId: string,
    work: (chat: ChatRecord, cobrowse: Cobrowse) => Promise<T>,
  ): Promise<T> {
    return this.routing.onAgentChat(agent, sid, (chat) => work(chat, this.cobrowseOf(chat, cobrowseId)));
  }

  private async toAgents(chat: ChatRecord, event: string, data: Record<string, unknown>): Promise<void> {
    for (const agent of chat.agents) await this.ctx.emit.toAgent(agent.id, chat, event, data);
  }

  /** Sends the position now if its turn has come, else keeps it (replacing an older one) for when it does. */
  private async relayPointer(chat: ChatRecord, cobrowseId: string, pointer: Pointer): Promise<void> {
    const pace = this.pointers.get(cobrowseId) ?? { sentAt: 0 };
    this.pointers.set(cobrowseId, pace);
    const now = Date.now();
    if (pace.timer === undefined && now - pace.sentAt >= POINTER_INTERVAL_MS) {
      pace.sentAt = now;
      // A kept older position whose flush is on its way (its timer fired, waiting for the lock) must not follow this one.
      delete pace.latest;
      await this.toAgents(chat, 'CobrowsePointer', { cobrowseId, pointer });
      return;
    }
    pace.latest = pointer;
    pace.timer ??= setTimeout(
      () => {
        this.flushPointer(chat.sid, cobrowseId).catch((error: unknown) =>
          this.ctx.log.error({ err: error, cobrowseId }, 'pointer not sent'),
        );
      },
      pace.sentAt + POINTER_INTERVAL_MS - now,
    ).unref();
  }

  private async flushPointer(sid: string, cobrowseId: string): Promise<void> {
    const pace = this.pointers.get(cobrowseId);
    if (pace === undefined) return;
    delete pace.timer;
    const found = await this.ctx.store.getChat(sid);
    if (found === undefined) return;
    await this.ctx.locks.run(chatLockKey(found), async () => {
      const chat = await this.ctx.store.getChat(sid);
      const pointer = pace.latest;
      delete pace.latest;
      if (pointer === undefined || chat === undefined || chat.state === 'ended' || chat.cobrowse?.cobrowseId !== cobrowseId) return;
      pace.sentAt = Date.now();
      await this.toAgents(chat, 'CobrowsePointer', { cobrowseId, pointer });
    });
  }

  /** Ends the chat's co-browse session, if it has one: CobrEnded to the pages (unless the customer ended it) and CobrowseEnded to the agents. */
  private async finish(chat: ChatRecord, by: 'customer' | 'agent' | 'server'): Promise<void> {
    const cobrowse = chat.cobrowse;
    if (cobrowse === undefined) return;
    delete chat.cobrowse;
    clearTimeout(this.pointers.get(cobrowse.cobrowseId)?.timer);
    this.pointers.delete(cobrowse.cobrowseId);
    this.ctx.log.info({ sid: chat.sid, cobrowseId: cobrowse.cobrowseId, by }, 'co-browsing ended');
    if (by !== 'customer')
      await this.ctx.emit.toCustomer(chat, 'CobrEnded', { cobrowseId: cobrowse.cobrowseId, by: by === 'agent' ? 'a' : 'server' });
    await this.toAgents(chat, 'CobrowseEnded', { cobrowseId: cobrowse.cobrowseId, by });
  }
}

/** A control value passes only for an id of the session's domControlList, of its kind (the mock checks with it too). */
export function listed(cobrowse: Pick<Cobrowse, 'domControlList'>, value: ControlValue): void {
  const ids = cobrowse.domControlList[LIST_OF[value.control]] ?? [];
  if (!ids.includes(value.id))
    throw new ChatError('InvalidRequest', `${value.control} ${JSON.stringify(value.id)} is not in the session's domControlList`, {
      errors: [{ pointer: '#/value/id', message: `must be an id of domControlList.${LIST_OF[value.control]}` }],
    });
}

function annotationsAllowed(chat: ChatRecord, cobrowse: Cobrowse): void {
  if (!cobrowse.isAnnotationEnabled)
    throw new ChatError('InvalidSessionState', 'co-browsing was started without isAnnotationEnabled', {
      sid: chat.sid,
      clientId: chat.clientId,
    });
}
