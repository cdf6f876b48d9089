// The course versions this site has published, and what a post-test of each looked like. Pure; runs on the
// server, in the browser and under plain Node. The build makes the list (src/data/course-versions.ts):
// the version it builds plus those recorded in content/course-versions.yaml, so a trainer can check that a
// completion request names a course this site really served, with that course's topics.

/** One published course version. */
export interface PublishedVersion {
  /** e.g. "2026.11.23-893962c3" (src/lib/cert/course-version.ts). */
  version: string;
  /** Post-test questions per module (each worth one point): the topics and maxima a request must show. */
  mix: Record<string, number>;
}

/**
 * The first day a version could have been taken: the date its name starts with (the latest lesson review
 * date), "YYYY-MM-DD"; undefined for a name without a date.
 */
export function versionDate(version: string): string | undefined {
  const match = /^(\d{4})\.(\d{2})\.(\d{2})-/.exec(version);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}
