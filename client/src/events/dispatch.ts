// From an event of the contract to the document's handlers: which handlers a page raises and with
// which arguments, read from the generated events table (x-livechat-signature, -multichat,
// -synonyms, -delivery), so that no event is handled by hand.
import { handlers, type InternalEvent, startingPage, synonyms } from '../../../generated/client/tables.ts';

/** A handler of the document (OnEcho, ...). */
export type HandlerName = keyof typeof handlers;

/** An event the page raises a handler for, or one of the stream's internal events. */
export type EventName = HandlerName | InternalEvent;

export type Variant = 'single' | 'multi';

/** An event as the page has it: from the stream, or raised by the library itself. */
export type ChatEvent = { name: EventName; payload: Record<string, unknown> };

export type HandlerCall = { handler: EventName; args: unknown[] };

const rows: Partial<Record<EventName, readonly string[]>> = handlers;
const synonymsOf: Partial<Record<EventName, readonly HandlerName[]>> = synonyms;

/** The value at a dotted path of a payload (data.msg, sid, data.sessions.0). */
function at(payload: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      payload,
    );
}

/** The handler's arguments: livechat's paths, or multilivechat's ('+': appended to livechat's). */
function argumentsOf([single = '', multi = single]: readonly string[], payload: Record<string, unknown>, variant: Variant): unknown[] {
  const paths = variant === 'single' ? single : multi[0] === '+' ? `${single} ${multi.slice(1)}` : multi;
  return (paths.match(/\S+/g) ?? []).map((path) => at(payload, path));
}

/** The handlers the page raises for this event, with their arguments; none for internal events. */
export function handlerCalls(event: ChatEvent, variant: Variant): HandlerCall[] {
  const row = rows[event.name];
  if (row === undefined) return [];
  const calls: HandlerCall[] = [{ handler: event.name, args: argumentsOf(row, event.payload, variant) }];
  for (const synonym of synonymsOf[event.name] ?? [])
    calls.push({ handler: synonym, args: argumentsOf(handlers[synonym], event.payload, variant) });
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
  if ((startingPage as readonly string[]).includes(event.name)) return page.started(sid);
  return page.takesPart(sid);
}
