/**
 * The decoder: any pasted text (and optionally the API name) in, every DSM error code in it out,
 * each with where it was found and what it means for the API that returned it. Shared by the
 * decode page and the command line. It never throws and never reports a number that is not in
 * the input.
 */
import { resolveFamily } from '../resolve';
import type { Category, Status } from '../schema';
import type { DecoderData } from './data';
import { extractBlocks, MAX_BLOCKS, type Block } from './extract';
import { apiHints, type ApiHint } from './hints';

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
  /** When namespace is null: the families that define this number. */
  candidates: string[];
  /** The meaning's title, or null when no source documents the code (or it is ambiguous). */
  title: string | null;
  /** Where it was found: `line:column` of the block, then a JSON pointer inside it. */
  pointer: string;
  /** Extra context from the response, such as the path of a file item. */
  detail: Record<string, unknown> | null;
  /** The API name the code was resolved with, when known. */
  api: string | null;
  /** One meaning when resolved; one per candidate family when ambiguous; none when undocumented. */
  meanings: Meaning[];
  /** A sentence for the reader when the code needs one (undocumented, uncovered API, file item). */
  note: string | null;
}

export interface DecodeResult {
  api: string | null;
  /** What the input was recognised as ("JSON", "Python printout", "HTTP response", ...). */
  recognised: string[];
  findings: Finding[];
  /** Responses that reported success and carried no error. */
  successes: number;
  diagnosis: string | null;
}

export interface DecodeOptions {
  api?: string | undefined;
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

interface Context {
  data: DecoderData;
  input: string;
  explicitApi: string | undefined;
  hints: ApiHint[];
  findings: Finding[];
  successes: number;
  envelopes: number;
  recognised: Set<string>;
}

/** The API for a finding: explicit, then its own (compound result, wrapped error), then the text's. */
function apiFor(ctx: Context, own: string | undefined, offset: number): { api: string | null; family: string | null } {
  const pick = (api: string) => {
    // An API given as a CGI path (auth.cgi, FileStation/file_share.cgi) names a family directly.
    const cgi = /\.cgi\b/i.test(api) ? apiHints(api, ctx.data.families).find((h) => h.via === 'cgi') : undefined;
    return { api, family: cgi?.family ?? resolveFamily(api, ctx.data.families)?.family ?? null };
  };
  if (ctx.explicitApi) return pick(ctx.explicitApi);
  if (own) return pick(own);
  const named = ctx.hints.filter((h) => h.via !== 'cgi');
  const before = named.filter((h) => h.offset <= offset);
  const hint = before[before.length - 1] ?? named[0];
  if (hint) return pick(hint.api);
  const cgi = ctx.hints.find((h) => h.via === 'cgi');
  if (cgi) return { api: cgi.api, family: cgi.family ?? null };
  return { api: null, family: null };
}

function meaning(ctx: Context, namespace: string, code: number): Meaning | undefined {
  const m = ctx.data.codes[namespace]?.[String(code)];
  if (!m) return undefined;
  const family = ctx.data.families.find((f) => f.id === namespace)?.name ?? namespace;
  return { namespace, family, title: m.title, action: m.action, category: m.category, status: m.status };
}

function definers(ctx: Context, code: number, except = 'common'): string[] {
  return ctx.data.families.filter((f) => f.id !== except && ctx.data.codes[f.id]?.[String(code)]).map((f) => f.id);
}

const COMMON = 'common';

function resolveCode(
  ctx: Context,
  code: number,
  api: string | null,
  family: string | null,
): Pick<Finding, 'namespace' | 'candidates' | 'title' | 'meanings' | 'note'> {
  const specific = family && family !== COMMON ? family : null;
  // Codes below 400 are shared by every API, unless the API's family words them its own way.
  if (code < 400) {
    const own = specific ? meaning(ctx, specific, code) : undefined;
    if (own && specific) return { namespace: specific, candidates: [], title: own.title, meanings: [own], note: null };
    const m = meaning(ctx, COMMON, code);
    if (m) return { namespace: COMMON, candidates: [], title: m.title, meanings: [m], note: null };
    const reserved = ctx.data.families.find((f) => f.id === COMMON)?.reserved?.find((r) => code >= r.from && code <= r.to);
    if (reserved) return { namespace: COMMON, candidates: [], title: null, meanings: [], note: `Reserved: ${reserved.note}` };
    return { namespace: COMMON, candidates: [], title: null, meanings: [], note: `No source documents ${code} among the codes shared by every API.` };
  }
  if (specific) {
    const m = meaning(ctx, specific, code);
    if (m) return { namespace: specific, candidates: [], title: m.title, meanings: [m], note: null };
    const name = ctx.data.families.find((f) => f.id === specific)?.name ?? specific;
    return { namespace: specific, candidates: [], title: null, meanings: [], note: `Undocumented: no source this reference follows documents ${name} ${code}.` };
  }
  const candidates = definers(ctx, code);
  const meanings = candidates.flatMap((ns) => meaning(ctx, ns, code) ?? []);
  const uncovered = api ? `No family in this reference covers ${api}, so ${code} is not forced into one. ` : '';
  if (candidates.length === 0) {
    return { namespace: null, candidates, title: null, meanings, note: `${uncovered}Undocumented: no source this reference follows documents ${code} in any API.` };
  }
  if (candidates.length === 1 && !api) {
    const only = meanings[0];
    return {
      namespace: null,
      candidates,
      title: null,
      meanings,
      note: `Only ${only?.family ?? candidates[0]} defines ${code}; give the API name to be sure.`,
    };
  }
  return {
    namespace: null,
    candidates,
    title: null,
    meanings,
    note: `${uncovered}${code} means different things in different APIs; give the API name (or paste the request) to pick one.`,
  };
}

function addFinding(
  ctx: Context,
  block: Block,
  path: (string | number)[],
  code: number,
  ownApi: string | undefined,
  detail: Record<string, unknown> | null,
  extraNote?: string,
): void {
  // A number that is not written in the input is never reported.
  if (!ctx.input.includes(String(code))) return;
  const { api, family } = apiFor(ctx, ownApi, block.start);
  const resolved = resolveCode(ctx, code, api, family);
  ctx.findings.push({
    code,
    ...resolved,
    note: [extraNote, resolved.note].filter(Boolean).join(' ') || null,
    pointer: `${block.at.line}:${block.at.column}/${path.map(pointerSegment).join('/')}`,
    detail,
    api,
  });
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

/** Items shaped `{code, path}` (or `{code, name}`): FileStation's per-file results. */
function fileItems(
  ctx: Context,
  block: Block,
  items: unknown[],
  path: (string | number)[],
  ownApi: string | undefined,
  note: string,
): void {
  items.forEach((item, i) => {
    if (!isRecord(item)) return;
    const code = asCode(item['code']);
    if (code === undefined) return;
    const detail: Record<string, unknown> = {};
    for (const k of ['path', 'name', 'reason', 'message']) if (item[k] !== undefined) detail[k] = item[k];
    addFinding(ctx, block, [...path, i, 'code'], code, ownApi, Object.keys(detail).length ? detail : null, note);
  });
}

function envelope(ctx: Context, block: Block, obj: Record<string, unknown>, path: (string | number)[], ownApi: string | undefined): void {
  ctx.envelopes++;
  const own = ownApi;
  const before = ctx.findings.length;
  const success = obj['success'] === true || obj['success'] === 'true' || obj['success'] === 1;
  const err = obj['error'];
  const bare = asCode(err);
  if (bare !== undefined) {
    ctx.recognised.add('error as a bare number (older form)');
    addFinding(ctx, block, [...path, 'error'], bare, own, null);
  } else if (isRecord(err)) {
    const code = asCode(err['code']);
    const errors = err['errors'];
    if (code !== undefined) addFinding(ctx, block, [...path, 'error', 'code'], code, own, Array.isArray(errors) ? null : detailOf(errors));
    if (Array.isArray(errors)) {
      const outer = code !== undefined ? `Part of error ${code}: the code for this item.` : 'The code for this item.';
      fileItems(ctx, block, errors, [...path, 'error', 'errors'], own, outer);
    }
  }
  const data = obj['data'];
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
    const failed = typeof data['status'] === 'string' && /fail|error/i.test(data['status']);
    for (const [k, v] of Object.entries(data)) {
      if (k === 'result') continue;
      if (Array.isArray(v)) {
        const note = failed ? 'Reported by a task whose status is FAIL.' : success ? 'Reported inside a successful response.' : 'The code for this item.';
        fileItems(ctx, block, v, [...path, 'data', k], own, note);
      }
    }
    const code = asCode(data['code']) ?? asCode(data['error']);
    if (failed && code !== undefined) addFinding(ctx, block, [...path, 'data', asCode(data['code']) !== undefined ? 'code' : 'error'], code, own, null, 'Reported by a task whose status is FAIL.');
  }
  if (success && ctx.findings.length === before) ctx.successes++;
}

/** A client library's error object: `{api, code, reason, details}` without the envelope. */
function isWrappedError(obj: Record<string, unknown>): boolean {
  return asCode(obj['code']) !== undefined && !('success' in obj) && (typeof obj['api'] === 'string' || 'reason' in obj || 'details' in obj || 'error_code' in obj);
}

function walk(ctx: Context, block: Block, value: unknown, path: (string | number)[], depth: number): void {
  if (depth > 64) return;
  if (typeof value === 'string') {
    const t = value.trim();
    if ((t.startsWith('{') || t.startsWith('[')) && /(success|code)/.test(t)) {
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
  if ('success' in value && ('error' in value || 'data' in value)) {
    envelope(ctx, block, value, path, typeof value['api'] === 'string' ? value['api'] : undefined);
    return;
  }
  if (isWrappedError(value)) {
    ctx.recognised.add("a client library's error object");
    const code = asCode(value['code']) ?? 0;
    const detail: Record<string, unknown> = {};
    for (const k of ['reason', 'details', 'method']) if (value[k] !== undefined) detail[k] = value[k];
    addFinding(ctx, block, [...path, 'code'], code, typeof value['api'] === 'string' ? value['api'] : undefined, Object.keys(detail).length ? detail : null);
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
  if (/\b(Connection refused|Could not resolve host|Failed to connect|ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|Name or service not known)\b/i.test(input)) {
    return 'The request never reached DSM: the connection failed before any response. Check the host name, the port, and that the NAS is reachable from this machine.';
  }
  if (/\b(SSL certificate problem|CERTIFICATE_VERIFY_FAILED|self[- ]signed certificate)\b/i.test(input)) {
    return 'The TLS handshake failed, so no request reached DSM. The NAS probably uses a self-signed certificate: trust it, or point the client at the certificate.';
  }
  return null;
}

export function decode(input: string, data: DecoderData, options: DecodeOptions = {}): DecodeResult {
  const explicitApi = options.api?.trim() || undefined;
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : '';
  const ctx: Context = {
    data,
    input: text,
    explicitApi,
    hints: [],
    findings: [],
    successes: 0,
    envelopes: 0,
    recognised: new Set(),
  };
  try {
    if (text.trim() === '') return { api: explicitApi ?? null, recognised: [], findings: [], successes: 0, diagnosis: null };
    const html = notDsm(text);
    if (html && /<!doctype html|<html[\s>]/i.test(text)) {
      return { api: explicitApi ?? null, recognised: ['HTML page'], findings: [], successes: 0, diagnosis: html };
    }
    ctx.hints = apiHints(text, data.families);
    if (/^HTTP\/\d(\.\d)? \d{3}/m.test(text) || /\bHTTP\/\d(\.\d)? \d{3} [A-Z]/.test(text)) ctx.recognised.add('HTTP response');
    const { blocks, problems, capped } = extractBlocks(text);
    for (const b of blocks) {
      ctx.recognised.add(b.style === 'python' ? 'Python printout' : 'JSON');
      if (b.start > 0 && text.slice(0, b.start).trim() !== '' && !ctx.recognised.has('HTTP response')) ctx.recognised.add('text around the JSON');
      walk(ctx, b, b.value, [], 0);
    }
    const broken = [...blocks.flatMap((b) => b.problem ?? []), ...problems];
    if (capped) broken.push(`Only the first ${MAX_BLOCKS} JSON blocks were read; the rest of the text was not.`);
    let diagnosis: string | null = null;
    if (ctx.envelopes === 0 && ctx.findings.length === 0) {
      diagnosis =
        notDsm(text) ??
        (blocks.length > 0
          ? 'JSON was found, but it is not a DSM API response: a DSM response has a "success" field, and an "error" object when it failed.'
          : 'No DSM API response found. Paste the JSON the NAS returned; it starts with {"success": ...');
    } else if (broken.length > 0) {
      // A cut-off response next to a connection error: the error is the likelier story.
      const elsewhere = ctx.findings.length === 0 ? notDsm(text) : null;
      diagnosis = [elsewhere, ...broken].filter(Boolean).join(' ');
    }
    const first = ctx.findings.find((f) => f.api)?.api ?? explicitApi ?? null;
    const hintApi = ctx.hints[0]?.api ?? null;
    return {
      api: explicitApi ?? first ?? hintApi,
      recognised: [...ctx.recognised],
      findings: ctx.findings,
      successes: ctx.successes,
      diagnosis,
    };
  } catch (e) {
    // The decoder must never take the page down; report what happened instead.
    return {
      api: explicitApi ?? null,
      recognised: [...ctx.recognised],
      findings: ctx.findings,
      successes: ctx.successes,
      diagnosis: `The decoder stopped early (${e instanceof Error ? e.message : String(e)}); what it found before that is shown.`,
    };
  }
}
