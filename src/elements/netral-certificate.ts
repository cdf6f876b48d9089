// <netral-certificate>: the learner's certificate page. Reads the post-test results and the identity
// from the learner-data store, says what is still missing, validates and keeps the identity form
// ("netral:identity", src/lib/cert/identity-record.ts), then fills the self-study record and the
// completion request (file, code, QR code) for the best passed post-test. Configuration, module titles and
// lessons come from data-* attributes, strings from data-strings (the "certificate" group of
// src/i18n/groups.ts, read with the kit); learner text is only ever set with textContent.
import { certificateBasis, topicsInCourseOrder, type CertificateBasis } from '../lib/cert/eligibility';
import { examTermsRecord, rememberExamTerms } from '../lib/cert/exam-terms';
import { identityRecord } from '../lib/cert/identity-record';
import { verificationLink, verifyPath } from '../lib/cert/links';
import { qrPath } from '../lib/cert/qr';
import { encodeRequestCode, localDate, requestFile, requestFromExam, type CompletionRequest } from '../lib/cert/request';
import { certificateView } from '../lib/cert/view';
import { formatDate, formatNumber } from '../lib/format';
import { mergeIdentity, validateIdentity, type Identity, type IdentityErrors, type IdentityField } from '../lib/identity';
import { isLessonCompleted, progressRecord, readLearnerState } from '../lib/progress';
import { attemptsRecord, checksRecord, readAttempts, readExamResults } from '../lib/quiz/records';
import { attemptFacts, type AttemptFacts } from '../lib/cert/attempt-facts';
import { describe } from '../lib/problem';
import { fillCertificate } from './certificate-sheet';
import type { GroupStrings } from '../i18n/groups';
import { downloadFile, KitElement, readStrings } from './kit';
import { getStore } from './storage';
import { lmsHost } from './lms-host';
import { displayLearnerName } from '../lib/scorm/cmi';
import { fillTemplate as fill, parseJsonOr as parse } from '../lib/template';

interface Config {
  courseVersion: string;
  /** Module ids in course order: the record lists topics in this order. */
  moduleOrder: string[];
  passMark: number;
  requireAllLessons: boolean;
  site: { siteUrl?: string; basePath: string };
  postTest: string;
  /** Who to ask when the stored results are unusable: the agency's unit and city. */
  contact: string;
}
interface Lesson {
  id: string;
  title: string;
  href: string;
  hasCheck: boolean;
}

// Form order: the error summary lists mistakes in the order the learner meets the fields.
const fieldOrder: readonly IdentityField[] = ['name', 'nip', 'agency', 'unit', 'position'];

function make<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

class NetralCertificate extends KitElement {
  #config!: Config;
  #strings!: GroupStrings<'certificate'>;
  #titles: Record<string, string> = {};
  #lessons: Lesson[] = [];
  #request: CompletionRequest | null = null;
  // The identity the form was last filled with: a field whose text differs from it is the learner's edit.
  #shown: Identity | null = null;
  #attempt: AttemptFacts | undefined;

  protected start(signal: AbortSignal): void {
    const config = parse<Config | null>(this.dataset['config'], null);
    if (!config) throw new Error('netral-certificate: data-config is missing');
    this.#config = config;
    this.#strings = readStrings<'certificate'>(this);
    this.#titles = parse<Record<string, string>>(this.dataset['titles'], {});
    this.#lessons = parse<Lesson[]>(this.dataset['lessons'], []);

    const form = this.querySelector<HTMLFormElement>('[data-identity-form]');
    // Every listener ends with the element (KitElement aborts `signal` on disconnect).
    const options = { signal };
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#save(form);
    }, options);
    this.querySelector('[data-identity-forget]')?.addEventListener('click', () => this.#forget(form), options);
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print(), options);
    this.querySelector('[data-request-download]')?.addEventListener('click', () => this.#download(), options);
    this.querySelector('[data-request-copy]')?.addEventListener('click', () => void this.#copy(), options);
    this.querySelector('[data-request-share]')?.addEventListener('click', (event) => void this.#share(event.currentTarget as HTMLElement), options);
    // Links in the error summary move focus to their field (a fragment link alone only scrolls).
    this.querySelector('[data-error-list]')?.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-target]');
      const input = link && this.querySelector<HTMLInputElement>(`#${link.dataset['target']}`);
      if (!input) return;
      event.preventDefault();
      input.closest('.field')?.scrollIntoView({ block: 'center' });
      input.focus();
    }, options);

    const store = getStore();
    const identity = store.read(identityRecord);
    // Without a stored identity, keep whatever the learner typed before this code arrived.
    if (form && identity) this.#fillForm(form, identity);
    else if (form) this.#useLmsName(form);
    const save = this.querySelector<HTMLButtonElement>('[data-identity-save]');
    if (save) save.disabled = false;
    this.#render();
    this.watch(store, (event) => {
      // Another tab passed the post-test or changed the identity: show what is stored now.
      if (event.type !== 'change' || event.source !== 'other-tab') return;
      if (event.record === identityRecord.name && form) this.#otherTabIdentity(form, store.read(identityRecord));
      const watched = [identityRecord.name, attemptsRecord.name, examTermsRecord.name, checksRecord.name, progressRecord.name];
      if (watched.includes(event.record)) this.#render();
    });
  }

  /** The best passed post-test and what is still missing. */
  #eligibility(): { basis: CertificateBasis | null; missing: Lesson[] } {
    const store = getStore();
    const current = { courseVersion: this.#config.courseVersion, passMark: this.#config.passMark };
    const basis = certificateBasis(readExamResults(store), store.read(examTermsRecord).attempts, current);
    // The completion rule is the progress page's (src/lib/progress.ts), applied to the course's lessons.
    const state = readLearnerState(store);
    const missing = this.#config.requireAllLessons ? this.#lessons.filter((lesson) => !isLessonCompleted(lesson, state)) : [];
    return { basis, missing };
  }

  #render(): void {
    const store = getStore();
    const { basis, missing } = this.#eligibility();
    const identity = store.read(identityRecord);
    const eligible = basis !== null && missing.length === 0;
    // A passed attempt from before terms were recorded gets today's terms now, so they stay fixed.
    if (eligible && !basis.recorded) rememberExamTerms(store, basis.result.attemptId, { ...basis.terms, assumed: true });

    let request: CompletionRequest | null = null;
    let broken = false;
    if (eligible && identity) {
      try {
        request = requestFromExam(identity, basis.result, { passMark: basis.terms.passMark, courseVersion: basis.terms.courseVersion });
        request.topics = topicsInCourseOrder(request.topics, this.#config.moduleOrder ?? []);
        encodeRequestCode(request); // Throws on anything the format cannot carry.
      } catch {
        request = null;
        broken = true;
      }
    }
    this.#renderStatus(basis, missing, eligible, identity !== null, broken);
    this.#request = request;
    // What the device recorded of the attempt goes into the request file for the trainer to look at.
    const attempt = basis && readAttempts(store).find((item) => item.id === basis.result.attemptId);
    this.#attempt = attempt ? attemptFacts(attempt) : undefined;

    const selfStudy = this.querySelector<HTMLElement>('[data-self-study]');
    const requestSection = this.querySelector<HTMLElement>('[data-request]');
    const sheet = this.querySelector<HTMLElement>('[data-cert-sheet]');
    if (selfStudy) selfStudy.hidden = !request;
    if (requestSection) requestSection.hidden = !request;
    if (!request || !basis) {
      if (sheet) sheet.hidden = true;
      return;
    }
    const termsNote = this.querySelector<HTMLElement>('[data-terms-note]');
    if (termsNote) termsNote.hidden = !basis.assumed;

    const code = encodeRequestCode(request);
    // The QR code and link of the self-study record open the verification page with the unsigned request,
    // which reports it honestly as not signed by a trainer.
    const link = new URL(verificationLink(code, this.#config.site), location.href).href;
    const page = new URL(verifyPath, new URL(this.#config.site.basePath, link)).href;
    if (sheet) {
      fillCertificate(sheet, certificateView(request, this.#titles), {
        link,
        linkText: page.replace(/^https?:\/\//, ''),
        scoreTemplate: this.#strings['cert.scoreValue'],
      });
    }
    const lmsLine = sheet?.querySelector<HTMLElement>('[data-field="lmsLearner"]');
    const learnerId = lmsHost()?.learner.id;
    if (lmsLine && learnerId) {
      lmsLine.textContent = fill(this.#strings['lms.learnerId'], { id: learnerId });
      lmsLine.hidden = false;
    }
    const codeBox = this.querySelector<HTMLTextAreaElement>('[data-request-code]');
    if (codeBox) codeBox.value = code;
    const qr = this.querySelector<SVGSVGElement>('[data-request-qr]');
    if (qr) {
      const { size, d } = qrPath(code);
      qr.setAttribute('viewBox', `0 0 ${size} ${size}`);
      qr.querySelector('path')?.setAttribute('d', d);
    }
  }

  #renderStatus(basis: CertificateBasis | null, missing: Lesson[], eligible: boolean, hasIdentity: boolean, broken: boolean): void {
    const box = this.querySelector('[data-status]');
    if (!box) return;
    const s = this.#strings;
    const parts: Node[] = [];
    if (basis) {
      const date = formatDate(new Date(`${localDate(basis.result.finishedAt)}T00:00:00Z`));
      parts.push(make('p', fill(s['certPage.passed'], { date, score: formatNumber(basis.result.score), passMark: formatNumber(basis.terms.passMark) })));
    } else {
      parts.push(make('p', fill(s['certPage.notPassed'], { passMark: formatNumber(this.#config.passMark) })));
      const link = make('a', s['certPage.toPostTest'], 'button');
      link.href = this.#config.postTest;
      const action = make('p');
      action.append(link);
      parts.push(action);
      parts.push(make('p', s['certPage.otherDevice'], 'meta'));
    }
    if (missing.length) {
      parts.push(make('p', fill(s['certPage.lessonsRequired'], { n: missing.length })));
      const list = make('ul');
      for (const lesson of missing) {
        const item = make('li');
        const link = make('a', lesson.title);
        link.href = lesson.href;
        item.append(link);
        list.append(item);
      }
      parts.push(list);
    }
    if (broken) parts.push(make('p', fill(s['certPage.broken'], { unit: this.#config.contact }), 'notice notice--danger'));
    else if (eligible) parts.push(make('p', hasIdentity ? s['certPage.ready'] : s['certPage.needIdentity'], 'notice notice--success'));
    box.replaceChildren(...parts);
  }

  // Inside an LMS the learner's name is the one their LMS account has: filled in and not editable (when it
  // is a valid name), so the self-study record carries the name the LMS credits.
  #useLmsName(form: HTMLFormElement): void {
    const learner = lmsHost()?.learner;
    const input = form.elements.namedItem('name');
    if (!learner?.name || !(input instanceof HTMLInputElement)) return;
    const name = displayLearnerName(learner.name);
    const result = validateIdentity({ name, nip: '', agency: 'x', position: 'x' });
    if (!result.ok && result.errors.name) return;
    input.value = name;
    input.readOnly = true;
    const hint = this.querySelector<HTMLElement>('#identitas-name-petunjuk');
    if (hint) hint.textContent = this.#strings['lms.nameFromLms'];
  }

  #fillForm(form: HTMLFormElement, identity: Identity | null, values: Identity | null = identity): void {
    this.#shown = identity;
    for (const field of fieldOrder) {
      const input = form.elements.namedItem(field);
      if (input instanceof HTMLInputElement) input.value = values?.[field] ?? '';
    }
    const forget = this.querySelector<HTMLElement>('[data-identity-forget]');
    if (forget) forget.hidden = identity === null;
    this.#useLmsName(form);
  }

  /** The form's fields as typed. */
  #typed(form: HTMLFormElement): Identity {
    const values = Object.fromEntries(
      fieldOrder.map((field) => {
        const input = form.elements.namedItem(field);
        return [field, input instanceof HTMLInputElement ? input.value : ''];
      }),
    );
    return values as unknown as Identity;
  }

  // Another tab saved or forgot the identity. Fields the learner is editing here keep their text; the others
  // show what the other tab saved (mergeIdentity, as two tabs' saves merge in the store). Forgetting the
  // identity elsewhere empties the form here too: on a shared device it must not stay on screen.
  #otherTabIdentity(form: HTMLFormElement, stored: Identity | null): void {
    if (!stored) {
      this.#fillForm(form, null);
      return;
    }
    const blank: Identity = { name: '', nip: '', agency: '', unit: '', position: '' };
    this.#fillForm(form, stored, mergeIdentity(this.#shown ?? blank, stored, this.#typed(form)));
  }

  #save(form: HTMLFormElement): void {
    const values = this.#typed(form);
    const result = validateIdentity(values);
    const status = this.querySelector('[data-identity-status]');
    if (!result.ok) {
      if (status) status.textContent = '';
      this.#showErrors(form, result.errors);
      return;
    }
    this.#showErrors(form, {});
    const store = getStore();
    const outcome = store.write(identityRecord, result.identity);
    // What was stored: a change another tab saved meanwhile (another field) is merged in by the store.
    this.#fillForm(form, store.read(identityRecord) ?? result.identity);
    // Inside an LMS the identity lives in the session: the LMS keeps only the learner's name.
    const saved = lmsHost() ? this.#strings['lms.identitySaved'] : this.#strings['identityForm.saved'];
    if (status) status.textContent = outcome === 'saved' ? saved : this.#strings['identityForm.savedMemory'];
    this.#render();
    // With a record to show, go to it; otherwise stay on the form (the status line says it was saved).
    if (this.#request) this.querySelector<HTMLElement>('#keterangan')?.focus();
  }

  // Inline errors on each field (part of its accessible description) and a summary with links, which
  // takes focus so a screen reader reads every mistake at once.
  #showErrors(form: HTMLFormElement, errors: IdentityErrors): void {
    const summary = this.querySelector<HTMLElement>('[data-error-summary]');
    const list = this.querySelector('[data-error-list]');
    const failed = fieldOrder.filter((field) => errors[field]);
    for (const field of fieldOrder) {
      const input = form.elements.namedItem(field);
      const error = this.querySelector<HTMLElement>(`[data-error-for="${field}"]`);
      const wrap = this.querySelector<HTMLElement>(`[data-field-wrap="${field}"]`);
      if (!(input instanceof HTMLInputElement) || !error) continue;
      // Field errors are codes (identity.*, nip.*): their sentences come in data-strings.
      const code = errors[field];
      const message = code ? describe(code, this.#strings) : undefined;
      const hint = `${input.id}-petunjuk`;
      error.replaceChildren();
      if (message) {
        error.append(make('span', `${this.#strings['identityForm.errorPrefix']} `, 'sr-only'), document.createTextNode(message));
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', `${hint} ${error.id}`);
      } else {
        input.removeAttribute('aria-invalid');
        input.setAttribute('aria-describedby', hint);
      }
      error.hidden = !message;
      if (wrap) wrap.toggleAttribute('data-invalid', Boolean(message));
    }
    if (!summary || !list) return;
    summary.hidden = failed.length === 0;
    if (!failed.length) return;
    const title = this.querySelector('[data-error-title]');
    if (title) title.textContent = fill(this.#strings['identityForm.errorTitle'], { n: failed.length });
    list.replaceChildren(
      ...failed.map((field) => {
        const item = make('li');
        const link = make('a', describe(errors[field]!, this.#strings));
        link.href = `#identitas-${field}`;
        link.dataset['target'] = `identitas-${field}`;
        item.append(link);
        return item;
      }),
    );
    summary.focus();
  }

  #forget(form: HTMLFormElement | null): void {
    getStore().remove(identityRecord);
    if (form) {
      this.#fillForm(form, null);
      this.#showErrors(form, {});
    }
    const status = this.querySelector('[data-identity-status]');
    if (status) status.textContent = this.#strings['identityForm.forgotten'];
    this.#render();
    this.querySelector<HTMLInputElement>('#identitas-name')?.focus();
  }

  #download(): void {
    if (!this.#request) return;
    const file = requestFile(this.#request, this.#attempt);
    downloadFile(file.fileName, file.text, 'application/json');
    this.#status(fill(this.#strings['certPage.downloaded'], { file: file.fileName }));
  }

  // "Kirim ke pelatih": its code (./share-request.ts) loads only when pressed. If even that fails (offline
  // before it was saved), the code is copied instead, so the press never ends in silence.
  async #share(button: HTMLElement): Promise<void> {
    const request = this.#request;
    if (!request) return;
    try {
      const { shareRequest } = await import('./share-request');
      await shareRequest({
        button,
        file: requestFile(request, this.#attempt),
        code: encodeRequestCode(request),
        name: request.identity.name,
        codeBox: this.querySelector<HTMLTextAreaElement>('[data-request-code]'),
        status: (message) => this.#status(message),
      });
    } catch {
      await this.#copy();
    }
  }

  async #copy(): Promise<void> {
    const box = this.querySelector<HTMLTextAreaElement>('[data-request-code]');
    if (!box) return;
    try {
      await navigator.clipboard.writeText(box.value);
      this.#status(this.#strings['certPage.copied']);
    } catch {
      box.focus();
      box.select();
      this.#status(this.#strings['certPage.copyFailed']);
    }
  }

  #status(message: string): void {
    const status = this.querySelector('[data-request-status]');
    if (status) status.textContent = message;
  }
}

customElements.define('netral-certificate', NetralCertificate);
