/**
 * One number across families: which numbers are shared, and how far apart their meanings are.
 * Everything is computed from the catalog, so a new code or family shows up in every view.
 */
import type { Catalog, CodeEntry, Namespace } from './catalog';
import { categoryLabels } from './categories';
import type { Category } from './schema';

export interface SharedNumber {
  code: number;
  /** One entry per family that defines the number, in family order. */
  entries: readonly CodeEntry[];
}

/** Numbers defined by two or more families, in numeric order. */
export function sharedNumbers(catalog: Catalog): SharedNumber[] {
  const seen = new Set<number>();
  const out: SharedNumber[] = [];
  for (const e of catalog.all()) {
    if (seen.has(e.code)) continue;
    seen.add(e.code);
    const entries = catalog.withNumber(e.code);
    if (entries.length >= 2) out.push({ code: e.code, entries });
  }
  return out;
}

/** The families that define at least one shared number: the columns of the overview. */
export function sharingFamilies(catalog: Catalog, shared = sharedNumbers(catalog)): Namespace[] {
  const ids = new Set(shared.flatMap((s) => s.entries.map((e) => e.namespace)));
  return catalog.namespaces.filter((n) => ids.has(n.id));
}

/** Whether a number is shared, for links from code and family pages. */
export function isShared(catalog: Catalog, code: number): boolean {
  return catalog.withNumber(code).length >= 2;
}

const names = (catalog: Catalog, entries: readonly CodeEntry[]) =>
  listJoin(entries.map((e) => catalog.namespace(e.namespace)?.name ?? e.namespace));

const article = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

export function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface Closeness {
  /** "close" when every family files the number under one category, "far" when none share one. */
  verdict: 'close' | 'mixed' | 'far';
  sentence: string;
}

/**
 * A plain statement of how near the meanings are, by category: the reader should not have to
 * diff paragraphs to learn that 402 is a permission problem in two APIs and a busy system in a third.
 */
export function closeness(catalog: Catalog, shared: SharedNumber): Closeness {
  const groups = new Map<Category, CodeEntry[]>();
  for (const e of shared.entries) groups.set(e.category, [...(groups.get(e.category) ?? []), e]);
  const label = (category: Category) => categoryLabels[category].toLowerCase();
  const n = shared.code;
  if (groups.size === 1) {
    const category = shared.entries[0]?.category ?? 'internal';
    return {
      verdict: 'close',
      sentence: `Close meanings: ${names(catalog, shared.entries)} ${shared.entries.length === 2 ? 'both' : 'all'} use ${n} for ${article(label(category))} problem, though the details differ.`,
    };
  }
  const pairs = [...groups.entries()].filter(([, es]) => es.length > 1);
  if (pairs.length === 0) {
    const parts = shared.entries.map((e) => `${catalog.namespace(e.namespace)?.name ?? e.namespace}: ${label(e.category)}`);
    return {
      verdict: 'far',
      sentence: `Far apart: each family uses ${n} for a different kind of problem (${parts.join('; ')}). Knowing which API you called is essential.`,
    };
  }
  const together = pairs.map(([category, es]) => `${names(catalog, es)} ${es.length === 2 ? 'both' : 'all'} use ${n} for ${article(label(category))} problem`);
  const alone = [...groups.entries()]
    .filter(([, es]) => es.length === 1)
    .map(([category, es]) => `${names(catalog, es)} uses it for something else (${label(category)})`);
  return { verdict: 'mixed', sentence: `Partly close: ${[...together, ...alone].join('; ')}.` };
}

