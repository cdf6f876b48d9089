import { chromium } from '@playwright/test';
import { preview } from 'astro';
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { port: 4406, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const sw of ['block', 'allow']) {
  const context = await browser.newContext({ serviceWorkers: sw });
  const page = await context.newPage();
  const seen = [];
  page.on('request', (r) => seen.push(r.url().replace('http://127.0.0.1:4406', '')));
  await page.goto('http://127.0.0.1:4406/materi/studi-kasus/dilema-gratifikasi-dan-konflik-kepentingan/', { waitUntil: 'networkidle' });
  await page.waitForTimeout(3000);
  console.log(sw, seen.length, seen.join('\n  '));
  await context.close();
}
await browser.close(); await server.stop();
