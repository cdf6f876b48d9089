// `npm test`: type check, unit tests, build, then end-to-end and accessibility tests against the built
// site. Ends with one line "N passed, N failed" summing every test runner.
//
// The type check runs beside the unit tests: `astro check` is one TypeScript process and Vitest uses one
// worker per spare core, so on two cores they share the machine instead of waiting for each other. Both
// read .astro/ (content data store, types), which `astro sync` writes once before them. The three builds (the
// site, the SCORM packages, the fixture course) and Playwright run one after the other: each build rewrites
// .astro/ (types, the list of content modules) and Vite's cache, and the end-to-end tests need every build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromiumHelp, findChromium } from './find-chromium.mjs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const tally = { passed: 0, failed: 0 };
let ok = true;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal}).`);
    ok = false;
  }
  return result.status === 0;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A free port whose next port is free too (playwright.config.ts serves the fixture course on it). */
async function freePortPair() {
  for (;;) {
    const port = await freePort();
    const next = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port + 1, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (next) return port;
  }
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

const node = process.execPath;
const bin = (pkg, file) => `node_modules/${pkg}/${file}`;

/** Starts a stage in the background with its output held back; resolves to whether it passed, once printed. */
function start(label, command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env, FORCE_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      console.log(`\n▶ ${label}`);
      process.stdout.write(Buffer.concat(output));
      if (code !== 0) {
        console.error(`✗ ${label} failed (exit ${code ?? signal}).`);
        ok = false;
      }
      resolve(code === 0);
    });
  });
}

/** Runs a stage in the foreground (its output live), without blocking this process's event loop. */
function runAsync(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code, signal) => {
      if (code !== 0) {
        console.error(`✗ ${label} failed (exit ${code ?? signal}).`);
        ok = false;
      }
      resolve(code === 0);
    });
  });
}

// 1. Content data store and types in .astro/, once, so the type check and the unit tests can run side by
// side without either rewriting .astro/ under the other.
if (!run('Content and types (astro sync)', node, [bin('astro', 'bin/astro.mjs'), 'sync'])) tally.failed += 1;

// 2. Type check (in the background, printed when it ends) beside the unit tests. NETRAL_CONTENT_SYNCED
// tells tests/unit/global-setup.ts not to sync again.
const checked = start('Type check (astro check)', node, [bin('astro', 'bin/astro.mjs'), 'check', '--noSync']);
await runAsync(
  'Unit tests (vitest)',
  node,
  [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`],
  { NETRAL_CONTENT_SYNCED: '1' },
);
if (!(await checked)) tally.failed += 1;
const vitest = readJson(`${results}/vitest.json`);
if (vitest) {
  tally.passed += vitest.numPassedTests;
  tally.failed += vitest.numFailedTests;
} else tally.failed += 1;

// 3. Build (Astro + Pagefind).
// NETRAL_TRUST_DEMO_KEY: the end-to-end tests sign certificates with the public demo key
// (tests/fixtures/), so the test build trusts it even when src/site.config.ts no longer lists it.
const built = run('Build (astro build + Pagefind)', node, [bin('astro', 'bin/astro.mjs'), 'build'], {
  NETRAL_TRUST_DEMO_KEY: '1',
});
if (!built) tally.failed += 1;

// 3b. SCORM packages (npm run scorm): a second build under a placeholder base, made relative and zipped into
// dist-scorm/; tests/e2e/scorm.spec.ts runs them in a SCORM run-time.
if (!run('SCORM packages (npm run scorm)', node, ['scripts/scorm.mjs'], { NETRAL_TRUST_DEMO_KEY: '1' })) tally.failed += 1;

// 3c. The fixture course (tests/fixtures/course/) into dist-fixture/: the behaviour specs run on it
// (playwright.config.ts, project "behaviour"; docs/dev/testing.md). After the real course's builds, which
// share .astro/ with it; its own content data store is .astro-fixture/.
const fixtureBuilt = run('Fixture course build (astro build, NETRAL_CONTENT_DIR=tests/fixtures/course)', node, [bin('astro', 'bin/astro.mjs'), 'build'], {
  NETRAL_TRUST_DEMO_KEY: '1',
  NETRAL_CONTENT_DIR: 'tests/fixtures/course',
});
if (!fixtureBuilt) tally.failed += 1;

// 4. End-to-end and accessibility tests against the built site (the real course on one port, the fixture
// course on the next). Without the fixture's build, the real course's specs still run.
const chromium = await findChromium();
if (!chromium) {
  console.error(`\n${chromiumHelp}`);
  ok = false;
  tally.failed += 1;
} else if (built) {
  const port = String(await freePortPair());
  const projects = fixtureBuilt ? [] : ['--project=setup', '--project=chromium'];
  run('End-to-end and accessibility tests (playwright)', node, [bin('@playwright/test', 'cli.js'), 'test', ...projects], {
    NETRAL_E2E_PORT: port,
    PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium,
  });
  const report = readJson(`${results}/playwright.json`);
  if (report) {
    tally.passed += report.stats.expected + report.stats.flaky;
    tally.failed += report.stats.unexpected;
  } else tally.failed += 1;
}

console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(ok && tally.failed === 0 ? 0 : 1);
