/**
 * Where the pasted text names the API it came from: an `api=` parameter (possibly URL-encoded
 * or JSON-quoted, `api=%22SYNO.X%22`), an `"api": "SYNO..."` field (possibly escaped inside a
 * string), a library's `API: SYNO...` log line, any other SYNO.* name, a CGI path, or the words
 * of a tool or library that say what it was doing ("Logging into", "Unable to send torrent").
 *
 * Every offset is an offset in the text as given (one coordinate system for hints and findings),
 * and every scan is linear: no pattern here can backtrack over a long run of letters or digits.
 */
import { globToRegExp, type UncoveredOwner } from '../resolve';
import type { DecoderFamily } from './data';

export interface ApiHint {
  /** The API name; for a CGI path the family's first API pattern; for words the API they imply. */
  api: string;
  offset: number;
  via: 'parameter' | 'field' | 'mention' | 'cgi' | 'words';
  /** Set for CGI paths, which name a family rather than an API. */
  family?: string;
  /** For a CGI path, the path; for words, the words. */
  text?: string;
  /** For words: what they say the tool was doing ("signing in"). */
  doing?: string;
  /** For words naming a product no public table documents: its id in `uncovered`. */
  uncovered?: string;
}

/** What names itself in a message: a family, or a product no public table documents. */
type Worded = Pick<DecoderFamily, 'id' | 'name' | 'apis'> & { words?: string[]; uncovered?: true };

const isNameChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** What comes just before an API name, read backwards over a few characters. */
function introducedBy(text: string, at: number): ApiHint['via'] {
  const before = text.slice(Math.max(0, at - 16), at);
  if (/query\s*(?:=|%3D)\s*(?:%22|["'])?$/i.test(before)) return 'mention';
  if (/\bapi\s*(?:=|%3D)\s*(?:%22|\\*["'])?$/i.test(before)) return 'parameter';
  if (/\bapi\\*["']?\s*[:=]\s*\\*["']?$/i.test(before)) return 'field';
  return 'mention';
}

/**
 * Every SYNO.* API name in the text that names a call. Not counted: names used as keys (the API
 * list SYNO.API.Info returns), the `query=` of SYNO.API.Info, and prefixes ending in a dot.
 */
function apiNames(text: string): ApiHint[] {
  const hints: ApiHint[] = [];
  for (let at = text.indexOf('SYNO.'); at !== -1; at = text.indexOf('SYNO.', at + 1)) {
    // Part of a longer word, unless that is a URL escape (`api%3DSYNO.X`, `api=%22SYNO.X`) or
    // DSM's own process name (`synoscgi_SYNO.Core.Storage.Volume_1_set`).
    const cgiProcess = text.slice(Math.max(0, at - 9), at).toLowerCase() === 'synoscgi_';
    if (at > 0 && isNameChar(text.charCodeAt(at - 1)) && !cgiProcess && !/%[0-9A-Fa-f]{2}$/.test(text.slice(Math.max(0, at - 3), at))) continue;
    let end = at + 5;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (isNameChar(c)) end++;
      else if (c === 46 && end + 1 < text.length && isNameChar(text.charCodeAt(end + 1))) end++;
      else break;
    }
    if (end === at + 5) continue;
    let name = text.slice(at, Math.min(end, at + 120)); // API names are short; a longer run is not one
    // synoscgi_SYNO.<API>_<version>_<method>: the API is the part before the version.
    if (cgiProcess) name = name.replace(/_\d+_[A-Za-z0-9_]*$/, '');
    const tokenAt = at;
    at = end - 1; // the next search starts after this name, so a long name is read once
    const after = text.slice(end, end + 4);
    if (/^\.(?![A-Za-z0-9_])/.test(after)) continue; // a prefix such as SYNO.API.
    if (/^\\*["']\s*:/.test(after)) continue; // a key: the API list of SYNO.API.Info
    const via = introducedBy(text, tokenAt);
    if (via === 'mention' && /query\s*(?:=|%3D)\s*(?:%22|["'])?$/i.test(text.slice(Math.max(0, tokenAt - 16), tokenAt))) continue;
    hints.push({ api: name, offset: tokenAt, via });
  }
  return hints;
}

/**
 * CGI paths (`auth.cgi`, `/webapi/DownloadStation/task.cgi`, Photo Station's `photo/webapi/album.php`)
 * that name a family. One pass per extension a family's paths use, each `indexOf` from the last match.
 */
function cgiPaths(text: string, families: readonly DecoderFamily[]): ApiHint[] {
  const hints: ApiHint[] = [];
  const lower = text.toLowerCase();
  const patterns = families.map((f) => ({ f, res: f.cgi.map((p) => globToRegExp(p, true)) }));
  const extensions = new Set(['.cgi', ...families.flatMap((f) => f.cgi.map((p) => p.slice(p.lastIndexOf('.')).toLowerCase()).filter((e) => /^\.[a-z]{2,4}$/.test(e)))]);
  for (const ext of extensions) hintsAt(text, lower, ext, patterns, hints);
  return hints;
}

function hintsAt(text: string, lower: string, ext: string, patterns: { f: DecoderFamily; res: RegExp[] }[], hints: ApiHint[]): void {
  const n = ext.length;
  for (let dot = lower.indexOf(ext); dot !== -1; dot = lower.indexOf(ext, dot + n)) {
    if (dot + n < text.length && isNameChar(text.charCodeAt(dot + n))) continue;
    // Back over the path: letters, digits, "_" and "/", at most 200 characters.
    let start = dot;
    const limit = Math.max(0, dot - 200);
    while (start > limit && (isNameChar(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 47)) start--;
    while (text.charCodeAt(start) === 47) start++;
    if (start === dot) continue;
    const path = text.slice(start, dot + n);
    for (const { f, res } of patterns) {
      if (res.some((re) => re.test(path))) {
        hints.push({ api: f.apis[0] ?? f.id, offset: start, via: 'cgi', family: f.id, text: path });
        break;
      }
    }
  }
}

/**
 * A tool's or library's words for what it was doing, and the API that implies. The API names are
 * resolved to families through the catalog's patterns like any other name, so a family added to
 * the catalog (Core, Photo Station) picks its words up.
 */
const WORDS: { re: RegExp; api: string; doing: string }[] = [
  { re: /\b(?:log(?:ging)?[ -]?in(?:to)?|login|sign(?:ing)?[ -]?in|authenticat(?:e|ing|ion)|2-step verification|two-step|one time password|otp code)\b/gi, api: 'SYNO.API.Auth', doing: 'signing in' },
  { re: /\b(?:getting certificates|(?:update|upload|import|fetch)(?:ing)? (?:the )?certificate|certificate\.crt)\b/gi, api: 'SYNO.Core.Certificate', doing: 'handling certificates' },
  { re: /\b(?:unable to send torrent|add(?:ing)? (?:a )?(?:torrent|download) ?task)\b/gi, api: 'SYNO.DownloadStation.Task', doing: 'sending a task to Download Station' },
];

/** Each family's `words` (content/namespaces/*.yaml) as one whole-word, case-insensitive pattern per family. */
const familyWordCache = new WeakMap<readonly Worded[], { family: Worded; re: RegExp }[]>();
function familyWords(families: readonly Worded[]): { family: Worded; re: RegExp }[] {
  let cached = familyWordCache.get(families);
  if (!cached) {
    cached = families
      .filter((f) => (f.words ?? []).length > 0)
      .map((f) => {
        // A space in a phrase also matches "_" or nothing: "File Station", "file_station", "FileStation".
        const alternatives = (f.words ?? []).map((w) => w.replace(/[.+?^${}()|[\]\\*]/g, '\\$&').replace(/ /g, '[ _]?'));
        return { family: f, re: new RegExp(`(?<![A-Za-z0-9_])(?:${alternatives.join('|')})(?![A-Za-z0-9_])`, 'gi') };
      });
    familyWordCache.set(families, cached);
  }
  return cached;
}

function familyHint(f: Worded, offset: number, words: string): ApiHint {
  const api = f.apis.find((a) => !a.includes('*')) ?? f.apis[0] ?? f.id;
  return f.uncovered ? { api, offset, via: 'words', uncovered: f.id, text: words, doing: `using ${f.name}` } : { api, offset, via: 'words', family: f.id, text: words, doing: `using ${f.name}` };
}

/** Families and uncovered products with words, as one list. */
export function worded(families: readonly DecoderFamily[], uncovered: readonly UncoveredOwner[] = []): Worded[] {
  return [...families, ...uncovered.filter((u) => (u.words ?? []).length > 0).map((u) => ({ id: u.id, name: u.name, apis: [...u.apis], words: [...(u.words ?? [])], uncovered: true as const }))];
}

/** Words in `text` (the line of a message) that say what the tool was doing, first match wins. */
export function wordsIn(text: string, families: readonly Worded[] = []): ApiHint | undefined {
  for (const w of WORDS) {
    const re = new RegExp(w.re.source, 'i');
    const m = re.exec(text);
    if (m) return { api: w.api, offset: m.index, via: 'words', text: m[0], doing: w.doing };
  }
  for (const { family, re } of familyWords(families)) {
    const m = new RegExp(re.source, 'i').exec(text);
    if (m) return familyHint(family, m.index, m[0]);
  }
  return undefined;
}

function wordHints(text: string, families: readonly Worded[]): ApiHint[] {
  const hints: ApiHint[] = [];
  for (const w of WORDS) {
    for (const m of text.matchAll(w.re)) hints.push({ api: w.api, offset: m.index, via: 'words', text: m[0], doing: w.doing });
  }
  for (const { family, re } of familyWords(families)) {
    for (const m of text.matchAll(re)) hints.push(familyHint(family, m.index, m[0]));
  }
  return hints;
}

const wordedLists = new WeakMap<readonly DecoderFamily[], Map<readonly UncoveredOwner[], Worded[]>>();
/** The same list object for the same data, so the compiled patterns are cached. */
export function wordedCache(families: readonly DecoderFamily[], uncovered: readonly UncoveredOwner[]): Worded[] {
  let byUncovered = wordedLists.get(families);
  if (!byUncovered) {
    byUncovered = new Map();
    wordedLists.set(families, byUncovered);
  }
  let list = byUncovered.get(uncovered);
  if (!list) {
    list = worded(families, uncovered);
    byUncovered.set(uncovered, list);
  }
  return list;
}

/** Hints in the order they appear; offsets are offsets in `text`. */
export function apiHints(text: string, families: readonly DecoderFamily[], options: { words?: boolean; uncovered?: readonly UncoveredOwner[] } = {}): ApiHint[] {
  const hints = [...apiNames(text), ...cgiPaths(text, families), ...(options.words ? wordHints(text, wordedCache(families, options.uncovered ?? [])) : [])];
  return hints.sort((a, b) => a.offset - b.offset);
}

/** The last hint at or before `offset` among sorted hints matching `accept`, by binary search over a pre-filtered list. */
export function lastBefore(hints: readonly ApiHint[], offset: number): ApiHint | undefined {
  let lo = 0;
  let hi = hints.length - 1;
  let found: ApiHint | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const h = hints[mid];
    if (h && h.offset <= offset) {
      found = h;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
