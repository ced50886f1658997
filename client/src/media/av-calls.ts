// Audio/video calls (the document's livechat_video part, loaded on first use): StartAvCall opens a
// WebRTC call with the chat's CSO - the page's devices per MediaCapture, the CSO's answer and
// candidates from AvSignal events - and Display.OnConnected(remoteStreams, localStreams) once media
// flows. EndAvCall, the CSO's hang-up (AvCallEnded), the chat's end, a failed connection or a
// failed start end it with Display.OnDisconnected(), the devices released. Pause(audio, video)
// stops sending what it pauses and tells the CSO, in order.
import { avRoutes } from '../../../generated/client/tables.ts';
import type { components } from '../../../generated/http/openapi.ts';
import type { AvConfig, MediaHost } from './host.ts';
import { notify } from './host.ts';
import { PendingStart, StartCancelled, sendEnd } from './lifecycle.ts';
import { type Signal, SignalingPeer } from './peer.ts';

type MediaState = components['schemas']['MediaState'];
type Call = {
  sid: string;
  callId: string;
  config: AvConfig;
  peer: SignalingPeer;
  local: MediaStream;
  connected: boolean;
  paused: MediaState;
  /** Pause requests, one after another. */
  pausing: Promise<unknown>;
};
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
  #starting: PendingStart | undefined;
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
      const { sid, data } = payload as CallEvent;
      const call = this.#callOf(payload as CallEvent);
      const starting = this.#starting;
      // Also while the start still runs (its offer on its way): the start then stops without an end of its own.
      if (starting !== undefined && sid === starting.sid && data?.callId !== undefined) starting.endedByServer(data.callId);
      if (call !== undefined) this.#finish(call);
    });
    // The chat's end ends its call, also when no AvCallEnded can come (the session lost offline, the page closed).
    host.onChatLeft((sid) => {
      if (this.#call?.sid === sid) this.#finish(this.#call);
      if (this.#starting?.sid === sid) this.#starting.cancel();
    });
  }

  /** SetAvConfigs: used by the next StartAvCall; a call in progress keeps the config it started with. */
  configure(config: AvConfig): void {
    this.#config = config ?? {};
  }

  /** The call in progress, if any: its chat, id and streams. */
  get current(): Readonly<Pick<Call, 'sid' | 'callId' | 'local' | 'connected' | 'paused'>> | undefined {
    return this.#call;
  }

  /**
   * StartAvCall(sid): the devices first (a refusal costs no server call), then the call and its
   * offer. Whatever fails or is cancelled on the way is undone - devices released, the server's
   * call ended - and Display.OnDisconnected() is called, as for any end.
   */
  async start(sid?: string): Promise<void> {
    if (this.#call !== undefined || this.#starting !== undefined)
      throw new Error('livechat.StartAvCall: a call is in progress; EndAvCall first');
    const config = this.#config;
    const disconnected = () => notify(config.Display?.OnDisconnected);
    let chat: string;
    try {
      chat = this.#host.chatSid(sid);
      if (!mediaOf(config).audio && !mediaOf(config).video)
        throw new Error('livechat.StartAvCall: MediaCapture enables neither audio nor video');
    } catch (error) {
      disconnected();
      throw error;
    }
    const starting = new PendingStart(chat, disconnected);
    this.#starting = starting;
    let local: MediaStream | undefined;
    let callId: string | undefined;
    let call: Call | undefined;
    try {
      local = await navigator.mediaDevices.getUserMedia(constraintsOf(config));
      const devices = local;
      starting.hold(() => stopTracks(devices));
      if (starting.stopsAt()) throw new StartCancelled();
      ({ callId } = await this.#host.requestInChat<{ callId: string }>(avRoutes.startAvCall, chat, mediaOf(config)));
      if (starting.stopsAt(callId)) throw new StartCancelled();
      call = this.#open(chat, callId, config, local);
      const opened = call;
      starting.hold(() => opened.peer.close());
      await call.peer.offer();
      if (starting.stopsAt(callId)) throw new StartCancelled();
    } catch (error) {
      // Undone once: the call's state, its connection, the devices; the page told unless a cancel or an event did.
      const current = call !== undefined && this.#call === call;
      if (current) this.#call = undefined;
      call?.peer.close();
      stopTracks(local);
      if (!starting.notified && (current || call === undefined)) disconnected();
      const id = callId;
      if (id !== undefined && !starting.wasEndedByServer(id))
        void sendEnd(() => this.#host.requestInChat(avRoutes.endAvCall, chat, { callId: id })).catch(() => undefined);
      if (!(error instanceof StartCancelled) && !starting.wasEndedByServer(id)) throw error;
    } finally {
      if (this.#starting === starting) this.#starting = undefined;
    }
  }

  /** EndAvCall: the CSO hears the hang-up; this side's Display.OnDisconnected is called at once. A start in progress is given up. */
  async end(): Promise<void> {
    if (this.#starting !== undefined) {
      this.#starting.cancel();
      return;
    }
    const call = this.#call;
    if (call === undefined) return;
    this.#finish(call);
    await sendEnd(() => this.#host.requestInChat(avRoutes.endAvCall, call.sid, { callId: call.callId }));
  }

  /** Pause(audio, video): what is paused stops being sent (no frames at all), then the CSO is told - in the order of the calls. */
  pause(audio: boolean, video: boolean): Promise<unknown> {
    const call = this.#call;
    if (call === undefined) return Promise.reject(new Error('livechat.Pause: no call in progress'));
    const state = { audio: audio === true, video: video === true };
    call.paused = state;
    const senders = call.peer.connection.getSenders();
    const applied = call.local.getTracks().map((track) => {
      const paused = track.kind === 'audio' ? state.audio : state.video;
      track.enabled = !paused;
      const sender = senders.find((s) => s.track === track || (s.track === null && call.peer.kindOf(s) === track.kind));
      return sender?.replaceTrack(paused ? null : track);
    });
    call.pausing = call.pausing
      .catch(() => undefined)
      .then(() => Promise.all(applied))
      .then(() => this.#host.requestInChat(avRoutes.pauseAv, call.sid, { callId: call.callId, ...state }));
    return call.pausing;
  }

  #open(sid: string, callId: string, config: AvConfig, local: MediaStream): Call {
    const peer = new SignalingPeer({
      config,
      send: (signal) => this.#host.requestInChat(avRoutes.sendAvSignal, sid, { callId, signal }),
      onConnected: () => {
        if (this.#call !== call || call.connected) return;
        call.connected = true;
        void peer.capBandwidth();
        notify(config.Display?.OnConnected, [...peer.remoteStreams], [local]);
      },
      // Only this call's failure ends it: a late one of an earlier call must not end the next.
      onFailed: () => {
        if (this.#call === call) void this.end().catch(() => undefined);
      },
    });
    const call: Call = {
      sid,
      callId,
      config,
      peer,
      local,
      connected: false,
      paused: { audio: false, video: false },
      pausing: Promise.resolve(),
    };
    try {
      peer.addStream(local);
    } catch (error) {
      peer.close();
      throw error;
    }
    this.#call = call;
    return call;
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
    stopTracks(call.local);
    notify(call.config.Display?.OnDisconnected);
  }
}

function stopTracks(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
