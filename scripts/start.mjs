// `npm start`: builds the site and serves it on http://localhost:4321 to try it out. This build trusts the
// public demo key (NETRAL_TRUST_DEMO_KEY=1) so the whole certificate flow can be tried with
// tests/fixtures/demo-signing-key.json; never deploy its dist/ (`npm run build` makes the one to deploy).
import { spawnSync } from 'node:child_process';

const astro = ['node_modules/astro/bin/astro.mjs'];
const env = { ...process.env, NETRAL_TRUST_DEMO_KEY: '1' };
const build = spawnSync(process.execPath, [...astro, 'build'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
console.warn('\nThis build trusts the public demo key, for trying Netral out. Deploy only what `npm run build` makes.\n');
const preview = spawnSync(process.execPath, [...astro, 'preview', '--port', '4321'], { stdio: 'inherit', env });
process.exit(preview.status ?? 0);
