// Debian's Chromium for the real-browser tests, headless and off the network it must not reach:
// never a downloaded browser. CHROMIUM_PATH points elsewhere when it lives elsewhere.
import { type Browser, chromium } from 'playwright-core';

/** `fakeMedia`: a camera and microphone of Chromium's own (a test pattern and a beep), allowed without asking. */
export function launchChromium(options: { fakeMedia?: boolean } = {}): Promise<Browser> {
  const media = options.fakeMedia ? ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] : [];
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...media],
  });
}
