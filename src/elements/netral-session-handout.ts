// <netral-session-handout>: a session's handout assembled in the browser from the lessons' handout pages
// (see handout-assembly.ts), so no handout is built twice. Reads the plan from the address; the edition is
// the page's mode ("?fasilitator", see PrintLayout), which the lessons' trainer-only parts follow.
import { fill, h, KitElement, readStrings, setText } from './kit';
import { lessonHandouts } from './handout-assembly';
import { agenda, formatMinutes, planFromParams, sessionTitle, type CatalogLesson } from '../lib/slides/session';

export class NetralSessionHandout extends KitElement {
  protected async start(): Promise<void> {
    const strings = readStrings<'sessionPlanner'>(this);
    const base = document.documentElement.dataset['base'] ?? '/';
    const catalog = (await (await fetch(`${base}presentasi/katalog.json`)).json()) as CatalogLesson[];
    const byId = new Map(catalog.map((l) => [l.id, l]));
    const plan = planFromParams(new URLSearchParams(location.search), new Set(byId.keys()));
    if (!plan) return;
    // Named after the session, else its lessons (also the file name of a PDF saved from the print dialog).
    const name = sessionTitle(plan, (id) => byId.get(id)!.title, (first, n) => fill(strings['session.titleMore'], { first, n }));
    setText(this, '[data-session-name]', name);
    document.title = `${name} · ${document.title}`;
    this.querySelector('[data-session-agenda]')?.replaceChildren(
      ...agenda(plan).map((row) => h('li', { text: `${formatMinutes(row.start)}–${formatMinutes(row.end)} · ${byId.get(row.part.lesson)!.title} (${fill(strings['session.minutes'], { n: row.part.minutes })})` })),
    );
    const lessons = [...new Set(plan.parts.map((p) => p.lesson))];
    const articles = await lessonHandouts(lessons.map((id) => byId.get(id)!.handout), strings['session.loadFailed']);
    this.querySelector('[data-session-lessons]')?.replaceChildren(...articles);
  }
}

customElements.define('netral-session-handout', NetralSessionHandout);
