/** Who says what: per-source usage and the list of codes whose sources disagree. */
import type { Catalog, CodeEntry, Source } from './catalog';

export interface SourceUsage {
  source: Source;
  /** Codes that cite the source. */
  cited: number;
  /** Codes where it gives another meaning than the headline. */
  disagrees: number;
}

export function sourceUsage(catalog: Catalog): SourceUsage[] {
  const all = catalog.all();
  return catalog.sources.map((source) => {
    const mine = all.flatMap((e) => e.sources.filter((c) => c.source === source.id));
    return { source, cited: mine.length, disagrees: mine.filter((c) => c.agrees !== 'yes').length };
  });
}

/** Codes where at least one source does not fully agree with the headline, in family order. */
export function disputedEntries(catalog: Catalog): CodeEntry[] {
  return catalog.namespaces.flatMap((n) => catalog.codes(n.id).filter((e) => catalog.disagreements(e).length > 0));
}

/** The anchor of a code on the disagreements page. */
export const disputeAnchor = (e: Pick<CodeEntry, 'namespace' | 'code'>) => `${e.namespace}-${e.code}`;

/** Why the headline follows the source it follows, in one sentence. */
export function whyFollowed(catalog: Catalog, e: CodeEntry): string {
  const top = catalog.citations(e)[0];
  if (!top) return '';
  const kind = {
    'official-guide': "it is Synology's own guide, and official guides outrank observed behaviour, client libraries and circulating tables",
    'dsm-ui': "it is the message DSM's own web interface shows for this code, which outranks observed behaviour, client libraries and circulating tables",
    observed: 'it reports behaviour seen on real devices, which outranks client libraries and circulating tables',
    library: 'no official guide lists this code, and it ranks highest among the libraries that do',
    'original-tables': 'it is the only source',
  }[top.src.kind];
  return `This reference follows ${top.src.kind === 'official-guide' ? `Synology's ${top.src.name}` : top.src.name} (${top.src.edition}) because ${kind}.`;
}
