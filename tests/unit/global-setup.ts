// Vitest global setup: `astro sync` writes the content data store into .astro/, without which
// getCollection() silently returns [] in tests (see ../shared/toolchain.md).
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { stdio: 'ignore' });
}
