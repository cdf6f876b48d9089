// Lets plain Node 24 import the project's TypeScript modules (src/lib/**, src/site.config.ts). Node strips
// their types natively; this hook only adds what Vite resolves for us elsewhere: a relative import written
// without an extension ("./nip") is retried as "./nip.ts", and a folder ("../i18n") as "../i18n/index.ts".
// Import this module first, then import the .ts modules with import(), so they resolve with the hook.
import { registerHooks } from 'node:module';

registerHooks({
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
