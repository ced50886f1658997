// From an event of the contract to the document's handlers: which handlers a page raises and with
// which arguments, read from the generated events table (x-livechat-signature, -multichat,
// -synonyms, -delivery), so that no event is handled by hand.
import { handlers } from '../../../generated/client/tables.ts';

export type EventName = keyof typeof handlers;

export type Variant = 'single' | 'multi';

/** An event as the page has it: from the stream, or raised by the library itself. */
export type ChatEvent = { name: EventName; payload: Record<string, unknown> };

export type HandlerCall = { handler: EventName; args: unknown[] };

type Row = {
  readonly single?: readonly string[];
  readonly multi?: readonly string[];
  readonly synonyms?: readonly EventName[];
  readonly internal?: boolean;
  readonly startingPage?: boolean;
};

const table = handlers as unknown as Record<EventName, Row>;

/** The value at a dotted path of a payload (data.msg, sid, data.sessions.0). */
function at(payload: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      payload,
    );
}

function argumentsOf(row: Row, payload: Record<string, unknown>, variant: Variant): unknown[] {
  const paths = (variant === 'multi' ? row.multi : undefined) ?? row.single ?? [];
  return paths.map((path) => at(payload, path));
}

/** The handlers the page raises for this event, with their arguments; none for internal events. */
export function handlerCalls(event: ChatEvent, variant: Variant): HandlerCall[] {
  const row = table[event.name];
  if (row === undefined || row.internal) return [];
  const calls: HandlerCall[] = [{ handler: event.name, args: argumentsOf(row, event.payload, variant) }];
  for (const synonym of row.synonyms ?? []) {
    const synonymRow = table[synonym];
    if (synonymRow !== undefined) calls.push({ handler: synonym, args: argumentsOf(synonymRow, event.payload, variant) });
  }
  return calls;
}

/** What the page knows about its part in the browser session's chats. */
export type Participation = { takesPart(sid: string): boolean; started(sid: string): boolean };

/**
 * Whether this page raises a stream event at all: an event of a chat only on pages that take
 * part in it, and OnCallQueued only on the page that started the chat (x-livechat-delivery).
 */
export function deliveredTo(event: ChatEvent, page: Participation): boolean {
  const sid = event.payload.sid;
  if (typeof sid !== 'string') return true;
  if (table[event.name]?.startingPage) return page.started(sid);
  return page.takesPart(sid);
}
