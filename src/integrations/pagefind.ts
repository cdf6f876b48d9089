// Astro integration: after the build, index dist/ with Pagefind's Node API (as Starlight does), so
// `astro build` alone yields a searchable site. Only pages that mark their content with
// `data-pagefind-body` are searched (lessons, glossary, regulations); Pagefind is handed just those pages
// instead of reading every built page (decks, handouts…) to find them, which at 1,000 lessons was five
// pages read for each page indexed.
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

// Pagefind's own marker: a page without it is never part of the index once any page has it.
const BODY_MARKER = Buffer.from('data-pagefind-body');
const SPACE = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d]);

/**
 * Whether an HTML file's bytes carry `data-pagefind-body` as an attribute (whitespace before it; whitespace,
 * "=" or ">" after). Searched in the bytes, so the three pages in four that are not indexed are never decoded.
 */
export function hasBodyMarker(html: Buffer): boolean {
  for (let at = html.indexOf(BODY_MARKER); at >= 0; at = html.indexOf(BODY_MARKER, at + 1)) {
    const after = html[at + BODY_MARKER.length] ?? 0;
    if (SPACE.has(html[at - 1] ?? 0) && (SPACE.has(after) || after === 0x3d || after === 0x3e)) return true;
  }
  return false;
}

/** Every .html file under `dir`, as paths relative to it with forward slashes. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The URL Pagefind would give a file of dist/: "materi/x/index.html" → "/materi/x/". */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Builds the Pagefind index of `outDir` into `<outDir>/pagefind/`; returns how many pages it indexed. */
export async function buildSearchIndex(outDir: string): Promise<{ indexed: number; read: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const files = await htmlFiles(outDir);
    // Read a few at a time and keep only the pages to index (all of dist/ at once can be hundreds of MB).
    const kept: ({ file: string; content: string } | undefined)[] = [];
    let next = 0;
    const reader = async () => {
      for (let i = next++; i < files.length; i = next++) {
        const file = files[i] ?? '';
        const bytes = await readFile(join(outDir, file));
        if (hasBodyMarker(bytes)) kept[i] = { file, content: bytes.toString('utf8') };
      }
    };
    await Promise.all(Array.from({ length: 16 }, reader));
    const pages = kept.filter((page) => page !== undefined);
    // Sent in one go and in a fixed order, so the service parses while we wait and the index (its file
    // names, and with them the offline copy's version) is the same for the same site.
    const added = await Promise.all(pages.map(({ file, content }) => index.addHTMLFile({ url: pageUrl(file), content })));
    const failed = added.flatMap((result, i) => result.errors.map((error) => `${pages[i]?.file}: ${error}`));
    if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
    const indexed = pages.length;
    if (indexed === 0) throw new Error('Pagefind: no page has data-pagefind-body, so search would find nothing.');
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { indexed, read: files.length };
  } finally {
    await pagefind.close();
  }
}

/** Builds the Pagefind index into `<outDir>/pagefind/`. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'netral:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const log = logger.fork('pagefind');
        const { indexed, read } = await buildSearchIndex(fileURLToPath(dir));
        log.info(`Indexed ${indexed} of ${read} pages (those with data-pagefind-body).`);
      },
    },
  };
}
