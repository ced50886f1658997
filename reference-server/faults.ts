// Fault switches, for the conformance suite's self-test only: each breaks one promise of the
// contract on purpose, so a test can show the suite catches it and names it. Off unless a test
// (or `LIVECHAT_TEST_FAULTS` for `npm run conformance`) turns one on; never in a deployment.
import { ChatError } from './chat/chat-error.ts';
import type { StoredEvent } from './store/store.ts';

export const faultNames = [
  /** OnEcho reaches only the page that sent the message, not the others of the browser session. */
  'echo-not-forked',
  /** NoSessionFound is answered as NotFound (Open's reason, and the problem of a chat-scoped call). */
  'wrong-error-code',
  /** A stream resumed with Last-Event-ID / after skips the first event it owes. */
  'drop-event-on-resume',
  /** Chat events go out without their sid (multilivechat's Sid). */
  'missing-sid',
  /** State-changing calls are taken without checking the access token. */
  'token-not-checked',
  /** A captcha text refused with CaptchaDoesNotMatch stays valid: the same text starts a chat without a new image. */
  'captcha-reusable',
  /** An upload is kept when its content is of any type the server recognises: neither allowedFileTypes nor the declared type is checked. */
  'upload-types-unchecked',
  /** The customer API answers every origin with `Access-Control-Allow-Origin: *` and credentials (CORS for anyone). */
  'cors-any-origin',
  /** The event stream, written raw, goes out without the CORS headers an allowed origin's page needs to read it. */
  'stream-cors-missing',
  /** Once the session-end timer runs, nothing stops it: an Open (or a stream that reconnects) does not cancel it. */
  'close-timer-not-cancelled',
  /** GetStatus answers ONLINE whatever the deployment's state (unavailable, store unreachable, draining). */
  'status-always-online',
  /** A stream resumed with Last-Event-ID / after repeats the last event the page had (the client drops it: only the raw stream shows it). */
  'repeat-event-on-resume',
  /** The stream's Heartbeat comes every 30 s, whatever heartbeatIntervalMs Start and Open announce (the client goes offline at 9 s). */
  'slow-heartbeat',
  /** No call is ever rate-limited, whatever messagesPerMinute Start and Open announce. */
  'no-rate-limits',
  /** Messages are taken whatever transcriptCap Start and Open announce (a transcript without bound). */
  'transcript-cap-not-kept',
] as const;

export type Fault = (typeof faultNames)[number];

export class Faults {
  private readonly on: ReadonlySet<Fault>;
  /** echo-not-forked: which page sent each message (bounded). */
  private readonly senders = new Map<string, string>();

  constructor(faults: Iterable<Fault> = []) {
    this.on = new Set(faults);
  }

  static parse(list: string | undefined): Faults {
    const names = (list ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const unknown = names.filter((name) => !(faultNames as readonly string[]).includes(name));
    if (unknown.length > 0) throw new Error(`unknown fault(s): ${unknown.join(', ')}; known: ${faultNames.join(', ')}`);
    return new Faults(names as Fault[]);
  }

  has(fault: Fault): boolean {
    return this.on.has(fault);
  }

  get any(): boolean {
    return this.on.size > 0;
  }

  recordSender(messageId: string, page: string): void {
    if (!this.has('echo-not-forked')) return;
    if (this.senders.size >= 10_000) this.senders.clear();
    this.senders.set(messageId, page);
  }

  /** Whether a stream of `page` withholds this event (echo-not-forked, drop-event-on-resume). */
  withholds(event: StoredEvent, page: string, firstOwedOnResume: boolean): boolean {
    if (this.has('drop-event-on-resume') && firstOwedOnResume) return true;
    if (!this.has('echo-not-forked') || event.event !== 'OnEcho') return false;
    const sender = this.senders.get(String((event.data as { messageId?: unknown } | undefined)?.messageId));
    return sender !== undefined && sender !== page;
  }

  /** Open's answer as the faulty server gives it (wrong-error-code). */
  opened<T extends { reason?: string }>(answer: T): T {
    return this.has('wrong-error-code') && answer.reason === 'NoSessionFound' ? { ...answer, reason: 'NotFound' } : answer;
  }

  /** The error as the faulty server answers it (wrong-error-code). */
  answer(error: unknown): unknown {
    if (this.has('wrong-error-code') && error instanceof ChatError && error.code === 'NoSessionFound')
      return new ChatError('NotFound', error.detail);
    return error;
  }
}
