// Keeps the state bounded: chats that outlive sessionLifetimeMs end (OnEnd server, 'lifetime');
// ended chats are forgotten once the retention window in which Open answers AlreadyEndedSession
// has passed; browser sessions left without a chat are forgotten after LIVECHAT_IDLE_SESSION_MS,
// with their event logs; agents whose session ended (AgentLogout) or expired are forgotten, with
// their event logs, once that window has passed too and no chat refers to them. Without it, every
// GetAccessToken and every agent ever logged in would stay in memory and in the journal.
import type { AgentRecord } from '../store/store.ts';
import { type ChatContext, chatLockKey } from './context.ts';
import type { Routing } from './routing.ts';

export type SweepResult = { ended: number; forgottenChats: number; forgottenSessions: number; forgottenAgents: number };

export class Housekeeping {
  private timer: NodeJS.Timeout | undefined;
  /** What else goes with a forgotten chat (its files). */
  private readonly forgetHooks: ((sid: string) => Promise<void>)[] = [];

  constructor(
    private readonly ctx: ChatContext,
    private readonly routing: Routing,
  ) {}

  onChatForgotten(hook: (sid: string) => Promise<void>): void {
    this.forgetHooks.push(hook);
  }

  start(everyMs = 60_000): void {
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.ctx.log.error({ err: error }, 'housekeeping failed'));
    }, everyMs).unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async sweep(now = Date.now()): Promise<SweepResult> {
    const { config, store } = this.ctx;
    const result: SweepResult = { ended: 0, forgottenChats: 0, forgottenSessions: 0, forgottenAgents: 0 };
    for (const chat of await store.activeChats()) {
      if (chat.createdAt >= now - config.LIVECHAT_SESSION_LIFETIME_MS) continue;
      await this.ctx.locks.run(chatLockKey(chat), async () => {
        const current = await store.getChat(chat.sid);
        if (current === undefined || current.state === 'ended') return;
        await this.routing.endChat(current, { initiator: 'server', reason: 'lifetime' });
        result.ended++;
      });
    }
    for (const chat of await store.chatsEndedBefore(now - config.LIVECHAT_RETENTION_MS)) {
      await this.ctx.locks.run(chatLockKey(chat), async () => {
        for (const hook of this.forgetHooks) await hook(chat.sid);
        await store.deleteChat(chat.sid);
        result.forgottenChats++;
      });
    }
    for (const id of await store.idleBrowserSessions(now - config.LIVECHAT_IDLE_SESSION_MS)) {
      await this.ctx.locks.run(`browser:${id}`, async () => {
        if ((await store.chatsOf(id)).length > 0) return;
        await store.deleteBrowserSession(id);
        result.forgottenSessions++;
      });
    }
    result.forgottenAgents = await this.forgetAgents(now - config.LIVECHAT_RETENTION_MS);
    if (result.ended + result.forgottenChats + result.forgottenSessions + result.forgottenAgents > 0)
      this.ctx.log.info(result, 'housekeeping');
    return result;
  }

  /**
   * Agents whose session ended before `endedBefore` and whom no chat still names (taking part,
   * told of it, offered it). An agent at the desk is told of new chats only while its session
   * lives, so none can come to name a forgotten one; a later AgentLogin starts it afresh.
   */
  private async forgetAgents(endedBefore: number): Promise<number> {
    const { store } = this.ctx;
    const named = new Set<string>();
    for (const chat of await store.activeChats())
      for (const id of [...chat.agents.map((a) => a.id), ...chat.toldAgents, ...chat.offers.map((o) => o.toAgentId)]) named.add(id);
    const ended = (agent: AgentRecord) => (agent.sessionExpiresAt ?? agent.loggedInAt) < endedBefore;
    let forgotten = 0;
    for (const agent of await store.agents()) {
      if (!ended(agent) || agent.chats.length > 0 || named.has(agent.agentId)) continue;
      await this.ctx.locks.run(`agent:${agent.agentId}`, async () => {
        const current = await store.getAgent(agent.agentId);
        if (current === undefined || !ended(current) || current.chats.length > 0) return;
        await store.deleteAgent(current.agentId);
        forgotten++;
      });
    }
    return forgotten;
  }
}
