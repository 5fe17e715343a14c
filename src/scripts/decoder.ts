/**
 * <dsm-decoder>: upgrades the server-rendered decode form. Decodes as you type or paste, renders
 * findings with DOM methods only (pasted text is never parsed as HTML), and keeps a share link
 * in the URL fragment with secrets removed. It makes no network request.
 */
import type { DecoderData } from '../lib/decoder/data';
import { decode, type DecodeResult, type Finding } from '../lib/decoder/decode';
import type { Example } from '../lib/decoder/examples';
import { findSecrets } from '../lib/decoder/redact';
import { shareFragment } from '../lib/decoder/share';
import { detailText, where } from '../lib/decoder/format';
import { codePath, comparePath } from '../lib/paths';

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


class DsmDecoder extends HTMLElement {
  private data: DecoderData | undefined;
  private examples: Example[] = [];
  private timer: number | undefined;

  connectedCallback(): void {
    this.data = readJson<DecoderData>(this, 'data');
    this.examples = readJson<Example[]>(this, 'examples') ?? [];
    const input = this.querySelector<HTMLTextAreaElement>('#decode-input');
    const api = this.querySelector<HTMLInputElement>('#decode-api');
    if (!this.data || !input || !api) return;
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[disabled]')) b.disabled = false;
    this.querySelector<HTMLElement>('[data-role="nojs"]')?.remove();

    const schedule = () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.update(), input.value.length > 100_000 ? 250 : 60);
    };
    input.addEventListener('input', schedule);
    api.addEventListener('input', schedule);
    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (!target) return;
      const example = this.examples.find((e) => e.id === target.dataset['example']);
      if (example) {
        input.value = example.text;
        api.value = example.api ?? '';
        this.update();
        input.focus();
      } else if (target.dataset['action'] === 'clear') {
        input.value = '';
        api.value = '';
        history.replaceState(null, '', location.pathname + location.search);
        this.update();
        input.focus();
      } else if (target.dataset['action'] === 'share') {
        void this.share();
      }
    });

    const state = new URLSearchParams(location.hash.slice(1));
    const shared = state.get('input');
    if (shared !== null) {
      input.value = shared;
      api.value = state.get('api') ?? '';
    }
    this.update();
  }

  private get input(): HTMLTextAreaElement | null {
    return this.querySelector('#decode-input');
  }

  private get apiField(): HTMLInputElement | null {
    return this.querySelector('#decode-api');
  }

  private async share(): Promise<void> {
    const text = this.input?.value ?? '';
    const url = `${location.origin}${location.pathname}#${shareFragment(text, this.apiField?.value)}`;
    history.replaceState(null, '', url);
    const box = this.querySelector<HTMLElement>('[data-role="share"]');
    const field = this.querySelector<HTMLInputElement>('#decode-share-link');
    if (box && field) {
      field.value = url;
      box.hidden = false;
      field.select();
    }
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Clipboard access can be refused; the link is selected in the field for copying by hand.
    }
  }

  private update(): void {
    if (!this.data) return;
    const text = this.input?.value ?? '';
    const api = this.apiField?.value ?? '';
    const result = decode(text, this.data, { api });
    this.renderSecrets(text);
    this.render(result, text);
  }

  private renderSecrets(text: string): void {
    const box = this.querySelector<HTMLElement>('[data-role="secrets"]');
    if (!box) return;
    const found = findSecrets(text);
    box.hidden = found.length === 0;
    box.textContent = found.length
      ? `This paste contains secrets (${found.join(', ')}). They stay in this browser, and the share link leaves them out; still, change a password or sign out if it was exposed elsewhere.`
      : '';
  }

  private render(result: DecodeResult, text: string): void {
    const out = this.querySelector<HTMLElement>('[data-role="results"]');
    if (!out || !this.data) return;
    const base = this.dataset['base'] ?? '/';
    const nodes: Node[] = [];
    if (text.trim() === '') {
      nodes.push(el('p', { className: 'muted', text: 'Paste a response above, or try an example.' }));
      out.replaceChildren(...nodes);
      return;
    }
    const summary = [
      result.findings.length === 0 ? (result.successes > 0 ? 'No error: the response reports success.' : 'No DSM error code found.') : `${result.findings.length} code${result.findings.length === 1 ? '' : 's'} found.`,
      result.recognised.length ? `Read as ${result.recognised.join(', ')}.` : '',
      result.api ? `API: ${result.api}.` : '',
    ].filter(Boolean).join(' ');
    nodes.push(el('p', { className: 'decoder-summary', text: summary }));
    if (result.diagnosis) nodes.push(el('p', { className: 'note', text: result.diagnosis }));
    const list = el('ol', { className: 'findings' });
    for (const f of result.findings) list.append(this.renderFinding(f, base));
    if (result.findings.length) nodes.push(list);
    out.replaceChildren(...nodes);
  }

  private renderFinding(f: Finding, base: string): HTMLLIElement {
    const item = el('li', { className: 'finding' });
    const resolved = f.namespace !== null && f.meanings.length === 1 ? f.meanings[0] : undefined;
    const heading = el('h3');
    if (resolved && f.title) {
      heading.append(el('a', { href: codePath(base, resolved.namespace, f.code), text: `${resolved.family} ${f.code}: ${f.title}` }));
    } else if (f.meanings.length > 1) {
      heading.textContent = `${f.code}: depends on the API`;
    } else if (f.meanings.length === 1 && f.meanings[0]) {
      const m = f.meanings[0];
      heading.append(`${f.code}: probably `, el('a', { href: codePath(base, m.namespace, f.code), text: `${m.family} ${f.code}: ${m.title}` }));
    } else {
      heading.textContent = `${f.code}: undocumented`;
    }
    item.append(heading);
    item.append(el('p', { className: 'muted', text: `Found ${where(f)}${f.detail ? ` · ${detailText(f.detail, ' · ')}` : ''}` }));
    if (resolved) item.append(el('p', {}, el('strong', { text: 'What to do: ' }), resolved.action));
    if (f.meanings.length > 1) {
      const alternatives = el('ul');
      for (const m of f.meanings) {
        alternatives.append(el('li', {}, `In ${m.family}: `, el('a', { href: codePath(base, m.namespace, f.code), text: m.title })));
      }
      item.append(alternatives, el('p', {}, el('a', { href: comparePath(base, f.code), text: `Compare ${f.code} across families` })));
    }
    if (f.note) item.append(el('p', { className: 'finding-note', text: f.note }));
    return item;
  }
}

if (!customElements.get('dsm-decoder')) customElements.define('dsm-decoder', DsmDecoder);
