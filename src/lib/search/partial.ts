/**
 * When no page (or only a page or two) has every word of a long phrase, for example a library's
 * message with a word no page uses, search each content word on its own and rank the pages by how
 * much of the phrase they cover. A word few pages use counts for more than one many pages use, so
 * "password" decides more than "account".
 */

/** One content word and the pages that full-text search found for it. */
export interface WordHits {
  word: string;
  results: readonly { id: string; score: number }[];
}

export interface PartialMatch {
  id: string;
  /** The words this page has, in the query's order. */
  covered: string[];
  /** Share of the phrase's weight the page covers, 0 to 1. */
  coverage: number;
  /** The sum of the page's scores for its words: the tie-break. */
  score: number;
}

/** Fewer pages than this with every word, and the search adds the closest partial matches. */
export const FEW_RESULTS = 3;

/** Whether the all-words search found too little for a phrase of this many content words. */
export function needsPartial(allWordsCount: number, contentWordCount: number): boolean {
  return contentWordCount >= 2 && allWordsCount < FEW_RESULTS;
}

/** How much a word tells: high when few of the `pages` have it (inverse document frequency). */
export function wordWeight(pagesWithWord: number, pages: number): number {
  return Math.max(0.1, Math.log((pages + 1) / (pagesWithWord + 0.5)));
}

/** Pages that have at least one of the words, the ones covering most of the phrase first. */
export function rankPartial(perWord: readonly WordHits[], pages: number): PartialMatch[] {
  const weights = perWord.map((w) => wordWeight(w.results.length, pages));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const byId = new Map<string, { covered: string[]; weight: number; score: number; first: number }>();
  let order = 0;
  perWord.forEach((w, i) => {
    for (const r of w.results) {
      let m = byId.get(r.id);
      if (!m) {
        m = { covered: [], weight: 0, score: 0, first: order++ };
        byId.set(r.id, m);
      }
      if (m.covered.includes(w.word)) continue;
      m.covered.push(w.word);
      m.weight += weights[i] ?? 0;
      m.score += r.score;
    }
  });
  return [...byId.entries()]
    .map(([id, m]) => ({ id, covered: m.covered, coverage: m.weight / total, score: m.score, first: m.first }))
    .sort((a, b) => b.coverage - a.coverage || b.covered.length - a.covered.length || b.score - a.score || a.first - b.first)
    .map(({ id, covered, coverage, score }) => ({ id, covered, coverage, score }));
}
