// Resume reading: where a learner stopped in a long lesson (the nearest section heading above the top of the
// screen), and whether to offer "Lanjutkan membaca" on the next visit. Pure; runs in the browser and in
// unit tests.
//
// "netral:reading", version 1: { lessons: { [lessonId]: { section: heading id, at: ISO time } } }
//   One entry per lesson (two tabs merge entry by entry). Not exported with progress: a reading position is
//   a convenience of this device, not a learning record. Version 1 is the first shape: nothing to migrate.
import * as v from 'valibot';
import { defineRecord } from './storage';
import { dictionarySchema, idSchema as id, isoTimeSchema as isoTime } from './storage/schema';

/** A lesson needs at least this many section headings to count as long enough to offer resuming. */
export const MIN_SECTIONS = 3;

export interface ReadingData {
  lessons: Record<string, { section: string; at: string }>;
}

const readingSchema = v.strictObject({
  lessons: v.pipe(
    dictionarySchema(id, v.strictObject({ section: id, at: isoTime })),
    v.check((lessons) => Object.keys(lessons).length <= 1000, 'too many lessons'),
  ),
});

/** Validates the stored record (version 1); throws on anything else. */
export function parseReading(raw: unknown): ReadingData {
  return v.parse(readingSchema, raw) as ReadingData;
}

/** Where the learner stopped reading, per lesson. */
export const readingRecord = defineRecord<ReadingData>({
  name: 'reading',
  version: 1,
  parse: parseReading,
  empty: () => ({ lessons: {} }),
});

/** A section heading and how far its top is from the top of the screen (negative: scrolled past). */
export interface HeadingPosition {
  id: string;
  top: number;
}

/**
 * The section being read: the last heading whose top is above `line` pixels from the top of the screen
 * (below the sticky header), or null while the learner is still above the first heading.
 */
export function currentSection(headings: readonly HeadingPosition[], line: number): string | null {
  let current: string | null = null;
  for (const heading of headings) {
    if (heading.top <= line) current = heading.id;
    else break;
  }
  return current;
}

/**
 * The section to offer on arrival, or null: only in a lesson with enough sections, only for a section
 * still on the page, and not for the first one (the learner is already there).
 */
export function resumeTarget(saved: string | undefined, sectionIds: readonly string[]): string | null {
  if (!saved || sectionIds.length < MIN_SECTIONS) return null;
  const index = sectionIds.indexOf(saved);
  return index > 0 ? saved : null;
}
