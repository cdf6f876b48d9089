import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { withPrecacheList, writeServiceWorker } from '../../src/integrations/offline';
import { appColors, appIcons, shortName, webManifest } from '../../src/lib/offline/manifest';
import { COMMON_GROUP, MAX_CORE_FILE_BYTES, planOfflineCopy, trainerGroupOf, type PlanInput } from '../../src/lib/offline/plan';
import { countCached, parsePrecacheInfo, precacheKey, precacheVersion, type PrecacheEntry } from '../../src/lib/offline/precache';
import { formatBytes } from '../../src/lib/offline/save';

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

describe('trainerGroupOf()', () => {
  const modules = new Set(['netralitas-asn', 'berakhlak']);

  test('finds the module in a deck, presenter view or handout path', () => {
    expect(trainerGroupOf('presentasi/netralitas-asn/apa-itu/index.html', modules)).toBe('netralitas-asn');
    expect(trainerGroupOf('presentasi/berakhlak/x/penyaji/index.html', modules)).toBe('berakhlak');
    expect(trainerGroupOf('handout/peserta/berakhlak/index.html', modules)).toBe('berakhlak');
  });

  test('puts trainer pages of no single module in the common group, and learner pages in none', () => {
    expect(trainerGroupOf('presentasi/index.html', modules)).toBe(COMMON_GROUP);
    expect(trainerGroupOf('pelatih/tanda-tangan/index.html', modules)).toBe(COMMON_GROUP);
    expect(trainerGroupOf('materi/berakhlak/index.html', modules)).toBeUndefined();
    expect(trainerGroupOf('index.html', modules)).toBeUndefined();
  });
});

describe('planOfflineCopy()', () => {
  const input = (over: Partial<PlanInput> = {}): PlanInput => ({
    files: [
      'index.html',
      'materi/m1/index.html',
      'materi/m1/a/index.html',
      'presentasi/m1/a/index.html',
      'handout/peserta/m1/index.html',
      'presentasi/index.html',
      '_astro/islands.js',
      '_astro/netral-deck.js',
      '_astro/print.css',
      'kuis/bank.json',
      'pagefind/pagefind.js',
      'pagefind/wasm.id.pagefind',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-worker.js',
      '_headers',
    ].map((path) => ({ path, bytes: 100 })),
    moduleIds: new Set(['m1']),
    searchLanguages: new Set(['id']),
    loads: new Map([
      ['index.html', ['_astro/islands.js']],
      ['materi/m1/a/index.html', ['_astro/islands.js']],
      ['presentasi/m1/a/index.html', ['_astro/islands.js', '_astro/netral-deck.js']],
      ['handout/peserta/m1/index.html', ['_astro/print.css']],
      ['presentasi/index.html', ['_astro/print.css']],
    ]),
    ...over,
  });

  test('precaches learner pages, what they load, knowledge checks and search for every learner', () => {
    const plan = planOfflineCopy(input());
    expect(plan.core).toEqual([
      '_astro/islands.js',
      'index.html',
      'kuis/bank.json',
      'materi/m1/a/index.html',
      'materi/m1/index.html',
      'pagefind/pagefind.js',
      'pagefind/wasm.id.pagefind',
    ]);
    expect(plan.problems).toEqual([]);
  });

  test('keeps decks, handouts and files only they load apart, per module', () => {
    const plan = planOfflineCopy(input());
    expect(plan.trainer.get('m1')).toEqual(['_astro/netral-deck.js', '_astro/print.css', 'handout/peserta/m1/index.html', 'presentasi/m1/a/index.html']);
    expect(plan.trainer.get(COMMON_GROUP)).toEqual(['_astro/print.css', 'presentasi/index.html']);
  });

  test('leaves out only files it has a reason for', () => {
    const plan = planOfflineCopy(input());
    expect([...plan.leftOut.keys()].sort()).toEqual(['_headers', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-worker.js', 'pagefind/wasm.unknown.pagefind']);
    const everything = new Set([...plan.core, ...[...plan.trainer.values()].flat(), ...plan.leftOut.keys()]);
    expect(everything.size).toBe(input().files.length);
  });

  test('reports a learner page that loads a file the copy leaves out', () => {
    const loads = new Map(input().loads);
    loads.set('materi/m1/a/index.html', ['_astro/islands.js', 'pagefind/pagefind-ui.js']);
    expect(planOfflineCopy(input({ loads })).problems).toEqual([
      expect.stringContaining('materi/m1/a/index.html loads pagefind/pagefind-ui.js, which would be left out of the offline copy'),
    ]);
  });

  test('reports a learner file too large to precache instead of leaving it out', () => {
    const files = input().files.map((f) => (f.path === 'kuis/bank.json' ? { ...f, bytes: MAX_CORE_FILE_BYTES + 1 } : f));
    expect(planOfflineCopy(input({ files })).problems).toEqual([expect.stringMatching(/^kuis\/bank\.json is 5\.0 MB; .* left out of the offline copy/)]);
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

  test('precaches the learner core, lists trainer material per module, and versions the build', async () => {
    const out = site({
      'index.html': '<h1>Beranda</h1>',
      '404.html': '<h1>Tidak ada</h1>',
      'materi/a/index.html': '<h1>Modul</h1>',
      'materi/a/b/index.html': '<h1>Pelajaran</h1>',
      'presentasi/a/b/index.html': '<h1>Slide</h1>',
      'pagefind/pagefind.js': '// api',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/pagefind-ui.js': '// ui',
      'pagefind/pagefind-component-ui.css': '/* ui */',
    });
    const cache = join(out, '..', `${basename(out)}-cache`);
    const first = await writeServiceWorker(out, '/', cache);
    const info = parsePrecacheInfo(JSON.parse(readFileSync(join(out, 'precache.json'), 'utf8')));
    const urls = info?.entries.map((e) => e.url).sort();
    expect(urls).toEqual([
      '404.html',
      'index.html',
      'materi/a/b/index.html',
      'materi/a/index.html',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'precache.json',
    ]);
    expect(info?.version).toBe(first.version);
    expect(first.count).toBe(7);
    const trainer = parsePrecacheInfo(JSON.parse(readFileSync(join(out, 'offline/trainer-a.json'), 'utf8')));
    expect(trainer?.entries.map((e) => e.url)).toEqual(['presentasi/a/b/index.html']);
    const worker = readFileSync(join(out, 'sw.js'), 'utf8');
    for (const url of urls ?? []) expect(worker).toContain(`"${url}"`);
    expect(worker).not.toContain('"presentasi/a/b/index.html"');
    expect(worker).toContain('SKIP_WAITING');

    // Rebuilding the same files gives the same version and the same worker, whether its code is bundled
    // again or taken from the cache; changing a page gives a new version.
    expect((await writeServiceWorker(out, '/', cache)).version).toBe(first.version);
    expect(readFileSync(join(out, 'sw.js'), 'utf8')).toBe(worker);
    expect((await writeServiceWorker(out)).version).toBe(first.version);
    expect(readFileSync(join(out, 'sw.js'), 'utf8')).toBe(worker);
    writeFileSync(join(out, 'materi/a/b/index.html'), '<h1>Pelajaran, direvisi</h1>');
    expect((await writeServiceWorker(out, '/', cache)).version).not.toBe(first.version);
    rmSync(cache, { recursive: true, force: true });
  }, 60_000);

  test('puts the precache list in place of the placeholder in the bundled code, and refuses code without it once', () => {
    const code = 'precache([{url:"__NETRAL_PRECACHE_LIST__",revision:null}]),route(a);';
    const list = [{ url: 'a$&b.html', revision: '1' }];
    expect(withPrecacheList(code, list)).toBe(`precache(${JSON.stringify(list)}),route(a);`);
    expect(withPrecacheList('precache([ { "url": "__NETRAL_PRECACHE_LIST__", "revision": null } ])', [])).toBe('precache([])');
    expect(() => withPrecacheList('precache([])', list)).toThrow(/placeholder appears 0 times/);
    expect(() => withPrecacheList(`${code}${code}`, list)).toThrow(/placeholder appears 2 times/);
  });

  test('builds the search index from the same read of the site, from marked pages only, and precaches it', async () => {
    const page = (body: string) => `<!doctype html><html lang="id"><head><title>Netral</title></head><body>${body}</body></html>`;
    const out = site({
      'index.html': page('<h1>Beranda</h1><p>Gratifikasi</p>'),
      '404.html': page('<h1>Tidak ada</h1>'),
      'materi/a/index.html': page('<h1>Modul</h1>'),
      'materi/a/b/index.html': page('<main data-pagefind-body><h1>Netralitas</h1><p>ASN menjaga netralitas.</p></main>'),
      'presentasi/a/b/index.html': page('<h1>Slide</h1><p>Netralitas di slide</p>'),
    });
    const cache = join(out, '..', `${basename(out)}-cache`);
    try {
      const report = await writeServiceWorker(out, '/', cache, { searchIndex: true });
      expect(report.search).toEqual({ indexed: 1, read: 5 });
      const urls = parsePrecacheInfo(JSON.parse(readFileSync(join(out, 'precache.json'), 'utf8')))?.entries.map((e) => e.url) ?? [];
      expect(urls).toContain('pagefind/pagefind.js');
      expect(urls).toContain('pagefind/pagefind-entry.json');
      // The one marked page is the index's one fragment.
      expect(urls.filter((url) => url.startsWith('pagefind/fragment/'))).toHaveLength(1);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 120_000);

  test('fails, naming the file, when a learner file would be left out of the offline copy', async () => {
    const out = site({ 'index.html': '<h1>Beranda</h1>', 'materi/a/index.html': '<h1>Modul</h1>' });
    writeFileSync(join(out, 'materi/big.json'), Buffer.alloc(MAX_CORE_FILE_BYTES + 1));
    await expect(writeServiceWorker(out)).rejects.toThrow(/materi\/big\.json is 5\.0 MB; .* left out of the offline copy/);
  }, 60_000);
});
