// What every part of the chat core shares: the store, the settings, the emitter, the locks, the
// timers, the streams' presence and the log (the last four shared by every process on a Redis store). Built once by the server (app.ts) and by tests.
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Faults } from '../faults.ts';
import type { ChatRecord, Store } from '../store/store.ts';
import type { Deadlines } from './deadlines.ts';
import type { Emitter } from './emitter.ts';
import type { Locks } from './keyed-lock.ts';
import type { StreamPresence } from './stream-presence.ts';
import type { TestConditions } from './test-conditions.ts';

export type ChatContext = {
  store: Store;
  config: Config;
  emit: Emitter;
  locks: Locks;
  /** The session-end timers and queue timeouts (`close:<sid>`, `queue:<sid>`). */
  deadlines: Deadlines;
  /** Which browser sessions have a stream connected (the session-end timer runs while none has). */
  presence: StreamPresence;
  log: Logger;
  /** Fault switches of the conformance self-test; none in a deployment. */
  faults: Faults;
  /** What SetTestConditions put in force over the settings (none unless LIVECHAT_TEST_CONDITIONS). */
  conditions: TestConditions;
};

/** The lock every change of a chat takes: its browser session's, as Start and Open change several chats at once. */
export const chatLockKey = (chat: Pick<ChatRecord, 'browserSessionId'>) => `browser:${chat.browserSessionId}`;

/** The customer's name and topic from the (decrypted) details, as the agent side shows them. */
export function customerSummary(chat: ChatRecord): { customerName: string; topic: string } {
  const details = (chat.details.eCustDetails ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 256) : '');
  return { customerName: text(details.eCustName), topic: text(details.pTopic) };
}
