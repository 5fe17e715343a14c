/**
 * Words out of a query or a code's wording, for ranking. Everything here walks the text once:
 * no regular expression that can backtrack, no rescans, so a long paste or a run of punctuation
 * costs time in proportion to its length.
 */

/** How much of a query is analysed; the rest is ignored (a paste goes to the decoder whole). */
export const MAX_QUERY_CHARS = 1000;
/** How many distinct content words a query contributes to ranking. */
export const MAX_QUERY_WORDS = 12;

/** Words that say nothing about which code is meant: glue words and what every message says. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have if in into is it its ' +
    'of on or so than that the their then there these this those to too was we were what when where which ' +
    'while who will with would you your i me my our us he she they them after before again got get gets ' +
    'because off same all any some also just only very please ' +
    'error errors code codes err returned returns return response status message msg failed fail failure ' +
    'synology dsm api nas request'
  ).split(' '),
);

const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

/** Lowercase runs of letters and digits, in order (repeats kept). Linear in the text's length. */
export function wordsOf(text: string, maxChars = MAX_QUERY_CHARS): string[] {
  const out: string[] = [];
  const end = Math.min(text.length, maxChars);
  let start = -1;
  for (let i = 0; i <= end; i++) {
    const inWord = i < end && isWordChar(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return out;
}

/** Splits CamelCase and dotted API names into words: `SYNO.FileStation.CopyMove` -> syno file station copy move. */
export function apiWords(api: string): string[] {
  const spaced: string[] = [];
  for (let i = 0; i < api.length; i++) {
    const ch = api[i] ?? '';
    const code = api.charCodeAt(i);
    const prev = i > 0 ? api.charCodeAt(i - 1) : 0;
    if (code >= 65 && code <= 90 && prev >= 97 && prev <= 122) spaced.push(' ');
    spaced.push(ch);
  }
  return wordsOf(spaced.join(''), Infinity);
}

/** A light English stem, enough to let "copying" meet "copy" and "exists" meet "exist". */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es') && !w.endsWith('ses')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const isDigits = (w: string) => {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
};

/** The distinct words of a query that can tell codes apart: no glue words, no bare numbers, at most `max`. */
export function contentWords(text: string, max = MAX_QUERY_WORDS): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of wordsOf(text)) {
    if (out.length >= max) break;
    if (w.length < 2 || STOPWORDS.has(w) || isDigits(w) || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

/** The stems of a text's words, as a set, for matching query words against a code's wording. */
export function stemSet(text: string): Set<string> {
  return new Set(wordsOf(text, Infinity).map(stem));
}

/** Whether a query word meets a set of stems: the same stem, or (for 4+ letters) one a prefix of the other. */
export function meets(word: string, stems: ReadonlySet<string>): boolean {
  const s = stem(word);
  if (stems.has(s)) return true;
  if (s.length < 4) return false;
  for (const t of stems) if (t.length >= 4 && (t.startsWith(s) || s.startsWith(t))) return true;
  return false;
}

const PUNCT_LEAD = new Set(['#', '(', '[', '{', '"', "'", '`', '<', '\u201c', '\u2018']);
const PUNCT_TRAIL = new Set([')', ']', '}', '.', ',', ';', ':', '"', "'", '`', '>', '!', '?', '\u201d', '\u2019']);

/** A token without the brackets, quotes and punctuation around it; one pass from each end. */
export function trimToken(token: string): string {
  let a = 0;
  let b = token.length;
  while (a < b && PUNCT_LEAD.has(token[a] ?? '')) a++;
  while (b > a && PUNCT_TRAIL.has(token[b - 1] ?? '')) b--;
  return token.slice(a, b);
}
