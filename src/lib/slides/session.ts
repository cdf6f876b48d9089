// A trainer's session across lessons: the plan (lessons in order, optionally single sections, planned
// minutes per part), how it travels in an address or a file the trainer keeps, its agenda, and the
// ready-made 60- and 90-minute sessions per module. Pure; the planner, the session deck and the session
// handout (browser) and the unit tests share it.
//
// Plan in an address (version 1): ?p=<part>,<part>…&n=<name>, each part "<lesson id>~<minutes>[~<s>.<s>…]"
// with the lesson id as in the course ("netralitas-asn/01-apa-itu-netralitas") and the sections as
// 1-based section numbers of that lesson (none: the whole lesson).
// Plan in a file (version 1): { "app": "netral-session", "v": 1, "name": string, "parts": SessionPart[] }.

/** One part of a session: a lesson, or some of its sections, with the minutes planned for it. */
export interface SessionPart {
  lesson: string;
  minutes: number;
  /** 1-based section numbers to show; empty for the whole lesson. */
  sections: number[];
}

export interface SessionPlan {
  name: string;
  parts: SessionPart[];
}

/** What the session needs to know of a lesson (from /presentasi/katalog.json). */
export interface CatalogLesson {
  id: string;
  module: string;
  moduleTitle: string;
  title: string;
  /** Minutes the lesson takes, as its author planned. */
  duration: number;
  /** Deck page, relative to the base. */
  deck: string;
  /** Handout page (both editions), relative to the base. */
  handout: string;
}

/** Longest plan accepted (an address stays well under browsers' limits). */
export const MAX_PARTS = 40;
const MAX_MINUTES = 600;
const LESSON_ID = /^[a-z0-9-]+\/[a-z0-9-]+$/;

/** The plan as address parameters. */
export function planToParams(plan: SessionPlan): URLSearchParams {
  const params = new URLSearchParams();
  params.set('p', plan.parts.map((p) => [p.lesson, String(p.minutes), ...(p.sections.length ? [p.sections.join('.')] : [])].join('~')).join(','));
  if (plan.name) params.set('n', plan.name);
  return params;
}

/** A plan read from address parameters, keeping only parts naming a known lesson; null when none is left. */
export function planFromParams(params: URLSearchParams, known: ReadonlySet<string>): SessionPlan | null {
  const parts: SessionPart[] = [];
  for (const raw of (params.get('p') ?? '').split(',').slice(0, MAX_PARTS)) {
    const [lesson = '', minutes = '', sections = ''] = raw.split('~');
    const part = cleanPart({ lesson, minutes: Number(minutes), sections: sections ? sections.split('.').map(Number) : [] }, known);
    if (part) parts.push(part);
  }
  return parts.length ? { name: (params.get('n') ?? '').slice(0, 120), parts } : null;
}

/** The plan as a file the trainer keeps. */
export function planToFile(plan: SessionPlan): string {
  return JSON.stringify({ app: 'netral-session', v: 1, name: plan.name, parts: plan.parts }, null, 2);
}

/** A plan read from a kept file, or null when the text is not one (never trust a file). */
export function planFromFile(text: string, known: ReadonlySet<string>): SessionPlan | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const file = raw as Record<string, unknown>;
  if (file['app'] !== 'netral-session' || file['v'] !== 1 || !Array.isArray(file['parts'])) return null;
  const parts = file['parts']
    .slice(0, MAX_PARTS)
    .map((p: unknown) => (p && typeof p === 'object' ? cleanPart(p as Record<string, unknown>, known) : null))
    .filter((p): p is SessionPart => p !== null);
  return parts.length ? { name: typeof file['name'] === 'string' ? file['name'].slice(0, 120) : '', parts } : null;
}

function cleanPart(raw: { lesson?: unknown; minutes?: unknown; sections?: unknown }, known: ReadonlySet<string>): SessionPart | null {
  const { lesson, minutes, sections } = raw;
  if (typeof lesson !== 'string' || !LESSON_ID.test(lesson) || !known.has(lesson)) return null;
  const m = typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES ? minutes : null;
  if (m === null) return null;
  const s = Array.isArray(sections) ? [...new Set(sections.filter((n): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 99))].sort((a, b) => a - b) : [];
  return { lesson, minutes: m, sections: s };
}

/** A short stable id for a plan's deck (its windows share state and timer by it). */
export function planId(plan: SessionPlan): string {
  const text = planToParams(plan).get('p') ?? '';
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return `sesi-${(h >>> 0).toString(36)}`;
}

/**
 * What to call a session: its name, else its lessons' titles (each once, in order): one or two joined by
 * " · ", more as the first and a count of the others, worded by `more` (the caller's dictionary).
 */
export function sessionTitle(plan: SessionPlan, titleOf: (lesson: string) => string, more: (first: string, others: number) => string): string {
  if (plan.name.trim()) return plan.name.trim();
  const titles = [...new Set(plan.parts.map((p) => p.lesson))].map(titleOf);
  return titles.length <= 2 ? titles.join(' · ') : more(titles[0] ?? '', titles.length - 1);
}

export interface AgendaRow {
  part: SessionPart;
  /** Minutes from the session's start. */
  start: number;
  end: number;
}

/** The agenda: each part's planned start and end, in minutes from the start. */
export function agenda(plan: SessionPlan): AgendaRow[] {
  let at = 0;
  return plan.parts.map((part) => {
    const row = { part, start: at, end: at + part.minutes };
    at += part.minutes;
    return row;
  });
}

/** "0:45" for 45 minutes, "1:30" for 90. */
export function formatMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * A ready-made session of about `minutes` for a module: its lessons in order, each with its planned
 * duration, as many as fit; a lesson that would overrun is given the minutes left when at least half of
 * its duration remains. Every plan has at least the module's first lesson.
 */
export function readyMadeSession(lessons: readonly CatalogLesson[], minutes: number, name: string): SessionPlan {
  const parts: SessionPart[] = [];
  let left = minutes;
  for (const lesson of lessons) {
    if (lesson.duration <= left) {
      parts.push({ lesson: lesson.id, minutes: lesson.duration, sections: [] });
      left -= lesson.duration;
    } else {
      if (left * 2 >= lesson.duration) parts.push({ lesson: lesson.id, minutes: left, sections: [] });
      break;
    }
  }
  if (!parts.length && lessons[0]) parts.push({ lesson: lessons[0].id, minutes, sections: [] });
  return { name, parts };
}
