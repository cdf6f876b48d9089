import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRevocations } from '../../src/schemas/revocation';
import { defineSiteConfig } from '../../src/schemas/site-config';
import site from '../../src/site.config';

describe('parseRevocations()', () => {
  test('reads the shipped list: valid and empty', () => {
    expect(parseRevocations(readFileSync('content/revocations.yaml', 'utf8'), 'content/revocations.yaml')).toEqual([]);
  });

  test('reads entries keyed by certificate number', () => {
    const text = '2026-7K3M-Q9TD-4HXA:\n  reason: Nama salah tulis.\n  date: 2026-12-01\n';
    expect(parseRevocations(text, 'r.yaml')).toEqual([{ number: '2026-7K3M-Q9TD-4HXA', reason: 'Nama salah tulis.', date: '2026-12-01' }]);
  });

  test('an empty file revokes nothing', () => {
    expect(parseRevocations('# nothing yet\n', 'r.yaml')).toEqual([]);
  });

  test('fails with the file, the entry and the field for every mistake', () => {
    const text = '2026-abcd-efgh:\n  reason: x\n  date: 2026-12-01\n2026-7K3M-Q9TD-4HXA:\n  date: 1 Desember\n';
    expect(() => parseRevocations(text, 'r.yaml')).toThrow(
      /r\.yaml tidak valid:[\s\S]*"2026-abcd-efgh": bukan nomor sertifikat[\s\S]*2026-7K3M-Q9TD-4HXA\.reason[\s\S]*2026-7K3M-Q9TD-4HXA\.date: tanggal harus YYYY-MM-DD/,
    );
  });

  test('fails on YAML that does not parse or is a list', () => {
    expect(() => parseRevocations('a: [', 'r.yaml')).toThrow(/r\.yaml: bukan YAML yang valid/);
    expect(() => parseRevocations('- 2026-7K3M-Q9TD-4HXA', 'r.yaml')).toThrow(/r\.yaml: harus berisi pasangan/);
  });
});

describe('certificate.publicKeys in the site configuration', () => {
  const valid = { ...site, siteUrl: 'https://netral.example.go.id' };
  const withKeys = (publicKeys: unknown) => ({ ...valid, certificate: { ...valid.certificate, publicKeys } });

  test('accepts a key as npm run keys prints it', () => {
    expect(() => defineSiteConfig(withKeys([{ id: 'Ab3dE5fG', key: 'X0H-ineb9vVJ5GP5rDVVKwcmzFmGuvFAEOqnEM0Jizg', holder: 'Tim' }]))).not.toThrow();
  });

  test('rejects a key that is not 32 bytes of strict base64url, and duplicate ids', () => {
    expect(() => defineSiteConfig(withKeys([{ id: 'abcd', key: 'X0H-ineb9vVJ5GP5rDVVKwcmzFmGuvFAEOqnEM0Jizh', holder: 'Tim' }]))).toThrow(/publicKeys\.0\.key/);
    expect(() => defineSiteConfig(withKeys([{ id: 'abcd', key: 'short', holder: 'Tim' }]))).toThrow(/publicKeys\.0\.key/);
    const key = { id: 'abcd', key: 'X0H-ineb9vVJ5GP5rDVVKwcmzFmGuvFAEOqnEM0Jizg', holder: 'Tim' };
    expect(() => defineSiteConfig(withKeys([key, key]))).toThrow(/setiap id kunci harus berbeda/);
  });
});
