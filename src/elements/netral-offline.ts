// <netral-offline>: the "Simpan untuk offline" control. The service worker precaches the learner core by
// itself after the first visit (<netral-sw> shows that on every page); on a slow or patchy connection this control makes that visible ("X dari Y
// berkas") and restarts it after a failure. Workbox's install skips files already cached, so a restart
// continues where the last attempt stopped. Progress is read from the precache against precache.json.
// Strings come from data-strings (group "offline").
import { CACHE_ID, countCached, parsePrecacheInfo, PRECACHE_INFO_FILE, type PrecacheInfo } from '../lib/offline/precache';
import { formatBytes } from '../lib/offline/save';
import { offlineSupported, precachedUrls, registerWorker, stateChangeOr, workerLocation, type WorkerLocation } from './sw-registration';
import type { GroupStrings } from '../i18n/groups';
import { fill, KitElement, readStrings } from './kit';

const POLL_MS = 400;

class NetralOffline extends KitElement {
  #busy = false;

  protected start(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-offline-save]');
    if (!button) return;
    if (!offlineSupported()) {
      this.#say(this.#strings['offline.unsupported']);
      return;
    }
    button.disabled = false;
    this.listen(button, 'click', () => void this.save());
  }

  get #strings(): GroupStrings<'offline'> {
    return readStrings<'offline'>(this);
  }

  /** Saves the learner core: follows the worker's install, restarting it when it stopped, with progress. */
  async save(): Promise<void> {
    const where = workerLocation(this);
    if (this.#busy || !where) return;
    this.#busy = true;
    const button = this.querySelector<HTMLButtonElement>('[data-offline-save]');
    if (button) button.disabled = true;
    const strings = this.#strings;
    try {
      this.#say(strings['offline.checking']);
      const [registration, info] = await Promise.all([registerWorker(where), this.#loadInfo()]);
      if (!registration || !info) {
        this.#say(strings['offline.unreachable']);
        return;
      }
      this.#showVersion(info);
      let done = await this.#count(info, where);
      if (done < info.entries.length && !registration.installing && !registration.waiting) {
        // Nothing is being saved (an earlier attempt failed): ask the browser for a fresh install.
        await registration.update().catch(() => undefined);
      }
      this.#say(strings['offline.saving']);
      for (;;) {
        // Read before counting: a worker that finished installing in between has cached everything.
        const installing = registration.installing;
        done = await this.#count(info, where);
        this.#showProgress(done, info.entries.length);
        if (done >= info.entries.length) {
          this.#say(fill(strings['offline.done'], { total: info.entries.length, size: formatBytes(info.bytes) }));
          return;
        }
        if (!installing) {
          this.#say(fill(strings['offline.failed'], { done, total: info.entries.length }));
          return;
        }
        await stateChangeOr(installing, POLL_MS);
      }
    } catch {
      this.#say(strings['offline.unreachable']);
    } finally {
      this.#busy = false;
      if (button) button.disabled = false;
    }
  }

  async #loadInfo(): Promise<PrecacheInfo | null> {
    try {
      // Served from the precache when the worker controls the page, so it also works offline.
      const response = await fetch(new URL(PRECACHE_INFO_FILE, workerLocation(this)?.url ?? location.href));
      return response.ok ? parsePrecacheInfo(await response.json()) : null;
    } catch {
      return null;
    }
  }

  async #count(info: PrecacheInfo, where: WorkerLocation): Promise<number> {
    return countCached(info.entries, await precachedUrls(CACHE_ID), where.url);
  }

  #say(message: string): void {
    const status = this.querySelector<HTMLElement>('[data-offline-status]');
    if (status) status.textContent = message;
  }

  #showProgress(done: number, total: number): void {
    const bar = this.querySelector<HTMLProgressElement>('progress');
    const text = this.querySelector<HTMLElement>('[data-offline-count]');
    if (bar) {
      bar.max = total;
      bar.value = done;
      bar.hidden = false;
    }
    if (text) text.textContent = fill(this.#strings['offline.progress'], { done, total });
  }

  #showVersion(info: PrecacheInfo): void {
    const version = this.querySelector<HTMLElement>('[data-offline-version]');
    if (version) version.textContent = fill(this.#strings['offline.version'], { version: info.version });
  }
}

customElements.define('netral-offline', NetralOffline);
