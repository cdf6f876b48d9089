// Finds a Chromium for Playwright: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, Debian's /usr/bin/chromium,
// /usr/bin/chromium-browser, then Playwright's own download. Returns undefined when there is none.
import { existsSync } from 'node:fs';

/** Path of the Chromium executable to use, or undefined. */
export async function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(path)) return path;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright not installed or no browser downloaded.
  }
  return undefined;
}

/** How to get a browser, printed when none is found. */
export const chromiumHelp = [
  'No Chromium found for the end-to-end tests. Install one of:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium',
  '  - Playwright\'s own browser: npx playwright install chromium',
  '  - or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to the path of a Chromium or Chrome binary.',
].join('\n');
