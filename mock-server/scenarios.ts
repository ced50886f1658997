// The scenarios a browser session plays, chosen by the Livechat-Mock-Scenario header or the
// mockScenario query flag (remembered in a cookie): what happens after Start, and what the
// scripted CSO does. Every event is one of the contract's messages, filled from its example.
import type { BrowserSession, BrowserSessions, MockChat } from './browser-sessions.ts';
import { overCap, roomForEntry } from './transcript-cap.ts';

export const scenarios = {
  happy: 'A CSO (Alice) accepts each chat 2.5 s after Start and answers every message, typing first.',
  'no-agents': 'No CSO is logged in: Start is refused at once with OnSystemNotification(NoStaffedAgents), then OnEnd.',
  'queue-timeout': 'The chat waits in the queue and times out 5 s later: OnSystemNotification(TimedOutInQueue), then OnEnd.',
  captcha: 'GetAccessToken says captchaRequired; the captcha image shows K7XP4, and Start wants it (any case).',
  offline:
    'As happy, then 3 s after Alice connects the server stops answering this browser for 12 s; what Alice said meanwhile arrives after.',
  transfer: 'As happy, then 4 s after Alice connects she transfers the chat to Bob (OnRemoteUserConnected again).',
  conference: 'As happy, then 4 s after Alice connects Bob joins the conference, and leaves 6 s later (OnConferenceUserLeft).',
  'call-declined': 'As happy, but Alice declines each audio/video call 2 s after StartAvCall (AvCallEnded, then Display.OnDisconnected).',
} as const;

export type ScenarioName = keyof typeof scenarios;
export const isScenario = (name: unknown): name is ScenarioName => typeof name === 'string' && Object.hasOwn(scenarios, name);

/** The text every captcha image of the mock shows (scenario captcha). */
export const MOCK_CAPTCHA_TEXT = 'K7XP4';
export const OFFLINE_MS = 12_000;

const alice = { name: 'Alice', id: 'agent-7' };
const bob = { name: 'Bob', id: 'agent-9' };

export class ScriptedChats {
  constructor(private readonly sessions: BrowserSessions) {}

  /** After Start answered: the queue, then the refusal or the CSO, as the session's scenario says. */
  started(
    session: BrowserSession,
    chat: MockChat,
    details: Record<string, unknown>,
    queuedAfterMs: number,
    connectedAfterMs: number,
  ): void {
    const s = this.sessions;
    const callbackRecorded = details.enable_autocb === true;
    if (session.scenario === 'no-agents') {
      s.later(chat, 100, async () => {
        await s.emit(session, chat, 'OnSystemNotification', { reasonCode: 'NoStaffedAgents', callbackRecorded });
        await this.endByServer(session, chat);
      });
      return;
    }
    s.later(chat, queuedAfterMs, () =>
      s.emit(session, chat, 'OnCallQueued', { queuePosition: chat.queuePosition, estimatedWaitMs: connectedAfterMs }),
    );
    if (session.scenario === 'queue-timeout') {
      s.later(chat, queuedAfterMs + 5000, async () => {
        await s.emit(session, chat, 'OnSystemNotification', { reasonCode: 'TimedOutInQueue', callbackRecorded });
        await this.endByServer(session, chat);
      });
      return;
    }
    s.later(chat, connectedAfterMs, async () => {
      await this.connect(session, chat, alice, 'accept');
      if (session.scenario === 'offline') s.later(chat, 3000, () => this.goOffline(session, chat));
      if (session.scenario === 'transfer')
        s.later(chat, 4000, async () => {
          chat.agents = [];
          this.disconnect(chat, alice);
          await this.connect(session, chat, bob, 'transfer');
        });
      if (session.scenario === 'conference')
        s.later(chat, 4000, async () => {
          await this.connect(session, chat, bob, 'conference');
          s.later(chat, 6000, async () => {
            chat.agents = chat.agents.filter((a) => a.id !== bob.id);
            this.disconnect(chat, bob);
            await s.emit(session, chat, 'OnConferenceUserLeft', { agent: bob.name, msg: `${bob.name} has left the chat`, agentId: bob.id });
          });
        });
    });
  }

  /** A CSO left the chat (transfer, conference leave): the transcript says so, as the reference server's does. */
  private disconnect(chat: MockChat, agent: { name: string; id: string }): void {
    if (roomForEntry(chat)) chat.trans.push({ type: 'disconnect', id: agent.id, name: agent.name, time: new Date().toISOString() });
  }

  /** After a message was accepted (OnEcho sent): the CSO types, then answers. */
  messaged(session: BrowserSession, chat: MockChat, msg: string): void {
    const agent = chat.agents.at(-1);
    if (agent === undefined) return;
    const s = this.sessions;
    // The document: 0 - typing started, 1 - typing stopped.
    s.later(chat, 400, () => s.emit(session, chat, 'OnTypingStateChanged', { state: 0, agentId: agent.id }));
    s.later(chat, 1400, async () => {
      await s.emit(session, chat, 'OnTypingStateChanged', { state: 1, agentId: agent.id });
      const messageId = `msg_${Date.now().toString(36)}${chat.trans.length}`;
      const reply = `You said: ${msg.slice(0, 200)}`;
      // A deployment would refuse the CSO's message (TranscriptFull): the scripted CSO says nothing.
      if (overCap(chat, reply) !== undefined) return;
      chat.trans.push({
        type: 'msg',
        by: 'a',
        msg: encodeURIComponent(reply),
        time: new Date().toISOString(),
        id: messageId,
        agentId: agent.id,
      });
      await s.emit(session, chat, 'OnMessageReceived', { msg: reply, messageId, agentId: agent.id, agentName: agent.name });
    });
  }

  private async connect(session: BrowserSession, chat: MockChat, agent: { name: string; id: string }, via: string): Promise<void> {
    if (chat.state === 'queued') await this.sessions.leftQueue(chat);
    chat.state = 'connected';
    chat.agents.push({ ...agent, index: chat.agents.length + 1 });
    if (roomForEntry(chat)) chat.trans.push({ type: 'connect', id: agent.id, name: agent.name, time: new Date().toISOString() });
    await this.sessions.emit(session, chat, 'OnRemoteUserConnected', { name: agent.name, agentId: agent.id, via });
  }

  private async endByServer(session: BrowserSession, chat: MockChat): Promise<void> {
    this.sessions.end(chat);
    await this.sessions.emit(session, chat, 'OnEnd', { initiator: 'server' });
  }

  /** Scenario offline: nothing of this browser session is answered for OFFLINE_MS; Alice speaks meanwhile. */
  private async goOffline(session: BrowserSession, chat: MockChat): Promise<void> {
    session.offlineUntil = Date.now() + OFFLINE_MS;
    for (const stream of session.streams) stream.destroy();
    this.messaged(session, chat, '(while you were offline)');
  }
}
