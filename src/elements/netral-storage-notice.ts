// <netral-storage-notice>: shows the store's notices (storage disabled, corrupt or newer data, quota) in
// Indonesian. Strings come from data-strings, record labels from data-records.
import type { GroupStrings } from '../i18n/groups';
import type { Notice } from '../lib/storage';
import { fill, h, KitElement, lateStyles, readJson, readStrings } from './kit';
import { getStore } from './storage';

class NetralStorageNotice extends KitElement {
  #strings!: GroupStrings<'storageNotice'>;
  #records: Record<string, string> = {};

  protected async start(): Promise<void> {
    // The notices' styles come with this code (idle-elements.css): nothing shows before they are here.
    await lateStyles();
    this.#strings = readStrings<'storageNotice'>(this);
    this.#records = readJson<Record<string, string>>(this, 'records', {});
    const store = getStore();
    const render = () => this.#render(store.notices());
    render();
    this.watch(store, (event) => {
      if (event.type === 'notices') render();
    });
  }

  #render(notices: readonly Notice[]): void {
    const s = this.#strings;
    const box = this.querySelector<HTMLElement>('[data-notices]');
    if (!box) return;
    const label = (name?: string) => (name && this.#records[name]) || s['storage.recordOther'];
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
