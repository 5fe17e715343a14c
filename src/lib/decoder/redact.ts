/**
 * Secrets that a paste can carry: passwords, one-time codes, session ids, tokens, device ids,
 * cookies, Authorization headers, credentials in URLs, API keys. The decode page warns when it
 * sees one, and the share link (see share.ts) removes them structurally first and then runs this
 * text scrub over what it carries, as a last guarantee.
 *
 * The scrub is one forward pass over the text: a hand-written scanner, no regular expression
 * that could backtrack, so it is linear in the length of the input. At each name it asks one small
 * reader per family of syntaxes (curl flags, URL credentials, auth schemes, XML elements; then,
 * after the separator, quoted values, headers, JSON/Python keys, assignments). To add a syntax,
 * add a reader beside the others and a test for it in tests/unit/redact.test.ts. It knows:
 *  - `name=value` (query strings, form bodies, environment variables, keyword arguments),
 *    also URL-encoded (`passwd%3D...`);
 *  - `"name": "value"` and `'name': u'value'` (JSON, Python printouts), also escaped inside a
 *    string (`\"passwd\":\"...\"`);
 *  - `Name: value` headers (to the end of the line, or of the quoted curl/dict argument);
 *  - curl flags `-u`/`--user`, `-b`/`--cookie`, `--oauth2-bearer`, `--proxy-user`;
 *  - `scheme://user:password@host`, `Bearer ...` and `Basic ...`;
 *  - everything inside a `cookies` object, and HAR's `{"name": "Cookie", "value": ...}`;
 *  - HTML-escaped text: `passwd&#61;...&amp;_sid&#61;...`, `&quot;passwd&quot;:&quot;...&quot;`.
 * Quoted values are taken whole (spaces, quotes escaped inside, `!#$<>+/=`); unquoted values run
 * to the next space, `&` or quote.
 */

/** The text put in place of a removed value. */
export const removedMark = (name: string): string => `\u00abremoved: ${name}\u00bb`;
const MARK_START = '\u00abremoved';

/** A few names, for the documentation and the tests; `isSecretName` is the rule. */
export const secretNames = ['passwd', 'password', 'otp_code', 'sid', '_sid', '_SSID', 'synotoken', 'X-SYNO-TOKEN', 'token', 'device_id', 'did', 'cookie', 'set-cookie', 'authorization', 'api_key', 'access_token', 'refresh_token', 'client_secret'] as const;

const CONTAINS = ['passw', 'passphrase', 'token', 'secret', 'cookie', 'authorization', 'apikey', 'accesskey', 'privatekey', 'sessionid', 'sessid', 'deviceid', 'credential', 'otpcode'];
const PARTS = new Set(['sid', 'ssid', 'otp', 'totp', 'hotp', 'pwd', 'pw', 'pass', 'psk', 'did', 'passcode', 'pin']);
const MAX_NAME = 64;

/** Whether values under this name are secret: any name containing "passw", "token", "secret", ... */
export function isSecretName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME) return false;
  const known = seen.get(name);
  if (known !== undefined) return known;
  const answer = judge(name);
  if (seen.size > 2000) seen.clear();
  seen.set(name, answer);
  return answer;
}

const seen = new Map<string, boolean>();

function judge(name: string): boolean {
  const flat = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (CONTAINS.some((c) => flat.includes(c))) return true;
  // Words of the name: snake_case, kebab-case, dotted and camelCase (_SSID, otpCode, syno.sid).
  for (const part of name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? []) if (PARTS.has(part.toLowerCase())) return true;
  return false;
}

/** Headers whose whole value is secret, even when it holds several pairs. */
const isWholeHeader = (name: string) => /^(set-)?cookie2?$|^(proxy-)?authorization$/i.test(name);
/** Keys of a DSM response, kept even inside a secret object so no code is ever lost. */
export const STRUCTURAL = new Set(['code', 'success', 'error', 'errors', 'api', 'data', 'status', 'path']);
/** A DSM response glued to a header's line (line breaks lost): where the header's value ends. */
const GLUED = /^\{\s{0,3}\\?["']?(success|error|data)\\?["']?\s{0,3}:/;
/** curl flags whose next argument is secret. */
const SECRET_FLAGS = new Set(['u', 'U', 'b', '-user', '-proxy-user', '-cookie', '-oauth2-bearer', '-password', '-pass', '-token']);

const isWord = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_');
const isNameChar = (c: string | undefined) => isWord(c) || c === '.' || c === '-';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r';
const isBlank = (c: string | undefined) => isSpace(c) || c === '\n';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);

interface Cut {
  start: number;
  end: number;
  name: string;
}

interface Span {
  start: number;
  end: number;
}

/** HTML entities that stand for a separator or a quote, as web pages and HTML-escaped logs print them. */
const ENTITIES: [string, string][] = [
  ['&#61;', '='],
  ['&#x3d;', '='],
  ['&equals;', '='],
  ['&#58;', ':'],
  ['&#x3a;', ':'],
  ['&colon;', ':'],
  ['&quot;', '"'],
  ['&#34;', '"'],
  ['&#x22;', '"'],
  ['&#39;', "'"],
  ['&#x27;', "'"],
  ['&apos;', "'"],
];

/**
 * The state one scan shares with its readers: the text, the cuts made so far, and a count of the
 * characters looked at (for the tests of linear time). Each reader below handles one family of
 * syntaxes; it is called at a name (or at its separator) and returns where the scan goes on, or
 * undefined when the syntax is not there.
 */
class Scanner {
  readonly cuts: Cut[] = [];
  steps = 0;
  readonly n: number;
  constructor(readonly text: string) {
    this.n = text.length;
  }

  /** `%XX` at i, returning the two hex digits upper-cased, or '' when there is none. */
  pct(i: number): string {
    const t = this.text;
    return t[i] === '%' && isHex(t[i + 1]) && isHex(t[i + 2]) ? t.slice(i + 1, i + 3).toUpperCase() : '';
  }

  /** The HTML entity at i (`&#61;`, `&quot;`, ...) as [its length, the character it stands for]. */
  entity(i: number): [number, string] | undefined {
    const t = this.text;
    if (t[i] !== '&') return undefined;
    for (const [e, ch] of ENTITIES) {
      if (t.length >= i + e.length && t.slice(i, i + e.length).toLowerCase() === e) return [e.length, ch];
    }
    return undefined;
  }

  push(start: number, end: number, name: string): void {
    const last = this.cuts[this.cuts.length - 1];
    if (last && start < last.end) return;
    this.cuts.push({ start, end, name });
  }

  skipSpaces(i: number): number {
    while (isSpace(this.text[i])) {
      this.steps++;
      i++;
    }
    return i;
  }

  /** Moves on while `more` holds, counting the characters looked at. */
  runWhile(i: number, more: (c: string | undefined, at: number) => boolean): number {
    while (i < this.n && more(this.text[i], i)) {
      this.steps++;
      i++;
    }
    return i;
  }

  marked(i: number): boolean {
    return this.text.startsWith(MARK_START, i);
  }
}

/** Where a name ends and what follows it: the separator, and whether the name was quoted. */
interface Named {
  /** Offset of the name's first character. */
  at: number;
  /** Offset just past the name. */
  end: number;
  name: string;
  /** The character before the name. */
  before: string | undefined;
  atLineStart: boolean;
  depth: number;
}

// ---- Quoted values: "...", '...', \"...\", u'...', %22...%22, &quot;...&quot; -------------------

/** The end of a quoted value whose quote is text[q], preceded by `slashes` backslashes. */
function quotedEnd(s: Scanner, q: number, slashes: number): number {
  const { text, n } = s;
  const quote = text[q];
  let i = q + 1;
  while (i < n) {
    s.steps++;
    const c = text[i];
    if (c === '\n') return i;
    if (c === '\\') {
      let run = 0;
      while (text[i] === '\\') {
        s.steps++;
        run++;
        i++;
      }
      if (text[i] === quote && run === slashes) return i - run;
      // An escaped character (or a deeper escaped quote): part of the value.
      if (text[i] === quote || (slashes === 0 && run % 2 === 1)) i++;
      continue;
    }
    if (c === quote && slashes === 0) return i;
    i++;
  }
  return n;
}

/** A quoted value at i (after spaces), or undefined when the value there is not quoted. `enclosing` is a quote the value may not open with. */
function readQuoted(s: Scanner, from: number, enclosing: string | undefined): Span | null | undefined {
  const { text } = s;
  let i = from;
  // Python string prefixes: u'...', b"...", rb'...'.
  let p = i;
  while (p < i + 2 && /[uUbBrRfF]/.test(text[p] ?? '')) {
    s.steps++;
    p++;
  }
  if (p > i && (text[p] === '"' || text[p] === "'")) i = p;
  // An escaped quote inside a string: \"value\" (any depth of escaping).
  let slashes = 0;
  let q = i;
  while (text[q] === '\\') {
    s.steps++;
    slashes++;
    q++;
  }
  if ((text[q] === '"' || text[q] === "'") && enclosing !== text[q]) {
    const end = quotedEnd(s, q, slashes);
    if (s.marked(q + 1)) return null;
    return end > q + 1 ? { start: q + 1, end } : null;
  }
  // URL-encoded quotes: %22value%22.
  const enc = s.pct(i);
  if (enc === '22' || enc === '27') {
    const end = s.runWhile(i + 3, (c, at) => !isBlank(c) && s.pct(at) !== enc && c !== '&');
    return end > i + 3 ? { start: i + 3, end } : null;
  }
  // HTML-escaped quotes: &quot;value&quot;.
  const ent = s.entity(i);
  if (ent && (ent[1] === '"' || ent[1] === "'")) {
    const quote = ent[1];
    const end = s.runWhile(i + ent[0], (c, at) => c !== '\n' && s.entity(at)?.[1] !== quote);
    return end > i + ent[0] ? { start: i + ent[0], end } : null;
  }
  return undefined;
}

// ---- Headers and cookies: `Name: value` to the end of the line or of the quoted argument --------

function headerValue(s: Scanner, i: number, enclosing: string | undefined): Span | null {
  const { text, n } = s;
  let end = i;
  // To the end of the line, or of the quoted argument it sits in, or up to a DSM response glued
  // to it on the same line (line breaks lost).
  while (end < n && text[end] !== '\n') {
    s.steps++;
    const c = text[end];
    if (enclosing && c === enclosing && text[end - 1] !== '\\') break;
    if (c === '{' && isSpace(text[end - 1]) && GLUED.test(text.slice(end, end + 24))) break;
    end++;
  }
  while (end > i && isSpace(text[end - 1])) {
    s.steps++;
    end--;
  }
  return end > i ? { start: i, end } : null;
}

// ---- JSON, Python and JavaScript keys: `"name": value`, `name: value` inside braces -------------

/** A structural character that ends an unquoted value: `,` `}` `]` followed by a space, a quote, another closer or the end. */
const endsValue = (text: string, at: number) => {
  const c = text[at];
  if (c !== ',' && c !== '}' && c !== ']') return false;
  const next = text[at + 1];
  return next === undefined || isBlank(next) || next === ',' || next === '}' || next === ']' || next === '"' || next === "'";
};

function scalarValue(s: Scanner, i: number, quotedKey: boolean): Span | null {
  const { text } = s;
  // A quoted key (JSON, Python) has a JSON-like scalar; an unquoted key inside braces (a
  // JavaScript object, a log's `{passwd: Sp!ce #Pw$}`) runs to the end of the line or the
  // structure, spaces included.
  const end = quotedKey ? s.runWhile(i, (c) => !isBlank(c) && !',}])"\''.includes(c ?? '')) : s.runWhile(i, (c, at) => c !== '\n' && !endsValue(text, at));
  let stop = end;
  while (stop > i && isSpace(text[stop - 1])) stop--;
  if (/^(null|true|false|none)$/i.test(text.slice(i, Math.min(stop, i + 6)))) return null;
  return stop > i ? { start: i, end: stop } : null;
}

// ---- Query strings, form bodies, shell assignments: `name=value` up to `&`, a space or a quote --

function assignedValue(s: Scanner, i: number): Span | null {
  const { text } = s;
  const end = s.runWhile(i, (c, at) => {
    if (isBlank(c) || c === '&' || c === '"' || c === "'") return false;
    if (c === '\\' && (text[at + 1] === '"' || text[at + 1] === "'")) return false;
    const e = s.pct(at);
    return !(e === '26' || e === '22' || e === '27' || e === '20');
  });
  return end > i ? { start: i, end } : null;
}

/** "Authorization=Bearer abc": the scheme word and the credentials after it. */
function withScheme(s: Scanner, value: Span): Span {
  const { text } = s;
  const { start, end } = value;
  if (end - start <= 6 && text[end] === ' ' && /^(bearer|basic|digest|token)$/i.test(text.slice(start, end))) {
    return { start, end: s.runWhile(end + 1, (c) => !isBlank(c) && c !== '"' && c !== "'" && c !== '&') };
  }
  return value;
}

/** The extent of the value after a separator; null when there is nothing to remove there. */
function valueAt(s: Scanner, from: number, sep: string, header: boolean, enclosing: string | undefined, quotedKey: boolean): Span | null {
  const i = s.skipSpaces(from);
  if (i >= s.n || s.text[i] === '\n' || s.marked(i)) return null;
  const quoted = readQuoted(s, i, header ? enclosing : undefined);
  if (quoted !== undefined) return quoted;
  if (s.text[i] === '{' || s.text[i] === '[') return null;
  const value = header ? headerValue(s, i, enclosing) : sep === ':' ? scalarValue(s, i, quotedKey) : assignedValue(s, i);
  return value ? withScheme(s, value) : null;
}

// ---- curl flags: -u user:pass, --cookie 'id=...', -b id=..., -uuser:pass ------------------------

/** A curl argument: quoted or up to the next space. */
function argAt(s: Scanner, from: number): Span | null {
  const { text } = s;
  let i = from;
  if (text[i] === '=') i++;
  else {
    if (!isSpace(text[i])) return null;
    i = s.skipSpaces(i);
  }
  const quote = text[i];
  if (quote === '"' || quote === "'") {
    const end = quotedEnd(s, i, 0);
    return end > i + 1 ? { start: i + 1, end } : null;
  }
  const end = s.runWhile(i, (c) => !isBlank(c));
  return end > i ? { start: i, end } : null;
}

function readFlag(s: Scanner, w: Named): number | undefined {
  const { text } = s;
  if (w.before !== '-') return undefined;
  const { name, at: i, end: j } = w;
  const dashes = text[i - 2] === '-' ? 2 : 1;
  const lead = text[i - 1 - dashes];
  if (!(lead === undefined || isBlank(lead) || lead === '"' || lead === "'")) return undefined;
  const flag = dashes === 2 ? `-${name}` : name;
  if (SECRET_FLAGS.has(flag) || (name.length > 3 && isSecretName(name) && text[j] !== '=') || (dashes === 1 && /^[a-zA-Z]{2,5}$/.test(name) && /[uUb]$/.test(name))) {
    const arg = argAt(s, j);
    if (!arg) return undefined;
    s.push(arg.start, arg.end, `${'-'.repeat(dashes)}${name}`);
    return arg.end;
  }
  if (dashes === 1 && name.length > 1 && (name[0] === 'u' || name[0] === 'U') && text[j] === ':') {
    // An attached value: -uadmin:pass
    const end = s.runWhile(j, (c) => !isBlank(c));
    s.push(i + 1, end, `-${name[0]}`);
    return end;
  }
  return undefined;
}

// ---- Credentials written without a name: scheme://user:pass@host, Bearer/Basic, <password> ----

function readUrlCredentials(s: Scanner, w: Named): number | undefined {
  const { text, n } = s;
  const j = w.end;
  if (!text.startsWith('://', j)) return undefined;
  let k = j + 3;
  let colon = -1;
  while (k < n && !isBlank(text[k]) && !'/?#@"\'<>'.includes(text[k] ?? '')) {
    s.steps++;
    if (text[k] === ':' && colon === -1) colon = k;
    k++;
  }
  if (text[k] === '@' && colon !== -1 && k > colon + 1 && !s.marked(colon + 1)) {
    s.push(colon + 1, k, 'password in the URL');
    return k + 1;
  }
  return j + 3;
}

function readAuthScheme(s: Scanner, w: Named): number | undefined {
  const { text } = s;
  const { name, end: j } = w;
  if (text[j] !== ' ' || name.length < 5 || name.length > 6 || !/^(bearer|basic|digest)$/i.test(name)) return undefined;
  const end = s.runWhile(j + 1, (c) => !isBlank(c) && c !== '"' && c !== "'");
  if (end - (j + 1) < 8 || s.marked(j + 1)) return undefined;
  s.push(j + 1, end, `${name.toLowerCase()} credentials`);
  return end;
}

function readElement(s: Scanner, w: Named): number | undefined {
  const { text } = s;
  const { name, end: j } = w;
  if (w.before !== '<' || text[j] !== '>' || !isSecretName(name)) return undefined;
  const end = s.runWhile(j + 1, (c) => c !== '<' && c !== '\n');
  if (end <= j + 1 || s.marked(j + 1)) return undefined;
  s.push(j + 1, end, name.toLowerCase());
  return end;
}

// ---- What follows a name: closing quotes, then a separator -------------------------------------

interface Separator {
  sep: '' | '=' | ':';
  /** Offset just past the separator (or past the closing quotes when there is none). */
  after: number;
  quotedKey: boolean;
  /** `name = value` with spaces around a plain "=": a config file's line, whose value runs to the end of the line. */
  spaced?: boolean;
}

function separatorAfter(s: Scanner, j: number): Separator {
  const { text } = s;
  let k = j;
  let quotedKey = false;
  for (;;) {
    s.steps++;
    const ch = text[k];
    if (ch === '"' || ch === "'" || ch === '\\') {
      quotedKey = true;
      k++;
      continue;
    }
    const e = s.pct(k);
    if (e === '22' || e === '27' || e === '5C') {
      quotedKey = true;
      k += 3;
      continue;
    }
    const ent = s.entity(k);
    if (ent && (ent[1] === '"' || ent[1] === "'")) {
      quotedKey = true;
      k += ent[0];
      continue;
    }
    break;
  }
  const beforeSep = k;
  k = s.skipSpaces(k);
  const c = text[k];
  if (c === '=' || c === ':') {
    const spacedBefore = k > beforeSep;
    k++;
    if (c === '=' && text[k] === '>') return { sep: c, after: k + 1, quotedKey };
    return { sep: c, after: k, quotedKey, ...(c === '=' && spacedBefore && isSpace(text[k]) ? { spaced: true } : {}) };
  }
  const e = s.pct(k);
  if (e === '3D' || e === '3A') return { sep: e === '3D' ? '=' : ':', after: k + 3, quotedKey };
  if (c === '%' && text.slice(k + 1, k + 5).toUpperCase() === '253D') return { sep: '=', after: k + 5, quotedKey };
  // HTML-escaped separators: passwd&#61;value (a query string printed into a web page).
  const ent = s.entity(k);
  if (ent && (ent[1] === '=' || ent[1] === ':')) return { sep: ent[1] === '=' ? '=' : ':', after: k + ent[0], quotedKey };
  return { sep: '', after: j, quotedKey };
}

/**
 * Scans the text once and returns the spans of secret values, in order, never overlapping.
 * Each span is a value to replace; the name says what it was.
 */
export function secretSpans(text: string, stats?: { steps: number }): Cut[] {
  const s = new Scanner(text);
  const n = text.length;
  let depth = 0;
  /** Inside `cookies: {...}`: every value down to this depth is secret. */
  let scope = -1;
  let scopeName = '';
  /** HAR and similar: `{"name": "Cookie", "value": ...}`: the next "value" is secret. */
  let pending: { name: string; depth: number } | null = null;
  let lineStart = true;

  let i = 0;
  while (i < n) {
    s.steps++;
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      i++;
      continue;
    }
    if (c === '{' || c === '[') {
      depth++;
      lineStart = false;
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      if (pending && pending.depth >= depth) pending = null;
      depth = Math.max(0, depth - 1);
      if (scope > depth) scope = -1;
      lineStart = false;
      i++;
      continue;
    }
    if (!isWord(c)) {
      if (!isSpace(c)) lineStart = false;
      i++;
      continue;
    }
    // A name: letters, digits, _ . -
    const atLineStart = lineStart;
    lineStart = false;
    const j = s.runWhile(i, isNameChar);
    let name = text.slice(i, j);
    // "%22passwd": the %22 is an encoded quote, not part of the name.
    if (text[i - 1] === '%' && isHex(text[i]) && isHex(text[i + 1])) name = name.slice(2);
    if (name.length > MAX_NAME) {
      i = j;
      continue;
    }
    const w: Named = { at: i, end: j, name, before: text[i - 1], atLineStart, depth };
    const next = readFlag(s, w) ?? readUrlCredentials(s, w) ?? readAuthScheme(s, w) ?? readElement(s, w);
    if (next !== undefined) {
      i = next;
      continue;
    }

    const { sep, after: k, quotedKey, spaced } = separatorAfter(s, j);
    const before = w.before;
    if (sep === '') {
      // A quoted secret name that is not a key: {"name": "Cookie", "value": "..."}.
      if (quotedKey && isSecretName(name) && (before === '"' || before === "'")) pending = { name: name.toLowerCase(), depth };
      i = j;
      continue;
    }
    const inScope = scope !== -1 && depth >= scope && !STRUCTURAL.has(name.toLowerCase());
    const fromPending = pending !== null && name.toLowerCase() === 'value' && depth === pending.depth;
    const secret = isSecretName(name) || inScope || fromPending;
    if (!secret) {
      i = j;
      continue;
    }
    const label = fromPending && pending ? pending.name : inScope && !isSecretName(name) ? `${scopeName} ${name.toLowerCase()}` : name.toLowerCase();
    if (fromPending) pending = null;
    // A header: an unquoted name with ":" at the start of a line or inside a quoted argument.
    const enclosing = before === '"' || before === "'" ? before : undefined;
    // A config file's `password = Sp!ce #Pw$` reads like a header: its value runs to the end of the line.
    const header = (sep === ':' && !quotedKey && (atLineStart || enclosing !== undefined || depth === 0 || isWholeHeader(name))) || (spaced === true && !quotedKey && depth === 0);
    const v = s.skipSpaces(k);
    if ((text[v] === '{' || text[v] === '[') && (!header || spaced === true)) {
      // cookies={...}: every value inside is secret.
      if (scope === -1) {
        scope = depth + 1;
        scopeName = name.toLowerCase();
      }
      i = v;
      continue;
    }
    const value = valueAt(s, k, sep, header, enclosing, quotedKey);
    if (value) {
      s.push(value.start, value.end, label);
      i = value.end;
      continue;
    }
    i = k;
  }
  if (stats) stats.steps = s.steps;
  return s.cuts;
}

/** Names of the secrets present, each once, in the order first seen. */
export function findSecrets(text: string): string[] {
  return [...new Set(secretSpans(text).map((c) => c.name))];
}

export interface Redaction {
  text: string;
  /** What was removed, each name once, in order. */
  removed: string[];
}

/** The text with every secret value replaced by «removed: name»; everything else is kept. */
export function redact(text: string): Redaction {
  const cuts = secretSpans(text);
  if (cuts.length === 0) return { text, removed: [] };
  const parts: string[] = [];
  let at = 0;
  for (const c of cuts) {
    parts.push(text.slice(at, c.start), removedMark(c.name));
    at = c.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), removed: [...new Set(cuts.map((c) => c.name))] };
}

/** The text with every secret value replaced by «removed: name». */
export function redactSecrets(text: string): string {
  return redact(text).text;
}
