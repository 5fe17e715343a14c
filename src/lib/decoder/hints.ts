/**
 * Where the pasted text names the API it came from: an `api=` parameter (possibly URL-encoded),
 * an `"api": "SYNO..."` field (possibly escaped inside a string), or a CGI path.
 */
import { globToRegExp } from '../resolve';
import type { DecoderFamily } from './data';

export interface ApiHint {
  /** The API name, or for a CGI path the family's API pattern. */
  api: string;
  offset: number;
  via: 'parameter' | 'field' | 'cgi';
  /** Set for CGI paths, which name a family rather than an API. */
  family?: string;
}

function safeDecode(text: string): string {
  // Decode %XX runs one at a time so a stray "%" cannot make the whole text undecodable.
  return text.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Hints in the order they appear. Offsets refer to the original text where the text was not encoded. */
export function apiHints(text: string, families: readonly DecoderFamily[]): ApiHint[] {
  const hints: ApiHint[] = [];
  const decoded = text.includes('%') ? safeDecode(text) : text;
  for (const m of decoded.matchAll(/\bapi\s*=\s*(SYNO\.[A-Za-z0-9_.]+)/g)) {
    hints.push({ api: m[1] ?? '', offset: m.index, via: 'parameter' });
  }
  for (const m of decoded.matchAll(/\bapi\\*["']?\s*:\s*\\*["'](SYNO\.[A-Za-z0-9_.]+)/g)) {
    hints.push({ api: m[1] ?? '', offset: m.index, via: 'field' });
  }
  for (const m of decoded.matchAll(/(?:[A-Za-z0-9_]+\/)*[A-Za-z0-9_]+\.cgi\b/g)) {
    const path = m[0];
    for (const f of families) {
      if (f.cgi.some((pattern) => globToRegExp(pattern, true).test(path))) {
        hints.push({ api: f.apis[0] ?? f.id, offset: m.index, via: 'cgi', family: f.id });
        break;
      }
    }
  }
  return hints
    .map((h) => ({ ...h, api: h.api.replace(/\.+$/, '') }))
    .sort((a, b) => a.offset - b.offset);
}
