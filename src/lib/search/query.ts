/**
 * The exact part of search: a query that names a code ("408"), a family ("filestation 408",
 * "SYNO.FileStation.List 408", "auth.cgi 400") or a range ("1800-1805", "18xx") is answered from
 * build-time data, before and instead of Pagefind's prefix matching (which would turn "1069" into
 * 106). Whatever words are left go to the full-text search.
 */
import type { Category } from '../schema';
import { resolveFamily } from '../resolve';
import { apiHints } from '../decoder/hints';
import { familiesOf, type DecoderFamily } from '../decoder/data';
import type { Catalog } from '../catalog';

export interface SearchRecord {
  namespace: string;
  family: string;
  code: number;
  title: string;
  category: Category;
}

export interface SearchData {
  families: DecoderFamily[];
  codes: SearchRecord[];
}

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

const COMMON = 'common';

function familyToken(token: string, families: readonly DecoderFamily[]): string | undefined {
  const t = token.toLowerCase().replace(/[.,;:]+$/, '');
  const named = families.find((f) => f.id === t || f.name.toLowerCase() === t);
  if (named) return named.id;
  if (/^syno\./i.test(t)) {
    const resolved = resolveFamily(token, families)?.family;
    return resolved && resolved !== COMMON ? resolved : undefined;
  }
  if (/\.cgi$/i.test(t)) return apiHints(token, families).find((h) => h.via === 'cgi')?.family;
  return undefined;
}

export function parseQuery(query: string, families: readonly DecoderFamily[]): ParsedQuery {
  const parsed: ParsedQuery = { numbers: [], ranges: [], text: '' };
  const words: string[] = [];
  for (const token of query.trim().split(/\s+/).filter(Boolean)) {
    const fam = familyToken(token, families);
    if (fam && parsed.family === undefined) {
      parsed.family = fam;
      continue;
    }
    const bare = token.replace(/^[#(]+|[).,;:]+$/g, '');
    if (/^\d{3,8}$/.test(bare)) {
      parsed.numbers.push(Number(bare));
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

/** The codes the query names exactly, the named family's first. */
export function exactAnswer(parsed: ParsedQuery, data: SearchData): ExactAnswer {
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
  const preferred = (records: SearchRecord[]) => {
    if (!parsed.family) return records;
    return [...records.filter((r) => r.namespace === parsed.family), ...records.filter((r) => r.namespace !== parsed.family)];
  };
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
    const inRange = data.codes.filter((r) => r.code >= range.from && r.code <= range.to && (!parsed.family || r.namespace === parsed.family || r.namespace === COMMON));
    if (inRange.length === 0) messages.push(`No DSM error code in ${range.label}${parsed.family ? ` for ${familyName(data, parsed.family)}` : ''}.`);
    inRange.forEach(add);
  }
  return { records: out, messages };
}

/** The build-time data the search box loads: every code with its family and title. */
export function searchRecords(catalog: Catalog): SearchData {
  const names = new Map(catalog.namespaces.map((n) => [n.id, n.name]));
  return {
    families: familiesOf(catalog),
    codes: catalog.all().map((e) => ({ namespace: e.namespace, family: names.get(e.namespace) ?? e.namespace, code: e.code, title: e.title, category: e.category })),
  };
}
