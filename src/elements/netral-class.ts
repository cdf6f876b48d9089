// <netral-class>: class records for a trainer (/pelatih/kelas/). Reads a roster CSV, matches incoming
// completion requests (checked like the signing page) and signed certificates (verified like the
// verification page) to it by NIP, and offers the attendance list and every certificate for printing (one
// A4 landscape page each) and an HR CSV. The roster and every code taken in are kept on this device
// (src/lib/cert/class-store.ts) so a class can be certified over several days; statuses are worked out
// again from them on each load. Nothing is sent. Data comes from data-trust,
// data-versions, data-pass-mark, data-titles, data-site, data-course and data-strings; learner text is
// only ever set with textContent.
import { checkBatch, type BatchInput } from '../lib/cert/batch';
import { verifyCertificate, type Certificate } from '../lib/cert/certificate';
import { isDemoKey } from '../lib/cert/demo';
import type { TrustedKey } from '../lib/cert/keys';
import { findCertificateCodes, findRequestCodes, verificationLink, verifyPath } from '../lib/cert/links';
import type { RevocationList } from '../lib/cert/revocations';
import { addToClass, classStoreRecord, withRoster, type StoredClass } from '../lib/cert/class-store';
import { classRecord, hrCsv, type ClassRecord, type RosterEntry } from '../lib/cert/roster';
import type { PublishedVersion } from '../lib/cert/versions';
import type { Store, WriteOutcome } from '../lib/storage';
import { formatNip } from '../lib/nip';
import { describe } from '../lib/problem';
import { downloadFile, fill, h, KitElement, readJson, readStrings } from './kit';
import { getStore } from './storage';

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
  #store: Store | undefined;

  protected async start(): Promise<void> {
    this.#strings = readStrings<'classRecords'>(this);
    this.#store = getStore();
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
    on('[data-print-certificates]', () => void this.renderSheets().then(() => this.print('certificates')));
    on('[data-download-hr]', () => this.downloadHr());
    on('[data-clear-class]', () => this.clear());
    this.listen(window, 'afterprint', () => delete document.documentElement.dataset['classPrint']);
    this.watch(this.#store, (event) => {
      if (event.type === 'notices') this.#showStorage();
      // The class changed in another tab (codes added, roster replaced, cleared): show it as kept now.
      else if (event.record === classStoreRecord.name && event.source === 'other-tab') {
        this.#reset('');
        void this.#restore();
      }
    });
    await this.#restore();
  }

  /** What is kept on this device (an empty class when nothing usable is stored). */
  #saved(): StoredClass {
    return this.#store!.read(classStoreRecord);
  }

  #save(next: StoredClass): void {
    this.#showStorage(this.#store!.write(classStoreRecord, next));
  }

  /** Says when the class is not being kept: storage off or full, or stored data unreadable or newer. */
  #showStorage(outcome?: WriteOutcome): void {
    const s = this.#strings;
    const store = this.#store!;
    const notices = store.notices().filter((notice) => notice.record === classStoreRecord.name || notice.code === 'disabled' || notice.code === 'quota');
    const messages = notices.map((notice) =>
      notice.code === 'corrupt'
        ? notice.backupKey
          ? fill(s['class.storageCorrupt'], { key: notice.backupKey })
          : s['class.storageCorruptKept']
        : notice.code === 'newer'
          ? s['class.storageNewer']
          : notice.code === 'quota'
            ? s['class.storageFull']
            : s['class.storageOff'],
    );
    if (outcome === 'memory' && messages.length === 0) messages.push(s['class.storageOff']);
    const box = this.querySelector<HTMLElement>('[data-class-storage]');
    if (box && box.textContent !== messages.join(' ')) box.textContent = messages.join(' ');
    const clear = this.querySelector<HTMLButtonElement>('[data-clear-class]');
    const saved = this.#saved();
    if (clear) clear.hidden = saved.roster.length + saved.requests.length + saved.certificates.length === 0;
  }

  /** Shows the class kept from an earlier visit. */
  async #restore(): Promise<void> {
    const saved = this.#saved();
    this.#showStorage();
    if (saved.roster.length === 0) return;
    this.#roster = saved.roster;
    this.#rosterShown(fill(this.#strings['class.rosterKept'], { n: saved.roster.length }));
    if (saved.requests.length + saved.certificates.length > 0) await this.#evaluate();
  }

  /** Shows the roster's state in step 1 and its attendance list. */
  #rosterShown(message: string): void {
    const status = this.querySelector<HTMLElement>('[data-roster-status]');
    if (status) status.textContent = message;
    this.renderAttendance();
    const attendance = this.querySelector<HTMLButtonElement>('[data-print-attendance]');
    if (attendance) attendance.hidden = this.#roster.length === 0;
  }

  /** Forgets the class on this device, once the trainer has confirmed. */
  clear(): void {
    const s = this.#strings;
    if (!window.confirm(s['class.clearConfirm'])) return;
    this.#store!.remove(classStoreRecord);
    this.#reset(s['class.cleared']);
    this.#showStorage();
  }

  /** Empties the page (not what is kept), with `message` as the roster's state. */
  #reset(message: string): void {
    this.#roster = [];
    this.#record = null;
    this.#certificates = [];
    this.querySelector('[data-roster-problems]')?.replaceChildren();
    const problems = this.querySelector<HTMLElement>('[data-roster-problems]');
    if (problems) problems.hidden = true;
    const section = this.querySelector<HTMLElement>('[data-class-status]');
    if (section) section.hidden = true;
    this.querySelector('[data-status-rows]')?.replaceChildren();
    this.querySelector('[data-class-sheets]')?.replaceChildren();
    this.#setText('[data-requests-status]', '');
    this.#setText('[data-class-error]', '');
    this.removeAttribute('data-matched');
    this.#rosterShown(message);
  }

  #setText(selector: string, text: string): void {
    const node = this.querySelector<HTMLElement>(selector);
    if (node) node.textContent = text;
  }

  /** Empties the file and text inputs of a step once their content is kept. */
  #clearInputs(fileSelector: string, textSelector: string): void {
    const file = this.querySelector<HTMLInputElement>(fileSelector);
    if (file) file.value = '';
    const text = this.querySelector<HTMLTextAreaElement>(textSelector);
    if (text) text.value = '';
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
    // papaparse loads only now: a roster kept from an earlier visit is already parsed.
    const { parseRoster } = await import('../lib/cert/roster-csv');
    const roster = parseRoster(texts.map((item) => item.text).join('\n'));
    // A roster with nobody readable in it never replaces the one kept: the trainer sees why and retries.
    if (roster.entries.length > 0) {
      this.#roster = roster.entries;
      this.#save(withRoster(this.#saved(), roster.entries));
      this.#clearInputs('[data-roster-file]', '[data-roster-text]');
    }
    const message = roster.entries.length
      ? fill(s['class.rosterLoaded'], { n: roster.entries.length })
      : this.#roster.length
        ? `${s['class.rosterEmpty']} ${fill(s['class.rosterStillKept'], { n: this.#roster.length })}`
        : s['class.rosterEmpty'];
    this.#rosterShown(message);
    const problems = this.querySelector<HTMLElement>('[data-roster-problems]');
    if (problems) {
      problems.replaceChildren(
        ...roster.problems.map(({ line, problem }) => h('li', { text: fill(s['class.rosterProblemLine'], { line, problem: describe(problem, s) }) })),
      );
      problems.hidden = roster.problems.length === 0;
    }
    const saved = this.#saved();
    if (this.#record || saved.requests.length + saved.certificates.length > 0) await this.#evaluate();
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
    const { next, added } = addToClass(this.#saved(), {
      requests: texts.flatMap(({ text, source }) => findRequestCodes(text).map((code) => ({ code, source }))),
      certificates: texts.flatMap(({ text }) => findCertificateCodes(text)),
    });
    if (added.requests + added.certificates > 0) this.#save(next);
    this.#clearInputs('[data-requests-files]', '[data-requests-text]');
    this.#setText('[data-requests-status]', added.requests + added.certificates > 0 ? fill(s['class.added'], added) : s['class.addedNone']);
    await this.#evaluate(next);
  }

  /** Works out every learner's status from the codes kept (or `stored`, when not kept) and shows it. */
  async #evaluate(stored: StoredClass = this.#saved()): Promise<void> {
    const requests: BatchInput[] = stored.requests;
    const checked = checkBatch(requests, {
      passMark: Number(this.dataset['passMark'] ?? 100),
      versions: readJson<PublishedVersion[]>(this, 'versions', []),
    });
    const trust = readJson<{ keys: TrustedKey[]; list: RevocationList }>(this, 'trust', { keys: [], list: { issued: '', revocations: [] } });
    this.#certificates = [];
    for (const code of stored.certificates) {
      const result = await verifyCertificate(code, { keys: trust.keys, revocations: trust.list.revocations });
      if (result.status === 'valid') this.#certificates.push({ certificate: result.certificate, key: result.key });
    }
    this.#record = classRecord(this.#roster, checked, this.#certificates.map((item) => item.certificate));
    this.renderStatus();
    this.querySelector('[data-class-sheets]')?.replaceChildren();
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

  /** Puts one printable sheet per signed certificate on the page (the sheet and QR code load only now). */
  async renderSheets(): Promise<void> {
    const [{ fillCertificate }, { certificateView }] = await Promise.all([import('./certificate-sheet'), import('../lib/cert/view')]);
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
