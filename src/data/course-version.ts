// The course version of this build (see src/lib/cert/course-version.ts). Server only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLessonsInOrder } from './course';
import { courseVersion, type SourceFile } from '../lib/cert/course-version';
import type { PublishedVersion } from '../lib/cert/versions';
import { parsePublishedVersions } from '../schemas/course-versions';
import site from '../site.config';
import { contentDir, contentPath } from './content-dir';

/** The list of earlier published versions, relative to the project root. */
export const publishedVersionsFile = contentPath('course-versions.yaml');

/** Folders of content/ whose files make up the course: what is taught and what is tested. */
export const courseSourceFolders = ['modules', 'lessons', 'questions', 'scenarios'] as const;

let cached: Promise<string> | undefined;

function readSources(root: string): SourceFile[] {
  return courseSourceFolders.flatMap((folder) => {
    let names: string[];
    try {
      names = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .filter((name) => /\.(ya?ml|mdx?)$/.test(name))
      .map((name) => ({ path: `${folder}/${name.split('\\').join('/')}`, text: readFileSync(join(root, folder, name), 'utf8') }));
  });
}

/** This build's course version, e.g. "2026.11.23-3f9a2c1d". */
export function getCourseVersion(): Promise<string> {
  cached ??= (async () => {
    const lessons = await getLessonsInOrder();
    const latest = lessons.reduce((max, lesson) => Math.max(max, lesson.entry.data.updated.getTime()), 0);
    return courseVersion(readSources(contentDir), new Date(latest));
  })();
  return cached;
}

let published: Promise<PublishedVersion[]> | undefined;

/**
 * Every course version this site has published: the one being built (with today's post-test mix) and
 * those recorded in content/course-versions.yaml. The build prints the entry to record when the current
 * version is not listed yet.
 */
export function getPublishedVersions(): Promise<PublishedVersion[]> {
  published ??= (async () => {
    let text = '';
    try {
      text = readFileSync(publishedVersionsFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const earlier = parsePublishedVersions(text, publishedVersionsFile);
    const current: PublishedVersion = { version: await getCourseVersion(), mix: { ...site.postTest.mix } };
    if (!earlier.some((entry) => entry.version === current.version)) {
      const mix = Object.entries(current.mix).map(([id, n]) => `${id}: ${n}`).join(', ');
      console.info(
        `[netral] Course version ${current.version} is not in ${publishedVersionsFile} yet. Once this build is deployed, add:\n  ${current.version}:\n    mix: { ${mix} }\n  so requests made on it can still be signed after the content changes (docs/admin/certificates.md).`,
      );
    }
    return [current, ...earlier.filter((entry) => entry.version !== current.version)];
  })();
  return published;
}
