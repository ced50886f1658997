// The state of the reference server, behind one interface: browser sessions, chats, agents and
// the numbered event logs the streams read. The protocol code (chat/, http/) sees only this, so
// a shared store (Redis) can replace the embedded one without touching it; store.contract.ts
// holds the tests every implementation passes.

/**
 * Thrown by a store that cannot keep a change (a full disk, a lost connection): nothing of the
 * change took effect, and the caller may try again. The HTTP layer answers it with 503
 * ServerInternalConnectivityError.
 */
export class StoreUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailable';
  }
}

/** A browser session (the document's web session); its credentials are not kept (chat/session-secrets.ts). */
export type BrowserSessionRecord = {
  id: string;
  /**
   * SHA-256 of the secret in the LIVECHAT_SESSION cookie (`<id>.<secret>`); the access token is
   * derived from that secret. None: a session that a journal of an earlier version kept with its
   * token as it was - no cookie opens it any more, and housekeeping forgets it like an idle one.
   */
  secretHash?: string;
  createdAt: number;
  /** Single or multi-chat, fixed by the first Start. */
  mode?: 'single' | 'multi';
  /** Pages that called Open at least once: a later Start from them is AlreadyStartedAndInSession, not UnOpenedSessionPerformedStart. */
  openedPages: string[];
  /**
   * The captcha texts issued to this browser session (LIVECHAT_CAPTCHA), oldest first, at most two:
   * after a reset the previous text stays valid until one of them is used.
   */
  captchas?: { text: string; issuedAt: number }[];
};

export type ChatRecord = {
  sid: string;
  browserSessionId: string;
  clientId: string;
  state: 'queued' | 'connected' | 'ended';
  /** The pages taking part now. */
  pages: string[];
  startingPage: string;
  details: Record<string, unknown>;
  vaSession?: string;
  agents: { id: string; name: string; index: number }[];
  /** Agents told of the chat by ChatQueued or ChatOffered: they hear who took it, and of its end. */
  toldAgents: string[];
  /** Transfers and conference invitations waiting for the invited agent's AcceptChat. */
  offers: { toAgentId: string; fromAgentId: string; kind: 'transfer' | 'conference' }[];
  /** Callbacks recorded for the customer: asked for, or recorded when the chat could not reach a CSO (enable_autocb). */
  callbacks: { by: 'customer' | 'agent' | 'server'; contact?: string; reason?: string; time: string }[];
  /** The stream position Start answered (a retried Start answers it again). */
  startSeq: number;
  /** The latest client message ids of accepted app messages (deduplication, bounded). */
  appMessageIds: string[];
  createdAt: number;
  queuedAt: number;
  endedAt?: number;
  /** Files uploaded into the chat (uploadFiles), oldest first. */
  files?: StoredFile[];
  /**
   * The audio/video call in progress: the page that started it (its Close ends the call), the CSO
   * who answered it, and - until one does - what the page signalled meanwhile, for that CSO (kept
   * with the chat, so that whichever process the answer reaches, and after a restart, has it).
   */
  avCall?: {
    callId: string;
    page: string;
    audio: boolean;
    video: boolean;
    agentId?: string;
    waiting?: { event: 'AvSignal' | 'AvMediaStateChanged'; data: Record<string, unknown> }[];
  };
  /** The co-browse session in progress: the page that started it (its Close ends it) and StartCobr's configuration. */
  cobrowse?: {
    cobrowseId: string;
    page: string;
    domControlList: { textboxId?: string[]; radioButtonId?: string[]; checkboxId?: string[]; dropdownId?: string[] };
    isMousePointerCapture: boolean;
    isAnnotationEnabled: boolean;
  };
};

/** A file of a chat: UploadedFile's fields, and the server-made name its bytes have under the data directory. */
export type StoredFile = {
  fileName: string;
  originalName: string;
  fileSize: number;
  fileType: string;
  by: 'c' | 'a';
  storedAs: string;
  time: string;
};

export type TranscriptEntry =
  | { type: 'msg'; by: 'c' | 'a'; msg: string; time: string; id?: string; clientMessageId?: string; agentId?: string }
  | { type: 'connect' | 'disconnect'; id: string; name: string; time: string };

/** A transcript entry as kept: with the seq of the event that announced it, so a retried send gets the first answer. */
export type TranscriptRecord = TranscriptEntry & { seq?: number };

/** What a chat's transcript holds, as the transcript cap (SessionLimits.transcriptCap) counts it. */
export type TranscriptSize = { entries: number; textBytes: number };

/** The bytes of message text an entry adds: its text as sent, in UTF-8 (the transcript keeps it URL-encoded). */
export function textBytesOf(entry: TranscriptEntry): number {
  if (entry.type !== 'msg') return 0;
  try {
    return Buffer.byteLength(decodeURIComponent(entry.msg));
  } catch {
    // Not URL-encoded after all (an entry written by hand): its own bytes.
    return Buffer.byteLength(entry.msg);
  }
}

export type AgentRecord = {
  agentId: string;
  name: string;
  /** SHA-256 of the live agent session's secret (the LIVECHAT_AGENT cookie's part after the id); none once logged out. */
  sessionHash?: string;
  /** When the session expires, or ended (AgentLogout); housekeeping forgets the agent a retention period after it. */
  sessionExpiresAt?: number;
  ready: boolean;
  /** Chats the agent takes part in. */
  chats: string[];
  loggedInAt: number;
};

/** An event as a stream carries it: seq, event name, time, and the rest of the payload. */
export type StoredEvent = { seq: number; event: string; time: string; [field: string]: unknown };

/** Whose events: a browser session's (every page of it) or an agent's. */
export type StreamKey = `browser:${string}` | `agent:${string}`;

export type EventWindow = {
  events: StoredEvent[];
  /** The newest seq of the log (0 when empty). */
  latestSeq: number;
  /** False when events after `after` were already dropped by retention: the reader needs a Resync. */
  complete: boolean;
};

export type Retention = { events: number; ms: number };

export interface Store {
  getBrowserSession(id: string): Promise<BrowserSessionRecord | undefined>;
  putBrowserSession(session: BrowserSessionRecord): Promise<void>;
  /** Forgets a browser session and its event log (housekeeping, once it holds no chat). */
  deleteBrowserSession(id: string): Promise<void>;
  /** Browser sessions created before `time` that hold no chat any more (housekeeping). */
  idleBrowserSessions(createdBefore: number): Promise<string[]>;

  getChat(sid: string): Promise<ChatRecord | undefined>;
  /**
   * Records a chat. `newFiles`: the stored names of the files this put adds, whose bytes
   * FileBytes.keep kept as pending (Redis: expiring by themselves); they become the chat's in the
   * same step as the record, both or neither - StoreUnavailable when a file's bytes are gone. A
   * store whose kept bytes are never pending (the local directory's) has nothing to do for them.
   */
  putChat(chat: ChatRecord, options?: { newFiles?: string[] }): Promise<void>;
  /** The browser session's chats, oldest first, ended ones included until forgotten. */
  chatsOf(browserSessionId: string): Promise<ChatRecord[]>;
  /** Chats waiting for a CSO, longest waiting first. */
  queuedChats(): Promise<ChatRecord[]>;
  deleteChat(sid: string): Promise<void>;
  /** Chats not ended, over every browser session (the deployment's capacity). */
  countActiveChats(): Promise<number>;
  /** The chats not ended (to re-arm their timers after a restart). */
  activeChats(): Promise<ChatRecord[]>;
  /** Chats that ended before `time` (housekeeping forgets them). */
  chatsEndedBefore(time: number): Promise<ChatRecord[]>;

  /**
   * Appends to the chat's transcript (kept apart from the chat record, which stays small). Once a
   * chat has ended, its transcript may live off the heap (the embedded store moves it to a file
   * as putChat records the end); every read below still answers it, after a restart too.
   */
  appendTranscript(sid: string, entry: TranscriptRecord): Promise<void>;
  transcript(sid: string): Promise<TranscriptRecord[]>;
  /** The entries and bytes of message text the transcript holds (the transcript cap), without reading it. */
  transcriptSize(sid: string): Promise<TranscriptSize>;
  /** The message the chat already accepted under this client message id, if any. */
  acceptedMessage(sid: string, clientMessageId: string): Promise<TranscriptRecord | undefined>;

  getAgent(agentId: string): Promise<AgentRecord | undefined>;
  putAgent(agent: AgentRecord): Promise<void>;
  agents(): Promise<AgentRecord[]>;
  /** Forgets an agent and its event log (housekeeping, once its session has ended and it holds no chat). */
  deleteAgent(agentId: string): Promise<void>;

  /**
   * Appends to a log, numbering the event (1, 2, 3, ... per key); resolves once it is durable, and
   * only then do readers and subscribers see it. With `transcript`, the entry the event announces
   * is kept with it, both or neither, under the event's seq.
   */
  appendEvent(key: StreamKey, event: Omit<StoredEvent, 'seq'>, transcript?: { sid: string; entry: TranscriptEntry }): Promise<StoredEvent>;
  /** The events after `after`, oldest first, at most `max`. */
  readEvents(key: StreamKey, after: number, max: number): Promise<EventWindow>;
  /** Calls `listener` with every event appended to the log from now on; returns the unsubscribe function. */
  subscribe(key: StreamKey, listener: (event: StoredEvent) => void): () => void;

  /** Whether the store answers and takes writes (for the status check). */
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}
