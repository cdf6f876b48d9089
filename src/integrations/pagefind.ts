// Astro integration: after the build, index dist/ with Pagefind's Node API (as Starlight does), so
// `astro build` alone yields a searchable site.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Builds the Pagefind index into `<outDir>/pagefind/`. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'netral:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`Pagefind indexed ${added.page_count} pages.`);
        await pagefind.close();
      },
    },
  };
}
