// The data of a pre-test or post-test page: what <netral-exam> reads from its data-* attributes, built in
// one place so the page stays markup. Server only (the element imports only the types).
import { getCourse } from '../course';
import { getCourseVersion } from '../course-version';
import { EXAM_POOL_PATH } from '../quiz';
import { t } from '../../i18n';
import type { GroupStrings } from '../../i18n/groups';
import site from '../../site.config';
import type { ExamKind } from '../../lib/quiz/attempt';

/** The pool file both tests fetch (src/pages/kuis/tes/soal.json.ts): question HTML and encoded answers. */
export interface PoolFile {
  html: string;
  reveals: string;
  /** <netral-exam>'s strings (group "exam"): they travel with the pool, fetched as the test starts, not in both test pages. */
  strings: GroupStrings<'exam'>;
}

/** <netral-exam>'s settings (data-config). */
export interface ExamConfig {
  kind: ExamKind;
  mix: Record<string, number>;
  passMark: number;
  attempts: number;
  timeLimitMinutes: number | null;
  /** Who to contact after the last failed attempt, e.g. "BKPSDM Kota Contoh". */
  unit: string;
  /** Course version of this build, recorded with a passed post-test (src/lib/cert/exam-terms.ts). */
  courseVersion?: string;
}

/** Everything a test page and its element need. */
export interface ExamPage {
  config: ExamConfig;
  /** Number of questions drawn. */
  total: number;
  /** "pre-test" or "post-test", for headings. */
  name: string;
  /** The data-* attributes of <netral-exam>. */
  attrs: {
    'data-config': string;
    'data-modules': string;
    'data-links': string;
    'data-pool': string;
  };
}

/** The page data of the pre-test or post-test. */
export async function examPage(kind: ExamKind): Promise<ExamPage> {
  const base = import.meta.env.BASE_URL;
  const mix = kind === 'pre' ? site.preTestMix : site.postTest.mix;
  const course = await getCourse();
  const config: ExamConfig = {
    kind,
    mix: { ...mix },
    passMark: site.passMark,
    attempts: kind === 'pre' ? 1 : site.postTest.attempts,
    timeLimitMinutes: kind === 'pre' ? null : site.postTest.timeLimitMinutes,
    unit: `${site.agency.unit} ${site.agency.city}`,
    // Recorded with a passed post-test, so a later certificate states what the learner was tested on.
    courseVersion: await getCourseVersion(),
  };
  const modules = course.map((m) => ({ id: m.entry.id, title: m.entry.data.title, href: `${base}${m.path}` }));
  const links = {
    pre: `${base}tes/pre-test/`,
    post: `${base}tes/post-test/`,
    certificate: `${base}sertifikat/`,
    learn: course[0]?.lessons[0] ? `${base}${course[0].lessons[0].path}` : base,
  };
  return {
    config,
    total: Object.values(mix).reduce((a, b) => a + b, 0),
    name: t(kind === 'pre' ? 'exam.preName' : 'exam.postName'),
    attrs: {
      'data-config': JSON.stringify(config),
      'data-modules': JSON.stringify(modules),
      'data-links': JSON.stringify(links),
      'data-pool': `${base}${EXAM_POOL_PATH}`,
    },
  };
}
