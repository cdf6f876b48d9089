import { describe, expect, test } from 'vitest';
import { agenda, planFromFile, planFromParams, planId, planToFile, planToParams, readyMadeSession, sessionTitle, type CatalogLesson, type SessionPlan } from '../../src/lib/slides/session';

const known = new Set(['netralitas-asn/01-apa-itu-netralitas', 'netralitas-asn/02-larangan', 'berakhlak/01-nilai']);
const plan: SessionPlan = {
  name: 'Sesi pagi',
  parts: [
    { lesson: 'netralitas-asn/01-apa-itu-netralitas', minutes: 15, sections: [] },
    { lesson: 'netralitas-asn/02-larangan', minutes: 20, sections: [1, 3] },
  ],
};

describe('session plans', () => {
  test('travel in an address and come back the same', () => {
    const params = planToParams(plan);
    expect(params.get('p')).toBe('netralitas-asn/01-apa-itu-netralitas~15,netralitas-asn/02-larangan~20~1.3');
    expect(planFromParams(new URLSearchParams(params.toString()), known)).toEqual(plan);
  });

  test('travel in a kept file and come back the same', () => {
    expect(planFromFile(planToFile(plan), known)).toEqual(plan);
  });

  test('drop parts naming unknown lessons or impossible minutes, and refuse what is left empty', () => {
    const params = new URLSearchParams({ p: 'netralitas-asn/02-larangan~0,nope/x~10,netralitas-asn/02-larangan~10~2.x.2' });
    expect(planFromParams(params, known)?.parts).toEqual([{ lesson: 'netralitas-asn/02-larangan', minutes: 10, sections: [2] }]);
    expect(planFromParams(new URLSearchParams({ p: '../../etc~5' }), known)).toBeNull();
    expect(planFromFile('{"app":"other"}', known)).toBeNull();
    expect(planFromFile('not json', known)).toBeNull();
  });

  test('get an agenda with planned start and end per part', () => {
    expect(agenda(plan).map((r) => [r.start, r.end])).toEqual([[0, 15], [15, 35]]);
  });

  test('have a stable id that changes with the plan', () => {
    expect(planId(plan)).toBe(planId(structuredClone(plan)));
    expect(planId({ ...plan, parts: plan.parts.slice(1) })).not.toBe(planId(plan));
  });
});

describe('sessionTitle()', () => {
  const titles: Record<string, string> = { 'netralitas-asn/01-apa-itu-netralitas': 'Apa itu', 'netralitas-asn/02-larangan': 'Larangan', 'berakhlak/01-nilai': 'Nilai' };
  const titleOf = (id: string) => titles[id] ?? id;
  const more = (first: string, n: number) => `${first} + ${n} lainnya`;
  const part = (lesson: string) => ({ lesson, minutes: 10, sections: [] });

  test("is the session's name when it has one", () => {
    expect(sessionTitle(plan, titleOf, more)).toBe('Sesi pagi');
  });

  test('names one or two lessons, each once, and counts the rest after the first', () => {
    expect(sessionTitle({ name: ' ', parts: [part('berakhlak/01-nilai')] }, titleOf, more)).toBe('Nilai');
    expect(sessionTitle({ name: '', parts: plan.parts }, titleOf, more)).toBe('Apa itu · Larangan');
    expect(sessionTitle({ name: '', parts: [part('berakhlak/01-nilai'), part('berakhlak/01-nilai')] }, titleOf, more)).toBe('Nilai');
    expect(sessionTitle({ name: '', parts: [...plan.parts, part('berakhlak/01-nilai')] }, titleOf, more)).toBe('Apa itu + 2 lainnya');
  });
});

describe('readyMadeSession()', () => {
  const lesson = (n: number, duration: number): CatalogLesson => ({
    id: `m/0${n}-l`, module: 'm', moduleTitle: 'M', title: `L${n}`, duration, deck: '', handout: '',
  });
  test('takes lessons in order while they fit, and shortens the last one only when half of it fits', () => {
    const lessons = [lesson(1, 20), lesson(2, 25), lesson(3, 30)];
    expect(readyMadeSession(lessons, 60, 'x').parts.map((p) => p.minutes)).toEqual([20, 25, 15]);
    expect(readyMadeSession(lessons, 55, 'x').parts.map((p) => p.minutes)).toEqual([20, 25]);
    expect(readyMadeSession(lessons, 90, 'x').parts.map((p) => p.minutes)).toEqual([20, 25, 30]);
    expect(readyMadeSession(lessons, 60, 'x').parts.reduce((s, p) => s + p.minutes, 0)).toBeLessThanOrEqual(60);
    expect(readyMadeSession([lesson(1, 20), lesson(2, 50)], 60, 'x').parts.map((p) => p.minutes)).toEqual([20, 40]);
  });
});
