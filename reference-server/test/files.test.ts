// uploadFiles and the download of prepareDownloadURL on the reference server: files to every page
// (OnUploadComplete) and to the CSO (FileUploaded), in Open's Session, served only to the chat's
// browser session as safe attachments, kept across a restart; and every way an upload can be
// wrong - no file, too many, too large, the wrong type, a name that tries to leave the directory.
// With the Redis store the bytes are in Redis (none on the node's disk), and go with their chat.

import { chmod, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { connectRedis } from '../store/redis-connection.ts';
import { RedisStore } from '../store/redis-store.ts';
import { loginAgent } from './agent-client.ts';
import { customerPage } from './customer-http.ts';
import { startTestServer, type TestServer, until } from './harness.ts';
import { redisServerMissing, startRedisServer } from './redis-server.ts';

const PDF = '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
const GIF = 'GIF89a\x01\x00\x01\x00\x00\x00\x00;';
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, 0xb8, 0]);
const NOTES = 'Card ending 4321 declined twice.\n';
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

let dir: string;
let server: TestServer;
const closers: (() => void)[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'livechat-files-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await server?.close();
  expect(server.violations).toEqual([]);
});

function details() {
  const d = new SessionDetails();
  d.eCustDetails = { eCustName: 'Tan Mei Ling', pTopic: 'credit-card' };
  return d;
}

/** A customer in a chat a CSO accepted; its first page and a way to make more. */
async function chatWithAgent(browser = new SimulatedBrowser({ baseUrl: server.baseUrl })) {
  const alice = await loginAgent(server.baseUrl, 'agent-7', 'Alice');
  closers.push(alice.close);
  await alice.call('/ready', { ready: true });
  const first = await customerPage(browser, server.baseUrl);
  closers.push(() => first.client.dispose());
  const { sid } = await first.client.start(details());
  await until(() => alice.events.some((e) => e.event === 'ChatQueued'));
  await alice.call(`/chats/${sid}/accept`);
  const another = async () => {
    const page = await customerPage(browser, server.baseUrl);
    closers.push(() => page.client.dispose());
    return page;
  };
  return { browser, alice, first, sid, another };
}

/** What the data directory holds, but the journal: the stored files' names, and those still arriving. */
async function filesOnDisk(dataDir: string) {
  const stored = await readdir(join(dataDir, 'files')).catch(() => []);
  const incoming = await readdir(join(dataDir, 'files', 'incoming')).catch(() => []);
  return { stored: stored.filter((name) => name !== 'incoming'), incoming };
}

describe('files in a chat', () => {
  it('stores an upload, announces it to every page and the CSO, lists it in Open, and serves it only to the chat', async () => {
    const dataDir = await mkdtemp(join(dir, 'upload-'));
    server = await startTestServer({ LIVECHAT_DATA_DIR: dataDir });
    const { alice, first, sid, another } = await chatWithAgent();
    const second = await another();
    await second.client.open();
    const announced: Record<string, unknown>[] = [];
    const announced2: Record<string, unknown>[] = [];
    first.page.OnUploadComplete = (response) => announced.push(response as unknown as Record<string, unknown>);
    second.page.OnUploadComplete = (response) => announced2.push(response as unknown as Record<string, unknown>);

    const answer = await first.upload(sid, [
      { name: 'statement.pdf', type: 'application/pdf', bytes: PDF },
      { name: 'notes – März.txt', type: 'text/plain', bytes: NOTES },
    ]);
    expect(answer.status).toBe(201);
    const files = (answer.body as { files: { fileName: string }[] }).files;
    expect(files).toMatchObject([
      { originalName: 'statement.pdf', fileSize: PDF.length, fileType: 'application/pdf', by: 'c' },
      { originalName: 'notes – März.txt', fileSize: NOTES.length, fileType: 'text/plain', by: 'c' },
    ]);
    for (const { fileName } of files) expect(fileName).toMatch(FILE_NAME);
    expect(files[0]?.fileName).toMatch(/^f_[A-Za-z0-9_-]{8}_statement\.pdf$/);
    expect(files[1]?.fileName).toMatch(/^f_[A-Za-z0-9_-]{8}_notes_Marz\.txt$/);

    await until(() => announced.length === 2 && announced2.length === 2);
    expect(announced).toEqual(files);
    expect(announced2).toEqual(files);
    await until(() => alice.events.filter((e) => e.event === 'FileUploaded').length === 2);
    expect(alice.events.filter((e) => e.event === 'FileUploaded').map((e) => e.data?.file)).toEqual(files);

    const third = await another();
    const [session] = await third.client.open();
    expect(session?.files).toEqual(files);

    const pdf = await first.download(sid, files[0]?.fileName ?? '');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="statement.pdf"; filename*=UTF-8''statement.pdf`);
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
    expect(pdf.headers.get('cache-control')).toBe('private, no-store');
    expect(await pdf.text()).toBe(PDF);
    const text = await first.download(sid, files[1]?.fileName ?? '');
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text.headers.get('content-disposition')).toBe(
      `attachment; filename="notes _ Marz.txt"; filename*=UTF-8''notes%20%E2%80%93%20M%C3%A4rz.txt`,
    );

    // Another browser, no cookie, a name the chat does not have, a name that tries to leave the directory.
    const stranger = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
    expect(await (await stranger.download(sid, files[0]?.fileName ?? '')).json()).toMatchObject({ code: 'NoSessionFound' });
    const noCookie = await fetch(`${server.baseUrl}/tetherfi/livechat/chats/${sid}/files/${files[0]?.fileName}`);
    expect(await noCookie.json()).toMatchObject({ code: 'CookiesDisabled' });
    expect(await (await first.download(sid, 'f_nosuchfile_x.pdf')).json()).toMatchObject({ status: 404, code: 'FileNotFound' });
    for (const leaving of ['..%2Fjournal.jsonl', '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', '..%5Cjournal.jsonl', `..%2F${files[0]?.fileName}`])
      expect(await (await first.download(sid, leaving)).json()).toMatchObject({ status: 400, code: 'InvalidRequest' });
    const { stored } = await filesOnDisk(dataDir);
    expect(stored).toHaveLength(2);
    for (const name of stored) expect(name).toMatch(/^[0-9a-f]{32}$/);

    // Once the chat has ended and its retention window passed, housekeeping removes the bytes too.
    await first.client.end();
    await server.housekeeping.sweep(Date.now() + server.config.LIVECHAT_RETENTION_MS + 1000);
    expect((await filesOnDisk(dataDir)).stored).toEqual([]);
  });

  it('keeps files across a restart: the journal has the list, the disk the bytes', async () => {
    const dataDir = await mkdtemp(join(dir, 'restart-'));
    const journaled = () => MemoryStore.open({ retention: { events: 1000, ms: 300_000 }, journalPath: join(dataDir, 'journal.jsonl') });
    // A files directory made wider by hand is narrowed again: customers' files are the server's user's only.
    await mkdir(join(dataDir, 'files'));
    await chmod(join(dataDir, 'files'), 0o755);
    server = await startTestServer({ LIVECHAT_DATA_DIR: dataDir, LIVECHAT_REQUIRE_STAFFED_AGENTS: false }, await journaled());
    const browser = new SimulatedBrowser({ baseUrl: server.baseUrl });
    const first = await customerPage(browser, server.baseUrl);
    const { sid } = await first.client.start(details());
    const { body } = await first.upload(sid, [{ name: 'photo.png', type: 'image/png', bytes: PNG }]);
    const [file] = (body as { files: { fileName: string }[] }).files;
    expect((await stat(join(dataDir, 'files'))).mode & 0o777).toBe(0o700);
    const [stored] = (await filesOnDisk(dataDir)).stored;
    expect((await stat(join(dataDir, 'files', stored ?? ''))).mode & 0o777).toBe(0o600);
    expect((await stat(join(dataDir, 'journal.jsonl'))).mode & 0o777).toBe(0o600);
    first.client.dispose();
    await server.close();
    expect(server.violations).toEqual([]);

    server = await startTestServer({ LIVECHAT_DATA_DIR: dataDir, LIVECHAT_REQUIRE_STAFFED_AGENTS: false }, await journaled());
    const again = await customerPage(browser, server.baseUrl);
    closers.push(() => again.client.dispose());
    const [session] = await again.client.open();
    expect(session?.files).toEqual([file]);
    const download = await again.download(sid, file?.fileName ?? '');
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PNG);
  });
});

describe('a crash between keeping an upload’s file and journaling it', () => {
  it('leaves a file no record names, which the next start removes; recorded files stay', async () => {
    const dataDir = await mkdtemp(join(dir, 'crash-'));
    const journaled = () => MemoryStore.open({ retention: { events: 1000, ms: 300_000 }, journalPath: join(dataDir, 'journal.jsonl') });
    const store = await journaled();
    server = await startTestServer({ LIVECHAT_DATA_DIR: dataDir, LIVECHAT_REQUIRE_STAFFED_AGENTS: false }, store);
    const browser = new SimulatedBrowser({ baseUrl: server.baseUrl });
    const first = await customerPage(browser, server.baseUrl);
    const { sid } = await first.client.start(details());
    const { body } = await first.upload(sid, [{ name: 'photo.png', type: 'image/png', bytes: PNG }]);
    const [file] = (body as { files: { fileName: string }[] }).files;
    const [recorded] = (await filesOnDisk(dataDir)).stored;

    // The process dies as it is about to journal the next upload: the file is in place, its record never written.
    let recording: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => (recording = resolve));
    const putChat = store.putChat.bind(store);
    store.putChat = (chat) => {
      if ((chat.files?.length ?? 0) < 2) return putChat(chat);
      recording();
      return new Promise(() => undefined);
    };
    const lost = first.upload(sid, [{ name: 'statement.pdf', type: 'application/pdf', bytes: PDF }]).catch(() => undefined);
    await reached;
    expect((await filesOnDisk(dataDir)).stored).toHaveLength(2);
    first.client.dispose();
    await server.close();
    await lost;

    server = await startTestServer({ LIVECHAT_DATA_DIR: dataDir, LIVECHAT_REQUIRE_STAFFED_AGENTS: false }, await journaled());
    expect((await filesOnDisk(dataDir)).stored).toEqual([recorded]);
    const again = await customerPage(browser, server.baseUrl);
    closers.push(() => again.client.dispose());
    const [session] = await again.client.open();
    expect(session?.files).toEqual([file]);
    expect(new Uint8Array(await (await again.download(sid, file?.fileName ?? '')).arrayBuffer())).toEqual(PNG);
  });
});

describe.skipIf(redisServerMissing() !== undefined)('files with the Redis store', () => {
  it('keeps the bytes in Redis, none on the disk, nothing of a refused upload, of one a full Redis refused or of one whose chat ended meanwhile, and removes them with the chat', async () => {
    const redis = await startRedisServer();
    const inspect = await connectRedis({ url: redis.url }, 'files-test');
    try {
      const dataDir = await mkdtemp(join(dir, 'redis-'));
      const store = await RedisStore.open({ url: redis.url, retention: { events: 1000, ms: 300_000 }, prefix: 'files-test:' });
      server = await startTestServer({ LIVECHAT_DATA_DIR: dataDir, LIVECHAT_REQUIRE_STAFFED_AGENTS: false }, store);
      const customer = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
      closers.push(() => customer.client.dispose());
      const { sid } = await customer.client.start(details());
      const kept = () => inspect.keys('files-test:file:*');

      const big = { name: 'big.txt', type: 'text/plain', bytes: 'a'.repeat(server.chats.limits.maxFileBytes + 1) };
      expect((await customer.upload(sid, [{ name: 'small.txt', bytes: 'ok' }, big])).body).toMatchObject({ code: 'PayloadTooLarge' });
      expect(await kept()).toEqual([]);

      const answer = await customer.upload(sid, [
        { name: 'statement.pdf', type: 'application/pdf', bytes: PDF },
        { name: 'photo.png', type: 'image/png', bytes: PNG },
      ]);
      expect(answer.status).toBe(201);
      const [pdf, png] = (answer.body as { files: { fileName: string }[] }).files;
      expect(await kept()).toHaveLength(2);
      expect(await filesOnDisk(dataDir)).toEqual({ stored: [], incoming: [] });
      expect(await (await customer.download(sid, pdf?.fileName ?? '')).text()).toBe(PDF);
      expect(new Uint8Array(await (await customer.download(sid, png?.fileName ?? '')).arrayBuffer())).toEqual(PNG);

      // A Redis that is full (maxmemory, noeviction, as the README asks) refuses the bytes: a 503 to retry, nothing recorded or left.
      const used = Number(/used_memory:(\d+)/.exec(await inspect.info('memory'))?.[1]);
      await inspect.config('SET', 'maxmemory', String(used + 1024 * 1024));
      const full = await customer.upload(sid, [{ name: 'long.txt', type: 'text/plain', bytes: 'b'.repeat(4 * 1024 * 1024) }]);
      await inspect.config('SET', 'maxmemory', '0');
      expect(full).toMatchObject({ status: 503, body: { code: 'ServerInternalConnectivityError' } });
      expect((await server.store.getChat(sid))?.files).toHaveLength(2);
      expect(await kept()).toHaveLength(2);
      expect(await filesOnDisk(dataDir)).toEqual({ stored: [], incoming: [] });

      // The chat ends while an upload is still arriving: its bytes, kept before the chat's checks ran again, are removed.
      const late = httpRequest(`${server.baseUrl}/tetherfi/livechat/chats/${sid}/files`, {
        method: 'POST',
        headers: { ...customer.headers, cookie: await customer.cookie(), 'content-type': 'multipart/form-data; boundary=lateboundary' },
      });
      const lateAnswer = new Promise<{ status: number; code: string }>((resolve, reject) => {
        late.on('response', (response) => {
          let text = '';
          response.on('data', (data: Buffer) => (text += data.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, code: (JSON.parse(text) as { code: string }).code }));
        });
        late.on('error', reject);
      });
      late.write('--lateboundary\r\nContent-Disposition: form-data; name="files"; filename="late.txt"\r\nContent-Type: text/plain\r\n\r\n');
      late.write('written as the chat ends '.repeat(1000));
      // Arriving: past the chat's first checks, in a temporary file.
      while ((await filesOnDisk(dataDir)).incoming.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      await customer.client.end();
      late.end('\r\n--lateboundary--\r\n');
      expect(await lateAnswer).toMatchObject({ code: 'AlreadyEndedSession' });
      expect(await kept()).toHaveLength(2);
      expect(await filesOnDisk(dataDir)).toEqual({ stored: [], incoming: [] });

      await server.housekeeping.sweep(Date.now() + server.config.LIVECHAT_RETENTION_MS + 1000);
      expect(await kept()).toEqual([]);
    } finally {
      inspect.disconnect();
      await server?.close();
      await redis.remove();
    }
  });

  it('a node that dies between keeping an upload’s bytes and recording it leaves bytes that expire; recorded bytes do not', async () => {
    const redis = await startRedisServer();
    const inspect = await connectRedis({ url: redis.url }, 'files-test');
    try {
      const store = await RedisStore.open({ url: redis.url, retention: { events: 1000, ms: 300_000 }, prefix: 'orphans:' });
      server = await startTestServer(
        { LIVECHAT_DATA_DIR: await mkdtemp(join(dir, 'orphans-')), LIVECHAT_REQUIRE_STAFFED_AGENTS: false },
        store,
      );
      const customer = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
      closers.push(() => customer.client.dispose());
      const { sid } = await customer.client.start(details());
      expect((await customer.upload(sid, [{ name: 'statement.pdf', type: 'application/pdf', bytes: PDF }])).status).toBe(201);
      const [recorded] = await inspect.keys('orphans:file:*');
      expect(await inspect.pttl(recorded ?? '')).toBe(-1);

      // The node dies as it is about to record the next upload: its record is never written, and nothing after it runs.
      let recording: () => void = () => undefined;
      const reached = new Promise<void>((resolve) => (recording = resolve));
      const putChat = store.putChat.bind(store);
      store.putChat = (chat, options) => {
        if ((chat.files?.length ?? 0) < 2) return putChat(chat, options);
        recording();
        return new Promise(() => undefined);
      };
      const lost = customer.upload(sid, [{ name: 'photo.png', type: 'image/png', bytes: PNG }]).catch(() => undefined);
      await reached;
      const orphan = (await inspect.keys('orphans:file:*')).find((key) => key !== recorded);
      expect(orphan).toBeDefined();
      // Nothing refers to these bytes: they go by themselves (within the 15 minutes an upload may take to be recorded).
      const ttl = await inspect.pttl(orphan ?? '');
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(15 * 60_000);
      expect((await store.getChat(sid))?.files).toHaveLength(1);
      await server.close();
      await lost;
      expect(await inspect.pttl(recorded ?? '')).toBe(-1);
    } finally {
      inspect.disconnect();
      await server?.close();
      await redis.remove();
    }
  });
});

describe('bad uploads', () => {
  let dataDir: string;
  let customer: Awaited<ReturnType<typeof customerPage>>;
  let sid: string;
  const start = async () => {
    dataDir = await mkdtemp(join(dir, 'bad-'));
    server = await startTestServer({ LIVECHAT_DATA_DIR: dataDir, LIVECHAT_REQUIRE_STAFFED_AGENTS: false });
    customer = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
    closers.push(() => customer.client.dispose());
    ({ sid } = await customer.client.start(details()));
  };
  const refused = async (answer: { status: number; body: Record<string, unknown> | undefined }, code: string) => {
    expect(answer.body).toMatchObject({ code });
    expect((await server.store.getChat(sid))?.files ?? []).toEqual([]);
    expect(await filesOnDisk(dataDir)).toEqual({ stored: [], incoming: [] });
  };

  it('refuses an upload without a file, with other parts, or not multipart', async () => {
    await start();
    await refused(await customer.upload(sid, []), 'InvalidRequest');
    await refused(await customer.upload(sid, [], (form) => form.append('files', 'not a file')), 'InvalidRequest');
    await refused(await customer.upload(sid, [{ name: 'a.txt', bytes: 'a' }], (form) => form.append('note', 'hello')), 'InvalidRequest');
    await refused(await customer.upload(sid, [], (form) => form.append('file', new Blob(['a']), 'a.txt')), 'InvalidRequest');
    await refused(await customer.call(`/chats/${sid}/files`, { files: ['%PDF-1.7'] }), 'InvalidRequest');
  });

  it('refuses more files than maxFilesPerUpload, and a file over maxFileBytes, keeping none of the upload', async () => {
    await start();
    const { maxFilesPerUpload, maxFileBytes } = server.chats.limits;
    const many = Array.from({ length: maxFilesPerUpload + 1 }, (_, i) => ({ name: `n${i}.txt`, type: 'text/plain', bytes: `note ${i}` }));
    await refused(await customer.upload(sid, many), 'PayloadTooLarge');
    const big = { name: 'big.txt', type: 'text/plain', bytes: 'a'.repeat(maxFileBytes + 1) };
    await refused(await customer.upload(sid, [{ name: 'small.txt', bytes: 'ok' }, big]), 'PayloadTooLarge');
    // The connection is still good for the next call: the refused body was read to its end.
    expect((await customer.upload(sid, [{ name: 'fits.txt', bytes: 'a'.repeat(maxFileBytes) }])).status).toBe(201);
  });

  it('refuses a type not allowed, content that is not what it declares, and binary posing as text', async () => {
    await start();
    await refused(await customer.upload(sid, [{ name: 'anim.gif', type: 'image/gif', bytes: GIF }]), 'UnsupportedFileType');
    await refused(await customer.upload(sid, [{ name: 'invoice.pdf', type: 'application/pdf', bytes: EXE }]), 'UnsupportedFileType');
    await refused(await customer.upload(sid, [{ name: 'invoice.pdf', bytes: EXE }]), 'UnsupportedFileType');
    await refused(await customer.upload(sid, [{ name: 'photo.png', type: 'image/png', bytes: PDF }]), 'UnsupportedFileType');
    await refused(
      await customer.upload(sid, [{ name: 'notes.txt', type: 'text/plain', bytes: 'text\u0000with a NUL' }]),
      'UnsupportedFileType',
    );
    await refused(
      await customer.upload(sid, [{ name: 'latin1.txt', type: 'text/plain', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) }]),
      'UnsupportedFileType',
    );
    // All or nothing: a good file beside a bad one is not kept either.
    await refused(
      await customer.upload(sid, [
        { name: 'statement.pdf', type: 'application/pdf', bytes: PDF },
        { name: 'setup.exe', bytes: EXE },
      ]),
      'UnsupportedFileType',
    );
  });

  it('keeps only a safe name of its own making: no path from the name reaches the disk', async () => {
    await start();
    const answer = await customer.upload(sid, [
      { name: '../../../etc/passwd.txt', type: 'text/plain', bytes: 'root:x:0:0\n' },
      { name: '..\\..\\boot.ini.pdf', type: 'application/pdf', bytes: PDF },
      { name: 'page.html', type: 'text/plain', bytes: '<script>alert(1)</script>\n' },
      { name: '\u202Egnp.exe', type: 'text/plain', bytes: 'bidi\n' },
      { name: '..', type: 'text/plain', bytes: 'dots\n' },
    ]);
    expect(answer.status).toBe(201);
    const files = (answer.body as { files: { fileName: string; originalName: string }[] }).files;
    expect(files.map((f) => f.originalName)).toEqual(['passwd.txt', 'boot.ini.pdf', 'page.html', 'gnp.exe', 'file']);
    for (const { fileName } of files) {
      expect(fileName).toMatch(FILE_NAME);
      expect(fileName).not.toContain('..');
    }
    expect(files[2]?.fileName).toMatch(/_page_html\.txt$/);
    const html = await customer.download(sid, files[2]?.fileName ?? '');
    expect(html.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(html.headers.get('content-disposition')).toBe(`attachment; filename="page.html.txt"; filename*=UTF-8''page.html.txt`);
    const { stored, incoming } = await filesOnDisk(dataDir);
    expect(incoming).toEqual([]);
    expect(stored).toHaveLength(5);
    for (const name of stored) expect(name).toMatch(/^[0-9a-f]{32}$/);
    expect((await readdir(dataDir)).sort()).toEqual(['files']);
  });

  it('refuses a body that declares more than the limits before reading it, and cuts off one that grows past them', async () => {
    await start();
    const { maxFileBytes, maxFilesPerUpload } = server.chats.limits;
    const cap = maxFileBytes * maxFilesPerUpload + 64 * 1024;
    const url = new URL(`/tetherfi/livechat/chats/${sid}/files`, server.baseUrl);
    /** Sends the body until the answer comes (as a browser reads an early answer), or to its end. */
    const send = (headers: Record<string, string>, chunks: number, chunk = Buffer.alloc(1 << 20, 0x61)) =>
      new Promise<{ status: number; code: string }>((resolve, reject) => {
        let answered = false;
        const request = httpRequest(url, { method: 'POST', headers: { ...customer.headers, ...headers } }, (response) => {
          answered = true;
          let text = '';
          response.on('data', (data: Buffer) => (text += data.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, code: (JSON.parse(text) as { code: string }).code }));
        });
        request.on('error', (error) => answered || reject(error));
        request.flushHeaders();
        void (async () => {
          for (let i = 0; i < chunks && !answered; i++)
            if (!request.write(chunk)) await new Promise((drained) => request.once('drain', drained));
          if (!answered && chunks > 0) request.end();
        })().catch(() => undefined);
      });
    const cookieHeader = await customer.cookie();
    const boundary = 'livechatboundary';
    const multipartType = `multipart/form-data; boundary=${boundary}`;

    const declared = await send({ cookie: cookieHeader, 'content-type': multipartType, 'content-length': String(cap + 1) }, 0);
    expect(declared).toEqual({ status: 413, code: 'PayloadTooLarge' });
    // Chunked, without a length: a preamble that never ends is cut off at the bound, and the answer still arrives.
    const grown = await send({ cookie: cookieHeader, 'content-type': multipartType, 'transfer-encoding': 'chunked' }, 200);
    expect(grown).toEqual({ status: 413, code: 'PayloadTooLarge' });
    expect(await filesOnDisk(dataDir)).toEqual({ stored: [], incoming: [] });
  });
});
