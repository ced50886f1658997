// What the lazily loaded parts (audio/video, co-browsing) get from livechat.js: calls by their own
// routes, the stream's internal events, the page's chat. Types only, so a chunk carries no core code.
import type { LivechatClient } from '../core/client.ts';

export type MediaHost = Pick<LivechatClient, 'requestInChat' | 'on' | 'chatSid' | 'onChatLeft'>;

/** Display callbacks of SetAvConfigs / SetCobrConfigs (AvConfig.yaml's Display). */
export type Display = {
  OnConnected?: (remoteStreams: MediaStream[], localStreams: MediaStream[]) => void;
  OnDisconnected?: () => void;
  OnAcquireCustomCanvasStream?: (stream: MediaStream | undefined) => unknown;
};

/** The config of SetAvConfigs (spec/schemas/AvConfig.yaml), as far as the library reads it. */
export type AvConfig = {
  MediaTransport?: { iceServers?: RTCIceServer[]; iceTransportPolicy?: RTCIceTransportPolicy };
  MediaCapture?: {
    audio?: { enabled?: boolean; autoGainControl?: boolean; noiseSuppression?: boolean; echoCancellation?: boolean };
    video?: { enabled?: boolean; width?: number; height?: number; frameRate?: number };
  };
  Signaling?: { iceRestart?: boolean };
  Network?: { Bandwidth?: { SingleAudioTrackLimit?: number; SingleVideoTrackLimit?: number; CumulativeSessionLimit?: number } };
  Display?: Display;
};

/** Calls a Display callback; the page's failure is logged, never thrown into the library. */
export function notify<A extends unknown[]>(callback: ((...args: A) => unknown) | undefined, ...args: A): unknown {
  try {
    return callback?.(...args);
  } catch (error) {
    console.error('livechat: a Display callback threw', error);
    return undefined;
  }
}
