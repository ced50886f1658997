// Uploads and downloads on the mock. Prism cannot read a multipart body (stoplightio/prism#2654),
// so the front takes uploads itself, within the limits Start announced (the contract's example
// limits): at most 5 files a call, 10 MB each, of the allowed types, their content of the declared type. Files are kept in memory with
// their chat, at most 20 MB a chat, and served back with the headers a deployment sends.
import { ChatError } from '../reference-server/chat/chat-error.ts';
import { showableName, typeByContent, type UploadedFile, uniqueName } from '../reference-server/chat/files.ts';

export type ChatFiles = Map<string, UploadedFile & { bytes: Uint8Array }>;

const MAX_FILES = 5;
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_CHAT_BYTES = 20 * 1024 * 1024;
const ALLOWED_TYPES = new Set(['image/png', 'image/jpeg', 'application/pdf', 'text/plain']);

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
    const bytes = new Uint8Array(await part.arrayBuffer());
    // The content must be of the declared type: an image or PDF by its first bytes, text as UTF-8 without NUL.
    const shown = typeByContent(bytes.subarray(0, 16)) ?? (isText(bytes) ? 'text/plain' : undefined);
    if (shown !== fileType)
      throw new ChatError('UnsupportedFileType', `the file declares ${fileType} but its content is ${shown ?? 'of no known type'}`);
    // Named as the reference server names them: the name to show, and a unique stored name safe in a URL.
    const originalName = showableName(part.name);
    const fileName = uniqueName(originalName, fileType, new Set(files.keys()));
    const file: UploadedFile = { fileName, originalName, fileSize: part.size, fileType, by: 'c' };
    files.set(fileName, { ...file, bytes });
    held += part.size;
    stored.push(file);
  }
  return stored;
}

/** UTF-8 without NUL (what the mock takes as text/plain). */
function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
