import { describe, expect, it, vi } from 'vitest';
import { cobrConfigOf } from '../cobrowse/cobrowsing.ts';
import { createLivechat } from '../surface.ts';
import { constraintsOf, mediaOf } from './av-calls.ts';

describe('SetAvConfigs: what StartAvCall captures and sends', () => {
  it('a voice call unless MediaCapture enables video', () => {
    expect(mediaOf({})).toEqual({ audio: true, video: false });
    expect(mediaOf({ MediaCapture: { audio: { enabled: false }, video: { enabled: true } } })).toEqual({ audio: false, video: true });
  });

  it("getUserMedia's constraints from the document's fields", () => {
    expect(constraintsOf({})).toEqual({ audio: true, video: false });
    expect(
      constraintsOf({
        MediaCapture: {
          audio: { enabled: true, echoCancellation: true },
          video: { enabled: true, width: 640, height: 480, frameRate: 15 },
        },
      }),
    ).toEqual({
      audio: { echoCancellation: true },
      video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 15 } },
    });
  });
});

describe("SetCobrConfigs' config", () => {
  const iceServers = [{ urls: 'turn:turn.example.com:3478', username: 'webchat', credential: 's3cret' }];

  it('as the document prints it, inside an outer MediaTransport, means the same as the plain form', () => {
    const inner = {
      MediaTransport: { iceServers, iceTransportPolicy: 'all' as const },
      MediaCapture: { video: { enabled: true, frameRate: 6 } },
    };
    expect(cobrConfigOf({ MediaTransport: inner })).toEqual(inner);
    expect(cobrConfigOf(inner)).toEqual(inner);
  });

  it('a plain config whose MediaTransport has only ICE settings is kept as it is', () => {
    expect(cobrConfigOf({ MediaTransport: { iceServers } })).toEqual({ MediaTransport: { iceServers } });
    expect(cobrConfigOf(undefined)).toEqual({});
  });
});

describe('the audio/video and co-browse functions of a build without those parts', () => {
  it('warn instead of throwing into the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const livechat = createLivechat({ fetch: () => Promise.reject(new Error('no network in this test')) });
    expect(() => livechat.StartAvCall('c_7Hq2LxVbN4')).not.toThrow();
    expect(() => livechat.StartCobr()).not.toThrow();
    expect(() => livechat.EndAvCall()).not.toThrow();
    expect(() => livechat.EndCobr(true, true)).not.toThrow();
    const warned = () => warn.mock.calls.map((call) => String(call[1]));
    await vi.waitFor(() => expect(warned()).toContainEqual(expect.stringMatching(/no co-browsing/)));
    expect(warned()).toContainEqual(expect.stringMatching(/no audio\/video/));
    warn.mockRestore();
  });
});
