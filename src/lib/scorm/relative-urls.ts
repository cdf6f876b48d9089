// Makes a built site work from any path an LMS serves it under: every address that starts with the LMS
// build's placeholder base (src/data/lms-build.ts) becomes relative to the file it is in. Pure; used by
// scripts/scorm.mjs and the unit tests.
//
// - HTML, CSS, JSON, web manifest: "/base/_astro/x.css" in "materi/a/index.html" → "../../_astro/x.css". A
//   page folder becomes its index.html ("/base/materi/b/" → "../b/index.html"): an LMS serves files, not
//   folders (Moodle's pluginfile.php has no directory index). A folder without index.html keeps its slash.
// - JavaScript: the base alone as a string literal (Vite's preload helper) becomes the package root computed
//   from the module's own address at run time; any other use of the base in a script is refused.

/** Kinds of text file the rewrite knows. */
export type RewriteKind = 'markup' | 'script';

export interface RewriteContext {
  /** Folder of the file being rewritten, relative to the package root ("" for the root). */
  fileDir: string;
  /** The placeholder base, e.g. "/__netral_package__/". */
  base: string;
  /** Whether a folder (relative to the root, no trailing slash, "" for the root) has an index.html. */
  hasIndex(folder: string): boolean;
}

/** The relative address from folder `from` to package path `to` (both relative to the root). */
export function relativePath(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/');
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  const up = '../'.repeat(a.length - common);
  const rest = b.slice(common).join('/');
  return up + rest || './';
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with every placeholder address made relative; throws on a use it cannot rewrite. */
export function relativizeUrls(text: string, kind: RewriteKind, context: RewriteContext): string {
  const base = escapeRegExp(context.base);
  if (kind === 'script') {
    const root = relativePath(context.fileDir, '');
    const out = text.replace(new RegExp(`([\`"'])${base}\\1`, 'g'), () => `(new URL(\`${root}\`,import.meta.url).href)`);
    if (out.includes(context.base)) throw new Error(`a script uses the base path in a way that cannot be made relative`);
    return out;
  }
  // A path runs until a quote, entity (&quot;), space, bracket, query or fragment.
  return text.replace(new RegExp(`${base}([^"'\`\\s&<>()?#\\\\]*)`, 'g'), (_match, path: string) => {
    const folder = path.endsWith('/') || path === '' ? path.replace(/\/$/, '') : null;
    const target = folder !== null && context.hasIndex(folder) ? `${folder ? `${folder}/` : ''}index.html` : path;
    return relativePath(context.fileDir, target);
  });
}
