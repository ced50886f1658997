// The scripted CSO's WebRTC peer on the mock: a real peer in Node (werift) that answers the page's
// offer - for a call, every track it receives is sent straight back (the customer sees and hears
// themself where the CSO would be); for co-browsing, the page's stream is received and dropped.
// Candidates reach the page through `send` (AvSignal / CobrSignal); on a loopback mock only
// loopback ones, so nothing leaves the machine.
import { RTCPeerConnection } from 'werift';
import type { components } from '../generated/http/openapi.ts';

/** One signaling message of the contract (spec/schemas/signaling.yaml#/Signal). */
export type Signal = components['schemas']['Signal'];

export type CsoPeerOptions = {
  /** echo: a call's media back to the page; receive: co-browsing's stream, dropped. */
  mode: 'echo' | 'receive';
  /** Sends a signal of the CSO's side to the page. */
  send: (signal: Signal) => Promise<unknown>;
  /** The address the mock listens on: a loopback one keeps candidates on loopback. */
  host: string;
};

const LOOPBACK = /^(127\.|::1$|localhost$)/;

export class CsoPeer {
  readonly #connection: RTCPeerConnection;
  readonly #options: CsoPeerOptions;
  /** The page's signals, applied one at a time in order; candidates before the offer wait for it. */
  #applying: Promise<void> = Promise.resolve();
  #sending: Promise<unknown> = Promise.resolve();
  #offered = false;
  #waiting: Signal[] = [];
  #answered = false;
  #early: Signal[] = [];
  readonly #keep: (candidateLine: string) => boolean;

  constructor(options: CsoPeerOptions) {
    this.#options = options;
    const loopback = LOOPBACK.test(options.host);
    this.#connection = new RTCPeerConnection({
      // ICE lite: host candidates only - werift would otherwise ask a public STUN server.
      iceLite: true,
      iceUseIpv6: false,
      ...(loopback ? { iceAdditionalHostAddresses: ['127.0.0.1'], iceInterfaceAddresses: { udp4: '127.0.0.1' } } : {}),
    });
    this.#keep = (line) => !loopback || / 127\.0\.0\.1 /.test(line);
    this.#connection.onIceCandidate.subscribe((candidate) => {
      if (candidate === undefined || candidate.candidate === '' || !this.#keep(candidate.candidate)) return;
      const { candidate: line, sdpMid, sdpMLineIndex } = candidate.toJSON();
      const signal: Signal = {
        type: 'ice-candidate',
        candidate: { candidate: line ?? '', sdpMid: sdpMid ?? null, sdpMLineIndex: sdpMLineIndex ?? null },
      };
      // The answer goes first: candidates found while it is made wait for it.
      if (this.#answered) this.#send(signal);
      else if (this.#early.length < 64) this.#early.push(signal);
    });
    if (options.mode === 'echo')
      this.#connection.onTransceiverAdded.subscribe((transceiver) =>
        transceiver.onTrack.subscribe((track) => {
          // A failure here would be an unhandled rejection: the mock must outlive any page's media.
          Promise.resolve(transceiver.sender.replaceTrack(track)).catch(() => undefined);
        }),
      );
  }

  /** A signal of the page's side. */
  receive(signal: Signal): Promise<void> {
    this.#applying = this.#applying.then(() => this.#apply(signal)).catch(() => undefined);
    return this.#applying;
  }

  close(): void {
    void this.#connection.close().catch(() => undefined);
  }

  async #apply(signal: Signal): Promise<void> {
    const connection = this.#connection;
    if (signal.type === 'ice-candidate') {
      if (this.#offered) await connection.addIceCandidate(signal.candidate as never);
      else if (this.#waiting.length < 64) this.#waiting.push(signal);
      return;
    }
    if (signal.type !== 'offer') return;
    await connection.setRemoteDescription({ type: 'offer', sdp: signal.sdp });
    for (const transceiver of connection.getTransceivers())
      transceiver.setDirection(this.#options.mode === 'echo' ? 'sendrecv' : 'recvonly');
    await connection.setLocalDescription(await connection.createAnswer());
    // The answer's own candidate lines too: on a loopback mock only loopback ones leave.
    const sdp = (connection.localDescription?.sdp ?? '')
      .split('\r\n')
      .filter((line) => !line.startsWith('a=candidate:') || this.#keep(line))
      .join('\r\n');
    this.#send({ type: 'answer', sdp });
    this.#answered = true;
    for (const early of this.#early.splice(0)) this.#send(early);
    this.#offered = true;
    for (const waiting of this.#waiting.splice(0)) await this.#apply(waiting);
  }

  /** In order: the answer before its candidates. */
  #send(signal: Signal): void {
    this.#sending = this.#sending.then(() => this.#options.send(signal)).catch(() => undefined);
  }
}
