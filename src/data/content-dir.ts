// Which course the build reads: `content/` (the real course) unless NETRAL_CONTENT_DIR names another
// directory of the same shape, such as the small fixture course the behaviour tests run on
// (tests/fixtures/course/, docs/dev/testing.md). Server and build only; read by astro.config.mjs,
// src/content.config.ts and every src/data module that reads content files itself.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The real course's content directory, relative to the project root. */
export const DEFAULT_CONTENT_DIR = 'content';

/** The content directory this build reads, relative to the project root and without a trailing "/". */
export const contentDir = (process.env['NETRAL_CONTENT_DIR'] || DEFAULT_CONTENT_DIR).replace(/[\\/]+$/, '');

/** True when the build reads another course than the real one (the fixture course). */
export const otherCourse = resolve(contentDir) !== resolve(DEFAULT_CONTENT_DIR);

/** A path inside the content directory, e.g. contentPath('revocations.yaml'), relative to the project root. */
export function contentPath(relative: string): string {
  return `${contentDir}/${relative}`;
}

/**
 * Where the build writes: `dist/` for the real course, `dist-fixture/` for any other, so both builds can
 * sit side by side (the end-to-end tests serve both). Relative to the project root.
 */
export const courseOutDir = otherCourse ? 'dist-fixture' : 'dist';

/**
 * The site configuration another course brings with it (`<content dir>/site.config.ts`: its own modules in
 * the test mixes), as an absolute path; null for the real course, which uses src/site.config.ts.
 */
export const courseSiteConfigFile: string | null = otherCourse && existsSync(resolve(contentDir, 'site.config.ts')) ? resolve(contentDir, 'site.config.ts') : null;
