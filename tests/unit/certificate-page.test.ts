import { describe, expect, test } from 'vitest';
import { courseVersion } from '../../src/lib/cert/course-version';
import { certificateBasis, topicsInCourseOrder } from '../../src/lib/cert/eligibility';
import { examTermsRecord, parseExamTerms, rememberExamTerms } from '../../src/lib/cert/exam-terms';
import { identityRecord, parseStoredIdentity } from '../../src/lib/cert/identity-record';
import { encodeRequestCode, requestFromExam } from '../../src/lib/cert/request';
import { createStore, decodeEnvelope } from '../../src/lib/storage';
import type { ExamResult } from '../../src/lib/quiz/types';
import { FakeStorage } from './fake-storage';

const identity = {
  name: "Dra. Siti Nur'aini Pérez-Hằng, M.Si.",
  nip: '198503122010012003',
  agency: 'Pemerintah Kota Contoh',
  unit: '',
  position: 'Analis SDM Aparatur Ahli Pertama',
};

describe('parseStoredIdentity()', () => {
  test('accepts a valid identity, including an empty unit and a name with an apostrophe and accents', () => {
    expect(parseStoredIdentity(identity)).toEqual(identity);
  });

  test('accepts null: no identity yet', () => {
    expect(parseStoredIdentity(null)).toBeNull();
  });

  test('returns the cleaned identity (spaces collapsed, accents composed)', () => {
    expect(parseStoredIdentity({ ...identity, name: '  Zoe\u0308   Putri ' })?.name).toBe('Zoë Putri');
  });

  const bad: [string, unknown][] = [
    ['a name holding markup', { ...identity, name: '<img src=x onerror=alert(1)>' }],
    ['an invalid NIP', { ...identity, nip: '198513122010012003' }],
    ['a missing field', { name: identity.name, nip: identity.nip, agency: identity.agency, unit: '' }],
    ['a field that is not text', { ...identity, nip: 198503122010012 }],
    ['an unknown field', { ...identity, email: 'a@b.c' }],
    ['an array', [identity]],
    ['a string', 'Siti'],
  ];
  for (const [what, value] of bad) {
    test(`throws on ${what}`, () => {
      expect(() => parseStoredIdentity(value)).toThrow();
    });
  }
});

describe('identityRecord', () => {
  test('is stored as "netral:identity", version 1, and reads back after a reload', () => {
    const storage = new FakeStorage();
    expect(createStore(storage).write(identityRecord, identity)).toBe('saved');
    expect(JSON.parse(storage.getItem('netral:identity') ?? '')).toMatchObject({ v: 1, data: identity });
    expect(createStore(storage).read(identityRecord)).toEqual(identity);
  });

  test('a version-1 envelope decodes as it is; there is nothing to migrate yet', () => {
    expect(decodeEnvelope(identityRecord, { v: 1, data: identity })).toEqual({ status: 'ok', value: identity });
    expect(identityRecord.migrations).toEqual({});
  });

  test('a newer version is left untouched and the identity stays in memory only', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ v: 2, data: { fullName: 'Siti' } });
    storage.setItem('netral:identity', newer);
    const store = createStore(storage);
    expect(store.read(identityRecord)).toBeNull();
    expect(store.write(identityRecord, identity)).toBe('memory');
    expect(storage.getItem('netral:identity')).toBe(newer);
    expect(store.notices()).toContainEqual({ code: 'newer', record: 'identity' });
  });

  test('a stored identity that no longer validates is kept aside and the form starts empty', () => {
    const storage = new FakeStorage();
    const raw = JSON.stringify({ v: 1, data: { ...identity, name: '<b>Siti</b>' } });
    storage.setItem('netral:identity', raw);
    const store = createStore(storage, { now: () => 42 });
    expect(store.read(identityRecord)).toBeNull();
    expect(storage.getItem('netral:backup:identity:42')).toBe(raw);
    expect(storage.getItem('netral:identity')).toBeNull();
  });

  test('writing something invalid throws before anything is stored', () => {
    const storage = new FakeStorage();
    expect(() => createStore(storage).write(identityRecord, { ...identity, nip: '1' })).toThrow();
    expect(storage.items.size).toBe(0);
  });
});

describe('parseExamTerms()', () => {
  test('accepts terms per attempt, recorded on submission or later', () => {
    const data = { attempts: { 'a-1': { courseVersion: '2026.11.23-3f9a2c1d', passMark: 80 }, 'a-2': { courseVersion: '1', passMark: 70, assumed: true } } };
    expect(parseExamTerms(data)).toEqual(data);
  });

  const bad: [string, unknown][] = [
    ['a course version with spaces', { attempts: { a: { courseVersion: '2026 11', passMark: 80 } } }],
    ['a course version longer than a request holds', { attempts: { a: { courseVersion: 'x'.repeat(33), passMark: 80 } } }],
    ['a pass mark of 0', { attempts: { a: { courseVersion: '1', passMark: 0 } } }],
    ['a fractional pass mark', { attempts: { a: { courseVersion: '1', passMark: 79.5 } } }],
    ['an unknown field', { attempts: {}, other: 1 }],
    ['attempts as a list', { attempts: [] }],
    ['assumed set to false', { attempts: { a: { courseVersion: '1', passMark: 80, assumed: false } } }],
  ];
  for (const [what, value] of bad) {
    test(`throws on ${what}`, () => {
      expect(() => parseExamTerms(value)).toThrow();
    });
  }
});

describe('rememberExamTerms()', () => {
  test('keeps the first terms recorded for an attempt', () => {
    const store = createStore(new FakeStorage());
    expect(rememberExamTerms(store, 'a', { courseVersion: 'v1', passMark: 80 })).toBe('saved');
    expect(rememberExamTerms(store, 'a', { courseVersion: 'v2', passMark: 70 })).toBe('kept');
    expect(store.read(examTermsRecord).attempts['a']).toEqual({ courseVersion: 'v1', passMark: 80 });
  });

  test('drops the oldest entries rather than outgrowing the record', () => {
    const store = createStore(new FakeStorage());
    for (let i = 0; i < 205; i++) rememberExamTerms(store, `a${i}`, { courseVersion: 'v1', passMark: 80 });
    const ids = Object.keys(store.read(examTermsRecord).attempts);
    expect(ids).toHaveLength(200);
    expect(ids[0]).toBe('a5');
    expect(ids.at(-1)).toBe('a204');
  });
});

function result(overrides: Partial<ExamResult>): ExamResult {
  return {
    kind: 'post',
    attemptId: 'a1',
    attemptNumber: 1,
    finishedAt: '2026-11-23T03:00:00.000Z',
    score: 85,
    passed: true,
    topics: [{ module: 'antikorupsi', points: 3, max: 3 }],
    digest: 'ab'.repeat(32),
    ...overrides,
  };
}

describe('certificateBasis()', () => {
  const today = { courseVersion: '2026.12.01-00000000', passMark: 80 };

  test('nothing without a passed post-test (a high pre-test does not count)', () => {
    expect(certificateBasis([result({ kind: 'pre', passed: false, score: 100 }), result({ attemptId: 'a2', passed: false, score: 60 })], {}, today)).toBeNull();
  });

  test('picks the highest score, and of equal scores the earliest', () => {
    const results = [
      result({ attemptId: 'late', finishedAt: '2026-11-25T00:00:00Z', score: 90 }),
      result({ attemptId: 'low', finishedAt: '2026-11-20T00:00:00Z', score: 82 }),
      result({ attemptId: 'early', finishedAt: '2026-11-21T00:00:00Z', score: 90 }),
    ];
    expect(certificateBasis(results, {}, today)?.result.attemptId).toBe('early');
  });

  test('uses the terms recorded with the attempt, and says when it had to assume today\'s', () => {
    const recorded = { a1: { courseVersion: '2026.11.23-3f9a2c1d', passMark: 75 } };
    expect(certificateBasis([result({ score: 76 })], recorded, today)).toMatchObject({ terms: recorded.a1, recorded: true, assumed: false });
    expect(certificateBasis([result({})], {}, today)).toMatchObject({ terms: today, recorded: false, assumed: true });
    const later = { a1: { ...today, assumed: true as const } };
    expect(certificateBasis([result({})], later, today)).toMatchObject({ recorded: true, assumed: true });
  });

  test('ignores an attempt whose score is below the pass mark it would be reported with', () => {
    expect(certificateBasis([result({ score: 76 })], {}, today)).toBeNull();
  });

  test('the chosen attempt makes a request that encodes', () => {
    const basis = certificateBasis([result({})], {}, today)!;
    const request = requestFromExam(identity, basis.result, { passMark: basis.terms.passMark, courseVersion: basis.terms.courseVersion });
    expect(encodeRequestCode(request)).toMatch(/^NR1\./);
    expect(request.courseVersion).toBe(today.courseVersion);
  });
});

describe('topicsInCourseOrder()', () => {
  test('sorts topics by module order, unknown modules last', () => {
    const topics = [{ module: 'x' }, { module: 'b' }, { module: 'a' }];
    expect(topicsInCourseOrder(topics, ['a', 'b']).map((t) => t.module)).toEqual(['a', 'b', 'x']);
  });
});

describe('courseVersion()', () => {
  const files = [
    { path: 'lessons/m/01-a.mdx', text: '---\ntitle: A\n---\nIsi.\n' },
    { path: 'questions/bank.yaml', text: 'questions: []\n' },
  ];
  const updated = new Date('2026-11-23T00:00:00Z');

  test('is the latest lesson date and eight hex digits of the content hash', async () => {
    expect(await courseVersion(files, updated)).toMatch(/^2026\.11\.23-[0-9a-f]{8}$/);
  });

  test('does not depend on file order or line endings', async () => {
    const crlf = files.map((f) => ({ ...f, text: f.text.replace(/\n/g, '\r\n') })).reverse();
    expect(await courseVersion(crlf, updated)).toBe(await courseVersion(files, updated));
  });

  test('changes when any file changes, is added or is renamed', async () => {
    const base = await courseVersion(files, updated);
    expect(await courseVersion([files[0]!, { ...files[1]!, text: 'questions: [x]\n' }], updated)).not.toBe(base);
    expect(await courseVersion([...files, { path: 'modules/m.yaml', text: '' }], updated)).not.toBe(base);
    expect(await courseVersion([files[0]!, { ...files[1]!, path: 'questions/bank2.yaml' }], updated)).not.toBe(base);
  });

  test('fits what a completion request and the exam terms accept', async () => {
    const version = await courseVersion(files, updated);
    expect(() => parseExamTerms({ attempts: { a: { courseVersion: version, passMark: 80 } } })).not.toThrow();
  });
});
