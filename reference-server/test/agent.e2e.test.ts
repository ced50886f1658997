// Both sides on the reference server: a customer (the real client, two pages) and CSOs on the
// agent test interface - queue, accept, messages both ways, typing, transfer, conference, end -
// every answer and event checked against the contract.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { loginAgent } from './agent-client.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

let server: TestServer;
const closers: (() => void)[] = [];
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await server.close();
  expect(server.violations).toEqual([]);
});

function details(enableAutoCallback = false) {
  const d = new SessionDetails();
  d.eCustDetails = { eCustName: 'Tan Mei Ling', pTopic: 'credit-card' };
  d.enable_autocb = enableAutoCallback;
  return d;
}

async function agent(agentId: string, name: string) {
  const a = await loginAgent(server.baseUrl, agentId, name);
  closers.push(a.close);
  return a;
}

describe('customer and CSO on the reference server', () => {
  it('queues, accepts, chats both ways on every page, and ends with ChatEnded on the agent side', async () => {
    const alice = await agent('agent-7', 'Alice');
    expect((await alice.call('/ready', { ready: true })).status).toBe(204);
    const browser = new SimulatedBrowser({ baseUrl: server.baseUrl });
    const page1 = browser.newPage();
    const page2 = browser.newPage();
    closers.push(
      () => page1.client.dispose(),
      () => page2.client.dispose(),
    );
    const seen: string[] = [];
    const seen2: string[] = [];
    page1.OnCallQueued = (position) => seen.push(`OnCallQueued ${position}`);
    page1.OnRemoteUserConnected = (name) => seen.push(`OnRemoteUserConnected ${name}`);
    page1.OnMessageReceived = (msg) => seen.push(`OnMessageReceived ${msg}`);
    page1.OnTypingStateChanged = (state) => seen.push(`OnTypingStateChanged ${state}`);
    page1.OnEcho = (msg) => seen.push(`OnEcho ${msg}`);
    page1.OnEnd = (initiator) => seen.push(`OnEnd ${initiator}`);
    page2.OnMessageReceived = (msg) => seen2.push(`OnMessageReceived ${msg}`);
    page2.OnEnd = (initiator) => seen2.push(`OnEnd ${initiator}`);

    const { sid } = await page1.client.start(details());
    await until(() => alice.events.some((e) => e.event === 'ChatQueued' && e.sid === sid));
    const accepted = await alice.call(`/chats/${sid}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ sid, state: 'connected', agents: [{ id: 'agent-7', name: 'Alice' }] });
    await page2.client.open();

    await page1.client.sendMessage('My card was declined.');
    await until(() => alice.events.some((e) => e.event === 'CustomerMessage'));
    expect((await alice.call(`/chats/${sid}/typing`, { state: 1 })).status).toBe(204);
    const reply = await alice.call(`/chats/${sid}/messages`, { msg: 'Let me check.', clientMessageId: 'm_agentreply01' });
    expect(reply.status).toBe(201);
    const retried = await alice.call(`/chats/${sid}/messages`, { msg: 'Let me check.', clientMessageId: 'm_agentreply01' });
    expect(retried).toMatchObject({ status: 200, body: reply.body });
    await until(() => seen2.includes('OnMessageReceived Let me check.'));

    expect((await alice.call(`/chats/${sid}/end`, { reason: 'resolved' })).status).toBe(204);
    await until(() => seen.includes('OnEnd server') && seen2.includes('OnEnd server'));
    expect(seen).toEqual([
      'OnCallQueued 1',
      'OnRemoteUserConnected Alice',
      'OnEcho My card was declined.',
      'OnTypingStateChanged 1',
      'OnMessageReceived Let me check.',
      'OnEnd server',
    ]);
    expect(seen2).toEqual(['OnMessageReceived Let me check.', 'OnEnd server']);
    expect(alice.events.map((e) => e.event)).toEqual(['ChatQueued', 'ChatAssigned', 'CustomerPageState', 'CustomerMessage', 'ChatEnded']);
    expect((await alice.call(`/chats/${sid}/messages`, { msg: 'late', clientMessageId: 'm_agentlate001' })).body).toMatchObject({
      code: 'AlreadyEndedSession',
    });
  });

  it('transfers a chat: the customer sees OnRemoteUserConnected again, the first CSO leaves', async () => {
    const alice = await agent('agent-7', 'Alice');
    const bob = await agent('agent-9', 'Bob');
    await alice.call('/ready', { ready: true });
    const page = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage();
    closers.push(() => page.client.dispose());
    const connected: string[] = [];
    page.OnRemoteUserConnected = (name) => connected.push(name);
    const { sid } = await page.client.start(details());
    await until(() => alice.events.some((e) => e.event === 'ChatQueued'));
    await alice.call(`/chats/${sid}/accept`);
    expect((await alice.call(`/chats/${sid}/transfer`, { toAgentId: 'agent-9' })).status).toBe(202);
    await until(() => bob.events.some((e) => e.event === 'ChatOffered'));
    const taken = await bob.call(`/chats/${sid}/accept`);
    expect(taken.body).toMatchObject({ agents: [{ id: 'agent-9', name: 'Bob' }] });
    await until(() => connected.length === 2);
    expect(connected).toEqual(['Alice', 'Bob']);
    expect((await alice.call(`/chats/${sid}/messages`, { msg: 'still here?', clientMessageId: 'm_aliceafter01' })).body).toMatchObject({
      code: 'NoSessionFound',
    });
  });

  it('ends a chat no CSO can take with OnSystemNotification(NoStaffedAgents) and a recorded callback', async () => {
    const page = new SimulatedBrowser({ baseUrl: server.baseUrl }).newPage();
    closers.push(() => page.client.dispose());
    const seen: string[] = [];
    page.OnSystemNotification = (reason) => seen.push(`OnSystemNotification ${reason}`);
    page.OnCallbackAutoRegistered = (reason) => seen.push(`OnCallbackAutoRegistered ${reason}`);
    page.OnEnd = (initiator) => seen.push(`OnEnd ${initiator}`);
    const { sid } = await page.client.start(details(true));
    await until(() => seen.includes('OnEnd server'));
    expect(seen).toEqual(['OnSystemNotification NoStaffedAgents', 'OnCallbackAutoRegistered NoStaffedAgents', 'OnEnd server']);
    expect((await server.store.getChat(sid))?.callbacks).toMatchObject([{ by: 'server', reason: 'NoStaffedAgents' }]);
  });
});
