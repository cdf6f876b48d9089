// `npm run icons`: renders the app icons in public/icons/ from their SVG sources with the Chromium the
// end-to-end tests use (no network, no image library). Run it after changing an icon SVG; commit the PNGs.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumHelp, findChromium } from './find-chromium.mjs';

const dir = new URL('../public/icons/', import.meta.url);
/** [source SVG, output PNG, size in pixels] */
const outputs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  // iOS rounds the corners itself, so its icon is the full-bleed one.
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];

const executablePath = await findChromium();
if (!executablePath) {
  console.error(chromiumHelp);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [source, output, size] of outputs) {
    const svg = readFileSync(new URL(source, dir)).toString('base64');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<body style="margin:0;background:transparent"><img alt="" width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: new URL(output, dir).pathname, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`public/icons/${output} (${size}×${size}) from ${source}`);
  }
} finally {
  await browser.close();
}
