/**
 * What a share link carries. Not the paste: only what the decoder used from it.
 *  - Each DSM response that held a code, re-written from its parsed value: secret keys blanked
 *    (structurally, whatever quoting the paste used), parts that led to no code left out.
 *  - Each message line a code was read from (a finding from a message's words), scrubbed.
 *  - The API name the text gave (`api=SYNO...` or a .cgi path), never the line around it.
 *  - The API field, when it holds an API name; anything else typed there is left out.
 * Then the text scrub of redact.ts runs over the whole payload anyway, as a last guarantee.
 * A link over MAX_FRAGMENT characters is refused, and so is such a link when opened.
 */
import type { DecoderData } from './data';
import { decode, type DecodeResult, type ReadBlock } from './decode';
import { apiHints } from './hints';
import { isSecretName, redact, removedMark, STRUCTURAL } from './redact';

import { apiFieldName, kb, MAX_FRAGMENT } from './share-link';

export { MAX_FRAGMENT, readFragment, REMOVED_PREFIX, apiFieldName, type OpenedShare } from './share-link';

export interface SharePreview {
  /** Exactly the text the link carries: it is what the box shows when the link is opened. */
  input: string;
  /** The API name the link carries, or '' when none. */
  api: string;
  /** The URL fragment (without '#'), or null when the link is refused. */
  fragment: string | null;
  /** Why there is no link, when there is none. */
  refusal: string | null;
  /** Names of the secrets removed, each once. */
  removed: string[];
  /** How many responses, message lines and API names the link carries. */
  responses: number;
  messages: number;
  hints: number;
  /** How many lines of the paste are left out entirely. */
  linesLeftOut: number;
  /** Set when the API field was not carried as typed. */
  apiNote: string | null;
}

type Trie = Map<string, Trie>;

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** "/error/errors/0/code" -> ["error", "errors", "0", "code"] */
function pointerPath(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer);
}

function addPath(trie: Trie, path: string[]): void {
  let node = trie;
  for (const seg of path) {
    let next = node.get(seg);
    if (!next) {
      next = new Map();
      node.set(seg, next);
    }
    node = next;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Objects not on the way to a code are kept only when small: enough for the details a finding shows. */
const SMALL = 600;

class Cleaner {
  readonly removed = new Set<string>();

  private mark(name: string): string {
    const label = name.toLowerCase().slice(0, 40);
    this.removed.add(label);
    return removedMark(label);
  }

  /** A string value: JSON inside it is cleaned structurally, anything else is scrubbed as text. */
  text(s: string): string {
    const t = s.trim();
    if ((t.startsWith('{') || t.startsWith('[')) && t.length < 5_000_000) {
      try {
        const inner: unknown = JSON.parse(t);
        if (typeof inner === 'object' && inner !== null) return JSON.stringify(this.value(inner, null, 0));
      } catch {
        // Not strict JSON (a Python printout in a string): scrubbed as text below.
      }
    }
    const r = redact(s);
    for (const name of r.removed) this.removed.add(name);
    return r.text;
  }

  /** Everything under a secret key is removed, except the keys of a DSM response. */
  secret(value: unknown, name: string, depth: number): unknown {
    if (value === null || value === undefined) return value;
    if (depth > 64) return this.mark(name);
    if (Array.isArray(value)) return value.map((v) => this.secret(v, name, depth + 1));
    if (isRecord(value)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = STRUCTURAL.has(k.toLowerCase()) ? this.value(v, null, depth + 1) : this.secret(v, `${name} ${k}`.slice(0, 40), depth + 1);
      return out;
    }
    return this.mark(name);
  }

  /**
   * A parsed value with its secrets removed. `paths` are the ways down to the codes the decoder
   * found: where given, arrays keep only the items that lead to a code, and objects not leading
   * to one are kept only when small.
   */
  value(value: unknown, paths: Trie | null, depth: number): unknown {
    if (depth > 64) return null;
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) {
      if (!paths) return value.map((v) => this.value(v, null, depth + 1));
      const out: unknown[] = [];
      value.forEach((v, i) => {
        const sub = paths.get(String(i));
        if (sub) out.push(this.value(v, sub, depth + 1));
      });
      return out;
    }
    if (!isRecord(value)) return value;
    // HAR and similar: {"name": "Cookie", "value": "..."}.
    const named = typeof value['name'] === 'string' && isSecretName(value['name']) ? value['name'] : null;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (named && k.toLowerCase() === 'value') {
        out[k] = this.secret(v, named, depth + 1);
        continue;
      }
      if (isSecretName(k)) {
        out[k] = this.secret(v, k, depth + 1);
        continue;
      }
      const sub = paths?.get(k);
      if (paths && !sub && typeof v === 'object' && v !== null && !small(v)) continue;
      out[k] = this.value(v, sub ?? null, depth + 1);
    }
    return out;
  }
}

function small(v: unknown): boolean {
  try {
    return (JSON.stringify(v)?.length ?? 0) <= SMALL;
  } catch {
    return false;
  }
}

const CGI_AT = /^(?:[A-Za-z0-9_]{1,64}\/){0,4}[A-Za-z0-9_]{1,64}\.cgi/;

interface Piece {
  offset: number;
  text: string;
  kind: 'response' | 'message' | 'hint';
}

/** Whether `code` is written in `text` as a number of its own (not inside a longer run of digits). One pass. */
function hasNumber(text: string, code: number): boolean {
  const digits = String(code);
  for (let at = text.indexOf(digits); at !== -1; at = text.indexOf(digits, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + digits.length);
    if (!(before >= 48 && before <= 57) && !(after >= 48 && after <= 57)) return true;
  }
  return false;
}

function lineBounds(text: string, lineNo: number, lineStarts: number[]): { start: number; end: number } | undefined {
  const start = lineStarts[lineNo - 1];
  if (start === undefined) return undefined;
  const next = text.indexOf('\n', start);
  return { start, end: next === -1 ? text.length : next };
}

/** Builds what a share link for this paste would carry, for the user to see before copying. */
export function buildShare(text: string, apiField: string, data: DecoderData, decoded?: DecodeResult): SharePreview {
  // A result that lost its blocks (copied, or posted between threads) is decoded again.
  const result = decoded?.responses ? decoded : decode(text, data, { api: apiField });
  const cleaner = new Cleaner();
  const pieces: Piece[] = [];

  // The API field: an API name or CGI path, nothing else.
  const api = apiFieldName(apiField);
  const typed = apiField.trim();
  const apiNote = typed === '' || typed === api ? null : api ? `Only the API name ${api} is carried from the API field.` : 'The API field is left out: it holds no API name (SYNO.… or a .cgi path).';

  // The responses that held a code, with only the ways down to those codes: the decoder's own
  // blocks (its result carries them), so the paste is not read a second time.
  const byBlock = new Map<number, Trie>();
  /** Each message line a code was read from, with the codes read from it. */
  const lines = new Map<number, Set<number>>();
  for (const f of result.findings) {
    const index = f.place.block;
    if (f.from === 'message' || index === undefined) {
      const codes = lines.get(f.place.line) ?? new Set<number>();
      codes.add(f.code);
      lines.set(f.place.line, codes);
      continue;
    }
    let trie = byBlock.get(index);
    if (!trie) {
      trie = new Map();
      byBlock.set(index, trie);
    }
    addPath(trie, pointerPath(f.place.pointer));
  }
  const used: ReadBlock[] = [];
  for (const [index, trie] of [...byBlock].sort((a, b) => a[0] - b[0])) {
    const b = result.responses[index];
    if (!b) continue;
    used.push(b);
    const cleaned = cleaner.value(b.value, trie, 0);
    // A fragment cut out of its response is carried inside its "error" key, so it reads the same when opened.
    pieces.push({ offset: b.start, text: JSON.stringify(b.fragment ? { error: cleaned } : cleaned), kind: 'response' });
  }
  used.sort((a, b) => a.start - b.start);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // Blocks are in order and never overlap, so one forward pointer finds the block at an offset.
  const inside = insideBlocks(used);
  for (const [lineNo, codes] of [...lines].sort((a, b) => a[0] - b[0])) {
    const bounds = lineBounds(text, lineNo, lineStarts);
    if (!bounds || inside(bounds.start, bounds.end)) continue;
    let line = cleaner.text(text.slice(bounds.start, bounds.end));
    // A secret whose value runs to the end of the line (`password: ... error 400`) takes the code
    // with it: the link then says which codes the line held, in words of its own.
    const lost = [...codes].filter((code) => !hasNumber(line, code));
    if (lost.length > 0) line += ` (DSM error code ${lost.join(', ')})`;
    pieces.push({ offset: bounds.start, text: line, kind: 'message' });
  }

  // The API names the text gave, when the API field does not give one.
  if (!api && pieces.length > 0) {
    const inBlock = insideBlocks(used);
    const hints = apiHints(text, data.families);
    // The decoder reads a CGI path only when the text names no API: carry one only then.
    const named = hints.some((h) => h.via !== 'cgi');
    for (const h of hints) {
      if (inBlock(h.offset, h.offset + 1) || (named && h.via === 'cgi')) continue;
      let hint = '';
      if (h.via === 'cgi') hint = (CGI_AT.exec(text.slice(h.offset, h.offset + 400))?.[0] ?? '').replace(/^\d+\//, '') || (h.api.includes('*') ? '' : `api=${h.api}`);
      else hint = `api=${h.api}`;
      if (hint) pieces.push({ offset: h.offset, text: hint, kind: 'hint' });
    }
  }
  pieces.sort((a, b) => a.offset - b.offset);
  const kept: Piece[] = [];
  for (const p of pieces) if (!(p.kind === 'hint' && kept[kept.length - 1]?.text === p.text)) kept.push(p);

  // The last guarantee: the text scrub over everything the link carries.
  const final = redact(kept.map((p) => p.text).join('\n'));
  for (const name of final.removed) cleaner.removed.add(name);
  const input = final.text;
  const apiOut = redact(api).text === api ? api : '';

  const totalLines = text === '' ? 0 : lineStarts.length;
  const carriedLines = new Set<number>();
  for (const b of used) for (let l = b.line; l <= b.line + countLines(text, b.start, b.end); l++) carriedLines.add(l);
  for (const l of lines.keys()) carriedLines.add(l);
  const base: Omit<SharePreview, 'fragment' | 'refusal'> = {
    input,
    api: apiOut,
    removed: [...cleaner.removed],
    responses: kept.filter((p) => p.kind === 'response').length,
    messages: kept.filter((p) => p.kind === 'message').length,
    hints: kept.filter((p) => p.kind === 'hint').length,
    linesLeftOut: Math.max(0, totalLines - carriedLines.size),
    apiNote,
  };
  if (kept.every((p) => p.kind === 'hint')) {
    return { ...base, input: '', fragment: null, refusal: 'Nothing to share: the decoder found no DSM error code in this paste, and a link carries only the responses and lines that gave one.' };
  }
  const params = new URLSearchParams();
  params.set('input', input);
  if (apiOut) params.set('api', apiOut);
  const fragment = params.toString();
  if (fragment.length > MAX_FRAGMENT) {
    return { ...base, fragment: null, refusal: `No link: it would be ${kb(fragment.length)}, over the ${kb(MAX_FRAGMENT)} a share link may carry. Paste only the responses you want to share and try again.` };
  }
  return { ...base, fragment, refusal: null };
}

/** For offsets asked in increasing order: whether [start, end) overlaps one of the blocks. */
function insideBlocks(blocks: ReadBlock[]): (start: number, end: number) => boolean {
  let k = 0;
  return (start, end) => {
    while (k < blocks.length && (blocks[k]?.end ?? 0) <= start) k++;
    const b = blocks[k];
    return b !== undefined && b.start < end;
  };
}

function countLines(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

