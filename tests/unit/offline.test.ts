import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/offline';
import { appColors, appIcons, shortName, webManifest } from '../../src/lib/offline/manifest';
import {
  countCached,
  formatBytes,
  parsePrecacheInfo,
  precacheKey,
  precacheVersion,
  type PrecacheEntry,
} from '../../src/lib/offline/precache';

const entries: PrecacheEntry[] = [
  { url: 'index.html', revision: 'aaa' },
  { url: 'materi/netralitas-asn/apa-itu-netralitas/index.html', revision: 'bbb' },
  { url: '_astro/Base.abc123.css', revision: null },
];

describe('precacheVersion()', () => {
  test('is 12 hex digits', async () => {
    expect(await precacheVersion(entries)).toMatch(/^[0-9a-f]{12}$/);
  });

  test('does not depend on the order of the list', async () => {
    expect(await precacheVersion([...entries].reverse())).toBe(await precacheVersion(entries));
  });

  test('changes when one file changes', async () => {
    const changed = entries.map((e) => (e.url === 'index.html' ? { ...e, revision: 'aab' } : e));
    expect(await precacheVersion(changed)).not.toBe(await precacheVersion(entries));
  });

  test('changes when a file is added', async () => {
    expect(await precacheVersion([...entries, { url: 'tentang/index.html', revision: 'ccc' }])).not.toBe(await precacheVersion(entries));
  });
});

describe('precacheKey()', () => {
  test('adds the revision the way Workbox stores it', () => {
    expect(precacheKey(entries[0]!, 'https://example.go.id/sw.js')).toBe('https://example.go.id/index.html?__WB_REVISION__=aaa');
  });

  test('keeps a hashed URL without a revision as it is', () => {
    expect(precacheKey(entries[2]!, 'https://example.go.id/sw.js')).toBe('https://example.go.id/_astro/Base.abc123.css');
  });

  test('resolves under the base path of the worker', () => {
    expect(precacheKey(entries[0]!, 'https://example.go.id/netral/sw.js')).toBe(
      'https://example.go.id/netral/index.html?__WB_REVISION__=aaa',
    );
  });
});

describe('countCached()', () => {
  const worker = 'https://example.go.id/sw.js';

  test('counts the entries whose cache key is present', () => {
    const cached = new Set([precacheKey(entries[0]!, worker), precacheKey(entries[2]!, worker), 'https://example.go.id/other']);
    expect(countCached(entries, cached, worker)).toBe(2);
  });

  test('does not count an older revision of the same file', () => {
    const cached = new Set(['https://example.go.id/index.html?__WB_REVISION__=old']);
    expect(countCached(entries, cached, worker)).toBe(0);
  });
});

describe('parsePrecacheInfo()', () => {
  const good = { version: '0123456789ab', bytes: 2048, entries };

  test('accepts what the build writes', () => {
    expect(parsePrecacheInfo(good)).toEqual(good);
  });

  test('rejects what is not an object, or lacks the list', () => {
    for (const raw of [null, 'text', 42, [], {}, { ...good, entries: [] }, { ...good, entries: 'index.html' }]) {
      expect(parsePrecacheInfo(raw)).toBeNull();
    }
  });

  test('rejects a malformed version or size', () => {
    for (const version of ['', '0123', 'ZZZZZZZZZZZZ', 12]) expect(parsePrecacheInfo({ ...good, version })).toBeNull();
    for (const bytes of [-1, 1.5, '2048', Number.NaN]) expect(parsePrecacheInfo({ ...good, bytes })).toBeNull();
  });

  test('rejects entries pointing at another origin or with a bad revision', () => {
    for (const url of ['https://evil.example/x.js', '//evil.example/x.js', 'javascript:alert(1)', '', 7]) {
      expect(parsePrecacheInfo({ ...good, entries: [{ url, revision: 'a' }] })).toBeNull();
    }
    expect(parsePrecacheInfo({ ...good, entries: [{ url: 'a.html', revision: 5 }] })).toBeNull();
    expect(parsePrecacheInfo({ ...good, entries: [{ url: 'a.html' }] })).toBeNull();
  });
});

describe('formatBytes()', () => {
  test('writes kilobytes and megabytes with an Indonesian decimal comma', () => {
    expect(formatBytes(100)).toBe('1 KB');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
    expect(formatBytes(1_743_910)).toBe('1,7 MB');
  });
});

describe('webManifest()', () => {
  const site = { title: 'Netral', description: 'Pelatihan mandiri.' };

  test('starts and stays within the base path', () => {
    const manifest = webManifest(site, '/netral/');
    expect(manifest).toMatchObject({ id: '/netral/', start_url: '/netral/', scope: '/netral/', lang: 'id', name: 'Netral' });
    const icons = manifest['icons'] as { src: string }[];
    expect(icons.map((icon) => icon.src)).toContain('/netral/icons/icon-512.png');
    expect(icons.every((icon) => icon.src.startsWith('/netral/icons/'))).toBe(true);
  });

  test('offers 192 and 512 pixel icons and a maskable one', () => {
    const icons = webManifest(site, '/')['icons'] as { sizes: string; purpose: string }[];
    expect(icons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sizes: '192x192', purpose: 'any' }),
        expect.objectContaining({ sizes: '512x512', purpose: 'any' }),
        expect.objectContaining({ sizes: '512x512', purpose: 'maskable' }),
      ]),
    );
  });
});

describe('shortName()', () => {
  test('keeps a short title and shortens a long one to its first word', () => {
    expect(shortName('Netral')).toBe('Netral');
    expect(shortName('Pelatihan Netralitas ASN Kota Contoh')).toBe('Pelatihan');
  });
});

describe('app colours and icons', () => {
  test('the colours are the design tokens of global.css', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const [light = '', dark = ''] = css.split(":root[data-theme='dark']");
    expect(light).toContain(`--netral-accent: ${appColors.theme};`);
    expect(light).toContain(`--netral-bg: ${appColors.background};`);
    expect(dark).toContain(`--netral-surface: ${appColors.themeDark};`);
  });

  test('every PNG icon exists in public/ with the size the manifest states', () => {
    for (const icon of appIcons.filter((i) => i.type === 'image/png')) {
      const png = readFileSync(join('public', icon.file));
      // Width and height are the first two fields of the IHDR chunk, at bytes 16 and 20.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.file).toBe(icon.sizes);
    }
  });
});

describe('writeServiceWorker()', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function site(files: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), 'netral-sw-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  test('precaches pages and the search index, not the unused Pagefind UIs, and versions the build', async () => {
    const out = site({
      'index.html': '<h1>Beranda</h1>',
      '404.html': '<h1>Tidak ada</h1>',
      'materi/a/b/index.html': '<h1>Pelajaran</h1>',
      'pagefind/pagefind.js': '// api',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/pagefind-ui.js': '// ui',
      'pagefind/pagefind-component-ui.css': '/* ui */',
    });
    const first = await writeServiceWorker(out);
    const info = parsePrecacheInfo(JSON.parse(readFileSync(join(out, 'precache.json'), 'utf8')));
    const urls = info?.entries.map((e) => e.url).sort();
    expect(urls).toEqual([
      '404.html',
      'index.html',
      'materi/a/b/index.html',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'precache.json',
    ]);
    expect(info?.version).toBe(first.version);
    expect(first.count).toBe(6);
    const worker = readFileSync(join(out, 'sw.js'), 'utf8');
    for (const url of urls ?? []) expect(worker).toContain(`"${url}"`);
    expect(worker).toContain('SKIP_WAITING');

    // Rebuilding the same files gives the same version; changing a page gives a new one.
    expect((await writeServiceWorker(out)).version).toBe(first.version);
    writeFileSync(join(out, 'materi/a/b/index.html'), '<h1>Pelajaran, direvisi</h1>');
    expect((await writeServiceWorker(out)).version).not.toBe(first.version);
  }, 60_000);
});
