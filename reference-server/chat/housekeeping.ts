// Keeps the state bounded: chats that outlive sessionLifetimeMs end (OnEnd server, 'lifetime');
// ended chats are forgotten once the retention window in which Open answers AlreadyEndedSession
// has passed; browser sessions left without a chat are forgotten after LIVECHAT_IDLE_SESSION_MS,
// with their event logs. Without it, every GetAccessToken ever made would stay in memory.
import { type ChatContext, chatLockKey } from './context.ts';
import type { Routing } from './routing.ts';

export type SweepResult = { ended: number; forgottenChats: number; forgottenSessions: number };

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
    const result: SweepResult = { ended: 0, forgottenChats: 0, forgottenSessions: 0 };
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
    if (result.ended + result.forgottenChats + result.forgottenSessions > 0) this.ctx.log.info(result, 'housekeeping');
    return result;
  }
}
