// Audio/video calls (the document's livechat_video part, loaded on first use): StartAvCall opens a
// WebRTC call with the chat's CSO - the page's devices per MediaCapture, the CSO's answer and
// candidates from AvSignal events - and Display.OnConnected(remoteStreams, localStreams) once media
// flows; EndAvCall, the CSO's hang-up (AvCallEnded) or a failed connection end it with
// Display.OnDisconnected(). Pause(audio, video) stops sending what it pauses and tells the CSO.
import { avRoutes } from '../../../generated/client/tables.ts';
import type { AvConfig, MediaHost } from './host.ts';
import { notify } from './host.ts';
import { type Signal, SignalingPeer } from './peer.ts';

type Call = { sid: string; callId: string; peer: SignalingPeer; local: MediaStream; connected: boolean; paused: MediaState };
type MediaState = { audio: boolean; video: boolean };
type CallEvent = { sid?: string; data?: { callId?: string; signal?: Signal } };

/** What StartAvCall sends: a voice call unless MediaCapture enables video. */
export function mediaOf(config: AvConfig): MediaState {
  return { audio: config.MediaCapture?.audio?.enabled ?? true, video: config.MediaCapture?.video?.enabled ?? false };
}

/** getUserMedia's constraints from MediaCapture. */
export function constraintsOf(config: AvConfig): MediaStreamConstraints {
  const { audio = {}, video = {} } = config.MediaCapture ?? {};
  const media = mediaOf(config);
  const { enabled: _a, ...audioConstraints } = audio;
  const ideal = (value: number | undefined) => (value === undefined ? {} : { ideal: value });
  return {
    audio: media.audio ? (Object.keys(audioConstraints).length > 0 ? audioConstraints : true) : false,
    video: media.video
      ? {
          ...(video.width ? { width: ideal(video.width) } : {}),
          ...(video.height ? { height: ideal(video.height) } : {}),
          ...(video.frameRate ? { frameRate: ideal(video.frameRate) } : {}),
        }
      : false,
  };
}

export class AvCalls {
  #call: Call | undefined;
  #config: AvConfig = {};
  readonly #host: MediaHost;

  constructor(host: MediaHost) {
    this.#host = host;
    host.on('AvSignal', (payload) => {
      const call = this.#callOf(payload as CallEvent);
      const signal = (payload as CallEvent).data?.signal;
      if (call !== undefined && signal !== undefined) void call.peer.receive(signal);
    });
    host.on('AvCallEnded', (payload) => {
      const call = this.#callOf(payload as CallEvent);
      if (call !== undefined) this.#finish(call);
    });
    // The chat's end ends its call, also when no AvCallEnded can come (the session lost offline).
    host.on('OnEnd', (_initiator, _reason, sid) => {
      const call = this.#call;
      if (call !== undefined && (sid === undefined || sid === call.sid)) this.#finish(call);
    });
  }

  /** SetAvConfigs: used by the next StartAvCall (and the call in progress's Display). */
  configure(config: AvConfig): void {
    this.#config = config ?? {};
  }

  /** The call in progress, if any: its chat, id and streams. */
  get current(): Readonly<Pick<Call, 'sid' | 'callId' | 'local' | 'connected' | 'paused'>> | undefined {
    return this.#call;
  }

  /** StartAvCall(sid): the devices first (a refusal costs no server call), then the call and its offer. */
  async start(sid: string): Promise<void> {
    if (this.#call !== undefined) throw new Error('livechat.StartAvCall: a call is in progress; EndAvCall first');
    const config = this.#config;
    const local = await navigator.mediaDevices.getUserMedia(constraintsOf(config));
    let callId: string;
    try {
      ({ callId } = await this.#host.requestInChat<{ callId: string }>(avRoutes.startAvCall, sid, mediaOf(config)));
    } catch (error) {
      for (const track of local.getTracks()) track.stop();
      throw error;
    }
    const peer = new SignalingPeer({
      config,
      send: (signal) => this.#host.requestInChat(avRoutes.sendAvSignal, sid, { callId, signal }),
      onConnected: () => {
        if (this.#call !== call || call.connected) return;
        call.connected = true;
        void peer.capBandwidth();
        notify(config.Display?.OnConnected, [...peer.remoteStreams], [local]);
      },
      onFailed: () => void this.end().catch(() => undefined),
    });
    const call: Call = { sid, callId, peer, local, connected: false, paused: { audio: false, video: false } };
    this.#call = call;
    peer.addStream(local);
    await peer.offer();
  }

  /** EndAvCall: the CSO hears the hang-up; this side's Display.OnDisconnected is called at once. */
  async end(): Promise<void> {
    const call = this.#call;
    if (call === undefined) return;
    this.#finish(call);
    await this.#host.requestInChat(avRoutes.endAvCall, call.sid, { callId: call.callId });
  }

  /** Pause(audio, video): what is paused stops being sent (no frames at all), then the CSO is told. */
  async pause(audio: boolean, video: boolean): Promise<void> {
    const call = this.#call;
    if (call === undefined) throw new Error('livechat.Pause: no call in progress');
    call.paused = { audio: audio === true, video: video === true };
    for (const track of call.local.getTracks()) {
      const paused = track.kind === 'audio' ? call.paused.audio : call.paused.video;
      track.enabled = !paused;
      const sender = call.peer.connection
        .getSenders()
        .find((s) => s.track === track || (s.track === null && senderKind(call, s) === track.kind));
      await sender?.replaceTrack(paused ? null : track);
    }
    await this.#host.requestInChat(avRoutes.pauseAv, call.sid, { callId: call.callId, ...call.paused });
  }

  #callOf(payload: CallEvent): Call | undefined {
    const call = this.#call;
    return call !== undefined && payload.sid === call.sid && payload.data?.callId === call.callId ? call : undefined;
  }

  /** Closes the call's connection, releases the devices and calls Display.OnDisconnected. */
  #finish(call: Call): void {
    if (this.#call !== call) return;
    this.#call = undefined;
    call.peer.close();
    for (const track of call.local.getTracks()) track.stop();
    notify(this.#config.Display?.OnDisconnected);
  }
}

/** The kind a sender carries while it sends nothing (paused): its transceiver's receiver says. */
function senderKind(call: Call, sender: RTCRtpSender): string | undefined {
  return call.peer.connection.getTransceivers().find((t) => t.sender === sender)?.receiver.track.kind;
}
