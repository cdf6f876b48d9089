// <netral-sign>: the trainer signing page. Loads a private key file chosen in the browser (kept in memory
// only, never stored or sent; a non-extractable CryptoKey where WebCrypto exists), reads pasted request
// codes and request or CSV files, and first shows every field that will be signed, per learner, with each
// refusal's reason and the file it came from. Only then does "Tanda tangani" sign the requests that passed
// the checks; the results can be downloaded as CSV. Data comes from data-keys, data-site, data-pass-mark,
// data-versions and data-strings; learner text is only ever set with textContent.
import { attemptWarnings, parseAttemptFacts, type AttemptFacts } from '../lib/cert/attempt-facts';
import { batchCsv, checkBatch, signBatch, type BatchInput, type BatchRow, type CheckedRow } from '../lib/cert/batch';
import { isDemoKey } from '../lib/cert/demo';
import type { Signer, TrustedKey } from '../lib/cert/keys';
import { loadSigner } from '../lib/cert/keys';
import { findRequestCodes, verificationLink } from '../lib/cert/links';
import type { PublishedVersion } from '../lib/cert/versions';
import { certificateView } from '../lib/cert/view';
import { describe, type Problem } from '../lib/problem';
import { downloadFile, fill, h, KitElement, readJson, readStrings } from './kit';

// A key file is a few hundred bytes and a class CSV a few hundred kilobytes; refuse anything far larger.
const maxKeyBytes = 64 * 1024;
const maxRequestBytes = 5 * 1024 * 1024;

interface Site {
  title?: string;
  siteUrl?: string;
  basePath: string;
}

class NetralSign extends KitElement {
  #signer: Signer | null = null;
  #checked: CheckedRow[] = [];
  #rows: BatchRow[] = [];
  /** What request files recorded of each attempt, by request code. */
  #facts = new Map<string, AttemptFacts>();
  #strings = readStrings<'sign'>(this);

  protected start(): void {
    this.#strings = readStrings<'sign'>(this);
    const keyInput = this.querySelector<HTMLInputElement>('[data-sign-key]');
    const form = this.querySelector<HTMLFormElement>('[data-sign-form]');
    if (!keyInput || !form) return;
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLTextAreaElement>('[data-needs-js]'))
      control.disabled = false;
    // Plain HTTP: the key file crosses the network unencrypted if the page is not on this device. Warn.
    const insecure = this.querySelector<HTMLElement>('[data-sign-insecure]');
    if (insecure) insecure.hidden = window.isSecureContext;
    this.listen(keyInput, 'change', () => void this.loadKey(keyInput));
    // A file chosen before the code arrived (or restored by the browser) is read now.
    if (keyInput.files?.length) void this.loadKey(keyInput);
    const forget = this.querySelector('[data-sign-forget]');
    if (forget) this.listen(forget, 'click', () => this.forget(keyInput));
    this.listen(form, 'submit', (event) => {
      event.preventDefault();
      void this.review();
    });
    const confirm = this.querySelector('[data-sign-confirm]');
    if (confirm) this.listen(confirm, 'click', () => void this.sign());
    const download = this.querySelector('[data-sign-download]');
    if (download) this.listen(download, 'click', () => this.download());
  }

  #explain = (reason: Problem) => describe(reason, this.#strings);

  keyStatus(text: string, kind: 'success' | 'warning' | 'danger' | ''): void {
    const status = this.querySelector<HTMLElement>('[data-sign-key-status]');
    if (!status) return;
    status.textContent = text;
    status.className = kind ? `notice notice--${kind}` : '';
    status.hidden = text === '';
  }

  async loadKey(input: HTMLInputElement): Promise<void> {
    const s = this.#strings;
    const file = input.files?.[0];
    this.#signer = null;
    this.toggleForget(false);
    if (!file) return this.keyStatus('', '');
    const loaded = file.size <= maxKeyBytes ? await loadSigner(await file.text()) : { ok: false as const };
    if (!loaded.ok) {
      input.value = '';
      return this.keyStatus(fill(s['trainer.keyInvalid'], { site: readJson<Site>(this, 'site', { basePath: '/' }).title ?? '' }), 'danger');
    }
    this.#signer = loaded.signer;
    this.toggleForget(true);
    const { keyId, holder, publicKey } = loaded.signer;
    const keys = readJson<TrustedKey[]>(this, 'keys', []);
    const known = keys.some((key) => key.id === keyId && key.key === publicKey);
    const messages = [fill(s['trainer.keyLoaded'], { keyId, holder })];
    if (!known) messages.push(fill(s['trainer.keyUnknown'], { keyId }));
    if (isDemoKey({ key: publicKey })) messages.push(s['trainer.keyDemo']);
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
    this.keyStatus(this.#strings['trainer.keyForgotten'], '');
    input.focus();
  }

  error(text: string): void {
    const alert = this.querySelector<HTMLElement>('[data-sign-error]');
    if (alert) alert.textContent = text;
  }

  #options() {
    return {
      passMark: Number(this.dataset['passMark'] ?? 100),
      versions: readJson<PublishedVersion[]>(this, 'versions', []),
    };
  }

  /** Reads the codes, checks them and shows every field to be signed; signing waits for the trainer. */
  async review(): Promise<void> {
    const s = this.#strings;
    this.error('');
    this.#rows = [];
    const results = this.querySelector<HTMLElement>('[data-sign-results]');
    if (results) results.hidden = true;
    const textarea = this.querySelector<HTMLTextAreaElement>('[data-sign-codes]');
    const filesInput = this.querySelector<HTMLInputElement>('[data-sign-files]');
    const inputs: BatchInput[] = findRequestCodes(textarea?.value ?? '').map((code) => ({ code, source: s['trainer.pasted'] }));
    this.#facts.clear();
    for (const file of filesInput?.files ?? []) {
      if (file.size > maxRequestBytes) continue;
      const text = await file.text();
      for (const code of findRequestCodes(text)) inputs.push({ code, source: file.name });
      this.#readFacts(text);
    }
    if (inputs.length === 0) return this.error(s['trainer.noCodes']);
    this.#checked = checkBatch(inputs, this.#options());
    this.renderReview();
  }

  /** A request file (JSON) carries what the device recorded of the attempt beside its code. */
  #readFacts(text: string): void {
    try {
      const file = JSON.parse(text) as { code?: unknown; percobaan?: unknown } | null;
      const facts = parseAttemptFacts(file?.percobaan);
      if (typeof file?.code === 'string' && facts) this.#facts.set(file.code, facts);
    } catch {
      // Not JSON (a CSV or a text file): codes only.
    }
  }

  renderReview(): void {
    const s = this.#strings;
    const list = this.querySelector<HTMLElement>('[data-sign-review-list]');
    const section = this.querySelector<HTMLElement>('[data-sign-review]');
    const summary = this.querySelector<HTMLElement>('[data-sign-summary]');
    const confirm = this.querySelector<HTMLButtonElement>('[data-sign-confirm]');
    if (!list || !section) return;
    const titles = readJson<Record<string, string>>(this, 'titles', {});
    const ready = this.#checked.filter((row) => row.status === 'ready').length;
    list.replaceChildren(
      ...this.#checked.map((row, index) => {
        const request = row.request;
        const heading = h('h3', { text: `${index + 1}. ${request?.identity.name ?? s['trainer.unreadable']}` });
        const status =
          row.status === 'ready'
            ? h('p', { class: 'sign-ok', text: s['trainer.ready'] })
            : h('p', { class: 'sign-no', text: `${s['trainer.statusRejected']}: ${this.#explain(row.reason)}` });
        const facts: [string, string][] = [[s['trainer.source'], row.source]];
        if (request) {
          const view = certificateView(request, titles);
          facts.push(
            [s['cert.number'], view.number],
            [s['trainer.colName'], view.name],
            [s['cert.nip'], view.nip],
            [s['cert.agency'], request.identity.agency],
            [s['trainer.unit'], request.identity.unit || '–'],
            [s['cert.position'], view.position],
            [s['cert.score'], fill(s['cert.scoreValue'], { score: view.score, passMark: view.passMark })],
            [s['cert.date'], view.date],
            [s['cert.courseVersion'], view.courseVersion],
            [s['cert.topics'], view.topics.map((topic) => `${topic.title}: ${topic.points}`).join('; ') || '–'],
          );
        }
        const warnings = request ? attemptWarnings(request, this.#facts.get(row.requestCode)) : [];
        const warningList = warnings.length
          ? h('ul', { class: 'sign-warnings' }, warnings.map((warning) => h('li', { text: describe(warning, s) })))
          : h('p', { class: 'sign-ok', text: request ? s['trainer.attemptOk'] : '' });
        const dl = h('dl', { class: 'sign-facts' }, facts.map(([label, value]) => h('div', {}, [h('dt', { text: label }), h('dd', { text: value })])));
        return h('li', { class: `sign-card card sign-card--${row.status}` }, [heading, status, warningList, dl]);
      }),
    );
    section.hidden = false;
    if (confirm) {
      confirm.hidden = ready === 0;
      confirm.textContent = fill(s['trainer.signReady'], { n: ready });
    }
    if (summary) summary.textContent = fill(s['trainer.reviewed'], { ready, rejected: this.#checked.length - ready });
    section.querySelector<HTMLElement>('h2')?.focus();
  }

  async sign(): Promise<void> {
    const s = this.#strings;
    this.error('');
    if (!this.#signer) return this.error(s['trainer.needKey']);
    const confirm = this.querySelector<HTMLButtonElement>('[data-sign-confirm]');
    const summary = this.querySelector<HTMLElement>('[data-sign-summary]');
    if (confirm) confirm.disabled = true;
    if (summary) summary.textContent = s['trainer.signing'];
    const site = readJson<Site>(this, 'site', { basePath: '/' });
    // The CSV gets absolute links (site URL from the configuration, else this page's own address).
    this.#rows = await signBatch(
      this.#checked.map((row) => ({ code: row.requestCode, source: row.source })),
      this.#signer,
      { ...this.#options(), link: (code) => new URL(verificationLink(code, site), location.href).href },
    );
    if (confirm) confirm.disabled = false;
    this.render(site);
  }

  render(site: Site): void {
    const s = this.#strings;
    const results = this.querySelector<HTMLElement>('[data-sign-results]');
    const body = this.querySelector('[data-sign-rows]');
    const summary = this.querySelector<HTMLElement>('[data-sign-summary]');
    if (!results || !body) return;
    const signed = this.#rows.filter((row) => row.status === 'signed').length;
    body.replaceChildren(
      ...this.#rows.map((row, index) => {
        const identity = row.request?.identity;
        const cell = (text: string, className?: string) => h('td', { text, ...(className && { class: className }) });
        const link = cell('');
        if (row.status === 'signed') {
          // Open on this site (the configured site URL may not be where the trainer is).
          const a = h('a', { text: fill(s['trainer.openLink'], { name: identity?.name ?? '' }), attrs: { target: '_blank', rel: 'noopener' } });
          a.href = verificationLink(row.code, { basePath: site.basePath });
          link.append(a);
        }
        return h('tr', {}, [
          cell(String(index + 1)),
          cell(identity?.name ?? '–'),
          cell(row.request ? certificateView(row.request).nip : '–'),
          cell(row.request ? certificateView(row.request).score : '–'),
          row.status === 'signed'
            ? cell(`${s['trainer.statusSigned']} · ${row.number}`, 'sign-ok')
            : cell(`${s['trainer.statusRejected']}: ${this.#explain(row.reason)} (${row.source})`, 'sign-no'),
          link,
        ]);
      }),
    );
    results.hidden = false;
    if (summary) summary.textContent = fill(s['trainer.done'], { signed, rejected: this.#rows.length - signed });
  }

  download(): void {
    if (this.#rows.length === 0) return;
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    downloadFile(`sertifikat-${stamp}.csv`, batchCsv(this.#rows, this.#explain), 'text/csv;charset=utf-8');
  }
}

customElements.define('netral-sign', NetralSign);
