/**
 * The `dsm-errors` package: Synology DSM Web API error codes, what each means for the API that
 * returned it, and the decoder that finds them in any pasted text. The same data as the site's
 * /codes.json, prepared when the package was packed.
 *
 *   import { lookup, decode } from 'dsm-errors';
 *   lookup(408, { api: 'SYNO.FileStation.CopyMove' }).matches[0]?.title; // 'No such file or directory'
 */
import { decode as decodeText } from '../lib/decoder/decode';
import { lookupCode, lookupTarget, parseCode } from '../lib/lookup';
import { preparedCodes, preparedMeta } from './prepared';
import type { CodeRecord, CodesExport, DecodeResult, LookupResult, Options } from './public-types.js';

export type * from './public-types.js';

/** Which codes, by family and number. */
let index: Map<string, CodeRecord> | undefined;
const key = (namespace: string, code: number) => `${namespace}|${code}`;
function record(namespace: string, code: number): CodeRecord | undefined {
  index ??= new Map(preparedCodes().codes.map((c) => [key(c.namespace, c.code), c]));
  return index.get(key(namespace, code));
}

/**
 * What `code` means. With `api` (an API name such as SYNO.FileStation.CopyMove, or a `.cgi` path),
 * the meaning in the family that API belongs to, resolved exactly as the decoder resolves it;
 * without it, or when the API does not settle it, every family's meaning. A code given as text
 * must be a whole number.
 */
export function lookup(code: number | string, options: Options = {}): LookupResult {
  const n = typeof code === 'number' ? (Number.isInteger(code) && code >= 1 ? code : undefined) : parseCode(code);
  if (n === undefined) throw new RangeError(`lookup: ${JSON.stringify(code)} is not a DSM error code; give a whole number such as 408.`);
  const meta = preparedMeta();
  const answer = lookupCode(n, meta.decoder, options.api);
  const matches = answer.namespaces.flatMap((ns) => record(ns, n) ?? []);
  const target = lookupTarget(answer);
  const url = target.kind === 'code' ? (matches[0]?.url ?? null) : target.kind === 'compare' ? `${meta.siteRoot}compare/${n}/` : null;
  return { code: n, api: answer.api, family: answer.family, reason: answer.reason, note: answer.note, matches, url };
}

/** Every DSM error code in `text` (a response, a log, a library's message), explained as the decode page does. */
export function decode(text: string, options: Options = {}): DecodeResult {
  return decodeText(text, preparedMeta().decoder, { api: options.api });
}

/** The whole reference: the same data as the site's /codes.json. */
export function codes(): CodesExport {
  return preparedCodes();
}

/** A digest of the data (`sha256-` and 16 hex digits): it changes whenever any code, family or source changes. */
export const dataVersion: string = preparedMeta().dataVersion;

/** The export's schema version (/codes.json's `schemaVersion`): raised only by a change that can break a consumer. */
export const schemaVersion = 1 as const;
