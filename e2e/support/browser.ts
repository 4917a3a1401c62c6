import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const candidatePaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's chromium: CHROMIUM_PATH wins, then the distribution paths. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  const candidates = fromEnv ? [fromEnv, ...candidatePaths] : candidatePaths;
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      'Chromium not found (checked CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser): install it with `apt-get install -y chromium fonts-noto-cjk` or set CHROMIUM_PATH.',
    );
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
