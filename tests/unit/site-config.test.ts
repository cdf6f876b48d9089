import { describe, expect, test } from 'vitest';
import { defineSiteConfig } from '../../src/schemas/site-config';
import site from '../../src/site.config';

const valid = {
  title: 'Netral',
  description: 'D',
  agency: { name: 'BKPSDM', unit: 'BKPSDM', city: 'Kota Malang', logo: '/logo.svg' },
  basePath: '/',
  signatory: { name: 'Nama', nip: '197503152000032001', title: 'Kepala' },
  passMark: 80,
  courseJp: 4,
  postTest: { mix: { 'netralitas-asn': 4 }, attempts: 3, timeLimitMinutes: null },
  preTestMix: { 'netralitas-asn': 2 },
  certificate: { requireAllLessons: false, publicKeys: [] },
};

describe('defineSiteConfig()', () => {
  test('accepts the shipped configuration', () => {
    expect(site.passMark).toBeGreaterThan(0);
    expect(site.basePath).toMatch(/^\/.*\/$|^\/$/);
  });

  test('accepts a complete configuration', () => {
    expect(defineSiteConfig(valid).agency.city).toBe('Kota Malang');
  });

  test('lists every invalid field in one message naming the file', () => {
    const bad = { ...valid, basePath: 'netral', passMark: 120, signatory: { ...valid.signatory, nip: '123' } };
    expect(() => defineSiteConfig(bad)).toThrow(/src\/site\.config\.ts[\s\S]*basePath[\s\S]*signatory\.nip[\s\S]*passMark/);
  });

  test('rejects a logo outside public/ or of another type', () => {
    expect(() => defineSiteConfig({ ...valid, agency: { ...valid.agency, logo: 'logo.gif' } })).toThrow(/agency\.logo/);
  });
});
