/**
 * Pagefind's files, fetched in parallel the moment search is wanted (the header box gains focus,
 * or the results page opens with a query) instead of one after another as Pagefind asks for them:
 * its script, its entry file and its WebAssembly, with the site's search data and page list. The
 * entry is fetched with a tag fixed for this page view, and the engine hands Pagefind the same
 * tag, so Pagefind's own request is the preloaded one (and a new page view still reads a freshly
 * deployed index).
 */
import { fileUrl } from '../../lib/paths';

/** The index language: the build forces English (see src/integrations/pagefind.ts). */
export const PAGEFIND_LANGUAGE = 'en';

let tag: string | undefined;
/** The cache tag of Pagefind's entry file for this page view. */
export function pagefindTag(): string {
  tag ??= String(Date.now());
  return tag;
}

let started = false;
export function preloadPagefind(base: string): void {
  if (started) return;
  started = true;
  const add = (rel: 'modulepreload' | 'preload', file: string, priority: 'high' | 'low') => {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = fileUrl(base, file);
    link.fetchPriority = priority;
    if (rel === 'preload') {
      // Matches the fetch() Pagefind makes (CORS mode, same-origin credentials), so it reuses this one.
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
    }
    document.head.append(link);
  };
  // The search data answers exact codes on the keystroke: it goes first. Pagefind's files are for
  // words, which take longer anyway: they must not hold up the engine's own script or that data.
  add('preload', 'search-index.json', 'high');
  add('modulepreload', 'pagefind/pagefind.js', 'low');
  add('preload', `pagefind/pagefind-entry.json?ts=${pagefindTag()}`, 'low');
  add('preload', `pagefind/wasm.${PAGEFIND_LANGUAGE}.pagefind`, 'low');
  add('preload', 'search-pages.json', 'low');
  // Pagefind splits each query with Intl.Segmenter, and the first one built in a tab loads the
  // browser's segmentation data (15-25 ms). Done while the files above are on their way, in a task
  // of its own so that every request (the engine's script too) has gone out first. (A worker
  // could do it off this thread, but on a two-core machine it made the first search slower.)
  window.setTimeout(() => {
    try {
      new Intl.Segmenter(PAGEFIND_LANGUAGE, { granularity: 'grapheme' });
    } catch {
      // No Intl.Segmenter: Pagefind does without it too.
    }
  }, 0);
}
