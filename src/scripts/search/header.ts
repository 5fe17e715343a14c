/**
 * <dsm-search>: the header search as an ARIA combobox. Arrows move through the results, Enter
 * opens one (or the results page), Escape closes; / and Ctrl+K / Cmd+K focus it from anywhere.
 */
import { runSearch, warmUp, type Hit } from './engine';
import { hitBody } from './render';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

class DsmSearch extends HTMLElement {
  private hits: Hit[] = [];
  private active = -1;
  private seq = 0;
  private timer: number | undefined;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const listbox = this.querySelector<HTMLUListElement>('[role="listbox"]');
    if (!input || !listbox) return;
    const base = this.dataset['base'] ?? '/';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);

    input.addEventListener('focus', () => warmUp(base), { once: true });
    input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.search(input.value), 80);
    });
    input.addEventListener('keydown', (e) => this.onKey(e, input));
    listbox.addEventListener('mousedown', (e) => e.preventDefault());
    listbox.addEventListener('click', (e) => {
      const option = e.target instanceof Element ? e.target.closest<HTMLElement>('[role="option"]') : null;
      const hit = option ? this.hits[Number(option.dataset['index'])] : undefined;
      if (hit) location.href = hit.url;
    });
    input.addEventListener('blur', () => window.setTimeout(() => this.close(), 120));
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
        location.href = hit.url;
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

  private async search(query: string): Promise<void> {
    const seq = ++this.seq;
    const popup = this.querySelector<HTMLElement>('[data-role="popup"]');
    const listbox = this.querySelector<HTMLUListElement>('[role="listbox"]');
    const status = this.querySelector<HTMLElement>('[data-role="status"]');
    const input = this.input;
    if (!popup || !listbox || !status || !input) return;
    if (query.trim() === '') {
      this.hits = [];
      listbox.replaceChildren();
      this.close();
      return;
    }
    let outcome;
    try {
      outcome = await runSearch(query, { family: [], category: [] }, this.dataset['base'] ?? '/', 8);
    } catch {
      outcome = { hits: [], messages: ['Search could not load its index. Press Enter for the search page.'] };
    }
    if (seq !== this.seq) return;
    this.hits = outcome.hits;
    // Which query the list shows, so a test (or a screen reader user) can tell it is current.
    listbox.dataset['query'] = query;
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
    status.textContent = [...outcome.messages, outcome.hits.length || outcome.messages.length ? '' : `No results for \u201c${query}\u201d.`].filter(Boolean).join(' ');
    const all = this.querySelector<HTMLAnchorElement>('[data-role="all"]');
    if (all) all.href = `${all.pathname}?q=${encodeURIComponent(query)}`;
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    this.active = -1;
    input.removeAttribute('aria-activedescendant');
    if (outcome.hits.length) this.setActive(0);
  }
}

if (!customElements.get('dsm-search')) customElements.define('dsm-search', DsmSearch);
