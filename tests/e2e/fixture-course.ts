// The fixture course (tests/fixtures/course/) as the behaviour specs know it: the pages, titles and sizes
// they name. The project "behaviour" (playwright.config.ts) serves its build, dist-fixture/. Keep in step
// with tests/fixtures/course/ (its site.config.ts sets the test mixes).

/**
 * Module A: five lessons; 11 questions (a practice round of 10; a pre-test and a post-test that share none),
 * `question` the first of its banks.
 */
export const moduleA = { id: 'modul-uji-a', title: 'Modul Uji A', path: '/materi/modul-uji-a/', question: 'uji-a-01' } as const;

/** Module B: five lessons; 5 questions. */
export const moduleB = { id: 'modul-uji-b', title: 'Modul Uji B', path: '/materi/modul-uji-b/' } as const;

/**
 * Lesson A1. Its knowledge check (5 questions) starts with an ordering, a five-pair matching, a single-choice
 * and a true/false question; it has three sections before its summary, enough to offer resuming.
 */
export const lessonA1 = { path: '/materi/modul-uji-a/tujuh-nilai/', title: 'Pelajaran uji A1: tujuh nilai' } as const;

/** Lesson A2, with a knowledge check of its own. */
export const lessonA2 = { path: '/materi/modul-uji-a/dalam-undang-undang/', title: 'Pelajaran uji A2: nilai dalam undang-undang' } as const;

/** Lessons in the course and in each module. */
export const lessonCount = 10;
export const lessonsPerModule = 5;

/** Questions in a pre-test (3 of module A, 2 of B) and a post-test (4 of A, 3 of B). */
export const preTestQuestions = 5;
export const postTestQuestions = 7;

/** Lesson B3 holds the dilemma (tests/fixtures/course/scenarios/dilema-uji.yaml): three endings. */
export const dilemmaLesson = {
  path: '/materi/modul-uji-b/undang-undang-asn/',
  id: 'dilema-uji',
  title: 'Dilema uji foto bersama setelah deklarasi',
} as const;
