// The transcript cap on the reference server: announced in Start's limits, and enforced on both
// sides - a message beyond its entries or its bytes of text answers TranscriptFull and nothing of
// it is kept or sent, while the chat stays open; CSOs still join and leave, unrecorded once full.
import { afterEach, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { loginAgent } from './agent-client.ts';
import { customerPage } from './customer-http.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

let server: TestServer;
const closers: (() => void)[] = [];
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

it('announces the cap, refuses a message beyond its bytes or its entries on either side with TranscriptFull, and keeps the chat open', async () => {
  server = await startTestServer({ LIVECHAT_MAX_TRANSCRIPT_ENTRIES: 6, LIVECHAT_MAX_TRANSCRIPT_TEXT_BYTES: 16_384 });
  const alice = await loginAgent(server.baseUrl, 'agent-7', 'Alice');
  const bob = await loginAgent(server.baseUrl, 'agent-9', 'Bob');
  closers.push(alice.close, bob.close);
  await alice.call('/ready', { ready: true });
  const customer = await customerPage(new SimulatedBrowser({ baseUrl: server.baseUrl }), server.baseUrl);
  closers.push(() => customer.client.dispose());
  const started = await customer.client.start(details());
  expect(started.limits.transcriptCap).toEqual({ entries: 6, textBytes: 16_384 });
  const { sid } = started;
  await until(() => alice.events.some((e) => e.event === 'ChatQueued'));
  expect((await alice.call(`/chats/${sid}/accept`)).status).toBe(200); // entry 1: Alice's join

  const send = (msg: string, clientMessageId: string) => customer.call(`/chats/${sid}/messages`, { msg, clientMessageId });
  // 4,095 three-byte characters: 12,285 bytes of text (entry 2).
  const first = await send('€'.repeat(4095), 'cm_00001');
  expect(first.status, JSON.stringify(first.body)).toBe(201);
  // Beyond the bytes: 12,285 + 4,100 > 16,384.
  const tooMuchText = await send(`€€${'x'.repeat(4094)}`, 'cm_00002');
  expect(tooMuchText.status).toBe(409);
  expect(tooMuchText.body).toMatchObject({ code: 'TranscriptFull', retryable: false, sid });
  expect(String(tooMuchText.body?.detail)).toContain('bytes of message text');
  // What still fits: 4,093 + 2 bytes (entries 3 and 4), then the CSO's 2 bytes (entry 5), the customer's 1 (entry 6).
  expect((await send('x'.repeat(4093), 'cm_00003')).status).toBe(201);
  expect((await send('ab', 'cm_00004')).status).toBe(201);
  expect((await alice.call(`/chats/${sid}/messages`, { msg: 'ok', clientMessageId: 'am_00001' })).status).toBe(201);
  expect((await send('!', 'cm_00005')).status).toBe(201);
  // One byte of text left, but no entry: refused on both sides.
  const agentRefused = await alice.call(`/chats/${sid}/messages`, { msg: '?', clientMessageId: 'am_00002' });
  expect(agentRefused).toMatchObject({ status: 409, body: { code: 'TranscriptFull' } });
  const customerRefused = await send('?', 'cm_00006');
  expect(customerRefused.body).toMatchObject({ code: 'TranscriptFull' });
  expect(String(customerRefused.body?.detail)).toContain('6 entries');
  // A retry of a message the chat accepted still gets its first answer.
  expect((await send('!', 'cm_00005')).status).toBe(200);

  // Nothing of a refused message was sent: no echo, no OnMessageReceived, no CustomerMessage.
  const events = await customer.events();
  const echoed = events.filter((e) => e.event === 'OnEcho').map((e) => e.data.clientMessageId);
  expect(echoed).toEqual(['cm_00001', 'cm_00003', 'cm_00004', 'cm_00005']);
  expect(events.filter((e) => e.event === 'OnMessageReceived').map((e) => e.data.msg)).toEqual(['ok']);
  await until(() => alice.events.filter((e) => e.event === 'CustomerMessage').length === 4);
  expect(alice.events.filter((e) => e.event === 'CustomerMessage').map((e) => e.data?.clientMessageId)).toEqual([
    'cm_00001',
    'cm_00003',
    'cm_00004',
    'cm_00005',
  ]);

  // The chat stays open: app messages go on, a transfer still reaches Bob (his join unrecorded), and the customer can end it.
  expect((await customer.call(`/chats/${sid}/app-messages`, { type: 'form', obj: { a: 1 }, clientMessageId: 'ap_00001' })).status).toBe(
    202,
  );
  await bob.call('/ready', { ready: true });
  expect((await alice.call(`/chats/${sid}/transfer`, { toAgentId: 'agent-9' })).status).toBe(202);
  await until(() => bob.events.some((e) => e.event === 'ChatOffered'));
  const taken = await bob.call(`/chats/${sid}/accept`);
  expect(taken.status).toBe(200);
  const trans = (taken.body as { trans: { type: string }[] }).trans;
  expect(trans.map((e) => e.type)).toEqual(['connect', 'msg', 'msg', 'msg', 'msg', 'msg']);
  const opened = await customerPage(customer.browser, server.baseUrl);
  closers.push(() => opened.client.dispose());
  const [session] = await opened.client.open();
  expect(session?.trans).toHaveLength(6);
  await customer.client.end('done');
  expect((await customer.events()).some((e) => e.event === 'OnEnd')).toBe(true);
});
