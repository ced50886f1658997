// Files' bytes in Redis (the Redis store), so that a file uploaded through one node downloads
// through any other, and outlives the node. One hash per file, `<prefix>file:<storedAs>`: its size
// and its bytes in fields of about 1 MiB (`0`, `1`, ...), written from the temporary file one chunk a
// command and read back the same way, so a node never holds a whole file. Fields rather than one
// string grown by APPEND: Redis allocates each field exactly, where APPEND leaves up to 1 MiB of
// room behind (2.5x the bytes for a file of 1 MiB and a little more). The key expires by itself
// until the upload is recorded: keep ends by counting its fields (and giving it a whole expiry
// again), and the Redis store's putChat makes it permanent in the same script that writes the
// chat's record - a node that dies mid-write, or between keep and the record, leaves nothing behind
// for long. A file is at most maxFileBytes and a chat holds at most MAX_FILES_PER_CHAT; removed with the chat.
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Redis } from 'ioredis';
import { checkedStoredName, type FileBytes, type FileToKeep } from './file-bytes.ts';
import { guarded } from './redis-connection.ts';
import { StoreUnavailable } from './store.ts';

/** What one command carries, each way: just under 1 MiB, so that Redis's allocator gives a field its size (1 MiB to the byte takes 1.25 MiB). */
export const FILE_CHUNK_BYTES = 1024 * 1024 - 64;
/** How long a file may stay unrecorded (being written, or kept and not yet in its chat's record) before Redis drops it. */
const PENDING_TTL_MS = 15 * 60_000;

export type RedisFileBytesOptions = {
  /** How long kept bytes wait for their record before they expire (tests shorten it). */
  pendingTtlMs?: number;
};

export class RedisFileBytes implements FileBytes {
  private readonly pendingTtlMs: number;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    options: RedisFileBytesOptions = {},
  ) {
    this.pendingTtlMs = options.pendingTtlMs ?? PENDING_TTL_MS;
  }

  async keep(files: FileToKeep[]): Promise<void> {
    const started: string[] = [];
    try {
      for (const file of files) {
        started.push(file.storedAs);
        await this.write(file);
      }
    } catch (error) {
      // Best effort: during an outage the unfinished ones expire by themselves.
      await Promise.all(started.map((storedAs) => this.remove(storedAs).catch(() => undefined)));
      throw error;
    }
    await Promise.all(files.map((file) => rm(file.tmp, { force: true })));
  }

  async read(storedAs: string): Promise<Readable | undefined> {
    const key = this.keyOf(storedAs);
    const size = await guarded(() => this.redis.hget(key, 'size'));
    if (size === null) return undefined;
    const length = Number(size);
    const redis = this.redis;
    async function* chunks() {
      for (let offset = 0, field = 0; offset < length; offset += FILE_CHUNK_BYTES, field++) {
        const chunk = await guarded(() => redis.hgetBuffer(key, String(field)));
        // Removed (its chat forgotten) while it was read: the download breaks off rather than lie.
        if (chunk?.length !== Math.min(FILE_CHUNK_BYTES, length - offset)) throw new Error('the file was removed while it was read');
        yield chunk;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  async remove(storedAs: string): Promise<void> {
    await guarded(() => this.redis.del(this.keyOf(storedAs)));
  }

  private async write(file: FileToKeep): Promise<void> {
    const key = this.keyOf(file.storedAs);
    await guarded(() => this.redis.multi().del(key).hset(key, 'size', file.fileSize).pexpire(key, this.pendingTtlMs).exec());
    let fields = 0;
    for await (const chunk of createReadStream(file.tmp, { highWaterMark: FILE_CHUNK_BYTES })) {
      const field = String(fields++);
      await guarded(() => this.redis.hset(key, field, chunk as Buffer));
    }
    // Confirmed: every chunk is there under the size it was written with (a key that expired meanwhile would lack the size).
    // It still expires - a whole expiry from now - until putChat records it.
    const replies = await guarded(() => this.redis.multi().pexpire(key, this.pendingTtlMs).hlen(key).hget(key, 'size').exec());
    const [count, size] = [replies?.[1]?.[1], replies?.[2]?.[1]];
    if (count !== fields + 1 || size !== String(file.fileSize) || fields !== Math.ceil(file.fileSize / FILE_CHUNK_BYTES))
      throw new StoreUnavailable(
        `Redis did not keep the file whole (${String(count)} fields for ${fields} chunks; evicted or expired while written?)`,
      );
  }

  private keyOf(storedAs: string): string {
    return `${this.prefix}file:${checkedStoredName(storedAs)}`;
  }
}
