// The simulated agent (LIVECHAT_BOT=1): a CSO who is always ready, accepts every chat it hears
// of and answers each customer message, so frontend developers and load tests need no human.
// It acts through the same Routing calls the agent API uses, reading its own event log.
import type { StoredEvent } from '../store/store.ts';
import { ChatError } from './chat-error.ts';
import type { ChatContext } from './context.ts';
import { newId } from './ids.ts';
import type { Routing } from './routing.ts';

export const BOT_AGENT = { agentId: 'bot', name: 'Livechat Bot' };

export async function startBot(ctx: ChatContext, routing: Routing): Promise<() => void> {
  const { agent } = await routing.login(BOT_AGENT.agentId, BOT_AGENT.name);
  const act = async (event: StoredEvent) => {
    const sid = String(event.sid);
    if (event.event === 'ChatQueued' || event.event === 'ChatOffered') {
      await routing.accept(agent, sid);
      await routing.agentMessage(agent, sid, `Hello, this is ${BOT_AGENT.name}. How can I help?`, newId('msg_'));
    }
    if (event.event === 'CustomerMessage') {
      const { msg } = event.data as { msg: string };
      await routing.agentMessage(agent, sid, `You said: ${msg}`, newId('msg_'));
    }
  };
  const stop = ctx.store.subscribe(`agent:${BOT_AGENT.agentId}`, (event) => {
    act(event).catch((error: unknown) => {
      // A chat that ended or was taken meanwhile is normal; anything else is worth a line.
      if (!(error instanceof ChatError)) ctx.log.error({ err: error }, 'bot failed to act');
    });
  });
  // Ready afresh, so the chats queued while no bot listened (a restart, a takeover from a node
  // that died) are announced to this one.
  try {
    await routing.setReady(BOT_AGENT.agentId, false);
    await routing.setReady(BOT_AGENT.agentId, true);
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}

/**
 * Runs the bot while this process holds the bot's lease (nodes sharing a store elect one; see
 * store/redis-lease.ts): told the lease's state after each try, it starts the bot when held and
 * stops it when not - so a start that failed is tried again at the next try.
 */
export class BotRunner {
  private stopBot: (() => void) | undefined;
  private busy: Promise<void> | undefined;

  constructor(
    private readonly ctx: ChatContext,
    private readonly routing: Routing,
  ) {}

  /** One change at a time; a state told meanwhile is told again at the lease's next try. */
  leaseState(held: boolean): void {
    if (this.busy !== undefined || held === (this.stopBot !== undefined)) return;
    this.busy = (held ? this.start() : Promise.resolve(this.halt())).finally(() => {
      this.busy = undefined;
    });
  }

  /** Shutdown: waits for a start in progress, then stops the bot. */
  async stop(): Promise<void> {
    await this.busy;
    this.halt();
  }

  private async start(): Promise<void> {
    try {
      this.stopBot = await startBot(this.ctx, this.routing);
      this.ctx.log.info('the simulated agent runs on this node');
    } catch (error) {
      this.ctx.log.error({ err: error }, 'the simulated agent could not start (tried again shortly)');
    }
  }

  private halt(): void {
    if (this.stopBot === undefined) return;
    this.stopBot();
    this.stopBot = undefined;
    this.ctx.log.info('the simulated agent stopped on this node');
  }
}
