/**
 * A search box is where people paste what their tool printed. A response, a log excerpt or a
 * traceback is better read by the decoder than by full-text search; this tells the two apart and
 * sums up what the decoder found. The decoder reads the same data file (`decoder-data.json`) as
 * on the decode page, so a paste gets the same answer in both places.
 * Every check is one pass over the text.
 */
import type { DecoderData } from '../decoder/data';
import type { DecodeResult } from '../decoder/decode';
import { buildShare } from '../decoder/share';
import { joinBase } from '../paths';
import type { SearchData, SearchRecord } from './query';

/** A line longer than this is a log line or a dump, not something typed. */
const LONG_PASTE = 300;

const MARKERS = ['"code"', "'code'", '"success"', "'success'", '"error"', "'error'", 'code:', 'code=', '"errors"', "'errors'"];

/** Whether the text looks pasted from a response or a log: several lines, JSON or a Python dict, a traceback, an HTTP dump. */
export function looksLikePaste(raw: string): boolean {
  const text = raw.trim();
  if (text === '') return false;
  let lines = 0;
  let inLine = false;
  let brace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      inLine = false;
      continue;
    }
    if (c === 123 || c === 91) brace = true;
    if (!inLine && c !== 32 && c !== 9 && c !== 13) {
      inLine = true;
      lines++;
    }
  }
  if (lines >= 2) return true;
  if (text.length > LONG_PASTE) return true;
  const lower = text.toLowerCase();
  if (lower.includes('traceback (most recent call last)') || lower.includes('http/1.') || lower.includes('http/2 ')) return true;
  return brace && MARKERS.some((m) => lower.includes(m));
}

export interface PastePreview {
  /** One line: the decoder's top finding, or why it found none. */
  summary: string;
  /** The code page of the top finding, when the decoder could tell the family. */
  top?: { namespace: string; family: string; code: number; title: string };
  /** How many codes the decoder found. */
  count: number;
}

/** The decoder's top finding as one line for the search box. */
export function pastePreview(result: DecodeResult): PastePreview {
  const f = result.findings[0];
  const count = result.findings.length;
  const more = count > 1 ? ` (and ${count - 1} more)` : '';
  if (!f) {
    return { summary: result.successes > 0 ? 'No error: the response reports success.' : (result.diagnosis ?? 'No DSM error code found in it.'), count };
  }
  const only = f.meanings.length === 1 ? f.meanings[0] : undefined;
  const top = only && { namespace: only.namespace, family: only.family, code: f.code, title: only.title };
  if (top && f.namespace !== null && f.title) return { summary: `${top.family} ${f.code}: ${f.title}${more}`, top, count };
  // One family defines the number, though the paste does not name the API: its page is still the best guess.
  if (top) return { summary: `${f.code}: probably ${top.family} ${f.code}, ${top.title}${more}`, top, count };
  if (f.meanings.length > 1) return { summary: `${f.code}: depends on the API (${f.meanings.map((m) => m.family).join(', ')})${more}`, count };
  return { summary: `${f.code}: no source documents it${more}`, count };
}

/**
 * The message in a paste the decoder could not read, for full-text search: its last non-empty
 * line (a traceback ends with the exception and its message), without a leading `Name:` label.
 */
export function pastedMessage(raw: string): string {
  let end = raw.length;
  while (end > 0) {
    const start = raw.lastIndexOf('\n', end - 1) + 1;
    const line = raw.slice(start, end).trim();
    if (line !== '') {
      const colon = line.indexOf(': ');
      const label = colon > 0 ? line.slice(0, colon) : '';
      let plain = label !== '';
      for (let i = 0; i < label.length && plain; i++) {
        const c = label.charCodeAt(i) | 32;
        plain = (c >= 97 && c <= 122) || (label.charCodeAt(i) >= 48 && label.charCodeAt(i) <= 57) || label[i] === '.' || label[i] === '_';
      }
      return (plain ? line.slice(colon + 2) : line).slice(0, 1000);
    }
    end = start - 1;
  }
  return '';
}

/**
 * The decode page's address for "Decode this": the decode page's own share payload (only what the
 * decoder used, secrets removed) in the fragment. A paste too big for a link opens the decode page
 * without it, where the paste can be pasted again.
 */
export function decodeLink(raw: string, data: DecoderData, decoded: DecodeResult, base: string): string {
  const fragment = buildShare(raw, '', data, decoded).fragment;
  return `${joinBase(base, 'decode')}${fragment ? `#${fragment}` : ''}`;
}

/** A page the search box lists for a paste: a code page (with its record) or a comparison page. */
export interface PastePage {
  /** The page's path without the base: `auth/408/`, `compare/408/`. */
  path: string;
  code: number;
  title: string;
  record?: SearchRecord;
}

/** At most this many pages are listed for one paste (a long log can hold many codes). */
export const MAX_PASTE_PAGES = 6;

/**
 * The pages of the codes a decoded paste holds, in the decoder's order: the code page of the
 * family the paste names (by its API, CGI path or words); when it names none, every family's
 * meaning of the number, then its comparison page (when two or more families define it).
 */
export function pastePages(result: DecodeResult, data: SearchData): PastePage[] {
  const out: PastePage[] = [];
  const seen = new Set<string>();
  const add = (page: PastePage) => {
    if (out.length < MAX_PASTE_PAGES && !seen.has(page.path)) {
      seen.add(page.path);
      out.push(page);
    }
  };
  const record = (namespace: string, code: number) => data.codes.find((r) => r.namespace === namespace && r.code === code);
  const addRecord = (r: SearchRecord | undefined) => r && add({ path: `${r.namespace}/${r.code}/`, code: r.code, title: r.title, record: r });
  for (const f of result.findings) {
    if (f.namespace !== null) {
      addRecord(record(f.namespace, f.code));
      continue;
    }
    for (const m of f.meanings) addRecord(record(m.namespace, f.code));
    if (f.meanings.length > 1 && data.codes.filter((r) => r.code === f.code).length >= 2) {
      add({ path: `compare/${f.code}/`, code: f.code, title: `Error ${f.code} in every DSM API, side by side` });
    }
  }
  return out;
}
