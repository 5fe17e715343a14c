/**
 * One code, optionally with the API that returned it, to the families that explain it: what the
 * lookup address (/lookup/?api=...&code=...), the package's `lookup` and the `dsm-errors` command
 * answer. The API is resolved by the decoder itself (a response carrying the code, decoded with
 * that API), so an API name or a `.cgi` path reaches the same family here as on the decode page.
 */
import type { DecoderData } from './decoder/data';
import { decode } from './decoder/decode';

/** The largest code the decoder reads (SAN Manager's iSCSI codes have eight digits). */
export const MAX_LOOKUP_CODE = 99_999_999;

export interface LookupAnswer {
  code: number;
  /** The API as given (trimmed), or null. */
  api: string | null;
  /** The family the API settles the code to (it defines the code), or null. */
  family: string | null;
  /** The families whose page explains the code for this query, in family order: one when settled. */
  namespaces: string[];
  /** Why that family (the decoder's reason), when the API settled it. */
  reason: string | null;
  /** A sentence for the reader when the API did not settle it (no family covers the API, or its family does not define the code). */
  note: string | null;
}

/** Every family that defines `code`, in family order. */
export function definersOf(code: number, data: Pick<DecoderData, 'families' | 'codes'>): string[] {
  return data.families.filter((f) => data.codes[f.id]?.[String(code)] !== undefined).map((f) => f.id);
}

/**
 * The families that explain `code` when `api` returned it. With an API the decoder resolves to a
 * family that defines the code, that family only; otherwise (no API, an API no family covers, or
 * a family that does not define it) every family that defines the number.
 */
export function lookupCode(code: number, data: DecoderData, api?: string | null): LookupAnswer {
  const name = api?.trim() || null;
  if (name) {
    const finding = decode(JSON.stringify({ success: false, error: { code } }), data, { api: name }).findings[0];
    const ns = finding?.namespace ?? null;
    if (ns && finding && finding.meanings.some((m) => m.namespace === ns)) {
      return { code, api: name, family: ns, namespaces: [ns], reason: finding.familyReason, note: null };
    }
    const all = definersOf(code, data);
    const note = finding?.note ?? `No family in this reference covers ${name}.`;
    return { code, api: name, family: null, namespaces: all, reason: null, note: all.length > 0 ? `${note} Every family that defines ${code} is listed.` : note };
  }
  return { code, api: null, family: null, namespaces: definersOf(code, data), reason: null, note: null };
}

/** Where the lookup address sends the reader. */
export type LookupTarget = { kind: 'code'; namespace: string; code: number } | { kind: 'compare'; code: number } | { kind: 'none'; code: number };

export function lookupTarget(answer: LookupAnswer): LookupTarget {
  const [only] = answer.namespaces;
  if (answer.namespaces.length === 1 && only) return { kind: 'code', namespace: only, code: answer.code };
  if (answer.namespaces.length > 1) return { kind: 'compare', code: answer.code };
  return { kind: 'none', code: answer.code };
}

/** A code as written in a query or on the command line: digits only, at most eight. */
export function parseCode(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{1,8}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 1 && n <= MAX_LOOKUP_CODE ? n : undefined;
}

/** The lookup address's query (`?api=SYNO.FileStation.List&code=408`), or what is wrong with it. */
export function parseLookupQuery(search: string): { code: number; api: string | null } | { problem: string } {
  const params = new URLSearchParams(search);
  const raw = params.get('code');
  if (raw === null || raw.trim() === '') return { problem: 'The address has no code. Add code=<number>, for example ?api=SYNO.FileStation.List&code=408.' };
  const code = parseCode(raw);
  if (code === undefined) return { problem: `"${raw.slice(0, 40)}" is not a DSM error code: give a whole number from 1 to ${MAX_LOOKUP_CODE}, for example code=408.` };
  return { code, api: params.get('api')?.trim() || null };
}
