// The course as progress sees it (modules, lessons, which lessons have a knowledge check), for the
// progress elements in the browser. Server only.
import { getEntry } from 'astro:content';
import { findMdxReferences } from '../lib/mdx-references';
import type { OutlineLesson, OutlineModule } from '../lib/progress';
import { getCourse, type CourseLesson } from './course';

// Every page asks for these (the outline is in the header's progress marks, the journey and the continue
// link): worked out once per build, not once per page, which at 1,000 lessons made the build quadratic.
const banks = new WeakMap<CourseLesson['entry'], string | null>();
let outline: Promise<OutlineModule[]> | undefined;

/** The knowledge-check bank of a lesson (its first <Quiz>), if it has one. */
export function checkBankOf(lesson: CourseLesson): string | undefined {
  let bank = banks.get(lesson.entry);
  if (bank === undefined) {
    bank = findMdxReferences(lesson.entry.body ?? '').find((ref) => ref.kind === 'bank')?.id ?? null;
    banks.set(lesson.entry, bank);
  }
  return bank ?? undefined;
}

/** The progress view of a lesson. */
export function outlineLesson(lesson: CourseLesson): OutlineLesson {
  const base = import.meta.env.BASE_URL;
  return { id: lesson.entry.id, title: lesson.entry.data.title, href: `${base}${lesson.path}`, hasCheck: checkBankOf(lesson) !== undefined };
}

/** Every module and lesson of the course, in order, as progress sees them (one shared, unchanging list). */
export function getProgressOutline(): Promise<readonly OutlineModule[]> {
  outline ??= loadOutline();
  return outline;
}

async function loadOutline(): Promise<OutlineModule[]> {
  const base = import.meta.env.BASE_URL;
  return (await getCourse()).map((module) => ({
    id: module.entry.id,
    title: module.entry.data.title,
    href: `${base}${module.path}`,
    lessons: module.lessons.map(outlineLesson),
  }));
}

/** Ids of the lessons without a knowledge check (completed by reading alone). */
export async function lessonsWithoutCheck(): Promise<string[]> {
  return (await getProgressOutline()).flatMap((m) => m.lessons.filter((l) => !l.hasCheck).map((l) => l.id));
}

/** A dilemma of a lesson as "Progres Saya" shows it: its title and the ids of its ending nodes. */
export interface LessonDilemma {
  id: string;
  title: string;
  endings: string[];
}

/** The dilemmas (<Scenario>) of each lesson that has any, by lesson id, in the order the lesson shows them. */
export async function getLessonDilemmas(): Promise<Record<string, LessonDilemma[]>> {
  const out: Record<string, LessonDilemma[]> = {};
  for (const module of await getCourse()) {
    for (const lesson of module.lessons) {
      const ids = findMdxReferences(lesson.entry.body ?? '').filter((ref) => ref.kind === 'scenario').map((ref) => ref.id);
      const dilemmas: LessonDilemma[] = [];
      for (const id of new Set(ids)) {
        const scenario = await getEntry('scenarios', id);
        if (!scenario) continue;
        dilemmas.push({ id, title: scenario.data.title, endings: scenario.data.nodes.filter((n) => n.ending).map((n) => n.id) });
      }
      if (dilemmas.length) out[lesson.entry.id] = dilemmas;
    }
  }
  return out;
}
