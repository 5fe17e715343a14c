/** Who says what: per-source usage and the list of codes whose sources disagree. */
import type { Catalog, CodeEntry, ResolvedCitation, Source, TableRow } from './catalog';
import { sourceKinds, type SourceKind } from './schema';
import { homeFamilies, scopeFamilies } from './tables';

export interface SourceUsage {
  source: Source;
  /** Codes that cite the source. */
  cited: number;
  /** Codes where it gives another meaning than the headline. */
  disagrees: number;
  /** Rows in the source's table (content/tables/<source>.tsv). */
  rows: number;
  /** Rows that at least one code page cites. */
  citedRows: number;
  /** Rows cited by a page whose headline they agree with. */
  agreeingRows: number;
  /** Rows cited only where they disagree with the headline, in part or in full. */
  disputingRows: number;
  /** Rows that a family leaves out on purpose, with a reason. */
  leftOutRows: number;
  /** Rows for APIs the site has no family for. */
  outsideRows: number;
}

/** What a row of a source's table became on the site. */
export interface RowUse {
  row: TableRow;
  /** The code pages that cite it, with their citation. */
  citedOn: readonly { entry: CodeEntry; citation: ResolvedCitation }[];
  /** Why a family leaves it out, when it does. */
  leftOut?: { family: string; reason: string } | undefined;
  /** The row lies in a family's reserved range, shown there as reserved. */
  reserved: boolean;
  /** No family of the site covers the row's scope. */
  outside: boolean;
  /** For a version's own table (which no page cites): the pages of the code it lists. */
  listedOn: readonly CodeEntry[];
}

export function rowUses(catalog: Catalog, sourceId: string): RowUse[] {
  const dates = catalog.source(sourceId)?.versionTable !== undefined;
  return catalog.rows(sourceId).map((row) => {
    const homes = homeFamilies(row, catalog.namespaces);
    const deciders = [...homes, ...scopeFamilies(row.scope, catalog.namespaces)];
    const left = deciders.flatMap((f) => f.leftOutCodes.filter((l) => l.code === row.code && l.sources.includes(sourceId)).map((l) => ({ family: f.id, reason: l.reason })))[0];
    const citedOn = catalog.citationsOfRow(row);
    return {
      row,
      citedOn,
      leftOut: left,
      reserved: citedOn.length === 0 && homes.some((h) => h.reserved.some((r) => row.code >= r.from && row.code <= r.to)),
      outside: homes.length === 0,
      listedOn: dates ? homes.flatMap((h) => catalog.entry(h.id, row.code) ?? []) : [],
    };
  });
}

export function sourceUsage(catalog: Catalog): SourceUsage[] {
  const all = catalog.all();
  return catalog.sources.map((source) => {
    const mine = all.filter((e) => e.sources.some((c) => c.source === source.id));
    const uses = rowUses(catalog, source.id);
    const cited = uses.filter((u) => u.citedOn.length > 0);
    const agreeing = cited.filter((u) => u.citedOn.some((c) => c.citation.agrees === 'yes'));
    return {
      source,
      cited: mine.length,
      disagrees: mine.filter((e) => e.sources.some((c) => c.source === source.id && c.agrees !== 'yes' && c.basis !== 'reservation')).length,
      rows: uses.length,
      citedRows: cited.length,
      agreeingRows: agreeing.length,
      disputingRows: cited.length - agreeing.length,
      leftOutRows: uses.filter((u) => u.citedOn.length === 0 && u.leftOut !== undefined).length,
      outsideRows: uses.filter((u) => u.outside).length,
    };
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
  const top = catalog.headline(e);
  if (!top) return '';
  const kind = {
    'official-guide': "it is Synology's own guide, and official guides outrank observed behaviour, client libraries and circulating tables",
    'synology-code': "it is code Synology itself wrote and published, which outranks DSM's interface texts, observed behaviour, client libraries and circulating tables",
    'dsm-ui': "it is the message DSM's own web interface shows for this code, which outranks observed behaviour, client libraries and circulating tables",
    observed: 'it reports behaviour seen on real devices, which outranks client libraries and circulating tables',
    library: 'no official guide lists this code, and it ranks highest among the libraries that do',
    'original-tables': 'it is the only source',
  }[top.src.kind];
  return `This reference follows ${top.src.kind === 'official-guide' ? `Synology's ${top.src.name}` : top.src.name} (${top.src.edition}) because ${kind}.`;
}

/** What one kind of source (official guides, Synology's own code, ...) contributes to the site. */
export interface KindCoverage {
  kind: SourceKind;
  /** Sources of this kind. */
  sources: number;
  /** Code pages that cite at least one source of this kind. */
  codes: number;
  /** Code pages whose headline follows a source of this kind. */
  headlines: number;
  /** Families with at least one such code page. */
  families: number;
}

/**
 * Codes and families per kind of source, in order of authority; a source that only dates codes
 * (a version's own table) counts as a source of its kind but cites nothing.
 */
export function kindCoverage(catalog: Catalog): KindCoverage[] {
  const all = catalog.all();
  return sourceKinds.map((kind) => {
    const citing = all.filter((e) => catalog.citations(e).some((c) => c.src.kind === kind));
    return {
      kind,
      sources: catalog.sources.filter((s) => s.kind === kind).length,
      codes: citing.length,
      headlines: all.filter((e) => catalog.headline(e)?.src.kind === kind).length,
      families: new Set(citing.map((e) => e.namespace)).size,
    };
  });
}
