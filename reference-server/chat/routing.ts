// Routing and the agent side: the queue (OnCallQueued, ChatQueued, refusals with an automatic
// callback), agents who log in, get ready and accept, transfers and conferences, what a CSO says
// and does in a chat, and the one way every chat ends (endChat) whoever ends it.

import { sameToken } from '../secure-details/decrypt.ts';
import type { AgentRecord, ChatRecord, TranscriptRecord } from '../store/store.ts';
import { agentTokenOf, newAgentSessionSecret } from './agent-credentials.ts';
import { ChatError } from './chat-error.ts';
import { type ChatContext, chatLockKey, customerSummary } from './context.ts';
import { uploadedFile } from './files.ts';
import { newId } from './ids.ts';
import { secretMatches, sessionCookie, sessionHashOf, splitSessionCookie } from './session-secrets.ts';
import { checkRoomForMessage, roomForEntry } from './transcript-cap.ts';

export type EndedBy =
  | { initiator: 'client'; reason?: string }
  | { initiator: 'agent'; agentId: string; reason?: string }
  | { initiator: 'server'; reason: string };

type Refusal =
  | 'NoStaffedAgents'
  | 'QueueIsTooBig'
  | 'TimedOutInQueue'
  | 'ErrorInGetAgentDetails'
  | 'ErrorAgentDetails'
  | 'InternalServerError';

/** What other parts of the core (calls, co-browsing) do as a chat changes: run with its lock held, before it is saved. */
export type ChatHooks = {
  /** The chat is ending, before OnEnd: what lives in it ends with it. */
  chatEnding?: (chat: ChatRecord) => Promise<void>;
  /** An agent left a chat that goes on (a transfer, a conference leave). */
  agentLeft?: (chat: ChatRecord, agentId: string) => Promise<void>;
};

export class Routing {
  /** The queue updates, one pass after another; stop() waits for the last. */
  private queueUpdate: Promise<void> = Promise.resolve();
  private queueUpdatePending = false;
  /** Shutting down: no new queue updates (the store closes next). */
  private stopped = false;
  private readonly hooks: ChatHooks[] = [];

  constructor(private readonly ctx: ChatContext) {}

  addHooks(hooks: ChatHooks): void {
    this.hooks.push(hooks);
  }

  // --- the customer's chat entering and leaving the queue --------------------------------------

  /** Queues a new chat (its lock held): OnCallQueued and ChatQueued, or a refusal that ends it. */
  async enqueue(chat: ChatRecord): Promise<void> {
    const conditions = this.ctx.conditions.current;
    if (conditions.routingFailure !== undefined) return this.refuse(chat, conditions.routingFailure);
    const now = Date.now();
    // Staffed: CSOs whose session lives (a logged-out or expired agent is not at the desk).
    const agents =
      conditions.staffed === false
        ? []
        : (await this.ctx.store.agents()).filter((a) => a.sessionHash !== undefined && (a.sessionExpiresAt ?? 0) > now);
    if (this.ctx.config.LIVECHAT_REQUIRE_STAFFED_AGENTS && agents.length === 0) return this.refuse(chat, 'NoStaffedAgents');
    const queued = await this.ctx.store.queuedChats();
    if (queued.length > (conditions.queueLimit ?? this.ctx.config.LIVECHAT_MAX_QUEUE)) return this.refuse(chat, 'QueueIsTooBig');
    const position = queued.findIndex((c) => c.sid === chat.sid) + 1;
    await this.ctx.emit.toCustomer(chat, 'OnCallQueued', { queuePosition: position });
    const ready = agents.filter((a) => a.ready);
    chat.toldAgents = ready.map((a) => a.agentId);
    await this.ctx.store.putChat(chat);
    for (const agent of ready) await this.ctx.emit.toAgent(agent.agentId, chat, 'ChatQueued', { ...customerSummary(chat), position });
    await this.armQueueTimer(chat);
  }

  /** After a restart: the chats still queued wait only what is left of their time (a shared timer armed already stays as it is). */
  async recover(): Promise<void> {
    for (const chat of await this.ctx.store.queuedChats()) await this.armQueueTimer(chat);
  }

  private async armQueueTimer(chat: ChatRecord): Promise<void> {
    const timeoutMs = this.ctx.conditions.current.queueTimeoutMs ?? this.ctx.config.LIVECHAT_QUEUE_TIMEOUT_MS;
    await this.ctx.deadlines.arm(`queue:${chat.sid}`, chat.queuedAt + timeoutMs);
  }

  /** Ends a chat (its lock held): OnEnd to the customer's pages, ChatEnded to every agent who knows of it. */
  async endChat(chat: ChatRecord, by: EndedBy): Promise<void> {
    if (chat.state === 'ended') return;
    for (const hook of this.hooks) await hook.chatEnding?.(chat);
    const wasQueued = chat.state === 'queued';
    await this.clearQueueTimer(chat.sid);
    chat.state = 'ended';
    chat.endedAt = Date.now();
    chat.pages = [];
    await this.ctx.store.putChat(chat);
    const reason = by.reason !== undefined ? { reason: by.reason } : {};
    await this.ctx.emit.toCustomer(chat, 'OnEnd', by.initiator === 'client' ? { initiator: 'client', ...reason } : { initiator: 'server' });
    const agentSide = {
      initiator: by.initiator === 'client' ? 'customer' : by.initiator,
      ...reason,
      ...(by.initiator === 'agent' ? { agentId: by.agentId } : {}),
    };
    for (const agentId of new Set([...chat.agents.map((a) => a.id), ...chat.toldAgents])) {
      await this.ctx.emit.toAgent(agentId, chat, 'ChatEnded', agentSide);
      await this.updateAgent(agentId, (agent) => {
        agent.chats = agent.chats.filter((sid) => sid !== chat.sid);
      });
    }
    this.ctx.log.info({ sid: chat.sid, ...agentSide }, 'chat ended');
    if (wasQueued) this.queueMoved();
  }

  /** The queue's positions as they stand, longest waiting first. */
  async queue() {
    const queued = await this.ctx.store.queuedChats();
    return queued.map((chat, index) => ({
      sid: chat.sid,
      clientId: chat.clientId,
      ...customerSummary(chat),
      queuedAt: new Date(chat.queuedAt).toISOString(),
      position: index + 1,
    }));
  }

  // --- agents ------------------------------------------------------------------------------------

  /**
   * AgentLogin, once the credential was checked: always a new agent session (a login never joins
   * another), which replaces the agent's previous one; the agent's chats and stream stay.
   */
  async login(agentId: string, name: string): Promise<{ agent: AgentRecord; cookie: string; token: string; seq: number }> {
    return this.ctx.locks.run(`agent:${agentId}`, async () => {
      const secret = newAgentSessionSecret();
      const now = Date.now();
      const known = await this.ctx.store.getAgent(agentId);
      const agent: AgentRecord = {
        ...(known ?? { agentId, ready: false, chats: [] }),
        name,
        sessionHash: sessionHashOf(secret),
        loggedInAt: now,
        sessionExpiresAt: now + this.ctx.config.LIVECHAT_AGENT_SESSION_MS,
      };
      await this.ctx.store.putAgent(agent);
      if (known?.sessionHash !== undefined) this.ctx.log.info({ agentId }, 'agent logged in again: the previous agent session ended');
      const { latestSeq } = await this.ctx.store.readEvents(`agent:${agentId}`, 0, 0);
      return { agent, cookie: sessionCookie(agentId, secret), token: agentTokenOf(secret), seq: latestSeq };
    });
  }

  /** AgentLogout: ends the session (the cookie names none any more; housekeeping counts from its end) and takes the agent off the queue. */
  async logout(agent: AgentRecord): Promise<void> {
    await this.updateAgent(agent.agentId, (a) => {
      delete a.sessionHash;
      a.sessionExpiresAt = Date.now();
      a.ready = false;
    });
  }

  /** The agent whose live session the cookie names, with its token checked on state-changing calls. */
  async authenticate(cookie: string | undefined, token: string | undefined, changesState: boolean): Promise<AgentRecord> {
    const parts = splitSessionCookie(cookie);
    const agent = parts === undefined ? undefined : await this.ctx.store.getAgent(parts.id);
    if (
      parts === undefined ||
      agent === undefined ||
      !secretMatches(parts.secret, agent.sessionHash) ||
      (agent.sessionExpiresAt ?? 0) <= Date.now()
    )
      throw new ChatError('CookiesDisabled', 'no agent session, or it ended or expired: log in (POST /tetherfi/agent/login)');
    if (changesState && !sameToken(token, agentTokenOf(parts.secret)))
      throw new ChatError('AccessTokenInvalid', 'Livechat-Agent-Token is missing or is not this agent session’s token');
    return agent;
  }

  /** AgentReady: a ready agent hears of every chat queued, and now of those waiting already. */
  async setReady(agentId: string, ready: boolean): Promise<void> {
    let becameReady = false;
    await this.updateAgent(agentId, (agent) => {
      becameReady = ready && !agent.ready;
      agent.ready = ready;
    });
    if (!becameReady) return;
    const queued = await this.ctx.store.queuedChats();
    for (const [index, chat] of queued.entries()) {
      await this.ctx.locks.run(chatLockKey(chat), async () => {
        const current = await this.ctx.store.getChat(chat.sid);
        if (current?.state !== 'queued') return;
        if (!current.toldAgents.includes(agentId)) current.toldAgents.push(agentId);
        await this.ctx.store.putChat(current);
        await this.ctx.emit.toAgent(agentId, current, 'ChatQueued', { ...customerSummary(current), position: index + 1 });
      });
    }
  }

  /** AcceptChat: the agent takes a queued chat, or one offered to it by a transfer or a conference. */
  async accept(agent: AgentRecord, sid: string) {
    return this.onChat(sid, async (chat) => {
      if (chat.agents.some((a) => a.id === agent.agentId)) return this.sessionOf(chat);
      const offer = chat.offers.find((o) => o.toAgentId === agent.agentId);
      if (chat.state === 'connected' && offer === undefined)
        throw new ChatError('InvalidSessionState', 'another CSO already took this chat');
      if (chat.state === 'queued' && !chat.toldAgents.includes(agent.agentId) && !agent.ready)
        throw new ChatError('NoSessionFound', 'this chat was neither queued for nor offered to this agent');
      const via = offer?.kind ?? 'accept';
      const wasQueued = chat.state === 'queued';
      await this.clearQueueTimer(chat.sid);
      const { entries } = await this.ctx.store.transcriptSize(chat.sid);
      if (offer?.kind === 'transfer') {
        const from = chat.agents.find((a) => a.id === offer.fromAgentId);
        chat.agents = chat.agents.filter((a) => a.id !== offer.fromAgentId);
        for (const hook of this.hooks) await hook.agentLeft?.(chat, offer.fromAgentId);
        if (from) await this.appendConnection(chat, 'disconnect', from.id, from.name);
        await this.updateAgent(offer.fromAgentId, (a) => {
          a.chats = a.chats.filter((s) => s !== chat.sid);
        });
      }
      chat.offers = chat.offers.filter((o) => o.toAgentId !== agent.agentId);
      chat.agents.push({ id: agent.agentId, name: agent.name, index: entries });
      chat.state = 'connected';
      await this.ctx.store.putChat(chat);
      await this.appendConnection(chat, 'connect', agent.agentId, agent.name);
      await this.updateAgent(agent.agentId, (a) => {
        if (!a.chats.includes(chat.sid)) a.chats.push(chat.sid);
      });
      await this.ctx.emit.toCustomer(chat, 'OnRemoteUserConnected', { name: agent.name, agentId: agent.agentId, via });
      const assigned = { agentId: agent.agentId, agentName: agent.name, via, ...customerSummary(chat) };
      for (const agentId of new Set([
        agent.agentId,
        ...chat.agents.map((a) => a.id),
        ...chat.toldAgents,
        ...(offer ? [offer.fromAgentId] : []),
      ]))
        await this.ctx.emit.toAgent(agentId, chat, 'ChatAssigned', assigned);
      if (wasQueued) this.queueMoved();
      return this.sessionOf(chat);
    });
  }

  /** AgentSendMessage: OnMessageReceived on every page; a retried clientMessageId gets the first answer. */
  async agentMessage(agent: AgentRecord, sid: string, msg: string, clientMessageId: string) {
    return this.onAgentChat(agent, sid, async (chat) => {
      const previous = await this.ctx.store.acceptedMessage(chat.sid, clientMessageId);
      if (previous?.type === 'msg') return { status: 200, body: { messageId: previous.id ?? '', clientMessageId, time: previous.time } };
      await checkRoomForMessage(this.ctx, chat, msg);
      const messageId = newId('msg_');
      const event = await this.ctx.emit.toCustomer(
        chat,
        'OnMessageReceived',
        { msg, messageId, agentId: agent.agentId, agentName: agent.name },
        { type: 'msg', by: 'a', msg: encodeURIComponent(msg), id: messageId, clientMessageId, agentId: agent.agentId },
      );
      return { status: 201, body: { messageId, clientMessageId, time: event.time } };
    });
  }

  async agentTyping(agent: AgentRecord, sid: string, state: 0 | 1) {
    await this.onAgentChat(agent, sid, (chat) => this.ctx.emit.toCustomer(chat, 'OnTypingStateChanged', { state, agentId: agent.agentId }));
  }

  async agentAppMessage(agent: AgentRecord, sid: string, type: string, msg: string) {
    await this.onAgentChat(agent, sid, (chat) => this.ctx.emit.toCustomer(chat, 'OnAppMessageReceived', { agent: agent.name, msg, type }));
  }

  async agentHistory(agent: AgentRecord, sid: string, history: TranscriptRecord[]) {
    await this.onAgentChat(agent, sid, (chat) => this.ctx.emit.toCustomer(chat, 'OnHistoryReceived', { history }));
  }

  /** AgentRequestCallback: recorded, and the customer hears OnCallbackRequestStatus(false, true). */
  async agentCallback(agent: AgentRecord, sid: string, contact: string) {
    await this.onAgentChat(agent, sid, async (chat) => {
      chat.callbacks.push({ by: 'agent', contact, time: new Date().toISOString() });
      await this.ctx.store.putChat(chat);
      this.ctx.log.info({ sid, agentId: agent.agentId }, 'callback recorded by the CSO');
      await this.ctx.emit.toCustomer(chat, 'OnCallbackRequestStatus', { isCustomerReq: false, status: true, contact });
    });
  }

  /** TransferChat / InviteToConference: an offer the other agent takes with AcceptChat. */
  async offer(agent: AgentRecord, sid: string, toAgentId: string, kind: 'transfer' | 'conference') {
    await this.onAgentChat(agent, sid, async (chat) => {
      const to = await this.ctx.store.getAgent(toAgentId);
      if (to === undefined) throw new ChatError('InvalidSessionState', `agent ${toAgentId} is not logged in`);
      if (chat.agents.some((a) => a.id === toAgentId))
        throw new ChatError('InvalidSessionState', `agent ${toAgentId} is in the chat already`);
      chat.offers = [...chat.offers.filter((o) => o.toAgentId !== toAgentId), { toAgentId, fromAgentId: agent.agentId, kind }];
      if (!chat.toldAgents.includes(toAgentId)) chat.toldAgents.push(toAgentId);
      await this.ctx.store.putChat(chat);
      await this.ctx.emit.toAgent(toAgentId, chat, 'ChatOffered', {
        kind,
        fromAgentId: agent.agentId,
        fromAgentName: agent.name,
        ...customerSummary(chat),
      });
    });
  }

  /** LeaveConference: the CSO leaves a chat others go on with (OnConferenceUserLeft). */
  async leaveConference(agent: AgentRecord, sid: string, msg: string) {
    await this.onAgentChat(agent, sid, async (chat) => {
      if (chat.agents.length < 2) throw new ChatError('InvalidSessionState', 'the only CSO of a chat ends it instead of leaving');
      chat.agents = chat.agents.filter((a) => a.id !== agent.agentId);
      for (const hook of this.hooks) await hook.agentLeft?.(chat, agent.agentId);
      await this.ctx.store.putChat(chat);
      await this.appendConnection(chat, 'disconnect', agent.agentId, agent.name);
      await this.updateAgent(agent.agentId, (a) => {
        a.chats = a.chats.filter((s) => s !== sid);
      });
      await this.ctx.emit.toCustomer(chat, 'OnConferenceUserLeft', { agent: agent.name, msg, agentId: agent.agentId });
      for (const other of chat.agents)
        await this.ctx.emit.toAgent(other.id, chat, 'ConferenceAgentLeft', { agentId: agent.agentId, agentName: agent.name, msg });
    });
  }

  async agentEnd(agent: AgentRecord, sid: string, reason?: string) {
    await this.onAgentChat(agent, sid, (chat) =>
      this.endChat(chat, { initiator: 'agent', agentId: agent.agentId, ...(reason !== undefined ? { reason } : {}) }),
    );
  }

  /** Sends no more queue updates (shutdown), once the last one is out. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.queueUpdate;
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** A chat-scoped agent call: the chat exists, has not ended, and the agent takes part in it (its lock held). */
  onAgentChat<T>(agent: AgentRecord, sid: string, work: (chat: ChatRecord) => Promise<T>): Promise<T> {
    return this.onChat(sid, async (chat) => {
      if (!chat.agents.some((a) => a.id === agent.agentId)) throw new ChatError('NoSessionFound', 'this agent takes no part in the chat');
      return work(chat);
    });
  }

  private async onChat<T>(sid: string, work: (chat: ChatRecord) => Promise<T>): Promise<T> {
    const found = await this.ctx.store.getChat(sid);
    if (found === undefined) throw new ChatError('NoSessionFound', 'no such chat');
    return this.ctx.locks.run(chatLockKey(found), async () => {
      const chat = await this.ctx.store.getChat(sid);
      if (chat === undefined) throw new ChatError('NoSessionFound', 'no such chat');
      if (chat.state === 'ended') throw new ChatError('AlreadyEndedSession', 'the chat has ended', { sid });
      return work(chat);
    });
  }

  private async updateAgent(agentId: string, change: (agent: AgentRecord) => void): Promise<void> {
    await this.ctx.locks.run(`agent:${agentId}`, async () => {
      const agent = await this.ctx.store.getAgent(agentId);
      if (agent === undefined) return;
      change(agent);
      await this.ctx.store.putAgent(agent);
    });
  }

  /** A CSO's join or leave, recorded while the transcript has room (never refused: the cap is for messages to respect). */
  private async appendConnection(chat: ChatRecord, type: 'connect' | 'disconnect', id: string, name: string) {
    if (!(await roomForEntry(this.ctx, chat.sid))) return;
    await this.ctx.store.appendTranscript(chat.sid, { type, id, name, time: new Date().toISOString() });
  }

  /** The Session as the agent side and Open show it. */
  async sessionOf(chat: ChatRecord) {
    const trans = await this.ctx.store.transcript(chat.sid);
    const queue = chat.state === 'queued' ? await this.ctx.store.queuedChats() : [];
    return {
      sid: chat.sid,
      clientId: chat.clientId,
      state: chat.state === 'connected' ? 'connected' : 'queued',
      ...(chat.agents.length > 0 ? { agents: chat.agents } : {}),
      trans: trans.map(({ seq: _seq, ...entry }) => entry),
      ...(chat.state === 'queued' ? { queuePosition: Math.max(1, queue.findIndex((c) => c.sid === chat.sid) + 1) } : {}),
      ...(chat.files !== undefined && chat.files.length > 0 ? { files: chat.files.map(uploadedFile) } : {}),
    };
  }

  /**
   * The queue moved: every chat still waiting hears its new position. Runs after the caller's
   * lock is released (it takes the lock of each queued chat), once for any number of moves.
   */
  private queueMoved(): void {
    if (this.queueUpdatePending || this.stopped) return;
    this.queueUpdatePending = true;
    this.queueUpdate = this.queueUpdate
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(async () => {
        // Moves from here on make one more pass after this one.
        this.queueUpdatePending = false;
        if (this.stopped) return;
        const queued = await this.ctx.store.queuedChats();
        for (const [index, chat] of queued.entries()) {
          await this.ctx.locks.run(chatLockKey(chat), async () => {
            const current = await this.ctx.store.getChat(chat.sid);
            if (current?.state === 'queued') await this.ctx.emit.toCustomer(current, 'OnCallQueued', { queuePosition: index + 1 });
          });
        }
      })
      .catch((error: unknown) => this.ctx.log.error({ err: error }, 'queue positions not sent'));
  }

  /** The queue timeout is due: the chat ends with TimedOutInQueue if it is still queued. */
  async timeOutInQueue(sid: string): Promise<void> {
    const found = await this.ctx.store.getChat(sid);
    if (found === undefined) return;
    await this.ctx.locks.run(chatLockKey(found), async () => {
      const chat = await this.ctx.store.getChat(sid);
      if (chat?.state === 'queued') await this.refuse(chat, 'TimedOutInQueue');
    });
  }

  /** The chat cannot reach a CSO: a callback is recorded when the customer allowed it, then the chat ends. */
  private async refuse(chat: ChatRecord, reasonCode: Refusal): Promise<void> {
    const callbackRecorded = chat.details.enable_autocb === true;
    if (callbackRecorded) {
      chat.callbacks.push({ by: 'server', reason: reasonCode, time: new Date().toISOString() });
      await this.ctx.store.putChat(chat);
    }
    this.ctx.log.info({ sid: chat.sid, reasonCode, callbackRecorded }, 'chat could not reach a CSO');
    await this.ctx.emit.toCustomer(chat, 'OnSystemNotification', { reasonCode, callbackRecorded });
    await this.endChat(chat, { initiator: 'server', reason: reasonCode });
  }

  private async clearQueueTimer(sid: string): Promise<void> {
    await this.ctx.deadlines.clear(`queue:${sid}`);
  }
}
