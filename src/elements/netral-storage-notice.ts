// <netral-storage-notice>: shows the store's notices (storage disabled, corrupt or newer data, quota) in
// Indonesian. Strings and record labels come from data-strings and data-records.
import type { Notice } from '../lib/storage';
import { getStore } from './storage';

interface NoticeStrings {
  disabled: string;
  corrupt: string;
  corruptKept: string;
  newer: string;
  quota: string;
  recordOther: string;
}

class NetralStorageNotice extends HTMLElement {
  connectedCallback(): void {
    const store = getStore();
    const render = () => this.#render(store.notices());
    render();
    store.subscribe((event) => {
      if (event.type === 'notices') render();
    });
  }

  #render(notices: readonly Notice[]): void {
    const strings = JSON.parse(this.dataset['strings'] ?? '{}') as NoticeStrings;
    const records = JSON.parse(this.dataset['records'] ?? '{}') as Record<string, string>;
    const box = this.querySelector<HTMLElement>('[data-notices]');
    if (!box) return;
    const label = (name?: string) => (name && records[name]) || strings.recordOther;
    const message = (n: Notice) => {
      const template = n.code === 'corrupt' ? (n.backupKey ? strings.corrupt : strings.corruptKept) : strings[n.code];
      return template.replace('{record}', label(n.record));
    };
    // A notice already shown stays as it is, so screen readers do not repeat it; new ones are added with
    // their own live role: losing data (corrupt, full) is an alert, working without saving a status.
    const shown = new Map([...box.children].map((p) => [p.textContent ?? '', p]));
    const next = notices.map((n) => {
      const text = message(n);
      const existing = shown.get(text);
      if (existing) return existing;
      const p = document.createElement('p');
      const urgent = n.code === 'corrupt' || n.code === 'quota';
      p.className = `notice ${urgent ? 'notice--danger' : 'notice--warning'}`;
      p.setAttribute('role', urgent ? 'alert' : 'status');
      p.dataset['code'] = n.code;
      p.textContent = text;
      return p;
    });
    box.replaceChildren(...next);
  }
}

customElements.define('netral-storage-notice', NetralStorageNotice);
