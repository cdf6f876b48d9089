// <netral-storage-notice>: shows the store's notices (storage disabled, corrupt or newer data, quota) in
// Indonesian. Its strings (with the labels of the records a notice names) come from /teks.json, fetched only
// when there is a notice to show (lateStrings()).
import type { GroupStrings } from '../i18n/groups';
import type { Notice } from '../lib/storage';
import { fill, h, KitElement, lateStringsOrNull, lateStyles } from './kit';
import { getStore } from './storage';

/** The label of each record a notice may name, by record name; features that add a record add its label here. */
const recordLabels = {
  attempts: 'storage.recordAttempts',
  checks: 'storage.recordChecks',
  progress: 'storage.recordProgress',
  identity: 'storage.recordIdentity',
  'exam-terms': 'storage.recordExamTerms',
  'class-record': 'storage.recordClass',
  'answers-shown': 'storage.recordAnswersShown',
  opened: 'storage.recordOpened',
  dilemmas: 'storage.recordDilemmas',
} as const satisfies Record<string, keyof GroupStrings<'storageNotice'>>;

class NetralStorageNotice extends KitElement {
  protected async start(): Promise<void> {
    // The notices' styles come with this code (idle-elements.css): nothing shows before they are here.
    await lateStyles();
    const store = getStore();
    const render = () => void this.#render(store.notices());
    render();
    this.watch(store, (event) => {
      if (event.type === 'notices') render();
    });
  }

  async #render(notices: readonly Notice[]): Promise<void> {
    const box = this.querySelector<HTMLElement>('[data-notices]');
    if (!box || (!notices.length && !box.childElementCount)) return;
    // Nothing to say it with when the strings file is unreachable; the store keeps working as it does.
    const s = await lateStringsOrNull('storageNotice');
    if (!s) return;
    const label = (name?: string) =>
      (name && Object.hasOwn(recordLabels, name) ? s[recordLabels[name as keyof typeof recordLabels]] : '') || s['storage.recordOther'];
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
