// URL helpers shared by pages and components. Pure: the base path is passed in.

/** The lesson's slug without its NN- order prefix: "netralitas-asn/01-apa-itu" → "apa-itu". */
export function lessonSlug(lessonId: string): string {
  const file = lessonId.split('/').pop() ?? lessonId;
  return file.replace(/^\d+-/, '');
}

/** Path of a module page, relative to the base: "materi/netralitas-asn/". */
export function modulePath(moduleId: string): string {
  return `materi/${moduleId}/`;
}

/** Path of a lesson page, relative to the base: "materi/netralitas-asn/apa-itu/". */
export function lessonPath(moduleId: string, lessonId: string): string {
  return `${modulePath(moduleId)}${lessonSlug(lessonId)}/`;
}

/** Joins a base ("/" or "/netral/") and a relative path ("materi/") into an absolute path. */
export function joinBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}
