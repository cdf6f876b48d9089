// Class records: the roster CSV, matching requests and certificates to it, and the HR CSV.
import { describe, expect, test } from 'vitest';
import { t, type UiKey } from '../../src/i18n';
import { checkBatch } from '../../src/lib/cert/batch';
import { parseCertificateCode, signRequest } from '../../src/lib/cert/certificate';
import { encodeRequestCode, type CompletionRequest } from '../../src/lib/cert/request';
import { classRecord, hrCsv } from '../../src/lib/cert/roster';
import { parseRoster } from '../../src/lib/cert/roster-csv';
import { describe as say, type Problem } from '../../src/lib/problem';
import { sampleRequest, signer } from '../fixtures/certificate';

const words = (problem: Problem) => say(problem, (key) => t(key as UiKey));
const today = new Date('2026-11-23T10:00:00Z');
const versions = [{ version: '2026.11.01-1a2b3c4d', mix: { 'netralitas-asn': 4 } }];
const learner = (name: string, nip: string, digest: string, score = 100): CompletionRequest => ({
  ...sampleRequest,
  identity: { ...sampleRequest.identity, name, nip },
  score,
  topics: [{ module: 'netralitas-asn', points: (score / 100) * 4, max: 4 }],
  courseVersion: versions[0]!.version,
  digest: digest.repeat(32),
});

describe('parseRoster()', () => {
  test('reads a header in any order, semicolons, a BOM and NIPs with spaces', () => {
    const roster = parseRoster('\uFEFFUnit Kerja;NIP;Nama\r\nDinas Pendidikan;19850312 201001 2 003;Ni Luh Putu\r\n;199001012015031002;Budi Santoso\r\n', today);
    expect(roster).toEqual({
      entries: [
        { name: 'Ni Luh Putu', nip: '198503122010012003', unit: 'Dinas Pendidikan' },
        { name: 'Budi Santoso', nip: '199001012015031002', unit: '' },
      ],
      problems: [],
    });
  });

  test('reads name, NIP, unit without a header and names every unusable line', () => {
    const roster = parseRoster('Ni Luh,198503122010012003,Dinas\n,199001012015031002,x\nBudi,12345,x\n"Lagi, S.E.",198503122010012003,y\n', today);
    expect(roster.entries).toEqual([{ name: 'Ni Luh', nip: '198503122010012003', unit: 'Dinas' }]);
    expect(roster.problems.map(({ line, problem }) => `${line}: ${words(problem)}`)).toEqual([
      '2: Nama kosong.',
      '3: NIP Budi tidak valid: NIP terdiri dari 18 angka; yang Anda isi 5 angka.',
      '4: NIP 19850312 201001 2 003 (Lagi, S.E.) sudah ada di baris sebelumnya.',
    ]);
  });
});

describe('classRecord() and hrCsv()', () => {
  test('a class of three: one signed, one refused with its reason, one missing; the HR CSV has the signed one', async () => {
    const roster = parseRoster('nama,nip,unit\nAni,198503122010012003,A\nBudi,199001012015031002,B\nCitra,199203032016032001,C\n', today).entries;
    const ani = learner('Ani', '198503122010012003', 'a');
    const budi = learner('Budi', '199001012015031002', 'b', 60);
    const stranger = learner('Dodi', '198001012005011001', 'd');
    const certificate = parseCertificateCode(await signRequest(ani, await signer()));
    if (!certificate.ok) throw new Error('should parse');
    const checked = checkBatch([{ code: encodeRequestCode(budi), source: 'budi.json' }, { code: encodeRequestCode(stranger), source: 'dodi.json' }], { passMark: 80, versions, today });
    const record = classRecord(roster, checked, [certificate.certificate]);
    expect(record.learners.map((item) => item.status)).toEqual(['signed', 'refused', 'missing']);
    const refused = record.learners[1]!;
    expect(refused.status === 'refused' && [words(refused.row.reason), refused.row.source]).toEqual(['Nilai 60 di bawah batas lulus 80.', 'budi.json']);
    expect(record.strangers).toEqual([{ name: 'Dodi', nip: '198001012005011001', source: 'dodi.json' }]);

    const csv = hrCsv([certificate.certificate], { title: 'Netralitas ASN', jp: 12 });
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFnip,nama,pelatihan,jp,tanggal,nomor_sertifikat,nilai',
      `198503122010012003,Ani,Netralitas ASN,12,2026-11-23,${certificate.certificate.number},100`,
      '',
    ]);
  });

  test('a request that passed the checks but is not signed yet is "submitted"', () => {
    const roster = parseRoster('Ani,198503122010012003,A\n', today).entries;
    const checked = checkBatch([{ code: encodeRequestCode(learner('Ani', '198503122010012003', 'a', 87.5)), source: 'ani.json' }], { passMark: 80, versions, today });
    expect(classRecord(roster, checked, []).learners.map((item) => item.status)).toEqual(['submitted']);
  });
});
