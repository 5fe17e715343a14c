/**
 * Secrets that a paste can carry: passwords, one-time codes, session ids, tokens, device ids,
 * cookies, Authorization headers, credentials in URLs, API keys. The decode page warns when it
 * sees one, and the share link (see share.ts) removes them structurally first and then runs this
 * text scrub over what it carries, as a last guarantee.
 *
 * The scrub is one forward pass over the text: a hand-written scanner, no regular expression
 * that could backtrack, so it is linear in the length of the input. It knows these syntaxes:
 *  - `name=value` (query strings, form bodies, environment variables, keyword arguments),
 *    also URL-encoded (`passwd%3D...`);
 *  - `"name": "value"` and `'name': u'value'` (JSON, Python printouts), also escaped inside a
 *    string (`\"passwd\":\"...\"`);
 *  - `Name: value` headers (to the end of the line, or of the quoted curl/dict argument);
 *  - curl flags `-u`/`--user`, `-b`/`--cookie`, `--oauth2-bearer`, `--proxy-user`;
 *  - `scheme://user:password@host`, `Bearer ...` and `Basic ...`;
 *  - everything inside a `cookies` object, and HAR's `{"name": "Cookie", "value": ...}`.
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

/**
 * Scans the text once and returns the spans of secret values, in order, never overlapping.
 * Each span is a value to replace; the name says what it was.
 */
export function secretSpans(text: string, stats?: { steps: number }): Cut[] {
  const cuts: Cut[] = [];
  /** Characters looked at, counted for the tests of linear time. */
  let steps = 0;
  const n = text.length;
  let depth = 0;
  /** Inside `cookies: {...}`: every value down to this depth is secret. */
  let scope = -1;
  let scopeName = '';
  /** HAR and similar: `{"name": "Cookie", "value": ...}`: the next "value" is secret. */
  let pending: { name: string; depth: number } | null = null;
  let lineStart = true;

  const upper = (s: string) => s.toUpperCase();
  /** `%XX` at i, returning the decoded two hex digits' code, or '' when there is none. */
  const pct = (i: number) => (text[i] === '%' && isHex(text[i + 1]) && isHex(text[i + 2]) ? upper(text.slice(i + 1, i + 3)) : '');

  /** The end of a quoted value that opens at `open` (after any prefix); the quote is text[q], preceded by `slashes` backslashes. */
  const quotedEnd = (q: number, slashes: number): number => {
    const quote = text[q];
    let i = q + 1;
    while (i < n) {
      steps++;
      const c = text[i];
      if (c === '\n') return i;
      if (c === '\\') {
        let run = 0;
        while (text[i] === '\\') {
          steps++;
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
  };

  /** The extent of the value starting at i; null when there is nothing to remove there. */
  const valueAt = (from: number, sep: string, header: boolean, enclosing: string | undefined): { start: number; end: number } | null => {
    let i = from;
    while (isSpace(text[i])) {
      steps++;
      i++;
    }
    if (i >= n || text[i] === '\n') return null;
    if (text.startsWith(MARK_START, i)) return null;
    // Python string prefixes: u'...', b"...", rb'...'.
    let p = i;
    while (p < i + 2 && /[uUbBrRfF]/.test(text[p] ?? '')) {
      steps++;
      p++;
    }
    if (p > i && (text[p] === '"' || text[p] === "'")) i = p;
    // An escaped quote inside a string: \"value\" (any depth of escaping).
    let slashes = 0;
    let q = i;
    while (text[q] === '\\') {
      steps++;
      slashes++;
      q++;
    }
    if ((text[q] === '"' || text[q] === "'") && !(header && enclosing === text[q])) {
      const end = quotedEnd(q, slashes);
      if (text.startsWith(MARK_START, q + 1)) return null;
      return end > q + 1 ? { start: q + 1, end } : null;
    }
    const enc = pct(i);
    if (enc === '22' || enc === '27') {
      let end = i + 3;
      while (end < n && !isBlank(text[end]) && pct(end) !== enc && text[end] !== '&') {
        steps++;
        end++;
      }
      return end > i + 3 ? { start: i + 3, end } : null;
    }
    if (text[i] === '{' || text[i] === '[') return null;
    let end = i;
    if (header) {
      // A header's value: to the end of the line, or of the quoted argument it sits in, or up to
      // a DSM response glued to it on the same line.
      while (end < n && text[end] !== '\n') {
        steps++;
        const c = text[end];
        if (enclosing && c === enclosing && text[end - 1] !== '\\') break;
        if (c === '{' && isSpace(text[end - 1]) && GLUED.test(text.slice(end, end + 24))) break;
        end++;
      }
      while (end > i && isSpace(text[end - 1])) {
        steps++;
        end--;
      }
    } else if (sep === ':') {
      // A scalar in JSON, Python or a JavaScript object.
      while (end < n && !isBlank(text[end]) && !',}])"\''.includes(text[end] ?? '')) {
        steps++;
        end++;
      }
      if (/^(null|true|false|none)$/i.test(text.slice(i, Math.min(end, i + 6)))) return null;
    } else {
      while (end < n && !isBlank(text[end]) && text[end] !== '&' && text[end] !== '"' && text[end] !== "'") {
        steps++;
        if (text[end] === '\\' && (text[end + 1] === '"' || text[end + 1] === "'")) break;
        const e = pct(end);
        if (e === '26' || e === '22' || e === '27' || e === '20') break;
        end++;
      }
    }
    // "Authorization=Bearer abc": the scheme word and the credentials after it.
    if (end > i && end - i <= 6 && text[end] === ' ' && /^(bearer|basic|digest|token)$/i.test(text.slice(i, end))) {
      end++;
      while (end < n && !isBlank(text[end]) && text[end] !== '"' && text[end] !== "'" && text[end] !== '&') {
        steps++;
        end++;
      }
    }
    return end > i ? { start: i, end } : null;
  };

  /** A curl argument: quoted or up to the next space. */
  const argAt = (from: number): { start: number; end: number } | null => {
    let i = from;
    if (text[i] === '=') i++;
    else {
      if (!isSpace(text[i])) return null;
      while (isSpace(text[i])) {
        steps++;
        i++;
      }
    }
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const end = quotedEnd(i, 0);
      return end > i + 1 ? { start: i + 1, end } : null;
    }
    let end = i;
    while (end < n && !isBlank(text[end])) {
      steps++;
      end++;
    }
    return end > i ? { start: i, end } : null;
  };

  const push = (start: number, end: number, name: string) => {
    const last = cuts[cuts.length - 1];
    if (last && start < last.end) return;
    cuts.push({ start, end, name });
  };

  let i = 0;
  while (i < n) {
    steps++;
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
    let j = i;
    while (j < n && isNameChar(text[j])) {
      steps++;
      j++;
    }
    let name = text.slice(i, j);
    // "%22passwd": the %22 is an encoded quote, not part of the name.
    if (text[i - 1] === '%' && isHex(text[i]) && isHex(text[i + 1])) name = name.slice(2);
    if (name.length > MAX_NAME) {
      i = j;
      continue;
    }
    const before = text[i - 1];

    // curl flags: -u user:pass, --cookie 'id=...', -b id=..., -uuser:pass
    if (before === '-') {
      const dashes = text[i - 2] === '-' ? 2 : 1;
      const lead = text[i - 1 - dashes];
      if (lead === undefined || isBlank(lead) || lead === '"' || lead === "'") {
        const flag = dashes === 2 ? `-${name}` : name;
        if (SECRET_FLAGS.has(flag) || (name.length > 3 && isSecretName(name) && text[j] !== '=') || (dashes === 1 && /^[a-zA-Z]{2,5}$/.test(name) && /[uUb]$/.test(name))) {
          const arg = argAt(j);
          if (arg) {
            push(arg.start, arg.end, `${'-'.repeat(dashes)}${name}`);
            i = arg.end;
            continue;
          }
        } else if (dashes === 1 && name.length > 1 && (name[0] === 'u' || name[0] === 'U') && text[j] === ':') {
          // An attached value: -uadmin:pass
          let end = j;
          while (end < n && !isBlank(text[end])) {
            steps++;
            end++;
          }
          push(i + 1, end, `-${name[0]}`);
          i = end;
          continue;
        }
      }
    }

    // scheme://user:password@host
    if (text.startsWith('://', j)) {
      let k = j + 3;
      let colon = -1;
      while (k < n && !isBlank(text[k]) && !'/?#@"\'<>'.includes(text[k] ?? '')) {
        steps++;
        if (text[k] === ':' && colon === -1) colon = k;
        k++;
      }
      if (text[k] === '@' && colon !== -1 && k > colon + 1 && !text.startsWith(MARK_START, colon + 1)) {
        push(colon + 1, k, 'password in the URL');
        i = k + 1;
        continue;
      }
      i = j + 3;
      continue;
    }

    // Bearer <token>, Basic <credentials>
    if (text[j] === ' ' && name.length >= 5 && name.length <= 6 && /^(bearer|basic|digest)$/i.test(name)) {
      let end = j + 1;
      while (end < n && !isBlank(text[end]) && text[end] !== '"' && text[end] !== "'") {
        steps++;
        end++;
      }
      if (end - (j + 1) >= 8 && !text.startsWith(MARK_START, j + 1)) {
        push(j + 1, end, `${name.toLowerCase()} credentials`);
        i = end;
        continue;
      }
    }

    // <password>value</password>
    if (before === '<' && text[j] === '>' && isSecretName(name)) {
      let end = j + 1;
      while (end < n && text[end] !== '<' && text[end] !== '\n') {
        steps++;
        end++;
      }
      if (end > j + 1 && !text.startsWith(MARK_START, j + 1)) {
        push(j + 1, end, name.toLowerCase());
        i = end;
        continue;
      }
    }

    // What follows the name: closing quotes, then a separator.
    let k = j;
    let quotedKey = false;
    for (;;) {
      steps++;
      const ch = text[k];
      if (ch === '"' || ch === "'" || ch === '\\') {
        quotedKey = true;
        k++;
      } else if (pct(k) === '22' || pct(k) === '27' || pct(k) === '5C') {
        quotedKey = true;
        k += 3;
      } else break;
    }
    while (isSpace(text[k])) {
      steps++;
      k++;
    }
    let sep = '';
    if (text[k] === '=' || text[k] === ':') {
      sep = text[k] ?? '';
      k++;
      if (sep === '=' && text[k] === '>') k++;
    } else {
      const e = pct(k);
      if (e === '3D' || e === '3A') {
        sep = e === '3D' ? '=' : ':';
        k += 3;
      } else if (text[k] === '%' && text.slice(k + 1, k + 5).toUpperCase() === '253D') {
        sep = '=';
        k += 5;
      }
    }
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
    const header = sep === ':' && !quotedKey && (atLineStart || enclosing !== undefined || depth === 0 || isWholeHeader(name));
    let v = k;
    while (isSpace(text[v])) {
      steps++;
      v++;
    }
    if ((text[v] === '{' || text[v] === '[') && !header) {
      // cookies={...}: every value inside is secret.
      if (scope === -1) {
        scope = depth + 1;
        scopeName = name.toLowerCase();
      }
      i = v;
      continue;
    }
    const value = valueAt(k, sep, header, enclosing);
    if (value) {
      push(value.start, value.end, label);
      i = value.end;
      continue;
    }
    i = k;
  }
  if (stats) stats.steps = steps;
  return cuts;
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
