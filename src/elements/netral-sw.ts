// <netral-sw>: registers the service worker, shows where the offline copy stands, and offers new versions.
//
// Offline status (every page, so the learner sees it on the home page and in a lesson): on the first visit
// the worker saves the learner core in the background; a small panel shows "Menyimpan…" with how many
// files are saved, then "Siap dibuka tanpa internet" once the worker is active (a worker activates only
// after every file of its precache is saved). On later visits the ready state is shown once per browser
// session. The panel has data-state="saving" | "ready" | "stopped" for tests and styles. Its sentences come
// from /teks.json when there is first something to say (lateStrings()), not in every page's HTML.
//
// Updates: when a new version of the site is waiting, it shows "Versi baru tersedia — Muat ulang". The new
// version takes over only when the learner presses the button: the waiting worker is told to skip waiting,
// and the page reloads once it controls the page. The prompt's HTML is server-rendered in a <template>.
import { CACHE_ID, countCached, parsePrecacheInfo, PRECACHE_INFO_FILE } from '../lib/offline/precache';
import { fill, KitElement, lateStringsOrNull, lateStyles, setText } from './kit';
import { precachedUrls, registerWorker, stateChangeOr, workerLocation, type WorkerLocation } from './sw-registration';

const POLL_MS = 500;
// Set once the ready state was shown in this browser session, so it does not follow the learner to every page.
const SHOWN_KEY = 'netral:offline-ready-shown';

type OfflineState = 'saving' | 'ready' | 'stopped';

class NetralSw extends KitElement {
  #accepted = false;

  /** Ready once the worker is registered and the update prompt wired; the first save is followed after that. */
  protected async start(): Promise<void> {
    // The panels' styles come with this code (idle-elements.css): nothing shows before they are here.
    await lateStyles();
    const where = workerLocation(this);
    if (!where) return;
    const registration = await registerWorker(where);
    if (!registration) return;
    this.listen(navigator.serviceWorker, 'controllerchange', () => {
      // Only the tab whose learner accepted reloads; the new worker also serves other tabs from now on.
      if (this.#accepted) location.reload();
    });
    const first = !navigator.serviceWorker.controller && !registration.active;
    if (registration.waiting) this.#offer(registration);
    if (registration.installing) this.#watch(registration.installing, registration);
    this.listen(registration, 'updatefound', () => {
      if (registration.installing) this.#watch(registration.installing, registration);
    });
    // A tab left open for days still learns about new versions when the learner comes back to it.
    this.listen(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
    });
    if (first && registration.installing) void this.#followFirstSave(registration.installing, where);
    else if (registration.active) void this.#showReadyOnce();
  }

  /** Shows the first save's progress until the worker is active (ready) or gives up (stopped). */
  async #followFirstSave(worker: ServiceWorker, where: WorkerLocation): Promise<void> {
    // Without the strings file the offline copy is saved the same; only the panel stays quiet.
    const strings = await lateStringsOrNull('offlineStatus');
    if (!strings) return;
    this.#show('saving', strings['offline.statusSaving']);
    const info = await fetch(new URL(PRECACHE_INFO_FILE, where.url))
      .then(async (response) => (response.ok ? parsePrecacheInfo(await response.json()) : null))
      .catch(() => null);
    while (worker.state === 'installing' || worker.state === 'installed' || worker.state === 'activating') {
      if (info) {
        const done = countCached(info.entries, await precachedUrls(CACHE_ID), where.url);
        this.#progress(done, info.entries.length, strings['offline.progress']);
      }
      await stateChangeOr(worker, POLL_MS);
    }
    if (worker.state === 'activated') {
      if (info) this.#progress(info.entries.length, info.entries.length, strings['offline.progress']);
      this.#show('ready', strings['offline.statusReady']);
      this.#remember();
    } else {
      this.#show('stopped', strings['offline.statusStopped']);
    }
  }

  /** On later visits: the ready state, on the first page of a browser session only. */
  async #showReadyOnce(): Promise<void> {
    try {
      if (sessionStorage.getItem(SHOWN_KEY)) return;
    } catch {
      // No session storage: show it; the learner can close it.
    }
    const strings = await lateStringsOrNull('offlineStatus');
    if (!strings) return;
    this.#show('ready', strings['offline.statusReady']);
    this.#remember();
  }

  #remember(): void {
    try {
      sessionStorage.setItem(SHOWN_KEY, '1');
    } catch {
      // Shown again on the next page: harmless.
    }
  }

  #show(state: OfflineState, message: string): void {
    const panel = this.querySelector<HTMLElement>('[data-offline-state]');
    if (!panel) return;
    panel.dataset['offlineState'] = state;
    const bar = panel.querySelector<HTMLProgressElement>('progress');
    if (bar && state !== 'saving') bar.hidden = true;
    if (!panel.hidden) {
      setText(panel, '[data-offline-message]', message);
      return;
    }
    panel.hidden = false;
    panel.querySelector('[data-offline-close]')?.addEventListener('click', () => (panel.hidden = true), { once: true });
    // The status region has just become visible: fill it a frame later so screen readers announce it.
    requestAnimationFrame(() => setText(panel, '[data-offline-message]', message));
  }

  #progress(done: number, total: number, template: string): void {
    const panel = this.querySelector<HTMLElement>('[data-offline-state]');
    const bar = panel?.querySelector<HTMLProgressElement>('progress');
    if (!panel || !bar) return;
    bar.max = Math.max(total, 1);
    bar.value = done;
    bar.hidden = false;
    setText(panel, '[data-offline-count]', fill(template, { done, total }));
  }

  #watch(worker: ServiceWorker, registration: ServiceWorkerRegistration): void {
    this.listen(worker, 'statechange', () => {
      if (worker.state === 'installed') this.#offer(registration);
    });
  }

  /** Shows the prompt, unless this is the first install (nothing to replace) or it is already shown. */
  #offer(registration: ServiceWorkerRegistration): void {
    if (!navigator.serviceWorker.controller) return;
    const region = this.querySelector<HTMLElement>('[data-update-region]');
    const template = this.querySelector<HTMLTemplateElement>('template[data-update-template]');
    if (!region || !template || region.childElementCount > 0) return;
    region.append(template.content.cloneNode(true));
    const button = region.querySelector<HTMLButtonElement>('[data-update-accept]');
    button?.addEventListener('click', () => {
      this.#accepted = true;
      button.disabled = true;
      const waiting = registration.waiting;
      // Another tab may have accepted already: the new worker is active, a reload is all that is left.
      if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    });
  }
}

customElements.define('netral-sw', NetralSw);
