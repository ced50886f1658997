// Co-browsing (the document's co-browse scripts, loaded on first use): StartCobr shares the page's
// stream (Display.OnAcquireCustomCanvasStream, else the screen the customer picks) with the chat's
// CSO over WebRTC, keeps the controls of domControlList in sync both ways, sends the pointer when
// isMousePointerCapture is set and shows the annotation toolbar when isAnnotationEnabled is set.
// EndCobr, the CSO's end (CobrEnded) or a failed connection stop all of it with Display.OnDisconnected().
import { cobrowseRoutes } from '../../../generated/client/tables.ts';
import type { AvConfig, MediaHost } from '../media/host.ts';
import { notify } from '../media/host.ts';
import { type Signal, SignalingPeer } from '../media/peer.ts';
import { type Annotation, Annotations } from './annotations.ts';
import { type ControlValue, type DomControlList, DomControlSync } from './dom-controls.ts';
import { PointerCapture } from './pointer.ts';

export type CobrSettings = {
  config: AvConfig;
  domControlList?: DomControlList;
  isMousePointerCapture: boolean;
  isAnnotationEnabled: boolean;
};
type Session = {
  sid: string;
  cobrowseId: string;
  settings: CobrSettings;
  peer: SignalingPeer;
  stream: MediaStream;
  connected: boolean;
  controls: DomControlSync;
  pointer?: PointerCapture;
  annotations?: Annotations;
};
type CobrEvent = { sid?: string; data?: { cobrowseId?: string; signal?: Signal; value?: ControlValue; annotation?: Annotation } };

const CONFIG_KEYS = ['MediaTransport', 'MediaCapture', 'Signaling', 'Network', 'Display'];

/** SetCobrConfigs' config as AvConfig: the document prints it inside an outer MediaTransport (CobrConfig.yaml). */
export function cobrConfigOf(config: unknown): AvConfig {
  const outer = (config ?? {}) as { MediaTransport?: Record<string, unknown> };
  const inner = outer.MediaTransport;
  const printed = inner !== undefined && Object.keys(inner).some((key) => CONFIG_KEYS.includes(key)) && !('iceServers' in inner);
  return (printed ? inner : outer) as AvConfig;
}

export class Cobrowsing {
  #session: Session | undefined;
  #settings: CobrSettings = { config: {}, isMousePointerCapture: false, isAnnotationEnabled: false };
  readonly #host: MediaHost;

  constructor(host: MediaHost) {
    this.#host = host;
    host.on('CobrSignal', (payload) => {
      const { session, data } = this.#sessionOf(payload);
      if (session !== undefined && data?.signal !== undefined) void session.peer.receive(data.signal);
    });
    host.on('CobrControlValueChanged', (payload) => {
      const { session, data } = this.#sessionOf(payload);
      if (session !== undefined && data?.value !== undefined) session.controls.apply(data.value);
    });
    host.on('CobrAnnotation', (payload) => {
      const { session, data } = this.#sessionOf(payload);
      if (data?.annotation !== undefined) session?.annotations?.apply(data.annotation);
    });
    host.on('CobrEnded', (payload) => {
      const { session } = this.#sessionOf(payload);
      if (session !== undefined) this.#finish(session);
    });
    // The chat's end ends co-browsing, also when no CobrEnded can come (the session lost offline).
    host.on('OnEnd', (_initiator, _reason, sid) => {
      const session = this.#session;
      if (session !== undefined && (sid === undefined || sid === session.sid)) this.#finish(session);
    });
  }

  /** SetCobrConfigs(config, domControlList, isMousePointerCapture, isAnnotationEnabled). */
  configure(config: unknown, domControlList?: DomControlList, isMousePointerCapture = false, isAnnotationEnabled = false): void {
    this.#settings = {
      config: cobrConfigOf(config),
      ...(domControlList ? { domControlList } : {}),
      isMousePointerCapture: isMousePointerCapture === true,
      isAnnotationEnabled: isAnnotationEnabled === true,
    };
  }

  /** The co-browse session in progress, if any. */
  get current(): Readonly<Pick<Session, 'sid' | 'cobrowseId' | 'connected' | 'stream'>> | undefined {
    return this.#session;
  }

  /** The annotations shown now (both sides'), when annotations are enabled. */
  get annotations(): readonly Annotation[] {
    return this.#session?.annotations?.strokes ?? [];
  }

  /** StartCobr: the stream first (a refusal costs no server call), then the session and its offer. */
  async start(): Promise<void> {
    if (this.#session !== undefined) throw new Error('livechat.StartCobr: co-browsing is in progress; EndCobr first');
    const sid = this.#host.chatSid();
    const settings = this.#settings;
    const stream = await acquireStream(settings.config);
    const request = (route: (typeof cobrowseRoutes)[keyof typeof cobrowseRoutes], body: object) =>
      this.#host.requestInChat(route, sid, { cobrowseId, ...body });
    let cobrowseId: string;
    try {
      ({ cobrowseId } = await this.#host.requestInChat<{ cobrowseId: string }>(cobrowseRoutes.startCobrowse, sid, {
        ...(settings.domControlList ? { domControlList: settings.domControlList } : {}),
        isMousePointerCapture: settings.isMousePointerCapture,
        isAnnotationEnabled: settings.isAnnotationEnabled,
      }));
    } catch (error) {
      for (const track of stream.getTracks()) track.stop();
      throw error;
    }
    const peer = new SignalingPeer({
      config: settings.config,
      send: (signal) => request(cobrowseRoutes.sendCobrowseSignal, { signal }),
      onConnected: () => {
        if (this.#session !== session || session.connected) return;
        session.connected = true;
        void peer.capBandwidth();
        notify(settings.config.Display?.OnConnected, [...peer.remoteStreams], [stream]);
      },
      onFailed: () => void this.end(true, true).catch(() => undefined),
    });
    const session: Session = {
      sid,
      cobrowseId,
      settings,
      peer,
      stream,
      connected: false,
      controls: new DomControlSync(settings.domControlList ?? {}, (value) => request(cobrowseRoutes.sendCobrowseControlValue, { value })),
    };
    if (settings.isMousePointerCapture)
      session.pointer = new PointerCapture((points) => request(cobrowseRoutes.sendCobrowsePointer, { points }));
    if (settings.isAnnotationEnabled)
      session.annotations = new Annotations((annotation) => request(cobrowseRoutes.sendCobrowseAnnotation, { annotation }));
    this.#session = session;
    peer.addStream(stream, 'sendonly');
    await peer.offer();
  }

  /**
   * EndCobr(triggerDisconnect, sendEndMessage): sendEndMessage tells the CSO's side (EndCobr);
   * triggerDisconnect closes this page's connection. Either stops co-browsing on this page.
   */
  async end(triggerDisconnect: boolean, sendEndMessage: boolean): Promise<void> {
    const session = this.#session;
    if (session === undefined || (!triggerDisconnect && !sendEndMessage)) return;
    this.#finish(session);
    if (sendEndMessage) await this.#host.requestInChat(cobrowseRoutes.endCobrowse, session.sid, { cobrowseId: session.cobrowseId });
  }

  #sessionOf(payload: unknown): { session: Session | undefined; data: CobrEvent['data'] } {
    const event = payload as CobrEvent;
    const session = this.#session;
    const ours = session !== undefined && event.sid === session.sid && event.data?.cobrowseId === session.cobrowseId;
    return { session: ours ? session : undefined, data: event.data };
  }

  #finish(session: Session): void {
    if (this.#session !== session) return;
    this.#session = undefined;
    session.peer.close();
    session.controls.stop();
    session.pointer?.stop();
    session.annotations?.stop();
    for (const track of session.stream.getTracks()) track.stop();
    notify(session.settings.config.Display?.OnDisconnected);
  }
}

/** The page's stream: the one OnAcquireCustomCanvasStream returns, else the screen the customer picks. */
async function acquireStream(config: AvConfig): Promise<MediaStream> {
  const given = notify(config.Display?.OnAcquireCustomCanvasStream, undefined);
  if (given instanceof MediaStream) return given;
  const frameRate = config.MediaCapture?.video?.frameRate;
  return navigator.mediaDevices.getDisplayMedia({ video: frameRate ? { frameRate } : true, audio: false });
}
