/**
 * Search in the browser: exact codes from build-time data first, then Pagefind's full-text
 * results. Both load on first use; the query never leaves the browser (Pagefind searches files
 * it downloads from this site).
 */
import { categoryLabels } from '../../lib/categories';
import { codePath, fileUrl } from '../../lib/paths';
import { exactAnswer, parseQuery, type SearchData } from '../../lib/search/query';

export interface Filters {
  family: string[];
  category: string[];
}

export interface Hit {
  url: string;
  family: string;
  code: number | null;
  title: string;
  category: string;
  /** Pagefind's excerpt (HTML with <mark>), for full-text hits. */
  excerpt?: string;
  exact: boolean;
}

export interface SearchOutcome {
  hits: Hit[];
  messages: string[];
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string[]> }): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

let dataPromise: Promise<SearchData> | undefined;
let pagefindPromise: Promise<PagefindApi> | undefined;

export function loadData(base: string): Promise<SearchData> {
  dataPromise ??= fetch(fileUrl(base, 'search-index.json')).then((r) => {
    if (!r.ok) throw new Error(`search data: HTTP ${r.status}`);
    return r.json() as Promise<SearchData>;
  });
  return dataPromise;
}

export function loadPagefind(base: string): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    const mod = (await import(/* @vite-ignore */ fileUrl(base, 'pagefind/pagefind.js'))) as PagefindApi;
    // pageLength 0: a short page (a Calendar copy of a FileStation code) must not outrank the fuller original.
    await mod.options({ baseUrl: base, excerptLength: 18, ranking: { pageLength: 0 } });
    await mod.init();
    return mod;
  })();
  return pagefindPromise;
}

/** Starts both downloads, so the first keystroke does not wait for them. */
export function warmUp(base: string): void {
  void loadData(base).catch(() => undefined);
  void loadPagefind(base).catch(() => undefined);
}

export async function runSearch(query: string, filters: Filters, base: string, limit = 10): Promise<SearchOutcome> {
  const data = await loadData(base);
  const parsed = parseQuery(query, data.families);
  const exact = exactAnswer(parsed, data);
  const keep = (family: string, category: string) =>
    (filters.family.length === 0 || filters.family.includes(family)) && (filters.category.length === 0 || filters.category.includes(category));
  const hits: Hit[] = exact.records
    .map((r) => ({ url: codePath(base, r.namespace, r.code), family: r.family, code: r.code, title: r.title, category: categoryLabels[r.category], exact: true }))
    .filter((h) => keep(h.family, h.category));
  // Numbers alone are answered exactly; full text only gets the words.
  const text = parsed.numbers.length || parsed.ranges.length ? parsed.text : query.trim();
  const filtering = filters.family.length > 0 || filters.category.length > 0;
  if ((text !== '' || (filtering && query.trim() === '')) && hits.length < limit) {
    const pagefind = await loadPagefind(base);
    const pf: Record<string, string[]> = {};
    if (filters.family.length) pf['family'] = filters.family;
    if (filters.category.length) pf['category'] = filters.category;
    // With filters and no words, Pagefind lists every page the filters allow.
    const found = await pagefind.search(text === '' ? null : text, { filters: pf });
    const seen = new Set(hits.map((h) => h.url));
    for (const result of (found?.results ?? []).slice(0, limit * 2)) {
      if (hits.length >= limit) break;
      const d = await result.data();
      if (seen.has(d.url)) continue;
      seen.add(d.url);
      const family = d.meta['family'] ?? '';
      const code = d.meta['code'] ? Number(d.meta['code']) : null;
      const heading = d.meta['title'] ?? d.url;
      const title = code !== null ? heading.replace(`${family} ${code}: `, '') : heading;
      hits.push({ url: d.url, family, code, title, category: d.filters['category']?.[0] ?? '', excerpt: d.excerpt, exact: false });
    }
  }
  return { hits: hits.slice(0, limit), messages: exact.messages };
}

/** Pagefind's excerpt as DOM nodes: only its <mark> elements survive, as marks around text. */
export function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}
