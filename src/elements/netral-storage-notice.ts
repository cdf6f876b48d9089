// <netral-storage-notice>: shows the store's notices (storage disabled, corrupt or newer data, quota) in
// Indonesian. Its strings come with this code, not in every page's HTML: the notices and record labels
// (src/i18n/id/storage.ts, which holds exactly those) are shown only when something goes wrong, and never
// before this code has run. Only the standard broken-state message travels in data-strings.
import s from '../i18n/id/storage';
import type { Notice } from '../lib/storage';
import { fill, h, KitElement, lateStyles } from './kit';
import { getStore } from './storage';

/** The label of each record by name; features that add a record add its label here. */
const records: Record<string, string> = {
  attempts: s['storage.recordAttempts'],
  checks: s['storage.recordChecks'],
  progress: s['storage.recordProgress'],
  identity: s['storage.recordIdentity'],
  'exam-terms': s['storage.recordExamTerms'],
  'class-record': s['storage.recordClass'],
  'answers-shown': s['storage.recordAnswersShown'],
  opened: s['storage.recordOpened'],
  dilemmas: s['storage.recordDilemmas'],
};

class NetralStorageNotice extends KitElement {
  protected async start(): Promise<void> {
    // The notices' styles come with this code (idle-elements.css): nothing shows before they are here.
    await lateStyles();
    const store = getStore();
    const render = () => this.#render(store.notices());
    render();
    this.watch(store, (event) => {
      if (event.type === 'notices') render();
    });
  }

  #render(notices: readonly Notice[]): void {
    const box = this.querySelector<HTMLElement>('[data-notices]');
    if (!box) return;
    const label = (name?: string) => (name && Object.hasOwn(records, name) && records[name]) || s['storage.recordOther'];
    const message = (n: Notice) => {
      const template =
        n.code === 'corrupt' ? (n.backupKey ? s['storage.corrupt'] : s['storage.corruptKept']) : s[`storage.${n.code}`];
      return fill(template, { record: label(n.record) });
    };
    // A notice already shown stays as it is, so screen readers do not repeat it; new ones are added with
    // their own live role: losing data (corrupt, full) is an alert, working without saving a status.
    const shown = new Map([...box.children].map((p) => [p.textContent ?? '', p]));
    const next = notices.map((n) => {
      const text = message(n);
      const existing = shown.get(text);
      if (existing) return existing;
      const urgent = n.code === 'corrupt' || n.code === 'quota';
      return h('p', {
        class: `notice ${urgent ? 'notice--danger' : 'notice--warning'}`,
        text,
        attrs: { role: urgent ? 'alert' : 'status' },
        data: { code: n.code },
      });
    });
    box.replaceChildren(...next);
  }
}

customElements.define('netral-storage-notice', NetralStorageNotice);
