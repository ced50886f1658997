// The suite's own cases of the audio/video and co-browse signaling profiles: each message of
// those parts of the spec relayed end to end, customer to CSO and CSO to customer, as a WebRTC
// negotiation uses them - an offer sent while the call rings reaches the CSO who answers, in
// order, with the same SDP; the answer and candidates reach every page of the customer; Pause,
// hang-up and decline both ways; co-browsing's configuration, signals, control values, pointer
// (paced) and annotations, and its end both ways. The server only relays the SDP, so the text is
// a realistic offer of a browser, and must arrive byte for byte.
//
// These cases name no single element of the contract, so the generated case list has none of
// them: they are listed here (`signalingCases`), in the profiles of the generated list whose
// messages they relay (audio-video-signaling = `--profile av`, cobrowse-signaling =
// `--profile cobrowse`).
import type { AgentEvent } from '../agent-driver/driver.ts';
import type { CaseContext } from '../suite/context.ts';
import { exact, type Resolver, type SuiteCase } from '../suite/registry.ts';
import { CANDIDATE, CONTROLS, callInProgress, cobrowsing, onEveryStream, STROKE } from './events.ts';
import { agentDoes, agentEvent, type RawStream, type Scope, SETTLE_MS, same, scenario, show, sleep } from './scenarios.ts';

// --- realistic signaling -------------------------------------------------------------------------

const FINGERPRINT = 'sha-256 4A:1F:9C:E2:7B:05:D8:33:6E:A1:0F:C4:92:58:BD:17:E6:2A:9F:40:C3:71:0B:8D:5E:F2:16:A9:47:CB:3D:80';

/** An SDP of a browser's RTCPeerConnection: audio and video (a call), or a data channel and video (co-browsing). */
function sdp(type: 'offer' | 'answer', media: ('audio' | 'video' | 'application')[], session: string): string {
  const mids = media.map((_, i) => String(i));
  const common = (mid: string) => [
    'c=IN IP4 0.0.0.0',
    'a=rtcp:9 IN IP4 0.0.0.0',
    `a=ice-ufrag:${type === 'offer' ? 'Qx7n' : 'hT3w'}`,
    `a=ice-pwd:${type === 'offer' ? 'Yk2mX9vLr4TqW8sZp1nB6cHd' : 'pL5rN8bV2xC7kQ1mZ9tW4yJs'}`,
    'a=ice-options:trickle',
    `a=fingerprint:${FINGERPRINT}`,
    `a=setup:${type === 'offer' ? 'actpass' : 'active'}`,
    `a=mid:${mid}`,
  ];
  const lines = [
    'v=0',
    `o=- ${session} 2 IN IP4 127.0.0.1`,
    's=-',
    't=0 0',
    `a=group:BUNDLE ${mids.join(' ')}`,
    'a=extmap-allow-mixed',
    'a=msid-semantic: WMS 3f2c9a4e-7b1d-4c8e-9a5f-2d6b8e1c0a7f',
  ];
  for (const [index, kind] of media.entries()) {
    const mid = String(index);
    if (kind === 'audio')
      lines.push(
        'm=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 126',
        ...common(mid),
        'a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level',
        'a=sendrecv',
        'a=msid:3f2c9a4e-7b1d-4c8e-9a5f-2d6b8e1c0a7f 9b8d2f61-5c3e-4a7b-8e1f-0d6c4b2a9e35',
        'a=rtcp-mux',
        'a=rtpmap:111 opus/48000/2',
        'a=rtcp-fb:111 transport-cc',
        'a=fmtp:111 minptime=10;useinbandfec=1',
        'a=rtpmap:63 red/48000/2',
        'a=fmtp:63 111/111',
        'a=rtpmap:9 G722/8000',
        'a=rtpmap:0 PCMU/8000',
        'a=rtpmap:8 PCMA/8000',
        'a=rtpmap:126 telephone-event/8000',
        'a=ssrc:2913517428 cname:Vt4qL0bJ9sXk2mNc',
      );
    if (kind === 'video')
      lines.push(
        'm=video 9 UDP/TLS/RTP/SAVPF 96 97 102 103',
        ...common(mid),
        'a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
        'a=sendrecv',
        'a=msid:3f2c9a4e-7b1d-4c8e-9a5f-2d6b8e1c0a7f 6e0a4d92-1b7c-4f3e-a85d-2c9b7e10f4a6',
        'a=rtcp-mux',
        'a=rtcp-rsize',
        'a=rtpmap:96 VP8/90000',
        'a=rtcp-fb:96 goog-remb',
        'a=rtcp-fb:96 transport-cc',
        'a=rtcp-fb:96 ccm fir',
        'a=rtcp-fb:96 nack',
        'a=rtcp-fb:96 nack pli',
        'a=rtpmap:97 rtx/90000',
        'a=fmtp:97 apt=96',
        'a=rtpmap:102 H264/90000',
        'a=rtcp-fb:102 nack pli',
        'a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f',
        'a=rtpmap:103 rtx/90000',
        'a=fmtp:103 apt=102',
        'a=ssrc-group:FID 1736492019 3301846275',
        'a=ssrc:1736492019 cname:Vt4qL0bJ9sXk2mNc',
        'a=ssrc:3301846275 cname:Vt4qL0bJ9sXk2mNc',
      );
    if (kind === 'application')
      lines.push('m=application 9 UDP/DTLS/SCTP webrtc-datachannel', ...common(mid), 'a=sctp-port:5000', 'a=max-message-size:262144');
  }
  return `${lines.join('\r\n')}\r\n`;
}

type Signal = { type: string; sdp?: string; candidate?: { candidate: string; sdpMid: string | null; sdpMLineIndex: number | null } };

const candidate = (line: string, mid: string, index: number): Signal => ({
  type: 'ice-candidate',
  candidate: { candidate: line, sdpMid: mid, sdpMLineIndex: index },
});

export const AV_OFFER: Signal = { type: 'offer', sdp: sdp('offer', ['audio', 'video'], '4611731400430051336') };
export const AV_ANSWER: Signal = { type: 'answer', sdp: sdp('answer', ['audio', 'video'], '7720831744208211012') };
const CUSTOMER_CANDIDATES: Signal[] = [
  candidate('candidate:842163049 1 udp 2122260223 192.0.2.10 54400 typ host generation 0 ufrag Qx7n network-id 1', '0', 0),
  candidate(
    'candidate:1467250027 1 udp 1686052607 198.51.100.7 61021 typ srflx raddr 192.0.2.10 rport 54400 generation 0 ufrag Qx7n',
    '0',
    0,
  ),
  // The end of candidates.
  candidate('', '0', 0),
];
const AGENT_CANDIDATES: Signal[] = [
  candidate('candidate:3950471263 1 udp 2122194687 192.0.2.20 50010 typ host generation 0 ufrag hT3w network-id 2', '0', 0),
  CANDIDATE as Signal,
];
const COBROWSE_OFFER: Signal = { type: 'offer', sdp: sdp('offer', ['application', 'video'], '5093321787604410277') };
const COBROWSE_ANSWER: Signal = { type: 'answer', sdp: sdp('answer', ['application', 'video'], '2238410960135772208') };

// --- helpers -------------------------------------------------------------------------------------

/** The CSO's events of one call or co-browse session, of one name. */
const agentEvents = (agent: { events: readonly AgentEvent[] }, name: string, key: 'callId' | 'cobrowseId', id: string) =>
  agent.events.filter((e) => e.event === name && e.data?.[key] === id);

/** The inner `data` of a raw stream's events of one name. */
const streamData = (stream: RawStream | undefined, name: string) => (stream?.named(name) ?? []).map((e) => e.data.data);

/** Waits until the CSO has `count` events of `name` for the call or session, then a while for duplicates. */
async function agentGets(
  t: CaseContext,
  agent: { events: readonly AgentEvent[] },
  name: string,
  key: 'callId' | 'cobrowseId',
  id: string,
  count: number,
) {
  await t.until(() => agentEvents(agent, name, key, id).length >= count, 5000);
  await sleep(SETTLE_MS);
  return agentEvents(agent, name, key, id).map((e) => e.data);
}

/** Nothing of `name` reached the customer's pages for the session (after a while for it to show up). */
async function noneOnStreams(streams: RawStream[], name: string, match: (data: unknown) => boolean): Promise<boolean> {
  await sleep(SETTLE_MS * 3);
  return streams.every((stream) => !streamData(stream, name).some(match));
}

/** A call the CSO answered is refused, or at least not delivered: what the deployment did, as found. */
function refusedOrNot(t: CaseContext, status: number, delivered: boolean, what: string): void {
  t.must(
    status >= 400 || !delivered,
    `${what} is refused, or not delivered (answered ${status}, ${delivered ? 'delivered' : 'not delivered'})`,
  );
  t.info(`${what}: answered ${status}${status >= 400 ? '' : ', and not delivered'}`);
}

// --- audio/video ---------------------------------------------------------------------------------

/** The page's offer and candidates, sent while the call rings, reach the CSO who answers: in order, once, byte for byte. */
const offerBeforeAnswer = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, c, sid, callId } = await callInProgress(t, s, false);
  const sent = [AV_OFFER, ...CUSTOMER_CANDIDATES];
  for (const signal of sent) {
    const answer = await c.call('p1', 'sendAvSignal', { path: { sid }, body: { callId, signal } });
    t.must(
      answer.status === 202,
      `the page's ${signal.type} while the call rings answers 202 (got ${answer.status}: ${show(answer.body)})`,
    );
  }
  await sleep(SETTLE_MS);
  t.must(
    agentEvents(agent, 'AvSignal', 'callId', callId).length === 0,
    'no signal reaches the CSO before the call is answered (they are held for the CSO who answers)',
  );
  await agentDoes(t, agent, 'agentAnswerAvCall', { path: { sid }, body: { callId } });
  const got = (await agentGets(t, agent, 'AvSignal', 'callId', callId, sent.length)).map((d) => d?.signal);
  t.must(
    same(got, sent),
    `the CSO who answers receives the page's offer and ${CUSTOMER_CANDIDATES.length} candidates once each, in order, as sent (got ${show(got)})`,
  );
  t.must((got[0] as Signal | undefined)?.sdp === AV_OFFER.sdp, 'the offer reaches the CSO byte for byte');
  // Signals after the answer go straight through.
  await c.call('p1', 'sendAvSignal', { path: { sid }, body: { callId, signal: CANDIDATE } });
  const after = (await agentGets(t, agent, 'AvSignal', 'callId', callId, sent.length + 1)).map((d) => d?.signal);
  t.must(same(after.at(-1), CANDIDATE), `a candidate sent after the answer reaches the CSO (got ${show(after.at(-1))})`);
});

/** The CSO's answer and candidates reach every page of the customer as AvSignal, in order, with the same SDP. */
const answerToCustomer = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, c, sid, streams, callId } = await callInProgress(t, s);
  await c.call('p1', 'sendAvSignal', { path: { sid }, body: { callId, signal: AV_OFFER } });
  for (const signal of [AV_ANSWER, ...AGENT_CANDIDATES])
    await agentDoes(t, agent, 'agentSendAvSignal', { path: { sid }, body: { callId, signal: signal as never } });
  await onEveryStream(
    t,
    streams,
    ['AvSignal'],
    [AV_ANSWER, ...AGENT_CANDIDATES].map((signal) => ({ event: 'AvSignal', sid, data: { callId, signal } })),
    "the CSO's SDP answer and candidates",
  );
  const sdps = streams.map((stream) => (streamData(stream, 'AvSignal')[0] as { signal?: Signal } | undefined)?.signal?.sdp);
  t.must(
    sdps.every((text) => text === AV_ANSWER.sdp),
    'the answer reaches every page byte for byte (CRLF line ends, every attribute)',
  );
  const echoed = agentEvents(agent, 'AvSignal', 'callId', callId).map((e) => (e.data?.signal as Signal | undefined)?.type);
  t.must(same(echoed, ['offer']), `the CSO receives the page's signals only, never its own back (got ${show(echoed)})`);
});

/** Pause both ways: the page's reaches the CSO, the CSO's reaches every page; neither side hears its own. */
const pauseBothWays = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, c, sid, streams, callId } = await callInProgress(t, s);
  const paused = await c.call('p1', 'pauseAv', { path: { sid }, body: { callId, audio: true, video: false } });
  t.must(paused.status === 204, `Pause answers 204 (got ${paused.status}: ${show(paused.body)})`);
  const toAgent = await agentGets(t, agent, 'AvMediaStateChanged', 'callId', callId, 1);
  t.must(
    toAgent.length === 1 && toAgent[0]?.audio === true && toAgent[0]?.video === false,
    `the CSO receives the page's Pause once: microphone muted, camera on (got ${show(toAgent)})`,
  );
  await agentDoes(t, agent, 'agentPauseAv', { path: { sid }, body: { callId, audio: false, video: true } });
  await onEveryStream(
    t,
    streams,
    ['AvMediaStateChanged'],
    [{ event: 'AvMediaStateChanged', sid, data: { callId, state: { audio: false, video: true } } }],
    "the CSO's Pause (camera paused), and not the page's own",
  );
  t.must(
    agentEvents(agent, 'AvMediaStateChanged', 'callId', callId).length === 1,
    "the CSO does not receive its own Pause back (one AvMediaStateChanged, the page's)",
  );
});

/** Hang-up both ways, and a decline: AvCallEnded to the other side with who ended it; nothing is relayed for an ended call. */
const hangUpBothWays = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, c, sid, streams, callId } = await callInProgress(t, s);
  // 1. The page hangs up: the CSO hears it, by: customer.
  const ended = await c.call('p1', 'endAvCall', { path: { sid }, body: { callId } });
  t.must(ended.status === 204, `EndAvCall answers 204 (got ${ended.status}: ${show(ended.body)})`);
  const byPage = await agentGets(t, agent, 'AvCallEnded', 'callId', callId, 1);
  t.must(same(byPage, [{ callId, by: 'customer' }]), `the CSO receives AvCallEnded once, by: customer (got ${show(byPage)})`);
  const late = await c.call('p1', 'sendAvSignal', { path: { sid }, body: { callId, signal: CANDIDATE } });
  await sleep(SETTLE_MS);
  refusedOrNot(t, late.status, agentEvents(agent, 'AvSignal', 'callId', callId).length > 0, 'a signal for a call the page ended');

  const ring = async () => {
    const started = await c.call('p1', 'startAvCall', { path: { sid }, body: { audio: true, video: true } });
    t.must(started.status === 201, `another call starts (got ${started.status}: ${show(started.body)})`);
    const id = (started.body as { callId: string }).callId;
    t.must((await agentEvent(agent, (e) => e.event === 'AvCallRequested' && e.data?.callId === id)) !== undefined, 'it rings on the CSO');
    return id;
  };
  // 2. The CSO declines a ringing call; 3. the CSO hangs up an answered one.
  const declined = await ring();
  await agentDoes(t, agent, 'agentDeclineAvCall', { path: { sid }, body: { callId: declined } });
  const hungUp = await ring();
  await agentDoes(t, agent, 'agentAnswerAvCall', { path: { sid }, body: { callId: hungUp } });
  await agentDoes(t, agent, 'agentEndAvCall', { path: { sid }, body: { callId: hungUp } });
  await onEveryStream(
    t,
    streams,
    ['AvCallEnded'],
    [
      { event: 'AvCallEnded', sid, data: { callId: declined, by: 'a', reason: 'declined' } },
      { event: 'AvCallEnded', sid, data: { callId: hungUp, by: 'a', reason: 'hang-up' } },
    ],
    "the CSO's decline and hang-up (none for the page's own hang-up)",
  );
  for (const [id, what] of [
    [declined, 'declined'],
    [hungUp, 'hung up'],
  ] as const) {
    const own = await agentGets(t, agent, 'AvCallEnded', 'callId', id, 1);
    t.must(same(own, [{ callId: id, by: 'agent' }]), `the CSO's desktop hears the call it ${what} end once, by: agent (got ${show(own)})`);
  }
  const after = await agent.call('agentSendAvSignal', { path: { sid }, body: { callId: hungUp, signal: CANDIDATE as never } });
  const delivered = await noneOnStreams(streams, 'AvSignal', (d) => (d as { callId?: string })?.callId === hungUp);
  refusedOrNot(t, after.status, !delivered, "the CSO's signal for a call it hung up");
});

// --- co-browsing ---------------------------------------------------------------------------------

const FULL_CONFIG = { domControlList: CONTROLS, isMousePointerCapture: true, isAnnotationEnabled: true };

/** StartCobr's configuration reaches the CSO; the shared page's offer and the CSO's answer are relayed both ways, byte for byte. */
const cobrowseStartAndSignals = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, c, sid, streams, cobrowseId } = await cobrowsing(t, s, FULL_CONFIG);
  const started = agentEvents(agent, 'CobrowseStarted', 'cobrowseId', cobrowseId).map((e) => e.data);
  t.must(
    same(started, [{ cobrowseId, ...FULL_CONFIG }]),
    `the CSO receives CobrowseStarted once, with SetCobrConfigs' configuration as sent (got ${show(started)})`,
  );
  const fromPage = [COBROWSE_OFFER, ...CUSTOMER_CANDIDATES];
  for (const signal of fromPage) {
    const answer = await c.call('p1', 'sendCobrowseSignal', { path: { sid }, body: { cobrowseId, signal } });
    t.must(answer.status === 202, `the page's ${signal.type} answers 202 (got ${answer.status}: ${show(answer.body)})`);
  }
  const got = (await agentGets(t, agent, 'CobrowseSignal', 'cobrowseId', cobrowseId, fromPage.length)).map((d) => d?.signal);
  t.must(same(got, fromPage), `the CSO receives the page's offer and candidates once each, in order (got ${show(got)})`);
  t.must((got[0] as Signal | undefined)?.sdp === COBROWSE_OFFER.sdp, 'the offer reaches the CSO byte for byte');
  for (const signal of [COBROWSE_ANSWER, ...AGENT_CANDIDATES])
    await agentDoes(t, agent, 'agentSendCobrowseSignal', { path: { sid }, body: { cobrowseId, signal: signal as never } });
  await onEveryStream(
    t,
    streams,
    ['CobrSignal'],
    [COBROWSE_ANSWER, ...AGENT_CANDIDATES].map((signal) => ({ event: 'CobrSignal', sid, data: { cobrowseId, signal } })),
    "the CSO's SDP answer and candidates",
  );
});

/** Values of domControlList's controls both ways; a control outside the list is refused or not delivered. */
const cobrowseControlValues = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, c, sid, streams, cobrowseId } = await cobrowsing(t, s, FULL_CONFIG);
  const fromPage = [
    { control: 'checkbox', id: 'checkbox1', value: true },
    { control: 'textbox', id: 'textbox1', value: '12 Orchard Road, #04-01' },
  ];
  for (const value of fromPage) {
    const answer = await c.call('p1', 'sendCobrowseControlValue', { path: { sid }, body: { cobrowseId, value } });
    t.must(answer.status === 202, `the page's ${value.control} value answers 202 (got ${answer.status}: ${show(answer.body)})`);
  }
  const got = (await agentGets(t, agent, 'CobrowseControlValueChanged', 'cobrowseId', cobrowseId, fromPage.length)).map((d) => d?.value);
  t.must(same(got, fromPage), `the CSO receives the page's values once each, in order (got ${show(got)})`);

  const fromAgent = { control: 'dropdown', id: 'dropdown1', value: 'SG' };
  await agentDoes(t, agent, 'agentSendCobrowseControlValue', { path: { sid }, body: { cobrowseId, value: fromAgent as never } });
  await onEveryStream(
    t,
    streams,
    ['CobrControlValueChanged'],
    [{ event: 'CobrControlValueChanged', sid, data: { cobrowseId, value: fromAgent } }],
    "the CSO's dropdown value",
  );

  // The spec: the receiving side applies a value only to an id of its domControlList. The
  // server should not relay one outside the list (the reference server refuses it).
  const unlisted = { control: 'textbox', id: 'card-number', value: '4111 1111 1111 1111' };
  const answer = await c.call('p1', 'sendCobrowseControlValue', { path: { sid }, body: { cobrowseId, value: unlisted } });
  await sleep(SETTLE_MS * 3);
  const delivered = agentEvents(agent, 'CobrowseControlValueChanged', 'cobrowseId', cobrowseId).some(
    (e) => (e.data?.value as { id?: string } | undefined)?.id === unlisted.id,
  );
  t.should(
    answer.status >= 400 || !delivered,
    `a value of a control outside domControlList is refused, or not delivered to the CSO (answered ${answer.status}, ${delivered ? 'delivered' : 'not delivered'})`,
  );
  t.info(`a control outside domControlList: answered ${answer.status}${delivered ? ', delivered' : ', not delivered'}`);
});

/** The pointer reaches the CSO at most 20 times a second, the latest position wins and the last one always arrives. */
const cobrowsePointerPacing = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, c, sid, cobrowseId } = await cobrowsing(t, s, FULL_CONFIG);
  const batches = Array.from({ length: 30 }, (_, i) =>
    [0, 1, 2].map((k) => ({ x: Number((0.1 + i * 0.02 + k * 0.005).toFixed(3)), y: Number((0.2 + i * 0.01).toFixed(3)), visible: true })),
  );
  const started = Date.now();
  for (const [i, points] of batches.entries()) {
    const answer = await c.call('p1', 'sendCobrowsePointer', { path: { sid }, body: { cobrowseId, points } });
    t.must(answer.status === 202, `pointer batch ${i + 1} answers 202 (got ${answer.status}: ${show(answer.body)})`);
    await sleep(Math.max(0, started + (i + 1) * 25 - Date.now())); // 40 batches a second
  }
  const last = batches.at(-1)?.at(-1);
  const arrived = await t.until(
    () => same(agentEvents(agent, 'CobrowsePointer', 'cobrowseId', cobrowseId).at(-1)?.data?.pointer, last),
    2000,
  );
  await sleep(200);
  const got = agentEvents(agent, 'CobrowsePointer', 'cobrowseId', cobrowseId);
  t.must(arrived && same(got.at(-1)?.data?.pointer, last), `the last position sent arrives last (got ${show(got.at(-1)?.data?.pointer)})`);
  // Every position relayed is one that was sent, in the order sent.
  const sent = batches.flat().map((p) => JSON.stringify(p));
  const order = got.map((e) => sent.indexOf(JSON.stringify(e.data?.pointer)));
  t.must(
    order.every((index, i) => index >= 0 && (i === 0 || index > (order[i - 1] ?? -1))),
    `every position the CSO receives was sent, in the order sent (indexes ${show(order)})`,
  );
  // At most 20 a second: no window of one second holds more than 20 (by the events' server time).
  const times = got.map((e) => Date.parse(String((e as { time?: string }).time)));
  const busiest = Math.max(0, ...times.map((from) => times.filter((at) => at >= from && at < from + 1000).length));
  t.must(busiest <= 20, `the CSO receives at most 20 positions in any second (got ${busiest} of ${got.length}, 90 sent in 30 batches)`);
  t.should(
    got.length < batches.length,
    `positions sent faster than 20 a second are thinned (${got.length} relayed of ${batches.length} batches)`,
  );
  t.info(`${batches.length} batches in ${Date.now() - started} ms: ${got.length} positions relayed, at most ${busiest} in a second`);
});

/** Annotations both ways while isAnnotationEnabled; none either way in a session started without it. */
const cobrowseAnnotations = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, c, sid, streams, cobrowseId } = await cobrowsing(t, s, FULL_CONFIG);
  const answer = await c.call('p1', 'sendCobrowseAnnotation', { path: { sid }, body: { cobrowseId, annotation: STROKE } });
  t.must(answer.status === 202, `the page's stroke answers 202 (got ${answer.status}: ${show(answer.body)})`);
  const got = (await agentGets(t, agent, 'CobrowseAnnotation', 'cobrowseId', cobrowseId, 1)).map((d) => d?.annotation);
  t.must(same(got, [STROKE]), `the CSO receives the page's stroke once, as drawn (got ${show(got)})`);
  const highlight = {
    tool: 'highlight',
    color: '#ffd400',
    points: [
      [0.31, 0.62],
      [0.58, 0.62],
    ],
  };
  await agentDoes(t, agent, 'agentSendCobrowseAnnotation', { path: { sid }, body: { cobrowseId, annotation: highlight as never } });
  await agentDoes(t, agent, 'agentSendCobrowseAnnotation', { path: { sid }, body: { cobrowseId, annotation: { tool: 'clear' } as never } });
  await onEveryStream(
    t,
    streams,
    ['CobrAnnotation'],
    [highlight, { tool: 'clear' }].map((annotation) => ({ event: 'CobrAnnotation', sid, data: { cobrowseId, annotation } })),
    "the CSO's highlight and clear",
  );

  // A session started without isAnnotationEnabled.
  await agentDoes(t, agent, 'agentEndCobrowse', { path: { sid }, body: { cobrowseId } });
  const again = await c.call('p1', 'startCobrowse', { path: { sid }, body: { ...FULL_CONFIG, isAnnotationEnabled: false } });
  t.must(again.status === 201, `co-browsing starts again, without annotations (got ${again.status}: ${show(again.body)})`);
  const plain = (again.body as { cobrowseId: string }).cobrowseId;
  const told = await agentEvent(agent, (e) => e.event === 'CobrowseStarted' && e.data?.cobrowseId === plain);
  t.must(told?.data?.isAnnotationEnabled === false, `the CSO is told annotations are off (got ${show(told?.data)})`);
  const fromAgent = await agent.call('agentSendCobrowseAnnotation', {
    path: { sid },
    body: { cobrowseId: plain, annotation: STROKE as never },
  });
  t.must(
    fromAgent.status === 409 && fromAgent.body?.code === 'InvalidSessionState',
    `the CSO's annotation without isAnnotationEnabled answers InvalidSessionState (got ${fromAgent.status}: ${show(fromAgent.body)})`,
  );
  const fromPage = await c.call('p1', 'sendCobrowseAnnotation', { path: { sid }, body: { cobrowseId: plain, annotation: STROKE } });
  await sleep(SETTLE_MS * 3);
  const delivered = agentEvents(agent, 'CobrowseAnnotation', 'cobrowseId', plain).length > 0;
  refusedOrNot(t, fromPage.status, delivered, "the page's annotation without isAnnotationEnabled");
  t.should(
    (fromPage.body as { code?: string } | undefined)?.code === 'InvalidSessionState',
    `the page's annotation without isAnnotationEnabled answers InvalidSessionState, as the CSO's does (got ${fromPage.status}: ${show(fromPage.body)})`,
  );
  t.must(
    await noneOnStreams(streams, 'CobrAnnotation', (d) => (d as { cobrowseId?: string })?.cobrowseId === plain),
    'no annotation reaches the pages in a session without isAnnotationEnabled',
  );
});

/** EndCobr reaches the CSO (by: customer); the CSO's end reaches every page (by: a) and its own desktop (by: agent). */
const cobrowseEndBothWays = scenario(async (t: CaseContext, s: Scope) => {
  const { agent, c, sid, streams, cobrowseId } = await cobrowsing(t, s, FULL_CONFIG);
  const ended = await c.call('p1', 'endCobrowse', { path: { sid }, body: { cobrowseId } });
  t.must(ended.status === 204, `EndCobr answers 204 (got ${ended.status}: ${show(ended.body)})`);
  const byPage = await agentGets(t, agent, 'CobrowseEnded', 'cobrowseId', cobrowseId, 1);
  t.must(same(byPage, [{ cobrowseId, by: 'customer' }]), `the CSO receives CobrowseEnded once, by: customer (got ${show(byPage)})`);
  const late = await agent.call('agentSendCobrowseSignal', { path: { sid }, body: { cobrowseId, signal: CANDIDATE as never } });
  const quiet = await noneOnStreams(streams, 'CobrSignal', (d) => (d as { cobrowseId?: string })?.cobrowseId === cobrowseId);
  refusedOrNot(t, late.status, !quiet, "the CSO's signal for a co-browse session the page ended");

  const again = await c.call('p1', 'startCobrowse', { path: { sid }, body: FULL_CONFIG });
  t.must(again.status === 201, `co-browsing starts again (got ${again.status}: ${show(again.body)})`);
  const second = (again.body as { cobrowseId: string }).cobrowseId;
  t.must(
    (await agentEvent(agent, (e) => e.event === 'CobrowseStarted' && e.data?.cobrowseId === second)) !== undefined,
    'the CSO hears of it',
  );
  await agentDoes(t, agent, 'agentEndCobrowse', { path: { sid }, body: { cobrowseId: second } });
  await onEveryStream(
    t,
    streams,
    ['CobrEnded'],
    [{ event: 'CobrEnded', sid, data: { cobrowseId: second, by: 'a' } }],
    "the CSO's end (none for the page's own EndCobr)",
  );
  const byAgent = await agentGets(t, agent, 'CobrowseEnded', 'cobrowseId', second, 1);
  t.must(same(byAgent, [{ cobrowseId: second, by: 'agent' }]), `the CSO's desktop hears its end once, by: agent (got ${show(byAgent)})`);
  const after = await c.call('p1', 'sendCobrowsePointer', { path: { sid }, body: { cobrowseId: second, points: [{ x: 0.5, y: 0.5 }] } });
  await sleep(SETTLE_MS * 3);
  refusedOrNot(
    t,
    after.status,
    agentEvents(agent, 'CobrowsePointer', 'cobrowseId', second).length > 0,
    "the page's pointer after the CSO ended co-browsing",
  );
});

// --- the cases -----------------------------------------------------------------------------------

const AV = { section: 'Audio - Video Communication Functions', profile: 'audio-video-signaling', needsAgent: true } as const;
const COBROWSE = { section: 'Co - Browsing Communication Functions', profile: 'cobrowse-signaling', needsAgent: true } as const;

const defined: (SuiteCase & { impl: ReturnType<typeof scenario> })[] = [
  {
    ...AV,
    id: 'relay:av:offer-before-answer',
    title: "The page's SDP offer and ICE candidates, sent while the call rings, reach the CSO who answers - in order, once, byte for byte",
    covers: ['operation:startAvCall', 'operation:sendAvSignal'],
    level: 'MUST',
    impl: offerBeforeAnswer,
  },
  {
    ...AV,
    id: 'relay:av:answer-to-customer',
    title: "The CSO's SDP answer and candidates reach every page of the customer as AvSignal - in order, once, with the same SDP",
    covers: ['operation:sendAvSignal', 'event:AvSignal'],
    level: 'MUST',
    impl: answerToCustomer,
  },
  {
    ...AV,
    id: 'relay:av:pause-both-ways',
    title:
      "Pause both ways: the page's reaches the CSO, the CSO's reaches every page as AvMediaStateChanged, neither side's own comes back",
    covers: ['operation:pauseAv', 'event:AvMediaStateChanged'],
    level: 'MUST',
    impl: pauseBothWays,
  },
  {
    ...AV,
    id: 'relay:av:hang-up-both-ways',
    title:
      'Hang-up by the page, decline and hang-up by the CSO: AvCallEnded to the other side with who ended it; nothing relayed for an ended call',
    covers: ['operation:endAvCall', 'operation:startAvCall', 'event:AvCallEnded'],
    level: 'MUST',
    impl: hangUpBothWays,
  },
  {
    ...COBROWSE,
    id: 'relay:cobrowse:start-and-signals',
    title:
      "StartCobr's configuration reaches the CSO (CobrowseStarted); the shared page's offer and the CSO's answer are relayed both ways",
    covers: ['operation:startCobrowse', 'operation:sendCobrowseSignal', 'event:CobrSignal'],
    level: 'MUST',
    impl: cobrowseStartAndSignals,
  },
  {
    ...COBROWSE,
    id: 'relay:cobrowse:control-values',
    title: "Values of domControlList's controls are relayed both ways; a control outside the list is refused or not delivered",
    covers: ['operation:sendCobrowseControlValue', 'event:CobrControlValueChanged'],
    level: 'MUST',
    impl: cobrowseControlValues,
  },
  {
    ...COBROWSE,
    id: 'relay:cobrowse:pointer-pacing',
    title: "The customer's pointer reaches the CSO at most 20 times a second, in order, and the last position always arrives",
    covers: ['operation:sendCobrowsePointer'],
    level: 'MUST',
    impl: cobrowsePointerPacing,
  },
  {
    ...COBROWSE,
    id: 'relay:cobrowse:annotations',
    title: 'Annotations are relayed both ways while isAnnotationEnabled, and neither way in a session started without it',
    covers: ['operation:sendCobrowseAnnotation', 'event:CobrAnnotation'],
    level: 'MUST',
    impl: cobrowseAnnotations,
  },
  {
    ...COBROWSE,
    id: 'relay:cobrowse:end-both-ways',
    title:
      "EndCobr reaches the CSO (CobrowseEnded, by customer); the CSO's end reaches every page (CobrEnded, by a); nothing relayed after",
    covers: ['operation:endCobrowse', 'event:CobrEnded'],
    level: 'MUST',
    impl: cobrowseEndBothWays,
  },
];

/** The suite's signaling cases, in run order. */
export const signalingCases: SuiteCase[] = defined.map(({ impl: _impl, ...spec }) => spec);
export const signalingResolvers: Resolver[] = defined.map(({ id, impl }) => exact(id, impl));
