// Loads the idle elements (src/elements/idle-elements.ts) with their stylesheet: islands.ts when the browser
// is idle, the test and practice pages when they first show a question (the question view is in that
// chunk). The stylesheet (src/elements/idle-elements.css, named by Head.astro's <meta name="netral-idle-styles">)
// is requested alongside the code; the elements that need it wait for it (lateStyles() in kit.ts). Part of
// the islands script every page loads (astro.config.mjs).

/** Adds the idle elements' stylesheet (once) and imports their code. */
export function loadIdleElements(): Promise<typeof import('./idle-elements')> {
  const href = document.querySelector<HTMLMetaElement>('meta[name="netral-idle-styles"]')?.content;
  if (href && !document.querySelector('link[data-netral-styles]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset['netralStyles'] = 'loading';
    const done = () => (link.dataset['netralStyles'] = 'done');
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
    document.head.append(link);
  }
  return import('./idle-elements');
}
