// The SCORM data mapping: the learner's records to CMI values (status, score, session time) and, through
// suspend data, back to records; suspend-data size for the real course and the generated 1,000-lesson one.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { examTermsRecord } from '../../src/lib/cert/exam-terms';
import { progressRecord } from '../../src/lib/progress';
import type { Attempt } from '../../src/lib/quiz/attempt';
import { attemptsRecord, checksRecord, parseAttempts, parseChecks } from '../../src/lib/quiz/records';
import type { ExamResult } from '../../src/lib/quiz/types';
import { cmiValues12, cmiValues2004, displayLearnerName, keepCredit, lmsReport, sessionTime12, sessionTime2004 } from '../../src/lib/scorm/cmi';
import type { LmsCourse } from '../../src/lib/scorm/course';
import { startLmsSession, type Scorm12Api, type Scorm2004Api } from '../../src/lib/scorm/session';
import { SUSPEND_DATA_LIMIT, checkLevel, decodeSuspendData, emptyRecords, encodeSuspendData, levelScore, type LearnerRecords } from '../../src/lib/scorm/suspend';
import { encodeStored } from '../../src/lib/storage';

const modules = ['asn-dan-perannya', 'berakhlak', 'netralitas-asn', 'skb-netralitas', 'antikorupsi', 'studi-kasus'];
const course = (lessons: number, over: Partial<LmsCourse> = {}): LmsCourse => ({
  lessons: Array.from({ length: lessons }, (_, i) => ({ id: `modul-${Math.floor(i / 5)}/0${i % 5}-pelajaran-${i}`, bank: i % 4 === 3 ? null : `bank-${i}` })),
  modules,
  passMark: 80,
  requireAllLessons: false,
  postTest: true,
  courseVersion: '2026.12.01-3f9a2c1d',
  ...over,
});
const at = '2026-12-01T03:04:05.000Z';
const hex = (n: number) => n.toString(16).padStart(2, '0').repeat(32);

function exam(kind: 'pre' | 'post', number: number, score: number, passMark = 80): Attempt {
  const id = `${kind}-${number}-0b7c2f1e-4d3a-4c5b-9e8f-7a6b5c4d3e2f`.slice(0, 36);
  const result: ExamResult = {
    kind,
    attemptId: id,
    attemptNumber: number,
    finishedAt: `2026-12-${String(number).padStart(2, '0')}T08:00:00.000Z`,
    score,
    passed: kind === 'post' && score >= passMark,
    topics: modules.map((module, i) => ({ module, points: (i % 3) + 0.5, max: 3 })),
    digest: hex(number * 7 + (kind === 'pre' ? 1 : 2)),
  };
  return {
    id, kind, number, status: 'submitted', startedAt: result.finishedAt, limitMs: null, elapsedMs: 0,
    questions: [{ id: 'q1', module: 'berakhlak', layout: ['a', 'b'] }], answers: { q1: 'a' }, current: 0, result,
  };
}

/** Records where every lesson of `c` is read and checked, with one pre-test and `posts` post-tests. */
function busyLearner(c: LmsCourse, posts: number): LearnerRecords {
  const records = emptyRecords();
  c.lessons.forEach((lesson, i) => {
    records.progress.lessons[lesson.id] = { reachedEnd: at };
    if (lesson.bank) records.checks.lessons[lesson.id] = { bank: lesson.bank, points: 2, max: 3, score: 66.7, at, best: 66.7, tries: 2 + (i % 3) };
  });
  records.progress.last = { lesson: c.lessons.at(-1)!.id, at };
  records.attempts.attempts = [exam('pre', 1, 40), ...Array.from({ length: posts }, (_, i) => exam('post', i + 1, i === posts - 1 ? 92.5 : 60.3))];
  const passed = records.attempts.attempts.at(-1)!;
  records.examTerms.attempts[passed.id] = { courseVersion: c.courseVersion, passMark: 80 };
  return records;
}

const stateOf = (r: LearnerRecords) => ({ progress: r.progress, checks: r.checks.lessons });
const results = (r: LearnerRecords) => r.attempts.attempts.flatMap((a) => (a.result ? [a.result] : []));

describe('lmsReport() and the CMI values', () => {
  test('a new learner is incomplete, with no score and no success status', () => {
    const report = lmsReport(course(27), stateOf(emptyRecords()), []);
    expect(report).toEqual({ completion: 'incomplete', success: 'unknown', score: null, progress: 0 });
    expect(cmiValues12(report)).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(cmiValues2004(report)).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.success_status', 'unknown'],
      ['cmi.progress_measure', '0'],
    ]);
  });

  test('one completed lesson is still incomplete, with the share of lessons as progress', () => {
    const c = course(27);
    const records = emptyRecords();
    records.progress.lessons[c.lessons[0]!.id] = { reachedEnd: at };
    records.checks.lessons[c.lessons[0]!.id] = { bank: 'bank-0', points: 3, max: 3, score: 100, at, best: 100, tries: 1 };
    const report = lmsReport(c, stateOf(records), []);
    expect(report.completion).toBe('incomplete');
    expect(report.progress).toBeCloseTo(1 / 27);
    expect(cmiValues12(report)[0]).toEqual(['cmi.core.lesson_status', 'incomplete']);
  });

  test('a passed post-test is passed with the best score; 1.2 raw 0–100, 2004 scaled 0–1', () => {
    const c = course(27);
    const records = emptyRecords();
    records.attempts.attempts = [exam('post', 1, 62.5), exam('post', 2, 85.5)];
    const report = lmsReport(c, stateOf(records), results(records));
    expect(report).toMatchObject({ completion: 'completed', success: 'passed', score: 85.5 });
    expect(cmiValues12(report)).toEqual([
      ['cmi.core.lesson_status', 'passed'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '85.5'],
    ]);
    expect(cmiValues2004(report)).toEqual(
      expect.arrayContaining([
        ['cmi.completion_status', 'completed'],
        ['cmi.success_status', 'passed'],
        ['cmi.score.raw', '85.5'],
        ['cmi.score.scaled', '0.855'],
      ]),
    );
  });

  test('a post-test below the pass mark is failed, and a score exactly at the mark passes', () => {
    const records = emptyRecords();
    records.attempts.attempts = [exam('post', 1, 79.9)];
    expect(cmiValues12(lmsReport(course(27), stateOf(records), results(records)))[0]).toEqual(['cmi.core.lesson_status', 'failed']);
    records.attempts.attempts = [exam('post', 1, 80)];
    expect(cmiValues12(lmsReport(course(27), stateOf(records), results(records)))[0]).toEqual(['cmi.core.lesson_status', 'passed']);
  });

  test('a pre-test alone reports no score', () => {
    const records = emptyRecords();
    records.attempts.attempts = [exam('pre', 1, 95)];
    expect(lmsReport(course(27), stateOf(records), results(records))).toMatchObject({ completion: 'incomplete', score: null });
  });

  test('when every lesson is required, a passed post-test stays incomplete until the lessons are done', () => {
    const c = course(8, { requireAllLessons: true });
    const records = emptyRecords();
    records.attempts.attempts = [exam('post', 1, 90)];
    expect(lmsReport(c, stateOf(records), results(records))).toMatchObject({ completion: 'incomplete', success: 'unknown', score: 90 });
    const done = busyLearner(c, 1);
    expect(lmsReport(c, stateOf(done), results(done))).toMatchObject({ completion: 'completed', success: 'passed' });
  });

  test('a course without a post-test is completed once every lesson is completed', () => {
    const c = course(8, { postTest: false });
    expect(cmiValues12(lmsReport(c, stateOf(emptyRecords()), []))[0]).toEqual(['cmi.core.lesson_status', 'incomplete']);
    const done = busyLearner(c, 0);
    expect(cmiValues12(lmsReport(c, stateOf(done), []))).toEqual([['cmi.core.lesson_status', 'completed']]);
  });

  test('nothing sent lowers what the LMS holds: no status goes back, no score drops', () => {
    const values = cmiValues12({ completion: 'incomplete', success: 'unknown', score: null, progress: 0 });
    expect(keepCredit(values, { statuses: { 'cmi.core.lesson_status': 'passed' }, score: 90 })).toEqual([]);
    const failed = cmiValues12({ completion: 'completed', success: 'failed', score: 60, progress: 0 });
    expect(keepCredit(failed, { statuses: { 'cmi.core.lesson_status': 'passed' }, score: 90 })).toEqual([]);
    expect(keepCredit(failed, { statuses: { 'cmi.core.lesson_status': 'incomplete' }, score: null })).toEqual(failed);
    const passed2004 = cmiValues2004({ completion: 'completed', success: 'passed', score: 85, progress: 0.5 });
    const kept = keepCredit(passed2004, { statuses: { 'cmi.completion_status': 'completed', 'cmi.success_status': 'failed' }, score: 95 });
    expect(kept).toEqual([['cmi.completion_status', 'completed'], ['cmi.success_status', 'passed'], ['cmi.progress_measure', '0.5']]);
  });

  test('session time in both formats', () => {
    expect(sessionTime12(0)).toBe('0000:00:00.00');
    expect(sessionTime12(3_723_450)).toBe('0001:02:03.45');
    expect(sessionTime2004(3_723_450)).toBe('PT1H2M3.45S');
  });

  test('an LMS name "Family, Given" reads in order; a name with titles is kept', () => {
    expect(displayLearnerName('Saraswati,  Ni Luh Putu')).toBe('Ni Luh Putu Saraswati');
    expect(displayLearnerName('Dr. Budi Santoso, S.H.')).toBe('Dr. Budi Santoso, S.H.');
    expect(displayLearnerName('Budi')).toBe('Budi');
  });
});

describe('suspend data', () => {
  test('records go to suspend data and come back as valid records with the same standing', () => {
    const c = course(27);
    const records = busyLearner(c, 3);
    const text = encodeSuspendData(c, records, new Date(at));
    const back = decodeSuspendData(c, text)!;
    // What comes back passes the stores' own validation.
    expect(() => parseAttempts(back.attempts)).not.toThrow();
    expect(() => parseChecks(back.checks)).not.toThrow();
    expect(progressRecord.parse(back.progress)).toEqual(back.progress);
    expect(examTermsRecord.parse(back.examTerms)).toEqual(records.examTerms);
    // Same lessons, same last lesson, same exam results (scores, topics, digests), same LMS report.
    expect(Object.keys(back.progress.lessons)).toEqual(Object.keys(records.progress.lessons));
    expect(back.progress.last?.lesson).toBe(records.progress.last?.lesson);
    expect(results(back)).toEqual(results(records));
    expect(lmsReport(c, stateOf(back), results(back))).toEqual(lmsReport(c, stateOf(records), results(records)));
    // Encoding what came back gives the same text: nothing drifts from launch to launch.
    expect(encodeSuspendData(c, back, new Date(at))).toBe(text);
  });

  test('a knowledge-check score comes back within 2 points, and exact for none and full marks', () => {
    for (const best of [0, 12.5, 33.3, 50, 66.7, 75, 87.5, 100]) expect(Math.abs(levelScore(checkLevel(best)) - best)).toBeLessThanOrEqual(2);
    for (const best of [0, 100]) expect(levelScore(checkLevel(best))).toBe(best);
  });

  test('an in-progress attempt is left out; lessons the course no longer has are dropped', () => {
    const c = course(5);
    const records = busyLearner(c, 1);
    records.attempts.attempts.push({ ...exam('post', 2, 0), status: 'in-progress', result: undefined } as unknown as Attempt);
    records.progress.lessons['hilang/01-pelajaran-lama'] = { reachedEnd: at };
    const back = decodeSuspendData(c, encodeSuspendData(c, records, new Date(at)))!;
    expect(back.attempts.attempts.map((a) => `${a.kind}${a.number}`)).toEqual(['pre1', 'post1']);
    expect(back.progress.lessons['hilang/01-pelajaran-lama']).toBeUndefined();
  });

  test('empty suspend data is an empty learner; unreadable suspend data is refused, never guessed', () => {
    expect(decodeSuspendData(course(3), '')).toEqual(emptyRecords());
    for (const bad of ['{', '{"v":2}', 'viewed=1,2,3', '{"v":1,"at":1,"l":"!","t":-1,"x":[]}', '{"v":1,"at":1,"l":"","t":-1,"x":[["post"]]}'])
      expect(decodeSuspendData(course(3), bad)).toBeNull();
  });

  test('the busiest learner of the 27-lesson course fits SCORM 1.2 with room to spare', () => {
    const c = course(27);
    const text = encodeSuspendData(c, busyLearner(c, 10), new Date(at));
    // Every lesson read and checked, the pre-test and ten post-test attempts (the most the configuration allows).
    expect(text.length).toBeLessThan(27 + 11 * 190 + 60);
  });

  test('the busiest learner of the generated 1,000-lesson course fits SCORM 1.2 (4,096 characters)', () => {
    // The course npm run bench builds (scripts/generate-course.mjs): the real lessons plus modules of 50
    // copies, each copy keeping its lesson's knowledge check.
    const lessonsDir = join(import.meta.dirname, '../../content/lessons');
    const real = readdirSync(lessonsDir).flatMap((module) =>
      readdirSync(join(lessonsDir, module))
        .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
        .map((file) => ({ id: `${module}/${file.replace(/\.mdx$/, '')}`, hasCheck: readFileSync(join(lessonsDir, module, file), 'utf8').includes('<Quiz') })),
    );
    const generated = Array.from({ length: 1000 - real.length }, (_, i) => {
      const source = real[i % real.length]!;
      return { id: `gen-${String(Math.floor(i / 50) + 1).padStart(2, '0')}/${String((i % 50) + 1).padStart(2, '0')}-${source.id.split('/')[1]}`, bank: source.hasCheck ? `bank-${i}` : null };
    });
    const c = course(0, { lessons: [...real.map((l) => ({ id: l.id, bank: l.hasCheck ? 'bank' : null })), ...generated] });
    expect(c.lessons).toHaveLength(1000);
    // Every lesson read and checked, every post-test attempt the configuration allows (10) and the pre-test.
    const text = encodeSuspendData(c, busyLearner(c, 10), new Date(at));
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    // One character per lesson plus at most about 190 per submitted attempt, as docs/admin/lms.md says.
    expect(text.length).toBeLessThan(1000 + 11 * 190 + 60);
    expect(decodeSuspendData(c, text)).not.toBeNull();
  });
});

test('past 4,096 characters, older attempts are kept brief and the rest comes back whole', () => {
  const c = course(3300);
  const records = busyLearner(c, 10);
  const text = encodeSuspendData(c, records, new Date(at));
  expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  const back = decodeSuspendData(c, text)!;
  expect(() => parseAttempts(back.attempts)).not.toThrow();
  expect(Object.keys(back.progress.lessons)).toHaveLength(3300);
  // Every attempt is still counted, with its score and verdict; the passed one (the record's basis) is whole.
  expect(results(back).map((r) => [r.kind, r.attemptNumber, r.score, r.passed])).toEqual(results(records).map((r) => [r.kind, r.attemptNumber, r.score, r.passed]));
  expect(results(back).at(-1)).toEqual(results(records).at(-1));
  expect(results(back)[1]?.topics).toEqual([]);
  expect(lmsReport(c, stateOf(back), results(back))).toEqual(lmsReport(c, stateOf(records), results(records)));
});

describe('startLmsSession()', () => {
  /** A minimal SCORM 1.2 API that records calls (the end-to-end tests use a real run-time). */
  function fake12(suspend = '') {
    const calls: string[] = [];
    const values = new Map<string, string>([['cmi.core.student_id', 'u-17'], ['cmi.core.student_name', 'Santoso, Budi'], ['cmi.suspend_data', suspend]]);
    const api: Scorm12Api = {
      LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
      LMSGetValue: (e) => values.get(e) ?? '',
      LMSSetValue: (e, v) => (calls.push(`${e}=${v.length > 40 ? 'suspend' : v}`), values.set(e, v), 'true'),
      LMSCommit: () => (calls.push('LMSCommit'), 'true'),
      LMSFinish: () => (calls.push('LMSFinish'), 'true'),
      LMSGetLastError: () => '0',
    };
    return { api, calls, values };
  }

  test('initialises once, reports incomplete at once, and finishes with session time, suspend exit and commit', () => {
    const { api, calls } = fake12();
    let now = Date.parse(at);
    const session = startLmsSession({ version: '1.2', api }, course(5), () => new Date(now));
    if (typeof session === 'string') throw new Error(session);
    expect(session.learner).toEqual({ id: 'u-17', name: 'Santoso, Budi' });
    expect(calls.filter((c) => c === 'LMSInitialize')).toHaveLength(1);
    expect(calls).toContain('cmi.core.lesson_status=incomplete');
    now += 65_000;
    session.finish();
    session.finish();
    expect(calls.slice(-4)).toEqual(['cmi.core.session_time=0000:01:05.00', 'cmi.core.exit=suspend', 'LMSCommit', 'LMSFinish']);
    expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
  });

  test('a write by a course page reports to the LMS at once; the same records are not sent twice', () => {
    const { api, calls, values } = fake12();
    const c = course(5);
    const session = startLmsSession({ version: '1.2', api }, c);
    if (typeof session === 'string') throw new Error(session);
    const records = emptyRecords();
    records.attempts.attempts = [exam('post', 1, 90)];
    session.storage.setItem(attemptsRecord.key, encodeStored(attemptsRecord, records.attempts));
    expect(values.get('cmi.core.lesson_status')).toBe('passed');
    expect(values.get('cmi.core.score.raw')).toBe('90');
    const count = calls.length;
    session.storage.setItem(attemptsRecord.key, encodeStored(attemptsRecord, records.attempts));
    expect(calls.length).toBe(count);
  });

  test("a second launch restores the learner's records from suspend data", () => {
    const c = course(5);
    const first = fake12();
    const one = startLmsSession({ version: '1.2', api: first.api }, c);
    if (typeof one === 'string') throw new Error(one);
    one.storage.setItem(checksRecord.key, encodeStored(checksRecord, { lessons: { [c.lessons[0]!.id]: { bank: 'bank-0', points: 3, max: 3, score: 100, at, best: 100, tries: 1 } } }));
    one.finish();
    const second = fake12(first.values.get('cmi.suspend_data'));
    const two = startLmsSession({ version: '1.2', api: second.api }, c);
    if (typeof two === 'string') throw new Error(two);
    expect(JSON.parse(two.storage.getItem(checksRecord.key)!).data.lessons[c.lessons[0]!.id].best).toBe(100);
  });

  test('SCORM 2004 uses its own element names and Terminate', () => {
    const calls: string[] = [];
    const api: Scorm2004Api = {
      Initialize: () => (calls.push('Initialize'), 'true'),
      GetValue: (e) => (e === 'cmi.learner_name' ? 'Budi' : ''),
      SetValue: (e, v) => (calls.push(`${e}=${v.length > 40 ? 'suspend' : v}`), 'true'),
      Commit: () => (calls.push('Commit'), 'true'),
      Terminate: () => (calls.push('Terminate'), 'true'),
      GetLastError: () => '0',
    };
    const session = startLmsSession({ version: '2004', api }, course(5));
    if (typeof session === 'string') throw new Error(session);
    session.finish();
    expect(calls).toEqual(expect.arrayContaining(['Initialize', 'cmi.completion_status=incomplete', 'cmi.exit=suspend', 'Terminate']));
    expect(calls.at(-1)).toBe('Terminate');
  });

  test('suspend data of a package with other lessons is refused, and the credit the LMS holds is kept', () => {
    const old = course(5);
    const text = encodeSuspendData(old, busyLearner(old, 1), new Date(at));
    const changed = course(5, { lessons: [...old.lessons].reverse() });
    expect(decodeSuspendData(changed, text)).toBeNull();
    const { api, calls, values } = fake12(text);
    values.set('cmi.core.lesson_status', 'passed');
    values.set('cmi.core.score.raw', '92.5');
    const session = startLmsSession({ version: '1.2', api }, changed);
    if (typeof session === 'string') throw new Error(session);
    expect(session.suspendDataUnreadable).toBe(true);
    session.finish();
    expect(calls.filter((c) => c.startsWith('cmi.core.lesson_status') || c.startsWith('cmi.core.score'))).toEqual([]);
    expect(values.get('cmi.core.lesson_status')).toBe('passed');
  });

  test('an LMS that refuses to initialise is reported, not worked around', () => {
    const { api } = fake12();
    api.LMSInitialize = () => 'false';
    expect(startLmsSession({ version: '1.2', api }, course(5))).toBe('initialize-failed');
  });
});
