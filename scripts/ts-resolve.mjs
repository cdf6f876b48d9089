// Lets plain Node 24 import the project's TypeScript modules (src/lib/**, src/site.config.ts). Node strips
// their types natively; this hook only adds what Vite resolves for us elsewhere: a relative import written
// without an extension ("./nip") is retried as "./nip.ts", and a folder ("../i18n") as "../i18n/index.ts".
// Import this module first, then import the .ts modules with import(), so they resolve with the hook.
import * as nodeModule from 'node:module';

// Type stripping is on by default from Node 22.18 and 23.6; registerHooks exists from 22.15 and 23.5.
if (typeof nodeModule.registerHooks !== 'function' || !process.features.typescript) {
  console.error(
    `Perintah ini memerlukan Node.js 22.18 atau lebih baru (disarankan Node 24); yang terpasang ${process.version}.`,
  );
  process.exit(1);
}

nodeModule.registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (!relative || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      if (error?.code === 'ERR_MODULE_NOT_FOUND') return nextResolve(`${specifier}.ts`, context);
      if (error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') return nextResolve(`${specifier}/index.ts`, context);
      throw error;
    }
  },
});
