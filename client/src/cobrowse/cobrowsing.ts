// Co-browsing (the document's co-browse scripts, loaded on first use): StartCobr shares the page's
// stream (Display.OnAcquireCustomCanvasStream, else the screen the customer picks) with the chat's
// CSO over WebRTC, keeps the controls of domControlList in sync both ways, sends the pointer when
// isMousePointerCapture is set and shows the annotation toolbar when isAnnotationEnabled is set.
// EndCobr, the CSO's end (CobrEnded), the chat's end, a failed connection or a failed start stop
// all of it with Display.OnDisconnected().
import { cobrowseRoutes } from '../../../generated/client/tables.ts';
import type { AvConfig, MediaHost } from '../media/host.ts';
import { notify } from '../media/host.ts';
import { PendingStart, StartCancelled, sendEnd } from '../media/lifecycle.ts';
import { type Signal, SignalingPeer } from '../media/peer.ts';
import { type Annotation, Annotations } from './annotations.ts';
import { cobrConfigOf } from './config.ts';
import { type ControlValue, type DomControlList, DomControlSync } from './dom-controls.ts';
import { PointerCapture } from './pointer.ts';

export { cobrConfigOf } from './config.ts';

export type CobrSettings = {
  config: AvConfig;
  domControlList?: DomControlList;
  isMousePointerCapture: boolean;
  isAnnotationEnabled: boolean;
};
type Route = (typeof cobrowseRoutes)[keyof typeof cobrowseRoutes];
/** The page's stream, and whether the library acquired it (and so stops it at the end). */
type Shared = { stream: MediaStream; owned: boolean };
type Session = {
  sid: string;
  cobrowseId: string;
  settings: CobrSettings;
  peer: SignalingPeer;
  shared: Shared;
  connected: boolean;
  controls: DomControlSync;
  pointer?: PointerCapture;
  annotations?: Annotations;
};
type CobrEvent = { sid?: string; data?: { cobrowseId?: string; signal?: Signal; value?: ControlValue; annotation?: Annotation } };

export class Cobrowsing {
  #session: Session | undefined;
  #starting: PendingStart | undefined;
  /** A session this page disconnected without telling the server (EndCobr(true, false)): ended before the next start. */
  #leftOpen: { sid: string; cobrowseId: string } | undefined;
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
      const { session, data } = this.#sessionOf(payload);
      const starting = this.#starting;
      // Also while the start still runs (its offer on its way): the start then stops without an end of its own.
      if (starting !== undefined && (payload as CobrEvent).sid === starting.sid && data?.cobrowseId !== undefined)
        starting.endedByServer(data.cobrowseId);
      if (session !== undefined) this.#finish(session);
      if (data?.cobrowseId === this.#leftOpen?.cobrowseId) this.#leftOpen = undefined;
    });
    // The chat's end ends co-browsing, also when no CobrEnded can come (the session lost offline, the page closed).
    host.onChatLeft((sid) => {
      if (this.#session?.sid === sid) this.#finish(this.#session);
      if (this.#starting?.sid === sid) this.#starting.cancel();
      if (this.#leftOpen?.sid === sid) this.#leftOpen = undefined;
    });
  }

  /** SetCobrConfigs(config, domControlList, isMousePointerCapture, isAnnotationEnabled): for the next StartCobr. */
  configure(config: unknown, domControlList?: DomControlList, isMousePointerCapture = false, isAnnotationEnabled = false): void {
    this.#settings = {
      config: cobrConfigOf(config),
      ...(domControlList ? { domControlList } : {}),
      isMousePointerCapture: isMousePointerCapture === true,
      isAnnotationEnabled: isAnnotationEnabled === true,
    };
  }

  /** The co-browse session in progress, if any. */
  get current(): Readonly<Pick<Session, 'sid' | 'cobrowseId' | 'connected'>> | undefined {
    return this.#session;
  }

  /**
   * StartCobr: the stream first (a refusal costs no server call), then the session and its offer.
   * Whatever fails or is cancelled on the way is undone - the stream released if the library
   * acquired it, the server's session ended - and Display.OnDisconnected() is called.
   */
  async start(): Promise<void> {
    if (this.#session !== undefined || this.#starting !== undefined)
      throw new Error('livechat.StartCobr: co-browsing is in progress; EndCobr first');
    const settings = this.#settings;
    const disconnected = () => notify(settings.config.Display?.OnDisconnected);
    let sid: string;
    try {
      sid = this.#host.chatSid();
    } catch (error) {
      disconnected();
      throw error;
    }
    const starting = new PendingStart(sid, disconnected);
    this.#starting = starting;
    let shared: Shared | undefined;
    let cobrowseId: string | undefined;
    let session: Session | undefined;
    try {
      // The stream first: asking for the screen needs the customer's click to be recent.
      shared = await acquireStream(settings.config);
      const stream = shared;
      starting.hold(() => stopOwned(stream));
      if (starting.stopsAt()) throw new StartCancelled();
      await this.#endLeftOpen();
      if (starting.stopsAt()) throw new StartCancelled();
      ({ cobrowseId } = await this.#host.requestInChat<{ cobrowseId: string }>(cobrowseRoutes.startCobrowse, sid, {
        ...(settings.domControlList ? { domControlList: settings.domControlList } : {}),
        isMousePointerCapture: settings.isMousePointerCapture,
        isAnnotationEnabled: settings.isAnnotationEnabled,
      }));
      if (starting.stopsAt(cobrowseId)) throw new StartCancelled();
      session = this.#open(sid, cobrowseId, settings, shared);
      const opened = session;
      starting.hold(() => stopParts(opened));
      await session.peer.offer();
      if (starting.stopsAt(cobrowseId)) throw new StartCancelled();
    } catch (error) {
      // Undone once: the session's state and parts, the stream if the library acquired it; the page told unless a cancel or an event did.
      const current = session !== undefined && this.#session === session;
      if (current) this.#session = undefined;
      if (session !== undefined) stopParts(session);
      if (shared !== undefined) stopOwned(shared);
      if (!starting.notified && (current || session === undefined)) disconnected();
      const id = cobrowseId;
      if (id !== undefined && !starting.wasEndedByServer(id))
        void sendEnd(() => this.#host.requestInChat(cobrowseRoutes.endCobrowse, sid, { cobrowseId: id })).catch(() => undefined);
      if (!(error instanceof StartCancelled) && !starting.wasEndedByServer(id)) throw error;
    } finally {
      if (this.#starting === starting) this.#starting = undefined;
    }
  }

  /**
   * EndCobr(triggerDisconnect, sendEndMessage): either stops co-browsing on this page;
   * sendEndMessage also tells the CSO's side. A session only disconnected stays open on the
   * server (the CSO is not told) until the next StartCobr ends it, the page leaves or the CSO ends it.
   * A start in progress is given up (and the server told).
   */
  async end(triggerDisconnect: boolean, sendEndMessage: boolean): Promise<void> {
    if (!triggerDisconnect && !sendEndMessage) return;
    if (this.#starting !== undefined) {
      this.#starting.cancel();
      return;
    }
    const session = this.#session;
    if (session === undefined) return;
    this.#finish(session);
    const { sid, cobrowseId } = session;
    if (sendEndMessage) await sendEnd(() => this.#host.requestInChat(cobrowseRoutes.endCobrowse, sid, { cobrowseId }));
    else this.#leftOpen = { sid, cobrowseId };
  }

  #open(sid: string, cobrowseId: string, settings: CobrSettings, shared: Shared): Session {
    const request = (route: Route, body: object) => this.#host.requestInChat(route, sid, { cobrowseId, ...body });
    const peer = new SignalingPeer({
      config: settings.config,
      send: (signal) => request(cobrowseRoutes.sendCobrowseSignal, { signal }),
      onConnected: () => {
        if (this.#session !== session || session.connected) return;
        session.connected = true;
        void peer.capBandwidth();
        notify(settings.config.Display?.OnConnected, [...peer.remoteStreams], [shared.stream]);
      },
      // Only this session's failure ends it: a late one of an earlier session must not end the next.
      onFailed: () => {
        if (this.#session === session) void this.end(true, true).catch(() => undefined);
      },
    });
    const session = { sid, cobrowseId, settings, peer, shared, connected: false } as Session;
    try {
      session.controls = new DomControlSync(settings.domControlList ?? {}, (value) =>
        request(cobrowseRoutes.sendCobrowseControlValue, { value }),
      );
      if (settings.isMousePointerCapture)
        session.pointer = new PointerCapture((points) => request(cobrowseRoutes.sendCobrowsePointer, { points }));
      if (settings.isAnnotationEnabled)
        session.annotations = new Annotations((annotation) => request(cobrowseRoutes.sendCobrowseAnnotation, { annotation }));
      peer.addStream(shared.stream, 'sendonly');
    } catch (error) {
      stopParts(session);
      throw error;
    }
    this.#session = session;
    return session;
  }

  /** Ends on the server a session this page only disconnected, so the new one is not refused; kept to try again when it cannot. */
  async #endLeftOpen(): Promise<void> {
    const left = this.#leftOpen;
    if (left === undefined) return;
    await sendEnd(() => this.#host.requestInChat(cobrowseRoutes.endCobrowse, left.sid, { cobrowseId: left.cobrowseId }));
    if (this.#leftOpen === left) this.#leftOpen = undefined;
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
    stopParts(session);
    stopOwned(session.shared);
    notify(session.settings.config.Display?.OnDisconnected);
  }
}

/** Stops what a session runs on the page: its connection, the control sync, the pointer, the annotations. */
function stopParts(session: Session): void {
  session.peer.close();
  session.controls?.stop();
  session.pointer?.stop();
  session.annotations?.stop();
}

/** Stops the stream's tracks when the library acquired it; a page's own stream stays the page's. */
function stopOwned(shared: Shared): void {
  if (shared.owned) for (const track of shared.stream.getTracks()) track.stop();
}

/** The page's stream: the one OnAcquireCustomCanvasStream gives (or promises), else the screen the customer picks. */
async function acquireStream(config: AvConfig): Promise<Shared> {
  const given = await notify(config.Display?.OnAcquireCustomCanvasStream, undefined);
  if (given instanceof MediaStream) return { stream: given, owned: false };
  const frameRate = config.MediaCapture?.video?.frameRate;
  return { stream: await navigator.mediaDevices.getDisplayMedia({ video: frameRate ? { frameRate } : true, audio: false }), owned: true };
}
