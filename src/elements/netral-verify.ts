// <netral-verify>: the verification page. Reads a certificate code from the address (#CODE, #kode=CODE,
// ?kode=CODE) or the form and verifies it in the browser against the keys built into the page. Online, it
// first fetches the site's revocation list (pencabutan.json, never precached) so a device holding an older
// offline copy still learns of revocations; offline, it uses the list built into the page. It shows SAH or
// TIDAK SAH with the reason, the fields, the date of the revocation list it used and, when valid, the
// printable certificate. Data comes from data-trust, data-titles, data-site and data-strings; learner text
// is only ever set with textContent.
import { verifyCertificate, type Verification } from '../lib/cert/certificate';
import { isDemoKey } from '../lib/cert/demo';
import type { TrustedKey } from '../lib/cert/keys';
import { findCode, verificationLink, verifyPath } from '../lib/cert/links';
import { invalidReason } from '../lib/cert/reasons';
import { newerList, parseRevocationList, revocationListPath, type RevocationList } from '../lib/cert/revocations';
import { certificateView } from '../lib/cert/view';
import { formatMoment } from '../lib/format';
import { describe } from '../lib/problem';
import { fillCertificate } from './certificate-sheet';
import { fill, h, KitElement, readJson, readStrings } from './kit';

interface Site {
  title: string;
  siteUrl?: string;
  basePath: string;
}

class NetralVerify extends KitElement {
  #run = 0;
  #strings = readStrings<'verify'>(this);
  #keys: TrustedKey[] = [];
  #list: RevocationList = { issued: new Date(0).toISOString(), revocations: [] };
  #site: Site = { title: '', basePath: '/' };

  protected start(): void {
    this.#strings = readStrings<'verify'>(this);
    const trust = readJson<{ keys: TrustedKey[]; list: RevocationList } | null>(this, 'trust', null);
    if (!trust) throw new Error('netral-verify: data-trust is missing');
    this.#keys = trust.keys;
    this.#list = parseRevocationList(trust.list) ?? this.#list;
    this.#site = readJson<Site>(this, 'site', this.#site);
    const form = this.querySelector<HTMLFormElement>('[data-verify-form]');
    const input = this.querySelector<HTMLTextAreaElement>('[data-verify-input]');
    const submit = this.querySelector<HTMLButtonElement>('[data-verify-submit]');
    if (!form || !input || !submit) return;
    submit.disabled = false;
    this.listen(form, 'submit', (event) => {
      event.preventDefault();
      void this.check(input.value, true);
    });
    const print = this.querySelector('[data-verify-print]');
    if (print) this.listen(print, 'click', () => window.print());
    const fromAddress = () => {
      const raw = new URLSearchParams(location.search).get('kode') ?? location.hash.slice(1);
      if (!raw.trim()) return;
      input.value = findCode(raw);
      void this.check(input.value, false);
    };
    this.listen(window, 'hashchange', fromAddress);
    fromAddress();
  }

  /** The newest revocation list: the site's current one when the network answers, else the one built in. */
  async #revocations(): Promise<RevocationList> {
    if (navigator.onLine === false) return this.#list;
    try {
      const url = new URL(revocationListPath, new URL(this.#site.basePath, location.href));
      // no-cache: the browser may keep the file but must ask the server whether it changed.
      const response = await fetch(url, { cache: 'no-cache', signal: this.signal });
      if (response.ok) this.#list = newerList(this.#list, parseRevocationList(await response.json()));
    } catch {
      // Offline or the server did not answer: the list built into the page (or fetched before) stands.
    }
    return this.#list;
  }

  /** Verifies `text` and shows the outcome; `focus` moves focus to the verdict (after a submit). */
  async check(text: string, focus: boolean): Promise<void> {
    const run = ++this.#run;
    this.removeAttribute('data-verdict-ready');
    const announce = this.querySelector('[data-verify-announce]');
    if (announce) announce.textContent = this.#strings['verify.checking'];
    const list = await this.#revocations();
    const result = await verifyCertificate(findCode(text), { keys: this.#keys, revocations: list.revocations });
    if (run !== this.#run) return; // A newer check started meanwhile.
    this.show(result, list);
    // Tests and assistive code wait for this rather than for time.
    this.setAttribute('data-verdict-ready', result.status);
    if (focus) this.querySelector<HTMLElement>('[data-verdict]')?.focus();
  }

  show(result: Verification, list: RevocationList): void {
    const s = this.#strings;
    const verdict = this.querySelector<HTMLElement>('[data-verdict]');
    const sheet = this.querySelector<HTMLElement>('[data-cert-sheet]');
    if (!verdict) return;
    const valid = result.status === 'valid';
    const reason =
      result.status === 'valid'
        ? fill(s['verify.validExplain'], { holder: result.key.holder })
        : describe(invalidReason(result, this.#site.title), s);
    verdict.hidden = false;
    verdict.classList.toggle('verdict--valid', valid);
    verdict.classList.toggle('verdict--invalid', !valid);
    const word = verdict.querySelector('[data-verdict-word]');
    if (word) word.textContent = valid ? s['verify.valid'] : s['verify.invalid'];
    const reasonNode = verdict.querySelector('[data-verdict-reason]');
    if (reasonNode) reasonNode.textContent = reason;
    const listNode = verdict.querySelector('[data-verdict-list]');
    if (listNode) listNode.textContent = fill(s['verify.listUsed'], { date: formatMoment(list.issued) });
    const announce = this.querySelector('[data-verify-announce]');
    if (announce) announce.textContent = `${valid ? s['verify.valid'] : s['verify.invalid']}. ${reason}`;

    const withFields = result.status === 'valid' || result.reason === 'revoked' ? result : null;
    const demo = withFields ? isDemoKey(withFields.key) : false;
    const demoNode = verdict.querySelector<HTMLElement>('[data-verdict-demo]');
    if (demoNode) demoNode.hidden = !(valid && demo);
    const fields = verdict.querySelector<HTMLElement>('[data-verdict-fields]');
    const titles = readJson<Record<string, string>>(this, 'titles', {});
    if (fields) {
      fields.hidden = !withFields;
      fields.replaceChildren();
      if (withFields) {
        const view = certificateView(withFields.certificate.request, titles);
        const rows: [string, string][] = [
          [s['cert.number'], view.number],
          [s['verify.name'], view.name],
          [s['cert.nip'], view.nip],
          [s['cert.position'], view.position],
          [s['cert.agency'], view.agency],
          [s['cert.score'], fill(s['cert.scoreValue'], { score: view.score, passMark: view.passMark })],
          [s['cert.date'], view.date],
          [s['verify.signer'], `${withFields.key.holder} (${withFields.key.id})`],
        ];
        fields.append(...rows.map(([label, value]) => h('div', {}, [h('dt', { text: label }), h('dd', { text: value })])));
      }
    }

    const actions = verdict.querySelector<HTMLElement>('[data-verdict-actions]');
    if (actions) actions.hidden = !valid;
    if (sheet) {
      if (result.status === 'valid') {
        const link = new URL(verificationLink(result.certificate.code, this.#site), location.href).href;
        const page = new URL(verifyPath, new URL(this.#site.basePath, link)).href;
        fillCertificate(sheet, certificateView(result.certificate.request, titles), {
          link,
          linkText: page.replace(/^https?:\/\//, ''),
          holder: result.key.holder,
          demo,
          scoreTemplate: s['cert.scoreValue'],
        });
      } else sheet.hidden = true;
    }
  }
}

customElements.define('netral-verify', NetralVerify);
