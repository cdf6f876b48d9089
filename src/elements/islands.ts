// Loads the code of the site's shared custom elements only on pages that have them, and only when they
// are needed, the way Astro's client:idle and client:visible directives load framework islands. Every
// page built on Base.astro runs this one small script; each element's code is a separate chunk.
//
// - "idle": once the page has loaded and the browser has a quiet moment: search, theme switch, progress
//   marks and the lesson's own progress, storage notices, the service worker and its update prompt, and
//   the knowledge check (fetched while the learner reads, so it works even if the connection drops before
//   they reach it). None of these is needed to read.
// - "visible": when the element comes within one screen of the viewport (a dilemma, which then shows one
//   step at a time; it works through in-page links without its code).
//
// Before its code arrives an element shows its server-rendered HTML, with its controls disabled where
// they need the code; the lesson reads in full without any of it. Elements used on one page only (the
// exam, certificate, presenter…) are imported by their page's component as usual.

import { loadIdleElements, whenIdle } from './idle';

type Strategy = 'idle' | 'visible';
type Load = () => Promise<unknown>;

// Every "idle" element is in one chunk (idle-elements.ts), loaded with one stylesheet of what they show once
// they run (idle.ts): two requests however many a page has.
const idle: Load = loadIdleElements;

/** What each element needs to start, and where its code is. */
const islands: Record<string, [Strategy, Load]> = {
  'netral-search': ['idle', idle],
  'netral-definition': ['idle', idle],
  'netral-journey': ['idle', idle],
  'netral-theme': ['idle', idle],
  'netral-sw': ['idle', idle],
  'netral-storage-notice': ['idle', idle],
  'netral-progress-marks': ['idle', idle],
  // On one or two pages each (home, about, trainer home): chunks of their own, so lessons do not load them.
  'netral-continue': ['idle', () => import('./netral-continue')],
  'netral-offline': ['idle', () => import('./netral-offline')],
  'netral-trainer-offline': ['idle', () => import('./netral-trainer-offline')],
  'netral-quiz': ['idle', idle],
  'netral-scenario': ['visible', () => import('./netral-scenario')],
  'netral-lesson-progress': ['idle', idle],
  'netral-resume': ['idle', idle],
};

/** Runs `task` once any of `elements` is within one viewport height of the screen. */
function whenVisible(elements: Element[], task: () => void): void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      task();
    },
    { rootMargin: '100% 0px' },
  );
  for (const element of elements) observer.observe(element);
}

const started = new Set<Load>();
for (const [tag, [strategy, load]] of Object.entries(islands)) {
  const elements = [...document.querySelectorAll(tag)];
  if (!elements.length || started.has(load)) continue;
  started.add(load);
  // A failed chunk (offline before the service worker cached it) leaves the server-rendered HTML.
  const start = () => void load().catch(() => undefined);
  if (strategy === 'idle') whenIdle(start);
  else whenVisible(elements, start);
}
