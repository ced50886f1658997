// Ended chats' transcripts in a file each, through the server: an End whose transcript cannot be
// written answers 503 ServerInternalConnectivityError (never a 500) and the chat goes on; once it
// can, the chat ends, and its transcript is there after a restart.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { customerPage } from './customer-http.ts';
import { startTestServer, type TestServer } from './harness.ts';

const dir = await mkdtemp(join(tmpdir(), 'livechat-ended-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
let server: TestServer | undefined;
const closers: (() => void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  if (server === undefined) return;
  await server.close();
  expect(server.violations).toEqual([]);
  server = undefined;
});

it('answers an End whose transcript cannot be written 503 ServerInternalConnectivityError, the chat going on; ends it once it can, the transcript kept across a restart', async () => {
  const options = {
    retention: { events: 1000, ms: 300_000 },
    journalPath: join(dir, 'journal.jsonl'),
    transcriptDir: join(dir, 'transcripts'),
  };
  server = await startTestServer({ LIVECHAT_REQUIRE_STAFFED_AGENTS: false, LIVECHAT_DATA_DIR: dir }, await MemoryStore.open(options));
  const customer = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
  closers.push(() => customer.client.dispose());
  const d = new SessionDetails();
  d.eCustDetails = { eCustName: 'Tan Mei Ling' };
  const { sid } = await customer.client.start(d);
  expect((await customer.call(`/chats/${sid}/messages`, { msg: 'Kept, whatever happens', clientMessageId: 'cm_kept_0001' })).status).toBe(
    201,
  );

  // A file stands where the transcripts' directory was: writing there fails (ENOTDIR), for root too.
  await rm(options.transcriptDir, { recursive: true, force: true });
  await writeFile(options.transcriptDir, 'not a directory');
  const refused = await customer.call(`/chats/${sid}/end`, { reason: 'bye' });
  expect(refused).toMatchObject({ status: 503, body: { code: 'ServerInternalConnectivityError', retryable: true } });
  expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  expect((await customer.events()).some((e) => e.event === 'OnEnd')).toBe(false);
  expect((await customer.call(`/chats/${sid}/messages`, { msg: 'Still here', clientMessageId: 'cm_kept_0002' })).status).toBe(201);

  await rm(options.transcriptDir);
  await mkdir(options.transcriptDir, { mode: 0o700 });
  expect((await customer.call(`/chats/${sid}/end`, { reason: 'bye' })).status).toBe(204);
  expect((await customer.events()).some((e) => e.event === 'OnEnd')).toBe(true);
  expect(await readdir(options.transcriptDir)).toHaveLength(1);
  await server.close();
  expect(server.violations).toEqual([]);
  server = undefined;

  const again = await MemoryStore.open(options);
  const trans = await again.transcript(sid);
  expect(trans.map((e) => (e.type === 'msg' ? decodeURIComponent(e.msg) : e.type))).toEqual(['Kept, whatever happens', 'Still here']);
  await again.close();
});
