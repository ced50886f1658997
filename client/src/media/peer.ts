// One WebRTC connection and its signaling as the contract carries it (Signal: offer, answer,
// ice-candidate): this side offers, trickles its candidates - sent one at a time, in order, so an
// ICE restart's offer always comes before its candidates - and applies what the other side sends,
// holding candidates that come before the answer. Media is the browser's RTCPeerConnection.
import type { components } from '../../../generated/http/openapi.ts';
import type { AvConfig } from './host.ts';

/** One signaling message of the contract (spec/schemas/signaling.yaml#/Signal). */
export type Signal = components['schemas']['Signal'];

export type PeerOptions = {
  config: AvConfig;
  /** Sends one signal to the other side (sendAvSignal / sendCobrowseSignal). */
  send: (signal: Signal) => Promise<unknown>;
  /** The connection is up (first time, and again after an ICE restart). */
  onConnected: () => void;
  /** The connection failed for good (no ICE restart, or it failed too). */
  onFailed: () => void;
};

/** Candidates held for the answer at most, as the server holds a ringing call's signals. */
const MAX_WAITING_CANDIDATES = 64;

export class SignalingPeer {
  readonly connection: RTCPeerConnection;
  readonly remoteStreams: MediaStream[] = [];
  readonly #options: PeerOptions;
  #waitingCandidates: RTCIceCandidateInit[] = [];
  /** An ICE restart was tried since the connection was last up. */
  #restarted = false;
  /** Signals are applied one at a time, in the order they came; and sent likewise. */
  #applying: Promise<void> = Promise.resolve();
  #sending: Promise<void> = Promise.resolve();

  constructor(options: PeerOptions) {
    this.#options = options;
    const { iceServers = [], iceTransportPolicy = 'all' } = options.config.MediaTransport ?? {};
    this.connection = new RTCPeerConnection({ iceServers, iceTransportPolicy });
    this.connection.addEventListener('icecandidate', ({ candidate }) => {
      // null: gathering is over; the other side needs no word of it.
      if (candidate !== null && candidate.candidate !== '')
        void this.#send({ type: 'ice-candidate', candidate: candidate.toJSON() as never });
    });
    this.connection.addEventListener('track', ({ streams, track }) => {
      const [stream = new MediaStream([track])] = streams;
      if (!this.remoteStreams.includes(stream)) this.remoteStreams.push(stream);
    });
    this.connection.addEventListener('connectionstatechange', () => {
      const state = this.connection.connectionState;
      if (state === 'connected') {
        this.#restarted = false;
        options.onConnected();
      } else if (state === 'failed') void this.#recover();
    });
  }

  /** Adds the stream's tracks, each direction given (send only for co-browsing's shared page). */
  addStream(stream: MediaStream, direction: RTCRtpTransceiverDirection = 'sendrecv'): void {
    for (const track of stream.getTracks()) this.connection.addTransceiver(track, { direction, streams: [stream] });
  }

  /** Makes and sends the offer; rejects when it cannot be sent. */
  async offer(options: RTCOfferOptions = {}): Promise<void> {
    const offer = await this.connection.createOffer(options);
    await this.connection.setLocalDescription(offer);
    await this.#send({ type: 'offer', sdp: this.connection.localDescription?.sdp ?? offer.sdp ?? '' });
  }

  /** Applies a signal of the other side, after those before it. */
  receive(signal: Signal): Promise<void> {
    this.#applying = this.#applying
      .then(() => this.#apply(signal))
      .catch((error) => console.warn('livechat: a WebRTC signal was refused', error));
    return this.#applying;
  }

  /** The kind of media a sender carries, also while it sends nothing (paused). */
  kindOf(sender: RTCRtpSender): string | undefined {
    return sender.track?.kind ?? this.connection.getTransceivers().find((t) => t.sender === sender)?.receiver.track.kind;
  }

  /** Network.Bandwidth's caps (kbit/s) on each sender, where the browser allows them: its kind's, within an even share of the whole. */
  async capBandwidth(): Promise<void> {
    const caps = this.#options.config.Network?.Bandwidth ?? {};
    const senders = this.connection.getSenders();
    const share = caps.CumulativeSessionLimit === undefined ? undefined : caps.CumulativeSessionLimit / Math.max(1, senders.length);
    for (const sender of senders) {
      const own = this.kindOf(sender) === 'audio' ? caps.SingleAudioTrackLimit : caps.SingleVideoTrackLimit;
      const limits = [own, share].filter((limit): limit is number => limit !== undefined);
      if (limits.length === 0) continue;
      const parameters = sender.getParameters();
      if (parameters.encodings.length === 0) continue;
      for (const encoding of parameters.encodings) encoding.maxBitrate = Math.min(...limits) * 1000;
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
      if (connection.remoteDescription !== null) await connection.addIceCandidate(signal.candidate);
      else if (this.#waitingCandidates.length < MAX_WAITING_CANDIDATES) this.#waitingCandidates.push(signal.candidate);
      return;
    }
    if (signal.type === 'offer') {
      // The other side renegotiates (e.g. its ICE restart): answer it.
      await connection.setRemoteDescription(signal);
      await connection.setLocalDescription(await connection.createAnswer());
      await this.#send({ type: 'answer', sdp: connection.localDescription?.sdp ?? '' });
    } else await connection.setRemoteDescription(signal);
    const waiting = this.#waitingCandidates;
    this.#waitingCandidates = [];
    for (const candidate of waiting) await connection.addIceCandidate(candidate);
  }

  /** Sends after the signals before it; a candidate that cannot be sent is logged, an offer's failure is its caller's. */
  #send(signal: Signal): Promise<void> {
    const sent = this.#sending.then(() => this.#options.send(signal)).then(() => undefined);
    this.#sending = sent.catch((error) => {
      if (signal.type === 'ice-candidate') console.warn('livechat: a WebRTC signal could not be sent', error);
    });
    return signal.type === 'ice-candidate' ? this.#sending : sent;
  }

  /** A failed connection: one ICE restart when Signaling.iceRestart is set, else the end. */
  async #recover(): Promise<void> {
    if (this.connection.signalingState === 'closed') return;
    if (this.#options.config.Signaling?.iceRestart !== true || this.#restarted) {
      this.#options.onFailed();
      return;
    }
    this.#restarted = true;
    await this.offer({ iceRestart: true }).catch(() => this.#options.onFailed());
  }
}
