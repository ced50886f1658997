// One WebRTC connection and its signaling as the contract carries it (Signal: offer, answer,
// ice-candidate): this side offers, trickles its candidates, and applies what the other side sends
// - candidates that come before the answer wait for it. Media is the browser's RTCPeerConnection.
import type { AvConfig } from './host.ts';

export type Signal =
  | { type: 'offer' | 'answer'; sdp: string }
  | {
      type: 'ice-candidate';
      candidate: { candidate: string; sdpMid?: string | null; sdpMLineIndex?: number | null; usernameFragment?: string | null };
    };

export type PeerOptions = {
  config: AvConfig;
  /** Sends one signal to the other side (sendAvSignal / sendCobrowseSignal). */
  send: (signal: Signal) => Promise<unknown>;
  /** The connection is up (first time, and again after an ICE restart). */
  onConnected: () => void;
  /** The connection failed for good (no ICE restart, or it failed too). */
  onFailed: () => void;
};

export class SignalingPeer {
  readonly connection: RTCPeerConnection;
  readonly remoteStreams: MediaStream[] = [];
  readonly #options: PeerOptions;
  #waitingCandidates: RTCIceCandidateInit[] = [];
  #restarted = false;
  /** Signals are applied one at a time, in the order they came. */
  #applying: Promise<void> = Promise.resolve();

  constructor(options: PeerOptions) {
    this.#options = options;
    const { iceServers = [], iceTransportPolicy = 'all' } = options.config.MediaTransport ?? {};
    this.connection = new RTCPeerConnection({ iceServers, iceTransportPolicy });
    this.connection.addEventListener('icecandidate', ({ candidate }) => {
      // null: gathering is over; the other side needs no word of it.
      if (candidate !== null && candidate.candidate !== '') this.#send({ type: 'ice-candidate', candidate: candidate.toJSON() as never });
    });
    this.connection.addEventListener('track', ({ streams, track }) => {
      const [stream = new MediaStream([track])] = streams;
      if (!this.remoteStreams.includes(stream)) this.remoteStreams.push(stream);
    });
    this.connection.addEventListener('connectionstatechange', () => {
      const state = this.connection.connectionState;
      if (state === 'connected') options.onConnected();
      else if (state === 'failed') void this.#recover();
    });
  }

  /** Adds the stream's tracks, each direction given (send only for co-browsing's shared page). */
  addStream(stream: MediaStream, direction: RTCRtpTransceiverDirection = 'sendrecv'): void {
    for (const track of stream.getTracks()) this.connection.addTransceiver(track, { direction, streams: [stream] });
  }

  /** Makes and sends the offer. */
  async offer(options: RTCOfferOptions = {}): Promise<void> {
    const offer = await this.connection.createOffer(options);
    await this.connection.setLocalDescription(offer);
    await this.#options.send({ type: 'offer', sdp: this.connection.localDescription?.sdp ?? offer.sdp ?? '' });
  }

  /** Applies a signal of the other side, after those before it. */
  receive(signal: Signal): Promise<void> {
    this.#applying = this.#applying
      .then(() => this.#apply(signal))
      .catch((error) => console.warn('livechat: a WebRTC signal was refused', error));
    return this.#applying;
  }

  /** The bandwidth caps of Network.Bandwidth (kbit/s) on each sender, where the browser allows them. */
  async capBandwidth(): Promise<void> {
    const caps = this.#options.config.Network?.Bandwidth ?? {};
    for (const sender of this.connection.getSenders()) {
      const limit = sender.track?.kind === 'audio' ? caps.SingleAudioTrackLimit : caps.SingleVideoTrackLimit;
      if (limit === undefined) continue;
      const parameters = sender.getParameters();
      if (parameters.encodings.length === 0) continue;
      for (const encoding of parameters.encodings) encoding.maxBitrate = limit * 1000;
      await sender.setParameters(parameters).catch(() => undefined);
    }
  }

  close(): void {
    this.connection.close();
  }

  async #apply(signal: Signal): Promise<void> {
    const connection = this.connection;
    if (connection.signalingState === 'closed') return;
    if (signal.type === 'ice-candidate') {
      if (connection.remoteDescription === null) this.#waitingCandidates.push(signal.candidate);
      else await connection.addIceCandidate(signal.candidate);
      return;
    }
    if (signal.type === 'offer') {
      // The other side renegotiates (e.g. its ICE restart): answer it.
      await connection.setRemoteDescription(signal);
      await connection.setLocalDescription(await connection.createAnswer());
      await this.#options.send({ type: 'answer', sdp: connection.localDescription?.sdp ?? '' });
    } else await connection.setRemoteDescription(signal);
    const waiting = this.#waitingCandidates;
    this.#waitingCandidates = [];
    for (const candidate of waiting) await connection.addIceCandidate(candidate);
  }

  #send(signal: Signal): void {
    this.#options.send(signal).catch((error) => console.warn('livechat: a WebRTC signal could not be sent', error));
  }

  /** A failed connection: one ICE restart when Signaling.iceRestart is set, else the end. */
  async #recover(): Promise<void> {
    if (this.#options.config.Signaling?.iceRestart !== true || this.#restarted) {
      this.#options.onFailed();
      return;
    }
    this.#restarted = true;
    await this.offer({ iceRestart: true }).catch(() => this.#options.onFailed());
  }
}
