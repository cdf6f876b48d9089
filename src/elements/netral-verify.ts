// <netral-verify>: the verification page. Reads a certificate code from the address (#CODE, #kode=CODE,
// ?kode=CODE) or the form, verifies it in the browser against the keys and revocation list built into the
// page (no network), and shows SAH or TIDAK SAH with the reason, the fields and, when valid, the printable
// certificate. Data comes from data-trust, data-titles, data-site and data-strings; learner text is only
// ever set with textContent.
import { verifyCertificate, type Trust, type Verification } from '../lib/cert/certificate';
import { isDemoKey } from '../lib/cert/demo';
import { findCode, verificationLink, verifyPath } from '../lib/cert/links';
import { certificateView } from '../lib/cert/view';
import { formatDateId } from '../lib/format';
import { fillCertificate } from './certificate-sheet';
import { fillTemplate as fill, parseJsonOr as parse } from '../lib/template';

interface VerifyStrings {
  valid: string;
  invalid: string;
  validExplain: string;
  reasons: Record<string, string>;
  labels: Record<'number' | 'name' | 'nip' | 'position' | 'agency' | 'score' | 'date' | 'signer', string>;
  scoreValue: string;
  checking: string;
}

class NetralVerify extends HTMLElement {
  #run = 0;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-verify-form]');
    const input = this.querySelector<HTMLTextAreaElement>('[data-verify-input]');
    const submit = this.querySelector<HTMLButtonElement>('[data-verify-submit]');
    if (!form || !input || !submit) return;
    submit.disabled = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.check(input.value, true);
    });
    this.querySelector('[data-verify-print]')?.addEventListener('click', () => window.print());
    const fromAddress = () => {
      const raw = new URLSearchParams(location.search).get('kode') ?? location.hash.slice(1);
      if (!raw.trim()) return;
      input.value = findCode(raw);
      void this.check(input.value, false);
    };
    window.addEventListener('hashchange', fromAddress);
    fromAddress();
  }

  /** Verifies `text` and shows the outcome; `focus` moves focus to the verdict (after a submit). */
  async check(text: string, focus: boolean): Promise<void> {
    const run = ++this.#run;
    const strings = parse<VerifyStrings | null>(this.dataset['strings'], null);
    const trust = parse<Trust>(this.dataset['trust'], { keys: [], revocations: [] });
    if (!strings) return;
    const announce = this.querySelector('[data-verify-announce]');
    if (announce) announce.textContent = strings.checking;
    const result = await verifyCertificate(findCode(text), trust);
    if (run !== this.#run) return; // A newer check started meanwhile.
    this.show(result, strings);
    if (focus) this.querySelector<HTMLElement>('[data-verdict]')?.focus();
  }

  show(result: Verification, strings: VerifyStrings): void {
    const verdict = this.querySelector<HTMLElement>('[data-verdict]');
    const sheet = this.querySelector<HTMLElement>('[data-cert-sheet]');
    if (!verdict) return;
    const valid = result.status === 'valid';
    const reason = this.reasonText(result, strings);
    verdict.hidden = false;
    verdict.classList.toggle('verdict--valid', valid);
    verdict.classList.toggle('verdict--invalid', !valid);
    const word = verdict.querySelector('[data-verdict-word]');
    if (word) word.textContent = valid ? strings.valid : strings.invalid;
    const reasonNode = verdict.querySelector('[data-verdict-reason]');
    if (reasonNode) reasonNode.textContent = reason;
    const announce = this.querySelector('[data-verify-announce]');
    if (announce) announce.textContent = `${valid ? strings.valid : strings.invalid}. ${reason}`;

    const withFields = result.status === 'valid' || result.reason === 'revoked' ? result : null;
    const demo = withFields ? isDemoKey(withFields.key) : false;
    const demoNode = verdict.querySelector<HTMLElement>('[data-verdict-demo]');
    if (demoNode) demoNode.hidden = !(valid && demo);
    const fields = verdict.querySelector<HTMLElement>('[data-verdict-fields]');
    if (fields) {
      fields.hidden = !withFields;
      fields.replaceChildren();
      if (withFields) {
        const titles = parse<Record<string, string>>(this.dataset['titles'], {});
        const view = certificateView(withFields.certificate.request, titles);
        const rows: [string, string][] = [
          [strings.labels.number, view.number],
          [strings.labels.name, view.name],
          [strings.labels.nip, view.nip],
          [strings.labels.position, view.position],
          [strings.labels.agency, view.agency],
          [strings.labels.score, fill(strings.scoreValue, { score: view.score, passMark: view.passMark })],
          [strings.labels.date, view.date],
          [strings.labels.signer, `${withFields.key.holder} (${withFields.key.id})`],
        ];
        for (const [label, value] of rows) {
          const row = document.createElement('div');
          const dt = document.createElement('dt');
          const dd = document.createElement('dd');
          dt.textContent = label;
          dd.textContent = value;
          row.append(dt, dd);
          fields.append(row);
        }
      }
    }

    const actions = verdict.querySelector<HTMLElement>('[data-verdict-actions]');
    if (actions) actions.hidden = !valid;
    if (sheet) {
      if (result.status === 'valid') {
        const titles = parse<Record<string, string>>(this.dataset['titles'], {});
        const site = parse<{ siteUrl?: string; basePath: string }>(this.dataset['site'], { basePath: '/' });
        const link = new URL(verificationLink(result.certificate.code, site), location.href).href;
        const page = new URL(verifyPath, new URL(site.basePath, link)).href;
        fillCertificate(sheet, certificateView(result.certificate.request, titles), {
          link,
          linkText: page.replace(/^https?:\/\//, ''),
          holder: result.key.holder,
          demo,
          scoreTemplate: strings.scoreValue,
        });
      } else sheet.hidden = true;
    }
  }

  reasonText(result: Verification, strings: VerifyStrings): string {
    if (result.status === 'valid') return fill(strings.validExplain, { holder: result.key.holder });
    const template = strings.reasons[result.reason] ?? strings.reasons['malformed'] ?? '';
    if (result.reason === 'unknown-key') return fill(template, { keyId: result.keyId });
    if (result.reason === 'revoked') {
      const date = formatDateId(new Date(`${result.revocation.date}T00:00:00Z`));
      return fill(template, { date, reason: result.revocation.reason });
    }
    return template;
  }
}

customElements.define('netral-verify', NetralVerify);
