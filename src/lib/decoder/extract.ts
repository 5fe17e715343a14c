/**
 * Finds JSON-like blocks in arbitrary text (a log line, an HTTP dump, a Python printout) and
 * parses each as leniently as it must, recording where a block broke. Never throws.
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
}

/** Line and column (1-based) of an offset. */
export function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const where = (p: Position) => `line ${p.line}, column ${p.column}`;

/**
 * From an opening brace or bracket, the offset just past its match, honouring strings in either
 * quote style; or -1 when the text ends first (a cut-off paste).
 */
function matchEnd(text: string, start: number): number {
  const stack: string[] = [];
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') stack.push(ch === '{' ? '}' : ']');
    else if (ch === '}' || ch === ']') {
      if (stack.pop() !== ch) return i + 1;
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

/** Python's repr: u'...' prefixes go; jsonrepair handles quotes and True/False/None. */
function depython(text: string): string {
  return text.replace(/([[{:,(]\s*)[uUbB](?=['"])/g, '$1');
}

const looksPython = (text: string) => /'[^']*'\s*:|\b(True|False|None)\b/.test(text);

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

/** Parses one candidate block; undefined when it is not data at all. */
function parseBlock(input: string, start: number, end: number, truncated: boolean): Block | undefined {
  const text = input.slice(start, end);
  const at = positionOf(input, start);
  try {
    return { start, end, at, value: JSON.parse(text), style: 'json' };
  } catch {
    // Not strict JSON: a Python printout, or broken JSON; repair below, but only what looks like
    // a DSM response, so a "[INFO]" tag in a log line is not mistaken for broken JSON.
  }
  if (!/(success|error|code)['"]?\s*:/.test(text)) return undefined;
  let repaired: unknown;
  try {
    repaired = JSON.parse(jsonrepair(depython(text)));
  } catch {
    return undefined;
  }
  if (repaired === null || typeof repaired !== 'object') return undefined;
  if (truncated) {
    const endAt = positionOf(input, Math.max(start, end - 1));
    return { start, end, at, value: repaired, style: 'repaired', problem: `The JSON is cut off: the text ends at ${where(endAt)} before the block that starts at ${where(at)} is closed. What could be read is shown.` };
  }
  if (looksPython(text)) return { start, end, at, value: repaired, style: 'python' };
  const strict = parseStrictError(text);
  const brokeAt = strict.offset !== undefined ? ` at ${where(positionOf(input, start + strict.offset))}` : '';
  return { start, end, at, value: repaired, style: 'repaired', problem: `The JSON is malformed${brokeAt} (${strict.message.replace(/ in JSON at position \d+.*$/, '')}). It was repaired as far as possible; check the values shown.` };
}

export interface Extraction {
  blocks: Block[];
  /** Problems outside any block, such as a stray closing brace. */
  problems: string[];
  /** True when the text held more blocks than were read. */
  capped: boolean;
}

/** Every top-level JSON-like block in the text, in order. Linear in the size of the input. */
export function extractBlocks(input: string, maxBlocks = MAX_BLOCKS): Extraction {
  const blocks: Block[] = [];
  const problems: string[] = [];
  const opener = /[{[]/g;
  let i = 0;
  while (i < input.length && blocks.length < maxBlocks) {
    opener.lastIndex = i;
    const found = opener.exec(input);
    if (!found) break;
    const start = found.index;
    const end = matchEnd(input, start);
    const truncated = end === -1;
    const stop = truncated ? input.length : end;
    const block = parseBlock(input, start, stop, truncated);
    if (block) {
      blocks.push(block);
      const after = /^\s*([}\]])/.exec(input.slice(stop, stop + 200));
      if (after) {
        const at = positionOf(input, stop + after[0].length - 1);
        problems.push(`An extra \u201c${after[1]}\u201d at ${where(at)} after the JSON was ignored.`);
      }
      i = stop;
    } else {
      // Not data: skip just this bracket, or the whole cut-off rest, so the scan stays linear.
      i = truncated ? input.length : start + 1;
    }
  }
  const capped = blocks.length >= maxBlocks && /[{[]/.test(input.slice(i));
  return { blocks, problems, capped };
}

/** How many blocks one paste may yield: a long log has the same error many times over. */
export const MAX_BLOCKS = 1000;
