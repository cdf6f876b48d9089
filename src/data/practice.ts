// Which modules have practice and summary pages, and their addresses. Practice draws from the question pool
// the tests share (src/pages/kuis/tes/soal.json.ts), which holds the modules of the pre-test and post-test
// mixes, so a module left out of both mixes has no practice page. Server only.
import site from '../site.config';

/** Module ids the practice pages cover (those in either test mix). */
export function practiceModules(): Set<string> {
  return new Set([...Object.keys(site.preTestMix), ...Object.keys(site.postTest.mix)]);
}

/** Path (after the base) of a module's practice page. */
export function practicePath(moduleId: string): string {
  return `materi/${moduleId}/latihan/`;
}

/** Path (after the base) of a module's one-page summary. */
export function summaryPath(moduleId: string): string {
  return `materi/${moduleId}/ringkasan/`;
}
