// CreateCampaignContact on the reference server: 201 with the CampaignContactResult, raised by the
// client as OnCampaignContactCreated (a refusal too, as resultCode / resultMessage); the contact
// recorded in a bounded list (in memory, or in Redis shared by every node) and a log line without
// its personal data. Answers checked against the contract.

import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { CampaignContacts, type ContactList, MemoryContactList } from '../chat/campaign.ts';
import { logRef } from '../chat/ids.ts';
import { RedisContactList } from '../store/redis-contacts.ts';
import { RedisStore } from '../store/redis-store.ts';
import { startTestServer, type TestServer, until } from './harness.ts';
import { type RedisServer, redisServerMissing, startRedisServer } from './redis-server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  const closing = server;
  server = undefined;
  if (closing === undefined) return;
  await closing.close();
  expect(closing.violations).toEqual([]);
});

const contact = { campaign: 'card-upgrade', name: 'Tan Mei Ling', phone: '+6591234567', preferredTime: 'evening' };

describe('CreateCampaignContact', () => {
  it('through the client: OnCampaignContactCreated with Success and the contact id; the contact is recorded', async () => {
    server = await startTestServer();
    const page = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage();
    const raised: unknown[] = [];
    page.OnCampaignContactCreated = (response) => raised.push(response);
    page.CreateCampaignContact(contact);
    await until(() => raised.length > 0);
    expect(raised).toEqual([
      { resultCode: 'Success', resultMessage: 'Contact created', contactId: expect.stringMatching(/^cc_[\w-]{22}$/) },
    ]);
    const [recorded] = await server.contacts.recent();
    expect(recorded).toMatchObject({ contactId: (raised[0] as { contactId: string }).contactId, data: contact, page: page.client.pageId });

    // Over 16 KiB of JSON: the refusal, raised the same way.
    page.CreateCampaignContact({ ...contact, notes: 'x'.repeat(17_000) });
    await until(() => raised.length > 1);
    expect(raised[1]).toMatchObject({ resultCode: 'PayloadTooLarge' });
    expect(await server.contacts.recent()).toHaveLength(1);
  });

  it('answers 201 to the contract, needs the cookie and the token, and refuses what is not an object', async () => {
    server = await startTestServer();
    const url = `${server.baseUrl}/tetherfi/livechat/campaign-contacts`;
    const answer = await fetch(`${server.baseUrl}/tetherfi/livechat/access-token`, { method: 'POST' });
    const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { token } = (await answer.json()) as { token: string };
    const post = async (headers: Record<string, string>, body: string) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const json = (await response.json()) as { code?: string; resultCode?: string };
      return `${response.status} ${json.code ?? json.resultCode}`;
    };
    const page = { 'livechat-page': 'pg_Vx3Q9sKd0aLmN2rT7yWb4E' };
    expect(await post({ ...page, cookie, 'livechat-token': token }, JSON.stringify(contact))).toBe('201 Success');
    expect(await post({ ...page, cookie, 'livechat-token': token }, '{}')).toBe('201 Success');
    expect(await post({ ...page, 'livechat-token': token }, JSON.stringify(contact))).toBe('400 CookiesDisabled');
    expect(await post({ ...page, cookie, 'livechat-token': 'tk_other' }, JSON.stringify(contact))).toBe('403 AccessTokenInvalid');
    expect(await post({ cookie, 'livechat-token': token }, JSON.stringify(contact))).toBe('400 InvalidRequest');
    expect(await post({ ...page, cookie, 'livechat-token': token }, '["a"]')).toBe('400 InvalidRequest');
    const many = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`f${i}`, i]));
    expect(await post({ ...page, cookie, 'livechat-token': token }, JSON.stringify(many))).toBe('400 InvalidRequest');
    expect(await server.contacts.recent()).toHaveLength(2);
  });
});

const redisMissing = redisServerMissing();
let redis: RedisServer | undefined;
afterAll(async () => {
  await redis?.remove();
});
const redisList = async (prefix: string) => {
  redis ??= await startRedisServer();
  const connection = new Redis(redis.url);
  lists.push(connection);
  return new RedisContactList(connection, prefix);
};
const lists: Redis[] = [];
afterEach(() => {
  for (const connection of lists.splice(0)) connection.disconnect();
});

describe.each([
  ['in memory', async () => new MemoryContactList()],
  ...(redisMissing === undefined ? [['in Redis', () => redisList(`kept-${randomBytes(4).toString('hex')}:`)] as const] : []),
] as [string, () => Promise<ContactList>][])('the contacts kept %s', (_, makeList) => {
  it('keeps the latest ones only, and logs which campaign and fields, never their values', async () => {
    const lines: unknown[] = [];
    const log = { info: (fields: unknown, message: string) => lines.push({ fields, message }) };
    const contacts = new CampaignContacts({ log } as never, await makeList(), 3);
    const session = { id: 'bs_1', secretHash: 'h1', createdAt: 1, openedPages: [] };
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await contacts.create(session, 'pg_1', { ...contact, n: i })).contactId as string);
    const kept = await contacts.recent();
    expect(kept.map((c) => c.contactId)).toEqual(ids.slice(2));
    expect(kept[2]).toMatchObject({ browserSessionId: 'bs_1', page: 'pg_1', data: { ...contact, n: 4 } });
    expect(lines[0]).toEqual({
      fields: {
        contactId: ids[0],
        browserSession: logRef('bs_1'),
        campaign: 'card-upgrade',
        fields: ['campaign', 'name', 'phone', 'preferredTime', 'n'],
      },
      message: 'campaign contact created',
    });
    expect(JSON.stringify(lines)).not.toMatch(/Tan Mei Ling|6591234567|"bs_1"/);
  });
});

it.skipIf(redisMissing !== undefined)('with a Redis store, every node keeps and answers the same latest contacts', async () => {
  redis ??= await startRedisServer();
  const prefix = `contacts-${randomBytes(4).toString('hex')}:`;
  const nodes: TestServer[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      const store = await RedisStore.open({ url: redis.url, prefix, retention: { events: 1000, ms: 300_000 } });
      nodes.push(await startTestServer({}, store));
    }
    const [node1, node2] = nodes as [TestServer, TestServer];
    const created: string[] = [];
    for (const [n, node] of [node1, node2, node1].entries()) {
      const page = new SimulatedBrowser({ baseUrl: node.baseUrl }).newPage();
      const raised: { contactId?: string }[] = [];
      page.OnCampaignContactCreated = (response) => raised.push(response as { contactId?: string });
      page.CreateCampaignContact({ ...contact, n });
      await until(() => raised.length > 0);
      created.push(String(raised[0]?.contactId));
      page.client.dispose();
    }
    const seenBy1 = (await node1.contacts.recent()).map((c) => c.contactId);
    const seenBy2 = (await node2.contacts.recent()).map((c) => c.contactId);
    expect(seenBy1).toEqual(created);
    expect(seenBy2).toEqual(created);
  } finally {
    for (const node of nodes) await node.close();
  }
  expect(nodes.flatMap((node) => node.violations)).toEqual([]);
});
