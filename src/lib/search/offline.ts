/**
 * Search without Pagefind: the same rules as the search box (exact codes, HTTP statuses, exact
 * wordings, the prior and action words of rank.ts) over the build-time search data alone. The
 * unit tests and `npm run bench` use it to measure how often real phrases land on the right page;
 * the browser adds Pagefind's full-text score on top of it.
 */
import { exactAnswer, parseQuery, type SearchData } from './query';
import { httpStatus, libraryMatches, localCandidates, rankItems } from './rank';
import { contentWords } from './text';

/** Paths (without the base, `auth/400/`) of the best pages for `query`, best first. */
export function rankOffline(query: string, data: SearchData, limit = 8): string[] {
  const out: string[] = [];
  const add = (path: string) => {
    if (!out.includes(path)) out.push(path);
  };
  if (data.httpStatusesPath && httpStatus(query) !== undefined) add(data.httpStatusesPath);
  for (const lib of libraryMatches(query, data)) add(lib.path);
  const parsed = parseQuery(query, data.families);
  for (const r of exactAnswer(parsed, data).records) add(`${r.namespace}/${r.code}/`);
  const numbered = parsed.numbers.length > 0 || parsed.ranges.length > 0;
  const text = numbered ? contentWords(parsed.text).join(' ') : query;
  if (text.trim() !== '') {
    const items = localCandidates(text, data, 0.34).map((record) => ({ record }));
    for (const r of rankItems(text, items, data)) if (r.item.record) add(`${r.item.record.namespace}/${r.item.record.code}/`);
  }
  return out.slice(0, limit);
}

export interface Phrase {
  query: string;
  url: string;
  expect: string[];
  note?: string;
}

/** How many phrases have an expected page in their top `top` results, and which miss. */
export function hitRate(phrases: readonly Phrase[], data: SearchData, top = 3): { hits: number; total: number; misses: { query: string; got: string[] }[] } {
  const misses: { query: string; got: string[] }[] = [];
  for (const p of phrases) {
    const got = rankOffline(p.query, data, top);
    if (!got.some((g) => p.expect.includes(g))) misses.push({ query: p.query, got });
  }
  return { hits: phrases.length - misses.length, total: phrases.length, misses };
}
