/**
 * The decoder: any pasted text (and optionally the API name) in, every DSM error code in it out,
 * each with where it was found, where its family came from and what it means for the API that
 * returned it. Shared by the decode page and the command line. It never throws and never reports
 * a number that is not in the input.
 *
 * Codes come from two places: DSM responses (JSON, Python printouts, escaped or cut-off bodies,
 * library error objects) and a message's words (`error code: 402`, `Error 119 - Invalid
 * session`), the latter only when the text is about DSM. Everything runs in time linear in the
 * input.
 */
import { resolveApi, resolveUncoveredCode, sharedFamily, uncoveredNote, type UncoveredOwner } from '../resolve';
import type { Category, Status } from '../schema';
import type { DecoderData, LibraryCode } from './data';
import { extractBlocks, lineStarts, MAX_BLOCKS, positionAt, type Block, type Work } from './extract';
import { apiHints, lastBefore, wordedCache, wordsIn, type ApiHint } from './hints';
import { aboutDsm, proseCodes, wordsAround } from './prose';
import { WordingIndex, type WordingMatch, type WordingRow } from './wording';

export interface Meaning {
  namespace: string;
  family: string;
  title: string;
  action: string;
  category: Category;
  status: Status;
}

export interface Finding {
  code: number;
  /** The family the code resolved to, or null when it could not be resolved. */
  namespace: string | null;
  /**
   * The other families that define this number: all of them when namespace is null; when the
   * family is only likely (the words point to it), the others, kept visible.
   */
  candidates: string[];
  /** The meaning's title, or null when no source documents the code (or it is ambiguous). */
  title: string | null;
  /** Where it was found, as data; format.ts, the widget and the command line say it in words. */
  place: Place;
  /** Extra context from the response, such as the path of a file item. */
  detail: Record<string, unknown> | null;
  /** The API name the code was resolved with, when known. */
  api: string | null;
  /** The resolved family's meaning first; then one per candidate family; none when undocumented. */
  meanings: Meaning[];
  /** A sentence for the reader when the code needs one (undocumented, uncovered API, file item). */
  note: string | null;
  /** Read from a DSM response (or a library's error object), or from a message's words. */
  from: 'response' | 'message';
  /** Why this family, in a sentence; null when no family was chosen. */
  familyReason: string | null;
}

/**
 * Where a finding was read. For a response: the line and column (1-based) where its block starts,
 * the JSON pointer of the code inside the block's parsed value (`/error/errors/0/code`), and the
 * block's index in `DecodeResult.responses`. For a message: the line and column of the number,
 * and an empty pointer.
 */
export interface Place {
  line: number;
  column: number;
  pointer: string;
  block?: number;
}

/** A block a finding was read from: where it is in the input, and its parsed value (what a share link re-writes). */
export interface ReadBlock {
  start: number;
  end: number;
  line: number;
  column: number;
  value: unknown;
  /** The block is the inside of an error object cut out of its response (`error":{"code":402}`). */
  fragment?: true;
}

/** A code the words name although no number is printed ("No such account or incorrect password"). */
export interface NamedCode {
  code: number;
  namespace: string;
  family: string;
  words: string;
  source: string;
}

export interface DecodeResult {
  api: string | null;
  /** What the input was recognised as ("JSON", "Python printout", "HTTP response", ...). */
  recognised: string[];
  findings: Finding[];
  /** Responses that reported success and carried no error. */
  successes: number;
  diagnosis: string | null;
  /** Codes named only by their wording, when no code is written in the text. */
  named: NamedCode[];
  /** Numbers a client library uses for itself (`'code': -2` from py-synologydsm-api): the library's, never DSM's. */
  library: LibraryFinding[];
  /** An HTTP status the text holds when it holds no DSM code: the web server's answer, not DSM's. */
  httpStatus: { status: number; path: string | null } | null;
  /** A DSM error response was cut off before its code: no number is reported. */
  cutOff: boolean;
  /**
   * The blocks findings were read from; a finding's `place.block` indexes this list. What the share
   * link re-writes, so it need not read the paste again. Not enumerable: the parsed values (secrets
   * included) stay out of JSON.stringify and out of the messages a Worker posts to the page.
   */
  readonly responses: readonly ReadBlock[];
}

/** The result with its `responses` attached, not enumerable. */
function withResponses(result: Omit<DecodeResult, 'responses'>, responses: readonly ReadBlock[]): DecodeResult {
  return Object.defineProperty(result, 'responses', { value: responses, enumerable: false }) as DecodeResult;
}

/** A library's own number found in the text, with what it means in that library. */
export interface LibraryFinding {
  code: number;
  library: string;
  libraryName: string;
  meaning: string;
  raisedAs: string;
  /** Site path without base (`libraries/py-synologydsm-api/-2/`). */
  path: string;
  place: Place;
}

export interface DecodeOptions {
  api?: string | undefined;
  /** Counts the work done (characters scanned and parsed), for the linear-time tests. */
  work?: Work;
}

// SAN Manager's iSCSI codes have eight digits.
const MAX_CODE = 99_999_999;

function asCode(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 && v <= MAX_CODE) return v;
  if (typeof v === 'string' && /^\d{1,8}$/.test(v.trim())) {
    const n = Number(v.trim());
    return n > 0 ? n : undefined;
  }
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const pointerSegment = (k: string | number) => String(k).replace(/~/g, '~0').replace(/\//g, '~1');
const keysWithin = (obj: Record<string, unknown>, allowed: readonly string[]) => Object.keys(obj).every((k) => allowed.includes(k));

interface Source {
  /** Offset in the input that the family's hints are compared with. */
  offset: number;
  from: Finding['from'];
  place: Place;
  /** The words printed beside the code (a message's line, a library's reason). */
  words: string | null;
  /** Whether the number is written in the input at this place (checked by the caller). */
  block?: Block;
  /** A family the place itself decides (a Package Center result, a synopkg line), before any API. */
  family?: { id: string; reason: string };
}

interface Context {
  data: DecoderData;
  input: string;
  starts: number[];
  explicitApi: string | undefined;
  /** API names and CGI paths, in order. */
  named: ApiHint[];
  /** A tool's or library's words for what it was doing, in order. */
  words: ApiHint[];
  wordings: WordingIndex;
  findings: Finding[];
  seen: Set<string>;
  successes: number;
  envelopes: number;
  recognised: Set<string>;
  /** Digit runs of each block's text, for "is this number written here". */
  digits: Map<Block, Set<string>>;
  aboutDsm: boolean | undefined;
  /** API name -> family, resolved once per name. */
  families: Map<string, string | null>;
  /** API name -> the uncovered API it names (no public table documents it), resolved with `families`. */
  uncovered: Map<string, UncoveredOwner>;
  /** The top-level blocks, by start offset (a block read from inside a string keeps its outer block's start). */
  blocks: Map<number, Block>;
  /** Blocks findings were read from, and their index in that list, by start offset. */
  responses: ReadBlock[];
  responseIndex: Map<number, number>;
  /** A cut-off response ended inside its code. */
  cutNumber: boolean;
}

/** The family whose codes every API shares (`shared: true` in its content file: Common). */
const sharedOf = (ctx: Context): string => sharedFamily(ctx.data.families)?.id ?? '';
/** Package Center's installer (synopkg): its numbers are its own, never Common's. */
export const PACKAGE_CENTER = 'package-center';

const familyName = (ctx: Context, id: string) => ctx.data.families.find((f) => f.id === id)?.name ?? id;

function meaning(ctx: Context, namespace: string, code: number): Meaning | undefined {
  const m = ctx.data.codes[namespace]?.[String(code)];
  if (!m) return undefined;
  return { namespace, family: familyName(ctx, namespace), title: m.title, action: m.action, category: m.category, status: m.status };
}

function definers(ctx: Context, code: number, except = sharedOf(ctx)): string[] {
  return ctx.data.families.filter((f) => f.id !== except && ctx.data.codes[f.id]?.[String(code)]).map((f) => f.id);
}

interface Choice {
  api: string | null;
  family: string | null;
  reason: string | null;
  /** Only words point to the family: it is a likely one, and the other candidates stay visible. */
  likely: boolean;
  /** The product the text names, when no public table documents it. */
  owner?: UncoveredOwner;
}

const quote = (s: string) => `\u201c${s.length > 80 ? `${s.slice(0, 77)}...` : s}\u201d`;

function familyOfApi(ctx: Context, api: string): string | null {
  // A log names the same few APIs over and over: resolve each name once.
  const cached = ctx.families.get(api);
  if (cached !== undefined) return cached;
  let family: string | null = null;
  // A path (auth.cgi, Photo Station's photo/webapi/album.php) resolves by the families' CGI paths.
  if (/\.(?:cgi|php)\b/i.test(api)) family = apiHints(api, ctx.data.families).find((h) => h.via === 'cgi')?.family ?? null;
  else {
    // An API no public table documents is not read as another family's (SYNO.Foto.* is not common's SYNO.*).
    const r = resolveApi(api, ctx.data.families, ctx.data.uncovered ?? []);
    if (r?.kind === 'family') family = r.family;
    else if (r?.kind === 'uncovered') ctx.uncovered.set(api, r.uncovered);
  }
  ctx.families.set(api, family);
  return family;
}

/** The API and family for a code: explicit, then its own (compound result, wrapped error), then the text's. */
function choose(ctx: Context, own: string | undefined, src: Source, code: number): Choice {
  if (src.family) return { api: own ?? ctx.explicitApi ?? null, family: src.family.id, reason: src.family.reason, likely: false };
  if (ctx.explicitApi) return { api: ctx.explicitApi, family: familyOfApi(ctx, ctx.explicitApi), reason: `You gave the API: ${ctx.explicitApi}.`, likely: false };
  if (own) return { api: own, family: familyOfApi(ctx, own), reason: `The error names its API: ${own}.`, likely: false };
  const named = lastBefore(ctx.named, src.offset);
  const words = lastBefore(ctx.words, src.offset);
  const line = (offset: number) => positionAt(ctx.starts, offset).line;
  // Words win over an earlier API name only when they come on a later line: a tool's next step.
  const wordsFirst = words && (!named || (words.offset > named.offset && line(words.offset) > line(named.offset)));
  if (named && !wordsFirst) return fromHint(ctx, named, 'before');
  // An API named after the code on the same line (`... (api=SYNO.API.Auth)`) is about this call.
  const later = ctx.named.find((h) => h.offset > src.offset);
  if (later && line(later.offset) === line(src.offset)) return fromHint(ctx, later, 'after');
  // A library's own wording of this very code, printed beside it.
  const worded = src.words ? wordedFamily(ctx, code, src.words) : undefined;
  if (worded) return worded;
  // The tool's words: a step before the code, or the words of the message that carries it.
  const said = words && wordsFirst ? words : src.from === 'message' && src.words ? wordsIn(src.words, wordedCache(ctx.data.families, ctx.data.uncovered ?? [])) : undefined;
  const product = said?.uncovered ? ctx.data.uncovered?.find((u) => u.id === said.uncovered) : undefined;
  if (said && product) {
    // A product no public table documents: named, its number left unresolved (unless it is one every API shares).
    return { api: null, family: resolveUncoveredCode(code, product, sharedOf(ctx) || undefined).family, reason: `The text names ${product.name} (${quote(said.text ?? '')}).`, likely: false, owner: product };
  }
  if (said) {
    const family = said.family ?? familyOfApi(ctx, said.api);
    if (family && family !== sharedOf(ctx) && (code < sharesBelow(ctx, family) || ctx.data.codes[family]?.[String(code)])) {
      return { api: null, family, reason: `Likely ${familyName(ctx, family)}: the text says it was ${said.doing ?? 'calling it'} (${quote(said.text ?? '')}).`, likely: true };
    }
  }
  if (later) return fromHint(ctx, later, 'after');
  return { api: null, family: null, reason: null, likely: false };
}

function fromHint(ctx: Context, hint: ApiHint, side: 'before' | 'after'): Choice {
  const line = positionAt(ctx.starts, hint.offset).line;
  if (hint.via === 'cgi') {
    const family = hint.family ?? null;
    return { api: hint.api, family, reason: `The request went to ${hint.text ?? 'a CGI path'} (line ${line}), which ${family ? familyName(ctx, family) : 'no family'} answers.`, likely: false };
  }
  return { api: hint.api, family: familyOfApi(ctx, hint.api), reason: `The text names the API ${hint.api} on line ${line}, ${side === 'before' ? 'before' : 'after'} this code.`, likely: false };
}

/** The family a library's wording of `code` belongs to, when the words beside it match one family only. */
function wordedFamily(ctx: Context, code: number, words: string): Choice | undefined {
  const matches = ctx.wordings.near(code, words).filter((m) => m.row.namespace !== sharedOf(ctx));
  const families = [...new Set(matches.map((m) => m.row.namespace))];
  // Name a source that words it so, rather than this reference's own title, when one does.
  const first = matches.find((m) => m.row.source !== 'this reference') ?? matches[0];
  if (families.length !== 1 || !first) return undefined;
  const family = first.row.namespace;
  const who = first.row.source === 'this reference' ? `this reference's wording of ${familyName(ctx, family)} ${code}` : `how ${first.row.source} words ${familyName(ctx, family)} ${code}`;
  return { api: null, family, reason: `Likely ${familyName(ctx, family)}: ${quote(first.row.text)} is ${who}.`, likely: true };
}

/** When the number and the API point to one family and a library's words to another, say so. */
function otherTableNote(ctx: Context, code: number, family: string | null, words: string | null): string | null {
  if (!words || !family) return null;
  const matches: WordingMatch[] = ctx.wordings.near(code, words);
  if (matches.length === 0 || matches.some((m) => m.row.namespace === family)) return null;
  const other = matches.find((m) => m.row.namespace !== sharedOf(ctx)) ?? matches[0];
  if (!other || (family === sharedOf(ctx) && code < sharesBelow(ctx, null))) return null;
  return `The words ${quote(other.row.text)} are ${familyName(ctx, other.row.namespace)}'s wording of ${code}; some libraries print one table's text for every API. The number and the API point to ${familyName(ctx, family)}, so its meaning is shown.`;
}

/**
 * Below this number a code from the family's APIs is the shared family's (the family's
 * `sharesCommonBelow`). Without a family: the shared family's own range, the highest number any
 * family shares. Package Center's installer shares none, even before its family is in the data.
 */
function sharesBelow(ctx: Context, family: string | null): number {
  if (family === PACKAGE_CENTER) return 0;
  const own = family ? ctx.data.families.find((f) => f.id === family) : undefined;
  if (own) return own.shared ? 0 : own.sharesCommonBelow;
  return Math.max(0, ...ctx.data.families.filter((f) => !f.shared).map((f) => f.sharesCommonBelow));
}

type Resolved = Pick<Finding, 'namespace' | 'candidates' | 'title' | 'meanings' | 'note' | 'familyReason'>;

function resolveCode(ctx: Context, code: number, choice: Choice): Resolved {
  const { api, family } = choice;
  const shared = sharedOf(ctx);
  const specific = family && family !== shared ? family : null;
  if (family === PACKAGE_CENTER && !ctx.data.families.some((f) => f.id === PACKAGE_CENTER)) {
    // This reference has no Package Center table yet: the number is the installer's, never Common's.
    return { namespace: null, candidates: [], title: null, meanings: [], note: `Package Center installer code ${code}: the installer's own number (synopkg), not a code shared by every API.`, familyReason: choice.reason };
  }
  // Codes below the family's sharesCommonBelow (400) are shared by every API, unless the API's family words them its own way.
  const below = sharesBelow(ctx, specific);
  if (shared && code < below) {
    const own = specific ? meaning(ctx, specific, code) : undefined;
    if (own && specific) return { namespace: specific, candidates: [], title: own.title, meanings: [own], note: null, familyReason: choice.reason };
    const rule = `Codes below ${below} mean the same for every API.`;
    const reason = choice.reason && !choice.likely ? `${choice.reason} ${rule}` : rule;
    const m = meaning(ctx, shared, code);
    if (m) return { namespace: shared, candidates: [], title: m.title, meanings: [m], note: null, familyReason: reason };
    const reserved = ctx.data.families.find((f) => f.id === shared)?.reserved?.find((r) => code >= r.from && code <= r.to);
    if (reserved) return { namespace: shared, candidates: [], title: null, meanings: [], note: `Reserved: ${reserved.note}`, familyReason: reason };
    return { namespace: shared, candidates: [], title: null, meanings: [], note: `No source documents ${code} among the codes shared by every API.`, familyReason: reason };
  }
  if (specific && choice.likely) {
    const m = meaning(ctx, specific, code);
    if (m) {
      const others = definers(ctx, code).filter((ns) => ns !== specific);
      return {
        namespace: specific,
        candidates: others,
        title: m.title,
        meanings: [m, ...others.flatMap((ns) => meaning(ctx, ns, code) ?? [])],
        note: others.length ? `Only the words point to ${m.family}; give the API name to be sure.` : null,
        familyReason: choice.reason,
      };
    }
  }
  if (specific && !choice.likely) {
    const m = meaning(ctx, specific, code);
    if (m) return { namespace: specific, candidates: [], title: m.title, meanings: [m], note: null, familyReason: choice.reason };
    return { namespace: specific, candidates: [], title: null, meanings: [], note: `Undocumented: no public table documents ${code} for ${familyName(ctx, specific)}.`, familyReason: choice.reason };
  }
  const candidates = definers(ctx, code);
  const meanings = candidates.flatMap((ns) => meaning(ctx, ns, code) ?? []);
  const owner = choice.owner ?? (api ? ctx.uncovered.get(api) : undefined);
  const uncovered = owner ? `${uncoveredNote(code, owner)} ` : api && !choice.likely ? `No family in this reference covers ${api}, so ${code} is not forced into one. ` : '';
  if (candidates.length === 0) {
    return { namespace: null, candidates, title: null, meanings, note: `${uncovered}Undocumented: no source this reference follows documents ${code} in any API.`, familyReason: null };
  }
  if (candidates.length === 1 && !api) {
    const only = meanings[0];
    return { namespace: null, candidates, title: null, meanings, note: `Only ${only?.family ?? candidates[0]} defines ${code}; give the API name to be sure.`, familyReason: null };
  }
  if (owner) return { namespace: null, candidates, title: null, meanings, note: uncovered.trim(), familyReason: null };
  return { namespace: null, candidates, title: null, meanings, note: `${uncovered}${code} means different things in different APIs; give the API name (or paste the request) to pick one.`, familyReason: null };
}

/** The text ends with this number as a value (`"code": 10`), nothing after it. */
function endsInNumber(input: string, code: number): boolean {
  const end = input.trimEnd();
  const digits = String(code);
  if (!end.endsWith(digits)) return false;
  const before = end.slice(Math.max(0, end.length - digits.length - 8), end.length - digits.length);
  return /[:=]\s*["']?$/.test(before);
}

function digitRuns(text: string): Set<string> {
  const runs = new Set<string>();
  for (const m of text.matchAll(/\d+/g)) runs.add(m[0].replace(/^0+(?=\d)/, ''));
  return runs;
}

/** Whether `code` is written in the input where it was read: never report a number that is not there. */
function written(ctx: Context, code: number, block: Block | undefined): boolean {
  if (!block) return true;
  let runs = ctx.digits.get(block);
  if (!runs) {
    runs = digitRuns(ctx.input.slice(block.start, block.end));
    ctx.digits.set(block, runs);
  }
  return runs.has(String(code));
}

function addFinding(ctx: Context, src: Source, code: number, ownApi: string | undefined, detail: Record<string, unknown> | null, extraNote?: string): void {
  if (!written(ctx, code, src.block)) return;
  // A cut-off response that ends inside its code (`"code":10`): the number may be cut too, so none is reported.
  if (src.block?.truncated && endsInNumber(ctx.input, code)) {
    ctx.cutNumber = true;
    return;
  }
  if (code === 9999 && definers(ctx, code, '').length === 0) return; // a client library's own sentinel
  const choice = choose(ctx, ownApi, src, code);
  const resolved = resolveCode(ctx, code, choice);
  if (src.from === 'message') {
    // A message that repeats a code already read (from the response, or an earlier line) adds nothing.
    const key = `${code}|${resolved.namespace}|${choice.api}`;
    if (ctx.seen.has(key)) return;
    ctx.seen.add(key);
  } else ctx.seen.add(`${code}|${resolved.namespace}|${choice.api}`);
  const other = choice.likely ? null : otherTableNote(ctx, code, resolved.namespace, src.words);
  const index = src.block ? responseOf(ctx, src.block) : undefined;
  const place = index === undefined ? src.place : { ...src.place, block: index };
  ctx.findings.push({
    code,
    ...resolved,
    note: [extraNote, resolved.note, other].filter(Boolean).join(' ') || null,
    place,
    detail,
    api: choice.api,
    from: src.from,
  });
}

function blockSource(block: Block, path: (string | number)[], words: string | null = null): Source {
  return { offset: block.start, from: 'response', place: { line: block.at.line, column: block.at.column, pointer: path.map((p) => `/${pointerSegment(p)}`).join('') }, words, block };
}

/** The index in `responses` of the block a finding was read from, added on its first finding. */
function responseOf(ctx: Context, block: Block): number | undefined {
  const known = ctx.responseIndex.get(block.start);
  if (known !== undefined) return known;
  const outer = ctx.blocks.get(block.start);
  if (!outer) return undefined;
  ctx.responses.push({ start: outer.start, end: outer.end, line: outer.at.line, column: outer.at.column, value: outer.value, ...(outer.errorKey ? { fragment: true as const } : {}) });
  ctx.responseIndex.set(outer.start, ctx.responses.length - 1);
  return ctx.responses.length - 1;
}

/** Error details that are not codes: `{name, reason}`, `{token, types}`, `{err_line, err_msg}`, a string. */
function detailOf(errors: unknown): Record<string, unknown> | null {
  if (typeof errors === 'string') return { errors };
  if (isRecord(errors)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(errors)) if (k !== 'code') out[k] = k === 'token' ? '(hidden)' : v;
    return Object.keys(out).length ? out : null;
  }
  return null;
}

/** Items shaped `{code, path}` (or `{code, name}` in a failed response): FileStation's per-file results. */
function fileItems(ctx: Context, block: Block, items: unknown[], path: (string | number)[], ownApi: string | undefined, note: string, failed: boolean): void {
  items.forEach((item, i) => {
    if (!isRecord(item)) return;
    const code = asCode(item['code']);
    if (code === undefined) return;
    // In a successful response, {code, name} items are data (a list of zones, of types), not errors.
    if (!failed && item['path'] === undefined) return;
    const detail: Record<string, unknown> = {};
    for (const k of ['path', 'name', 'reason', 'message']) if (item[k] !== undefined) detail[k] = item[k];
    addFinding(ctx, blockSource(block, [...path, i, 'code']), code, ownApi, Object.keys(detail).length ? detail : null, note);
  });
}

/** An error object as DSM writes it: `{code, errors?}`, or Package Center's `{code, description}`. */
const ERROR_KEYS = ['code', 'errors', 'description'] as const;

/** What the place of an error object adds: a family it decides (Package Center), and detail (the package's name). */
interface Placed {
  family?: { id: string; reason: string };
  detail?: Record<string, unknown>;
}

function errorObject(ctx: Context, block: Block, err: Record<string, unknown>, path: (string | number)[], own: string | undefined, placed: Placed = {}): boolean {
  const code = asCode(err['code']);
  const errors = err['errors'];
  if (code !== undefined) {
    const detail = Array.isArray(errors) ? null : detailOf(errors) ?? (typeof err['description'] === 'string' ? { description: err['description'] } : null);
    const src = blockSource(block, [...path, 'code']);
    addFinding(ctx, placed.family ? { ...src, family: placed.family } : src, code, own, placed.detail ? { ...placed.detail, ...detail } : detail);
  }
  if (Array.isArray(errors)) {
    const outer = code !== undefined ? `Part of error ${code}: the code for this item.` : 'The code for this item.';
    fileItems(ctx, block, errors, [...path, 'errors'], own, outer, true);
  }
  return code !== undefined || Array.isArray(errors);
}

function envelope(ctx: Context, block: Block, obj: Record<string, unknown>, path: (string | number)[], ownApi: string | undefined, placed: Placed = {}): void {
  ctx.envelopes++;
  const own = ownApi;
  const before = ctx.findings.length;
  const success = obj['success'] === true || obj['success'] === 'true' || obj['success'] === 1;
  const err = obj['error'];
  const bare = asCode(err);
  if (success) {
    // A success response gives no code, whatever `code` keys it holds (a task's status, a setting);
    // only items it lists as failed (below) are read.
  } else if (bare !== undefined) {
    // The older form, `"error": 105`; a small number (`"error": 1`) is another service's flag, not a DSM code.
    if (bare >= 100) {
      ctx.recognised.add('error as a bare number (older form)');
      addFinding(ctx, blockSource(block, [...path, 'error']), bare, own, null);
    }
  } else if (isRecord(err)) {
    errorObject(ctx, block, err, [...path, 'error'], own, placed);
  } else if (typeof err === 'string' && /^\s*[{[]/.test(err)) {
    // Python 2 printouts turned the error dict into a string: {u'error': "{u'code': 402}"}.
    for (const inner of extractBlocks(err, 3).blocks) {
      if (isRecord(inner.value)) {
        ctx.recognised.add('error object written as a string');
        errorObject(ctx, block, inner.value, [...path, 'error'], own);
      }
    }
  }
  const data = obj['data'];
  const failed = !success;
  if (isRecord(data)) {
    // Compound requests (SYNO.Entry.Request): each result names its own API.
    const results = data['result'];
    if (Array.isArray(results)) {
      results.forEach((r, i) => {
        if (isRecord(r) && ('success' in r || 'error' in r)) {
          ctx.recognised.add('compound request (SYNO.Entry.Request)');
          envelope(ctx, block, r, [...path, 'data', 'result', i], typeof r['api'] === 'string' ? r['api'] : ownApi);
        }
      });
    }
    const taskFailed = typeof data['status'] === 'string' && /fail|error/i.test(data['status']);
    for (const [k, v] of Object.entries(data)) {
      if (k === 'result') continue;
      if (Array.isArray(v)) {
        const note = taskFailed ? 'Reported by a task whose status is FAIL.' : success ? 'Reported inside a successful response.' : 'The code for this item.';
        fileItems(ctx, block, v, [...path, 'data', k], own, note, failed || taskFailed);
      }
    }
    const code = asCode(data['code']) ?? asCode(data['error']);
    if (taskFailed && code !== undefined) addFinding(ctx, blockSource(block, [...path, 'data', asCode(data['code']) !== undefined ? 'code' : 'error']), code, own, null, 'Reported by a task whose status is FAIL.');
  }
  // Package Center nests one result per package, each with its own envelope: its codes are the
  // installer's (Package Center's), reported with the package's name.
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'data' || k === 'error' || k === 'success' || !Array.isArray(v)) continue;
    v.forEach((item, i) => {
      if (!isRecord(item) || !('success' in item) || !('error' in item)) return;
      const pkg = typeof item['package'] === 'string' ? item['package'] : typeof item['id'] === 'string' ? item['id'] : undefined;
      const pc = pkg !== undefined || k === 'results';
      if (pc) ctx.recognised.add('Package Center results');
      const inner: Placed = pc ? { family: { id: PACKAGE_CENTER, reason: `A Package Center result${pkg ? ` for the package ${pkg}` : ''}: its codes are the installer's.` }, ...(pkg ? { detail: { package: pkg } } : {}) } : {};
      envelope(ctx, block, item, [...path, k, i], ownApi, inner);
    });
  }
  if (success && ctx.findings.length === before) ctx.successes++;
}

/** A Package Center result on its own: it names a package (`package`, `spk`) or an install stage (`action` with `stage`). */
function packageResult(obj: Record<string, unknown>): boolean {
  return typeof obj['package'] === 'string' || typeof obj['spk'] === 'string' || typeof obj['packageName'] === 'string' || (typeof obj['action'] === 'string' && typeof obj['stage'] === 'string');
}

/** Keys a client library's error object may have: `{api, code, reason, details}` and the like. */
const WRAPPED_KEYS = ['api', 'code', 'reason', 'details', 'method', 'error_code', 'message', 'version'] as const;

/** A client library's error object without the envelope. Other services' errors (Kubernetes, gRPC) do not qualify. */
function isWrappedError(ctx: Context, obj: Record<string, unknown>): boolean {
  if (asCode(obj['code']) === undefined || 'success' in obj) return false;
  if (typeof obj['api'] === 'string' && /^SYNO\./i.test(obj['api'])) return true;
  return keysWithin(obj, WRAPPED_KEYS) && ('reason' in obj || 'error_code' in obj) && dsmText(ctx);
}

/**
 * A web framework's or another service's wording in a `message` (DSM's error objects hold `code`
 * and sometimes `errors` or `description`, never a message naming a route).
 */
const FRAMEWORK = /\broute\b[^\n]{0,80}\bnot found\b|\bno route (?:for|matches|matched)\b|\bcannot (?:get|post|put|patch|delete) \/|\bendpoint\b[^\n]{0,40}\bnot found\b|\b(?:express|fastify|django|laravel|nestjs)\b/i;
/** An HTTP method and a path in upper case, as routers print them ("GET /api/users", "GET:/api/users"). */
const METHOD_ROUTE = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS):? ?\/[A-Za-z0-9_\-/.{}:]{0,200}/;

/** An object that shows it comes from another service: a `message` (its own or its error's) in a framework's words. */
function otherService(obj: Record<string, unknown>): boolean {
  const err = obj['error'];
  const messages = [obj['message'], obj['msg'], isRecord(err) ? err['message'] : undefined, typeof err === 'string' ? err : undefined];
  return messages.some((m) => typeof m === 'string' && m.length < 2000 && (FRAMEWORK.test(m) || METHOD_ROUTE.test(m)));
}

function dsmText(ctx: Context): boolean {
  // A family's or a DSM product's own name ("Hyper Backup", "File Station") marks the text as DSM's too.
  ctx.aboutDsm ??= aboutDsm(ctx.input) || ctx.words.some((w) => w.family !== undefined || w.uncovered !== undefined);
  return ctx.aboutDsm;
}

function walk(ctx: Context, block: Block, value: unknown, path: (string | number)[], depth: number): void {
  if (depth > 64) return;
  if (typeof value === 'string') {
    const t = value.trim();
    if (t.includes('{') && /(success|error|code)/.test(t)) {
      // A response that was turned into a string and embedded in another one.
      const inner = extractBlocks(t, 5);
      for (const b of inner.blocks) {
        ctx.recognised.add('JSON inside a string');
        walk(ctx, { ...b, start: block.start, end: block.end, at: block.at }, b.value, [...path], depth + 1);
      }
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(ctx, block, v, [...path, i], depth + 1));
    return;
  }
  if (!isRecord(value)) return;
  if (otherService(value)) {
    ctx.recognised.add("another service's error (its message names a route or a web framework)");
    return;
  }
  if ('success' in value && ('error' in value || 'data' in value)) {
    const pc = packageResult(value) ? { family: { id: PACKAGE_CENTER, reason: 'A Package Center result (it names a package or an install stage): its codes are the installer\u2019s.' } } : {};
    if (pc.family) ctx.recognised.add('Package Center results');
    envelope(ctx, block, value, path, typeof value['api'] === 'string' ? value['api'] : undefined, pc);
    return;
  }
  // The error object without its envelope: cut off before "success", or printed on its own.
  const err = value['error'];
  if (isRecord(err) && keysWithin(value, ['error', 'data']) && keysWithin(err, ERROR_KEYS) && asCode(err['code']) !== undefined) {
    ctx.recognised.add('an error object without the envelope');
    ctx.envelopes++;
    errorObject(ctx, block, err, [...path, 'error'], undefined);
    return;
  }
  // A fragment that starts mid-object: `error":{"code":402, ...}`.
  if (depth === 0 && block.errorKey && keysWithin(value, ERROR_KEYS) && asCode(value['code']) !== undefined) {
    ctx.recognised.add('a fragment of a response');
    ctx.envelopes++;
    errorObject(ctx, block, value, path, undefined);
    return;
  }
  if (isWrappedError(ctx, value)) {
    ctx.recognised.add("a client library's error object");
    const code = asCode(value['code']) ?? 0;
    const detail: Record<string, unknown> = {};
    for (const k of ['reason', 'details', 'method']) if (value[k] !== undefined) detail[k] = value[k];
    const words = typeof value['reason'] === 'string' ? value['reason'] : typeof value['message'] === 'string' ? value['message'] : null;
    addFinding(ctx, blockSource(block, [...path, 'code'], words), code, typeof value['api'] === 'string' ? value['api'] : undefined, Object.keys(detail).length ? detail : null);
    return;
  }
  for (const [k, v] of Object.entries(value)) walk(ctx, block, v, [...path, k], depth + 1);
}

/** Text that is not a DSM response: say what it is and what to check. */
function notDsm(input: string): string | null {
  if (/<!doctype html|<html[\s>]/i.test(input)) {
    return 'This is an HTML page, not a DSM API response. The request most likely reached the DSM sign-in page or another web server: check the URL (it should end in /webapi/entry.cgi or the API\u2019s own .cgi path), the port (5000 for HTTP and 5001 for HTTPS unless changed), and that the package providing the API is installed and running.';
  }
  if (/plain HTTP request was sent to HTTPS port/i.test(input)) {
    return 'nginx on the NAS says a plain http:// request reached its HTTPS port. Use https:// with that port, or the HTTP port (5000 by default).';
  }
  if (/\b(502 Bad Gateway|503 Service (Temporarily )?Unavailable|504 Gateway Time-?out)\b/i.test(input)) {
    return 'A proxy or the NAS\u2019s web server answered with an HTTP error page instead of the API. Check that DSM (or the package) is running, and the reverse proxy\u2019s target address and port.';
  }
  if (/\bHTTP\/\d(?:\.\d)? 403 Forbidden\b/i.test(input)) {
    return 'A web server or reverse proxy refused the request with HTTP 403 before DSM answered; that is not DSM\u2019s code 403. Check the proxy\u2019s access rules and that the request reaches the NAS.';
  }
  if (/\b(Connection refused|Could not resolve host|Failed to connect|ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|Name or service not known)\b/i.test(input)) {
    return 'The request never reached DSM: the connection failed before any response. Check the host name, the port, and that the NAS is reachable from this machine.';
  }
  if (/\b(SSL certificate problem|CERTIFICATE_VERIFY_FAILED|self[- ]signed certificate)\b/i.test(input)) {
    return 'The TLS handshake failed, so no request reached DSM. The NAS probably uses a self-signed certificate: trust it, or point the client at the certificate.';
  }
  return null;
}

const CHAT = 'chat';
/** A line that names Chat (a Synology Chat client's log: "synologychat", "SynologyChat", "Chat"). */
const CHAT_LINE = /chat(?![a-z])/i;

/** A line from Package Center's installer. */
const PACKAGE_LINE = /\bsynopkg\b|\.spk\b|\bpackage center\b|\bfailed to install package\b/i;

/** Codes written in the message's words, kept only when the text is about DSM or the words are DSM's own wording of that code. */
function readMessages(ctx: Context, blocks: readonly Block[]): void {
  const candidates = proseCodes(ctx.input, blocks);
  if (candidates.length === 0) return;
  const lines = candidates.map((c) => wordsAround(ctx.input, c.offset, String(c.code).length));
  // A number the installer prints on its own line is the installer's wherever the text repeats it.
  const installer = new Set(candidates.filter((_c, i) => PACKAGE_LINE.test(lines[i] ?? '')).map((c) => c.code));
  for (const [i, c] of candidates.entries()) {
    const words = lines[i] ?? '';
    // A code dashed to its reason on a line that names Chat is how Synology Chat clients log it.
    const chat = c.dashed && CHAT_LINE.test(words) && ctx.data.families.some((f) => f.id === CHAT) ? { family: { id: CHAT, reason: `Likely Chat: the line names it, and Synology Chat clients log a code dashed to its reason (${quote(c.words)}).` } } : {};
    // The API field filled in (or --api) says the text is DSM's.
    if (!chat.family && !ctx.explicitApi && !dsmText(ctx) && ctx.envelopes === 0 && ctx.wordings.near(c.code, words).length === 0) continue;
    const at = positionAt(ctx.starts, c.offset);
    const before = ctx.findings.length;
    // DSM's installer (synopkg, "Failed to install package X.spk") prints Package Center's own numbers.
    const pc = installer.has(c.code) ? { family: { id: PACKAGE_CENTER, reason: 'The line is Package Center’s installer (synopkg) reporting on a package: its numbers are the installer’s.' } } : {};
    addFinding(ctx, { offset: c.offset, from: 'message', place: { line: at.line, column: at.column, pointer: '' }, words, ...chat, ...pc }, c.code, undefined, null);
    if (ctx.findings.length > before) ctx.recognised.add('a code in a message');
    if (ctx.findings.length >= MAX_BLOCKS * 2) break;
  }
}

/** Codes named by their wording only, when the text has no code at all. */
function namedCodes(ctx: Context): NamedCode[] {
  return ctx.wordings.scan(ctx.input, 10).map((m) => ({
    code: m.row.code,
    namespace: m.row.namespace,
    family: familyName(ctx, m.row.namespace),
    words: m.row.text,
    source: m.row.source,
  }));
}

function namedDiagnosis(named: readonly NamedCode[]): string {
  const parts = named.slice(0, 3).map((n) => `${quote(n.words)} is ${n.source === 'this reference' ? 'this reference\u2019s wording of' : `how ${n.source} words`} ${n.family} ${n.code}`);
  return `No code is written in the text, but its words name one: ${parts.join('; ')}. Look that code up for what it means; the number itself was not printed, so it is not listed as a finding.`;
}

const indexes = new WeakMap<DecoderData, WordingIndex>();

/** The wording index of a catalog's data, built once per data object. */
function wordingIndexOf(data: DecoderData): WordingIndex {
  let index = indexes.get(data);
  if (!index) {
    index = new WordingIndex([...(data.wordings ?? []), ...titleWordings(data)]); // a source's row first: it is kept when the title says the same
    indexes.set(data, index);
  }
  return index;
}

/** Each code's title is this reference's own wording of it. */
function titleWordings(data: DecoderData): WordingRow[] {
  const rows: WordingRow[] = [];
  for (const [namespace, table] of Object.entries(data.codes)) {
    for (const [code, m] of Object.entries(table)) if (m.status !== 'reserved') rows.push({ namespace, code: Number(code), text: m.title, source: 'this reference' });
  }
  return rows;
}

export function decode(input: string, data: DecoderData, options: DecodeOptions = {}): DecodeResult {
  const explicitApi = options.api?.trim() || undefined;
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : '';
  const work = options.work ?? { count: 0 };
  const ctx: Context = {
    data,
    input: text,
    starts: [],
    explicitApi,
    named: [],
    words: [],
    wordings: wordingIndexOf(data),
    findings: [],
    seen: new Set(),
    successes: 0,
    envelopes: 0,
    recognised: new Set(),
    digits: new Map(),
    aboutDsm: undefined,
    families: new Map(),
    uncovered: new Map(),
    blocks: new Map(),
    responses: [],
    responseIndex: new Map(),
    cutNumber: false,
  };
  const empty = { api: explicitApi ?? null, recognised: [], findings: [], successes: 0, diagnosis: null, named: [], library: [], httpStatus: null, cutOff: false };
  try {
    if (text.trim() === '') return withResponses(empty, []);
    const html = notDsm(text);
    if (html && /<!doctype html|<html[\s>]/i.test(text)) {
      return withResponses({ ...empty, recognised: ['HTML page'], diagnosis: html }, []);
    }
    ctx.starts = lineStarts(text);
    const hints = apiHints(text, data.families, { words: true, uncovered: data.uncovered ?? [] });
    ctx.named = hints.filter((h) => h.via !== 'words');
    ctx.words = hints.filter((h) => h.via === 'words');
    work.count += text.length;
    if (/^HTTP\/\d(\.\d)? \d{3}/m.test(text) || /\bHTTP\/\d(\.\d)? \d{3} [A-Z]/.test(text)) ctx.recognised.add('HTTP response');
    const { blocks, problems, capped } = extractBlocks(text, { starts: ctx.starts, work });
    for (const b of blocks) ctx.blocks.set(b.start, b);
    for (const b of blocks) {
      ctx.recognised.add(b.style === 'python' ? 'Python printout' : 'JSON');
      if (b.escaped) ctx.recognised.add('JSON inside a quoted string');
      if (b.start > 0 && !ctx.recognised.has('HTTP response') && /\S/.test(text.slice(Math.max(0, b.start - 200), b.start))) ctx.recognised.add('text around the JSON');
      walk(ctx, b, b.value, [], 0);
    }
    readMessages(ctx, blocks);
    work.count += text.length;
    const library = libraryNumbers(ctx);
    const cutOff = ctx.findings.length === 0 && (ctx.cutNumber || blocks.some((b) => b.truncated && cutBeforeCode(b.value)));
    ctx.findings.sort((a, b) => pointerOrder(a) - pointerOrder(b));
    const broken = [...blocks.flatMap((b) => b.problem ?? []), ...problems];
    if (capped) broken.push(`Only the first ${MAX_BLOCKS} JSON blocks were read; the rest of the text was not.`);
    let diagnosis: string | null = null;
    let named: NamedCode[] = [];
    let httpStatus: DecodeResult['httpStatus'] = null;
    if (ctx.findings.length === 0 && library.length > 0) {
      const l = library[0];
      diagnosis = l ? `${l.code} is ${l.libraryName}’s own number, not a DSM error code: in that library it means ${l.meaning} (raised as ${l.raisedAs}).` : null;
    } else if (cutOff) {
      diagnosis = [notDsm(text), ...broken, 'A DSM error response was cut off before its code, so no number is reported. Paste the whole response (or the log line it came from) to see which error it was.'].filter(Boolean).join(' ');
    } else if (ctx.envelopes === 0 && ctx.findings.length === 0) {
      named = namedCodes(ctx);
      work.count += text.length;
      const status = named.length === 0 ? httpStatusIn(text) : undefined;
      if (status !== undefined) httpStatus = { status, path: data.httpStatusesPath ?? null };
      diagnosis =
        (status !== undefined ? `${status} is an HTTP status from the web server, not a DSM error code: the request was answered before (or instead of) DSM’s API, which reports its codes inside a JSON body.${notDsm(text) ? ` ${notDsm(text)}` : ''}` : null) ??
        notDsm(text) ??
        (named.length > 0
          ? namedDiagnosis(named)
          : blocks.length > 0
            ? 'JSON was found, but it is not a DSM API response: a DSM response has a "success" field, and an "error" object when it failed.'
            : 'No DSM API response found. Paste the JSON the NAS returned; it starts with {"success": ...');
    } else if (broken.length > 0) {
      // A cut-off response next to a connection error: the error is the likelier story.
      const elsewhere = ctx.findings.length === 0 ? notDsm(text) : null;
      diagnosis = [elsewhere, ...broken].filter(Boolean).join(' ');
    }
    const first = ctx.findings.find((f) => f.api)?.api ?? explicitApi ?? null;
    const hintApi = ctx.named.find((h) => h.via !== 'cgi')?.api ?? ctx.named[0]?.api ?? null;
    return withResponses(
      {
        api: explicitApi ?? first ?? hintApi,
        recognised: [...ctx.recognised],
        findings: ctx.findings,
        successes: ctx.successes,
        diagnosis,
        named,
        library,
        httpStatus,
        cutOff,
      },
      ctx.responses,
    );
  } catch (e) {
    // The decoder must never take the page down; report what happened instead.
    return withResponses(
      {
        ...empty,
        recognised: [...ctx.recognised],
        findings: ctx.findings,
        successes: ctx.successes,
        diagnosis: `The decoder stopped early (${e instanceof Error ? e.message : String(e)}); what it found before that is shown.`,
      },
      ctx.responses,
    );
  }
}

/** An HTTP status written as one: `<Response [502]>`, `HTTP/1.1 404`, `status: 200`, `statusCode: 403`. */
const HTTP_STATUS = /<Response \[(\d{3})\]>|\bHTTP\/\d(?:\.\d)? (\d{3})\b|\b(?:status[ _-]?code|status|http[ _-]?status|http[ _-]?code)\\?["']?[ \t]*[:=][ \t]*["']?(\d{3})(?![0-9])/i;

function httpStatusIn(text: string): number | undefined {
  const m = HTTP_STATUS.exec(text);
  const digits = m?.[1] ?? m?.[2] ?? m?.[3];
  return digits ? Number(digits) : undefined;
}

/** A cut-off block that is a DSM error without its code: `{"success":false,"error":{"co`. */
function cutBeforeCode(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const failed = value['success'] === false || value['success'] === 'false';
  const err = value['error'];
  return (failed && (err === undefined || isRecord(err))) || (isRecord(err) && asCode(err['code']) === undefined);
}

/** `code: -2`, `'code': 9999`: a number written as a code, with its offset. */
const CODE_NUMBER = /\bcode\\?["']?[ \t]*[:=][ \t]*(-?\d{1,8})(?![0-9])/gi;

/** Libraries' own numbers: a number written as a code that a library uses, when the text carries that library's words. */
function libraryNumbers(ctx: Context): LibraryFinding[] {
  const table: readonly LibraryCode[] = ctx.data.libraryCodes ?? [];
  if (table.length === 0) return [];
  const lower = ctx.input.toLowerCase();
  const cued = table.filter((l) => l.cues.some((c) => c !== '' && lower.includes(c.toLowerCase())));
  if (cued.length === 0) return [];
  const out: LibraryFinding[] = [];
  const seen = new Set<string>();
  for (const m of ctx.input.matchAll(CODE_NUMBER)) {
    const n = Number(m[1]);
    const offset = m.index + m[0].length - (m[1] ?? '').length;
    for (const l of cued) {
      if (l.code !== n || seen.has(`${l.library}|${n}`)) continue;
      // A DSM code read from the same place is DSM's: the library's number is only one DSM never uses.
      if (ctx.findings.some((f) => f.code === n)) continue;
      seen.add(`${l.library}|${n}`);
      const at = positionAt(ctx.starts, offset);
      out.push({ code: n, library: l.library, libraryName: l.libraryName, meaning: l.meaning, raisedAs: l.raisedAs, path: l.path, place: { line: at.line, column: at.column, pointer: '' } });
    }
    if (out.length >= 20) break;
  }
  return out;
}

/** Findings in the order of the text: by line, then column (a block's findings keep their order). */
function pointerOrder(f: Finding): number {
  return f.place.line * 1_000_000_000 + f.place.column;
}
