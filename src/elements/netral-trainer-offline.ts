// <netral-trainer-offline data-module="…">: saves one module's (or the one chosen in its select, or all) trainer material (decks, presenter views,
// handouts, and the common trainer pages) for offline use, on request. The build lists that material in
// offline/trainer-<module>.json (src/integrations/offline.ts); this element fetches every file once into the
// trainer cache, which the service worker serves when the network is away. Saving again fetches only what
// changed since the last time. Strings come from data-strings. Rendered by TrainerOfflineSave.astro.
import { COMMON_GROUP, trainerListFile } from '../lib/offline/plan';
import { parsePrecacheInfo, TRAINER_CACHE, type PrecacheEntry, type PrecacheInfo } from '../lib/offline/precache';
import { entriesToSave, formatBytes, servedUrl } from '../lib/offline/save';
import { fill, KitElement, readStrings, setText } from './kit';
import { offlineSupported, registerWorker, workerLocation } from './sw-registration';

// Enough to keep a slow connection busy without flooding it.
const PARALLEL = 4;

export class NetralTrainerOffline extends KitElement {
  #busy = false;
  #strings = readStrings<'trainerOffline'>(this);

  protected start(): void {
    this.#strings = readStrings<'trainerOffline'>(this);
    const button = this.querySelector<HTMLButtonElement>('[data-offline-save]');
    if (!button) return;
    if (!offlineSupported()) {
      this.#say(this.#strings['offline.unsupported']);
      return;
    }
    button.disabled = false;
    this.listen(button, 'click', () => void this.save());
  }

  /** Saves this module's trainer material and the common trainer pages; resolves when done or stopped. */
  async save(): Promise<void> {
    const where = workerLocation(this);
    const select = this.querySelector<HTMLSelectElement>('select[data-offline-module]');
    // The choice's empty value stands for every module (a session may join lessons of several).
    const modules = this.dataset['module'] ? [this.dataset['module']] : select?.value ? [select.value] : [...(select?.options ?? [])].map((o) => o.value).filter(Boolean);
    if (this.#busy || !where || !modules.length) return;
    this.#busy = true;
    const button = this.querySelector<HTMLButtonElement>('[data-offline-save]');
    if (button) button.disabled = true;
    const strings = this.#strings;
    let done = 0;
    let total = 0;
    try {
      this.#say(strings['offline.trainerSaving']);
      // The worker serves the saved copy; make sure this browser has one.
      await registerWorker(where);
      const cache = await caches.open(TRAINER_CACHE);
      const lists: [URL, PrecacheInfo, PrecacheInfo | null][] = [];
      for (const group of [...modules, COMMON_GROUP]) {
        const url = new URL(trainerListFile(group), where.url);
        const response = await fetch(url, { cache: 'no-cache' });
        const info = response.ok ? parsePrecacheInfo(await response.json()) : null;
        if (!info) throw new Error(`no list at ${url.href}`);
        lists.push([url, info, parsePrecacheInfo(await (await cache.match(url))?.json().catch(() => null))]);
      }
      const all = new Map<string, PrecacheEntry>();
      for (const [, info] of lists) for (const entry of info.entries) all.set(entry.url, entry);
      const present = new Set<string>();
      for (const entry of all.values()) if (await cache.match(new URL(servedUrl(entry.url), where.url))) present.add(entry.url);
      const saved = lists.flatMap(([, , before]) => before?.entries ?? []);
      const todo = entriesToSave([...all.values()], saved, present);
      total = all.size;
      done = total - todo.length;
      this.#progress(done, total);
      const queue = [...todo];
      const worker = async () => {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const url = new URL(servedUrl(entry.url), where.url);
          const response = await fetch(url, { cache: 'no-cache' });
          if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
          await cache.put(url, response);
          done += 1;
          this.#progress(done, total);
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      // The lists go last: they mark the module as saved, at these revisions.
      for (const [url, info] of lists) await cache.put(url, new Response(JSON.stringify(info), { headers: { 'content-type': 'application/json' } }));
      const bytes = lists.reduce((sum, [, info]) => sum + info.bytes, 0);
      this.#say(fill(strings[modules.length > 1 ? 'offline.trainerDoneAll' : 'offline.trainerDone'], { total, size: formatBytes(bytes) }));
      this.dataset['saved'] = '';
    } catch {
      this.#say(total ? fill(strings['offline.trainerFailed'], { done, total }) : strings['offline.unreachable']);
    } finally {
      this.#busy = false;
      if (button) button.disabled = false;
    }
  }

  #say(message: string): void {
    setText(this, '[data-offline-status]', message);
  }

  #progress(done: number, total: number): void {
    const bar = this.querySelector<HTMLProgressElement>('progress');
    if (bar) {
      bar.max = Math.max(total, 1);
      bar.value = done;
      bar.hidden = false;
    }
    setText(this, '[data-offline-count]', fill(this.#strings['offline.progress'], { done, total }));
  }
}

customElements.define('netral-trainer-offline', NetralTrainerOffline);
