// Queries over the content collections: course order, navigation and lookups. Server only.
import { getCollection, type CollectionEntry } from 'astro:content';
import { lessonPath, lessonSlug, modulePath } from '../lib/paths';
import { validateContent } from './validate';

export type ModuleEntry = CollectionEntry<'modules'>;
export type LessonEntry = CollectionEntry<'lessons'>;

export interface CourseLesson {
  entry: LessonEntry;
  moduleId: string;
  /** Path relative to the base, e.g. "materi/netralitas-asn/apa-itu-netralitas/". */
  path: string;
}

export interface CourseModule {
  entry: ModuleEntry;
  path: string;
  lessons: CourseLesson[];
  /** Total study time of the module's lessons, in minutes. */
  minutes: number;
}

let cached: Promise<CourseModule[]> | undefined;

/** The published course: modules in order, each with its non-draft lessons in order. */
export function getCourse(): Promise<CourseModule[]> {
  cached ??= loadCourse();
  return cached;
}

/** getStaticPaths() of a page per module (`[module]`), optionally for some modules only. */
export async function modulePaths(include: (module: CourseModule) => boolean = () => true) {
  return (await getCourse()).filter(include).map((module) => ({ params: { module: module.entry.id }, props: { module } }));
}

async function loadCourse(): Promise<CourseModule[]> {
  await validateContent();
  const [modules, lessons] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons', (lesson) => !lesson.data.draft),
  ]);
  return modules
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => {
      const own = lessons
        .filter((lesson) => lesson.data.module.id === entry.id)
        .sort((a, b) => a.data.order - b.data.order)
        .map((lesson) => ({ entry: lesson, moduleId: entry.id, path: lessonPath(entry.id, lesson.id) }));
      return {
        entry,
        path: modulePath(entry.id),
        lessons: own,
        minutes: own.reduce((sum, lesson) => sum + lesson.entry.data.duration, 0),
      };
    });
}

/** Every lesson of the course in reading order. */
export async function getLessonsInOrder(): Promise<CourseLesson[]> {
  return (await getCourse()).flatMap((module) => module.lessons);
}

/** The lessons before and after `lessonId` in course order. */
export async function getNeighbours(lessonId: string): Promise<{ previous?: CourseLesson; next?: CourseLesson }> {
  const all = await getLessonsInOrder();
  const index = all.findIndex((lesson) => lesson.entry.id === lessonId);
  const previous = index > 0 ? all[index - 1] : undefined;
  const next = index >= 0 && index < all.length - 1 ? all[index + 1] : undefined;
  return { ...(previous && { previous }), ...(next && { next }) };
}

/** Static paths for every lesson route (`[module]/[lesson]`), with the lesson and its module as props. */
export async function getLessonRoutes() {
  const course = await getCourse();
  return course.flatMap((module) =>
    module.lessons.map((lesson) => ({
      params: { module: module.entry.id, lesson: lessonSlug(lesson.entry.id) },
      props: { lesson, module },
    })),
  );
}
