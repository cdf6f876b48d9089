// <netral-session-planner>: a trainer picks lessons in order (optionally single sections), sets the
// minutes of each part, names the session, and gets the session's deck, its two handouts, a link that
// reopens the same plan and a file to keep (src/lib/slides/session.ts has both formats). The plan is
// kept in the address as it changes, so a reload or a bookmark keeps it.
// Attributes: data-catalog (JSON CatalogLesson[]), data-strings (group "sessionPlanner").
import { downloadFile, fill, h, KitElement, readJson, readStrings, setText } from './kit';
import { planFromFile, planFromParams, planToFile, planToParams, type CatalogLesson, type SessionPlan } from '../lib/slides/session';
import { sessionHandoutPath } from '../lib/slides/paths';

export class NetralSessionPlanner extends KitElement {
  #plan: SessionPlan = { name: '', parts: [] };
  #catalog = new Map<string, CatalogLesson>();
  #strings = readStrings<'sessionPlanner'>(this);

  protected start(): void {
    this.#strings = readStrings<'sessionPlanner'>(this);
    const catalog = readJson<CatalogLesson[]>(this, 'catalog', []);
    this.#catalog = new Map(catalog.map((l) => [l.id, l]));
    this.#plan = planFromParams(new URLSearchParams(location.search), new Set(this.#catalog.keys())) ?? { name: '', parts: [] };
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('[disabled]')) control.disabled = false;
    for (const add of this.querySelectorAll<HTMLButtonElement>('[data-add]')) {
      this.listen(add, 'click', () => {
        const lesson = this.#catalog.get(add.dataset['add'] ?? '');
        if (!lesson) return;
        this.#plan.parts.push({ lesson: lesson.id, minutes: lesson.duration, sections: [] });
        this.#update(true);
      });
    }
    const name = this.querySelector<HTMLInputElement>('[data-name]');
    if (name) {
      name.value = this.#plan.name;
      this.listen(name, 'input', () => {
        this.#plan.name = name.value.slice(0, 120);
        this.#update(false);
      });
    }
    this.listen(this.querySelector('[data-copy]') ?? this, 'click', () => {
      const field = this.querySelector<HTMLInputElement>('[data-link]');
      void navigator.clipboard?.writeText(field?.value ?? '').then(() => setText(this, '[data-planner-status]', this.#strings['session.copied']));
    });
    this.listen(this.querySelector('[data-download]') ?? this, 'click', () => downloadFile('rencana-sesi.json', planToFile(this.#plan), 'application/json'));
    const file = this.querySelector<HTMLInputElement>('[data-open-file]');
    if (file) {
      this.listen(file, 'change', async () => {
        const text = await file.files?.[0]?.text();
        const plan = text ? planFromFile(text, new Set(this.#catalog.keys())) : null;
        setText(this, '[data-planner-status]', plan ? '' : this.#strings['session.fileInvalid']);
        if (plan) {
          this.#plan = plan;
          if (name) name.value = plan.name;
          this.#update(true);
        }
      });
    }
    this.#update(true);
  }

  /** Shows the plan; `rebuild` redraws the list of parts (not while the trainer types in it). */
  #update(rebuild: boolean): void {
    const params = planToParams(this.#plan);
    const query = this.#plan.parts.length ? `?${params.toString()}` : '';
    history.replaceState(history.state, '', `${location.pathname}${query}`);
    const base = document.documentElement.dataset['base'] ?? '/';
    const ready = this.#plan.parts.length > 0;
    const links: [string, string][] = [
      ['[data-run]', `${base}presentasi/sesi/${query}`],
      ['[data-handout-peserta]', `${base}${sessionHandoutPath('peserta', params)}`],
      ['[data-handout-fasilitator]', `${base}${sessionHandoutPath('fasilitator', params)}`],
    ];
    for (const [selector, href] of links) {
      const a = this.querySelector<HTMLAnchorElement>(selector);
      if (!a) continue;
      a.href = href;
      a.toggleAttribute('hidden', !ready);
    }
    const link = this.querySelector<HTMLInputElement>('[data-link]');
    if (link) link.value = ready ? new URL(`${base}presentasi/sesi/${query}`, location.href).href : '';
    const total = this.#plan.parts.reduce((sum, p) => sum + p.minutes, 0);
    setText(this, '[data-total]', fill(this.#strings['session.total'], { n: total }));
    if (rebuild) this.#renderParts();
  }

  #renderParts(): void {
    const list = this.querySelector<HTMLOListElement>('[data-parts]');
    if (!list) return;
    const items = this.#plan.parts.map((part, i) => {
      const lesson = this.#catalog.get(part.lesson);
      const title = lesson?.title ?? part.lesson;
      const minutes = h('input', { attrs: { type: 'number', min: '1', max: '600', id: `menit-${i}`, value: String(part.minutes), inputmode: 'numeric' } });
      this.listen(minutes, 'input', () => {
        const n = Number(minutes.value);
        if (Number.isInteger(n) && n >= 1 && n <= 600) {
          part.minutes = n;
          this.#update(false);
        }
      });
      const sections = h('input', { attrs: { type: 'text', id: `bagian-${i}`, value: part.sections.join(', '), inputmode: 'numeric', autocomplete: 'off' } });
      this.listen(sections, 'input', () => {
        part.sections = [...new Set(sections.value.split(/[^0-9]+/).filter(Boolean).map(Number).filter((n) => n >= 1 && n <= 99))].sort((a, b) => a - b);
        this.#update(false);
      });
      const button = (text: string, action: () => void, disabled = false) => {
        const b = h('button', { class: 'button button--quiet', text: `${text}`, attrs: { type: 'button', 'aria-label': `${text}: ${title}` } });
        b.disabled = disabled;
        this.listen(b, 'click', () => {
          action();
          this.#update(true);
        });
        return b;
      };
      const move = (to: number) => () => {
        const [moved] = this.#plan.parts.splice(i, 1);
        if (moved) this.#plan.parts.splice(to, 0, moved);
      };
      return h('li', { class: 'planner__part' }, [
        h('p', { class: 'planner__title', text: title }),
        h('div', { class: 'planner__fields' }, [
          h('label', { attrs: { for: `menit-${i}` } }, [h('span', { text: this.#strings['session.minutesLabel'] }), minutes]),
          h('label', { attrs: { for: `bagian-${i}` } }, [h('span', { text: this.#strings['session.sections'] }), sections]),
        ]),
        h('div', { class: 'planner__tools' }, [
          button(this.#strings['session.up'], move(i - 1), i === 0),
          button(this.#strings['session.down'], move(i + 1), i === this.#plan.parts.length - 1),
          button(this.#strings['session.remove'], () => this.#plan.parts.splice(i, 1)),
        ]),
      ]);
    });
    list.replaceChildren(...items);
    const none = this.querySelector<HTMLElement>('[data-none]');
    if (none) none.hidden = items.length > 0;
  }
}

customElements.define('netral-session-planner', NetralSessionPlanner);
