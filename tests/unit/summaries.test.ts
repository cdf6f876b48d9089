// Module summaries: the schema refuses items without a regulation citation or too long for one A4 page,
// and every module of the course has a summary whose citations name regulations in the library.
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { summarySchema } from '../../src/schemas/summary';

const schema = summarySchema(z.string(), z.string());
const item = { text: 'Jaga netralitas.', citation: { regulation: 'uu-20-2023', article: 'Pasal 24 ayat (1)' } };
const valid = { module: 'netralitas-asn', style: 'lakukan-hindari', do: [item, item], dont: [item, item] };

describe('summarySchema()', () => {
  test('accepts items citing a regulation or ruling', () => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse({ ...valid, dont: [item, { text: 'x', citation: { ruling: 'putusan-mk-136-2024' } }] }).success).toBe(true);
  });

  test('refuses an item without a citation, a guidance as its source, or text too long for the page', () => {
    expect(schema.safeParse({ ...valid, do: [item, { text: 'x' }] }).success).toBe(false);
    expect(schema.safeParse({ ...valid, do: [item, { text: 'x', citation: { guidance: 'bkn-pose-foto-2023' } }] }).success).toBe(false);
    const long = schema.safeParse({ ...valid, do: [item, { ...item, text: 'a'.repeat(221) }] });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toContain('satu halaman A4');
  });

  test('refuses a style other than boleh-tidak or lakukan-hindari', () => {
    expect(schema.safeParse({ ...valid, style: 'ya-tidak' }).success).toBe(false);
  });
});

describe('content/summaries/', () => {
  const modules = readdirSync('content/modules').map((f) => f.replace(/\.yaml$/, ''));
  const regulations = new Set(readdirSync('content/regulations').map((f) => f.replace(/\.yaml$/, '')));

  test('every module has a summary, and every citation names a regulation in content/regulations/', () => {
    for (const module of modules) {
      const data = schema.parse(parse(readFileSync(`content/summaries/${module}.yaml`, 'utf8')));
      expect(data.module).toBe(module);
      for (const entry of [...data.do, ...data.dont]) {
        const id = 'regulation' in entry.citation ? entry.citation.regulation : entry.citation.ruling;
        expect(regulations.has(id as string), `${module}: ${id}`).toBe(true);
      }
    }
  });

  test('no summary teaches a superseded rule as current: no KASN as supervisor, no UU 5/2014, no 2019 thresholds', () => {
    for (const module of modules) {
      const text = readFileSync(`content/summaries/${module}.yaml`, 'utf8');
      expect(text).not.toMatch(/regulation: (uu-5-2014|perkom-kpk-2-2019|pp-53-2010|permenpanrb-37-2012)/);
    }
  });
});
