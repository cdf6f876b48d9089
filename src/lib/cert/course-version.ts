// The course version printed on certificates and carried in completion requests. Pure; runs at build
// time (src/data/course-version.ts reads the files), in the browser and under plain Node.
//
// Format: "YYYY.MM.DD-xxxxxxxx": the latest `updated` date among the lessons (what authors already keep
// up to date), then the first 32 bits of a SHA-256 over the course's source files. Any change to a
// module, lesson, question bank or scenario gives a new version, even when no author moved a date, and
// two builds of the same content give the same one.

/** A source file: its path relative to content/ and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

import { sha256, toHex } from './crypto';

const pad = (value: number) => String(value).padStart(2, '0');

/** The course version of `files` whose latest lesson review date is `updated`. */
export async function courseVersion(files: readonly SourceFile[], updated: Date): Promise<string> {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Length-prefixed so no two different file sets give the same bytes; line endings do not count.
  const text = sorted.map((file) => {
    const body = file.text.replace(/\r\n?/g, '\n');
    return `${file.path}\n${body.length}\n${body}\n`;
  });
  const hash = toHex(sha256(new TextEncoder().encode(text.join(''))).slice(0, 4));
  const date = `${updated.getUTCFullYear()}.${pad(updated.getUTCMonth() + 1)}.${pad(updated.getUTCDate())}`;
  return `${date}-${hash}`;
}
