/**
 * <dsm-lookup>: /lookup/?api=...&code=... The decoder's own data and resolver pick the page
 * (src/lib/lookup.ts); the reader is sent there with location.replace, so Back returns to where
 * the link was. A query that names no page says why, here.
 */
import type { DecoderData } from '../lib/decoder/data';
import { lookupCode, lookupTarget, parseLookupQuery } from '../lib/lookup';
import { codePath, comparePath, joinBase } from '../lib/paths';

class DsmLookup extends HTMLElement {
  connectedCallback(): void {
    void this.run();
  }

  private say(text: string): void {
    const status = this.querySelector<HTMLElement>('[data-role="status"]');
    if (status) status.textContent = text;
  }

  private answer(nodes: (string | Node)[]): void {
    const box = this.querySelector<HTMLElement>('[data-role="answer"]');
    if (!box) return;
    box.replaceChildren(...nodes);
    box.hidden = false;
  }

  private link(href: string, text: string): HTMLAnchorElement {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  private async run(): Promise<void> {
    const base = this.dataset['base'] ?? '/';
    const form = this.querySelector('form');
    const params = new URLSearchParams(location.search);
    const code = this.querySelector<HTMLInputElement>('#lookup-code');
    const api = this.querySelector<HTMLInputElement>('#lookup-api');
    if (code) code.value = params.get('code') ?? '';
    if (api) api.value = params.get('api') ?? '';
    if (!params.has('code') && !params.has('api')) {
      this.say('Give a code, and the API that returned it if you know it, and this page opens the code\u2019s page.');
      return;
    }
    const query = parseLookupQuery(location.search);
    if ('problem' in query) {
      this.say(query.problem);
      form?.querySelector('input')?.focus();
      return;
    }
    this.say(`Finding ${query.code}${query.api ? ` for ${query.api}` : ''}\u2026`);
    let data: DecoderData;
    try {
      const response = await fetch(this.dataset['data'] ?? '');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      data = (await response.json()) as DecoderData;
    } catch (e) {
      this.say(`The list of codes could not be loaded (${e instanceof Error ? e.message : String(e)}), so this page cannot pick the code's page. Reload to try again, or follow the steps below.`);
      return;
    }
    const answer = lookupCode(query.code, data, query.api);
    const target = lookupTarget(answer);
    if (target.kind === 'code') {
      location.replace(codePath(base, target.namespace, target.code));
      return;
    }
    if (target.kind === 'compare') {
      location.replace(comparePath(base, target.code));
      return;
    }
    const heading = this.querySelector('h1');
    if (heading) heading.textContent = `No such code: ${query.code}`;
    this.say(`No family in this reference defines ${query.code}${query.api ? `, for ${query.api} or any other API` : ''}.`);
    const p = document.createElement('p');
    p.append(
      'The number may be mistyped, or it may be a code no public source documents yet. ',
      this.link(`${joinBase(base, 'search')}?q=${encodeURIComponent(String(query.code))}`, `Search for ${query.code}`),
      ', or paste the whole response into ',
      this.link(joinBase(base, 'decode'), 'the decoder'),
      '.',
    );
    this.answer([p]);
    document.title = `No such code: ${query.code} \u00b7 DSM error codes`;
  }
}

customElements.define('dsm-lookup', DsmLookup);
