// What a trainer may sign (every refusal of checkBatch), certificates without WebCrypto (plain-HTTP
// intranets), codes pasted with line breaks, the published revocation list, and reasons as codes.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { t, type UiKey } from '../../src/i18n';
import { attemptWarnings, parseAttemptFacts } from '../../src/lib/cert/attempt-facts';
import { checkBatch, refusal, scoreMatchesTopics, signBatch } from '../../src/lib/cert/batch';
import { signRequest, verifyCertificate, type Trust } from '../../src/lib/cert/certificate';
import { demoHolder, demoKeyId, demoPublicKey } from '../../src/lib/cert/demo';
import { generateKeyFile, loadSigner, publicEntry } from '../../src/lib/cert/keys';
import { findCode, findRequestCodes } from '../../src/lib/cert/links';
import { certificateNumber } from '../../src/lib/cert/number';
import { invalidReason } from '../../src/lib/cert/reasons';
import { encodeRequestCode, requestFile, type CompletionRequest } from '../../src/lib/cert/request';
import { newerList, parseRevocationList } from '../../src/lib/cert/revocations';
import type { PublishedVersion } from '../../src/lib/cert/versions';
import { describe as say, type Problem } from '../../src/lib/problem';
import { parsePublishedVersions } from '../../src/schemas/course-versions';
import { demoKeyText, sampleRequest, signer } from '../fixtures/certificate';

const words = (problem: Problem | undefined) => (problem ? say(problem, (key) => t(key as UiKey)) : '');
const today = new Date('2026-11-23T10:00:00Z');
const versions: PublishedVersion[] = [
  { version: '2026.11.01-1a2b3c4d', mix: { 'netralitas-asn': 4, berakhlak: 3, antikorupsi: 3 } },
];
const options = { passMark: 80, versions, today };
const trust: Trust = { keys: [{ id: demoKeyId, key: demoPublicKey, holder: demoHolder }], revocations: [] };

/** A request consistent with the published version above: 8.5 of 10 points is 85. */
const good: CompletionRequest = {
  ...sampleRequest,
  score: 85,
  courseVersion: '2026.11.01-1a2b3c4d',
  topics: [
    { module: 'netralitas-asn', points: 4, max: 4 },
    { module: 'berakhlak', points: 2.5, max: 3 },
    { module: 'antikorupsi', points: 2, max: 3 },
  ],
};

const input = (request: CompletionRequest, source = 'budi.json') => ({ code: encodeRequestCode(request), source });

describe('refusal()', () => {
  test('accepts a consistent request', () => {
    expect(refusal(good, options)).toBeUndefined();
  });

  const cases: [string, CompletionRequest, string, RegExp][] = [
    ['an invalid identity', { ...good, identity: { ...good.identity, name: '<b>Budi</b>' } }, 'sign.reason.identity', /Identitas tidak valid: Nama hanya boleh/],
    ['a lower pass mark than the site', { ...good, passMark: 50 }, 'sign.reason.passMark', /lebih rendah dari batas lulus situs/],
    ['a score below the pass mark', { ...good, score: 60 }, 'sign.reason.failed', /Nilai 60 di bawah batas lulus 80/],
    ['a course version this site never published', { ...good, courseVersion: '2099.01.01-ffffffff' }, 'sign.reason.version', /"2099\.01\.01-ffffffff" tidak pernah diterbitkan/],
    ['a date in the future', { ...good, date: '2099-01-01' }, 'sign.reason.dateFuture', /2099-01-01 belum terjadi/],
    ['a date before the course version existed', { ...good, date: '2026-10-31' }, 'sign.reason.dateBeforeCourse', /lebih awal dari terbitnya versi materi ini \(2026-11-01\)/],
    ['no topics', { ...good, topics: [] }, 'sign.reason.topicsNone', /tidak memuat hasil per topik/],
    ['a made-up topic', { ...good, topics: [...good.topics, { module: 'karangan', points: 1, max: 1 }] }, 'sign.reason.topicUnknown', /"karangan" bukan modul/],
    ['a topic twice', { ...good, topics: [...good.topics, good.topics[0]!] }, 'sign.reason.topicRepeated', /muncul dua kali/],
    ['a topic with the wrong maximum', { ...good, topics: [{ module: 'netralitas-asn', points: 4, max: 5 }, ...good.topics.slice(1)] }, 'sign.reason.topicMax', /memuat 4 soal/],
    ['a missing topic', { ...good, topics: good.topics.slice(0, 2) }, 'sign.reason.topicMissing', /antikorupsi/],
    [
      'score 100 with every topic at 0',
      { ...good, score: 100, topics: good.topics.map((topic) => ({ ...topic, points: 0 })) },
      'sign.reason.scoreSum',
      /Nilai 100 tidak sesuai jumlah nilai per topik \(0 dari 10\)/,
    ],
  ];
  for (const [label, request, kind, message] of cases) {
    test(`refuses ${label}, with the reason in words`, () => {
      const reason = refusal(request, options);
      expect(reason?.kind).toBe(kind);
      expect(words(reason)).toMatch(message);
    });
  }

  test('allows a learner a day ahead of the trainer (time zones), not two', () => {
    expect(refusal({ ...good, date: '2026-11-24' }, options)).toBeUndefined();
    expect(refusal({ ...good, date: '2026-11-26' }, options)?.kind).toBe('sign.reason.dateFuture');
  });
});

describe('scoreMatchesTopics()', () => {
  test('accepts partial credit in thirds rounded to hundredths', () => {
    // 1⅔ + 1⅔ of 4 points is 83.3 % (rounded down), though the stored hundredths add up to 3.34.
    const topics = [{ module: 'a', points: 1.67, max: 2 }, { module: 'b', points: 1.67, max: 2 }];
    expect(scoreMatchesTopics({ score: 83.3, topics })).toBe(true);
    expect(scoreMatchesTopics({ score: 90, topics })).toBe(false);
    expect(scoreMatchesTopics({ score: 0, topics: [] })).toBe(false);
  });
});

describe('checkBatch() and signBatch()', () => {
  test('name the file each refusal came from, refuse broken codes and duplicates, and sign the rest', async () => {
    const rows = await signBatch(
      [{ code: 'NR1.rusak', source: 'a.txt' }, input(good, 'kelas.csv'), input({ ...good, score: 60, digest: 'f'.repeat(32) }, 'c.json'), input(good, 'lagi.json')],
      await signer(),
      { ...options, link: (code) => `/verifikasi/#${code}` },
    );
    expect(rows.map((row) => [row.status, row.source])).toEqual([
      ['rejected', 'a.txt'],
      ['signed', 'kelas.csv'],
      ['rejected', 'c.json'],
      ['rejected', 'lagi.json'],
    ]);
    expect(rows.map((row) => (row.status === 'rejected' ? words(row.reason) : ''))).toEqual([
      t('sign.reason.malformed'),
      '',
      'Nilai 60 di bawah batas lulus 80.',
      t('sign.reason.duplicate'),
    ]);
    const signed = rows[1]!;
    expect(signed.status === 'signed' && (await verifyCertificate(signed.code, trust)).status).toBe('valid');
  });

  test('the self-study record and the signed certificate of one attempt keep one number', async () => {
    const [row] = checkBatch([input(good)], options);
    expect(row?.status === 'ready' && row.number).toBe(certificateNumber(good));
    const result = await verifyCertificate(await signRequest(good, await signer()), trust);
    expect(result.status === 'valid' && result.certificate.number).toBe(certificateNumber(good));
  });

  test('a colleague who copies a digest gets their own number, not a "duplicate"', () => {
    const colleague = { ...good, identity: { ...good.identity, name: 'Budi Santoso', nip: '199001012015031002' } };
    expect(checkBatch([input(good), input(colleague)], options).map((row) => row.status)).toEqual(['ready', 'ready']);
  });
});

describe('finding codes', () => {
  test('accepts a request code pasted with line breaks and spaces', () => {
    const code = encodeRequestCode(good);
    const wrapped = code.replace(/(.{40})/g, '$1\n ');
    expect(findRequestCodes(`Kode saya:\n${wrapped}\nTerima kasih`)).toEqual([code]);
    expect(findRequestCodes(`${code.slice(0, 30)} ${code.slice(30)}`)).toEqual([code]);
    // Two codes on consecutive lines stay two codes.
    const other = encodeRequestCode({ ...good, digest: 'a'.repeat(32) });
    expect(findRequestCodes(`${code}\n${other}`)).toEqual([code, other]);
  });

  test('accepts a certificate code pasted with line breaks', async () => {
    const code = await signRequest(good, await signer());
    expect(findCode(code.replace(/(.{50})/g, '$1\r\n'))).toBe(code);
  });
});

describe('without WebCrypto (a page served over plain HTTP)', () => {
  afterEach(() => vi.unstubAllGlobals());
  const real = globalThis.crypto;
  const insecure = () => vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array<ArrayBuffer>) => real.getRandomValues(array) });

  test('loads a key, signs, and verifies exactly as with WebCrypto', async () => {
    const withWebCrypto = await signRequest(good, await signer());
    insecure();
    expect((globalThis.crypto as Crypto).subtle).toBeUndefined();
    const loaded = await loadSigner(demoKeyText);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    // Ed25519 signatures are deterministic: the same bytes either way.
    expect(await signRequest(good, loaded.signer)).toBe(withWebCrypto);
    expect((await verifyCertificate(withWebCrypto, trust)).status).toBe('valid');
    const altered = withWebCrypto.slice(0, -2) + (withWebCrypto.endsWith('A') ? 'BA' : 'AA');
    expect((await verifyCertificate(altered, trust)).status).toBe('invalid');
  });

  test('creates key files and refuses a key whose halves do not match', async () => {
    insecure();
    const a = await generateKeyFile('Pelatih A');
    const b = await generateKeyFile('Pelatih B');
    const loaded = await loadSigner(JSON.stringify(a));
    expect(loaded.ok).toBe(true);
    expect(await loadSigner(JSON.stringify({ ...a, privateKey: b.privateKey }))).toEqual({ ok: false });
    if (!loaded.ok) return;
    const code = await signRequest(good, loaded.signer);
    expect((await verifyCertificate(code, { keys: [publicEntry(a)], revocations: [] })).status).toBe('valid');
  });
});

describe('the published revocation list', () => {
  const list = { issued: '2026-12-01T08:00:00.000Z', revocations: [{ number: '2026-7K3M-Q9TD-4HXA', reason: 'Salah nama.', date: '2026-12-01' }] };

  test('reads a list and refuses anything else', () => {
    expect(parseRevocationList(list)).toEqual(list);
    for (const bad of [null, [], {}, { issued: 'kemarin', revocations: [] }, { ...list, revocations: [{ number: 'x', reason: '', date: '2026-12-01' }] }])
      expect(parseRevocationList(bad)).toBeNull();
  });

  test('keeps the newer of two lists', () => {
    const older = { issued: '2026-11-01T00:00:00.000Z', revocations: [] };
    expect(newerList(older, list)).toBe(list);
    expect(newerList(list, older)).toBe(list);
    expect(newerList(list, null)).toBe(list);
  });
});

describe('invalidReason()', () => {
  test('gives the revocation date and reason as values, in words on the page', async () => {
    const code = await signRequest(good, await signer());
    const revocation = { number: certificateNumber(good), reason: 'Nama salah.', date: '2026-12-01' };
    const result = await verifyCertificate(code, { ...trust, revocations: [revocation] });
    if (result.status !== 'invalid') throw new Error('should be revoked');
    expect(words(invalidReason(result, 'Netral'))).toBe('Sertifikat ini sudah dicabut pada 1 Desember 2026. Alasan: Nama salah.');
  });
});

describe('parsePublishedVersions()', () => {
  test('reads versions with their post-test mix and names every mistake', () => {
    expect(parsePublishedVersions('2026.11.01-1a2b3c4d:\n  mix: { berakhlak: 3 }\n', 'v.yaml')).toEqual([
      { version: '2026.11.01-1a2b3c4d', mix: { berakhlak: 3 } },
    ]);
    expect(parsePublishedVersions('{}', 'v.yaml')).toEqual([]);
    expect(() => parsePublishedVersions('"bad version!":\n  mix: { berakhlak: 0 }\n', 'v.yaml')).toThrow(/v\.yaml tidak valid[\s\S]*bukan versi materi[\s\S]*mix\.berakhlak/);
  });
});

describe('attemptWarnings()', () => {
  const facts = { startedAt: '2026-11-23T01:00:00.000Z', finishedAt: '2026-11-23T01:20:00.000Z', answered: 17, questions: 17 };
  const at = (warnings: Problem[]) => warnings.map((warning) => warning.kind);
  const when = new Date('2026-11-23T10:00:00Z');

  test('a recorded, answered attempt of plausible length gives no warning', () => {
    expect(attemptWarnings(good, facts, when)).toEqual([]);
  });

  test('shows a bare code (no record), no or missing answers, and impossible timelines', () => {
    expect(at(attemptWarnings(good, undefined, when))).toEqual(['sign.warn.noRecord']);
    expect(at(attemptWarnings(good, { ...facts, answered: 0 }, when))).toEqual(['sign.warn.noAnswers']);
    expect(at(attemptWarnings(good, { ...facts, answered: 3 }, when))).toEqual(['sign.warn.someAnswers']);
    expect(at(attemptWarnings(good, { ...facts, finishedAt: '2026-11-23T00:59:00.000Z' }, when))).toEqual(['sign.warn.timeline']);
    expect(at(attemptWarnings(good, { ...facts, finishedAt: '2099-01-01T00:00:00.000Z' }, when))).toEqual(['sign.warn.timeline']);
    expect(at(attemptWarnings(good, { ...facts, finishedAt: '2026-11-23T01:00:30.000Z' }, when))).toEqual(['sign.warn.tooFast']);
    expect(at(attemptWarnings(good, { ...facts, startedAt: '2026-11-20T01:00:00.000Z', finishedAt: '2026-11-20T01:20:00.000Z' }, when))).toEqual(['sign.warn.dateMismatch']);
    expect(words(attemptWarnings(good, { ...facts, finishedAt: '2026-11-23T01:00:30.000Z' }, when)[0])).toBe(
      'Post-test 17 soal diselesaikan dalam 30 detik: terlalu cepat untuk dikerjakan sungguh-sungguh.',
    );
  });

  test('travel in the request file as "percobaan" and are read back', () => {
    const file = JSON.parse(requestFile(good, facts).text) as { percobaan: unknown };
    expect(parseAttemptFacts(file.percobaan)).toEqual(facts);
    expect(parseAttemptFacts({ mulai: 1 })).toBeUndefined();
  });
});
