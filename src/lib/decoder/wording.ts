/**
 * How the sources word each code: "No such account or incorrect password" is Auth 400 whoever
 * prints it. Built from rows of {namespace, code, text, source} that come from the catalog (each
 * code's title and every citation's `says`), so rows from more source tables can be added later
 * without touching the decoder.
*/
import type { z } from 'astro/zod';
import type { wordingRowSchema } from '../views';

/** One source's wording of one code; its contract is `wordingRowSchema` in src/lib/views.ts. */
export type WordingRow = z.output<typeof wordingRowSchema>;

/** Lower case, every run of other characters one space: "Error: Permission-denied!" -> "error permission denied". */
export function normalizeWords(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

interface Entry {
  row: WordingRow;
  norm: string;
  words: string[];
}

export interface WordingMatch {
  row: WordingRow;
  /** Offset in the scanned text where the words start (for `scan`). */
  offset?: number;
}

/** A phrase distinctive enough to name a code on its own, without a number beside it. */
const distinctive = (e: Entry) => e.words.length >= 3 && e.norm.length >= 15;

export class WordingIndex {
  private readonly byCode = new Map<number, Entry[]>();
  private readonly byStart = new Map<string, Entry[]>();
  /** The first word of every distinctive phrase: most words of a text are not one, and skip the pair lookup. */
  private readonly firstWords = new Set<string>();

  constructor(rows: readonly WordingRow[]) {
    const seen = new Set<string>();
    for (const row of rows) {
      const norm = normalizeWords(row.text);
      if (norm === '') continue;
      const key = `${row.namespace}|${row.code}|${norm}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry: Entry = { row, norm, words: norm.split(' ') };
      const list = this.byCode.get(row.code) ?? [];
      list.push(entry);
      this.byCode.set(row.code, list);
      if (distinctive(entry)) {
        const start = `${entry.words[0]} ${entry.words[1]}`;
        this.firstWords.add(entry.words[0] ?? '');
        const same = this.byStart.get(start) ?? [];
        same.push(entry);
        this.byStart.set(start, same);
      }
    }
  }

  /** The rows for `code` whose words appear in `window` (a few dozen characters near the number). */
  near(code: number, window: string): WordingMatch[] {
    const entries = this.byCode.get(code);
    if (!entries) return [];
    const text = ` ${normalizeWords(window)} `;
    return entries.filter((e) => text.includes(` ${e.norm} `)).map((e) => ({ row: e.row }));
  }

  /**
   * Distinctive phrases anywhere in the text, each with where it starts. Linear: the text is
   * split into words once, and each word pair is looked up in a map of phrase beginnings.
   */
  scan(text: string, limit = 20): WordingMatch[] {
    if (this.byStart.size === 0) return [];
    // Words longer than any phrase's words cannot match; they are kept short so the scan stays light.
    const words: string[] = [];
    const at: number[] = [];
    const re = /[A-Za-z0-9]+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      words.push(m[0].length > 40 ? '' : m[0].toLowerCase());
      at.push(m.index);
    }
    const out: WordingMatch[] = [];
    const seen = new Set<string>();
    for (let i = 0; i + 1 < words.length && out.length < limit; i++) {
      if (!this.firstWords.has(words[i] ?? '')) continue;
      const candidates = this.byStart.get(`${words[i]} ${words[i + 1]}`);
      if (!candidates) continue;
      for (const e of candidates) {
        let ok = true;
        for (let k = 2; k < e.words.length && ok; k++) if (words[i + k] !== e.words[k]) ok = false;
        const key = `${e.row.namespace}|${e.row.code}`;
        if (ok && !seen.has(key)) {
          seen.add(key);
          out.push({ row: e.row, offset: at[i] ?? 0 });
        }
      }
    }
    return out;
  }
}
