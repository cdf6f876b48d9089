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
    const polite = this.querySelector<HTMLElement>('[data-polite]');
    const urgent = this.querySelector<HTMLElement>('[data-urgent]');
    if (!polite || !urgent) return;
    const label = (name?: string) => (name && records[name]) || strings.recordOther;
    const message = (n: Notice) => {
      const template =
        n.code === 'corrupt' ? (n.backupKey ? strings.corrupt : strings.corruptKept) : strings[n.code];
      return template.replace('{record}', label(n.record));
    };
    const paragraph = (n: Notice) => {
      const p = document.createElement('p');
      p.className = `notice ${n.code === 'disabled' || n.code === 'newer' ? 'notice--warning' : 'notice--danger'}`;
      p.dataset['code'] = n.code;
      p.textContent = message(n);
      return p;
    };
    // Losing data (corrupt, full) is urgent; working without saving is stated politely.
    const isUrgent = (n: Notice) => n.code === 'corrupt' || n.code === 'quota';
    syncChildren(polite, notices.filter((n) => !isUrgent(n)).map(paragraph));
    syncChildren(urgent, notices.filter(isUrgent).map(paragraph));
  }
}

// Replace the region's paragraphs only when the text changed, so screen readers do not repeat them.
function syncChildren(region: HTMLElement, next: HTMLElement[]): void {
  const current = [...region.children].map((c) => c.textContent).join('\n');
  if (current === next.map((n) => n.textContent).join('\n')) return;
  region.replaceChildren(...next);
}

customElements.define('netral-storage-notice', NetralStorageNotice);
