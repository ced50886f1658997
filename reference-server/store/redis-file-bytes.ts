// Files' bytes in Redis (the Redis store), so that a file uploaded through one node downloads
// through any other, and outlives the node. One hash per file, `<prefix>file:<storedAs>`: its size
// and its bytes in fields of about 1 MiB (`0`, `1`, ...), written from the temporary file one chunk a
// command and read back the same way, so a node never holds a whole file. Fields rather than one
// string grown by APPEND: Redis allocates each field exactly, where APPEND leaves up to 1 MiB of
// room behind (2.5x the bytes for a file of 1 MiB and a little more). While it is written the key
// expires by itself (a node that dies mid-write leaves nothing behind for long); keep ends by
// making it permanent and counting its fields in one MULTI - only then is the upload recorded. A
// file is at most maxFileBytes and a chat holds at most MAX_FILES_PER_CHAT; removed with the chat.
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Redis } from 'ioredis';
import { checkedStoredName, type FileBytes, type FileToKeep } from './file-bytes.ts';
import { guarded } from './redis-connection.ts';
import { StoreUnavailable } from './store.ts';

/** What one command carries, each way: just under 1 MiB, so that Redis's allocator gives a field its size (1 MiB to the byte takes 1.25 MiB). */
export const FILE_CHUNK_BYTES = 1024 * 1024 - 64;
/** How long a file being written may stay unfinished before Redis drops it. */
const WRITING_TTL_MS = 15 * 60_000;

export class RedisFileBytes implements FileBytes {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

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
    await guarded(() => this.redis.multi().del(key).hset(key, 'size', file.fileSize).pexpire(key, WRITING_TTL_MS).exec());
    let fields = 0;
    for await (const chunk of createReadStream(file.tmp, { highWaterMark: FILE_CHUNK_BYTES })) {
      const field = String(fields++);
      await guarded(() => this.redis.hset(key, field, chunk as Buffer));
    }
    // Confirmed: every chunk is there under the size it was written with (a key that expired meanwhile would lack the size), and it no longer expires.
    const replies = await guarded(() => this.redis.multi().persist(key).hlen(key).hget(key, 'size').exec());
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
