import { describe, expect, test } from 'vitest';
import { formatDate, formatDay, formatDuration, formatMoment, formatNumber, minutesToJp, splitMinutes } from '../../src/lib/format';

describe('formatNumber()', () => {
  test('shows at most one decimal with a decimal comma', () => {
    expect(formatNumber(86.66)).toBe('86,7');
    expect(formatNumber(78.8235)).toBe('78,8');
    expect(formatNumber(3.5)).toBe('3,5');
  });
  test('shows whole numbers without decimals', () => {
    expect(formatNumber(80)).toBe('80');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(99.96)).toBe('100');
  });
  test('groups thousands the Indonesian way', () => {
    expect(formatNumber(1234)).toBe('1.234');
  });
  test('never shows a negative zero', () => {
    expect(formatNumber(-0.01)).toBe('0');
  });
});

describe('formatDate()', () => {
  test('writes a calendar date with the Indonesian month name', () => {
    expect(formatDate(new Date('2026-11-23'))).toBe('23 November 2026');
    expect(formatDate('2026-01-20')).toBe('20 Januari 2026');
    expect(formatDate('2026-05-03T00:00:00Z')).toBe('3 Mei 2026');
  });
  test('reads the date in UTC, whatever the device zone', () => {
    expect(formatDate('2026-08-17T23:30:00Z')).toBe('17 Agustus 2026');
  });
  test('gives an empty string for an invalid date', () => {
    expect(formatDate('not a date')).toBe('');
  });
});

describe('formatDay() and formatMoment()', () => {
  test('show the day and time in the given zone', () => {
    // 23:00 UTC on 2 May is already 3 May at 08.00 in Jayapura (WIT).
    expect(formatDay('2026-05-02T23:00:00Z', 'Asia/Jayapura')).toBe('3 Mei 2026');
    expect(formatMoment('2026-05-02T23:00:00Z', 'Asia/Jayapura')).toBe('3 Mei 2026 pukul 08.00');
    expect(formatMoment('2026-05-01T08:05:00Z', 'Asia/Jakarta')).toBe('1 Mei 2026 pukul 15.05');
  });
  test('give an empty string for an invalid moment', () => {
    expect(formatMoment('')).toBe('');
    expect(formatDay(Number.NaN)).toBe('');
  });
});

describe('formatDuration()', () => {
  test('writes minutes and seconds, and hours from an hour on', () => {
    expect(formatDuration(245_000)).toBe('4:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(0)).toBe('0:00');
  });
  test('rounds elapsed time down and time left up', () => {
    expect(formatDuration(59_400)).toBe('0:59');
    expect(formatDuration(59_400, 'up')).toBe('1:00');
    expect(formatDuration(1, 'up')).toBe('0:01');
  });
  test('never shows negative time', () => {
    expect(formatDuration(-5_000, 'up')).toBe('0:00');
  });
});

describe('splitMinutes() and minutesToJp()', () => {
  test('split minutes into hours and minutes', () => {
    expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 });
  });
  test('count lesson hours of 45 minutes, rounded up', () => {
    expect(minutesToJp(90)).toBe(2);
    expect(minutesToJp(91)).toBe(3);
  });
});
