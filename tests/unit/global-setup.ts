// Vitest global setup: `astro sync` writes the content data store into .astro/, without which
// getCollection() silently returns [] in tests (see ../shared/toolchain.md).
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  // scripts/test.mjs syncs once before the type check and the unit tests run side by side.
  if (process.env['NETRAL_CONTENT_SYNCED'] === '1') return;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { stdio: 'ignore' });
}
