/**
 * How search ranks what it found: the one place the order of results is decided. The header and
 * the results page (through src/scripts/search/engine.ts) and the ranking harness of the unit
 * tests call `rankItems`; nothing else reorders results.
 *
 * The rules, in the order they decide:
 *
 * 0. What is not a DSM code comes before everything: an HTTP status as clients print it
 *    (`<Response [502]>`, `httpStatus`) leads to the HTTP statuses page, and a library's own
 *    number named by its exception or message (`libraryMatches`) to its page, when the search data
 *    says those pages exist. A pasted response lists its codes' pages (paste.ts, `pastePages`).
 * 1. A code the query names by number (`408`, `filestation 408`) comes next; that is decided
 *    before ranking (query.ts, `exactAnswer`), and nothing here moves it.
 * 2. A query that is a source's wording of a code (its title, a citation's `says`, its
 *    `sameMeaning`, or a library's message for it, `prints[].text`), whole or inside a longer
 *    message, puts that code above every other result. Case, punctuation, quotes, articles and a
 *    product or package name inside the wording ("Synology", "Download Station") are ignored, and
 *    a placeholder in it (`{0}`, `%s`) stands for a few words. A whole match comes before a
 *    wording found inside a longer message, and a longer wording before a shorter one.
 * 3. A code whose DSM text is generic (`generic: true`, "Please try again later.") comes after
 *    every specific meaning in the same group (exact wordings, then the rest).
 * 4. The rest are ordered by how well they match the words (the mean of Pagefind's score, relative
 *    to the best, and the share of the query the code's own wording covers, rare words counting
 *    more, a few synonyms included: `SYNONYMS`), times (1 + PRIOR_LIFT x prior), the prior being
 *    how often users meet the code (`prior`, computed at build time by `priorOf`): sources citing
 *    it, public reports of it, and whether its family is one users script most.
 * 5. Words that name something users do (sign in, log in, password, locked, blocked, two-step,
 *    2FA, OTP) pick the family that does it (Auth), the way a code's words pick a family:
 *    that family's codes that match a word are lifted (times ACTION_LIFT); with a code number,
 *    the same words count for the family in query.ts, `wordScore`.
 * 6. Ties keep the order the results came in.
 *
 * Every step is linear in the query (at most MAX_QUERY_CHARS characters are read).
 */
import type { LibraryCode, SearchData, SearchRecord } from './query';
import { contentWords, MAX_QUERY_CHARS, meets, stemSet, wordsOf, apiWords } from './text';

/** The families users script most (Home Assistant, download managers, backup and camera tools). */
export const SCRIPTED_FAMILIES: readonly string[] = ['common', 'auth', 'filestation', 'downloadstation', 'surveillancestation'];

/** What the prior is computed from; see `priorOf`. */
export interface PriorInput {
  namespace: string;
  /** How many sources cite the code. */
  citing: number;
  /** How many citations come from sources of kind `observed` (public reports). */
  observed: number;
  generic: boolean;
}

/**
 * How often users meet a code, from 0 to 1: half from its family (one users script most), a
 * third from the sources citing it (four or more count fully), a sixth from public reports (two
 * or more count fully). A generic message gets half of that. Rounded to two decimals.
 */
export function priorOf(p: PriorInput): number {
  const family = SCRIPTED_FAMILIES.includes(p.namespace) ? 1 : 0;
  const citing = Math.min(1, Math.max(0, p.citing - 1) / 3);
  const observed = Math.min(1, p.observed / 2);
  const raw = family / 2 + citing / 3 + observed / 6;
  return Math.round((p.generic ? raw / 2 : raw) * 100) / 100;
}

/** How much the prior can lift a result: a code with prior 1 scores up to this many times more. */
export const PRIOR_LIFT = 1;
/** How much the family picked by an action word lifts its codes. */
export const ACTION_LIFT = 2.5;

/**
 * Phrases naming what users do, and the family that does it. Matched on whole words, in order
 * ("sign in", "two step" also as "two-step").
 */
export const ACTION_WORDS: readonly { words: readonly string[]; family: string }[] = [
  ...['sign in', 'signin', 'log in', 'login', 'logon', 'log on', 'password', 'passwd', 'locked', 'lockout', 'blocked', 'two step', '2 step', 'two factor', '2fa', 'otp', 'mfa']
    .map((p) => ({ words: p.split(' '), family: 'auth' })),
];

/** The family the query's action words pick, if any. One pass over its words. */
export function actionFamily(query: string): string | undefined {
  const words = wordsOf(query, MAX_QUERY_CHARS);
  for (let i = 0; i < words.length; i++) {
    for (const a of ACTION_WORDS) {
      let ok = true;
      for (let k = 0; k < a.words.length && ok; k++) ok = words[i + k] === a.words[k];
      if (ok) return a.family;
    }
  }
  return undefined;
}

/** Whether an action word names this family: for `wordScore`, so "400 wrong password" picks Auth. */
export function actionWordsOf(family: string): string[] {
  return ACTION_WORDS.filter((a) => a.family === family && a.words.length === 1).map((a) => a.words[0] ?? '');
}

// ---------------------------------------------------------------------------------------------
// Rule 2: a source's wording, whole or inside a longer message.

/** Words left out of a wording and of the query before comparing: articles and product names. */
const IGNORED = new Set(['a', 'an', 'the', 'synology', 'dsm', 'diskstation', 'rackstation', 'nas', 'inc', 'filestation', 'downloadstation', 'surveillancestation', 'photostation', 'audiostation', 'videostation', 'notestation']);
/** Two-word product and package names, left out the same way. */
const PRODUCTS = new Set(
  ['file station', 'download station', 'surveillance station', 'photo station', 'audio station', 'video station', 'note station', 'synology photos', 'synology drive', 'synology chat', 'synology calendar', 'container manager', 'hyper backup', 'active backup', 'package center', 'media server'],
);
const WILD = '*';
/** A placeholder stands for at most this many words. */
const WILD_MAX = 4;
/** A wording with more placeholders than this is not indexed (it would match almost anything). */
const MAX_WILD = 2;
/** Longer wordings are not indexed (none of the sources' short wordings is). */
const MAX_WORDING_WORDS = 40;
/** A wording shorter than this is matched only as the whole query, never inside a message. */
const MIN_INSIDE_WORDS = 3;

/** The words of a text for wording matches: lowercased, placeholders as `*`, ignored words out. One pass. */
export function wordingTokens(text: string, maxChars = MAX_QUERY_CHARS): string[] {
  const raw: string[] = [];
  const end = Math.min(text.length, maxChars);
  let start = -1;
  const flush = (i: number) => {
    if (start >= 0) raw.push(text.slice(start, i).toLowerCase());
    start = -1;
  };
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    // {0}, {name}: a placeholder, read up to its closing brace (at most 20 characters).
    if (c === 123) {
      let close = -1;
      for (let k = i + 1; k < end && k <= i + 20; k++) {
        if (text.charCodeAt(k) === 125) {
          close = k;
          break;
        }
      }
      if (close > i) {
        flush(i);
        raw.push(WILD);
        i = close;
        continue;
      }
    }
    // %s, %d, %1: a printf placeholder.
    if (c === 37 && i + 1 < end && /[sdu0-9]/.test(text[i + 1] ?? '')) {
      flush(i);
      raw.push(WILD);
      i++;
      continue;
    }
    // Apostrophes inside a word keep it whole ("package's", "doesn't").
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127 || ((c === 39 || c === 0x2019) && start >= 0);
    if (word && start < 0) start = i;
    else if (!word) flush(i);
  }
  flush(end);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i] ?? '';
    const next = raw[i + 1];
    if (next !== undefined && PRODUCTS.has(`${w} ${next}`)) {
      i++;
      continue;
    }
    if (!IGNORED.has(w)) out.push(w.replace(/['\u2019]s$/, '').replace(/['\u2019]/g, ''));
  }
  return out;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  wild?: TrieNode;
  /** Records whose wording ends here, with the wording's length in words. */
  ends?: { record: SearchRecord; length: number }[];
}

const newNode = (): TrieNode => ({ next: new Map() });

/** Every wording of a record: title, sources' wordings (and their first sentence), sameMeaning, libraries' messages. */
export function wordingsOf(r: SearchRecord): string[] {
  const out = [r.title, ...(r.says ?? []), ...(r.also ?? [])];
  for (const s of r.says ?? []) {
    const stop = s.indexOf('. ');
    if (stop > 0) out.push(s.slice(0, stop));
  }
  return out;
}

const tries = new WeakMap<SearchData, TrieNode>();

function trieOf(data: SearchData): TrieNode {
  let root = tries.get(data);
  if (root) return root;
  root = newNode();
  for (const r of data.codes) {
    for (const text of wordingsOf(r)) {
      const words = wordingTokens(text, 2000);
      const wild = words.filter((w) => w === WILD).length;
      if (words.length === 0 || words.length > MAX_WORDING_WORDS || wild === words.length || wild > MAX_WILD) continue;
      let node = root;
      for (const w of words) {
        if (w === WILD) node = node.wild ??= newNode();
        else {
          let n = node.next.get(w);
          if (!n) node.next.set(w, (n = newNode()));
          node = n;
        }
      }
      const ends = (node.ends ??= []);
      if (!ends.some((e) => e.record === r)) ends.push({ record: r, length: words.length });
    }
  }
  tries.set(data, root);
  return root;
}

export interface WordingMatch {
  record: SearchRecord;
  /** The wording is the whole query. */
  whole: boolean;
  /** The wording's length in words. */
  length: number;
}

/**
 * Codes whose wording the query is, or holds. From each word of the query, the wordings are
 * walked in a trie, so the work is the query's length times the longest wording (a constant).
 */
export function wordingMatches(query: string, data: SearchData): WordingMatch[] {
  const root = trieOf(data);
  const q = wordingTokens(query).filter((w) => w !== WILD);
  const best = new Map<SearchRecord, WordingMatch>();
  const found = (record: SearchRecord, length: number, whole: boolean) => {
    const old = best.get(record);
    if (!old || (whole && !old.whole) || (whole === old.whole && length > old.length)) best.set(record, { record, whole, length });
  };
  const walk = (node: TrieNode, at: number, start: number, depth: number) => {
    if (node.ends) {
      const whole = start === 0 && at === q.length;
      for (const e of node.ends) if (whole || e.length >= MIN_INSIDE_WORDS) found(e.record, e.length, whole);
    }
    if (depth > MAX_WORDING_WORDS) return;
    if (node.wild) for (let skip = 1; skip <= WILD_MAX && at + skip <= q.length; skip++) walk(node.wild, at + skip, start, depth + 1);
    const w = q[at];
    if (w === undefined) return;
    const n = node.next.get(w);
    if (n) walk(n, at + 1, start, depth + 1);
  };
  for (let i = 0; i < q.length; i++) walk(root, i, i, 0);
  return [...best.values()].sort((a, b) => Number(b.whole) - Number(a.whole) || b.length - a.length);
}

// ---------------------------------------------------------------------------------------------
// Rule 4: how well a code's own wording covers the query's words.

const ownStems = new WeakMap<SearchRecord, Set<string>>();
function stemsOf(r: SearchRecord): Set<string> {
  let s = ownStems.get(r);
  if (!s) {
    s = stemSet([...wordingsOf(r), ...(r.api ? apiWords(r.api) : []), r.area ?? ''].join(' '));
    ownStems.set(r, s);
  }
  return s;
}

/**
 * Words users type for what the sources word otherwise ("wrong password" for "incorrect
 * password", "locked" for "blocked"): a query word meets a code's wording through these too.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  wrong: ['incorrect', 'invalid'],
  bad: ['incorrect', 'invalid'],
  locked: ['blocked', 'lock'],
  lockout: ['blocked', 'locked'],
  banned: ['blocked'],
  '2fa': ['two', 'factor', 'otp'],
  otp: ['two', 'factor'],
  mfa: ['two', 'factor'],
  signin: ['login'],
};

const meetsSyn = (w: string, own: ReadonlySet<string>) => meets(w, own) || (SYNONYMS[w]?.some((s) => meets(s, own)) ?? false);

/** Share of the query's weight a code's own wording covers, 0 to 1; a word few codes have weighs more. */
export function coverage(r: SearchRecord, words: readonly string[], weights: readonly number[]): number {
  let total = 0;
  let met = 0;
  const own = stemsOf(r);
  words.forEach((w, i) => {
    const weight = weights[i] ?? 1;
    total += weight;
    if (meetsSyn(w, own)) met += weight;
  });
  return total > 0 ? met / total : 0;
}

const lastWeights = new WeakMap<SearchData, { key: string; weights: number[] }>();

/** Each word's weight: high when few codes' wordings have it. (The last query's are kept: a search asks twice.) */
export function wordWeights(words: readonly string[], data: SearchData): number[] {
  const key = words.join(' ');
  const last = lastWeights.get(data);
  if (last?.key === key) return last.weights;
  const n = data.codes.length;
  const weights = words.map((w) => {
    let df = 0;
    for (const r of data.codes) if (meetsSyn(w, stemsOf(r))) df++;
    return Math.max(0.1, Math.log((n + 1) / (df + 0.5)));
  });
  lastWeights.set(data, { key, weights });
  return weights;
}

// ---------------------------------------------------------------------------------------------
// Putting the rules together.

/** One result to rank: a code page (with its record) or any other page, with Pagefind's score if it has one. */
export interface RankItem {
  record?: SearchRecord | undefined;
  /** Pagefind's score for the page (all words), if it found it. */
  score?: number | undefined;
  /** For a page found by some of the words only: the share of the phrase it covers. */
  partial?: number | undefined;
}

export interface Ranked<T> {
  item: T;
  /** Rule 2: the wording the query is or holds. */
  wording?: WordingMatch;
  /** Rule 4 and 5's score (higher first). */
  score: number;
}

/**
 * Orders `items` by the rules above. `query` is what the reader typed (the part left after any
 * code numbers is fine too). Returns new objects; `items` is not changed.
 */
export function rankItems<T extends RankItem>(query: string, items: readonly T[], data: SearchData): Ranked<T>[] {
  const words = contentWords(query);
  const weights = wordWeights(words, data);
  const action = actionFamily(query);
  const byRecord = new Map(wordingMatches(query, data).map((m) => [m.record, m]));
  const maxScore = Math.max(0, ...items.map((i) => i.score ?? 0));
  const scored = items.map((item, order) => {
    const r = item.record;
    const text = item.score !== undefined && maxScore > 0 ? item.score / maxScore : (item.partial ?? 0) * 0.8;
    const local = r ? coverage(r, words, weights) : text;
    const hasText = item.score !== undefined || item.partial !== undefined;
    let score = hasText ? (text + local) / 2 : local;
    if (r) score *= 1 + PRIOR_LIFT * (r.prior ?? 0);
    if (r && action !== undefined && r.namespace === action && local > 0) score *= ACTION_LIFT;
    const wording = r ? byRecord.get(r) : undefined;
    return { item, order, score, ...(wording ? { wording } : {}) };
  });
  scored.sort((a, b) => {
    const wa = a.wording ? 1 : 0;
    const wb = b.wording ? 1 : 0;
    if (wa !== wb) return wb - wa;
    const ga = a.item.record?.generic ? 1 : 0;
    const gb = b.item.record?.generic ? 1 : 0;
    if (ga !== gb) return ga - gb;
    if (a.wording && b.wording) {
      const d = Number(b.wording.whole) - Number(a.wording.whole) || b.wording.length - a.wording.length;
      if (d !== 0) return d;
    }
    return b.score - a.score || a.order - b.order;
  });
  return scored.map(({ item, wording, score }) => ({ item, score, ...(wording ? { wording } : {}) }));
}

/**
 * Codes worth ranking for a phrase without asking Pagefind: those whose wording the query is or
 * holds, and those whose own wording covers at least `minCoverage` of its words. The engine adds
 * them to Pagefind's results (a code Pagefind missed still ranks); the harness ranks them alone.
 */
export function localCandidates(query: string, data: SearchData, minCoverage = 0.5): SearchRecord[] {
  const words = contentWords(query);
  const out = new Set(wordingMatches(query, data).map((m) => m.record));
  if (words.length > 0) {
    const weights = wordWeights(words, data);
    for (const r of data.codes) if (!out.has(r) && coverage(r, words, weights) >= minCoverage) out.add(r);
  }
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// HTTP statuses: a status from the NAS's web server is not a DSM code.

/** Reason phrases of the statuses a NAS's web server (nginx) answers with, as words. */
const REASONS: Record<number, string> = {
  400: 'bad request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not found',
  405: 'method not allowed',
  408: 'request timeout',
  413: 'request entity too large',
  429: 'too many requests',
  500: 'internal server error',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
};

/**
 * The HTTP status a query shows, if it shows one the way HTTP clients print it: `<Response [502]>`
 * (requests), `HTTP/1.1 502 Bad Gateway`, `502 Server Error: Bad Gateway for url` (requests'
 * raise_for_status), `status_code: 502`, `HTTP error 502`, `502 Bad Gateway`. A bare number is
 * not one: `502` alone is a DSM code. One pass over the query's words.
 */
export function httpStatus(query: string): number | undefined {
  const lower = query.slice(0, MAX_QUERY_CHARS).toLowerCase();
  const status = (s: string | undefined) => {
    if (s === undefined || !/^\d{3}$/.test(s)) return undefined;
    const n = Number(s);
    return n >= 100 && n <= 599 ? n : undefined;
  };
  const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
  // <Response [502]>
  for (let at = lower.indexOf('<response ['); at >= 0; at = lower.indexOf('<response [', at + 1)) {
    const n = status(lower.slice(at + 11, at + 14));
    if (n !== undefined && lower[at + 14] === ']') return n;
  }
  // HTTP/1.1 502, HTTP/2 502, HTTP 502, HTTP error 502, HTTPError: 502 (not http://192...)
  for (let at = lower.indexOf('http'); at >= 0; at = lower.indexOf('http', at + 4)) {
    let k = at + 4;
    if (lower[k] === '/') {
      k++;
      if (!isDigit(lower[k])) continue;
      while (k < lower.length && (isDigit(lower[k]) || lower[k] === '.')) k++;
    } else if (lower.startsWith('error', k)) k += 5;
    else if (lower.startsWith(' error', k)) k += 6;
    else if (lower[k] !== ' ') continue;
    const from = k;
    while (k < lower.length && k < from + 3 && (lower[k] === ' ' || lower[k] === ':')) k++;
    const n = status(lower.slice(k, k + 3));
    if (n !== undefined && !isDigit(lower[k + 3])) return n;
  }
  const w = wordsOf(query, MAX_QUERY_CHARS);
  for (let i = 0; i < w.length; i++) {
    const a = w[i];
    const b = w[i + 1];
    // status_code: 502, status code 502, status 502
    if (a === 'status' && b === 'code' && status(w[i + 2]) !== undefined) return status(w[i + 2]);
    if (a === 'status' && status(b) !== undefined) return status(b);
    const n = status(a);
    if (n === undefined) continue;
    // 502 Server Error, 404 Client Error
    if ((b === 'server' || b === 'client') && w[i + 2] === 'error') return n;
    // 502 Bad Gateway: the number followed by its reason phrase.
    const reason = REASONS[n]?.split(' ');
    if (reason && reason.every((r, k) => w[i + 1 + k] === r)) return n;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Libraries' own numbers: found by their messages.

/** Cues shorter than this are not matched (they would turn up inside unrelated words). */
const MIN_CUE_CHARS = 6;

/**
 * The library numbers whose cue (an exception name, a piece of the message) the query holds,
 * ignoring case; a cue is matched only with the library's number in the query too, unless it is
 * an exception name (no spaces, 12 characters or more). Each cue is looked for once in the first
 * MAX_QUERY_CHARS characters.
 */
export function libraryMatches(query: string, data: SearchData): LibraryCode[] {
  const lower = query.slice(0, MAX_QUERY_CHARS).toLowerCase();
  const numbers = new Set<string>();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = lower[i];
    const part = c !== undefined && ((c >= '0' && c <= '9') || (c === '-' && start < 0));
    if (part && start < 0) start = i;
    else if (!part && start >= 0) {
      numbers.add(lower.slice(start, i));
      start = -1;
    }
  }
  const out: LibraryCode[] = [];
  for (const lib of data.libraryCodes ?? []) {
    const named = lib.cues.some((cue) => {
      const c = cue.toLowerCase();
      if (c.length < MIN_CUE_CHARS || !lower.includes(c)) return false;
      return numbers.has(String(lib.code)) || (!c.includes(' ') && c.length >= 12);
    });
    if (named) out.push(lib);
  }
  return out;
}
