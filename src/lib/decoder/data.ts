/**
 * The part of the catalog the decoder needs, small enough to ship inside the decode page and to
 * rebuild from content/ on the command line. Built from the catalog, never written by hand.
 */
import type { Catalog } from '../catalog';
import type { Category, Status } from '../schema';

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
  };
}
