/**
 * Finds JSON-like blocks in arbitrary text (a log line, an HTTP dump, a Python printout, JSON
 * escaped inside a quoted log message) and parses each as leniently as it must, recording where
 * a block broke. Never throws.
 *
 * Linear in the size of the input: one pass pairs every brace with its match (with a stack, so a
 * long run of "{" before a stray "]" costs one pass, not one pass per brace); blocks are then
 * parsed in order, and the total length handed to the parsers is capped at a small multiple of
 * the input, so nested blocks that fail to parse cannot be re-read over and over.
 */
import { jsonrepair } from 'jsonrepair';

export interface Position {
  line: number;
  column: number;
}

export interface Block {
  /** Offset of the first character in the input. */
  start: number;
  end: number;
  at: Position;
  value: unknown;
  /** How the block was written. */
  style: 'json' | 'python' | 'repaired';
  /** What was wrong with it, when anything was; the block still decoded as far as it could. */
  problem?: string;
  /** How many levels of backslash escaping were removed (JSON inside a quoted string). */
  escaped?: number;
  /** The text just before the block names it as an error (`error":{"code":N}` fragments). */
  errorKey?: boolean;
  /** The block was cut off by the end of the text. */
  truncated?: boolean;
}

/** Start offsets of the lines of a text, for turning offsets into positions in O(log n). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Line and column (1-based) of an offset, given the text's line starts. */
export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/** Line and column (1-based) of an offset. */
export function positionOf(text: string, offset: number): Position {
  return positionAt(lineStarts(text), offset);
}

const where = (p: Position) => `line ${p.line}, column ${p.column}`;

const OPEN_BRACE = 123; // {
const CLOSE_BRACE = 125; // }
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const BACKSLASH = 92;
const DQUOTE = 34;
const SQUOTE = 39;
const NEWLINE = 10;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Whether a "{" outside any block may start one: what follows looks like an object (a quoted or
 * escaped key, a closing brace, a nested bracket, a Python u'' key, or `word:` as Node prints).
 * Prose in braces (`{not json}`) does not qualify. Looks ahead a bounded number of characters.
 */
function mayStartObject(text: string, at: number): boolean {
  let i = at + 1;
  const limit = Math.min(text.length, at + 64);
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (c === DQUOTE || c === SQUOTE || c === CLOSE_BRACE || c === OPEN_BRACE || c === OPEN_BRACKET || c === BACKSLASH) return true;
  if ((c === 117 || c === 85 || c === 98 || c === 66) && (text.charCodeAt(i + 1) === SQUOTE || text.charCodeAt(i + 1) === DQUOTE)) return true;
  if (isWordChar(c)) {
    let j = i;
    const wordLimit = Math.min(text.length, i + 32);
    while (j < wordLimit && isWordChar(text.charCodeAt(j))) j++;
    while (j < wordLimit && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    return text.charCodeAt(j) === 58; // :
  }
  return false;
}

/**
 * Inside a block, whether a quote opens a string: only where JSON or Python could start one
 * (after a bracket, a comma, a colon, or a u/b prefix), so the apostrophe in `can't` does not
 * swallow the rest of the text.
 */
function opensString(text: string, at: number): boolean {
  let i = at - 1;
  const limit = Math.max(0, at - 16);
  if (i >= 0) {
    const p = text.charCodeAt(i);
    if ((p === 117 || p === 85 || p === 98 || p === 66 || p === 114) && i > 0 && !isWordChar(text.charCodeAt(i - 1))) i--;
  }
  while (i >= limit && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === OPEN_BRACE || c === OPEN_BRACKET || c === 44 || c === 58 || c === 40 || c === 61; // { [ , : ( =
}

interface Pairs {
  /** Every "{" seen, in order. */
  opens: number[];
  /** "{" offset -> offset just past its matching "}". */
  match: Map<number, number>;
  /** Braces still open when the text ended, outermost first: cut-off blocks. */
  unclosed: Set<number>;
}

/** One pass over the text: pairs braces and brackets, honouring strings inside blocks. */
function pairBraces(text: string, work: Work): Pairs {
  const opens: number[] = [];
  const match = new Map<number, number>();
  const stack: number[] = [];
  let quote = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === BACKSLASH) i++;
      else if (c === quote || c === NEWLINE) quote = 0;
      continue;
    }
    if (stack.length === 0) {
      // Outside any block only a brace that looks like an object opens one; jump to the next brace.
      if (c !== OPEN_BRACE) {
        const next = text.indexOf('{', i);
        if (next === -1) break;
        i = next;
      }
      if (mayStartObject(text, i)) {
        stack.push(i);
        opens.push(i);
      }
      continue;
    }
    if (c === BACKSLASH) {
      i++; // an escaped quote (JSON inside a string) is a character, not a delimiter
    } else if (c === DQUOTE || c === SQUOTE) {
      if (opensString(text, i)) quote = c;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      stack.push(i);
      if (c === OPEN_BRACE) opens.push(i);
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      const want = c === CLOSE_BRACE ? OPEN_BRACE : OPEN_BRACKET;
      // A mismatched closer closes the nearest opener of its kind; the ones above it stay unmatched.
      while (stack.length > 0 && text.charCodeAt(stack[stack.length - 1] ?? 0) !== want) stack.pop();
      const o = stack.pop();
      if (o !== undefined && want === OPEN_BRACE) match.set(o, i + 1);
    }
  }
  work.count += n;
  return { opens, match, unclosed: new Set(stack.filter((o) => text.charCodeAt(o) === OPEN_BRACE)) };
}

/** Python's repr: u'...' prefixes go; jsonrepair handles quotes and True/False/None. */
function depython(text: string): string {
  return text.replace(/([[{:,(]\s*)[uUbB](?=['"])/g, '$1');
}

/**
 * A well-formed Python repr as strict JSON, in one forward pass: quoted strings (with u/b/r
 * prefixes) become JSON strings, True/False/None become true/false/null, tuples become arrays.
 * Undefined when the result is not JSON (broken or cut-off text goes to the repair instead).
 */
export function pythonToJson(text: string): string | undefined {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  let from = 0;
  const flush = (to: number) => {
    if (to > from) out.push(text.slice(from, to));
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === SQUOTE || c === DQUOTE) {
      // A string prefix just before the quote (u'', b'', r''): dropped.
      let p = i;
      while (p > from && p > i - 2 && /[uUbBrR]/.test(text[p - 1] ?? '') && !isWordChar(text.charCodeAt(p - 2))) p--;
      flush(p);
      let j = i + 1;
      let body = '';
      let closed = false;
      let segment = j;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === c) {
          closed = true;
          break;
        }
        if (d === NEWLINE) break;
        if (d === BACKSLASH) {
          body += text.slice(segment, j);
          const e = text[j + 1] ?? '';
          if (e === "'") body += "'";
          else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(j + 2, j + 4))) {
            body += `\\u00${text.slice(j + 2, j + 4)}`;
            j += 2;
          } else if ('"\\/bfnrtu'.includes(e) && e !== '') body += `\\${e}`;
          else body += `\\\\${e}`;
          j += 2;
          segment = j;
          continue;
        }
        if (d === DQUOTE) {
          body += `${text.slice(segment, j)}\\"`;
          segment = j + 1;
        } else if (d < 32) {
          body += `${text.slice(segment, j)}\\u${d.toString(16).padStart(4, '0')}`;
          segment = j + 1;
        }
        j++;
      }
      if (!closed) return undefined;
      body += text.slice(segment, j);
      out.push(`"${body}"`);
      i = j + 1;
      from = i;
      continue;
    }
    if (c === 40 || c === 41) {
      flush(i);
      out.push(c === 40 ? '[' : ']');
      i++;
      from = i;
      continue;
    }
    if ((c === 84 || c === 70 || c === 78) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
      const word = text.startsWith('True', i) ? 'True' : text.startsWith('False', i) ? 'False' : text.startsWith('None', i) ? 'None' : '';
      if (word && !isWordChar(text.charCodeAt(i + word.length))) {
        flush(i);
        out.push(word === 'True' ? 'true' : word === 'False' ? 'false' : 'null');
        i += word.length;
        from = i;
        continue;
      }
    }
    i++;
  }
  flush(n);
  return out.join('');
}

/**
 * The most characters handed to the repair at once. jsonrepair is quadratic on text that needs a
 * repair at every token (`{'code': 1, ' ' ' ' ...`), so a longer block is repaired as if it were
 * cut off there.
 */
export const REPAIR_CAP = 16_000;

const looksPython = (text: string) => /'[^'\n]*'\s*:|\b(True|False|None)\b/.test(text);

/**
 * One level of backslash escaping removed: `{\"a\":1}` -> `{"a":1}`. One pass over the text, copying
 * the runs between backslashes whole (a pasted body can hold a backslash every few characters).
 */
function unescapeOnce(text: string): string {
  const out: string[] = [];
  let from = 0;
  for (let i = text.indexOf('\\'); i !== -1 && i + 1 < text.length; i = text.indexOf('\\', i)) {
    const next = text[i + 1] ?? '';
    if (next === '\n' || next === '\r' || next === '\u2028' || next === '\u2029') {
      i += 1; // a backslash before a line break is kept, as the pattern this replaces did
      continue;
    }
    out.push(text.slice(from, i));
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      out.push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)));
      i += 6;
    } else {
      out.push(next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next);
      i += 2;
    }
    from = i;
  }
  out.push(text.slice(from));
  return out.join('');
}

function parseStrictError(text: string): { message: string; offset?: number } {
  try {
    JSON.parse(text);
    return { message: '' };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(message);
    return m ? { message, offset: Number(m[1]) } : { message };
  }
}

export interface Work {
  /** Characters read by the scanners and handed to the parsers: a measure of the work done. */
  count: number;
}

interface ParseContext {
  input: string;
  starts: readonly number[];
  work: Work;
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Parses one candidate block; undefined when it is not data at all. */
function parseBlock(ctx: ParseContext, start: number, end: number, cutOff: boolean): Block | undefined {
  let truncated = cutOff;
  const { input, starts, work } = ctx;
  const raw = input.slice(start, end);
  const at = positionAt(starts, start);
  work.count += raw.length;
  const strict = tryJson(raw);
  if (strict.ok) return { start, end, at, value: strict.value, style: 'json' };
  // JSON inside a quoted string, escaped once or twice (`msg="BODY: {\"error\":{...}}"`).
  let text = raw;
  let escaped = 0;
  while (escaped < 2 && /\\["']/.test(text) && !/(^|[^\\])"/.test(text.replace(/\\\\/g, ''))) {
    text = unescapeOnce(text);
    escaped++;
    work.count += text.length;
    const again = tryJson(text);
    if (again.ok) return { start, end, at, value: again.value, style: 'json', escaped };
  }
  // Not strict JSON: a Python printout, or broken JSON; repair, but only what looks like a DSM
  // response or error, so a "{not json}" in a log line is not mistaken for broken JSON.
  if (!/(success|error|code)\\*['"]?\s*:/.test(text)) return undefined;
  // A well-formed Python printout needs no repair: converted in one pass.
  const converted = truncated ? undefined : pythonToJson(text);
  work.count += text.length;
  const fromPython = converted === undefined ? undefined : tryJson(converted);
  if (fromPython?.ok && fromPython.value !== null && typeof fromPython.value === 'object') {
    const extra = escaped ? { escaped } : {};
    return { start, end, at, value: fromPython.value, style: looksPython(text) ? 'python' : 'repaired', ...extra };
  }
  const capped = text.length > REPAIR_CAP;
  if (capped) {
    text = text.slice(0, REPAIR_CAP);
    truncated = true;
  }
  let repaired: unknown;
  try {
    work.count += text.length * 2;
    repaired = JSON.parse(jsonrepair(depython(text)));
  } catch {
    // A cut-off block can end inside a string that the repair cannot close (`'token': '**[x`):
    // drop that last value and try once more.
    const q = Math.max(text.lastIndexOf("'"), text.lastIndexOf('"'));
    if (!truncated || q <= 0) return undefined;
    try {
      work.count += q * 2;
      repaired = JSON.parse(jsonrepair(depython(`${text.slice(0, q)}${text[q]}${text[q]}`)));
    } catch {
      return undefined;
    }
  }
  if (repaired === null || typeof repaired !== 'object') return undefined;
  const extra = escaped ? { escaped } : {};
  if (capped && !cutOff) {
    return { start, end, at, value: repaired, style: 'repaired', ...extra, problem: `The block that starts at ${where(at)} is malformed and too long to repair whole: only its first ${REPAIR_CAP} characters were read.` };
  }
  if (truncated) {
    const endAt = positionAt(starts, Math.max(start, end - 1));
    return { start, end, at, value: repaired, style: 'repaired', truncated: true, ...extra, problem: `The JSON is cut off: the text ends at ${where(endAt)} before the block that starts at ${where(at)} is closed. What could be read is shown.` };
  }
  if (looksPython(text)) return { start, end, at, value: repaired, style: 'python', ...extra };
  const broke = parseStrictError(text);
  const brokeAt = broke.offset !== undefined && !escaped ? ` at ${where(positionAt(starts, start + broke.offset))}` : '';
  return { start, end, at, value: repaired, style: 'repaired', ...extra, problem: `The JSON is malformed${brokeAt} (${broke.message.replace(/ in JSON at position \d+.*$/, '')}). It was repaired as far as possible; check the values shown.` };
}

export interface Extraction {
  blocks: Block[];
  /** Problems outside any block, such as a stray closing brace. */
  problems: string[];
  /** True when the text held more blocks than were read. */
  capped: boolean;
}

export interface ExtractOptions {
  maxBlocks?: number;
  /** Line starts of `input`, when the caller has them already. */
  starts?: readonly number[];
  /** Counts the work done, for the linear-time tests. */
  work?: Work;
}

/** The text just before a block: `error":`, `'error':`, `error\":` and the like. */
const ERROR_KEY_BEFORE = /error\\*["']?\s*:\s*$/;

/** Every top-level JSON-like block in the text, in order. Linear in the size of the input. */
export function extractBlocks(input: string, options: ExtractOptions | number = {}): Extraction {
  const opts: ExtractOptions = typeof options === 'number' ? { maxBlocks: options } : options;
  const maxBlocks = opts.maxBlocks ?? MAX_BLOCKS;
  const work = opts.work ?? { count: 0 };
  const ctx: ParseContext = { input, starts: opts.starts ?? lineStarts(input), work };
  const blocks: Block[] = [];
  const problems: string[] = [];
  const pairs = pairBraces(input, work);
  // What the parsers may read in total: a few times the input, then only strict JSON.
  const budget = input.length * 6 + 10_000;
  // A cut-off block runs to the end of the text: read at most two of them (the outermost, and one
  // inside it when the outer one cannot be repaired), so nested cut-off braces cost two passes.
  let truncatedTries = 0;
  let next = 0;
  let capped = false;
  let lastMatched = -1;
  for (const o of pairs.match.keys()) if (o > lastMatched) lastMatched = o;
  const lineOfLastMatched = lastMatched >= 0 ? input.lastIndexOf('\n', lastMatched) : -1;
  for (const start of pairs.opens) {
    if (start < next) continue;
    if (blocks.length >= maxBlocks) {
      capped = true;
      break;
    }
    const end = pairs.match.get(start);
    const truncated = end === undefined;
    // An unmatched brace that is still open at the end starts a cut-off block; any other
    // unmatched brace was closed by a stray bracket and is not data.
    if (truncated && !pairs.unclosed.has(start)) continue;
    // A brace left open on an earlier line (a stray one in prose) must not swallow the complete
    // blocks on the lines after it: read those instead.
    if (truncated && lastMatched > start && lineOfLastMatched > start) continue;
    if (truncated && ++truncatedTries > 2) break;
    if (!truncated && !mayStartObject(input, start)) continue;
    const stop = end ?? input.length;
    if (work.count + (stop - start) > budget && !truncated) {
      // Over budget: read only blocks that are strict JSON.
      const strict = tryJson(input.slice(start, stop));
      work.count += stop - start;
      if (!strict.ok) continue;
    }
    const block = work.count > budget * 2 ? undefined : parseBlock(ctx, start, stop, truncated);
    if (!block) continue;
    if (ERROR_KEY_BEFORE.test(input.slice(Math.max(0, start - 16), start))) block.errorKey = true;
    blocks.push(block);
    const after = /^\s*([}\]])/.exec(input.slice(stop, stop + 200));
    if (after) {
      const at = positionAt(ctx.starts, stop + after[0].length - 1);
      problems.push(`An extra \u201c${after[1]}\u201d at ${where(at)} after the JSON was ignored.`);
    }
    next = stop;
  }
  return { blocks, problems, capped };
}

/** How many blocks one paste may yield: a long log has the same error many times over. */
export const MAX_BLOCKS = 1000;
