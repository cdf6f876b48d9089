// Exam results built with the engine (startAttempt → answerQuestion → submitAttempt): the pass mark at its
// boundary, and import refusing records edited to tell something else (src/lib/learner-consistency.ts).
import { describe, expect, test } from 'vitest';
import { examTermsRecord } from '../../src/lib/cert/exam-terms';
import { inconsistencies } from '../../src/lib/learner-consistency';
import { learnerRecords } from '../../src/lib/learner-records';
import { FILE_FORMAT, parseImportFile } from '../../src/lib/progress-file';
import { answerQuestion, startAttempt, submitAttempt, type Attempt, type PoolQuestion } from '../../src/lib/quiz/attempt';
import type { Key } from '../../src/lib/quiz/key';

const now = new Date('2026-12-01T08:00:00.000Z');

// 16 true/false questions and one five-pair matching question: 17 points, as the course's post-test.
const pool: PoolQuestion[] = [
  ...Array.from({ length: 16 }, (_, i) => ({ id: `tf-${i}`, module: i < 8 ? 'netralitas' : 'berakhlak', key: { type: 'truefalse', answer: true } as Key })),
  { id: 'match', module: 'netralitas', key: { type: 'matching', pairs: ['a', 'b', 'c', 'd', 'e'] } },
];
const keys = new Map(pool.map((q) => [q.id, q.key]));

/** A submitted post-test: `right` true/false questions right, the matching one with `pairsRight` of 5. */
async function postTest(right: number, pairsRight: number, passMark = 80): Promise<Attempt> {
  let attempt = startAttempt({ id: 'attempt-1', kind: 'post', number: 1, pool, mix: { netralitas: 9, berakhlak: 8 }, now, timeLimitMinutes: null });
  let given = 0;
  for (const { id } of attempt.questions) {
    if (id === 'match') {
      const pairs = ['a', 'b', 'c', 'd', 'e'];
      const rest = pairs.slice(pairsRight);
      attempt = answerQuestion(attempt, keys, id, Object.fromEntries(pairs.map((p, i) => [p, i < pairsRight ? p : rest[(i - pairsRight + 1) % rest.length]])));
    } else attempt = answerQuestion(attempt, keys, id, given++ < right);
  }
  return submitAttempt(attempt, keys, passMark, new Date(now.getTime() + 20 * 60_000));
}

describe('the pass mark of 80% over 17 questions', () => {
  test('13 right and three of five pairs (13.6 points) is exactly 80% and passes', async () => {
    const { result } = await postTest(13, 3);
    expect(result).toMatchObject({ score: 80, passed: true });
  });

  test('13 right and two of five pairs (13.4 points) is 78.8% and does not pass', async () => {
    const { result } = await postTest(13, 2);
    expect(result).toMatchObject({ score: 78.8, passed: false });
  });
});

/** A progress file holding `attempt` (and its terms). */
function fileWith(attempt: Attempt, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: FILE_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    site: 'Netral',
    records: {
      attempts: { v: 1, data: { attempts: [attempt] } },
      [examTermsRecord.name]: { v: 1, data: { attempts: { [attempt.id]: { courseVersion: '2026.12.01', passMark: 80 } } } },
      ...extra,
    },
  });
}

describe('import checks records for consistency', () => {
  test('an honest file is accepted', async () => {
    expect(parseImportFile(fileWith(await postTest(13, 3)), learnerRecords, { now })).toMatchObject({ ok: true });
    expect(parseImportFile(fileWith(await postTest(2, 0)), learnerRecords, { now })).toMatchObject({ ok: true });
  });

  const edits: [string, (a: Attempt) => Attempt, RegExp][] = [
    ['passed: true with a score of 10', (a) => ({ ...a, result: { ...a.result!, passed: true, score: 10 } }), /score 10 does not follow/],
    ['passed: true with the points of a fail', (a) => ({ ...a, result: { ...a.result!, passed: true } }), /passed is true with 11.7% against a pass mark of 80%/],
    ['a score raised without the points', (a) => ({ ...a, result: { ...a.result!, score: 95 } }), /score 95 does not follow/],
    ['a finish date in the future', (a) => ({ ...a, result: { ...a.result!, finishedAt: '2027-06-01T08:00:00.000Z' } }), /in the future/],
    ['a finish before the start', (a) => ({ ...a, startedAt: '2026-12-01T09:00:00.000Z' }), /finished before it started/],
    ['an answer to a question the attempt never drew', (a) => ({ ...a, answers: { ...a.answers, 'tf-99': true } }), /did not draw/],
    ['topics counting more questions than drawn', (a) => ({ ...a, result: { ...a.result!, topics: [...a.result!.topics, { module: 'x', points: 0, max: 3 }] } }), /topics count 20/],
  ];
  for (const [name, edit, problem] of edits) {
    test(`refuses ${name}, naming the record`, async () => {
      const parsed = parseImportFile(fileWith(edit(await postTest(2, 0))), learnerRecords, { now });
      expect(parsed).toMatchObject({ ok: false, error: 'invalid', record: 'attempts', problem: expect.stringMatching(problem) });
    });
  }

  test('without recorded terms, the site pass mark given to the import decides', async () => {
    const attempt = await postTest(2, 0);
    const edited = { ...attempt, result: { ...attempt.result!, passed: true } };
    const file = JSON.stringify({ format: FILE_FORMAT, version: 1, exportedAt: now.toISOString(), site: 'Netral', records: { attempts: { v: 1, data: { attempts: [edited] } } } });
    expect(parseImportFile(file, learnerRecords, { now, passMark: 80 })).toMatchObject({ ok: false, record: 'attempts' });
  });

  test('a knowledge check whose score or best does not follow from its points is refused', () => {
    const check = { bank: 'b', points: 3, max: 5, score: 60, at: now.toISOString(), best: 60, tries: 1 };
    const problems = (c: typeof check) => inconsistencies(new Map([['checks', { lessons: { 'm/a': c } }]]), { now }).map((p) => p.problem);
    expect(problems(check)).toEqual([]);
    expect(problems({ ...check, score: 100, best: 100 })).toEqual([expect.stringMatching(/score 100 does not follow from 3 of 5/)]);
    expect(problems({ ...check, best: 40 })).toEqual([expect.stringMatching(/best 40 below the latest 60/)]);
    expect(problems({ ...check, points: 7 })).toContainEqual(expect.stringMatching(/7 points of 5/));
  });

  test('progress dated in the future, and a file exported in the future, are refused', () => {
    const future = '2027-01-01T00:00:00.000Z';
    const progress = { lessons: { 'm/a': { reachedEnd: future } }, last: null };
    expect(inconsistencies(new Map([['progress', progress]]), { now })).toEqual([{ record: 'progress', problem: expect.stringMatching(/in the future/) }]);
    const file = JSON.stringify({ format: FILE_FORMAT, version: 1, exportedAt: future, site: 'Netral', records: { progress: { v: 1, data: { lessons: {}, last: null } } } });
    expect(parseImportFile(file, learnerRecords, { now })).toEqual({ ok: false, error: 'invalid' });
  });
});
