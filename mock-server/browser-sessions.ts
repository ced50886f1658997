// What the mock keeps of each browser session, so that one browser's pages see the same chats and
// the same event stream, as on a real deployment: its cookie and token, the scenario it plays, its
// chats (for Open's snapshot) and its events, kept in the reference server's in-memory store and
// read through its stream code - the framing every deployment uses.
import { examples, type ServerEvent } from '../generated/mock/events.ts';
import { newId, newSecret } from '../reference-server/chat/ids.ts';
import { MemoryStore } from '../reference-server/store/memory-store.ts';
import type { StoredEvent } from '../reference-server/store/store.ts';
import type { ChatFiles } from './chat-files.ts';
import type { ScenarioName } from './scenarios.ts';

export type MockChat = {
  sid: string;
  clientId: string;
  /** The page that started it (a retried Start from it answers the first result). */
  startingPage: string;
  /** The pages that take part in it: the starting page and every page that opened it, until they close. */
  pages: Set<string>;
  /** What each clientMessageId was answered, so that a retried SendMessage is answered the same and echoed once. */
  sent: Map<string, Record<string, unknown>>;
  /** The files uploaded into it (kept in memory, bounded). */
  files: ChatFiles;
  /** What Start answered, for a retry. */
  started?: Record<string, unknown>;
  state: 'queued' | 'connected' | 'ended';
  /** Its place in the queue when it was queued. */
  queuePosition: number;
  agents: { name: string; id: string; index: number }[];
  trans: Record<string, unknown>[];
  timers: NodeJS.Timeout[];
  /** What the chat holds beyond timers (a call's WebRTC peer, ...): released when it ends. */
  releases: Set<() => void>;
};

export type BrowserSession = {
  id: string;
  token: string;
  scenario: ScenarioName;
  chats: Map<string, MockChat>;
  /** Until when the scenario "offline" leaves this browser session unanswered (ms since epoch). */
  offlineUntil: number;
  /** Its open event streams, cut when it goes offline. */
  streams: Set<{ destroy(): void }>;
};

/** Most browser sessions the mock keeps by default; the oldest goes first (a mock runs for a day of development, not forever). */
const MAX_SESSIONS = 10_000;
/** Most chats a browser session keeps, ended ones included (Open after the end answers from them). */
const MAX_CHATS_PER_SESSION = 20;

export class BrowserSessions {
  readonly store: Promise<MemoryStore> = MemoryStore.open({ retention: { events: 1000, ms: 300_000 } });
  readonly #sessions = new Map<string, BrowserSession>();

  constructor(private readonly maxSessions = MAX_SESSIONS) {}

  create(scenario: ScenarioName): BrowserSession {
    const session: BrowserSession = {
      id: newId('bs_'),
      token: newSecret('tk_'),
      scenario,
      chats: new Map(),
      offlineUntil: 0,
      streams: new Set(),
    };
    if (this.#sessions.size >= this.maxSessions) this.forget(this.#sessions.keys().next().value as string);
    this.#sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): BrowserSession | undefined {
    return id === undefined ? undefined : this.#sessions.get(id);
  }

  newChat(session: BrowserSession, clientId: string, page: string): MockChat {
    const chat: MockChat = {
      sid: newId('c_'),
      clientId,
      startingPage: page,
      pages: new Set([page]),
      sent: new Map(),
      files: new Map(),
      state: 'queued',
      queuePosition: 1,
      agents: [],
      trans: [],
      timers: [],
      releases: new Set(),
    };
    session.chats.set(chat.sid, chat);
    // Ended chats beyond the most a session keeps go, oldest first.
    for (const old of session.chats.values()) {
      if (session.chats.size <= MAX_CHATS_PER_SESSION) break;
      if (old.state === 'ended') session.chats.delete(old.sid);
    }
    return chat;
  }

  /** Runs `then` after `ms`, unless the chat ends first. */
  later(chat: MockChat, ms: number, then: () => unknown): void {
    const timer = setTimeout(() => {
      chat.timers = chat.timers.filter((t) => t !== timer);
      if (chat.state !== 'ended') void Promise.resolve(then()).catch(() => undefined);
    }, ms);
    timer.unref();
    chat.timers.push(timer);
  }

  /** Appends `event` of the chat to the browser session's stream: its first example, with the chat's ids and `data` (the example's when none). */
  async emit(session: BrowserSession, chat: MockChat, event: ServerEvent, data?: Record<string, unknown>): Promise<StoredEvent> {
    const example = examples[event] as { data?: Record<string, unknown> };
    const store = await this.store;
    return store.appendEvent(`browser:${session.id}`, {
      event,
      time: new Date().toISOString(),
      sid: chat.sid,
      clientId: chat.clientId,
      data: data ?? example.data ?? {},
    });
  }

  /** Ends the chat: no more scripted events. */
  end(chat: MockChat): void {
    if (chat.state === 'queued') void this.leftQueue(chat);
    chat.state = 'ended';
    // An ended chat keeps what Open and a late call need to say so, not its files or retries.
    chat.files.clear();
    chat.sent.clear();
    for (const timer of chat.timers.splice(0)) clearTimeout(timer);
    for (const release of [...chat.releases]) release();
    chat.releases.clear();
  }

  /** A chat left the queue: the chats behind it move up, each told with OnCallQueued. */
  async leftQueue(left: MockChat): Promise<void> {
    for (const session of this.#sessions.values())
      for (const chat of session.chats.values())
        if (chat !== left && chat.state === 'queued' && chat.queuePosition > left.queuePosition) {
          chat.queuePosition--;
          await this.emit(session, chat, 'OnCallQueued', { queuePosition: chat.queuePosition, estimatedWaitMs: 2500 * chat.queuePosition });
        }
  }

  /** Chats waiting for a CSO, in every browser session: a new chat's place in the queue. */
  queued(): number {
    let count = 0;
    for (const session of this.#sessions.values()) for (const chat of session.chats.values()) if (chat.state === 'queued') count++;
    return count;
  }

  /** The newest seq of the browser session's stream (Start and Open answer it). */
  async latestSeq(session: BrowserSession): Promise<number> {
    return (await (await this.store).readEvents(`browser:${session.id}`, 0, 0)).latestSeq;
  }

  forget(id: string): void {
    const session = this.#sessions.get(id);
    if (session === undefined) return;
    for (const chat of session.chats.values()) this.end(chat);
    this.#sessions.delete(id);
    // Its event log goes with it, so a long-running mock holds at most MAX_SESSIONS logs.
    void this.store.then((store) => store.deleteBrowserSession(id));
  }

  close(): void {
    for (const id of [...this.#sessions.keys()]) this.forget(id);
  }
}
