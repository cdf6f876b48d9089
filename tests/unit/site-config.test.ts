import { describe, expect, test } from 'vitest';
import { defineSiteConfig } from '../../src/schemas/site-config';
import site from '../../src/site.config';
import { validSiteConfig } from '../fixtures/site-config';

const valid = validSiteConfig;

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
