// Audio/video calls: the server relays WebRTC signaling only (media flows between the browsers).
// A call belongs to the chat's page that started it (StartAvCall, with a connected CSO; one call
// per chat at a time) and rings on the agent desktops of the chat (AvCallRequested); an agent of
// the chat answers or declines it. The customer's signals and media state go to the agent who
// answered - held with the chat's call, in order and bounded, until someone does - and that agent's to every page
// (AvSignal, AvMediaStateChanged). Either side ends it (AvCallEnded); so does the server when the
// call's page closes, the answering agent leaves the chat, or the chat ends (by: server).
import type { AgentRecord, BrowserSessionRecord, ChatRecord } from '../store/store.ts';
import { ChatError } from './chat-error.ts';
import type { ChatContext } from './context.ts';
import type { CustomerChats } from './customer-chats.ts';
import { newId } from './ids.ts';
import type { Routing } from './routing.ts';

type Call = NonNullable<ChatRecord['avCall']>;
export type Signal = { type: 'offer' | 'answer'; sdp: string } | { type: 'ice-candidate'; candidate: Record<string, unknown> };
export type MediaState = { audio: boolean; video: boolean };
type AgentSideEvent = NonNullable<Call['waiting']>[number];

/** What a call waiting for an answer may hold of the customer's signals. */
const MAX_WAITING = { items: 64, bytes: 512 * 1024 };

export class AvCalls {
  constructor(
    private readonly ctx: ChatContext,
    private readonly chats: CustomerChats,
    private readonly routing: Routing,
  ) {
    chats.onPageLeave(async (chat, page) => {
      if (chat.avCall?.page === page) await this.finish(chat, 'server');
    });
    routing.addHooks({
      chatEnding: (chat) => this.finish(chat, 'server', 'chat-ended'),
      agentLeft: async (chat, agentId) => {
        if (chat.avCall?.agentId === agentId) await this.finish(chat, 'server', undefined, [agentId]);
      },
    });
  }

  // --- the customer's side -----------------------------------------------------------------------

  /** StartAvCall: a call of this page, ringing on the chat's agent desktops. */
  async start(session: BrowserSessionRecord, page: string, sid: string, media: MediaState): Promise<{ callId: string }> {
    return this.chats.onPageChat(session, page, sid, async (chat) => {
      if (chat.state !== 'connected' || chat.agents.length === 0)
        throw new ChatError('InvalidSessionState', 'a call needs a CSO connected to the chat', { sid, clientId: chat.clientId });
      if (chat.avCall !== undefined)
        throw new ChatError('InvalidSessionState', 'the chat has a call already', { sid, clientId: chat.clientId });
      const callId = newId('av_');
      chat.avCall = { callId, page, audio: media.audio, video: media.video };
      await this.ctx.store.putChat(chat);
      this.ctx.log.info({ sid, callId }, 'audio/video call started');
      for (const agent of chat.agents) await this.ctx.emit.toAgent(agent.id, chat, 'AvCallRequested', { callId, ...media });
      return { callId };
    });
  }

  /** The page's SDP or ICE candidate: to the agent who answered, or held until one does. */
  async customerSignal(session: BrowserSessionRecord, page: string, sid: string, callId: string, signal: Signal): Promise<void> {
    await this.chats.onPageChat(session, page, sid, (chat) =>
      this.toAnsweringAgent(chat, this.callOfPage(chat, page, callId), { event: 'AvSignal', data: { callId, signal } }),
    );
  }

  /** Pause(audio, video): the page's media state, to the agent in the call. */
  async customerPause(session: BrowserSessionRecord, page: string, sid: string, callId: string, state: MediaState): Promise<void> {
    await this.chats.onPageChat(session, page, sid, (chat) =>
      this.toAnsweringAgent(chat, this.callOfPage(chat, page, callId), { event: 'AvMediaStateChanged', data: { callId, ...state } }),
    );
  }

  /** EndAvCall: the agents of the chat hear the hang-up. */
  async customerHangUp(session: BrowserSessionRecord, page: string, sid: string, callId: string): Promise<void> {
    await this.chats.onPageChat(session, page, sid, async (chat) => {
      this.callOfPage(chat, page, callId);
      await this.finish(chat, 'customer');
      await this.ctx.store.putChat(chat);
    });
  }

  // --- the agent's side --------------------------------------------------------------------------

  /** AgentAnswerAvCall: the call is this agent's; what the customer sent meanwhile follows. */
  async answer(agent: AgentRecord, sid: string, callId: string): Promise<void> {
    await this.routing.onAgentChat(agent, sid, async (chat) => {
      const call = this.callOf(chat, callId);
      if (call.agentId === agent.agentId) return;
      if (call.agentId !== undefined) throw new ChatError('InvalidSessionState', 'another CSO answered this call', { sid });
      const held = call.waiting ?? [];
      delete call.waiting;
      call.agentId = agent.agentId;
      await this.ctx.store.putChat(chat);
      for (const { event, data } of held) await this.ctx.emit.toAgent(agent.agentId, chat, event, data);
    });
  }

  /** AgentDeclineAvCall: a call still ringing ends, declined. */
  async decline(agent: AgentRecord, sid: string, callId: string): Promise<void> {
    await this.routing.onAgentChat(agent, sid, async (chat) => {
      if (this.callOf(chat, callId).agentId !== undefined)
        throw new ChatError('InvalidSessionState', 'the call was answered already', { sid });
      await this.finish(chat, 'agent', 'declined');
      await this.ctx.store.putChat(chat);
    });
  }

  /** The answering agent's SDP or ICE candidate, to the customer's pages. */
  async agentSignal(agent: AgentRecord, sid: string, callId: string, signal: Signal): Promise<void> {
    await this.routing.onAgentChat(agent, sid, async (chat) => {
      this.answeredBy(chat, callId, agent);
      await this.ctx.emit.toCustomer(chat, 'AvSignal', { callId, signal });
    });
  }

  /** AgentPauseAv: the answering agent's media state, to the customer's pages. */
  async agentPause(agent: AgentRecord, sid: string, callId: string, state: MediaState): Promise<void> {
    await this.routing.onAgentChat(agent, sid, async (chat) => {
      this.answeredBy(chat, callId, agent);
      await this.ctx.emit.toCustomer(chat, 'AvMediaStateChanged', { callId, state });
    });
  }

  /** AgentEndAvCall: any agent of the chat hangs up, ringing or answered. */
  async agentHangUp(agent: AgentRecord, sid: string, callId: string): Promise<void> {
    await this.routing.onAgentChat(agent, sid, async (chat) => {
      this.callOf(chat, callId);
      await this.finish(chat, 'agent', 'hang-up');
      await this.ctx.store.putChat(chat);
    });
  }

  // --- helpers -----------------------------------------------------------------------------------

  private callOf(chat: ChatRecord, callId: string): Call {
    const call = chat.avCall;
    if (call === undefined || call.callId !== callId)
      throw new ChatError('InvalidSessionState', 'no such call in progress in this chat', { sid: chat.sid, clientId: chat.clientId });
    return call;
  }

  /** The call, when the calling page is the one that started it. */
  private callOfPage(chat: ChatRecord, page: string, callId: string): Call {
    const call = this.callOf(chat, callId);
    if (call.page !== page)
      throw new ChatError('InvalidSessionState', 'the call belongs to the page that started it', {
        sid: chat.sid,
        clientId: chat.clientId,
      });
    return call;
  }

  private answeredBy(chat: ChatRecord, callId: string, agent: AgentRecord): Call {
    const call = this.callOf(chat, callId);
    if (call.agentId !== agent.agentId)
      throw new ChatError('InvalidSessionState', 'this agent has not answered the call', { sid: chat.sid });
    return call;
  }

  private async toAnsweringAgent(chat: ChatRecord, call: Call, item: AgentSideEvent): Promise<void> {
    if (call.agentId !== undefined) {
      await this.ctx.emit.toAgent(call.agentId, chat, item.event, item.data);
      return;
    }
    const held = [...(call.waiting ?? []), item];
    if (held.length > MAX_WAITING.items || JSON.stringify(held).length > MAX_WAITING.bytes)
      throw new ChatError('InvalidSessionState', 'the call is not answered yet and holds as many signals as it may', {
        sid: chat.sid,
        clientId: chat.clientId,
      });
    call.waiting = held;
    await this.ctx.store.putChat(chat);
  }

  /** Ends the chat's call, if it has one: AvCallEnded to the pages (unless the customer hung up) and to the agents of the chat. */
  private async finish(
    chat: ChatRecord,
    by: 'customer' | 'agent' | 'server',
    reason?: 'hang-up' | 'declined' | 'chat-ended',
    alsoTo: string[] = [],
  ): Promise<void> {
    const call = chat.avCall;
    if (call === undefined) return;
    delete chat.avCall;
    this.ctx.log.info({ sid: chat.sid, callId: call.callId, by, reason }, 'audio/video call ended');
    if (by !== 'customer')
      await this.ctx.emit.toCustomer(chat, 'AvCallEnded', {
        callId: call.callId,
        by: by === 'agent' ? 'a' : 'server',
        ...(reason !== undefined ? { reason } : {}),
      });
    for (const agentId of new Set([...chat.agents.map((a) => a.id), ...alsoTo]))
      await this.ctx.emit.toAgent(agentId, chat, 'AvCallEnded', { callId: call.callId, by });
  }
}
