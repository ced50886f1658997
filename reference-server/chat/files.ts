// Files in a chat (uploadFiles, prepareDownloadURL). Each file arrives as a stream and goes to a
// temporary file under the data directory, counted against maxFileBytes as it comes, its type
// recognised from its first bytes (text: UTF-8 without control characters, throughout) and
// refused as soon as it is known to be wrong. An upload is all or nothing: once every file of it
// is on disk (fdatasync), their bytes are kept under server-made names (store/file-bytes.ts: a
// local directory with the embedded store, Redis with the Redis store) and recorded in the chat
// before it is acknowledged; then OnUploadComplete to every page and FileUploaded to the chat's
// agents. No name from a request ever becomes a path or a key.
import { randomBytes } from 'node:crypto';
import { chmod, type FileHandle, mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FileBytes } from '../store/file-bytes.ts';
import type { BrowserSessionRecord, ChatRecord, Store, StoredFile } from '../store/store.ts';
import { ChatError } from './chat-error.ts';
import type { ChatContext } from './context.ts';
import type { CustomerChats } from './customer-chats.ts';

/** A file as UploadedFile (OnUploadComplete, FileUploaded, Session.files) shows it. */
export type UploadedFile = Pick<StoredFile, 'fileName' | 'originalName' | 'fileSize' | 'fileType' | 'by'>;

/** A file received into a temporary file, not yet part of the chat. */
export type ReceivedFile = { tmp: string; originalName: string; fileSize: number; fileType: string };

/** Most files a chat holds (Session.files lists at most 1000). */
export const MAX_FILES_PER_CHAT = 1000;

type FileKind = { type: string; extensions: string[]; magic?: (head: Buffer) => boolean };

const ascii = (head: Buffer, from: number, to: number) => head.toString('latin1', from, to);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The types the server recognises by content; a deployment's allowedFileTypes picks among them. Text has no magic: it is checked throughout. */
const KINDS: FileKind[] = [
  { type: 'image/png', extensions: ['png'], magic: (h) => h.subarray(0, 8).equals(PNG) },
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'], magic: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { type: 'image/gif', extensions: ['gif'], magic: (h) => ascii(h, 0, 6) === 'GIF87a' || ascii(h, 0, 6) === 'GIF89a' },
  { type: 'image/webp', extensions: ['webp'], magic: (h) => ascii(h, 0, 4) === 'RIFF' && ascii(h, 8, 12) === 'WEBP' },
  { type: 'application/pdf', extensions: ['pdf'], magic: (h) => ascii(h, 0, 5) === '%PDF-' },
  { type: 'text/plain', extensions: ['txt', 'text', 'log'] },
];
const TEXT = KINDS[KINDS.length - 1] as FileKind;
const HEAD_BYTES = 16;

/** What browsers declare for the same types. */
const ALIASES: Record<string, string> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg', 'application/x-pdf': 'application/pdf' };
/** Declared types that claim nothing. */
const UNCLAIMED = new Set(['', 'application/octet-stream']);

/** Control characters that have no place in a text file (tab, line feed, form feed and carriage return do). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;
/** Characters the name shown to people may not carry: controls and bidi overrides (UploadedFile.originalName), and bidi marks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const UNSHOWABLE = /[\x00-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const kindOf = (type: string) => KINDS.find((k) => k.type === type) ?? TEXT;

/** The type a file's first bytes show (PNG, JPEG, GIF, WebP, PDF), or undefined for any other content (text, or no type known). */
export const typeByContent = (head: Uint8Array): string | undefined => KINDS.find((k) => k.magic?.(Buffer.from(head)))?.type;
const tooLarge = (maxFileBytes: number) => new ChatError('PayloadTooLarge', `a file is larger than ${maxFileBytes} bytes`);
const unsupported = (detail: string) => new ChatError('UnsupportedFileType', detail);

export class ChatFiles {
  private readonly dir: string;
  private readonly incoming: string;
  private prepared: Promise<void> | undefined;

  constructor(
    private readonly ctx: ChatContext,
    private readonly chats: CustomerChats,
    private readonly bytes: FileBytes,
  ) {
    this.dir = join(ctx.config.LIVECHAT_DATA_DIR, 'files');
    this.incoming = join(this.dir, 'incoming');
  }

  /** The chat's checks for an upload (NoSessionFound, AlreadyEndedSession, UnOpenedSessionNotAllowed), before its body is read. */
  async admit(session: BrowserSessionRecord, page: string, sid: string): Promise<void> {
    await this.chats.onPageChat(session, page, sid, async (chat) => {
      if ((chat.files?.length ?? 0) >= MAX_FILES_PER_CHAT)
        throw new ChatError('PayloadTooLarge', `the chat holds ${MAX_FILES_PER_CHAT} files, as many as it may`);
    });
  }

  /**
   * Receives one file into a temporary file: refused (and removed) as soon as it is larger than
   * maxFileBytes, or its content is not of an allowed type or not of the type it declares.
   * `source` is the file's bytes; its read errors mean the request was malformed or cut short.
   */
  async receive(source: AsyncIterable<Buffer> & { truncated?: boolean }, name: string, declaredType: string): Promise<ReceivedFile> {
    const { maxFileBytes, allowedFileTypes } = this.chats.limits;
    const declared = declaredType.split(';')[0]?.trim().toLowerCase() ?? '';
    const claimed = UNCLAIMED.has(declared) ? undefined : (ALIASES[declared] ?? declared);
    await this.prepare();
    const tmp = join(this.incoming, `${randomBytes(16).toString('hex')}.part`);
    const file = await open(tmp, 'wx', 0o600);
    const chunks = source[Symbol.asyncIterator]();
    let finished = false;
    try {
      let size = 0;
      let head = Buffer.alloc(0);
      let kind: FileKind | undefined;
      const text = new TextCheck();
      const decide = () => {
        kind = KINDS.find((k) => k.magic?.(head)) ?? TEXT;
        if (this.ctx.faults.has('upload-types-unchecked') && kind !== TEXT) return;
        if (!allowedFileTypes.includes(kind.type))
          throw unsupported(
            kind === TEXT ? 'the file is of no type this chat accepts' : `${kind.type} is not among the allowed file types`,
          );
        if (claimed !== undefined && claimed !== kind.type)
          throw unsupported(`the file declares ${claimed} but its content is ${kind.type}`);
      };
      for (;;) {
        const step = await chunks.next().catch((error: unknown) => {
          if (error instanceof ChatError) throw error;
          throw new ChatError('InvalidRequest', `the file's part is malformed or was cut short (${(error as Error).message})`);
        });
        if (step.done) break;
        const chunk = step.value;
        size += chunk.length;
        if (size > maxFileBytes) throw tooLarge(maxFileBytes);
        if (kind === undefined) {
          head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES)]).subarray(0, HEAD_BYTES);
          if (head.length >= HEAD_BYTES) decide();
        }
        if (kind === undefined || kind === TEXT) text.feed(chunk);
        if (kind === TEXT && !text.ok) throw unsupported('the file is neither UTF-8 text nor of a type recognised by its content');
        await writeAll(file, chunk);
      }
      finished = true;
      if (source.truncated) throw tooLarge(maxFileBytes);
      if (kind === undefined) decide();
      if (kind === TEXT && !text.end()) throw unsupported('the file is neither UTF-8 text nor of a type recognised by its content');
      await file.datasync();
      await file.close();
      return { tmp, originalName: showableName(name), fileSize: size, fileType: (kind as FileKind).type };
    } catch (error) {
      if (!finished) await chunks.return?.().catch(() => undefined);
      await file.close().catch(() => undefined);
      await rm(tmp, { force: true });
      throw error;
    }
  }

  /** Removes received files that will not be kept. */
  async discard(received: ReceivedFile[]): Promise<void> {
    await Promise.all(received.map((r) => rm(r.tmp, { force: true })));
  }

  /**
   * Keeps the received files in the chat, all of them or none: their bytes kept under server-made
   * names, then recorded (durable once the store has it), then announced. The bytes are kept
   * before the chat's lock is taken (into Redis that is a copy, which other calls of the browser
   * session need not wait for); the chat's checks then run again - it may have ended while the
   * files were arriving - and bytes not recorded are removed.
   */
  async commit(session: BrowserSessionRecord, page: string, sid: string, received: ReceivedFile[]): Promise<UploadedFile[]> {
    const kept = received.map((r) => ({ tmp: r.tmp, storedAs: randomBytes(16).toString('hex'), fileSize: r.fileSize }));
    await this.bytes.keep(kept);
    let recorded = false;
    try {
      return await this.chats.onPageChat(session, page, sid, async (chat) => {
        const files = chat.files ?? [];
        if (files.length + received.length > MAX_FILES_PER_CHAT)
          throw new ChatError('PayloadTooLarge', `the chat may hold at most ${MAX_FILES_PER_CHAT} files`);
        const taken = new Set(files.map((f) => f.fileName));
        const time = new Date().toISOString();
        const stored = received.map((r, i): StoredFile => {
          const fileName = uniqueName(r.originalName, r.fileType, taken);
          taken.add(fileName);
          const { storedAs } = kept[i] as { storedAs: string };
          return { fileName, originalName: r.originalName, fileSize: r.fileSize, fileType: r.fileType, by: 'c', storedAs, time };
        });
        chat.files = [...files, ...stored];
        // The bytes become the chat's with the record, in one step (until then they expire by themselves).
        await this.ctx.store.putChat(chat, { newFiles: stored.map((f) => f.storedAs) });
        recorded = true;
        this.ctx.log.info({ sid, files: stored.map((f) => [f.fileName, f.fileSize, f.fileType]) }, 'files uploaded');
        await this.announce(chat, stored);
        return stored.map(uploadedFile);
      });
    } catch (error) {
      // Not recorded, so not kept (best effort: the store may be what failed).
      if (!recorded) await Promise.all(kept.map((k) => this.bytes.remove(k.storedAs).catch(() => undefined)));
      throw error;
    }
  }

  /** A file of a chat of this browser session, opened for reading (NoSessionFound, FileNotFound). */
  async open(session: BrowserSessionRecord, sid: string, fileName: string): Promise<{ file: StoredFile; stream: Readable }> {
    const chat = await this.ctx.store.getChat(sid);
    if (chat === undefined || chat.browserSessionId !== session.id)
      throw new ChatError('NoSessionFound', 'this browser session has no such chat');
    const file = chat.files?.find((f) => f.fileName === fileName);
    if (file === undefined) throw new ChatError('FileNotFound', 'the chat has no file of this name');
    const stream = await this.bytes.read(file.storedAs);
    if (stream === undefined) throw new ChatError('FileNotFound', 'the file is no longer kept');
    return { file, stream };
  }

  /** Removes the bytes of a chat's files, as housekeeping forgets the chat. */
  async forget(sid: string): Promise<void> {
    const chat = await this.ctx.store.getChat(sid);
    for (const file of chat?.files ?? []) await this.bytes.remove(file.storedAs);
  }

  private async announce(chat: ChatRecord, stored: StoredFile[]): Promise<void> {
    for (const file of stored) {
      const shown = uploadedFile(file);
      await this.ctx.emit.toCustomer(chat, 'OnUploadComplete', { response: shown });
      for (const agent of chat.agents) await this.ctx.emit.toAgent(agent.id, chat, 'FileUploaded', { file: shown });
    }
  }

  /** The directories, once; temporary files a crash left behind are removed. */
  private prepare(): Promise<void> {
    this.prepared ??= (async () => {
      await rm(this.incoming, { recursive: true, force: true });
      await mkdir(this.incoming, { recursive: true, mode: 0o700 });
      // Customers' files (kept, or arriving): only the server's user reads them, also in a directory made wider before.
      await chmod(this.dir, 0o700);
    })().catch((error: unknown) => {
      this.prepared = undefined;
      throw error;
    });
    return this.prepared;
  }
}

/** The stored names of every file a chat in the store holds, ended chats' too. */
export async function storedFileNames(store: Store): Promise<Set<string>> {
  const chats = [...(await store.activeChats()), ...(await store.chatsEndedBefore(Number.POSITIVE_INFINITY))];
  return new Set(chats.flatMap((chat) => (chat.files ?? []).map((file) => file.storedAs)));
}

/** UploadedFile's fields of a stored file. */
export function uploadedFile(file: StoredFile): UploadedFile {
  return { fileName: file.fileName, originalName: file.originalName, fileSize: file.fileSize, fileType: file.fileType, by: file.by };
}

/** The name a download is saved under: the original name, with the extension of its type when it has another (statement.html -> statement.html.txt). */
export function downloadName(file: StoredFile): string {
  const kind = kindOf(file.fileType);
  const extension = /\.([^.]+)$/.exec(file.originalName)?.[1]?.toLowerCase();
  return extension !== undefined && kind.extensions.includes(extension) ? file.originalName : `${file.originalName}.${kind.extensions[0]}`;
}

/** The name the browser gave, for display only: its last path segment, without control or bidi characters, at most 255 characters. */
export function showableName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const shown = Array.from(last.normalize('NFC').replace(UNSHOWABLE, '').trim()).slice(0, 255).join('');
  return shown === '' || shown === '.' || shown === '..' ? 'file' : shown;
}

/** The stored name: `f_<random>_<ASCII stem>.<the type's extension>` - safe in a URL path segment, unique in the chat. */
export function uniqueName(originalName: string, fileType: string, taken: Set<string>): string {
  const kind = kindOf(fileType);
  const extension = /\.([^.]+)$/.exec(originalName)?.[1]?.toLowerCase();
  const stem = extension !== undefined && kind.extensions.includes(extension) ? originalName.slice(0, -extension.length - 1) : originalName;
  const safe =
    stem
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9_-]+/g, '_')
      .replace(/^[_-]+|[_-]+$/g, '')
      .slice(0, 100) || 'file';
  for (;;) {
    const name = `f_${randomBytes(6).toString('base64url')}_${safe}.${kind.extensions[0]}`;
    if (!taken.has(name)) return name;
  }
}

/** Whether a stream of bytes is UTF-8 text without control characters, chunk by chunk. */
class TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  ok = true;

  feed(chunk: Buffer): void {
    if (!this.ok) return;
    try {
      this.ok = !CONTROL.test(this.decoder.decode(chunk, { stream: true }));
    } catch {
      this.ok = false;
    }
  }

  end(): boolean {
    if (!this.ok) return false;
    try {
      this.decoder.decode();
      return true;
    } catch {
      return false;
    }
  }
}

async function writeAll(file: FileHandle, chunk: Buffer): Promise<void> {
  for (let offset = 0; offset < chunk.length; ) offset += (await file.write(chunk, offset, chunk.length - offset)).bytesWritten;
}
