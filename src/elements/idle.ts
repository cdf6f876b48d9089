// Loads what pages start when the browser is idle: the idle elements (src/elements/idle-elements.ts) with
// their stylesheet, for islands.ts when the browser is idle and for the test and practice pages when they
// first show a question (the question view is in that chunk); and the stylesheets elements name in
// data-styles (a test's run and result views). The idle elements' stylesheet (src/elements/idle-elements.css,
// named by Head.astro's <meta name="netral-idle-styles">) is requested alongside their code; the elements
// that need it wait for it (lateStyles() in kit.ts). Part of the islands script every page loads
// (astro.config.mjs).

/** Runs `task` after the load event, when the browser is idle (at most two seconds later). */
export function whenIdle(task: () => void): void {
  const schedule = () =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200);
  if (document.readyState === 'complete') schedule();
  else addEventListener('load', schedule, { once: true });
}

const added = new Map<string, Promise<void>>();

/**
 * Adds a stylesheet to the page, once; resolves when it has loaded or failed to (what it styles then shows
 * unstyled rather than never). A `mark`ed one carries data-netral-styles, "loading" and then "done".
 */
export function addStylesheet(href: string, mark = false): Promise<void> {
  let loaded = added.get(href);
  if (!loaded) {
    loaded = new Promise((done) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      if (mark) link.dataset['netralStyles'] = 'loading';
      link.onload = link.onerror = () => {
        if (mark) link.dataset['netralStyles'] = 'done';
        done();
      };
      document.head.append(link);
    });
    added.set(href, loaded);
  }
  return loaded;
}

/** Adds the idle elements' stylesheet (once) and imports their code. */
export function loadIdleElements(): Promise<typeof import('./idle-elements')> {
  const href = document.querySelector<HTMLMetaElement>('meta[name="netral-idle-styles"]')?.content;
  if (href) void addStylesheet(href, true);
  return import('./idle-elements');
}
