// Resume reading: the section being read and when "Lanjutkan membaca" is offered.
import { describe, expect, test } from 'vitest';
import { currentSection, parseReading, resumeTarget } from '../../src/lib/resume';

describe('currentSection()', () => {
  const headings = [
    { id: 'pengantar', top: -900 },
    { id: 'larangan', top: -40 },
    { id: 'sanksi', top: 300 },
  ];

  test('is the last heading scrolled above the line under the header', () => {
    expect(currentSection(headings, 100)).toBe('larangan');
    expect(currentSection(headings, 320)).toBe('sanksi');
  });

  test('is null above the first heading', () => {
    expect(currentSection([{ id: 'a', top: 500 }], 100)).toBeNull();
  });
});

describe('resumeTarget()', () => {
  const sections = ['pengantar', 'larangan', 'sanksi', 'contoh'];

  test('offers the saved section of a long lesson', () => {
    expect(resumeTarget('sanksi', sections)).toBe('sanksi');
  });

  test('offers nothing for the first section, a section no longer on the page, or a short lesson', () => {
    expect(resumeTarget('pengantar', sections)).toBeNull();
    expect(resumeTarget('dihapus', sections)).toBeNull();
    expect(resumeTarget(undefined, sections)).toBeNull();
    expect(resumeTarget('b', ['a', 'b'])).toBeNull();
  });
});

describe('parseReading()', () => {
  test('accepts positions and refuses anything else', () => {
    expect(parseReading({ lessons: { 'm/l': { section: 'sanksi', at: '2026-12-01T10:00:00.000Z' } } }).lessons['m/l']?.section).toBe('sanksi');
    expect(() => parseReading({ lessons: { 'm/l': { section: '', at: 'kemarin' } } })).toThrow();
  });
});
