// <netral-sw>: registers the service worker and, when a new version of the site is waiting, shows
// "Versi baru tersedia — Muat ulang". The new version takes over only when the learner presses the button:
// the waiting worker is told to skip waiting, and the page reloads once it controls the page.
// The prompt's HTML is server-rendered in a <template>; it is copied into the role="status" region.
import { registerWorker, workerLocation } from './sw-registration';

class NetralSw extends HTMLElement {
  #accepted = false;

  connectedCallback(): void {
    void this.#start();
  }

  async #start(): Promise<void> {
    const where = workerLocation(this);
    if (!where) return;
    const registration = await registerWorker(where);
    if (!registration) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      // Only the tab whose learner accepted reloads; the new worker also serves other tabs from now on.
      if (this.#accepted) location.reload();
    });
    if (registration.waiting) this.#offer(registration);
    if (registration.installing) this.#watch(registration.installing, registration);
    registration.addEventListener('updatefound', () => {
      if (registration.installing) this.#watch(registration.installing, registration);
    });
    // A tab left open for days still learns about new versions when the learner comes back to it.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
    });
  }

  #watch(worker: ServiceWorker, registration: ServiceWorkerRegistration): void {
    worker.addEventListener('statechange', () => {
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
