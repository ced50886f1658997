// The transcript cap (SessionLimits.transcriptCap): a chat's transcript holds at most so many
// entries and so many bytes of message text, so that no chat grows without bound. A message that
// would go beyond it is refused with TranscriptFull before anything of it is kept or sent; the
// chat stays open. CSOs' joins and leaves are never refused: beyond the cap they go unrecorded.
import type { ChatRecord } from '../store/store.ts';
import { ChatError } from './chat-error.ts';
import type { ChatContext } from './context.ts';

export type TranscriptCap = { entries: number; textBytes: number };

/** The cap in force: the settings, or the test condition transcriptEntries. */
export function transcriptCapOf(ctx: Pick<ChatContext, 'config' | 'conditions'>): TranscriptCap {
  return {
    entries: ctx.conditions.current.transcriptEntries ?? ctx.config.LIVECHAT_MAX_TRANSCRIPT_ENTRIES,
    textBytes: ctx.config.LIVECHAT_MAX_TRANSCRIPT_TEXT_BYTES,
  };
}

/** Throws TranscriptFull when one more message of `text` would take the chat's transcript beyond the cap. */
export async function checkRoomForMessage(ctx: ChatContext, chat: Pick<ChatRecord, 'sid' | 'clientId'>, text: string): Promise<void> {
  if (ctx.faults.has('transcript-cap-not-kept')) return;
  const cap = transcriptCapOf(ctx);
  const size = await ctx.store.transcriptSize(chat.sid);
  const bytes = Buffer.byteLength(text);
  const extras = { sid: chat.sid, clientId: chat.clientId };
  if (size.entries + 1 > cap.entries)
    throw new ChatError('TranscriptFull', `the transcript holds ${size.entries} entries, as many as it may (${cap.entries})`, extras);
  if (size.textBytes + bytes > cap.textBytes)
    throw new ChatError(
      'TranscriptFull',
      `the transcript holds ${size.textBytes} of its ${cap.textBytes} bytes of message text; this message has ${bytes}`,
      extras,
    );
}

/** Whether one more entry (a join or a leave) fits. */
export async function roomForEntry(ctx: ChatContext, sid: string): Promise<boolean> {
  return (await ctx.store.transcriptSize(sid)).entries < transcriptCapOf(ctx).entries;
}
