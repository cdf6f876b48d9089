// Lets plain Node 24 import the project's TypeScript modules (src/lib/**, src/site.config.ts). Node strips
// their types natively; this hook only adds what Vite does for us elsewhere: a relative import written
// without an extension ("./nip") is retried as "./nip.ts". Import this module before importing any .ts
// module, and import those with import() so they resolve after the hook is in place.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !relative || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
