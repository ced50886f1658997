// The files' bytes behind FileBytes, the same checks for both implementations: the local directory
// (embedded store) and Redis (a real redis-server). Kept bytes read back the same (a file of
// several chunks, an empty one); the temporary files are taken over; keep is all or none; a
// removed file is gone. Then what only Redis has: its keys under the store's prefix, expiring until
// the chat's record names them (putChat makes them permanent in the same step), so bytes whose
// node died before the record are gone by themselves; recorded bytes survive kill -9 of
// redis-server (appendfsync always); an outage is StoreUnavailable; and what Redis costs per byte
// kept (MEMORY USAGE, printed). The local directory: files no record names are removed at start.
import { randomBytes } from 'node:crypto';
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, redisServerMissing, startRedisServer } from '../test/redis-server.ts';
import type { FileBytes } from './file-bytes.ts';
import { LocalFileBytes } from './local-file-bytes.ts';
import { connectRedis } from './redis-connection.ts';
import { FILE_CHUNK_BYTES, RedisFileBytes } from './redis-file-bytes.ts';
import { RedisStore } from './redis-store.ts';
import { chatRecord } from './store.contract.ts';
import { StoreUnavailable } from './store.ts';

const missing = redisServerMissing();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'livechat-file-bytes-'));
  await mkdir(join(dir, 'kept'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const storedName = () => randomBytes(16).toString('hex');
async function received(bytes: Uint8Array) {
  const tmp = join(dir, `${randomBytes(8).toString('hex')}.part`);
  await writeFile(tmp, bytes);
  return { tmp, storedAs: storedName(), fileSize: bytes.length };
}
async function readAll(stream: Readable | undefined): Promise<Buffer | undefined> {
  if (stream === undefined) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

function contract(name: string, make: () => FileBytes) {
  describe(name, () => {
    it('reads back what it kept, byte for byte (several chunks, and none), and takes over the temporary files', async () => {
      const bytes = make();
      const large = randomBytes(Math.floor(2.5 * FILE_CHUNK_BYTES));
      const files = [await received(large), await received(new Uint8Array(0)), await received(Buffer.from('Card ending 4321\n'))];
      await bytes.keep(files);
      expect((await readAll(await bytes.read(files[0]?.storedAs ?? '')))?.equals(large)).toBe(true);
      expect((await readAll(await bytes.read(files[1]?.storedAs ?? '')))?.length).toBe(0);
      expect((await readAll(await bytes.read(files[2]?.storedAs ?? '')))?.toString()).toBe('Card ending 4321\n');
      for (const file of files) expect(await exists(file.tmp)).toBe(false);
    });

    it('keeps all or none: a file that cannot be read fails the whole keep, and the others are not kept', async () => {
      const bytes = make();
      const good = await received(Buffer.from('first'));
      const gone = { tmp: join(dir, 'no-such.part'), storedAs: storedName(), fileSize: 5 };
      await expect(bytes.keep([good, gone])).rejects.toThrow();
      expect(await bytes.read(good.storedAs)).toBeUndefined();
      expect(await bytes.read(gone.storedAs)).toBeUndefined();
    });

    it('removes a file (twice is fine) and knows none it never kept; a name not made by the server is refused', async () => {
      const bytes = make();
      const file = await received(Buffer.from('to be forgotten'));
      await bytes.keep([file]);
      await bytes.remove(file.storedAs);
      await bytes.remove(file.storedAs);
      expect(await bytes.read(file.storedAs)).toBeUndefined();
      expect(await bytes.read(storedName())).toBeUndefined();
      await expect(bytes.read('../journal.jsonl')).rejects.toThrow(/not a stored file name/);
    });
  });
}

contract('LocalFileBytes', () => new LocalFileBytes(join(dir, 'kept')));

describe.skipIf(missing !== undefined)('RedisFileBytes on a real redis-server', () => {
  let redis: RedisServer;
  let connection: Redis;
  const prefix = `fb-${randomBytes(3).toString('hex')}:`;
  beforeAll(async () => {
    redis = await startRedisServer({ appendfsync: 'always' });
    connection = await connectRedis({ url: redis.url }, 'file-bytes-test');
  });
  afterAll(async () => {
    connection?.disconnect();
    await redis?.remove();
  });

  contract('the FileBytes contract', () => new RedisFileBytes(connection, prefix));

  it('bytes kept but never recorded (the node died between keep and its record) expire by themselves; recorded ones do not', async () => {
    const filePrefix = `${prefix}orphans:`;
    const store = await RedisStore.open({ url: redis.url, prefix: filePrefix, retention: { events: 100, ms: 60_000 } });
    try {
      const bytes = new RedisFileBytes(connection, filePrefix, { pendingTtlMs: 1000 });
      const [orphan, recorded, late] = [
        await received(randomBytes(100)),
        await received(randomBytes(100)),
        await received(randomBytes(100)),
      ];
      await bytes.keep([orphan, recorded, late]);
      const keyOf = (file: { storedAs: string }) => `${filePrefix}file:${file.storedAs}`;
      // The orphan's node "dies" here: no record, no removal. The other is recorded as uploadFiles records it.
      await store.putChat(chatRecord('c_files', 'bs_files'), { newFiles: [recorded.storedAs] });
      expect(await connection.pttl(keyOf(recorded))).toBe(-1);
      expect(await connection.pttl(keyOf(orphan))).toBeGreaterThan(0);
      while ((await connection.exists(keyOf(orphan), keyOf(late))) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await bytes.read(orphan.storedAs)).toBeUndefined();
      expect((await readAll(await bytes.read(recorded.storedAs)))?.length).toBe(100);
      // A record of bytes that expired meanwhile is refused whole: nothing names bytes that are not there.
      await expect(store.putChat(chatRecord('c_late', 'bs_files'), { newFiles: [late.storedAs] })).rejects.toBeInstanceOf(StoreUnavailable);
      expect(await store.getChat('c_late')).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('keeps each file under the prefix as one key that does not expire once recorded, and the bytes survive kill -9 of redis-server', async () => {
    const bytes = new RedisFileBytes(connection, `${prefix}durable:`);
    const content = randomBytes(FILE_CHUNK_BYTES + 17);
    const file = await received(content);
    await bytes.keep([file]);
    const used = Number(await connection.call('MEMORY', 'USAGE', `${prefix}durable:file:${file.storedAs}`));
    console.info(`Redis memory for a kept file of ${content.length} bytes: ${used} bytes (${(used / content.length).toFixed(3)}x)`);
    expect(await connection.keys(`${prefix}durable:file:*`)).toEqual([`${prefix}durable:file:${file.storedAs}`]);
    const store = await RedisStore.open({ url: redis.url, prefix: `${prefix}durable:`, retention: { events: 100, ms: 60_000 } });
    await store.putChat(chatRecord('c_durable', 'bs_durable'), { newFiles: [file.storedAs] }).finally(() => store.close());
    expect(await connection.pttl(`${prefix}durable:file:${file.storedAs}`)).toBe(-1);

    await redis.kill();
    await redis.restart();
    const again = await connectRedis({ url: redis.url }, 'file-bytes-test-after');
    try {
      const read = await readAll(await new RedisFileBytes(again, `${prefix}durable:`).read(file.storedAs));
      expect(read?.equals(content)).toBe(true);
    } finally {
      again.disconnect();
    }
  });

  it('answers StoreUnavailable while Redis is away, and keeps nothing', async () => {
    await redis.stop();
    try {
      const bytes = new RedisFileBytes(connection, prefix);
      const file = await received(Buffer.from('during the outage'));
      await expect(bytes.keep([file])).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(bytes.read(file.storedAs)).rejects.toBeInstanceOf(StoreUnavailable);
      expect(await exists(file.tmp)).toBe(true); // the caller's to discard
    } finally {
      await redis.restart();
    }
  });
});
