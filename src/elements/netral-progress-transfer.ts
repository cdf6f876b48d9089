// <netral-progress-transfer>: export the learner's data to a JSON file, import such a file (validated; a
// summary and a confirmation dialog before anything is replaced), and reset with a confirmation dialog.
// The file format and all checks live in src/lib/progress-file.ts. The course outline for the summary is
// read from the closest [data-outline] (the Progres Saya page); strings come from data-strings.
import { learnerRecords } from '../lib/learner-records';
import { isLessonCompleted, progressRecord, type LearnerState, type OutlineModule, type ProgressData } from '../lib/progress';
import {
  MAX_FILE_BYTES,
  applyImport,
  exportLearnerData,
  parseImportFile,
  resetLearnerData,
  type ApplyOutcome,
  type ImportError,
  type ImportFile,
} from '../lib/progress-file';
import { attemptsRecord, checksRecord, type AttemptsData, type ChecksData } from '../lib/quiz/records';
import type { GroupKey, GroupStrings } from '../i18n/groups';
import { formatMoment } from '../lib/format';
import { downloadFile, fill, h, KitElement, readJson, readStrings } from './kit';
import { getStore } from './storage';

type ProgressKey = GroupKey<'progressTransfer'>;

const importErrors: Record<ImportError, ProgressKey> = {
  'too-large': 'progress.importTooLarge',
  'not-json': 'progress.importNotJson',
  foreign: 'progress.importForeign',
  newer: 'progress.importNewer',
  'unknown-record': 'progress.importUnknown',
  invalid: 'progress.importInvalid',
};

const outcomes: Record<ApplyOutcome, ProgressKey> = {
  saved: 'progress.imported',
  memory: 'progress.importedMemory',
  failed: 'progress.importFailed',
  'not-writable': 'progress.notWritable',
};

/** Opens a confirmation dialog; its answer starts empty (Escape leaves the last answer in place otherwise). */
function open(dialog: HTMLDialogElement): void {
  dialog.returnValue = '';
  dialog.showModal();
}

class NetralProgressTransfer extends KitElement {
  #strings!: GroupStrings<'progressTransfer'>;
  #pending: ImportFile | null = null;

  protected start(): void {
    this.#strings = readStrings<'progressTransfer'>(this);
    const exportButton = this.querySelector<HTMLButtonElement>('[data-export]');
    const input = this.querySelector<HTMLInputElement>('[data-import]');
    const resetButton = this.querySelector<HTMLButtonElement>('[data-reset]');
    const importDialog = this.querySelector<HTMLDialogElement>('[data-import-dialog]');
    const resetDialog = this.querySelector<HTMLDialogElement>('[data-reset-dialog]');
    if (exportButton) this.listen(exportButton, 'click', () => this.#export());
    if (input) this.listen(input, 'change', () => void this.#choose(input, importDialog));
    if (resetButton) this.listen(resetButton, 'click', () => resetDialog && open(resetDialog));
    if (importDialog) this.listen(importDialog, 'close', () => this.#importClosed(importDialog));
    if (resetDialog) this.listen(resetDialog, 'close', () => this.#resetClosed(resetDialog));
    for (const control of [exportButton, input, resetButton]) if (control) control.disabled = false;
  }

  #export(): void {
    const result = exportLearnerData(getStore(), learnerRecords, { now: new Date(), site: this.dataset['site'] ?? '' });
    if (!result.ok) return this.#say('error', this.#strings['progress.exportNewer']);
    downloadFile(result.fileName, result.text, 'application/json');
    this.#say('ok', fill(this.#strings['progress.exported'], { file: result.fileName }));
  }

  async #choose(input: HTMLInputElement, dialog: HTMLDialogElement | null): Promise<void> {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is a new choice.
    input.value = '';
    if (!file || !dialog) return;
    const s = this.#strings;
    if (file.size > MAX_FILE_BYTES) return this.#say('error', s['progress.importTooLarge']);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return this.#say('error', s['progress.importUnreadable']);
    }
    const parsed = parseImportFile(text, learnerRecords);
    if (!parsed.ok) {
      const label = parsed.error === 'invalid' && parsed.record ? this.#recordLabel(parsed.record) : '';
      return this.#say('error', label ? fill(s['progress.importInvalidRecord'], { record: label }) : s[importErrors[parsed.error]]);
    }
    this.#pending = parsed.file;
    this.#fillSummary(dialog, parsed.file);
    this.#say('ok', '');
    open(dialog);
  }

  #fillSummary(dialog: HTMLDialogElement, file: ImportFile): void {
    const s = this.#strings;
    const store = getStore();
    const outline = readJson<OutlineModule[]>(this.closest<HTMLElement>('[data-outline]') ?? this, 'outline', []);
    const lessons = outline.flatMap((m) => m.lessons);
    const completed = (state: LearnerState) => lessons.filter((l) => isLessonCompleted(l, state)).length;
    // The device after import: the file's records, and the device's own for any record the file lacks.
    const value = <T>(name: string, current: T): T => (file.records.find((r) => r.def.name === name)?.value as T | undefined) ?? current;
    const progress = value<ProgressData>(progressRecord.name, store.read(progressRecord));
    const checks = value<ChecksData>(checksRecord.name, store.read(checksRecord));
    const attempts = value<AttemptsData>(attemptsRecord.name, store.read(attemptsRecord));
    const from = dialog.querySelector('[data-import-from]');
    if (from) from.textContent = fill(s['progress.importFrom'], { site: file.site || '—', date: formatMoment(file.exportedAt) });
    const items = [
      fill(s['progress.importLessons'], { n: completed({ progress, checks: checks.lessons }) }),
      fill(s['progress.importChecks'], { n: Object.keys(checks.lessons).length }),
      fill(s['progress.importExams'], {
        pre: attempts.attempts.filter((a) => a.status === 'submitted' && a.kind === 'pre').length,
        post: attempts.attempts.filter((a) => a.status === 'submitted' && a.kind === 'post').length,
      }),
    ].map((text) => h('li', { text }));
    dialog.querySelector('[data-import-summary]')?.replaceChildren(...items);
    const warning = dialog.querySelector('[data-import-warning]');
    const now = { progress: store.read(progressRecord), checks: store.read(checksRecord).lessons };
    if (warning) warning.textContent = fill(s['progress.importWarning'], { n: completed(now) });
  }

  #importClosed(dialog: HTMLDialogElement): void {
    const file = this.#pending;
    this.#pending = null;
    if (!file) return;
    if (dialog.returnValue !== 'confirm') return this.#say('info', this.#strings['progress.importCancelled']);
    const outcome = applyImport(getStore(), file);
    this.#say(outcome === 'saved' || outcome === 'memory' ? 'ok' : 'error', this.#strings[outcomes[outcome]]);
  }

  #resetClosed(dialog: HTMLDialogElement): void {
    const s = this.#strings;
    if (dialog.returnValue !== 'confirm') return this.#say('info', s['progress.resetCancelled'], 'reset');
    const outcome = resetLearnerData(getStore(), learnerRecords);
    if (outcome === 'not-writable') this.#say('error', s['progress.notWritable'], 'reset');
    else this.#say('ok', s['progress.resetDone'], 'reset');
  }

  #recordLabel(name: string): string {
    return readJson<Record<string, string>>(this, 'records', {})[name] ?? '';
  }

  // Success goes to a status region, failure to an alert, each next to its controls (export and import, or
  // reset); the other messages are cleared.
  #say(kind: 'ok' | 'info' | 'error', message: string, place: 'transfer' | 'reset' = 'transfer'): void {
    for (const region of this.querySelectorAll('[data-message]')) region.replaceChildren();
    const region = this.querySelector(`[data-message="${place}-${kind === 'error' ? 'error' : 'status'}"]`);
    if (!region || !message) return;
    region.replaceChildren(h('p', { class: `notice notice--${kind === 'ok' ? 'success' : kind === 'info' ? 'info' : 'danger'}`, text: message }));
  }
}

customElements.define('netral-progress-transfer', NetralProgressTransfer);
