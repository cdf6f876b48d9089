// The course version printed on certificates and carried in completion requests. Pure; runs at build
// time (src/data/course-version.ts reads the files) and anywhere WebCrypto exists.
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

const pad = (value: number) => String(value).padStart(2, '0');

/** The course version of `files` whose latest lesson review date is `updated`. */
export async function courseVersion(files: readonly SourceFile[], updated: Date): Promise<string> {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Length-prefixed so no two different file sets give the same bytes; line endings do not count.
  const text = sorted.map((file) => {
    const body = file.text.replace(/\r\n?/g, '\n');
    return `${file.path}\n${body.length}\n${body}\n`;
  });
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text.join(''))));
  const hash = Array.from(digest.slice(0, 4), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const date = `${updated.getUTCFullYear()}.${pad(updated.getUTCMonth() + 1)}.${pad(updated.getUTCDate())}`;
  return `${date}-${hash}`;
}
