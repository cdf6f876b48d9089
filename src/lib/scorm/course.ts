// The course as the LMS bridge needs it: lessons in order (with their knowledge-check bank), module order
// and the rules that decide completion and success. Pure; built on the server (src/integrations/scorm.ts
// passes it to the launch page) and read in the browser.

/** A lesson as the LMS bridge sees it. */
export interface LmsLesson {
  /** Lesson id, e.g. "netralitas-asn/01-apa-itu". */
  id: string;
  /** Knowledge-check bank id, or null when the lesson has none (completed by reading alone). */
  bank: string | null;
}

/** The course and its rules, fixed at build time. */
export interface LmsCourse {
  /** Every lesson in reading order; suspend data stores one character per lesson in this order. */
  lessons: LmsLesson[];
  /** Module ids in course order; exam topics are stored in this order. */
  modules: string[];
  /** Post-test pass mark in percent (site.config passMark). */
  passMark: number;
  /** Whether every lesson must be completed (site.config certificate.requireAllLessons). */
  requireAllLessons: boolean;
  /** Whether the course has a post-test (a non-empty post-test mix). */
  postTest: boolean;
  /** Course version of this build (src/lib/cert/course-version.ts). */
  courseVersion: string;
}
