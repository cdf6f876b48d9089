// One LMS session of the whole course (one SCO): initialise once, restore the learner's records from the
// LMS's suspend data into a store kept in memory, report status, score and suspend data whenever a record
// changes, and on exit set the session time, commit and finish. Pure: the LMS's API object and the clock
// are passed in (src/elements/netral-lms.ts finds the API in the browser; tests pass scorm-again's).
//
// Inside the LMS the LMS is the learner's record: nothing is written to the browser's localStorage, so
// the next learner on a shared computer starts empty and the learner's standalone-site progress on that
// browser is not mixed in. The course pages, in an inner frame, use `storage` below as their store.
import { examTermsRecord } from '../cert/exam-terms';
import { progressRecord } from '../progress';
import { attemptsRecord, checksRecord, readExamResults } from '../quiz/records';
import { createStore, encodeStored, type StorageLike } from '../storage';
import { cmiValues12, cmiValues2004, keepCredit, lmsReport, sessionTime12, sessionTime2004, type CmiValue, type LmsCredit } from './cmi';
import type { LmsCourse } from './course';
import type { ScormVersion } from './manifest';
import { decodeSuspendData, encodeSuspendData, type LearnerRecords } from './suspend';

/** The SCORM 1.2 API (window.API) as an LMS provides it. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
}

/** The SCORM 2004 API (window.API_1484_11) as an LMS provides it. */
export interface Scorm2004Api {
  Initialize(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetLastError(): string | number;
}

/** Either API with the version it speaks. */
export type LmsApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** The learner as the LMS names them. */
export interface LmsLearner {
  id: string;
  name: string;
}

/** Why a session could not start. */
export type LmsStartError = 'initialize-failed';

export interface LmsSession {
  readonly version: ScormVersion;
  readonly learner: LmsLearner;
  /** Whether the LMS's suspend data could not be read (the learner then starts empty). */
  readonly suspendDataUnreadable: boolean;
  /** The learner-data storage the course pages use for this session (in memory, fed by the LMS). */
  readonly storage: StorageLike;
  /** Reports the current records to the LMS (called after every change) and commits. */
  sync(): void;
  /** Ends the session: session time, exit, commit, finish. Only the first call does anything. */
  finish(): void;
}

const truthy = (value: string | boolean) => value === true || value === 'true';

/** The records the LMS keeps, by their storage key. */
const kept = [progressRecord, checksRecord, attemptsRecord, examTermsRecord] as const;

/** Starts the session: initialises the LMS once and restores the learner's records. */
export function startLmsSession(lms: LmsApi, course: LmsCourse, now: () => Date = () => new Date()): LmsSession | LmsStartError {
  const started = now().getTime();
  const calls =
    lms.version === '1.2'
      ? {
          init: () => truthy(lms.api.LMSInitialize('')),
          get: (element: string) => String(lms.api.LMSGetValue(element) ?? ''),
          set: (element: string, value: string) => truthy(lms.api.LMSSetValue(element, value)),
          commit: () => truthy(lms.api.LMSCommit('')),
          finish: () => truthy(lms.api.LMSFinish('')),
          values: cmiValues12,
          names: { id: 'cmi.core.student_id', name: 'cmi.core.student_name', exit: 'cmi.core.exit', time: 'cmi.core.session_time' },
          time: sessionTime12,
        }
      : {
          init: () => truthy(lms.api.Initialize('')),
          get: (element: string) => String(lms.api.GetValue(element) ?? ''),
          set: (element: string, value: string) => truthy(lms.api.SetValue(element, value)),
          commit: () => truthy(lms.api.Commit('')),
          finish: () => truthy(lms.api.Terminate('')),
          values: cmiValues2004,
          names: { id: 'cmi.learner_id', name: 'cmi.learner_name', exit: 'cmi.exit', time: 'cmi.session_time' },
          time: sessionTime2004,
        };
  if (!calls.init()) return 'initialize-failed';

  const learner = { id: calls.get(calls.names.id), name: calls.get(calls.names.name) };
  // SCORM 2004 reports an error for suspend data never set; the LMS keeps it only for a resumed attempt.
  const resumed = lms.version === '1.2' || calls.get('cmi.entry') === 'resume';
  const restored = decodeSuspendData(course, resumed ? calls.get('cmi.suspend_data') : '');
  const items = new Map<string, string>();
  const records = restored;
  if (records) {
    items.set(progressRecord.key, encodeStored(progressRecord, records.progress));
    items.set(checksRecord.key, encodeStored(checksRecord, records.checks));
    items.set(attemptsRecord.key, encodeStored(attemptsRecord, records.attempts));
    items.set(examTermsRecord.key, encodeStored(examTermsRecord, records.examTerms));
  }

  // What the LMS holds already: what is sent never lowers it (see keepCredit()). A 2004 score is read only
  // when a status says one was set (reading an unset element is an error there).
  const statusElements = lms.version === '1.2' ? ['cmi.core.lesson_status'] : ['cmi.completion_status', 'cmi.success_status'];
  const held: LmsCredit = { statuses: Object.fromEntries(statusElements.map((element) => [element, calls.get(element)])), score: null };
  const scored = lms.version === '1.2' || ['passed', 'failed'].includes(held.statuses['cmi.success_status'] ?? '');
  const heldRaw = scored ? calls.get(lms.version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw') : '';
  if (heldRaw !== '' && Number.isFinite(Number(heldRaw))) held.score = Number(heldRaw);

  // What was last sent, so an unchanged value is not sent (and committed) again.
  const sent = new Map<string, string>();
  const send = (values: readonly CmiValue[]): boolean => {
    let changed = false;
    for (const [element, value] of keepCredit(values, held)) {
      if (sent.get(element) === value) continue;
      if (calls.set(element, value)) {
        sent.set(element, value);
        if (Object.hasOwn(held.statuses, element)) held.statuses[element] = value;
        if (element.endsWith('.score.raw')) held.score = Number(value);
      }
      changed = true;
    }
    return changed;
  };

  let finished = false;
  const session: LmsSession = {
    version: lms.version,
    learner,
    suspendDataUnreadable: restored === null,
    storage: {
      getItem: (key) => items.get(key) ?? null,
      setItem(key, value) {
        items.set(key, value);
        if (kept.some((def) => def.key === key)) session.sync();
      },
      removeItem(key) {
        items.delete(key);
        if (kept.some((def) => def.key === key)) session.sync();
      },
    },
    sync() {
      if (finished) return;
      // A fresh store over the session's items: each read is validated like any page's.
      const store = createStore(session.storage);
      const state = { progress: store.read(progressRecord), checks: store.read(checksRecord).lessons };
      const current: LearnerRecords = {
        progress: state.progress,
        checks: store.read(checksRecord),
        attempts: store.read(attemptsRecord),
        examTerms: store.read(examTermsRecord),
      };
      const report = lmsReport(course, state, readExamResults(store));
      const values: CmiValue[] = [...calls.values(report), ['cmi.suspend_data', encodeSuspendData(course, current, now())]];
      // The suspend data carries the save time: only a change of the learner's records counts as a change.
      const suspend = values.at(-1)![1];
      const previous = sent.get('cmi.suspend_data');
      const sameRecords = previous !== undefined && withoutTime(previous) === withoutTime(suspend);
      const changed = send(sameRecords ? values.slice(0, -1) : values);
      if (changed) calls.commit();
    },
    finish() {
      if (finished) return;
      session.sync();
      finished = true;
      calls.set(calls.names.time, calls.time(now().getTime() - started));
      // "suspend": the learner comes back to where they stopped, whatever their status.
      calls.set(calls.names.exit, 'suspend');
      calls.commit();
      calls.finish();
    },
  };
  // The LMS hears the learner's standing from the start (a first launch: incomplete).
  session.sync();
  return session;
}

function withoutTime(suspend: string): string {
  return suspend.replace(/"at":\d+,/, '');
}
