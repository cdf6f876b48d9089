// The lessons a trainer session can be built from (served as /presentasi/katalog.json) and the
// ready-made 60- and 90-minute sessions per module.
import { getCourse } from './course';
import { deckPath, handoutPath } from '../lib/slides/paths';
import { planToParams, readyMadeSession, type CatalogLesson, type SessionPlan } from '../lib/slides/session';
import { t } from '../i18n';

/** Every lesson in course order, as sessions need it. */
export async function sessionCatalog(): Promise<CatalogLesson[]> {
  const course = await getCourse();
  return course.flatMap((module) =>
    module.lessons.map((lesson) => ({
      id: lesson.entry.id,
      module: module.entry.id,
      moduleTitle: module.entry.data.title,
      title: lesson.entry.data.title,
      duration: lesson.entry.data.duration,
      deck: deckPath(module.entry.id, lesson.entry.id),
      handout: handoutPath('peserta', module.entry.id, lesson.entry.id),
    })),
  );
}

export interface ReadyMade {
  module: string;
  moduleTitle: string;
  minutes: number;
  plan: SessionPlan;
  /** Address query of the plan ("p=…&n=…"). */
  query: string;
}

/** A 60- and a 90-minute session for each module. */
export async function readyMadeSessions(): Promise<ReadyMade[]> {
  const catalog = await sessionCatalog();
  const course = await getCourse();
  return course.flatMap((module) =>
    [60, 90].map((minutes) => {
      const name = t('session.of', { minutes, module: module.entry.data.title });
      const plan = readyMadeSession(catalog.filter((l) => l.module === module.entry.id), minutes, name);
      return { module: module.entry.id, moduleTitle: module.entry.data.title, minutes, plan, query: planToParams(plan).toString() };
    }),
  );
}
