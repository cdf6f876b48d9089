// <netral-sign>: the trainer signing page. Loads a private key file chosen in the browser (kept in memory
// as a non-extractable CryptoKey, never stored or sent), signs pasted request codes and request or CSV
// files, shows the results and offers them as a CSV download. Data comes from data-keys, data-site,
// data-pass-mark and data-strings; learner text is only ever set with textContent.
import { batchCsv, signBatch, type BatchRow } from '../lib/cert/batch';
import { isDemoKey } from '../lib/cert/demo';
import type { Signer, TrustedKey } from '../lib/cert/keys';
import { loadSigner } from '../lib/cert/keys';
import { findRequestCodes, verificationLink } from '../lib/cert/links';
import { formatNip } from '../lib/nip';
import { fillTemplate as fill, parseJsonOr as parse } from '../lib/template';

interface SignStrings {
  keyLoaded: string;
  keyUnknown: string;
  keyDemo: string;
  keyInvalid: string;
  keyForgotten: string;
  needKey: string;
  noCodes: string;
  signing: string;
  done: string;
  statusSigned: string;
  statusRejected: string;
  openLink: string;
}

// A key file is a few hundred bytes and a class CSV a few hundred kilobytes; refuse anything far larger.
const maxKeyBytes = 64 * 1024;
const maxRequestBytes = 5 * 1024 * 1024;

class NetralSign extends HTMLElement {
  #signer: Signer | null = null;
  #rows: BatchRow[] = [];

  get strings(): SignStrings {
    return parse<SignStrings>(this.dataset['strings'], {} as SignStrings);
  }

  connectedCallback(): void {
    const keyInput = this.querySelector<HTMLInputElement>('[data-sign-key]');
    const form = this.querySelector<HTMLFormElement>('[data-sign-form]');
    if (!keyInput || !form) return;
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLTextAreaElement>('[data-needs-js]'))
      control.disabled = false;
    keyInput.addEventListener('change', () => void this.loadKey(keyInput));
    this.querySelector('[data-sign-forget]')?.addEventListener('click', () => this.forget(keyInput));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.sign();
    });
    this.querySelector('[data-sign-download]')?.addEventListener('click', () => this.download());
  }

  keyStatus(text: string, kind: 'success' | 'warning' | 'danger' | ''): void {
    const status = this.querySelector<HTMLElement>('[data-sign-key-status]');
    if (!status) return;
    status.textContent = text;
    status.className = kind ? `notice notice--${kind}` : '';
    status.hidden = text === '';
  }

  async loadKey(input: HTMLInputElement): Promise<void> {
    const strings = this.strings;
    const file = input.files?.[0];
    this.#signer = null;
    this.toggleForget(false);
    if (!file) return this.keyStatus('', '');
    const loaded = file.size <= maxKeyBytes ? await loadSigner(await file.text()) : { ok: false as const };
    if (!loaded.ok) {
      input.value = '';
      return this.keyStatus(strings.keyInvalid, 'danger');
    }
    this.#signer = loaded.signer;
    this.toggleForget(true);
    const { keyId, holder, publicKey } = loaded.signer;
    const keys = parse<TrustedKey[]>(this.dataset['keys'], []);
    const known = keys.some((key) => key.id === keyId && key.key === publicKey);
    const messages = [fill(strings.keyLoaded, { keyId, holder })];
    if (!known) messages.push(fill(strings.keyUnknown, { keyId }));
    if (isDemoKey({ key: publicKey })) messages.push(strings.keyDemo);
    this.keyStatus(messages.join(' '), known && !isDemoKey({ key: publicKey }) ? 'success' : 'warning');
  }

  toggleForget(show: boolean): void {
    const forget = this.querySelector<HTMLButtonElement>('[data-sign-forget]');
    if (forget) forget.hidden = !show;
  }

  forget(input: HTMLInputElement): void {
    this.#signer = null;
    input.value = '';
    this.toggleForget(false);
    this.keyStatus(this.strings.keyForgotten, '');
    input.focus();
  }

  error(text: string): void {
    const alert = this.querySelector<HTMLElement>('[data-sign-error]');
    if (alert) alert.textContent = text;
  }

  async sign(): Promise<void> {
    const strings = this.strings;
    this.error('');
    if (!this.#signer) return this.error(strings.needKey);
    const textarea = this.querySelector<HTMLTextAreaElement>('[data-sign-codes]');
    const filesInput = this.querySelector<HTMLInputElement>('[data-sign-files]');
    const texts = [textarea?.value ?? ''];
    for (const file of filesInput?.files ?? []) if (file.size <= maxRequestBytes) texts.push(await file.text());
    const codes = findRequestCodes(texts.join('\n'));
    if (codes.length === 0) return this.error(strings.noCodes);

    const submit = this.querySelector<HTMLButtonElement>('[data-sign-submit]');
    const summary = this.querySelector<HTMLElement>('[data-sign-summary]');
    if (submit) submit.disabled = true;
    if (summary) summary.textContent = strings.signing;
    const site = parse<{ siteUrl?: string; basePath: string }>(this.dataset['site'], { basePath: '/' });
    // The CSV gets absolute links (site URL from the configuration, else this page's own address).
    this.#rows = await signBatch(codes, this.#signer, {
      passMark: Number(this.dataset['passMark'] ?? 100),
      link: (code) => new URL(verificationLink(code, site), location.href).href,
    });
    if (submit) submit.disabled = false;
    this.render(site);
  }

  render(site: { basePath: string }): void {
    const strings = this.strings;
    const results = this.querySelector<HTMLElement>('[data-sign-results]');
    const body = this.querySelector('[data-sign-rows]');
    const summary = this.querySelector<HTMLElement>('[data-sign-summary]');
    if (!results || !body) return;
    const signed = this.#rows.filter((row) => row.status === 'signed').length;
    body.replaceChildren(
      ...this.#rows.map((row, index) => {
        const tr = document.createElement('tr');
        const cell = (text: string) => {
          const td = document.createElement('td');
          td.textContent = text;
          tr.append(td);
          return td;
        };
        const identity = row.request?.identity;
        cell(String(index + 1));
        cell(identity?.name ?? '–');
        cell(identity ? formatNip(identity.nip) : '–');
        cell(row.request ? String(row.request.score).replace('.', ',') : '–');
        const status = cell(row.status === 'signed' ? `${strings.statusSigned} · ${row.number}` : `${strings.statusRejected}: ${row.reason}`);
        status.className = row.status === 'signed' ? 'sign-ok' : 'sign-no';
        const link = cell('');
        if (row.status === 'signed') {
          const a = document.createElement('a');
          // Open on this site (the configured site URL may not be where the trainer is).
          a.href = verificationLink(row.code, { basePath: site.basePath });
          a.target = '_blank';
          a.rel = 'noopener';
          a.textContent = fill(strings.openLink, { name: identity?.name ?? '' });
          link.append(a);
        }
        return tr;
      }),
    );
    results.hidden = false;
    if (summary) summary.textContent = fill(strings.done, { signed, rejected: this.#rows.length - signed });
  }

  download(): void {
    if (this.#rows.length === 0) return;
    const blob = new Blob([batchCsv(this.#rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    a.href = url;
    a.download = `sertifikat-${stamp}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

customElements.define('netral-sign', NetralSign);
