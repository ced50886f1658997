// Co-browse signaling on the reference server, both sides: StartCobr with its configuration to the
// CSO, SDP/ICE, control values (only ids of domControlList), the pointer at most 20 times a
// second with the latest position last, annotations when allowed, and every way it ends - by the
// customer, the CSO, the page's Close, the end of the chat - with the states that refuse it.
// Every answer and event is checked against the contract.
import { afterEach, describe, expect, it } from 'vitest';
import { SessionDetails } from '../../client/src/classes.ts';
import { SimulatedBrowser } from '../../client/src/node/browser.ts';
import { type AgentEvent, loginAgent } from './agent-client.ts';
import { customerPage, type StreamEvent } from './customer-http.ts';
import { startTestServer, type TestServer, until } from './harness.ts';

const OFFER = { type: 'offer', sdp: 'v=0\r\no=- 4611731400430051337 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' };
const ANSWER = { type: 'answer', sdp: 'v=0\r\no=- 7720831744208211013 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n' };
const CONTROLS = { textboxId: ['textbox1'], radioButtonId: [], checkboxId: ['checkbox1'], dropdownId: ['dropdown1'] };
const STROKE = {
  tool: 'pen',
  color: '#ff0000',
  points: [
    [0.1, 0.1],
    [0.2, 0.15],
  ],
};

let server: TestServer;
const closers: (() => void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await server.close();
  expect(server.violations).toEqual([]);
});

async function connectedChat() {
  server = await startTestServer();
  const alice = await loginAgent(server.baseUrl, 'agent-7', 'Alice');
  closers.push(alice.close);
  await alice.call('/ready', { ready: true });
  const browser = new SimulatedBrowser({ baseUrl: server.baseUrl });
  const sharer = await customerPage(browser, server.baseUrl);
  closers.push(() => sharer.client.dispose());
  const details = new SessionDetails();
  details.eCustDetails = { eCustName: 'Tan Mei Ling' };
  const { sid } = await sharer.client.start(details);
  await until(() => alice.events.some((e) => e.event === 'ChatQueued'));
  await alice.call(`/chats/${sid}/accept`);
  const other = await customerPage(browser, server.baseUrl);
  closers.push(() => other.client.dispose());
  await other.client.open();
  const start = async (
    config: Record<string, unknown> = { domControlList: CONTROLS, isMousePointerCapture: true, isAnnotationEnabled: true },
  ) => ((await sharer.call(`/chats/${sid}/cobrowse`, config)).body as { cobrowseId: string }).cobrowseId;
  return { alice, sharer, other, sid, start };
}

const named = (events: AgentEvent[], ...names: string[]) => events.filter((e) => names.includes(e.event));
const cobrEvents = (events: StreamEvent[]) =>
  events.filter((e) => e.event.startsWith('Cobr')).map((e) => ({ event: e.event, data: e.data }));

describe('co-browsing', () => {
  it('tells the CSO, relays signals, control values and annotations both ways, and ends by the customer', async () => {
    const { alice, sharer, sid, start } = await connectedChat();
    const cobrowseId = await start();
    await until(() => named(alice.events, 'CobrowseStarted').length === 1);
    expect(named(alice.events, 'CobrowseStarted')[0]).toMatchObject({
      sid,
      data: { cobrowseId, domControlList: CONTROLS, isMousePointerCapture: true, isAnnotationEnabled: true },
    });

    const checkbox = { control: 'checkbox', id: 'checkbox1', value: true };
    const textbox = { control: 'textbox', id: 'textbox1', value: '12 Orchard Road' };
    expect((await sharer.call(`/chats/${sid}/cobrowse/signals`, { cobrowseId, signal: OFFER })).status).toBe(202);
    expect((await sharer.call(`/chats/${sid}/cobrowse/control-values`, { cobrowseId, value: checkbox })).status).toBe(202);
    expect((await sharer.call(`/chats/${sid}/cobrowse/annotations`, { cobrowseId, annotation: STROKE })).status).toBe(202);
    await until(() => named(alice.events, 'CobrowseSignal', 'CobrowseControlValueChanged', 'CobrowseAnnotation').length === 3);
    expect(
      named(alice.events, 'CobrowseSignal', 'CobrowseControlValueChanged', 'CobrowseAnnotation').map((e) => [e.event, e.data]),
    ).toEqual([
      ['CobrowseSignal', { cobrowseId, signal: OFFER }],
      ['CobrowseControlValueChanged', { cobrowseId, value: checkbox }],
      ['CobrowseAnnotation', { cobrowseId, annotation: STROKE }],
    ]);

    expect((await alice.call(`/chats/${sid}/cobrowse/signals`, { cobrowseId, signal: ANSWER })).status).toBe(202);
    expect((await alice.call(`/chats/${sid}/cobrowse/control-values`, { cobrowseId, value: textbox })).status).toBe(202);
    expect((await alice.call(`/chats/${sid}/cobrowse/annotations`, { cobrowseId, annotation: { tool: 'clear' } })).status).toBe(202);
    expect(cobrEvents(await sharer.events())).toEqual([
      { event: 'CobrSignal', data: { cobrowseId, signal: ANSWER } },
      { event: 'CobrControlValueChanged', data: { cobrowseId, value: textbox } },
      { event: 'CobrAnnotation', data: { cobrowseId, annotation: { tool: 'clear' } } },
    ]);

    // Only ids of domControlList pass, of their kind, either way.
    const unlisted = [
      await sharer.call(`/chats/${sid}/cobrowse/control-values`, { cobrowseId, value: { control: 'textbox', id: 'password', value: 'x' } }),
      await sharer.call(`/chats/${sid}/cobrowse/control-values`, {
        cobrowseId,
        value: { control: 'textbox', id: 'checkbox1', value: 'x' },
      }),
      await alice.call(`/chats/${sid}/cobrowse/control-values`, {
        cobrowseId,
        value: { control: 'checkbox', id: 'hiddenConsent', value: true },
      }),
    ];
    for (const answer of unlisted) expect(answer.body).toMatchObject({ status: 400, code: 'InvalidRequest' });

    expect((await sharer.call(`/chats/${sid}/cobrowse/end`, { cobrowseId })).status).toBe(204);
    await until(() => named(alice.events, 'CobrowseEnded').length === 1);
    expect(named(alice.events, 'CobrowseEnded')[0]?.data).toEqual({ cobrowseId, by: 'customer' });
    expect((await alice.call(`/chats/${sid}/cobrowse/signals`, { cobrowseId, signal: ANSWER })).body).toMatchObject({
      code: 'InvalidSessionState',
    });
    expect(cobrEvents(await sharer.events()).map((e) => e.event)).not.toContain('CobrEnded');
  });

  it('paces the pointer at 20 a second, the latest position last', async () => {
    const { alice, sharer, sid, start } = await connectedChat();
    const cobrowseId = await start();
    const began = Date.now();
    let last = { x: 0, y: 0, visible: true };
    for (let i = 1; i <= 40; i++) {
      const points = [
        { x: i / 100, y: 0.5, visible: true },
        { x: i / 100, y: 0.6, visible: i % 2 === 0 },
      ];
      last = points[1] as typeof last;
      expect((await sharer.call(`/chats/${sid}/cobrowse/pointer`, { cobrowseId, points })).status).toBe(202);
    }
    const took = Date.now() - began;
    await until(() => named(alice.events, 'CobrowsePointer').at(-1)?.data?.pointer !== undefined);
    await until(() => JSON.stringify(named(alice.events, 'CobrowsePointer').at(-1)?.data?.pointer) === JSON.stringify(last));
    const sent = named(alice.events, 'CobrowsePointer') as (AgentEvent & { time: string })[];
    expect(sent.length).toBeLessThanOrEqual(Math.ceil(took / 50) + 2);
    for (const [index, event] of sent.entries())
      if (index > 0) expect(Date.parse(event.time) - Date.parse(sent[index - 1]?.time ?? '')).toBeGreaterThanOrEqual(45);
  });

  it('refuses co-browsing where the state or the configuration forbids it', async () => {
    const { alice, sharer, other, sid, start } = await connectedChat();
    const plain = await start({ isMousePointerCapture: false, isAnnotationEnabled: false });
    await until(() => named(alice.events, 'CobrowseStarted').length === 1);
    expect(named(alice.events, 'CobrowseStarted')[0]?.data).toEqual({
      cobrowseId: plain,
      domControlList: {},
      isMousePointerCapture: false,
      isAnnotationEnabled: false,
    });
    const refusals = [
      await sharer.call(`/chats/${sid}/cobrowse`, { isMousePointerCapture: false, isAnnotationEnabled: false }), // one at a time
      await sharer.call(`/chats/${sid}/cobrowse/pointer`, { cobrowseId: plain, points: [{ x: 0.5, y: 0.5 }] }),
      await sharer.call(`/chats/${sid}/cobrowse/annotations`, { cobrowseId: plain, annotation: STROKE }),
      await alice.call(`/chats/${sid}/cobrowse/annotations`, { cobrowseId: plain, annotation: STROKE }),
      await other.call(`/chats/${sid}/cobrowse/signals`, { cobrowseId: plain, signal: OFFER }), // the other page's
      await other.call(`/chats/${sid}/cobrowse/end`, { cobrowseId: plain }),
      await sharer.call(`/chats/${sid}/cobrowse/signals`, { cobrowseId: 'cb_nosuchsession', signal: OFFER }),
      await alice.call(`/chats/${sid}/cobrowse/end`, { cobrowseId: 'cb_nosuchsession' }),
    ];
    for (const refusal of refusals) expect(refusal.body).toMatchObject({ status: 409, code: 'InvalidSessionState' });
    const bob = await loginAgent(server.baseUrl, 'agent-9', 'Bob');
    closers.push(bob.close);
    expect((await bob.call(`/chats/${sid}/cobrowse/end`, { cobrowseId: plain })).body).toMatchObject({ code: 'NoSessionFound' });
  });

  it('ends by the CSO, by: server as its page closes and as the chat ends', async () => {
    const { alice, sharer, sid, start } = await connectedChat();
    const byAgent = await start();
    expect((await alice.call(`/chats/${sid}/cobrowse/end`, { cobrowseId: byAgent })).status).toBe(204);
    const byClose = await start();
    expect((await sharer.call('/close', {})).status).toBe(204);
    await sharer.client.open();
    const byEnd = await start();
    expect((await alice.call(`/chats/${sid}/end`, { reason: 'resolved' })).status).toBe(204);

    const events = await sharer.events();
    expect(cobrEvents(events)).toEqual([
      { event: 'CobrEnded', data: { cobrowseId: byAgent, by: 'a' } },
      { event: 'CobrEnded', data: { cobrowseId: byClose, by: 'server' } },
      { event: 'CobrEnded', data: { cobrowseId: byEnd, by: 'server' } },
    ]);
    const names = events.map((e) => e.event);
    expect(names.indexOf('OnEnd')).toBeGreaterThan(names.lastIndexOf('CobrEnded'));
    await until(() => named(alice.events, 'ChatEnded').length === 1);
    expect(named(alice.events, 'CobrowseEnded', 'ChatEnded').map((e) => [e.event, e.data?.by ?? e.data?.initiator])).toEqual([
      ['CobrowseEnded', 'agent'],
      ['CobrowseEnded', 'server'],
      ['CobrowseEnded', 'server'],
      ['ChatEnded', 'agent'],
    ]);
  });
});
