// Puts events on the logs the streams read: a browser session's (every page of it) and an
// agent's. Each event gets its seq from the store and its time here; `check`, given in tests,
// validates every event against the contract as it is emitted.
import type { Faults } from '../faults.ts';
import type { ChatRecord, Store, StoredEvent, TranscriptEntry } from '../store/store.ts';

/** A transcript entry an event announces: kept with the event, both or neither, with its time and seq. */
export type Announced = Omit<Extract<TranscriptEntry, { type: 'msg' }>, 'time'>;

export type EventCheck = (side: 'customer' | 'agent', event: StoredEvent) => void;

export class Emitter {
  constructor(
    private readonly store: Store,
    private readonly check?: EventCheck,
    private readonly faults?: Faults,
  ) {}

  /** A chat's event, to every page of its browser session; with `message`, the transcript entry it announces. */
  toCustomer(
    chat: Pick<ChatRecord, 'sid' | 'clientId' | 'browserSessionId'>,
    event: string,
    data: Record<string, unknown>,
    message?: Announced,
  ) {
    const sid = this.faults?.has('missing-sid') ? {} : { sid: chat.sid };
    return this.append('customer', `browser:${chat.browserSessionId}`, { event, ...sid, clientId: chat.clientId, data }, message, chat.sid);
  }

  /** A browser session's event that belongs to no one chat (ChatStarted carries its own sid). */
  toBrowserSession(browserSessionId: string, event: string, fields: Record<string, unknown>) {
    return this.append('customer', `browser:${browserSessionId}`, { event, ...fields });
  }

  /** A chat's event, to one agent's stream. */
  toAgent(agentId: string, chat: Pick<ChatRecord, 'sid' | 'clientId'>, event: string, data: Record<string, unknown>) {
    return this.append('agent', `agent:${agentId}`, { event, sid: chat.sid, clientId: chat.clientId, data });
  }

  private async append(
    side: 'customer' | 'agent',
    key: `browser:${string}` | `agent:${string}`,
    fields: Record<string, unknown>,
    message?: Announced,
    sid?: string,
  ) {
    const time = new Date().toISOString();
    const transcript = message && sid !== undefined ? { sid, entry: { ...message, time } } : undefined;
    const stored = await this.store.appendEvent(key, { ...fields, event: String(fields.event), time }, transcript);
    this.check?.(side, stored);
    return stored;
  }
}
