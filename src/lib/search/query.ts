/**
 * The exact part of search: a query that names a code ("408"), a family ("filestation 408",
 * "SYNO.FileStation.List 408", "auth.cgi 400") or a range ("1800-1805", "18xx") is answered from
 * build-time data, before and instead of Pagefind's prefix matching (which would turn "1069" into
 * 106). A code inside a message ("returned error 414 while copying", "Error code: 18990744") is
 * found the same way. When several families define the number, the message's other words pick
 * the family (scored against each one's title, the sources' wordings and its API names), then the
 * family of the page the reader is on. Whatever words are left go to the full-text search.
 *
 * Only the first MAX_QUERY_CHARS characters are analysed, and every step is linear in them.
 */
import type { z } from 'astro/zod';
import type { libraryCodeSchema, searchDataSchema, searchRecordSchema } from '../views';
import { SEARCH_DATA_VERSION } from '../view-versions';
import { resolveFamily, sharedFamily } from '../resolve';
import { apiHints } from '../decoder/hints';
import { familiesOf, type DecoderFamily } from '../decoder/data';
import type { Catalog } from '../catalog';
import { libraryCodeRecords } from '../library-codes';
import { HTTP_STATUSES_PAGE } from '../paths';
import { areaOf } from './areas';
import { actionWordsOf, priorOf } from './rank';
import { apiWords, contentWords, MAX_QUERY_CHARS, meets, stemSet, trimToken } from './text';

/** One code in the search data; its contract is `searchRecordSchema` in src/lib/views.ts. */
export type SearchRecord = z.output<typeof searchRecordSchema>;
/** The search data (`/search-index.json`); its contract is `searchDataSchema` in src/lib/views.ts. */
export type SearchData = z.output<typeof searchDataSchema>;
/** One library's own number (not a DSM code), as the decoder's data and the search data carry it. */
export type LibraryCode = z.output<typeof libraryCodeSchema>;

export interface ParsedQuery {
  /** The family the query names, if any. */
  family?: string;
  /** Exact codes asked for, in the order typed. */
  numbers: number[];
  /** Inclusive ranges asked for. */
  ranges: { from: number; to: number; label: string }[];
  /** The words left for full-text search. */
  text: string;
}


/** No API name or CGI path is longer; longer tokens are not tried (which keeps the check linear). */
const MAX_NAME_CHARS = 200;

function familyToken(token: string, families: readonly DecoderFamily[]): string | undefined {
  if (token.length > MAX_NAME_CHARS) return undefined;
  const t = trimToken(token.toLowerCase());
  const named = families.find((f) => f.id === t || f.name.toLowerCase() === t);
  if (named) return named.id;
  if (/^syno\./i.test(t)) {
    const resolved = resolveFamily(token, families)?.family;
    return resolved && resolved !== sharedFamily(families)?.id ? resolved : undefined;
  }
  if (/\.cgi$/i.test(t)) return apiHints(token, families).find((h) => h.via === 'cgi')?.family;
  return undefined;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** `408`, or the number in `code:408`, `code=408`, `error=414`; undefined for anything else. */
function codeToken(bare: string): number | undefined {
  let i = bare.length;
  while (i > 0 && isDigit(bare.charCodeAt(i - 1))) i--;
  const digits = bare.length - i;
  if (digits < 3 || digits > 8) return undefined;
  if (i === 0) return Number(bare);
  let j = i;
  while (j > 0 && (bare[j - 1] === ':' || bare[j - 1] === '=')) j--;
  if (j === i || j === 0) return undefined;
  for (let k = 0; k < j; k++) {
    const c = bare.charCodeAt(k) | 32;
    if (!((c >= 97 && c <= 122) || bare[k] === '_')) return undefined;
  }
  return Number(bare.slice(i));
}

/** Whitespace-separated tokens of the first MAX_QUERY_CHARS characters, in one pass. */
function tokens(query: string): string[] {
  const out: string[] = [];
  const end = Math.min(query.length, MAX_QUERY_CHARS);
  let start = -1;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? query.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 160;
    if (!space && start < 0) start = i;
    else if (space && start >= 0) {
      out.push(query.slice(start, i));
      start = -1;
    }
  }
  return out;
}

export function parseQuery(query: string, families: readonly DecoderFamily[]): ParsedQuery {
  const parsed: ParsedQuery = { numbers: [], ranges: [], text: '' };
  const words: string[] = [];
  for (const token of tokens(query)) {
    const fam = familyToken(token, families);
    if (fam && parsed.family === undefined) {
      parsed.family = fam;
      continue;
    }
    const bare = trimToken(token);
    const number = codeToken(bare);
    if (number !== undefined) {
      if (!parsed.numbers.includes(number)) parsed.numbers.push(number);
      continue;
    }
    const span = /^(\d{3,5})\s*[-\u2013]\s*(\d{3,5})$/.exec(bare);
    if (span) {
      const a = Number(span[1]);
      const b = Number(span[2]);
      parsed.ranges.push({ from: Math.min(a, b), to: Math.max(a, b), label: `${Math.min(a, b)}-${Math.max(a, b)}` });
      continue;
    }
    const wild = /^(\d{1,4})([xX*]+)$/.exec(bare);
    if (wild && (wild[1] ?? '').length + (wild[2] ?? '').length >= 3) {
      const size = 10 ** (wild[2] ?? '').length;
      const from = Number(wild[1]) * size;
      parsed.ranges.push({ from, to: from + size - 1, label: bare });
      continue;
    }
    words.push(token);
  }
  parsed.text = words.join(' ');
  return parsed;
}

export interface ExactAnswer {
  records: SearchRecord[];
  /** Said when a number or range matches nothing ("No DSM error code 1069"). */
  messages: string[];
}

const familyName = (data: SearchData, id: string) => data.families.find((f) => f.id === id)?.name ?? id;

export interface RankContext {
  /** The family the query names; its code always comes first. */
  family?: string | undefined;
  /** The family of the page the reader is on; first among equals. */
  pageFamily?: string | undefined;
}

/** How well a code's own wording (2 per word) or its family's names (1 per word) match the words. */
export function wordScore(record: SearchRecord, words: readonly string[], data: SearchData): number {
  if (words.length === 0) return 0;
  const own = stemSet([record.title, ...(record.says ?? []), ...(record.api ? apiWords(record.api) : []), record.area ?? ''].join(' '));
  const fam = data.families.find((f) => f.id === record.namespace);
  const family = stemSet([record.family, record.namespace, ...(fam ? fam.apis.flatMap(apiWords) : []), ...actionWordsOf(record.namespace)].join(' '));
  let score = 0;
  for (const w of words) score += meets(w, own) ? 2 : meets(w, family) ? 1 : 0;
  return score;
}

/**
 * The same number in several families, best first: the family the query names, then the one
 * whose wording the query's words match best, then the family of the reader's page, then the
 * usual family order.
 */
export function rankFamilies(records: readonly SearchRecord[], words: readonly string[], data: SearchData, context: RankContext = {}): SearchRecord[] {
  const scored = records.map((r, i) => ({ r, i, score: wordScore(r, words, data) }));
  const named = (r: SearchRecord) => (context.family !== undefined && r.namespace === context.family ? 1 : 0);
  const onPage = (r: SearchRecord) => (context.pageFamily !== undefined && r.namespace === context.pageFamily ? 1 : 0);
  scored.sort((a, b) => named(b.r) - named(a.r) || b.score - a.score || onPage(b.r) - onPage(a.r) || a.i - b.i);
  return scored.map((s) => s.r);
}

/** The codes the query names exactly, best family first (see `rankFamilies`). */
export function exactAnswer(parsed: ParsedQuery, data: SearchData, context: { pageFamily?: string | undefined } = {}): ExactAnswer {
  const out: SearchRecord[] = [];
  const messages: string[] = [];
  const seen = new Set<string>();
  const add = (r: SearchRecord) => {
    const k = `${r.namespace}/${r.code}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(r);
    }
  };
  const words = contentWords(parsed.text);
  const preferred = (records: SearchRecord[]) => rankFamilies(records, words, data, { family: parsed.family, pageFamily: context.pageFamily });
  for (const n of parsed.numbers) {
    const all = data.codes.filter((r) => r.code === n);
    if (all.length === 0) {
      messages.push(`No DSM error code ${n}${parsed.family ? ` in ${familyName(data, parsed.family)} or any other family` : ''}.`);
      continue;
    }
    if (parsed.family && n >= 400 && !all.some((r) => r.namespace === parsed.family)) {
      messages.push(`${familyName(data, parsed.family)} has no code ${n}; other families do.`);
    }
    preferred(all).forEach(add);
  }
  for (const range of parsed.ranges) {
    const inRange = data.codes.filter((r) => r.code >= range.from && r.code <= range.to && (!parsed.family || r.namespace === parsed.family || r.namespace === sharedFamily(data.families)?.id));
    if (inRange.length === 0) messages.push(`No DSM error code in ${range.label}${parsed.family ? ` for ${familyName(data, parsed.family)}` : ''}.`);
    inRange.forEach(add);
  }
  return { records: out, messages };
}

/**
 * The build-time data the search box loads: every code with its family, title, the sources'
 * other wordings (so the words of a message can pick the family) and its area, if any.
 */
export function searchRecords(catalog: Catalog): SearchData {
  return {
    version: SEARCH_DATA_VERSION,
    httpStatusesPath: HTTP_STATUSES_PAGE,
    libraryCodes: libraryCodeRecords(catalog),
    families: familiesOf(catalog),
    codes: catalog.all().map((e) => {
      const ns = catalog.namespace(e.namespace);
      const seen = new Set([e.title.toLowerCase()]);
      const says: string[] = [];
      for (const c of e.sources) {
        const w = c.says?.trim();
        if (w && !seen.has(w.toLowerCase())) {
          seen.add(w.toLowerCase());
          says.push(w);
        }
      }
      const area = ns ? areaOf(ns, e) : undefined;
      const also: string[] = [];
      for (const w of [...e.sameMeaning, ...e.prints.map((p) => p.text)]) {
        const t = w.trim();
        if (t && !seen.has(t.toLowerCase())) {
          seen.add(t.toLowerCase());
          also.push(t);
        }
      }
      const cites = catalog.citations(e);
      const prior = priorOf({
        namespace: e.namespace,
        citing: new Set(cites.map((c) => c.src.id)).size,
        observed: cites.filter((c) => c.src.kind === 'observed').length,
        generic: e.generic === true,
      });
      return {
        namespace: e.namespace,
        family: ns?.name ?? e.namespace,
        code: e.code,
        title: e.title,
        category: e.category,
        status: e.status,
        ...(e.api ? { api: e.api } : {}),
        ...(says.length ? { says } : {}),
        ...(area ? { area: area.name } : {}),
        ...(also.length ? { also } : {}),
        prior,
        ...(e.generic ? { generic: true as const } : {}),
      };
    }),
  };
}

/**
 * The family whose pages the reader is on (`/filestation/408/` under base `/`), from the URL
 * path: its first segment after the base, when that is a family's slug.
 */
export function pageFamily(pathname: string, base: string, familyIds: readonly string[]): string | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(root)) return undefined;
  const rest = pathname.slice(root.length);
  const slash = rest.indexOf('/');
  const first = slash < 0 ? rest : rest.slice(0, slash);
  return familyIds.includes(first) ? first : undefined;
}

/** The key two wordings share when they say the same words: content words, sorted. */
const wordingKey = (text: string) => contentWords(text, 50).sort().join(' ');
const byWording = new WeakMap<SearchData, Map<string, SearchRecord[]>>();

/**
 * Codes worded exactly as the query, by their title or by a source (`says`): "disk quota exceeded"
 * is FileStation 415's title and what circulating tables say FileStation 408 means. A reader who
 * copied a message wants those pages before others that merely share its words. Built once per
 * data object; a lookup is linear in the query.
 */
export function sameWording(query: string, data: SearchData): SearchRecord[] {
  let index = byWording.get(data);
  if (!index) {
    index = new Map();
    for (const r of data.codes) {
      for (const key of new Set([r.title, ...(r.says ?? [])].map(wordingKey))) {
        if (key === '') continue;
        const list = index.get(key);
        if (list) list.push(r);
        else index.set(key, [r]);
      }
    }
    byWording.set(data, index);
  }
  const key = wordingKey(query);
  return key === '' ? [] : (index.get(key) ?? []);
}
