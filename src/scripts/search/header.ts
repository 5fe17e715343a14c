/**
 * <dsm-search>: the header search as an ARIA combobox. Arrows move through the results, Enter
 * opens one (or the results page), Escape closes; / and Ctrl+K / Cmd+K focus it from anywhere.
 * Focusing it starts loading the search data and Pagefind; exact codes answer on the keystroke
 * itself, full text as soon as Pagefind has answered. `data-family` names the family of the page it is on.
 */
import type { Hit, SearchOutcome } from './engine';
import { preloadPagefind } from './preload';
import { trackPaste } from './raw';
import { hitBody } from './render';

type Engine = typeof import('./engine');
let enginePromise: Promise<Engine> | undefined;
/** The search engine loads on focus (or the first input), not with the page. */
const engine = (): Promise<Engine> => (enginePromise ??= import('./engine'));

/** Opens a hit; on the decode page itself, "Decode this" changes only the fragment, so reload to read it. */
function go(url: string): void {
  const target = new URL(url, location.href);
  location.href = target.href;
  if (target.pathname === location.pathname && target.hash !== '') location.reload();
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

class DsmSearch extends HTMLElement {
  private hits: Hit[] = [];
  private active = -1;
  private seq = 0;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const listbox = this.querySelector<HTMLUListElement>('[role="listbox"]');
    if (!input || !listbox) return;
    const base = this.dataset['base'] ?? '/';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);

    input.addEventListener(
      'focus',
      () => {
        // The engine's script first (exact codes need it), then Pagefind's files at once, not after it.
        const loading = engine();
        preloadPagefind(base);
        void loading.then((m) => m.warmUp(base)).catch(() => undefined);
      },
      { once: true },
    );
    const raw = trackPaste(input);
    input.addEventListener('input', () => {
      const query = input.value;
      const seq = ++this.seq;
      void engine()
        .then((m) => {
          m.preload(base, query);
          if (seq === this.seq) void this.search(m, seq, query, raw());
        })
        .catch(() => {
          if (seq === this.seq) this.show(query, '', undefined, { hits: [], messages: ['Search could not load: its script did not arrive (offline?). Press Enter to open the search page.'] }, 'complete');
        });
    });
    input.addEventListener('keydown', (e) => this.onKey(e, input));
    listbox.addEventListener('mousedown', (e) => e.preventDefault());
    listbox.addEventListener('click', (e) => {
      const option = e.target instanceof Element ? e.target.closest<HTMLElement>('[role="option"]') : null;
      const hit = option ? this.hits[Number(option.dataset['index'])] : undefined;
      if (hit) go(hit.url);
    });
    // Closes a moment after focus leaves (so a click on a result lands first), unless it is back by then.
    input.addEventListener('blur', () => window.setTimeout(() => document.activeElement !== input && this.close(), 120));
    document.addEventListener('keydown', (e) => {
      const k = e.key.toLowerCase();
      if ((k === '/' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) || (k === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  private get input(): HTMLInputElement | null {
    return this.querySelector('input[type="search"]');
  }

  private onKey(e: KeyboardEvent, input: HTMLInputElement): void {
    const open = input.getAttribute('aria-expanded') === 'true';
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open || this.hits.length === 0) return;
      e.preventDefault();
      const n = this.hits.length;
      this.setActive(e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active - 1 + n) % n);
    } else if (e.key === 'Enter') {
      const hit = this.hits[this.active];
      if (open && hit) {
        e.preventDefault();
        go(hit.url);
      }
      // Otherwise the form submits to the results page.
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        this.close();
      } else if (input.value !== '') {
        input.value = '';
      }
    }
  }

  private setActive(index: number): void {
    const input = this.input;
    this.active = index;
    for (const option of this.querySelectorAll<HTMLElement>('[role="option"]')) {
      const on = Number(option.dataset['index']) === index;
      option.setAttribute('aria-selected', String(on));
      if (on) {
        input?.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  private close(): void {
    const popup = this.querySelector<HTMLElement>('[data-role="popup"]');
    if (popup) popup.hidden = true;
    this.input?.setAttribute('aria-expanded', 'false');
    this.input?.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private async search(m: Engine, seq: number, query: string, raw: string): Promise<void> {
    if (query.trim() === '') {
      this.hits = [];
      this.querySelector<HTMLUListElement>('[role="listbox"]')?.replaceChildren();
      this.close();
      return;
    }
    const options = {
      base: this.dataset['base'] ?? '/',
      limit: 8,
      pageFamily: this.dataset['family'],
      raw,
      // Exact codes show at once; full-text results follow (exact codes still first) as soon as
      // they are ranked, and again with their excerpts when the search is complete.
      onProgress: (progress: SearchOutcome, stage: 'exact' | 'listed') => {
        if (seq === this.seq && (progress.hits.length > 0 || progress.messages.length > 0)) this.show(query, raw, m, progress, stage);
      },
      // Full text starts at once; a keystroke since then makes this search stop where it is.
      current: () => seq === this.seq,
    };
    let outcome: SearchOutcome;
    try {
      outcome = await m.runSearch(query, { family: [], category: [], area: [] }, options);
    } catch {
      outcome = { hits: [], messages: ['Search could not load its index. Press Enter for the search page.'] };
    }
    if (seq !== this.seq) return;
    this.show(query, raw, m, outcome, 'complete');
  }

  /** `stage`: what the list holds, the exact codes alone, every result without its excerpt, or all. */
  private show(query: string, raw: string, m: Engine | undefined, outcome: SearchOutcome, stage: 'exact' | 'listed' | 'complete'): void {
    const popup = this.querySelector<HTMLElement>('[data-role="popup"]');
    const listbox = this.querySelector<HTMLUListElement>('[role="listbox"]');
    const status = this.querySelector<HTMLElement>('[data-role="status"]');
    const input = this.input;
    if (!popup || !listbox || !status || !input) return;
    const keep = this.active >= 0 && listbox.dataset['exactQuery'] === query ? this.active : 0;
    this.hits = outcome.hits;
    // Which query the list shows, so a test (or a screen reader user) can tell it is current:
    // data-exact-query once the exact codes show, data-listed-query once every result is listed
    // (excerpts may still be on their way), data-query once the search is complete.
    listbox.dataset['exactQuery'] = query;
    if (stage === 'exact') delete listbox.dataset['listedQuery'];
    else listbox.dataset['listedQuery'] = query;
    if (stage !== 'complete') delete listbox.dataset['query'];
    else listbox.dataset['query'] = query;
    listbox.replaceChildren(
      ...outcome.hits.map((hit, i) => {
        const li = document.createElement('li');
        li.id = `site-search-option-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset['index'] = String(i);
        li.append(...hitBody(hit, false));
        return li;
      }),
    );
    status.textContent = [...outcome.messages, outcome.hits.length || outcome.messages.length || stage !== 'complete' ? '' : `No results for \u201c${query}\u201d.`].filter(Boolean).join(' ');
    const all = this.querySelector<HTMLAnchorElement>('[data-role="all"]');
    // A pasted response can carry a password or a session id: the link leaves them out.
    // (Without the engine, paste detection is unavailable: the link then carries no query.)
    if (all) all.href = m ? `${all.pathname}?q=${encodeURIComponent(m.looksLikePaste(raw) ? m.redactSecrets(query) : query)}` : all.pathname;
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    this.active = -1;
    input.removeAttribute('aria-activedescendant');
    if (outcome.hits.length) this.setActive(Math.min(keep, outcome.hits.length - 1));
  }
}

if (!customElements.get('dsm-search')) customElements.define('dsm-search', DsmSearch);
