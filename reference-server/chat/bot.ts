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
  await routing.setReady(BOT_AGENT.agentId, true);
  return stop;
}
