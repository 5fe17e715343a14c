/**
 * <dsm-search-page>: /search/?q=... Results appear in <main> as links, in rank order, and follow
 * the query and the filters as they change; the URL keeps them, so Back and shared links work.
 */
import { redactSecrets } from '../../lib/decoder/redact';
import { looksLikePaste } from '../../lib/search/paste';
import { runSearch, type Filters, type SearchOutcome } from './engine';
import { preloadPagefind } from './preload';
import { trackPaste } from './raw';
import { hitBody } from './render';

const GROUPS = ['family', 'category', 'area'] as const;

class DsmSearchPage extends HTMLElement {
  private seq = 0;
  private timer: number | undefined;
  private raw: () => string = () => '';

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form');
    const input = this.querySelector<HTMLInputElement>('#search-page-q');
    if (!form || !input) return;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = params.getAll(box.name).includes(box.value);
    }
    const areas = this.querySelector<HTMLDetailsElement>('[data-role="areas"]');
    if (areas && params.getAll('area').length > 0) areas.open = true;
    this.raw = trackPaste(input);
    // The header box on this page mirrors the query, so both show the same search.
    const header = document.querySelector<HTMLInputElement>('#site-search');
    if (header && input.value) header.value = input.value;

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.update(true);
    });
    form.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.update(false), 120);
    });
    // Searching is what this page is for: with a query in its address, the index starts loading now.
    if (input.value.trim() !== '') preloadPagefind(this.dataset['base'] ?? '/');
    window.addEventListener('popstate', () => {
      input.value = new URLSearchParams(location.search).get('q') ?? '';
      void this.update(false, false);
    });
    void this.update(false, false);
  }

  private filters(): Filters {
    const pick = (name: string) => [...this.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((b) => b.value);
    return { family: pick('family'), category: pick('category'), area: pick('area') };
  }

  private async update(focusResults: boolean, writeUrl = true): Promise<void> {
    const seq = ++this.seq;
    const input = this.querySelector<HTMLInputElement>('#search-page-q');
    const section = this.querySelector<HTMLElement>('[data-role="results-section"]');
    const list = this.querySelector<HTMLOListElement>('[data-role="results"]');
    const status = this.querySelector<HTMLElement>('[data-role="status"]');
    const browse = this.querySelector<HTMLElement>('[data-role="browse"]');
    if (!input || !section || !list || !status || !browse) return;
    const query = input.value.trim();
    const filters = this.filters();
    if (writeUrl) {
      const params = new URLSearchParams();
      // A pasted response can carry a password or a session id: the address keeps it without them.
      if (query) params.set('q', looksLikePaste(this.raw()) ? redactSecrets(query) : query);
      for (const group of GROUPS) for (const v of filters[group]) params.append(group, v);
      const search = params.toString();
      history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
    }
    const filtering = filters.family.length > 0 || filters.category.length > 0 || filters.area.length > 0;
    if (!query && !filtering) {
      section.hidden = true;
      browse.hidden = false;
      return;
    }
    let outcome: SearchOutcome;
    try {
      outcome = await runSearch(query, filters, {
        base: this.dataset['base'] ?? '/',
        limit: query ? 20 : 200,
        raw: this.raw(),
        // Results show once, with their excerpts: shown before them, the list would grow under
        // the reader's eyes (a layout shift), and this page has no keystroke to answer at once.
        current: () => seq === this.seq,
      });
    } catch {
      outcome = { hits: [], messages: ['Search could not load its index; browse the families below instead.'] };
    }
    if (seq !== this.seq) return;
    list.replaceChildren(
      ...outcome.hits.map((hit) => {
        const li = document.createElement('li');
        li.append(...hitBody(hit, true));
        return li;
      }),
    );
    const count = outcome.hits.length === 0 ? (outcome.messages.length ? '' : `No results for \u201c${query}\u201d.`) : `${outcome.hits.length} result${outcome.hits.length === 1 ? '' : 's'}.`;
    status.textContent = [...outcome.messages, count].filter(Boolean).join(' ');
    section.hidden = false;
    browse.hidden = outcome.hits.length > 0;
    if (focusResults) list.querySelector('a')?.focus();
  }
}

if (!customElements.get('dsm-search-page')) customElements.define('dsm-search-page', DsmSearchPage);
