/**
 * Search in the browser: a paste goes to the decoder, exact codes come from build-time data, then
 * Pagefind's full-text results; when no page has every word of a phrase, the pages covering most
 * of it. The data loads on first use (the header starts it on focus); the query never leaves the
 * browser (Pagefind searches files it downloads from this site).
 */
import { categoryLabels } from '../../lib/categories';
import { codePath, fileUrl, joinBase } from '../../lib/paths';
import { listedPage, recordsByPath, type ListedPage, type PageList } from '../../lib/search/pages';
import { SEARCH_PAGES_VERSION } from '../../lib/view-versions';
import { needsPartial, rankPartial } from '../../lib/search/partial';
import { looksLikePaste, pastedMessage } from '../../lib/search/paste';
import { exactAnswer, parseQuery, sameWording, type SearchData, type SearchRecord } from '../../lib/search/query';
import { httpStatus, libraryMatches, localCandidates, rankItems, wordingMatches, type RankItem } from '../../lib/search/rank';
import { contentWords } from '../../lib/search/text';
import { pagefindTag } from './preload';

export interface Filters {
  family: string[];
  category: string[];
  /** Areas of a family (Core's Control Panel areas), by name. */
  area: string[];
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
  /** "decode": the option that opens the decoder on a paste. */
  kind?: 'decode';
  /** A line under the title: the decoder's top finding, or the words a partial match has. */
  note?: string;
}

export interface SearchOutcome {
  hits: Hit[];
  messages: string[];
}

export interface SearchOptions {
  base: string;
  limit: number;
  /** The family of the page the reader is on: first among equals for a bare code. */
  pageFamily?: string | undefined;
  /** The text as pasted, line breaks kept (a search field drops them from its value). */
  raw?: string | undefined;
  /** Called with what is known before the search is complete: the exact answers, before full
   * text; then the full-text results as soon as they are ranked, before their excerpts. */
  onProgress?: (outcome: SearchOutcome, stage: 'exact' | 'listed') => void;
  /** Asked before full-text search and before loading its results' excerpts: false stops the
   * search there (the reader has typed on, and a newer search is under way). */
  current?: () => boolean;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, o?: { filters?: Record<string, string[]> }): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

let dataPromise: Promise<SearchData> | undefined;
let pagesPromise: Promise<PageList> | undefined;
let pagefindPromise: Promise<PagefindApi> | undefined;

export function loadData(base: string): Promise<SearchData> {
  dataPromise ??= fetch(fileUrl(base, 'search-index.json')).then((r) => {
    if (!r.ok) throw new Error(`search data: HTTP ${r.status}`);
    return r.json() as Promise<SearchData>;
  });
  return dataPromise;
}

/** The pages Pagefind indexed (see lib/search/pages.ts); without them, results wait for Pagefind's fragments. */
export function loadPages(base: string): Promise<PageList> {
  pagesPromise ??= fetch(fileUrl(base, 'search-pages.json'))
    .then(async (r) => {
      if (!r.ok) return {};
      // A list of another version (a deploy in progress) is not read: results wait for the fragments.
      const file = (await r.json()) as { version?: unknown; pages?: PageList };
      return file.version === SEARCH_PAGES_VERSION && file.pages ? file.pages : {};
    })
    .catch(() => ({}));
  return pagesPromise;
}

export function loadPagefind(base: string): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    const mod = (await import(/* @vite-ignore */ fileUrl(base, 'pagefind/pagefind.js'))) as PagefindApi;
    // pageLength 0: a short page (a Calendar copy of a FileStation code) must not outrank the fuller original.
    // noWorker: the index is small; starting a worker (and fetching its script) costs more than it saves.
    // metaCacheTag: the entry file is fetched as preloadPagefind() preloaded it.
    await mod.options({ baseUrl: base, excerptLength: 18, ranking: { pageLength: 0 }, noWorker: true, metaCacheTag: pagefindTag() });
    await mod.init();
    return mod;
  })();
  return pagefindPromise;
}

/** Starts reading the search data, the page list and Pagefind (whose files preloadPagefind() has already asked for). */
export function warmUp(base: string): void {
  void loadData(base)
    // The index of codes by wording, built while the reader has not typed yet.
    .then((data) =>
      window.setTimeout(() => {
        sameWording('', data);
        wordingMatches('', data);
      }, 0),
    )
    .catch(() => undefined);
  void loadPages(base);
  void loadPagefind(base).catch(() => undefined);
}

/** Starts loading the index chunks a term needs while the reader is still typing. */
export function preload(base: string, query: string): void {
  const words = contentWords(query);
  if (words.length === 0 || !pagefindPromise) return;
  void loadPagefind(base)
    .then((p) => p.preload(words.join(' ')))
    .catch(() => undefined);
}

const recordHit = (base: string, r: SearchRecord): Hit => ({
  url: codePath(base, r.namespace, r.code),
  family: r.family,
  code: r.code,
  title: r.title,
  category: categoryLabels[r.category],
  exact: true,
});

function keeper(filters: Filters, data: SearchData) {
  const areaOf = new Map(data.codes.map((r) => [`${r.family}/${r.code}`, r.area]));
  return (family: string, category: string, code: number | null) =>
    (filters.family.length === 0 || filters.family.includes(family)) &&
    (filters.category.length === 0 || filters.category.includes(category)) &&
    (filters.area.length === 0 || filters.area.includes(areaOf.get(`${family}/${code ?? ''}`) ?? ''));
}

export async function runSearch(query: string, filters: Filters, options: SearchOptions): Promise<SearchOutcome> {
  const { base, limit } = options;
  const data = await loadData(base);
  const keep = keeper(filters, data);
  const filtering = filters.family.length > 0 || filters.category.length > 0 || filters.area.length > 0;
  const messages: string[] = [];
  const hits: Hit[] = [];
  let text: string;
  const raw = options.raw ?? query;
  // A status from the NAS's web server (`<Response [502]>`) is not a DSM code: its page comes first.
  // (Not when filters ask for DSM families or categories: the page is neither.)
  const http = data.httpStatusesPath && !filtering ? httpStatus(raw) : undefined;
  if (http !== undefined && data.httpStatusesPath) {
    hits.push({ url: joinBase(base) + data.httpStatusesPath.replace(/^\/+/, ''), family: '', code: null, title: `HTTP status ${http}: from the web server, not a DSM code`, category: 'HTTP statuses', exact: false });
  }
  // A library's own number (not a DSM code), named by its exception or message: its page next.
  for (const lib of filtering ? [] : libraryMatches(raw, data)) {
    hits.push({ url: joinBase(base) + lib.path.replace(/^\/+/, ''), family: '', code: null, title: `${lib.libraryName} ${lib.code}: ${lib.meaning}`, category: 'Library number, not a DSM code', exact: false });
  }
  /** Rankable results: exact wordings, full text and local matches, merged by page. */
  const items: Candidate[] = [];

  if (looksLikePaste(raw)) {
    const { previewPaste } = await import('./paste');
    const { preview, decodeUrl, pages } = await previewPaste(raw, data, base);
    // The pages of the codes it holds: the family's code page when the paste names the API; else
    // every family's meaning and the comparison.
    for (const p of pages) hits.push(p.record ? recordHit(base, p.record) : { url: joinBase(base) + p.path, family: '', code: null, title: p.title, category: 'Comparison', exact: false });
    hits.push({ url: decodeUrl, family: '', code: null, title: 'Decode this paste', category: '', exact: false, kind: 'decode', note: `Top finding: ${preview.summary}` });
    options.onProgress?.({ hits: [...hits], messages }, 'exact');
    // A paste the decoder understood needs no full text; one it did not may still be a message.
    if (preview.count > 0) return { hits, messages };
    text = contentWords(pastedMessage(raw)).join(' ');
  } else {
    const parsed = parseQuery(query, data.families);
    const exact = exactAnswer(parsed, data, { pageFamily: options.pageFamily });
    for (const r of exact.records) if (keep(r.family, categoryLabels[r.category], r.code)) hits.push(recordHit(base, r));
    messages.push(...exact.messages);
    options.onProgress?.({ hits: [...hits], messages: [...messages] }, 'exact');
    // Numbers are answered exactly; only the words that can tell codes apart go to full text.
    text = parsed.numbers.length || parsed.ranges.length ? contentWords(parsed.text).join(' ') : query.trim();
    // A phrase that is some code's wording (whole, in any order, or inside a longer message)
    // leads to that code before full text; rank.ts orders them with everything else.
    if (!parsed.numbers.length && !parsed.ranges.length) {
      const worded = new Set([...sameWording(query, data), ...wordingMatches(query, data).map((m) => m.record)]);
      const first = rankItems(query, [...worded].map((record) => ({ record, key: pathOf(record) })), data);
      for (const { item } of first) if (item.record && keep(item.record.family, categoryLabels[item.record.category], item.record.code)) items.push(item);
      if (items.length) options.onProgress?.({ hits: [...hits, ...items.flatMap((i) => (i.record ? [{ ...recordHit(base, i.record), exact: false }] : []))], messages: [...messages] }, 'exact');
    }
  }

  if (text === '') {
    for (const i of items) if (i.record) hits.push({ ...recordHit(base, i.record), exact: false });
    // Filters and no words: every code the filters allow, straight from the data.
    if (filtering && query.trim() === '') {
      for (const r of data.codes) {
        if (hits.length >= limit) break;
        if (keep(r.family, categoryLabels[r.category], r.code)) hits.push({ ...recordHit(base, r), exact: false });
      }
    }
    return { hits: hits.slice(0, limit), messages };
  }
  if (hits.length >= limit) return { hits: hits.slice(0, limit), messages };
  const stale = () => options.current?.() === false;
  if (stale()) return { hits, messages };

  const pagefind = await loadPagefind(base);
  const pf: Record<string, string[]> = {};
  if (filters.family.length) pf['family'] = filters.family;
  if (filters.category.length) pf['category'] = filters.category;
  const found = (await pagefind.search(text, { filters: pf }))?.results ?? [];
  let ranked: { result: PagefindResult; note?: string; coverage?: number }[] = found.map((result) => ({ result }));
  const words = contentWords(text);
  // A code the query names is its answer; partial matches are for phrases without one.
  if (!hits.some((h) => h.exact) && needsPartial(found.length, words.length)) {
    const perWord = await Promise.all(words.map(async (word) => ({ word, results: (await pagefind.search(word, { filters: pf }))?.results ?? [] })));
    const byId = new Map(perWord.flatMap((w) => w.results.map((r) => [r.id, r] as const)));
    const all = new Set(found.map((r) => r.id));
    const partial = rankPartial(perWord, data.codes.length).filter((m) => !all.has(m.id));
    if (partial.length > 0) {
      messages.push(
        found.length === 0
          ? 'No page has every word; closest matches:'
          : `Only ${found.length === 1 ? 'one page has' : `${found.length} pages have`} every word; then the closest matches:`,
      );
    }
    ranked = [
      ...ranked,
      ...partial.flatMap((m) => {
        const result = byId.get(m.id);
        return result ? [{ result, coverage: m.coverage, note: `Has ${m.covered.length} of ${words.length} words: ${m.covered.join(', ')}` }] : [];
      }),
    ];
  }
  const seen = new Set(hits.map((h) => h.url));
  const candidates = ranked.slice(0, limit * 4);
  const pages = await loadPages(base);
  const records = recordIndexOf(data);
  let listedPages: (ListedPage | undefined)[] = candidates.map((c) => {
    const entry = pages[c.result.id];
    return entry && listedPage(entry, records);
  });
  let excerpts: (string | undefined)[] | undefined;
  if (!listedPages.every((p) => p !== undefined)) {
    // Without the page list (an older deploy, or it failed to load), each result's own fragment
    // says which page it is: all of them load first, then they rank the same way.
    if (stale()) return { hits, messages };
    const loaded = await Promise.all(candidates.map((c) => c.result.data().catch(() => undefined)));
    listedPages = loaded.map((d) => d && fragmentPage(base, d, records));
    excerpts = loaded.map((d) => d?.excerpt);
  }
  // Merge the results with the exact wordings and the codes whose own wording covers the phrase,
  // rank them all (rank.ts), show them, then load the excerpts.
  const byKey = new Map(items.map((i) => [i.key, i]));
  candidates.forEach((c, i) => {
    const page = listedPages[i];
    if (!page) return;
    const key = page.record ? pathOf(page.record) : page.path;
    const found = byKey.get(key);
    const excerpt = excerpts?.[i];
    const extra = { result: c.result, page, ...(excerpt !== undefined ? { excerpt } : {}), ...(c.note ? { note: c.note, partial: c.coverage } : { score: c.result.score }) };
    if (found) Object.assign(found, extra);
    else {
      const item: Candidate = { key, record: page.record, ...extra };
      byKey.set(key, item);
      items.push(item);
    }
  });
  for (const record of localCandidates(text, data)) {
    const key = pathOf(record);
    if (!byKey.has(key) && keep(record.family, categoryLabels[record.category], record.code)) {
      const item: Candidate = { key, record };
      byKey.set(key, item);
      items.push(item);
    }
  }
  const listed: { hit: Hit; result?: PagefindResult }[] = [];
  for (const { item } of rankItems(text, items, data)) {
    if (listed.length >= limit - hits.length) break;
    const hit = candidateHit(base, item);
    if (seen.has(hit.url) || !keep(hit.family, hit.category, hit.code)) continue;
    seen.add(hit.url);
    listed.push({ hit: item.excerpt !== undefined ? { ...hit, excerpt: item.excerpt } : hit, ...(item.result && item.excerpt === undefined ? { result: item.result } : {}) });
  }
  options.onProgress?.({ hits: [...hits, ...listed.map((l) => l.hit)], messages: [...messages] }, 'listed');
  if (stale()) return { hits, messages };
  // An excerpt that does not arrive (a network hiccup) leaves its result listed without one.
  const loaded = await Promise.all(listed.map((l) => l.result?.data().catch(() => undefined)));
  loaded.forEach((d, i) => {
    const hit = listed[i]?.hit;
    if (hit) hits.push(d ? { ...hit, excerpt: d.excerpt } : hit);
  });
  return { hits, messages };
}

const recordIndex = new WeakMap<SearchData, Map<string, SearchRecord>>();

function recordIndexOf(data: SearchData): Map<string, SearchRecord> {
  let records = recordIndex.get(data);
  if (!records) {
    records = recordsByPath(data.codes);
    recordIndex.set(data, records);
  }
  return records;
}

/** A result being ranked: a page (code page or other), from exact wordings, Pagefind, or the data. */
interface Candidate extends RankItem {
  /** The page's path under the site root (`/auth/400/`). */
  key: string;
  result?: PagefindResult;
  page?: ListedPage;
  /** The words a partial match has. */
  note?: string;
  /** Pagefind's excerpt, when its fragment is already loaded. */
  excerpt?: string;
}

/** The page a loaded fragment is, for a result the page list does not know. */
function fragmentPage(base: string, d: PagefindResultData, records: ReadonlyMap<string, SearchRecord>): ListedPage {
  const root = joinBase(base);
  const path = `/${(d.url.startsWith(root) ? d.url.slice(root.length) : d.url).replace(/^\/+/, '')}`;
  const code = listedPage([path], records);
  if (code && d.meta['code'] === String(code.record?.code)) return code;
  return { path, title: d.meta['title'] ?? d.url, family: d.meta['family'] ?? '', category: d.filters['category']?.[0] ?? '' };
}

const pathOf = (r: SearchRecord) => `/${r.namespace}/${r.code}/`;

function candidateHit(base: string, c: Candidate): Hit {
  const hit: Hit = c.record
    ? { ...recordHit(base, c.record), exact: false }
    : { url: joinBase(base) + (c.page?.path ?? c.key).replace(/^\/+/, ''), family: c.page?.family ?? '', code: null, title: c.page?.title ?? c.key, category: c.page?.category ?? '', exact: false };
  return c.note ? { ...hit, note: c.note } : hit;
}

/** For the header, which loads this module on first use: what its link to the results page needs. */
export { looksLikePaste } from '../../lib/search/paste';
export { redactSecrets } from '../../lib/decoder/redact';
