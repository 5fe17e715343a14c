/**
 * The part of the catalog the decoder needs, small enough to ship inside the decode page and to
 * rebuild from content/ on the command line. Built from the catalog, never written by hand.
 */
import type { z } from 'astro/zod';
import type { Catalog } from '../catalog';
import type { decoderCodeSchema, decoderDataSchema, familyViewSchema, libraryCodeSchema } from '../views';
import { DECODER_DATA_VERSION } from '../view-versions';
import type { WordingRow } from './wording';
import { libraryCodeRecords } from '../library-codes';
import { HTTP_STATUSES_PAGE } from '../paths';

/** A family as the decoder and search see it: patterns, CGI paths, reserved ranges and its rules. */
export type DecoderFamily = z.output<typeof familyViewSchema>;
export type DecoderCode = z.output<typeof decoderCodeSchema>;
/** The decoder's data (`/decoder-data.json`); its contract is `decoderDataSchema` in src/lib/views.ts. */
export type DecoderData = z.output<typeof decoderDataSchema>;
/** A client library's own number (not a DSM code), with what it means in that library. */
export type LibraryCode = z.output<typeof libraryCodeSchema>;

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
      // The sources' other wordings of the same meaning (checked against their tables at build time).
      for (const text of e.sameMeaning) add({ namespace: ns.id, code: e.code, text, source: 'this reference' });
    }
  }
  return rows;
}

/** Each family's name, API patterns, CGI paths, reserved ranges and rules: what resolving an API needs. */
export function familiesOf(catalog: Catalog): DecoderFamily[] {
  return catalog.namespaces.map((n) => ({
    id: n.id,
    name: n.name,
    apis: [...n.apis],
    cgi: [...n.cgi],
    ...(n.reserved.length ? { reserved: n.reserved.map((r) => ({ ...r })) } : {}),
    words: [...n.words],
    sharesCommonBelow: n.sharesCommonBelow,
    ...(n.shared ? { shared: true as const } : {}),
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
    version: DECODER_DATA_VERSION,
    families: familiesOf(catalog),
    codes,
    apiNames: [...apiNames].sort(),
    wordings: wordingsOf(catalog),
    uncovered: catalog.uncovered.map((u) => ({ id: u.id, name: u.name, apis: [...u.apis], note: u.note, words: [...u.words], sharesCommonBelow: u.sharesCommonBelow })),
    libraryCodes: libraryCodeRecords(catalog),
    httpStatusesPath: HTTP_STATUSES_PAGE,
  };
}
