// The sample server configurations in deploy/ and public/_headers. deploy/nginx.conf is checked with
// `nginx -t`, then the build is served through it on a free port and the headers of every kind of path are
// checked, and a page is used in the browser under the header policy plus the page's own. public/_headers
// (read by Netlify and Cloudflare Pages) is checked by reading it the way those hosts do.
//
// nginx is required: CI installs it (.ci/run); without it these tests fail and say how to install it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { walk } from '../../scripts/lib/dist-pages.mjs';
import { base, distDir, pathOf, representative } from './dist';

// ── What every response must carry, and how long each kind of file may be cached ─────────────────────────
const securityHeaders: Record<string, RegExp> = {
  'content-security-policy': /frame-ancestors 'none'/,
  'x-frame-options': /^DENY$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^(no-referrer|same-origin|strict-origin)$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
};
const immutable = 'public, max-age=31536000, immutable';
/** Files whose names carry a content hash: a new build gives them new names, so they never change. */
const hashed = [/\/_astro\//, /\/pagefind\/(fragment|index|filter)\//, /\/pagefind\/pagefind\.[^/]+\.pf_meta$/];
const expectedCache = (path: string) => (hashed.some((p) => p.test(path)) ? immutable : 'no-cache');

/** Paths standing for every kind of file in the build: each page type, and one file per folder and extension. */
function pathsToCheck(): string[] {
  const pages = representative().map(pathOf);
  const kinds = new Map<string, string>();
  for (const file of walk(distDir)) {
    if (file.endsWith('.html')) continue;
    const rel = relative(distDir, file).split(sep).join('/');
    const kind = `${dirname(rel)} ${rel.split('.').pop()}`;
    if (!kinds.has(kind)) kinds.set(kind, `${base}${rel}`);
  }
  return [...pages, ...kinds.values()];
}

// ── nginx on a free port, serving dist/ through deploy/nginx.conf ─────────────────────────────────────────
function findNginx(): string {
  const candidates = [process.env['NGINX'], '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
  const found = candidates.find((path) => path && existsSync(path)) ?? spawnSync('sh', ['-c', 'command -v nginx']).stdout?.toString().trim();
  if (!found) {
    throw new Error(
      'nginx is not installed, so deploy/nginx.conf cannot be tested. Install it (Debian/Ubuntu: ' +
        '`sudo apt-get install -y nginx`; CI does this in .ci/run) or set NGINX to its path.',
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** deploy/nginx.conf with its listen and root lines pointed at this test's port and dist/. */
function siteConfig(port: number): string {
  const sample = readFileSync('deploy/nginx.conf', 'utf8');
  const listen = /^(\s*)listen 80;$/m;
  const root = /^(\s*)root \/var\/www\/netral\/dist;$/m;
  if (!listen.test(sample) || !root.test(sample)) {
    throw new Error('deploy/nginx.conf must keep the lines "listen 80;" and "root /var/www/netral/dist;" that this test replaces.');
  }
  return sample.replace(listen, `$1listen 127.0.0.1:${port};`).replace(root, `$1root ${distDir};`);
}

const nginx = { binary: '', prefix: '', config: '', origin: '', process: undefined as ChildProcess | undefined };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  nginx.binary = findNginx();
  const version = spawnSync(nginx.binary, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(version.stderr)?.[1] ?? '/etc/nginx/nginx.conf';
  const mimeTypes = join(dirname(confPath), 'mime.types');
  if (!existsSync(mimeTypes)) throw new Error(`nginx's mime.types is not at ${mimeTypes}.`);
  const port = await freePort();
  nginx.prefix = mkdtempSync(join(tmpdir(), 'netral-nginx-'));
  writeFileSync(join(nginx.prefix, 'netral.conf'), siteConfig(port));
  nginx.config = join(nginx.prefix, 'nginx.conf');
  const temp = (name: string) => `${name}_temp_path ${join(nginx.prefix, name)};`;
  writeFileSync(
    nginx.config,
    [
      'daemon off;',
      // Started as root, nginx's workers would drop to "nobody" and could not read a checkout inside a
      // private (0700) folder such as a mktemp clone; run them as the user who runs the tests instead.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid ${join(nginx.prefix, 'nginx.pid')};`,
      `error_log ${join(nginx.prefix, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${mimeTypes};`,
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
      `  include ${join(nginx.prefix, 'netral.conf')};`,
      '}',
    ].join('\n'),
  );
  nginx.origin = `http://127.0.0.1:${port}`;
});

test.afterAll(async () => {
  const child = nginx.process;
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGQUIT'); // graceful stop of this test's own nginx master (and its worker)
    await exited;
  }
  if (nginx.prefix) rmSync(nginx.prefix, { recursive: true, force: true });
});

test('deploy/nginx.conf passes nginx -t', () => {
  const result = spawnSync(nginx.binary, ['-t', '-p', nginx.prefix, '-e', join(nginx.prefix, 'error.log'), '-c', nginx.config], { encoding: 'utf8' });
  expect(result.stderr).toContain('test is successful');
  expect(result.status).toBe(0);
});

test('nginx serves the build with the right headers on every kind of path', async () => {
  nginx.process = spawn(nginx.binary, ['-p', nginx.prefix, '-e', join(nginx.prefix, 'error.log'), '-c', nginx.config], { stdio: 'ignore' });
  await expect.poll(() => fetch(`${nginx.origin}/`).then((r) => r.status, () => 0), { message: 'nginx answers' }).toBe(200);

  const checks: [path: string, status: number][] = [
    ...pathsToCheck().map((path) => [path, 200] as [string, number]),
    // The service worker must never be cached long, or learners would be stuck on an old site. It is
    // checked whether or not this build has one (a missing file answers 404, with the same rules).
    [`${base}sw.js`, existsSync(join(distDir, 'sw.js')) ? 200 : 404],
    [`${base}halaman-yang-tidak-ada/`, 404],
  ];
  const problems: string[] = [];
  for (const [path, status] of checks) {
    const response = await fetch(`${nginx.origin}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    await response.arrayBuffer();
    if (response.status !== status) problems.push(`${path}: status ${response.status}, expected ${status}`);
    const cache = response.status === 404 ? 'no-cache' : expectedCache(path);
    if (response.headers.get('cache-control') !== cache) problems.push(`${path}: Cache-Control "${response.headers.get('cache-control')}", expected "${cache}"`);
    for (const [name, pattern] of Object.entries(securityHeaders)) {
      const value = response.headers.get(name) ?? '';
      if (!pattern.test(value)) problems.push(`${path}: ${name} "${value}" does not match ${pattern}`);
    }
  }
  expect(problems).toEqual([]);
  // Two spot checks that the paths above included what matters most.
  expect(checks.map(([path]) => path)).toEqual(expect.arrayContaining([`${base}`, expect.stringMatching(/\/_astro\/.+\.css$/)]));
});

test('nginx compresses pages and redirects folder addresses to their trailing slash', async () => {
  const page = await fetch(`${nginx.origin}${base}tentang/`, { headers: { 'accept-encoding': 'gzip' } });
  expect(page.headers.get('content-encoding')).toBe('gzip');
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const redirect = await fetch(`${nginx.origin}${base}tentang`, { redirect: 'manual' });
  expect(redirect.status).toBe(301);
  expect(redirect.headers.get('location')).toBe(`${base}tentang/`);
});

test('nginx sends old per-edition handout addresses to the one handout page, in the same edition', async () => {
  const cases: [string, string][] = [
    ['handout/peserta/berakhlak/', 'handout/berakhlak/'],
    ['handout/fasilitator/berakhlak/', 'handout/berakhlak/?fasilitator'],
    ['handout/sesi/peserta/?p=abc', 'handout/sesi/?p=abc'],
    ['handout/sesi/fasilitator/?p=abc', 'handout/sesi/?fasilitator&p=abc'],
  ];
  for (const [from, to] of cases) {
    const response = await fetch(`${nginx.origin}${base}${from}`, { redirect: 'manual' });
    expect(response.status, from).toBe(301);
    expect(response.headers.get('location'), from).toBe(`${base}${to}`);
  }
  const target = await fetch(`${nginx.origin}${base}handout/berakhlak/`);
  expect(target.status).toBe(200);
});

test.describe('in the browser', () => {
  // The page registers the offline worker under the header policy too (worker-src): run it, though the
  // suite blocks service workers by default.
  test.use({ serviceWorkers: 'allow' });

  test('a page served by nginx works under both policies and cannot be framed', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) violations.push(message.text());
    });
    const lesson = representative().find((p) => p.elements.length > 0) ?? representative()[0]!;
    await page.goto(`${nginx.origin}${pathOf(lesson)}`);
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.getByRole('dialog').getByRole('searchbox', { name: 'Kata kunci' }).fill('netralitas');
    await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
    expect(violations).toEqual([]);

    // Another site trying to show the course inside a frame gets the browser's error page (clickjacking).
    await page.goto('about:blank');
    await page.setContent(`<iframe src="${nginx.origin}${base}" title="x"></iframe>`);
    const framed = () => page.frames().find((frame) => frame !== page.mainFrame())?.url();
    await expect.poll(framed).toMatch(/^chrome-error:/);
  });
});

// ── public/_headers (Netlify, Cloudflare Pages) ───────────────────────────────────────────────────────
/** The rules of a _headers file: a path pattern, then indented "Name: value" lines. */
function parseHeadersFile(text: string): { pattern: RegExp; source: string; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; source: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim();
      const pattern = new RegExp(`^${source.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, source, headers: [] });
    } else {
      const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (!match || !rules.length) throw new Error(`public/_headers: cannot read "${line}"`);
      rules.at(-1)!.headers.push([match[1]!.toLowerCase(), match[2]!]);
    }
  }
  return rules;
}

test('public/_headers sends the same headers, each set by exactly one rule', () => {
  expect(readdirSync(distDir)).toContain('_headers'); // copied into the build, where those hosts read it
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  const problems: string[] = [];
  for (const path of [...pathsToCheck(), `${base}sw.js`]) {
    const matching = rules.filter((rule) => rule.pattern.test(path));
    const headers = new Map<string, string[]>();
    for (const rule of matching) for (const [name, value] of rule.headers) headers.set(name, [...(headers.get(name) ?? []), value]);
    // Netlify and Cloudflare differ when two rules set one header (one wins, or both are joined).
    for (const [name, values] of headers) if (values.length > 1) problems.push(`${path}: ${name} set by ${values.length} rules`);
    for (const [name, pattern] of Object.entries(securityHeaders)) {
      if (!pattern.test(headers.get(name)?.[0] ?? '')) problems.push(`${path}: ${name} missing or wrong`);
    }
    // Hashed files are cached for a year. Everything else is left to the host's default, which on both
    // hosts revalidates on every visit, except the service worker, which says "no-cache" itself.
    const cache = headers.get('cache-control')?.[0];
    const wanted = path.endsWith('/sw.js') ? 'no-cache' : expectedCache(path) === immutable ? immutable : undefined;
    if (cache !== wanted && !(wanted === undefined && cache === 'no-cache')) problems.push(`${path}: Cache-Control "${cache}", expected "${wanted ?? 'host default'}"`);
  }
  expect(problems).toEqual([]);
});
