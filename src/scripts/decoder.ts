/**
 * <dsm-decoder>: upgrades the server-rendered decode form. Decodes in a module Worker (on the page
 * only when a Worker cannot start), a short pause after typing stops, dropping stale runs;
 * renders findings a page at a time with DOM methods only (pasted text is never parsed as HTML);
 * and shows exactly what a share link carries before it is copied. Its one download is the
 * decoder's data file, fetched by the Worker with the first paste; pasted text is never sent.
 */
import type { DecodeResult, Finding } from '../lib/decoder/decode';
import type { Example } from '../lib/decoder/examples';
import { detailText, where } from '../lib/decoder/format';
import type { SharePreview } from '../lib/decoder/share';
import { readFragment, REMOVED_PREFIX } from '../lib/decoder/share-link';
import { codePath, comparePath, joinBase } from '../lib/paths';
import type { DecoderService, Request, Response } from './decoder-service';

/** Findings rendered at first, and added by each "Show more". */
export const PAGE = 50;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; href?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.href !== undefined && node instanceof HTMLAnchorElement) node.href = props.href;
  node.append(...children);
  return node;
}

function readJson<T>(root: HTMLElement, role: string): T | undefined {
  const text = root.querySelector(`script[data-role="${role}"]`)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Runs decode and share requests in a Worker, restarting it to drop a stale run; on the page when no Worker starts. */
class Backend {
  private worker: Worker | null = null;
  private failed = false;
  private local: Promise<DecoderService> | null = null;
  /** Requests sent to the Worker and not answered yet. */
  private inFlight: Exclude<Request, { type: 'init' }>[] = [];

  constructor(
    /** The decoder's data file, which the Worker (or the page's own service) loads itself. */
    private readonly dataUrl: string,
    private readonly answer: (r: Response) => void,
  ) {}

  /** The Worker starts with the first request, so a page that decodes nothing never loads it. */
  private start(): void {
    try {
      const worker = new Worker(new URL('./decoder-worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (e: MessageEvent<Response>) => {
        this.inFlight = this.inFlight.filter((r) => r.id !== e.data.id);
        this.answer(e.data);
      });
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        this.fallBack();
      });
      worker.postMessage({ type: 'init', url: this.dataUrl } satisfies Request);
      this.worker = worker;
    } catch {
      this.fallBack();
    }
  }

  /** No Worker (blocked or failed): the same service, loaded and run on the page. */
  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failed = true;
    const waiting = this.inFlight;
    this.inFlight = [];
    for (const r of waiting) this.send(r);
  }

  /** Starts the Worker ahead of the first request (when the box gets focus). */
  warm(): void {
    if (!this.failed && !this.worker) this.start();
  }

  send(request: Exclude<Request, { type: 'init' }>): void {
    if (!this.failed) {
      if (!this.worker) this.start();
      // A decode still running is for text that has changed since: stop it rather than wait.
      if (this.worker && request.type === 'decode' && this.inFlight.some((r) => r.type === 'decode')) {
        this.worker.terminate();
        this.worker = null;
        const keep = this.inFlight.filter((r) => r.type !== 'decode');
        this.inFlight = [];
        for (const r of keep) this.send(r);
        if (!this.worker) this.start();
      }
      if (this.worker) {
        this.inFlight.push(request);
        this.worker.postMessage(request);
        return;
      }
    }
    this.local ??= import('./decoder-service').then(({ DecoderService: Service }) => {
      const service = new Service();
      void service.handle({ type: 'init', url: this.dataUrl });
      return service;
    });
    void this.local
      .then((service) => service.handle(request))
      .then((r) => {
        if (r) this.answer(r);
      });
  }
}

class DsmDecoder extends HTMLElement {
  private examples: Example[] = [];
  private timer: number | undefined;
  private backend: Backend | undefined;
  private nextId = 1;
  private decodeId = 0;
  private shareId = 0;
  private findings: Finding[] = [];
  private total = 0;
  private shown = 0;
  private link = '';

  connectedCallback(): void {
    this.examples = readJson<Example[]>(this, 'examples') ?? [];
    const input = this.input;
    const api = this.apiField;
    const dataUrl = this.dataset['data'];
    if (!dataUrl || !input || !api) return;
    this.backend = new Backend(new URL(dataUrl, location.href).href, (r) => this.receive(r));
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[disabled]')) b.disabled = false;
    this.querySelector<HTMLElement>('[data-role="nojs"]')?.remove();

    const schedule = () => {
      this.closeShare();
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.update(), input.value.length > 20_000 ? 300 : 120);
    };
    input.addEventListener('focus', () => this.backend?.warm(), { once: true });
    input.addEventListener('input', schedule);
    api.addEventListener('input', schedule);
    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (!target) return;
      const example = this.examples.find((e) => e.id === target.dataset['example']);
      if (example) {
        input.value = example.text;
        api.value = example.api ?? '';
        this.closeShare();
        this.update();
        input.focus();
      } else if (target.dataset['action'] === 'clear') {
        input.value = '';
        api.value = '';
        history.replaceState(null, '', location.pathname + location.search);
        this.closeShare();
        this.linkError(null);
        this.update();
        input.focus();
      } else if (target.dataset['action'] === 'share') {
        this.prepareShare();
      } else if (target.dataset['action'] === 'copy') {
        void this.copy();
      } else if (target.dataset['action'] === 'more') {
        this.showMore();
      }
    });

    // A link pasted into the address bar of this page changes only the fragment.
    window.addEventListener('hashchange', () => {
      if (this.open()) this.closeShare();
    });
    if (!this.open()) this.update();
  }

  /**
   * A share link: read with the same limit it is made with, so a huge fragment is refused at
   * once. True when the fragment was a share link (opened or refused).
   */
  private open(): boolean {
    const input = this.input;
    const api = this.apiField;
    const opened = readFragment(location.hash);
    if (!opened || !input || !api) return false;
    if ('error' in opened) {
      this.linkError(opened.error);
    } else {
      this.linkError(null);
      input.value = opened.input;
      api.value = opened.api;
    }
    this.update();
    return true;
  }

  private get input(): HTMLTextAreaElement | null {
    return this.querySelector('#decode-input');
  }

  private get apiField(): HTMLInputElement | null {
    return this.querySelector('#decode-api');
  }

  private byRole<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-role="${name}"]`);
  }

  private linkError(message: string | null): void {
    const box = this.byRole('link-error');
    if (!box) return;
    box.hidden = message === null;
    box.textContent = message ?? '';
  }

  private update(): void {
    window.clearTimeout(this.timer);
    const text = this.input?.value ?? '';
    const api = this.apiField?.value ?? '';
    if (text.trim() === '') {
      this.decodeId = this.nextId++;
      this.renderSecrets([]);
      this.renderEmpty();
      return;
    }
    this.decodeId = this.nextId++;
    this.backend?.send({ type: 'decode', id: this.decodeId, text, api });
  }

  private receive(r: Response): void {
    if (r.type === 'decoded') {
      if (r.id !== this.decodeId) return;
      this.renderSecrets(r.secrets);
      this.render(r.result, r.total);
    } else if (r.type === 'share') {
      if (r.id !== this.shareId) return;
      this.renderShare(r.preview);
    } else if (r.id === this.decodeId) {
      const out = this.byRole('results');
      const text =
        r.cause === 'data'
          ? `The decoder could not start: ${r.message}. Your text is still in the box; check the connection, then edit the text to try again.`
          : `The decoder stopped (${r.message}). Reload the page and paste again; if it happens again, the text may be too large for this browser.`;
      out?.replaceChildren(el('p', { className: 'note', text }));
    }
  }

  private renderSecrets(found: string[]): void {
    const box = this.byRole('secrets');
    if (!box) return;
    box.hidden = found.length === 0;
    box.textContent = found.length
      ? `This paste contains secrets (${found.join(', ')}). Nothing you paste leaves this browser. A share link leaves these values out: you see what it carries before copying it. If they were exposed elsewhere, change the password or sign out.`
      : '';
  }

  private renderEmpty(): void {
    this.findings = [];
    this.total = 0;
    this.shown = 0;
    this.byRole('results')?.replaceChildren(el('p', { className: 'muted', text: 'Paste a response above, or try an example.' }));
  }

  private render(result: DecodeResult, total: number): void {
    const out = this.byRole('results');
    if (!out) return;
    this.findings = result.findings;
    this.total = total;
    this.shown = 0;
    const summary = [
      total === 0 ? (result.successes > 0 ? 'No error: the response reports success.' : 'No DSM error code found.') : `${plural(total, 'code')} found.`,
      result.recognised.length ? `Read as ${result.recognised.join(', ')}.` : '',
      result.api ? `API: ${result.api}.` : '',
    ].filter(Boolean).join(' ');
    const nodes: Node[] = [el('p', { className: 'decoder-summary', text: summary })];
    if (result.diagnosis) nodes.push(el('p', { className: 'note', text: result.diagnosis }));
    const base = this.dataset['base'] ?? '/';
    const site = (path: string) => joinBase(base, ...path.split('/').filter(Boolean));
    // A library's own numbers and HTTP statuses: named as such, with the page that explains them.
    for (const l of result.library ?? []) {
      nodes.push(el('p', { className: 'note' }, `${l.code} is ${l.libraryName}\u2019s own number (${l.raisedAs}), not a DSM error code: `, el('a', { href: site(l.path), text: `what ${l.code} means in ${l.libraryName}` }), '.'));
    }
    if (result.httpStatus?.path) nodes.push(el('p', { className: 'note' }, el('a', { href: site(result.httpStatus.path), text: 'What HTTP statuses from the web server mean on a NAS' }), '.'));
    if (total > 0) nodes.push(el('ol', { className: 'findings' }));
    out.replaceChildren(...nodes);
    this.showMore();
  }

  /** Adds the next page of findings, and a button for the rest. */
  private showMore(): void {
    const out = this.byRole('results');
    const list = out?.querySelector('ol.findings');
    if (!out || !list) return;
    const base = this.dataset['base'] ?? '/';
    const next = this.findings.slice(this.shown, this.shown + PAGE);
    const first = next[0] ? this.renderFinding(next[0], base) : null;
    list.append(...(first ? [first] : []), ...next.slice(1).map((f) => this.renderFinding(f, base)));
    this.shown += next.length;
    out.querySelector('[data-role="more"]')?.remove();
    const left = this.findings.length - this.shown;
    if (left > 0) {
      const more = el('button', { text: `Show ${Math.min(PAGE, left)} more (${left} not shown)` });
      more.type = 'button';
      more.dataset['action'] = 'more';
      out.append(el('p', { className: 'decoder-more' }, more));
      out.lastElementChild?.setAttribute('data-role', 'more');
    } else if (this.total > this.findings.length) {
      const cap = el('p', { className: 'muted', text: `The page lists the first ${this.findings.length} of ${this.total} codes. The command line lists them all: npm run decode -- FILE.` });
      cap.dataset['role'] = 'more';
      out.append(cap);
    }
    // After "Show more", the keyboard goes on to the first of the codes just added.
    const heading = first && this.shown > PAGE ? first.querySelector('h3') : null;
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  private renderFinding(f: Finding, base: string): HTMLLIElement {
    const item = el('li', { className: 'finding' });
    const resolved = f.namespace !== null && f.meanings.length === 1 ? f.meanings[0] : undefined;
    const heading = el('h3');
    // Only the words pointed to the family: its meaning comes first, the others stay listed.
    const likely = f.namespace !== null && f.meanings.length > 1 && f.meanings[0]?.namespace === f.namespace ? f.meanings[0] : undefined;
    if (resolved && f.title) {
      heading.append(el('a', { href: codePath(base, resolved.namespace, f.code), text: `${resolved.family} ${f.code}: ${f.title}` }));
    } else if (likely) {
      heading.append(`${f.code}: likely `, el('a', { href: codePath(base, likely.namespace, f.code), text: `${likely.family} ${f.code}: ${likely.title}` }));
    } else if (f.meanings.length > 1) {
      heading.textContent = `${f.code}: depends on the API`;
    } else if (f.meanings.length === 1 && f.meanings[0]) {
      const m = f.meanings[0];
      heading.append(`${f.code}: probably `, el('a', { href: codePath(base, m.namespace, f.code), text: `${m.family} ${f.code}: ${m.title}` }));
    } else {
      heading.textContent = `${f.code}: undocumented`;
    }
    item.append(heading);
    // Where the code was read from, and why this family.
    const from = f.from === 'message' ? "Read from a message's words. " : 'Read from a DSM response. ';
    item.append(el('p', { className: 'muted', text: `${from}Found ${where(f)}${f.detail ? ` · ${detailText(f.detail, ' · ')}` : ''}` }));
    if (f.familyReason) item.append(el('p', { className: 'finding-reason', text: f.familyReason }));
    const advice = resolved ?? likely;
    if (advice) item.append(el('p', {}, el('strong', { text: 'What to do: ' }), advice.action));
    if (f.meanings.length > 1) {
      const alternatives = el('ul');
      alternatives.setAttribute('aria-label', likely ? 'In other families' : `${f.code} in each family`);
      for (const m of likely ? f.meanings.slice(1) : f.meanings) {
        alternatives.append(el('li', {}, `In ${m.family}: `, el('a', { href: codePath(base, m.namespace, f.code), text: m.title })));
      }
      item.append(alternatives, el('p', {}, el('a', { href: comparePath(base, f.code), text: `Compare ${f.code} across families` })));
    }
    if (f.note) item.append(el('p', { className: 'finding-note', text: f.note }));
    return item;
  }

  // ---- Share link: preview first, then copy ----

  private closeShare(): void {
    const box = this.byRole('share');
    if (box) box.hidden = true;
    this.querySelector('[data-action="share"]')?.setAttribute('aria-expanded', 'false');
    this.shareId = 0;
    this.link = '';
  }

  private prepareShare(): void {
    const box = this.byRole('share');
    if (!box) return;
    this.shareId = this.nextId++;
    box.hidden = false;
    this.querySelector('[data-action="share"]')?.setAttribute('aria-expanded', 'true');
    const summary = this.byRole('share-summary');
    if (summary) summary.textContent = 'Preparing the link\u2026';
    for (const name of ['share-preview', 'share-link-row', 'share-api']) {
      const part = this.byRole(name);
      if (part) part.hidden = true;
    }
    this.backend?.send({ type: 'share', id: this.shareId, text: this.input?.value ?? '', api: this.apiField?.value ?? '' });
  }

  private renderShare(p: SharePreview): void {
    const summary = this.byRole('share-summary');
    const pre = this.byRole('share-preview');
    const row = this.byRole('share-link-row');
    const apiLine = this.byRole('share-api');
    const field = this.querySelector<HTMLInputElement>('#decode-share-link');
    if (!summary || !pre || !row || !apiLine || !field) return;
    const carried = [p.responses ? plural(p.responses, 'response') : '', p.messages ? plural(p.messages, 'message line') : '', p.hints ? plural(p.hints, 'API name') : ''].filter(Boolean);
    const sentences: string[] = [];
    if (p.refusal) sentences.push(p.refusal);
    if (carried.length) {
      sentences.push(`The link carries only what the decoder used: ${carried.join(', ')}${p.linesLeftOut ? `; ${plural(p.linesLeftOut, 'other line')} of the paste ${p.linesLeftOut === 1 ? 'is' : 'are'} left out` : ''}.`);
    }
    if (p.removed.length) sentences.push(`Removed, and marked \u00abremoved\u00bb below: ${p.removed.join(', ')}.`);
    sentences.push('Values under a recognised secret name are removed; a secret written where no such name marks it (in a file path, say) cannot be recognised, so read the text below before sharing.');
    if (p.apiNote) sentences.push(p.apiNote);
    summary.textContent = sentences.join(' ');

    pre.hidden = p.input === '';
    pre.replaceChildren(...marked(p.input));
    apiLine.hidden = p.input === '';
    apiLine.textContent = p.api ? `API field: ${p.api}` : p.apiNote ? 'API field: not carried.' : 'API field: empty.';
    if (p.fragment === null) {
      row.hidden = true;
      field.value = '';
      this.link = '';
      return;
    }
    this.link = `${location.origin}${location.pathname}#${p.fragment}`;
    field.value = this.link;
    row.hidden = false;
    const copied = this.byRole('copied');
    if (copied) copied.textContent = '';
  }

  private async copy(): Promise<void> {
    if (!this.link) return;
    history.replaceState(null, '', this.link);
    const field = this.querySelector<HTMLInputElement>('#decode-share-link');
    const copied = this.byRole('copied');
    try {
      await navigator.clipboard.writeText(this.link);
      if (copied) copied.textContent = 'Copied.';
    } catch {
      // Clipboard access can be refused: the link is selected in the field for copying by hand.
      field?.select();
      if (copied) copied.textContent = 'Copying was refused by the browser: the link is selected, copy it by hand.';
    }
  }
}

/** The payload as text nodes, each «removed: name» in a <mark>. Linear: one indexOf pass. */
function marked(text: string): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (let i = text.indexOf(REMOVED_PREFIX); i !== -1; i = text.indexOf(REMOVED_PREFIX, at)) {
    const end = text.indexOf('\u00bb', i);
    if (end === -1) break;
    if (i > at) nodes.push(document.createTextNode(text.slice(at, i)));
    nodes.push(el('mark', { text: text.slice(i, end + 1) }));
    at = end + 1;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

if (!customElements.get('dsm-decoder')) customElements.define('dsm-decoder', DsmDecoder);
