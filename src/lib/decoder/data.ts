/**
 * The part of the catalog the decoder needs, small enough to ship inside the decode page and to
 * rebuild from content/ on the command line. Built from the catalog, never written by hand.
 */
import type { Catalog } from '../catalog';
import type { Category, Status } from '../schema';
import type { UncoveredOwner } from '../resolve';
import type { WordingRow } from './wording';

export interface DecoderFamily {
  id: string;
  name: string;
  apis: string[];
  cgi: string[];
  reserved?: { from: number; to: number; note: string }[];
}

export interface DecoderCode {
  title: string;
  action: string;
  category: Category;
  status: Status;
  api?: string;
}

export interface DecoderData {
  families: DecoderFamily[];
  /** family id -> code -> meaning */
  codes: Record<string, Record<string, DecoderCode>>;
  /** Every API name the content mentions, for suggestions. */
  apiNames: string[];
  /**
   * How the sources word each code (every citation's `says`; the titles in `codes` count too), so
   * the decoder can tell a family from a library's message. More rows (a source's whole table)
   * can be appended.
   */
  wordings: WordingRow[];
  /** APIs no public table documents (Synology Photos, Drive, ...): their codes are not forced into a family. */
  uncovered?: UncoveredOwner[];
}

/** Every citation's wording, as {namespace, code, text, source} rows (titles are in `codes`). */
export function wordingsOf(catalog: Catalog): WordingRow[] {
  const rows: WordingRow[] = [];
  const seen = new Set<string>();
  const add = (row: WordingRow) => {
    const key = `${row.namespace}|${row.code}|${row.text.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push(row);
  };
  for (const ns of catalog.namespaces) {
    for (const e of catalog.codes(ns.id)) {
      const cites = catalog.citations(e);
      for (const c of cites) if (c.says) add({ namespace: ns.id, code: e.code, text: c.says, source: c.src.title });
    }
  }
  return rows;
}

/** Each family's name, API patterns, CGI paths and reserved ranges: what resolving an API needs. */
export function familiesOf(catalog: Catalog): DecoderFamily[] {
  return catalog.namespaces.map((n) => ({ id: n.id, name: n.name, apis: [...n.apis], cgi: [...n.cgi], ...(n.reserved.length ? { reserved: n.reserved.map((r) => ({ ...r })) } : {}) }));
}

export function decoderData(catalog: Catalog): DecoderData {
  const codes: DecoderData['codes'] = {};
  const apiNames = new Set<string>();
  for (const ns of catalog.namespaces) {
    const table: Record<string, DecoderCode> = {};
    for (const e of catalog.codes(ns.id)) {
      table[String(e.code)] = { title: e.title, action: e.action, category: e.category, status: e.status, ...(e.api ? { api: e.api } : {}) };
      if (e.api) apiNames.add(e.api);
    }
    codes[ns.id] = table;
    for (const a of ns.apis) if (!a.includes('*')) apiNames.add(a);
  }
  return {
    families: familiesOf(catalog),
    codes,
    apiNames: [...apiNames].sort(),
    wordings: wordingsOf(catalog),
    uncovered: catalog.uncovered.map((u) => ({ id: u.id, name: u.name, apis: [...u.apis], note: u.note })),
  };
}
