// The course version of this build (see src/lib/cert/course-version.ts). Server only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLessonsInOrder } from './course';
import { courseVersion, type SourceFile } from '../lib/cert/course-version';

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
    return courseVersion(readSources('content'), new Date(latest));
  })();
  return cached;
}
