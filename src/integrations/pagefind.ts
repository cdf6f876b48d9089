// After the build, index dist/ with Pagefind's Node API (as Starlight does), so `astro build` alone yields
// a searchable site. The site's build does it in the offline step's single pass over dist/
// (offlineServiceWorker() in ./offline.ts uses createSearchIndexer()); pagefindIndex() is the integration
// for builds without a service worker (the LMS package). Only pages that mark their content with
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

// What Pagefind may read outside the marked element of a page: metadata, filters and sort keys set by attribute,
// and (to be safe) an <h1>, its default title. A page that has any of them outside is sent whole. (Images outside
// are not read: the index of the course, the fixture course and a generated 1,000-lesson course is byte for byte
// the same with the site's logo left out.)
const READ_OUTSIDE = /data-pagefind-(?:meta|filter|sort|default-meta|index-attrs)|<h1[\s>]/;

/**
 * The part of a page Pagefind's index is made from: everything up to the end of the <body> tag (the head's
 * language and metadata), the one element marked data-pagefind-body, and the closing tags. The rest of the
 * body (header, outline, footer: half of a lesson page) is never indexed when a page marks its content, so
 * it is not encoded and sent to Pagefind's process. The whole page is returned when anything Pagefind reads
 * outside the marked element is there (READ_OUTSIDE), when more than one element is marked, or when the
 * page's structure is not the plain one this expects.
 */
export function indexedPart(html: string): string {
  const marker = html.indexOf(' data-pagefind-body');
  if (marker < 0 || html.indexOf(' data-pagefind-body', marker + 1) >= 0) return html;
  const bodyTag = /<body[\s>]/.exec(html);
  const bodyOpenEnd = bodyTag ? html.indexOf('>', bodyTag.index) + 1 : 0;
  const start = html.lastIndexOf('<', marker);
  const name = /^<([a-z][a-z0-9-]*)/.exec(html.slice(start, start + 40))?.[1];
  if (!bodyTag || bodyOpenEnd <= 0 || bodyOpenEnd > start || !name) return html;
  // The marked element's end: its tag name opened and closed in turn (void elements are never marked).
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])`, 'g');
  tags.lastIndex = start + 1;
  let depth = 1;
  let end = -1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      end = html.indexOf('>', match.index) + 1;
      break;
    }
  }
  if (end <= 0) return html;
  if (READ_OUTSIDE.test(html.slice(bodyOpenEnd, start)) || READ_OUTSIDE.test(html.slice(end))) return html;
  return `${html.slice(0, bodyOpenEnd)}${html.slice(start, end)}</body></html>`;
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

/** A Pagefind index filled page by page as dist/ is read (see createSearchIndexer()). */
export interface SearchIndexer {
  /**
   * Offers the built file at position `position` of the sorted file list (`file` relative to dist/, its
   * bytes); every position from 0 up must be offered once, in any order. Pages with data-pagefind-body are
   * sent to Pagefind in position order, as soon as every earlier file has been offered. `text` is the page's
   * bytes decoded as UTF-8 when the caller has decoded them already (so a page is not decoded twice).
   */
  offer(position: number, file: string, bytes: Buffer | undefined, text?: string): void;
  /** Writes the index into `<outDir>/pagefind/` once every file has been offered; returns the counts. */
  write(): Promise<{ indexed: number; read: number }>;
  /** Stops Pagefind's process (always call it, also after a failure). */
  close(): Promise<void>;
}

/**
 * Starts Pagefind for `outDir`. The caller reads dist/ once and offers each file: Pagefind's own process
 * indexes the pages while the caller goes on reading (the offline step reads the same files), and pages are
 * sent in a fixed order, so the index (its file names, and with them the offline copy's version) is the same
 * for the same site.
 */
export async function createSearchIndexer(outDir: string): Promise<SearchIndexer> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const waiting = new Map<number, { file: string; bytes: Buffer | undefined; text: string | undefined }>();
  const added: Promise<string[]>[] = [];
  let nextToSend = 0;
  let read = 0;
  return {
    offer(position, file, bytes, text) {
      waiting.set(position, { file, bytes, text });
      for (let entry = waiting.get(nextToSend); entry; entry = waiting.get(nextToSend)) {
        waiting.delete(nextToSend);
        nextToSend += 1;
        if (!entry.file.endsWith('.html') || !entry.bytes) continue;
        read += 1;
        if (!hasBodyMarker(entry.bytes)) continue;
        const page = entry.file;
        added.push(index.addHTMLFile({ url: pageUrl(page), content: indexedPart(entry.text ?? entry.bytes.toString('utf8')) }).then((r) => r.errors.map((e) => `${page}: ${e}`)));
      }
    },
    async write() {
      if (waiting.size) throw new Error(`Pagefind: ${waiting.size} files were offered before an earlier one was.`);
      const failed = (await Promise.all(added)).flat();
      if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
      const indexed = added.length;
      if (indexed === 0) throw new Error('Pagefind: no page has data-pagefind-body, so search would find nothing.');
      const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
      if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      return { indexed, read };
    },
    close: async () => {
      await pagefind.close();
    },
  };
}

/** Builds the Pagefind index of `outDir` into `<outDir>/pagefind/`; returns how many pages it indexed. */
export async function buildSearchIndex(outDir: string): Promise<{ indexed: number; read: number }> {
  const indexer = await createSearchIndexer(outDir);
  try {
    const files = await htmlFiles(outDir);
    // Read a few at a time (all of dist/ at once can be hundreds of MB).
    let next = 0;
    const reader = async () => {
      for (let i = next++; i < files.length; i = next++) {
        const file = files[i] ?? '';
        indexer.offer(i, file, await readFile(join(outDir, file)));
      }
    };
    await Promise.all(Array.from({ length: 16 }, reader));
    return await indexer.write();
  } finally {
    await indexer.close();
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
