// uploadFiles and prepareDownloadURL's download: a thin adapter over chat/files.ts. The upload is
// multipart/form-data (@fastify/multipart, registered for these routes only), read part by part as
// it streams: never more than the session's limits, and a body that declares or grows past
// maxFileBytes x maxFilesPerUpload + 64 KiB is refused. A refused upload's remaining body is read
// and discarded (up to that bound) before the answer, so that the browser sees the problem rather
// than a reset connection; past the bound the connection is closed after the answer.
import type { IncomingMessage } from 'node:http';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { operations } from '../../generated/http/operations.ts';
import { ChatError } from '../chat/chat-error.ts';
import type { CustomerChats } from '../chat/customer-chats.ts';
import { type ChatFiles, downloadName, type ReceivedFile } from '../chat/files.ts';
import { type Handler, registerOperation, type Violations } from './contract.ts';
import { callerOf, type OperationId, SESSION_COOKIE } from './customer-routes.ts';

export type FileDeps = { chats: CustomerChats; files: ChatFiles; violations?: Violations };

/** Room for the parts' headers and boundaries beside the files themselves. */
const ENVELOPE_BYTES = 64 * 1024;
/** Longest a refused upload's remaining body is read before the answer; past it the answer goes, and the connection closes soon after. */
const DRAIN_MS = 10_000;
const LINGER_MS = 2000;
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export async function registerFileRoutes(app: FastifyInstance, deps: FileDeps): Promise<OperationId[]> {
  const { chats, files } = deps;

  const uploadFiles: Handler = async (request, reply) => {
    const limits = chats.limits;
    const meter = new BodyMeter(request.raw, limits.maxFileBytes * limits.maxFilesPerUpload + ENVELOPE_BYTES);
    const received: ReceivedFile[] = [];
    try {
      if (!request.isMultipart())
        throw new ChatError('InvalidRequest', 'uploadFiles takes multipart/form-data, one part named files per file', {
          errors: [{ pointer: 'header:Content-Type', message: 'must be multipart/form-data' }],
        });
      const declared = Number(request.headers['content-length']);
      if (declared > meter.cap) {
        meter.over = true;
        throw new ChatError('PayloadTooLarge', `the body declares ${declared} bytes; the most is ${meter.cap}`);
      }
      const [session, page] = await callerOf(chats, request);
      const sid = (request.params as { sid: string }).sid;
      await files.admit(session, page, sid);
      await receiveParts(request, files, limits, meter, received);
      if (!(await meter.drain())) throw meter.refusal();
      const stored = await files.commit(session, page, sid, received);
      return reply.code(201).send({ files: stored });
    } catch (error) {
      await files.discard(received);
      if (!(await meter.drain())) meter.lingerThenClose(reply);
      throw error;
    }
  };

  const downloadFile: Handler = async (request, reply) => {
    const { sid, fileName } = request.params as { sid: string; fileName: string };
    if (!FILE_NAME.test(fileName))
      throw new ChatError('InvalidRequest', 'fileName must be a stored name from OnUploadComplete', {
        errors: [{ pointer: 'path:fileName', message: `must match ${FILE_NAME.source}` }],
      });
    const session = await chats.authenticate(request.cookies[SESSION_COOKIE], undefined, false);
    const { file, stream } = await files.open(session, sid, fileName);
    return reply
      .type(file.fileType === 'text/plain' ? 'text/plain; charset=utf-8' : file.fileType)
      .header('content-length', file.fileSize)
      .header('content-disposition', contentDisposition(downloadName(file)))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(stream);
  };

  // In a scope of their own: no other route parses multipart bodies.
  await app.register(async (scope) => {
    await scope.register(multipart);
    registerOperation(scope, 'customer', 'uploadFiles', operations.uploadFiles, uploadFiles, deps.violations);
    registerOperation(scope, 'customer', 'downloadFile', operations.downloadFile, downloadFile, deps.violations);
  });
  return ['uploadFiles', 'downloadFile'];
}

type Limits = CustomerChats['limits'];

/** Reads the parts into received files, one at a time; the first part that breaks a rule refuses the whole upload. */
async function receiveParts(request: FastifyRequest, files: ChatFiles, limits: Limits, meter: BodyMeter, received: ReceivedFile[]) {
  const parts = request
    .parts({
      limits: {
        fileSize: limits.maxFileBytes,
        files: limits.maxFilesPerUpload,
        fields: 0,
        parts: limits.maxFilesPerUpload + 1,
        headerPairs: 16,
        fieldNameSize: 64,
      },
    })
    [Symbol.asyncIterator]();
  const next = () => {
    const step = parts.next().catch((error: unknown) => Promise.reject(parserRefusal(error)));
    step.catch(() => undefined); // a step left behind by a refusal may still fail; nobody waits for it then
    return step;
  };
  // The first step starts the parser (the request is piped into it); only then may the meter listen.
  let step = next();
  let current: { destroy(error: Error): void } | undefined;
  const cutOff = new Promise<never>((_, reject) => {
    meter.onOver = () => {
      current?.destroy(meter.refusal());
      reject(meter.refusal());
    };
  });
  cutOff.catch(() => undefined);
  meter.listen();
  for (;;) {
    const { value: part, done } = await Promise.race([step, cutOff]);
    if (done) break;
    if (part.type !== 'file' || part.fieldname !== 'files')
      throw new ChatError('InvalidRequest', 'every part must be a file named files', {
        errors: [{ pointer: '#/files', message: `unexpected part ${JSON.stringify(part.fieldname.slice(0, 64))}` }],
      });
    current = part.file;
    received.push(await files.receive(part.file, part.filename ?? '', part.mimetype ?? ''));
    current = undefined;
    if (meter.over) throw meter.refusal();
    step = next();
  }
  if (received.length === 0)
    throw new ChatError('InvalidRequest', 'the upload holds no file', {
      errors: [{ pointer: '#/files', message: 'must NOT have fewer than 1 items' }],
    });
}

/** The multipart parser's refusals in the contract's words: every one of them is about the request's body. */
function parserRefusal(error: unknown): ChatError {
  if (error instanceof ChatError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_REQ_FILE_TOO_LARGE')
    return new ChatError('PayloadTooLarge', 'more files, or larger ones, than the session allows in one upload');
  return new ChatError('InvalidRequest', `the multipart body is malformed (${(error as Error).message})`, {
    errors: [{ pointer: '#/files', message: 'every part must be a file named files' }],
  });
}

/** Counts a request body's bytes against a bound, and reads what is left of it when the upload is refused. */
class BodyMeter {
  bytes = 0;
  over = false;
  onOver: () => void = () => undefined;
  private listening = false;
  private drained: Promise<boolean> | undefined;

  constructor(
    private readonly raw: IncomingMessage,
    readonly cap: number,
  ) {}

  refusal(): ChatError {
    return new ChatError('PayloadTooLarge', `the body is larger than ${this.cap} bytes`);
  }

  listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.raw.on('data', (chunk: Buffer) => {
      this.bytes += chunk.length;
      if (this.bytes > this.cap && !this.over) {
        this.over = true;
        this.onOver();
      }
    });
  }

  /** Reads and discards the rest of the body (once): true when it ended within the bound and in time. */
  drain(): Promise<boolean> {
    this.drained ??= new Promise<boolean>((resolve) => {
      if (this.over) return resolve(false);
      if (this.raw.readableEnded) return resolve(true);
      const done = (ended: boolean) => {
        clearTimeout(timer);
        this.onOver = () => undefined;
        this.raw.off('end', onEnd).off('close', onClose);
        resolve(ended);
      };
      const onEnd = () => done(!this.over);
      const onClose = () => done(false);
      const timer = setTimeout(() => done(false), DRAIN_MS);
      this.onOver = () => done(false);
      this.raw.on('end', onEnd).on('close', onClose);
      this.raw.unpipe();
      this.listen();
      this.raw.resume();
    });
    return this.drained;
  }

  /**
   * After the answer to a body that was not read to its end: go on discarding it for a moment, so
   * that the client, still sending, reads the answer before the connection closes (a close with
   * unread data would reset it and lose the answer), then close.
   */
  lingerThenClose(reply: FastifyReply): void {
    reply.raw.once('finish', () => {
      if (this.raw.readableEnded) return;
      const timer = setTimeout(() => this.raw.socket?.destroy(), LINGER_MS).unref();
      this.raw.once('end', () => clearTimeout(timer));
      this.raw.unpipe();
      this.raw.resume();
    });
  }
}

/** RFC 6266: an attachment, with an ASCII fallback and the UTF-8 name (RFC 8187). */
function contentDisposition(name: string): string {
  const fallback = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
