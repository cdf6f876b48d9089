// <netral-lms>: the SCORM launch page. Finds the LMS's API with the standard search through parent and
// opener windows, starts one session for the whole course (src/lib/scorm/session.ts), offers its storage to
// the course pages (src/elements/lms-host.ts) and opens them in the inner frame, at the lesson the learner
// visited last. On leaving the page the session sets the session time, commits and finishes.
// Configuration and strings come from data-* attributes; data-lms says how it went ("1.2", "2004" or
// "failed"), for tests to wait on.
import { progressRecord } from '../lib/progress';
import type { LmsCourse } from '../lib/scorm/course';
import { startLmsSession, type LmsApi, type Scorm12Api, type Scorm2004Api } from '../lib/scorm/session';
import { createStore } from '../lib/storage';
import { KitElement, fill, readJson, readStrings } from './kit';

interface Config {
  course: LmsCourse;
  /** The course's home page, relative to this page. */
  home: string;
  /** Each lesson's page, in course order, relative to this page. */
  lessonHrefs: string[];
}

// The search the SCORM run-time specifications describe: up the parents (at most 7 levels), then the opener
// and its parents. Windows of another origin throw on access and are skipped.
function findIn(start: Window | null, name: 'API' | 'API_1484_11'): unknown {
  let win = start;
  for (let depth = 0; win && depth <= 7; depth++) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (api) return api;
    } catch {
      // Another origin: keep climbing.
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

/** The LMS API, preferring the version the manifest launched us for (?scorm=1.2 or ?scorm=2004). */
export function findLmsApi(wanted: string | null): LmsApi | null {
  const find = (name: 'API' | 'API_1484_11') => findIn(window, name) ?? findIn(window.opener as Window | null, name);
  const api2004 = wanted === '1.2' ? null : find('API_1484_11');
  if (api2004) return { version: '2004', api: api2004 as Scorm2004Api };
  const api12 = wanted === '2004' ? null : find('API');
  return api12 ? { version: '1.2', api: api12 as Scorm12Api } : null;
}

export class NetralLms extends KitElement {
  protected start(): void {
    const config = readJson<Config | null>(this, 'config', null);
    const strings = readStrings<'lms'>(this);
    const status = this.querySelector<HTMLElement>('[data-lms-status]');
    const alert = this.querySelector<HTMLElement>('[data-lms-alert]');
    const frame = this.querySelector<HTMLIFrameElement>('[data-lms-frame]');
    if (!config || !frame) throw new Error('netral-lms: no configuration');
    const fail = (message: string) => {
      if (status) status.hidden = true;
      if (alert) {
        alert.textContent = message;
        alert.hidden = false;
      }
      this.dataset['lms'] = 'failed';
    };

    const lms = findLmsApi(new URLSearchParams(location.search).get('scorm'));
    if (!lms) return fail(strings['lms.noApi']);
    const session = startLmsSession(lms, config.course);
    if (session === 'initialize-failed') {
      const code = lms.version === '1.2' ? lms.api.LMSGetLastError() : lms.api.GetLastError();
      return fail(fill(strings['lms.initFailed'], { code: String(code) }));
    }
    window.netralLms = { storage: session.storage, learner: session.learner };
    // pagehide covers closing, reloading and the LMS replacing the frame; beforeunload the older players.
    const finish = () => session.finish();
    this.listen(window, 'pagehide', finish);
    this.listen(window, 'beforeunload', finish);

    const last = createStore(session.storage).read(progressRecord).last?.lesson;
    const index = last ? config.course.lessons.findIndex((lesson) => lesson.id === last) : -1;
    frame.src = config.lessonHrefs[index] ?? config.home;
    frame.hidden = false;
    if (status) status.hidden = true;
    if (session.suspendDataUnreadable && alert) {
      alert.textContent = strings['lms.restoreFailed'];
      alert.hidden = false;
    }
    this.dataset['lms'] = lms.version;
  }
}

customElements.define('netral-lms', NetralLms);
