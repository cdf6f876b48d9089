// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import site from './src/site.config.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { offlineServiceWorker } from './src/integrations/offline.ts';
import { scormLaunchPage } from './src/integrations/scorm.ts';
import { LMS_PLACEHOLDER_BASE, lmsBuild } from './src/data/lms-build.ts';

export default defineConfig({
  ...(site.siteUrl && { site: site.siteUrl }),
  // The LMS build (npm run scorm) uses a placeholder base that scripts/scorm.mjs makes relative, and its own
  // output folder, so it never replaces the site in dist/.
  base: lmsBuild ? LMS_PLACEHOLDER_BASE : site.basePath,
  ...(lmsBuild && { outDir: './dist-scorm/site' }),
  trailingSlash: 'always',
  // Tests read the content data store from here (see tests/unit/global-setup.ts).
  cacheDir: './.astro',
  // offlineServiceWorker() must follow pagefindIndex(): it precaches the index Pagefind writes.
  // The LMS build has the SCORM launch page and no service worker.
  integrations: lmsBuild ? [mdx(), pagefindIndex(), scormLaunchPage()] : [mdx(), pagefindIndex(), offlineServiceWorker()],
  // A Content-Security-Policy <meta> on every page. Astro hashes every script and style it renders
  // (bundled and is:inline), so scripts need neither 'unsafe-inline' nor 'unsafe-eval'. Pagefind compiles
  // its WebAssembly ('wasm-unsafe-eval') and fetches its index (connect-src). Directives that browsers
  // ignore in a <meta> (frame-ancestors) are sent as headers by the sample configs in deploy/.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "media-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // style-src stays 'self' plus Astro's hashes: style="" attributes are blocked. Set CSS custom
      // properties from scripts (element.style.setProperty is not governed by CSP) or use classes.
    },
  },
  // Every stylesheet is a file (none inlined): inline <style> blocks would each add a hash to every page's
  // CSP, since Astro lists the hashes of the whole build.
  build: { inlineStylesheets: 'never' },
  // Scoped styles by class ("astro-xxxx" added to an existing class attribute) rather than a
  // data-astro-cid-xxxx attribute on every element: the lighter HTML on every page.
  scopedStyleStrategy: 'class',
  // Shiki colours code with style="" attributes, which the policy blocks; lessons have no code blocks.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // The components a lesson page is built from go into one server chunk, so their styles reach the
          // browser as one stylesheet (about 6.5 KB compressed) instead of eight small ones (8 KB): one file
          // cached for the whole course. Decks, handouts and certificates keep their own styles apart.
          codeSplitting: {
            groups: [
              {
                name: 'lesson-ui',
                test: (id) => /\/src\/(layouts\/(Base|LessonLayout)|components\/(?!slides\/|cert\/)[^?]*)\.astro$/.test(id),
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
