// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import site from './src/site.config.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  ...(site.siteUrl && { site: site.siteUrl }),
  base: site.basePath,
  trailingSlash: 'always',
  // Tests read the content data store from here (see tests/unit/setup.ts).
  cacheDir: './.astro',
  integrations: [mdx(), pagefindIndex()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Known Astro warning printed once per MDX file; harmless (see ../shared/toolchain.md).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
