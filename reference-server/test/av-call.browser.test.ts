// A video call between the demo widget (classic livechat.js, its audio/video part loaded on first
// use) and the agent console, in real Chromium with fake camera and microphone on 127.0.0.1: both
// sides see a live remote track, a pause stops the frames the other side receives and a resume
// brings them back, and either side's hang-up ends the call on both.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { demoChatWithConsole, framesOver, hasLoaded } from './demo-customer.ts';
import { demoInBrowser } from './demo-in-browser.ts';

const demo = demoInBrowser({ fakeMedia: true });
const screenshots = join(import.meta.dirname, '..', '..', 'test-artifacts', 'screenshots');
beforeAll(() => mkdir(screenshots, { recursive: true }));
const shoot = (page: Page, name: string) => page.screenshot({ path: join(screenshots, `av-${name}.png`) });

/** A remote video element playing a live track with real frames. */
async function expectLiveVideo(page: Page, selector: string) {
  await page.waitForFunction((css) => {
    const video = document.querySelector(css) as HTMLVideoElement | null;
    const track = (video?.srcObject as MediaStream | null)?.getVideoTracks()[0];
    return video !== null && track?.readyState === 'live' && video.videoWidth > 0;
  }, selector);
  expect(await framesOver(page, selector, 1000)).toBeGreaterThan(2);
}

/** After the other side paused: once frames in flight have drained, none may arrive. */
async function expectNoFrames(page: Page, selector: string) {
  await expect.poll(() => framesOver(page, selector, 500), { timeout: 10_000 }).toBe(0);
  expect(await framesOver(page, selector, 1500)).toBe(0);
}

/** The customer's local tracks now, kept on the page to check later that they were released. */
const keepLocalTracks = (page: Page) =>
  page.evaluate(() => {
    const stream = (document.querySelector('[data-av-local]') as HTMLVideoElement).srcObject as MediaStream;
    (window as unknown as { kept: MediaStreamTrack[] }).kept = stream.getTracks();
    return stream.getTracks().length;
  });
const keptTracksState = (page: Page) =>
  page.evaluate(() => (window as unknown as { kept: MediaStreamTrack[] }).kept.map((track) => track.readyState));

it('a video call: answered on the console, live both ways, paused and resumed both ways, hung up by the customer, then by the agent', async () => {
  const { agent, customer } = await demoChatWithConsole(demo.browser, demo.server.baseUrl);
  // The audio/video part is not part of livechat.js: it loads when the page first calls.
  expect(await hasLoaded(customer, 'livechat_video.mini.js')).toBe(false);

  await customer.getByRole('button', { name: 'Video call' }).click();
  await agent.getByText('Incoming call').waitFor();
  expect(await hasLoaded(customer, 'livechat_video.mini.js')).toBe(true);
  await agent.locator('[data-av-answer]').click();

  // Display.OnConnected on the customer's side; connected on the console's.
  await customer.locator('[data-av-status]', { hasText: 'in a video call' }).waitFor();
  await agent.locator('[data-av-status]', { hasText: 'connected' }).waitFor();
  await expectLiveVideo(customer, '[data-av-remote]');
  await expectLiveVideo(agent, '[data-av-remote]');
  await shoot(customer, 'customer-1-in-call');
  await shoot(agent, 'agent-1-in-call');

  // livechat.Pause(false, true): the console hears it, and no frame of the customer's camera arrives.
  await customer.getByRole('button', { name: 'Camera off' }).click();
  await agent.locator('[data-av-remote-state]', { hasText: 'camera paused' }).waitFor();
  await expectNoFrames(agent, '[data-av-remote]');
  await customer.getByRole('button', { name: 'Camera off' }).click();
  await agent.locator('[data-av-remote-state]', { hasText: 'camera on' }).waitFor();
  await expect.poll(() => framesOver(agent, '[data-av-remote]', 1000), { timeout: 10_000 }).toBeGreaterThan(2);

  // The agent pauses: the customer's remote video stops, and comes back.
  await agent.locator('[data-av-pause-video]').click();
  await customer.locator('[data-av-status]', { hasText: "the agent's camera is paused" }).waitFor();
  await expectNoFrames(customer, '[data-av-remote]');
  await agent.locator('[data-av-pause-video]').click();
  await expect.poll(() => framesOver(customer, '[data-av-remote]', 1000), { timeout: 10_000 }).toBeGreaterThan(2);

  // EndAvCall: Display.OnDisconnected here, the call ended on the console, the devices released.
  expect(await keepLocalTracks(customer)).toBe(2);
  await customer.getByRole('button', { name: 'Hang up' }).click();
  await customer.locator('[data-av-status]', { hasText: 'the call has ended' }).waitFor();
  await agent.locator('[data-av-status]', { hasText: 'ended (customer)' }).waitFor();
  for (const page of [customer, agent])
    expect(await page.evaluate(() => (document.querySelector('[data-av-remote]') as HTMLVideoElement).srcObject)).toBeNull();
  expect(await keptTracksState(customer)).toEqual(['ended', 'ended']);

  // A second call, ended by the agent this time.
  await customer.getByRole('button', { name: 'Video call' }).click();
  await agent.locator('[data-av-answer]').click();
  await customer.locator('[data-av-status]', { hasText: 'in a video call' }).waitFor();
  await keepLocalTracks(customer);
  await agent.locator('[data-av-hangup]').click();
  await customer.locator('[data-av-status]', { hasText: 'the call has ended' }).waitFor();
  await agent.locator('[data-av-status]', { hasText: 'ended (agent)' }).waitFor();
  expect(await keptTracksState(customer)).toEqual(['ended', 'ended']);

  // Declined on the console: the customer's side ends too.
  await customer.getByRole('button', { name: 'Video call' }).click();
  await agent.locator('[data-av-decline]').click();
  await customer.locator('[data-av-status]', { hasText: 'the call has ended' }).waitFor();

  // Hung up while the devices are still being granted: no call reaches the console, the devices are
  // released, OnDisconnected is called - and the next call works.
  await customer.evaluate(() => {
    const devices = navigator.mediaDevices;
    const grant = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const stream = await grant(constraints);
      (window as unknown as { kept: MediaStreamTrack[] }).kept = stream.getTracks();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      devices.getUserMedia = grant;
      return stream;
    };
  });
  const calls: string[] = [];
  const recordCalls = (request: { url(): string; method(): string }) => {
    if (request.method() === 'POST' && /\/av(\/|$)/.test(request.url())) calls.push(request.url());
  };
  customer.on('request', recordCalls);
  await customer.getByRole('button', { name: 'Video call' }).click();
  await customer.getByRole('button', { name: 'Hang up' }).click();
  // At once: OnDisconnected, and the devices released as soon as they came.
  await customer.locator('[data-av-status]', { hasText: 'the call has ended' }).waitFor();
  await expect.poll(() => keptTracksState(customer), { timeout: 10_000 }).toEqual(['ended', 'ended']);
  await customer.waitForTimeout(300);
  customer.off('request', recordCalls);
  expect(calls).toEqual([]);
  await customer.getByRole('button', { name: 'Video call' }).click();
  await agent.locator('[data-av-answer]').click();
  await customer.locator('[data-av-status]', { hasText: 'in a video call' }).waitFor();
  await customer.getByRole('button', { name: 'Hang up' }).click();
  await agent.locator('[data-av-status]', { hasText: 'ended (customer)' }).waitFor();
}, 120_000);
