// Debian's Chromium for the real-browser tests, headless and off the network it must not reach:
// never a downloaded browser. CHROMIUM_PATH points elsewhere when it lives elsewhere.
import { type Browser, chromium } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
