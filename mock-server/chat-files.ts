// Uploads and downloads on the mock. Prism cannot read a multipart body (stoplightio/prism#2654),
// so the front takes uploads itself, within the limits Start announced (the contract's example
// limits): at most 5 files a call, 10 MB each, of the allowed types. Files are kept in memory with
// their chat, at most 20 MB a chat, and served back with the headers a deployment sends.
import { randomBytes } from 'node:crypto';
import { ChatError } from '../reference-server/chat/chat-error.ts';

export type UploadedFile = { fileName: string; originalName: string; fileSize: number; fileType: string; by: 'c' };
export type ChatFiles = Map<string, UploadedFile & { bytes: Uint8Array }>;

const MAX_FILES = 5;
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_CHAT_BYTES = 20 * 1024 * 1024;
const ALLOWED_TYPES = new Set(['image/png', 'image/jpeg', 'application/pdf', 'text/plain']);

/** The name the browser gave, for display: without control or bidi-override characters, at most 255 characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const displayName = (name: string) => name.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').slice(0, 255) || 'file';

/** Reads the multipart body's `files` parts into the chat's files; answers what was stored, or the contract's refusal. */
export async function takeUpload(files: ChatFiles, contentType: string, body: Buffer): Promise<UploadedFile[]> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new ChatError('InvalidRequest', 'the body is not multipart/form-data', { errors: [{ pointer: '#', message: 'not multipart' }] });
  }
  const parts = form.getAll('files').filter((part): part is File => typeof part !== 'string');
  if (parts.length === 0)
    throw new ChatError('InvalidRequest', 'no part named files', { errors: [{ pointer: '#/files', message: 'required' }] });
  if (parts.length > MAX_FILES) throw new ChatError('PayloadTooLarge', `at most ${MAX_FILES} files a call`);
  let held = [...files.values()].reduce((sum, f) => sum + f.fileSize, 0);
  const stored: UploadedFile[] = [];
  for (const part of parts) {
    const fileType = part.type.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!ALLOWED_TYPES.has(fileType))
      throw new ChatError('UnsupportedFileType', `${fileType || 'no type'} is not among ${[...ALLOWED_TYPES].join(', ')}`);
    if (part.size > MAX_FILE_BYTES || held + part.size > MAX_CHAT_BYTES) throw new ChatError('PayloadTooLarge', 'a file over the limit');
    const originalName = displayName(part.name);
    const fileName = `f_${randomBytes(6).toString('hex')}_${originalName.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100)}`;
    const file = { fileName, originalName, fileSize: part.size, fileType, by: 'c' as const };
    files.set(fileName, { ...file, bytes: new Uint8Array(await part.arrayBuffer()) });
    held += part.size;
    stored.push(file);
  }
  return stored;
}
