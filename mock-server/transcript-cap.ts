// The transcript cap on the mock: what Start announced (the contract's example limits,
// transcriptCap), kept as a deployment keeps it - a message beyond its entries or its bytes of
// text is refused with TranscriptFull and nothing of it is kept or sent; the scripted CSO's
// answers and joins beyond it go unsaid or unrecorded, as the reference server's.
import type { MockChat } from './browser-sessions.ts';

type Cap = { entries: number; textBytes: number };

/** The cap Start announced for the chat (the contract's example when none was, which cannot happen after Start). */
function capOf(chat: MockChat): Cap {
  const limits = chat.started?.limits as { transcriptCap?: Cap } | undefined;
  return limits?.transcriptCap ?? { entries: 2000, textBytes: 262_144 };
}

function textBytes(chat: MockChat): number {
  let bytes = 0;
  for (const entry of chat.trans)
    if (entry.type === 'msg') {
      const msg = String(entry.msg);
      try {
        bytes += Buffer.byteLength(decodeURIComponent(msg));
      } catch {
        bytes += Buffer.byteLength(msg);
      }
    }
  return bytes;
}

/** Why one more message of `text` does not fit (a problem's detail), or undefined when it does. */
export function overCap(chat: MockChat, text: string): string | undefined {
  const cap = capOf(chat);
  if (chat.trans.length + 1 > cap.entries) return `the transcript holds ${chat.trans.length} entries, as many as it may (${cap.entries})`;
  const held = textBytes(chat);
  const bytes = Buffer.byteLength(text);
  if (held + bytes > cap.textBytes)
    return `the transcript holds ${held} of its ${cap.textBytes} bytes of message text; this message has ${bytes}`;
  return undefined;
}

/** Whether one more join or leave fits. */
export const roomForEntry = (chat: MockChat): boolean => chat.trans.length < capOf(chat).entries;
