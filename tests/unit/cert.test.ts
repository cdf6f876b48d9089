import { describe, expect, test } from 'vitest';
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { fromBase64url, toBase64url } from '../../src/lib/cert/base64url';
import { batchCsv } from '../../src/lib/cert/batch';
import { certificatePrefix, parseCertificateCode, signRequest, verifyCertificate, type Trust } from '../../src/lib/cert/certificate';
import { demoHolder, demoKeyId, demoPublicKey, isDemoKey } from '../../src/lib/cert/demo';
import { generateKeyFile, keyIdFor, loadSigner, publicEntry } from '../../src/lib/cert/keys';
import { findCode, findRequestCodes, verificationLink } from '../../src/lib/cert/links';
import { certificateNumber, certificateNumberPattern } from '../../src/lib/cert/number';
import { qrPath } from '../../src/lib/cert/qr';
import {
  decodeRequest,
  encodeRequest,
  encodeRequestCode,
  parseRequestCode,
  requestFile,
  requestFromExam,
  type CompletionRequest,
} from '../../src/lib/cert/request';
import { certificateView } from '../../src/lib/cert/view';
import { formatNumber } from '../../src/lib/format';
import type { ExamResult } from '../../src/lib/quiz/types';
import site from '../../src/site.config';
import { demoKeyText, sampleRequest, signer } from '../fixtures/certificate';

const request = sampleRequest;

// The public demo key, as a test build (NETRAL_TRUST_DEMO_KEY=1) trusts it.
const trust: Trust = { keys: [{ id: demoKeyId, key: demoPublicKey, holder: demoHolder }], revocations: [] };

describe('encodeRequest() and decodeRequest()', () => {
  test('round-trip a request exactly', () => {
    expect(decodeRequest(encodeRequest(request))).toEqual(request);
  });

  test('round-trip names in other scripts and with apostrophes', () => {
    const other = { ...request, identity: { ...request.identity, name: 'Nguyễn Thị Hằng’s O\'Neil-Zoë', unit: '' } };
    expect(decodeRequest(encodeRequest(other))).toEqual(other);
  });

  test('give one byte string per request (canonical): every accepted mutation re-encodes to itself', () => {
    const bytes = encodeRequest(request);
    let accepted = 0;
    for (let i = 0; i < bytes.length; i++) {
      for (const value of [0, 1, 0x7f, 0x80, 0xff, bytes[i]! ^ 1]) {
        const mutated = bytes.slice();
        mutated[i] = value;
        let decoded: CompletionRequest;
        try {
          decoded = decodeRequest(mutated);
        } catch {
          continue;
        }
        accepted += 1;
        expect(toBase64url(encodeRequest(decoded))).toBe(toBase64url(mutated));
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });

  test('are compact: a full request is well under 400 bytes', () => {
    expect(encodeRequest(request).length).toBeLessThan(400);
  });

  test('refuse values that cannot be printed faithfully', () => {
    const bad: CompletionRequest[] = [
      { ...request, score: 101 },
      { ...request, score: 86.75 },
      { ...request, passMark: 0 },
      { ...request, date: '2026-02-30' },
      { ...request, digest: 'xyz' },
      { ...request, identity: { ...request.identity, name: ' Budi' } },
      { ...request, identity: { ...request.identity, name: 'Budi\u202e' } },
      { ...request, identity: { ...request.identity, nip: '12345' } },
      { ...request, topics: [{ module: 'a', points: 3, max: 2 }] },
      { ...request, topics: [{ module: 'Bad Id', points: 1, max: 2 }] },
    ];
    for (const value of bad) expect(() => encodeRequest(value)).toThrow();
  });
});

describe('parseRequestCode()', () => {
  test('reads back a request code', () => {
    const code = encodeRequestCode(request);
    expect(code.startsWith('NR1.')).toBe(true);
    expect(parseRequestCode(code)).toEqual({ ok: true, request, code });
  });

  test('calls a code of a later format version unsupported, and anything else malformed', () => {
    expect(parseRequestCode('NR2.AAAA')).toEqual({ ok: false, reason: 'unsupported' });
    expect(parseRequestCode('hello')).toEqual({ ok: false, reason: 'malformed' });
    expect(parseRequestCode(`${encodeRequestCode(request)}A`)).toEqual({ ok: false, reason: 'malformed' });
    expect(parseRequestCode(null)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('requestFile()', () => {
  test('names the file after the NIP and number and holds a code the signing tools find', () => {
    const { fileName, text } = requestFile(request);
    expect(fileName).toBe(`permintaan-sertifikat-198503122010012003-${certificateNumber(request)}.json`);
    expect(findRequestCodes(text)).toEqual([encodeRequestCode(request)]);
    expect(JSON.parse(text)).toMatchObject({ nama: request.identity.name, nilai: 86.7 });
  });
});

describe('requestFromExam()', () => {
  const exam: ExamResult = {
    kind: 'post',
    attemptId: 'a1',
    attemptNumber: 1,
    finishedAt: '2026-11-23T03:00:00.000Z',
    score: 86.66,
    passed: true,
    topics: [{ module: 'netralitas-asn', points: 1 / 3, max: 1 }],
    digest: 'ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789',
  };

  test('keeps one decimal of the score, hundredths of points and 128 bits of the digest', () => {
    const built = requestFromExam(request.identity, exam, { passMark: 80, courseVersion: '2026.11', date: '2026-11-23' });
    expect(built).toMatchObject({ score: 86.7, digest: 'abcdef0123456789abcdef0123456789', topics: [{ points: 0.33, max: 1 }] });
    expect(decodeRequest(encodeRequest(built))).toEqual(built);
  });
});

describe('certificateNumber()', () => {
  test('derives a stable number from the year, the NIP and the attempt digest', () => {
    expect(certificateNumber(request)).toBe(certificateNumber(structuredClone(request)));
    expect(certificateNumber(request)).toMatch(certificateNumberPattern);
    expect(certificateNumber(request).slice(0, 5)).toBe('2026-');
  });

  test('differs for another attempt', () => {
    expect(certificateNumber({ ...request, digest: 'f'.repeat(32) })).not.toBe(certificateNumber(request));
  });

  test('belongs to the learner: another NIP with a copied digest gets another number', () => {
    const colleague = { ...request, identity: { ...request.identity, nip: '199001012015031002' } };
    expect(certificateNumber(colleague)).not.toBe(certificateNumber(request));
    // Over many NIPs sharing one digest, no two numbers are equal.
    const numbers = new Set<string>();
    for (let i = 1; i <= 2000; i++) {
      const nip = `19900101201503100${String(i).padStart(4, '0')}`.slice(-18);
      numbers.add(certificateNumber({ ...request, identity: { ...request.identity, nip } }));
    }
    expect(numbers.size).toBe(2000);
  });
});

describe('signRequest() and verifyCertificate()', () => {
  test('a signed request verifies as valid with its fields, key and number', async () => {
    const code = await signRequest(request, await signer());
    expect(code.startsWith(certificatePrefix)).toBe(true);
    const result = await verifyCertificate(code, trust);
    expect(result.status).toBe('valid');
    if (result.status !== 'valid') return;
    expect(result.certificate.request).toEqual(request);
    expect(result.certificate.number).toBe(certificateNumber(request));
    expect(result.key.id).toBe('demo');
    expect(isDemoKey(result.key)).toBe(true);
  });

  test('a certificate code fits a QR code for printing', async () => {
    const code = await signRequest(request, await signer());
    const link = verificationLink(code, site);
    expect(link.length).toBeLessThan(700);
    expect(encode(link, { ecc: 'M' }).version).toBeLessThanOrEqual(22);
  });

  test('every single-byte alteration of a certificate is rejected', async () => {
    // The smallest realistic certificate keeps the 255 alterations of every byte to some 30,000 checks.
    const small: CompletionRequest = {
      ...request,
      identity: { name: 'Budi', nip: request.identity.nip, agency: 'Pemkot', unit: '', position: 'Staf' },
      topics: [{ module: 'a', points: 1, max: 1 }],
      courseVersion: '1',
    };
    const code = await signRequest(small, await signer());
    const bytes = fromBase64url(code.slice(certificatePrefix.length))!;
    const reasons = new Set<string>();
    for (let i = 0; i < bytes.length; i++) {
      const checks: Promise<void>[] = [];
      for (let value = 0; value < 256; value++) {
        if (value === bytes[i]) continue;
        const altered = bytes.slice();
        altered[i] = value;
        checks.push(
          verifyCertificate(certificatePrefix + toBase64url(altered), trust).then((result) => {
            if (result.status === 'valid') throw new Error(`byte ${i} set to ${value} still verified`);
            reasons.add(result.reason);
          }),
        );
      }
      await Promise.all(checks);
    }
    expect([...reasons].sort()).toEqual(['altered', 'malformed', 'unknown-key']);
  }, 120_000);

  test('every single-bit change and every foreign character in the code text is rejected', async () => {
    const code = await signRequest(request, await signer());
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < code.length; i++) {
      const index = alphabet.indexOf(code[i]!);
      // Flipping each of the six bits a character carries (this includes the unused bits of the last one).
      const flips = index < 0 ? [] : [1, 2, 4, 8, 16, 32].map((bit) => alphabet[index ^ bit]!);
      const replacements = [...flips, '.', '+', '/', '=', ' ', 'é', 'N', 'C', '1', 'R'].filter((char) => char !== code[i]);
      for (const char of replacements) {
        const altered = code.slice(0, i) + char + code.slice(i + 1);
        const result = await verifyCertificate(findCode(altered), trust);
        if (result.status === 'valid') throw new Error(`character ${i} set to ${char} still verified`);
      }
    }
  }, 60_000);

  test('a truncated or extended code is rejected', async () => {
    const code = await signRequest(request, await signer());
    for (let length = 0; length < code.length; length++)
      expect((await verifyCertificate(code.slice(0, length), trust)).status).toBe('invalid');
    expect((await verifyCertificate(`${code}A`, trust)).status).toBe('invalid');
    expect((await verifyCertificate(`${code}AA`, trust)).status).toBe('invalid');
  });

  test('a certificate signed by another key under a trusted key id is rejected as altered', async () => {
    const impostor = await generateKeyFile('Penyusup', 'demo');
    const code = await signRequest(request, await signer(JSON.stringify(impostor)));
    expect(await verifyCertificate(code, trust)).toEqual({ status: 'invalid', reason: 'altered' });
  });

  test('a certificate signed by a key the site does not know is rejected', async () => {
    const other = await generateKeyFile('Pelatih lain');
    const code = await signRequest(request, await signer(JSON.stringify(other)));
    expect(await verifyCertificate(code, trust)).toEqual({ status: 'invalid', reason: 'unknown-key', keyId: other.id });
    const trusted = await verifyCertificate(code, { keys: [publicEntry(other)], revocations: [] });
    expect(trusted.status).toBe('valid');
  });

  test('a revoked certificate is rejected with the revocation', async () => {
    const code = await signRequest(request, await signer());
    const revocation = { number: certificateNumber(request), reason: 'Nama salah tulis.', date: '2026-12-01' };
    const result = await verifyCertificate(code, { ...trust, revocations: [revocation] });
    expect(result).toMatchObject({ status: 'invalid', reason: 'revoked', revocation });
  });

  test('an unsigned completion request is reported as unsigned', async () => {
    expect(await verifyCertificate(encodeRequestCode(request), trust)).toEqual({ status: 'invalid', reason: 'unsigned' });
  });

  test('a name with markup is carried as plain text, exactly', async () => {
    const hostile = { ...request, identity: { ...request.identity, name: '<img src=x onerror=alert(1)>' } };
    const result = await verifyCertificate(await signRequest(hostile, await signer()), trust);
    expect(result.status === 'valid' && result.certificate.request.identity.name).toBe('<img src=x onerror=alert(1)>');
  });

  test('malformed and hostile input never throws', async () => {
    const hostile: unknown[] = [
      undefined, null, 0, {}, [], '', '   ', 'NC1.', 'NC1.A', 'NC1.!!!!', 'NC9.AAAA', 'NC1.' + 'A'.repeat(5000),
      'x'.repeat(1_000_000), '\u0000', '😀', '<script>alert(1)</script>', 'NC1.' + 'A'.repeat(86),
      'NC1.' + toBase64url(new Uint8Array(65).fill(255)), 'NC1.' + toBase64url(Uint8Array.of(40, ...new Uint8Array(200))),
    ];
    for (const input of hostile) {
      const result = await verifyCertificate(input, trust);
      expect(result.status).toBe('invalid');
    }
    // Random bytes behind the prefix: always a result, never valid.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    for (let round = 0; round < 500; round++) {
      const bytes = Uint8Array.from({ length: 1 + (random() % 200) + (random() % 200) }, random);
      const result = await verifyCertificate(certificatePrefix + toBase64url(bytes), trust);
      expect(result.status).toBe('invalid');
    }
  });
});

describe('parseCertificateCode()', () => {
  test('names the reason for codes that are not certificates', () => {
    expect(parseCertificateCode('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseCertificateCode('NR1.AAAA')).toEqual({ ok: false, reason: 'unsigned' });
    expect(parseCertificateCode('NC2.AAAA')).toEqual({ ok: false, reason: 'unsupported' });
    expect(parseCertificateCode('https://x')).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('loadSigner()', () => {
  test('loads the demo key file', async () => {
    const loaded = await loadSigner(demoKeyText);
    expect(loaded.ok && loaded.signer.keyId).toBe('demo');
    expect(loaded.ok && loaded.signer.publicKey).toBe(demoPublicKey);
  });

  test('rejects a private key that does not belong to its public key', async () => {
    const a = JSON.parse(demoKeyText);
    const b = await generateKeyFile('B');
    expect(await loadSigner(JSON.stringify({ ...a, privateKey: b.privateKey }))).toEqual({ ok: false });
  });

  test('rejects anything that is not a key file', async () => {
    for (const text of ['', 'null', '{}', '[]', 'not json', JSON.stringify({ format: 'netral-kunci-privat', version: 1 })])
      expect(await loadSigner(text)).toEqual({ ok: false });
  });
});

describe('generateKeyFile()', () => {
  test('derives the key id from the public key', async () => {
    const file = await generateKeyFile('Tim Pelatih');
    expect(file.id).toBe(await keyIdFor(fromBase64url(file.publicKey)!));
    expect(file.id).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(file.publicKey).toHaveLength(43);
  });
});

describe('fromBase64url()', () => {
  test('accepts only the text toBase64url produces', () => {
    expect(fromBase64url('AQ')).toEqual(Uint8Array.of(1));
    expect(fromBase64url('AR')).toBeNull();
    expect(fromBase64url('AQ==')).toBeNull();
    expect(fromBase64url('A')).toBeNull();
    expect(fromBase64url('A+')).toBeNull();
  });

  test('round-trips every length', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff);
      expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
    }
  });
});

describe('findCode()', () => {
  test('finds the code in a link, a query, or text around it', () => {
    expect(findCode('https://netral.example.go.id/verifikasi/#NC1.abc_-9')).toBe('NC1.abc_-9');
    expect(findCode('https://x/verifikasi/?kode=NC1.abc')).toBe('NC1.abc');
    expect(findCode('#kode=NC1.abc')).toBe('NC1.abc');
    expect(findCode('Kode: NC1.abc\n')).toBe('NC1.abc');
    expect(findCode('  nothing here ')).toBe('nothing here');
    expect(findCode('%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('findRequestCodes()', () => {
  test('collects each request code once from a CSV or a request file', () => {
    const csv = 'nama,kode\r\nBudi,NR1.AAA\r\nSiti,"NR1.BBB"\r\nBudi,NR1.AAA\r\n';
    expect(findRequestCodes(csv)).toEqual(['NR1.AAA', 'NR1.BBB']);
    expect(findRequestCodes('{"code":"NR1.CCC"}')).toEqual(['NR1.CCC']);
  });
});

describe('verificationLink()', () => {
  test('joins site URL, base path, the verification page and the code in the fragment', () => {
    expect(verificationLink('NC1.x', { siteUrl: 'https://a.go.id/', basePath: '/netral/' })).toBe('https://a.go.id/netral/verifikasi/#NC1.x');
    expect(verificationLink('NC1.x', { basePath: '/' })).toBe('/verifikasi/#NC1.x');
  });
});

describe('batchCsv()', () => {
  test('writes a header, quotes commas and defuses spreadsheet formulas', () => {
    const csv = batchCsv(
      [{ status: 'rejected', requestCode: '=HYPERLINK("x")', source: 'kelas, a.csv', reason: { kind: 'x' } }],
      () => 'Nilai 60, di bawah',
    );
    expect(csv.startsWith('\uFEFFstatus,nomor,nama,nip')).toBe(true);
    expect(csv).toContain(`"Nilai 60, di bawah"`);
    expect(csv).toContain(`"kelas, a.csv"`);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('certificateView()', () => {
  test('writes numbers, dates and the NIP the Indonesian way', () => {
    const view = certificateView(request, { 'netralitas-asn': 'Netralitas ASN' });
    expect(view).toMatchObject({
      number: certificateNumber(request),
      nip: '19850312 201001 2 003',
      agency: 'Dinas Pendidikan, Pemerintah Kota Contoh',
      score: '86,7',
      passMark: '80',
      date: '23 November 2026',
    });
    expect(view.topics).toEqual([
      { title: 'Netralitas ASN', percent: '100', points: '4/4' },
      { title: 'berakhlak', percent: '83', points: '2,5/3' },
      { title: 'antikorupsi', percent: '67', points: '2/3' },
    ]);
  });

  test('does not take titles from the object prototype', () => {
    const view = certificateView({ ...request, topics: [{ module: 'constructor', points: 1, max: 1 }] });
    expect(view.topics[0]!.title).toBe('constructor');
  });

  test('formatNumber() drops a zero decimal', () => {
    expect(formatNumber(90)).toBe('90');
    expect(formatNumber(66.666)).toBe('66,7');
  });
});

describe('qrPath()', () => {
  test('draws every dark module of the QR code inside a four-module quiet zone', () => {
    const text = 'https://netral.example.go.id/verifikasi/#NC1.abc';
    const { size, d } = qrPath(text);
    const { data } = encode(text, { ecc: 'M', border: 4 });
    expect(size).toBe(data.length);
    const dark = data.flat().filter(Boolean).length;
    const drawn = [...d.matchAll(/h(\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(drawn).toBe(dark);
    expect(data[0]!.some(Boolean)).toBe(false);
  });

  test('draws exactly the code of a given quiet zone and mask pattern', () => {
    const text = 'https://netral.example.go.id/materi/netralitas-asn/apa-itu-netralitas/';
    const { size, d } = qrPath(text, { border: 2, mask: 0 });
    const { data, maskPattern } = encode(text, { ecc: 'M', border: 2, maskPattern: 0 });
    expect(maskPattern).toBe(0);
    expect(size).toBe(data.length);
    // Every run of the path, module by module, is a dark module of the code, and every dark module is drawn once.
    const drawn = new Set<string>();
    for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let i = 0; i < Number(w); i++) drawn.add(`${Number(x) + i},${y}`);
    }
    const dark = data.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : [])));
    expect([...drawn].sort()).toEqual(dark.sort());
    expect(data[1]!.some(Boolean)).toBe(false);
    expect(data[2]!.some(Boolean)).toBe(true);
  });

  // A reader decodes what the path draws: the fixed mask (decks, handouts) and the best-of-eight default
  // (certificates) both give back the address, read by an independent decoder (jsQR) from the pixels.
  test.each([
    ['a deck or handout (quiet zone 2, mask 0)', 'https://netral.example.go.id/materi/netralitas-asn/apa-itu-netralitas/', { border: 2, mask: 0 }],
    ['a certificate (default)', 'https://netral.example.go.id/verifikasi/#NC1.eyJ2IjoxfQ.abc-_', {}],
  ])('what the path draws for %s scans back to its text', (_, text, options) => {
    const { size, d } = qrPath(text, options);
    const scale = 4;
    const margin = 8;
    const width = size * scale + 2 * margin;
    const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
    for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let py = 0; py < scale; py++) {
        for (let px = 0; px < Number(w) * scale; px++) {
          const at = ((Number(y) * scale + py + margin) * width + Number(x) * scale + px + margin) * 4;
          pixels.fill(0, at, at + 3);
        }
      }
    }
    expect(jsQR(pixels, width, width)?.data).toBe(text);
  });
});
