// <netral-class>: class records for a trainer (/pelatih/kelas/). Reads a roster CSV, matches incoming
// completion requests (checked like the signing page) and signed certificates (verified like the
// verification page) to it by NIP, and offers the attendance list and every certificate for printing (one
// A4 landscape page each) and an HR CSV. Nothing is stored or sent. Data comes from data-trust,
// data-versions, data-pass-mark, data-titles, data-site, data-course and data-strings; learner text is
// only ever set with textContent.
import { checkBatch, type BatchInput } from '../lib/cert/batch';
import { verifyCertificate, type Certificate } from '../lib/cert/certificate';
import { isDemoKey } from '../lib/cert/demo';
import type { TrustedKey } from '../lib/cert/keys';
import { findCertificateCodes, findRequestCodes, verificationLink, verifyPath } from '../lib/cert/links';
import type { RevocationList } from '../lib/cert/revocations';
import { classRecord, hrCsv, parseRoster, type ClassRecord, type RosterEntry } from '../lib/cert/roster';
import type { PublishedVersion } from '../lib/cert/versions';
import { certificateView } from '../lib/cert/view';
import { formatNip } from '../lib/nip';
import { describe } from '../lib/problem';
import { fillCertificate } from './certificate-sheet';
import { downloadFile, fill, h, KitElement, readJson, readStrings } from './kit';

const maxFileBytes = 5 * 1024 * 1024;

interface Site {
  siteUrl?: string;
  basePath: string;
}

class NetralClass extends KitElement {
  #strings = readStrings<'classRecords'>(this);
  #roster: RosterEntry[] = [];
  #record: ClassRecord | null = null;
  #certificates: { certificate: Certificate; key: TrustedKey }[] = [];

  protected start(): void {
    this.#strings = readStrings<'classRecords'>(this);
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('[data-needs-js]')) control.disabled = false;
    const on = (selector: string, handler: () => void) => {
      const node = this.querySelector(selector);
      if (node) this.listen(node, node instanceof HTMLFormElement ? 'submit' : 'click', (event) => {
        event.preventDefault();
        handler();
      });
    };
    on('[data-roster-form]', () => void this.loadRoster());
    on('[data-requests-form]', () => void this.match());
    on('[data-print-attendance]', () => this.print('attendance'));
    on('[data-print-certificates]', () => this.print('certificates'));
    on('[data-download-hr]', () => this.downloadHr());
    this.listen(window, 'afterprint', () => delete document.documentElement.dataset['classPrint']);
  }

  async #texts(fileSelector: string, textSelector: string): Promise<{ text: string; source: string }[]> {
    const texts: { text: string; source: string }[] = [];
    const pasted = this.querySelector<HTMLTextAreaElement>(textSelector)?.value ?? '';
    if (pasted.trim()) texts.push({ text: pasted, source: this.#strings['trainer.pasted'] || '' });
    for (const file of this.querySelector<HTMLInputElement>(fileSelector)?.files ?? [])
      if (file.size <= maxFileBytes) texts.push({ text: await file.text(), source: file.name });
    return texts;
  }

  async loadRoster(): Promise<void> {
    const s = this.#strings;
    const texts = await this.#texts('[data-roster-file]', '[data-roster-text]');
    const roster = parseRoster(texts.map((item) => item.text).join('\n'));
    this.#roster = roster.entries;
    const status = this.querySelector<HTMLElement>('[data-roster-status]');
    if (status) status.textContent = roster.entries.length ? fill(s['class.rosterLoaded'], { n: roster.entries.length }) : s['class.rosterEmpty'];
    const problems = this.querySelector<HTMLElement>('[data-roster-problems]');
    if (problems) {
      problems.replaceChildren(
        ...roster.problems.map(({ line, problem }) => h('li', { text: fill(s['class.rosterProblemLine'], { line, problem: describe(problem, s) }) })),
      );
      problems.hidden = roster.problems.length === 0;
    }
    this.renderAttendance();
    const attendance = this.querySelector<HTMLButtonElement>('[data-print-attendance]');
    if (attendance) attendance.hidden = roster.entries.length === 0;
    if (this.#record) await this.match();
  }

  renderAttendance(): void {
    const body = this.querySelector('[data-attendance-rows]');
    body?.replaceChildren(
      ...this.#roster.map((entry, index) =>
        h('tr', {}, [h('td', { text: String(index + 1) }), h('td', { text: entry.name }), h('td', { text: formatNip(entry.nip) }), h('td', { text: entry.unit }), h('td')]),
      ),
    );
  }

  async match(): Promise<void> {
    const s = this.#strings;
    const error = this.querySelector<HTMLElement>('[data-class-error]');
    if (error) error.textContent = '';
    if (this.#roster.length === 0) {
      if (error) error.textContent = s['class.needRoster'];
      return;
    }
    const texts = await this.#texts('[data-requests-files]', '[data-requests-text]');
    const requests: BatchInput[] = texts.flatMap(({ text, source }) => findRequestCodes(text).map((code) => ({ code, source })));
    const checked = checkBatch(requests, {
      passMark: Number(this.dataset['passMark'] ?? 100),
      versions: readJson<PublishedVersion[]>(this, 'versions', []),
    });
    const trust = readJson<{ keys: TrustedKey[]; list: RevocationList }>(this, 'trust', { keys: [], list: { issued: '', revocations: [] } });
    this.#certificates = [];
    for (const code of new Set(texts.flatMap(({ text }) => findCertificateCodes(text)))) {
      const result = await verifyCertificate(code, { keys: trust.keys, revocations: trust.list.revocations });
      if (result.status === 'valid') this.#certificates.push({ certificate: result.certificate, key: result.key });
    }
    this.#record = classRecord(this.#roster, checked, this.#certificates.map((item) => item.certificate));
    this.renderStatus();
    this.renderSheets();
    this.setAttribute('data-matched', '');
  }

  renderStatus(): void {
    const s = this.#strings;
    const record = this.#record;
    const section = this.querySelector<HTMLElement>('[data-class-status]');
    const body = this.querySelector('[data-status-rows]');
    if (!record || !section || !body) return;
    const counts = { signed: 0, submitted: 0, refused: 0, missing: 0 };
    body.replaceChildren(
      ...record.learners.map((learner, index) => {
        counts[learner.status] += 1;
        const text =
          learner.status === 'signed'
            ? fill(s['class.status.signed'], { number: learner.certificate.number })
            : learner.status === 'submitted'
              ? fill(s['class.status.submitted'], { source: learner.row.source })
              : learner.status === 'refused'
                ? fill(s['class.status.refused'], { reason: describe(learner.row.reason, s), source: learner.row.source })
                : s['class.status.missing'];
        return h('tr', { data: { status: learner.status } }, [
          h('td', { text: String(index + 1) }),
          h('td', { text: learner.entry.name }),
          h('td', { text: formatNip(learner.entry.nip) }),
          h('td', { text: learner.entry.unit }),
          h('td', { text, class: `class-status--${learner.status}` }),
        ]);
      }),
    );
    const summary = this.querySelector<HTMLElement>('[data-class-summary]');
    if (summary) summary.textContent = fill(s['class.summary'], counts);
    const strangers = this.querySelector<HTMLElement>('[data-class-strangers]');
    if (strangers) {
      strangers.hidden = record.strangers.length === 0;
      strangers.querySelector('ul')?.replaceChildren(
        ...record.strangers.map((item) => h('li', { text: `${item.name} (NIP ${formatNip(item.nip)})${item.source ? ` · ${item.source}` : ''}` })),
      );
    }
    const printCertificates = this.querySelector<HTMLButtonElement>('[data-print-certificates]');
    if (printCertificates) {
      printCertificates.textContent = fill(s['class.printCertificates'], { n: counts.signed });
      printCertificates.disabled = counts.signed === 0;
    }
    const hr = this.querySelector<HTMLButtonElement>('[data-download-hr]');
    if (hr) hr.disabled = counts.signed === 0;
    section.hidden = false;
  }

  /** The signed certificates of the roster, in roster order, one printable sheet each. */
  #signed(): { certificate: Certificate; key: TrustedKey }[] {
    const record = this.#record;
    if (!record) return [];
    return record.learners.flatMap((learner) =>
      learner.status === 'signed' ? this.#certificates.filter((item) => item.certificate === learner.certificate) : [],
    );
  }

  renderSheets(): void {
    const template = this.querySelector<HTMLTemplateElement>('[data-sheet-template]');
    const container = this.querySelector<HTMLElement>('[data-class-sheets]');
    if (!template || !container) return;
    const titles = readJson<Record<string, string>>(this, 'titles', {});
    const site = readJson<Site>(this, 'site', { basePath: '/' });
    container.replaceChildren(
      ...this.#signed().map(({ certificate, key }) => {
        const fragment = template.content.cloneNode(true) as DocumentFragment;
        const sheet = fragment.querySelector<HTMLElement>('[data-cert-sheet]')!;
        // One id per page: each sheet is named by its learner instead of the template's heading id.
        sheet.removeAttribute('aria-labelledby');
        sheet.querySelector('[id]')?.removeAttribute('id');
        sheet.setAttribute('aria-label', `${this.#strings['cert.titleSigned']} ${certificate.request.identity.name}`);
        const link = new URL(verificationLink(certificate.code, site), location.href).href;
        const page = new URL(verifyPath, new URL(site.basePath, link)).href;
        fillCertificate(sheet, certificateView(certificate.request, titles), {
          link,
          linkText: page.replace(/^https?:\/\//, ''),
          holder: key.holder,
          demo: isDemoKey(key),
          scoreTemplate: this.#strings['cert.scoreValue'],
        });
        return sheet;
      }),
    );
  }

  print(what: 'attendance' | 'certificates'): void {
    // The print stylesheet shows only the part named here (see the page's styles).
    document.documentElement.dataset['classPrint'] = what;
    window.print();
  }

  downloadHr(): void {
    const course = readJson<{ title: string; jp: number }>(this, 'course', { title: '', jp: 0 });
    const stamp = new Date().toISOString().slice(0, 10);
    downloadFile(`kepegawaian-${stamp}.csv`, hrCsv(this.#signed().map((item) => item.certificate), course), 'text/csv;charset=utf-8');
  }
}

customElements.define('netral-class', NetralClass);
