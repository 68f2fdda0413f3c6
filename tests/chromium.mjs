// Debian's Chromium for every tool that drives a browser (tests, CLI, benchmark): npm cannot download one here.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** CHROME_PATH, else Debian's /usr/bin/chromium; throws with the way to install it. */
export function chromePath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`Chromium not found at ${path}: apt-get install chromium, or set CHROME_PATH`);
  return path;
}

/** Without these, Chromium floods the closed network with connections at every start. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @param {import('playwright-core').LaunchOptions} [options] */
export const launchBrowser = (options = {}) =>
  chromium.launch({
    executablePath: chromePath(),
    headless: true,
    ...options,
    args: [...chromiumFlags, ...(options.args ?? [])],
  });
