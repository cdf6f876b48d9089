// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import realSite from './src/site.config.ts';
import { courseOutDir, courseSiteConfigFile, otherCourse } from './src/data/content-dir.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { offlineServiceWorker } from './src/integrations/offline.ts';
import { scormLaunchPage } from './src/integrations/scorm.ts';
import { LMS_PLACEHOLDER_BASE, lmsBuild } from './src/data/lms-build.ts';

// The course this build reads (src/data/content-dir.ts): content/ unless NETRAL_CONTENT_DIR names another,
// such as the fixture course, which brings its own site configuration (its modules in the test mixes).
/** @type {typeof realSite} */
const site = courseSiteConfigFile ? (await import(/* @vite-ignore */ courseSiteConfigFile)).default : realSite;
const realSiteConfigFile = fileURLToPath(new URL('./src/site.config.ts', import.meta.url));

/**
 * Serves the other course's site configuration wherever the site imports src/site.config.ts.
 * @returns {import('vite').Plugin}
 */
function courseSiteConfig() {
  return {
    name: 'netral:course-site-config',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!courseSiteConfigFile || !/site\.config(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === realSiteConfigFile ? courseSiteConfigFile : null;
    },
  };
}

/**
 * Replaces Vite's dynamic-import preload helper (about 0.7 KB compressed in the islands script every page
 * loads) with a call of the import itself, and drops the lists of files it would have preloaded. Those lists
 * name the chunks a dynamically imported chunk imports, which the browser finds itself when the chunk
 * arrives (the idle elements, a test's result view: all loaded after the page), and its stylesheets, which
 * no dynamically imported chunk of this site has: the build fails if one ever does, since nothing would load
 * them. (Astro sets build.modulePreload itself, so Vite's own option cannot turn the lists off.)
 * @returns {import('vite').Plugin}
 */
function noPreloadHelper() {
  const helper = '\0vite/preload-helper.js';
  const depsTable = /const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=(\[[^\]]*\])\)\)\)=>i\.map\(i=>d\[i\]\);\n?/;
  return {
    name: 'netral:no-preload-helper',
    enforce: 'post',
    resolveId: { order: 'pre', handler: (id) => (id === helper ? helper : null) },
    load: { order: 'pre', handler: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : null) },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk') continue;
          const table = depsTable.exec(file.code);
          if (!table) continue;
          if (/\.css"/.test(table[1] ?? ''))
            this.error(`${file.fileName} imports a chunk that needs a stylesheet, which the site's preload helper does not load (astro.config.mjs, noPreloadHelper)`);
          file.code = file.code.replace(depsTable, '').replace(/,__vite__mapDeps\(\[[\d,]*\]\)/g, '');
          if (file.code.includes('__vite__mapDeps')) this.error(`${file.fileName}: a preload list was left behind (astro.config.mjs, noPreloadHelper)`);
        }
      },
    },
  };
}

/**
 * The chunk for a module the idle elements (src/elements/idle-elements.ts) share with page scripts, or null
 * for any other module (rolldown then places it as usual). The module graph is walked from `id` up through
 * its importers to the chunks it serves. What only the idle elements and the pages that show questions (the
 * tests, a module's practice) share (the question view, scoring) is kept apart, so the certificate and
 * progress pages do not load it. What the idle elements share only with the elements islands.ts loads as chunks of their own (on the few pages that have them:
 * offline saving, the service worker's helpers) is one more chunk, "elements-idle".
 * @param {string} id
 * @param {{ getModuleInfo(id: string): { importers: string[], dynamicImporters: string[], isEntry: boolean } | null }} ctx
 */
function idleSharedChunk(id, ctx) {
  const idle = /[\\/]src[\\/]elements[\\/]idle-elements\.ts$/;
  const islands = /[\\/]src[\\/]elements[\\/]islands\.ts$/;
  /** @type {Set<string>} */
  const roots = new Set();
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length) {
    const current = queue.pop() ?? '';
    if (idle.test(current)) {
      roots.add('idle');
      continue;
    }
    const info = ctx.getModuleInfo(current);
    if (info?.dynamicImporters.some((importer) => islands.test(importer))) {
      roots.add('island');
      continue;
    }
    // An entry or a module loaded with import() starts its own chunk: it is a root of its own.
    if (!info || info.isEntry || info.dynamicImporters.length > 0 || info.importers.length === 0) roots.add(current);
    for (const importer of info?.importers ?? []) {
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
    }
  }
  const island = roots.delete('island');
  if (!roots.delete('idle')) return null;
  if (roots.size === 0) return island ? 'elements-idle' : null;
  // The pages that show questions: the pre-/post-test (Exam.astro) and a module's practice page.
  const questionPage = /[\\/](components[\\/]quiz[\\/]Exam|pages[\\/]materi[\\/]\[module\][\\/]latihan)\.astro\?/;
  return [...roots].every((root) => questionPage.test(root)) ? 'elements-quiz' : 'elements-shared';
}

/**
 * Whether a component is part of the lesson page (src/pages/materi/[module]/[lesson].astro renders it,
 * directly or through another component), found by walking the module graph up from `id`.
 * @param {string} id
 * @param {{ getModuleInfo(id: string): { importers: string[] } | null }} ctx
 */
function rendersOnLessons(id, ctx) {
  const lessonPage = /[\\/]src[\\/]pages[\\/]materi[\\/]\[module\][\\/]\[lesson\]\.astro$/;
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length) {
    const current = queue.pop() ?? '';
    if (lessonPage.test(current)) return true;
    for (const importer of ctx.getModuleInfo(current)?.importers ?? []) {
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
    }
  }
  return false;
}

// A lesson's static parts (everything but the components authors use) are compiled to HTML strings instead of
// one JSX node per element, so each render of a lesson (reading page, deck, handout) is cheaper. Safe while no
// component set passed to <Content components> replaces a plain HTML element (src/components/mdx,
// src/components/slides/components.ts replace only capitalised components).
const lessonMdx = { optimize: true };

export default defineConfig({
  ...(site.siteUrl && { site: site.siteUrl }),
  // The LMS build (npm run scorm) uses a placeholder base that scripts/scorm.mjs makes relative, and its own
  // output folder, so it never replaces the site in dist/.
  base: lmsBuild ? LMS_PLACEHOLDER_BASE : site.basePath,
  // The fixture course builds into dist-fixture/, beside the real course's dist/.
  ...(lmsBuild ? { outDir: './dist-scorm/site' } : otherCourse && { outDir: `./${courseOutDir}` }),
  trailingSlash: 'always',
  // Tests read the content data store from here (see tests/unit/global-setup.ts).
  // The fixture course keeps its own content data store, so building it leaves the real course's in place.
  cacheDir: otherCourse ? './.astro-fixture' : './.astro',
  // offlineServiceWorker() builds the search index too, in the same pass over dist/ as the offline copy.
  // The LMS build has the SCORM launch page and no service worker.
  integrations: lmsBuild ? [mdx(lessonMdx), pagefindIndex(), scormLaunchPage()] : [mdx(lessonMdx), offlineServiceWorker()],
  // The Content-Security-Policy <meta> is written by src/components/Head.astro (Astro's own policy listed the
  // hashes of its framework-island scripts on every page, which this site has none of).
  // Every stylesheet is a file (none inlined): the policy's style-src is 'self' with no hashes, so an inline
  // <style> block would be blocked.
  build: { inlineStylesheets: 'never' },
  // Scoped styles by class ("astro-xxxx" added to an existing class attribute) rather than a
  // data-astro-cid-xxxx attribute on every element: the lighter HTML on every page.
  scopedStyleStrategy: 'class',
  // Shiki colours code with style="" attributes, which the policy blocks; lessons have no code blocks.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [courseSiteConfig(), noPreloadHelper()],
    build: {
      rolldownOptions: {
        output: {
          // The components a lesson page is built from go into one server chunk, so their styles reach the
          // browser as one stylesheet (about 6.5 KB compressed) instead of eight small ones (8 KB): one file
          // cached for the whole course. Decks, handouts and certificates keep their own styles apart.
          codeSplitting: {
            groups: [
              {
                // Only what a lesson renders: a component only other pages use (the tests, progress, home) keeps
                // its styles in those pages' own stylesheets, so lessons do not download them.
                name: (id, ctx) => (rendersOnLessons(id, ctx) ? 'lesson-ui' : null),
                test: /\/src\/(layouts|components)\/[^?]*\.astro$/,
              },
              {
                // Vite's dynamic-import helper goes with the islands script every page loads (Head.astro),
                // rather than into a file of its own: one request less on every page.
                name: 'islands',
                test: /(preload-helper|[\\/]src[\\/]components[\\/]Head\.astro\?astro&type=script|[\\/]src[\\/]elements[\\/](islands|idle)\.ts$)/,
                priority: 3,
              },
              {
                // The element kit with its string and number helpers, which nearly every page script uses: one chunk.
                name: 'elements-kit',
                test: /[\\/]src[\\/](elements[\\/]kit|lib[\\/](template|format))\.ts$/,
                priority: 2,
              },
              {
                // The other helpers the idle elements (src/elements/idle-elements.ts) share with page scripts
                // (storage, records; the question view): two chunks rather than one per set of pages using
                // them. A lesson loads its scripts in five requests (the islands script, idle elements and
                // these three), not fifteen.
                name: (id, ctx) => {
                  const chunk = idleSharedChunk(id, ctx);
                  return chunk === 'elements-idle' ? null : chunk;
                },
                test: /[\\/]src[\\/](elements|lib|i18n)[\\/]/,
                priority: 1,
              },
              {
                // What the idle elements share only with offline saving (the service worker's helpers). After
                // the group above, so a helper page scripts use too (the LMS lookup) stays in elements-shared:
                // a group also takes in the modules its modules import.
                name: (id, ctx) => (idleSharedChunk(id, ctx) === 'elements-idle' ? 'elements-idle' : null),
                test: /[\\/]src[\\/](elements|lib|i18n)[\\/]/,
                priority: 0,
              },
            ],
          },
        },
        onwarn(warning, warn) {
          // Known Astro warning printed once per MDX file; harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
