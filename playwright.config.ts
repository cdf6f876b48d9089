import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

// scripts/test.mjs picks a free port once and passes it to every worker through the environment. The real
// course (dist/) is served on it, the fixture course (dist-fixture/) on the next one unless
// NETRAL_E2E_FIXTURE_PORT names another.
const port = Number(process.env['NETRAL_E2E_PORT'] ?? 4391);
const fixturePort = Number(process.env['NETRAL_E2E_FIXTURE_PORT'] ?? port + 1);
/** The content directory of the fixture course, which scripts/test.mjs builds into dist-fixture/. */
const fixtureCourse = 'tests/fixtures/course';
// Specs of the site's behaviour (the learner store, knowledge checks, pre-/post-test, practice, dilemmas, the
// learner's path): they run on the small fixture course, so an author editing the real course cannot break
// them (docs/dev/testing.md).
const behaviourSpecs = /[\\/](quiz|tabs|learner-tests|learner-progress|learner-journey|practice|progress|scenario)\.spec\.ts$/;
const executablePath = await findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Playwright's default, half the cores, CI or not (one worker on a 2-core machine: two took as long there,
  // the tests being CPU-bound, and loaded the machine twice as much). NETRAL_E2E_WORKERS overrides it.
  ...(process.env['NETRAL_E2E_WORKERS'] && { workers: Number(process.env['NETRAL_E2E_WORKERS']) }),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.test-results/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'id-ID',
    // A trace records a screencast and a DOM snapshot around every action: about a fifth of the suite's CPU
    // on a 2-core machine, for files kept only when a test fails. Off by default; NETRAL_E2E_TRACE=1 (or
    // `--trace retain-on-failure`) turns it back on to debug a failure. A failing test still leaves a
    // screenshot and Playwright's error context (the page's accessibility snapshot) in test-results/.
    trace: process.env['NETRAL_E2E_TRACE'] ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    // Every new browser context would otherwise register the offline worker and precache the learner core
    // (about 1 MB, a hundred requests) in the background of a test that never looks at it; on a 2-core
    // machine that CPU comes out of the test. Tests of offline use, the worker or its update prompt opt in
    // at the narrowest scope with test.use({ serviceWorkers: 'allow' }) (docs/dev/testing.md).
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath && { executablePath }),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    // Learner states made once for every worker (tests/e2e/learner.setup.ts), read by the certificate specs.
    { name: 'setup', testMatch: /\.setup\.ts$/, use: { ...devices['Desktop Chrome'] } },
    // The real course: content, accessibility, budgets, links, pages and certificates.
    { name: 'chromium', testIgnore: behaviourSpecs, use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
    // The fixture course (tests/fixtures/course/): behaviour.
    { name: 'behaviour', testMatch: behaviourSpecs, use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${fixturePort}` } },
  ],
  webServer: [
    {
      // --ignore-lock: Astro allows one tracked preview server per project, and the previous run's server may
      // still be shutting down when the next run starts ("Another astro preview server is already running").
      command: `node node_modules/astro/bin/astro.mjs preview --ignore-lock --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // astro.config.mjs serves dist-fixture/ when NETRAL_CONTENT_DIR names another course than content/. Left
    // out until the fixture course is built, so the real course's specs run without it (docs/dev/testing.md).
    ...(existsSync('dist-fixture/index.html')
      ? [
          {
            // --ignore-lock: Astro allows one tracked preview server per project; this one runs beside it.
            command: `node node_modules/astro/bin/astro.mjs preview --ignore-lock --port ${fixturePort}`,
            env: { NETRAL_CONTENT_DIR: fixtureCourse },
            url: `http://localhost:${fixturePort}/`,
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
