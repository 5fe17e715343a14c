/**
 * The part of the catalog the decoder needs, small enough to ship inside the decode page and to
 * rebuild from content/ on the command line. Built from the catalog, never written by hand.
 */
import type { Catalog } from '../catalog';
import type { Category, Status } from '../schema';
import type { UncoveredOwner } from '../resolve';
import type { WordingRow } from './wording';
import { libraryCodeRecords, type LibraryCodeRecord } from '../library-codes';

export interface DecoderFamily {
  id: string;
  name: string;
  apis: string[];
  cgi: string[];
  reserved?: { from: number; to: number; note: string }[];
  /** Phrases that name the family in free text ("Package Center", "synopkg"). */
  words: string[];
  /** A code below this, from the family's APIs, is a Common code unless the family defines it (400; 0 for Package Center's installer). */
  sharesCommonBelow: number;
  /** The family whose codes every API shares (Common). */
  shared?: true;
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
  /** Numbers client libraries make up themselves (not DSM codes), with the cues that identify them in a paste. */
  libraryCodes?: LibraryCodeRecord[];
  /** The page on HTTP statuses from the NAS's web server, without the base (`http-statuses/`). */
  httpStatusesPath?: string;
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
  return catalog.namespaces.map((n) => ({
    id: n.id,
    name: n.name,
    apis: [...n.apis],
    cgi: [...n.cgi],
    ...(n.reserved.length ? { reserved: n.reserved.map((r) => ({ ...r })) } : {}),
    words: [...n.words],
    sharesCommonBelow: n.sharesCommonBelow,
    ...(n.apis.includes('SYNO.*') ? { shared: true as const } : {}),
  }));
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
    // Only Web API names: a tool a family lists (synopkg) is not an API to suggest.
    for (const a of ns.apis) if (!a.includes('*') && a.startsWith('SYNO.')) apiNames.add(a);
  }
  return {
    families: familiesOf(catalog),
    codes,
    apiNames: [...apiNames].sort(),
    wordings: wordingsOf(catalog),
    uncovered: catalog.uncovered.map((u) => ({ id: u.id, name: u.name, apis: [...u.apis], note: u.note })),
    libraryCodes: libraryCodeRecords(catalog),
    httpStatusesPath: 'http-statuses/',
  };
}
