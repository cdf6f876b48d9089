// A vanilla Starlight site with the same lesson text as this course, built on this machine as the baseline of
// issue #17 (`npm run bench -- --starlight`). A development tool only: it installs Starlight from the npm
// registry into a cache folder outside the project (never into it, never at the site's run time); that folder
// is the Starlight project, whose pages are rewritten for each course size.
//
// Each lesson becomes a plain Markdown page: the frontmatter keeps title and description, the MDX
// components are reduced to their text (<Term>, <Ref> and <Callout> keep what they show; <Notes> for the
// trainer, <Quiz>, <Scenario> and <SlideBreak> have no text of their own and are dropped). Larger courses
// repeat the real lessons exactly as scripts/generate-course.mjs does, so both sites carry the same words.
//
// A second copy (`starlightMdxHome`) has the same pages as .mdx files: Starlight compiling its pages with
// @astrojs/mdx, as this project must, shows what the format alone costs a build of the same text.
//
//   node scripts/starlight-baseline.mjs [lessons] [--mdx]   set up a site of that many lessons (27 = this
//                                                    course), its pages .mdx with --mdx, and build it once,
//                                                    printing the time
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatedLessons, lessonTitle, realLessons } from './generate-course.mjs';

const root = resolve(import.meta.dirname, '..');

/** Starlight release measured against; 0.42 is the line that supports Astro 7. */
export const STARLIGHT_VERSION = '0.42.4';

/** The Starlight project (outside this one). NETRAL_STARLIGHT_DIR overrides it. */
export const starlightHome = process.env.NETRAL_STARLIGHT_DIR ?? join(homedir(), '.cache', 'netral', 'starlight-bench');

/** The same Starlight project with its pages as .mdx files, next to `starlightHome`. */
export const starlightMdxHome = `${starlightHome}-mdx`;

/** The Astro version this project has installed; Starlight is built with the same one. */
function ourAstroVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
}

/**
 * Installs Astro (our version) and Starlight into `starlightHome` unless those exact versions are there, and
 * copies that install to `starlightMdxHome`.
 */
export function ensureStarlight(log = console.log) {
  const astro = ourAstroVersion();
  const installed = (name) => {
    try {
      return JSON.parse(readFileSync(join(starlightHome, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return undefined;
    }
  };
  if (installed('astro') !== astro || installed('@astrojs/starlight') !== STARLIGHT_VERSION) install(astro, log);
  copyInstall(starlightHome, starlightMdxHome);
  return { astro, starlight: STARLIGHT_VERSION };
}

/** Installs those versions into `starlightHome` with npm. */
function install(/** @type {string} */ astro, /** @type {(text: string) => void} */ log) {
  mkdirSync(starlightHome, { recursive: true });
  const manifest = { name: 'netral-starlight-bench', private: true, type: 'module', dependencies: { astro, '@astrojs/starlight': STARLIGHT_VERSION } };
  writeFileSync(join(starlightHome, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  log(`Installing astro ${astro} and @astrojs/starlight ${STARLIGHT_VERSION} into ${starlightHome} (once)…`);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: starlightHome, encoding: 'utf8', stdio: 'inherit' });
  if (npm.status !== 0) throw new Error(`npm install failed in ${starlightHome}`);
}

/**
 * Copies the install in `from` to `to` unless `to` has the same package-lock.json. A real copy: with a
 * symlinked node_modules, Vite loads Starlight's components from outside the project and the build fails.
 */
function copyInstall(/** @type {string} */ from, /** @type {string} */ to) {
  const lock = (dir) => (existsSync(join(dir, 'package-lock.json')) ? readFileSync(join(dir, 'package-lock.json'), 'utf8') : undefined);
  if (lock(to) !== undefined && lock(to) === lock(from)) return;
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  // Each project's build cache is its own.
  cpSync(join(from, 'node_modules'), join(to, 'node_modules'), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !/[\\/]node_modules[\\/]\.(?:astro|vite)$/.test(source),
  });
  // The lock file last: a copy cut short is made again next time.
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(from, file), join(to, file));
}

/** A lesson's MDX as plain Markdown: its title and description, and the text its components show. */
export function toMarkdown(mdx, title = lessonTitle(mdx)) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  const frontmatter = match?.[1] ?? '';
  const description = /^description:\s*(.*)$/m.exec(frontmatter)?.[1]?.replace(/^["']|["']$/g, '');
  const body = mdx
    .slice(match?.[0].length ?? 0)
    .replace(/^import\s.*$/gm, '')
    .replace(/<Notes>[\s\S]*?<\/Notes>/g, '')
    .replace(/<Callout\b[^>]*?\btitle="([^"]*)"[^>]*>/g, '**$1**\n')
    .replace(/<\/?Callout\b[^>]*>/g, '')
    .replace(/<(Term|Ref)\b[^>]*\/>/g, '')
    .replace(/<\/?(?:Term|Ref)\b[^>]*>/g, '')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '')
    .replace(/\n{3,}/g, '\n\n');
  const yaml = (text) => JSON.stringify(text);
  return `---\ntitle: ${yaml(title)}\n${description ? `description: ${yaml(description)}\n` : ''}---\n${body.trim()}\n`;
}

/**
 * Writes the Starlight site for a course of `total` lessons into `starlightHome`, or with `mdx` into
 * `starlightMdxHome` with .mdx pages (replacing the pages and the build cache of any earlier size); returns
 * its folder and how many lessons it has.
 */
export function writeStarlightSite(total, { mdx = false } = {}) {
  const lessons = realLessons(join(root, 'content'));
  const count = Math.max(total, lessons.length);
  const site = mdx ? starlightMdxHome : starlightHome;
  const extension = mdx ? '.mdx' : '.md';
  // Its own install resolves from the project folder, as in any Starlight project (a symlinked
  // node_modules makes Vite load Starlight's modules outside the bundle, where astro: imports fail).
  for (const stale of ['src', 'dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')]) rmSync(join(site, stale), { recursive: true, force: true });
  const docs = join(site, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  // Vanilla Starlight: its defaults (Pagefind search, sidebar of every page), our language.
  writeFileSync(
    join(site, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Netral',
      defaultLocale: 'root',
      locales: { root: { label: 'Bahasa Indonesia', lang: 'id' } },
    }),
  ],
});
`,
  );
  writeFileSync(
    join(site, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(docs, `index${extension}`), '---\ntitle: Netral\ndescription: Pelatihan netralitas ASN.\n---\nSelamat datang.\n');
  for (const [path, text] of lessons) {
    mkdirSync(join(docs, path.split('/')[0] ?? ''), { recursive: true });
    writeFileSync(join(docs, path.replace(/\.mdx$/, extension)), toMarkdown(text));
  }
  for (const { module, moduleNumber, order, slug, text } of generatedLessons(lessons, count)) {
    mkdirSync(join(docs, module), { recursive: true });
    const title = `${lessonTitle(text)} (uji ${moduleNumber}.${order})`;
    writeFileSync(join(docs, module, `${String(order).padStart(3, '0')}-${slug}-${moduleNumber}-${order}${extension}`), toMarkdown(text, title));
  }
  return { dir: site, lessons: count };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const total = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 27);
  const versions = ensureStarlight();
  const { dir, lessons } = writeStarlightSite(total, { mdx: process.argv.includes('--mdx') });
  console.log(`Starlight ${versions.starlight} with astro ${versions.astro}: ${lessons} lessons in ${dir}. Building…`);
  const start = performance.now();
  const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  console.log(`Built in ${((performance.now() - start) / 1000).toFixed(1)} s (${existsSync(join(dir, 'dist')) ? join(dir, 'dist') : 'no dist'}).`);
}
