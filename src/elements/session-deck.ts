// Joins the decks of a session's lessons into one deck before <netral-deck> starts: reads the plan from
// the address (src/lib/slides/session.ts), fetches each lesson's deck page (cached by the service worker
// once trainer material is saved for offline use), keeps the chosen sections, renumbers the slides, makes
// ids unique, and puts an agenda slide first. Browser only; loaded by netral-deck.ts for data-session.
import { fill, h, readStrings } from './kit';
import { agenda, formatMinutes, planFromParams, planId, sessionTitle, type CatalogLesson } from '../lib/slides/session';

/** Fetches and joins the session's slides into `deck`; throws (the deck shows its broken state) if it cannot. */
export async function assembleSession(deck: HTMLElement): Promise<void> {
  const strings = readStrings<'deck'>(deck);
  const session = readStrings<'sessionPlanner'>(deck.querySelector<HTMLElement>('[data-session-strings]') ?? deck);
  const base = document.documentElement.dataset['base'] ?? '/';
  const catalog = (await (await fetch(`${base}presentasi/katalog.json`)).json()) as CatalogLesson[];
  const byId = new Map(catalog.map((l) => [l.id, l]));
  const plan = planFromParams(new URLSearchParams(location.search), new Set(byId.keys()));
  const stage = deck.querySelector<HTMLElement>('.deck__stage');
  if (!plan || !stage) throw new Error(session['session.empty']);
  deck.dataset['deck'] = planId(plan);
  // The session's name, else its lessons: in the presenter bar, the window titles and the agenda's footer.
  const title = sessionTitle(plan, (id) => byId.get(id)!.title, (first, n) => fill(session['session.titleMore'] ?? '', { first, n }));

  const pages = await Promise.all(
    plan.parts.map(async (part) => {
      const response = await fetch(`${base}${byId.get(part.lesson)!.deck}`);
      if (!response.ok) throw new Error(session['session.loadFailed']);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    }),
  );
  // Lesson components bring their own stylesheets: take the ones this page lacks.
  const have = new Set([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href));
  for (const page of pages) {
    for (const link of page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
      const href = new URL(link.getAttribute('href') ?? '', location.href).href;
      if (have.has(href)) continue;
      have.add(href);
      document.head.append(h('link', { attrs: { rel: 'stylesheet', href } }));
    }
  }

  const rows = agenda(plan);
  const frames: HTMLElement[] = [agendaFrame(plan.name || session['session.title'], title, rows.map((r) => ({ ...r, title: byId.get(r.part.lesson)!.title })), session)];
  rows.forEach((row, n) => {
    const lesson = byId.get(row.part.lesson)!;
    const keep = row.part.sections.map(String);
    const part = fill(session['session.part'], { n: n + 1, total: rows.length, title: lesson.title, minutes: row.part.minutes });
    for (const frame of pages[n]!.querySelectorAll<HTMLElement>('.deck__frame')) {
      const section = frame.dataset['section'] ?? '';
      if (keep.length && section !== '0' && section !== 'end' && !keep.includes(section)) continue;
      const copy = document.importNode(frame, true);
      uniqueIds(copy, `p${n + 1}-`);
      copy.dataset['part'] = part;
      frames.push(copy);
    }
  });
  // Number the joined slides again: counters, labels and overview buttons.
  const total = frames.length;
  frames.forEach((frame, i) => {
    const heading = frame.dataset['heading'] ?? '';
    const label = fill(strings['slides.slideLabel'], { n: i + 1, total, title: heading });
    frame.dataset['index'] = String(i);
    frame.dataset['title'] = label;
    frame.querySelector('.slide')?.setAttribute('aria-label', label);
    const counter = frame.querySelector('.slide__footer > :last-child');
    if (counter) counter.textContent = fill(strings['slides.counter'], { n: i + 1, total });
    const pick = frame.querySelector<HTMLElement>('[data-pick]');
    if (pick) {
      pick.dataset['pick'] = String(i);
      pick.setAttribute('aria-label', fill(strings['slides.pick'], { n: i + 1, title: heading }));
    }
  });
  stage.replaceChildren(h('div', { class: 'deck__slides', data: { total: String(total) } }, frames));
  document.title = fill(strings['slides.deckTitle'], { title });
  const presenter = deck.closest<HTMLElement>('netral-presenter');
  if (presenter) presenter.dataset['presenterTitle'] = fill(strings['slides.presenterTitle'], { title });
  for (const name of document.querySelectorAll('[data-deck-title]')) name.textContent = title;
  // Dilemmas inside the joined slides: their code was not asked for by this page's own HTML.
  if (stage.querySelector('netral-scenario')) await import('./netral-scenario');
}

function agendaFrame(heading: string, title: string, rows: { start: number; end: number; title: string; part: { minutes: number } }[], session: Record<string, string>): HTMLElement {
  const total = rows.reduce((sum, r) => sum + r.part.minutes, 0);
  const slide = h('section', { class: 'slide slide--agenda', attrs: { 'aria-roledescription': 'slide' } }, [
    h('div', { class: 'slide__body' }, [
      h('p', { class: 'slide__eyebrow', text: session['session.agenda'] ?? '' }),
      h('h1', { text: heading }),
      h(
        'ol',
        { class: 'agenda' },
        rows.map((r) =>
          h('li', {}, [
            h('span', { class: 'agenda__time', text: `${formatMinutes(r.start)}–${formatMinutes(r.end)}` }),
            h('span', { text: r.title }),
            h('span', { class: 'agenda__minutes', text: fill(session['session.minutes'] ?? '', { n: r.part.minutes }) }),
          ]),
        ),
      ),
      h('p', { class: 'agenda__total', text: fill(session['session.total'] ?? '', { n: total }) }),
    ]),
    h('footer', { class: 'slide__footer' }, [h('span', { text: title }), h('span')]),
  ]);
  const frame = h('div', { class: 'deck__frame', data: { section: '0', heading: session['session.agenda'] ?? '', part: session['session.agenda'] ?? '' } }, [
    slide,
    h('aside', { class: 'deck__frame-notes' }, [h('p', { class: 'deck__no-notes', text: fill(session['session.total'] ?? '', { n: total }) })]),
    h('button', { class: 'deck__pick', attrs: { type: 'button' }, data: { pick: '0' }, hidden: true }),
  ]);
  return frame;
}

/** Prefixes every id in `root` (and what points at it) so a lesson's ids do not repeat in the session. */
function uniqueIds(root: HTMLElement, prefix: string): void {
  const ids = new Set<string>();
  for (const el of root.querySelectorAll<HTMLElement>('[id]')) {
    // A dilemma's steps are found by their anchors (data-start, data-next): they keep them.
    if (el.id.startsWith('dilema-')) continue;
    ids.add(el.id);
    el.id = prefix + el.id;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[for], [aria-labelledby], [aria-describedby], a[href^="#"]')) {
    for (const attr of ['for', 'aria-labelledby', 'aria-describedby']) {
      const value = el.getAttribute(attr);
      if (value) el.setAttribute(attr, value.split(' ').map((id) => (ids.has(id) ? prefix + id : id)).join(' '));
    }
    const href = el.getAttribute('href');
    if (href?.startsWith('#') && ids.has(href.slice(1))) el.setAttribute('href', `#${prefix}${href.slice(1)}`);
  }
}
