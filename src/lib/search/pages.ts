/**
 * The list of pages Pagefind indexed, keyed by Pagefind's page id, written at build time next to
 * the index (`search-pages.json`). With it, the search box lists full-text results the moment
 * Pagefind has ranked them; the excerpts (which need one more download per page) follow.
 *
 * A code page is stored as its path alone (its family, code, title and category come from the
 * search data); any other page as its path, title, family and category.
 */
import type { z } from 'astro/zod';
import type { pageEntrySchema, searchPagesSchema } from '../views';
import type { SearchRecord } from './query';

/** `[path]` for a code page; `[path, title, family, category]` for any other. */
export type PageEntry = z.output<typeof pageEntrySchema>;
/** Pagefind's page id -> the page: the `pages` of `/search-pages.json` (`searchPagesSchema`). */
export type PageList = z.output<typeof searchPagesSchema>['pages'];

/** What the build reads from one of Pagefind's fragments. */
export interface IndexedPage {
  id: string;
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** A code page's path: `/core/4317/`. */
const CODE_PATH = /^\/([a-z0-9-]+)\/(\d+)\/$/;

const recordKey = (namespace: string, code: number) => `${namespace}/${code}`;

/** The search data's records by family and code, for listedPage(). */
export const recordsByPath = (records: readonly SearchRecord[]): Map<string, SearchRecord> => new Map(records.map((r) => [recordKey(r.namespace, r.code), r]));

/** The record whose code page is at `path`, if the path is a code page's. */
function recordAt(path: string, records: ReadonlyMap<string, SearchRecord>): SearchRecord | undefined {
  const m = CODE_PATH.exec(path);
  return m?.[1] && m[2] ? records.get(recordKey(m[1], Number(m[2]))) : undefined;
}

/**
 * The list for the pages Pagefind indexed. A page is stored as a code page only when its path and
 * its meta agree with a record of the search data; anything else keeps its own title.
 */
export function pageList(pages: readonly IndexedPage[], records: readonly SearchRecord[]): PageList {
  const byPath = recordsByPath(records);
  const list: PageList = {};
  for (const p of pages) {
    const record = recordAt(p.url, byPath);
    if (record && p.meta['code'] === String(record.code) && p.meta['family'] === record.family) {
      list[p.id] = [p.url];
    } else {
      list[p.id] = [p.url, p.meta['title'] ?? p.url, p.meta['family'] ?? '', p.filters['category']?.[0] ?? ''];
    }
  }
  return list;
}

export interface ListedPage {
  /** The page's path under the site root (`/core/4317/`), without the base path. */
  path: string;
  /** The code page's record, when it is one. */
  record?: SearchRecord;
  title: string;
  family: string;
  category: string;
}

/** Reads one entry back; undefined when it names a code page the search data does not have. */
export function listedPage(entry: PageEntry, records: ReadonlyMap<string, SearchRecord>): ListedPage | undefined {
  const [path] = entry;
  if (entry.length === 1) {
    const record = recordAt(path, records);
    return record ? { path, record, title: record.title, family: record.family, category: '' } : undefined;
  }
  const [, title, family, category] = entry;
  return { path, title, family, category };
}

