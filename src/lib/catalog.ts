/**
 * The catalog: every family, code and source, checked against each other and indexed for the
 * pages, the widget and the command line. Pure TypeScript: Astro hands it the parsed collections
 * (see `src/site/catalog.ts`), tests hand it fixtures.
 */
import { checkCitations, citationKey, homeFamilies, rowId, type CitationLinks, type TableRow } from './tables';
import { resolveApi, sharedFamily, type ApiResolution } from './resolve';
import { reservedSegments } from './routes';
import type { AreaData, Citation, CodeData, LibraryCodesData, NamespaceData, SourceData, TableRowData, UncoveredData } from './schema';

/** One parsed content file, as a collection gives it. */
export interface RawEntry<T> {
  /** The collection id (derived from the file path). */
  id: string;
  /** The file, relative to the project root, for error messages. */
  filePath: string;
  data: T;
}

export interface CatalogInput {
  namespaces: RawEntry<NamespaceData>[];
  codes: RawEntry<CodeData>[];
  sources: RawEntry<SourceData>[];
  /** Every row of every source's table (`content/tables/<source>.tsv`), one entry per row. */
  tables: RawEntry<TableRowData>[];
  /** APIs no public table documents (content/uncovered/); none when left out. */
  uncovered?: RawEntry<UncoveredData>[];
  /** Client libraries' own numbers (content/library-codes/); none when left out. */
  libraryCodes?: RawEntry<LibraryCodesData>[];
}

export type Namespace = NamespaceData & { filePath: string };
export type Source = SourceData & { filePath: string };
export type CodeEntry = CodeData & { id: string; filePath: string };
/** A citation with its source and, unless it cites behaviour, the table row it rests on. */
export type ResolvedCitation = Citation & { src: Source; rows: readonly TableRow[] };
export type { TableRow } from './tables';
export type Uncovered = UncoveredData & { filePath: string };
export type Area = AreaData;
export type LibraryCodes = LibraryCodesData & { filePath: string; src: Source };

/** Thrown when the content contradicts itself; `problems` holds one line per problem. */
export class CatalogError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(
      `The content is inconsistent (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        '\nFix the files named above and build again.',
    );
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

const key = (namespace: string, code: number) => `${namespace}/${code}`;

function formatRanges(ns: NamespaceData): string {
  return ns.ranges.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(', ');
}

export class Catalog {
  readonly namespaces: readonly Namespace[];
  readonly sources: readonly Source[];
  /** APIs no public table documents, in id order. */
  readonly uncovered: readonly Uncovered[];
  /** Client libraries' own numbers, one entry per library, in library-name order; each library's numbers in its file's order. */
  readonly libraryCodes: readonly LibraryCodes[];
  private readonly nsById = new Map<string, Namespace>();
  private readonly sourceById = new Map<string, Source>();
  private readonly byKey = new Map<string, CodeEntry>();
  private readonly byNs = new Map<string, CodeEntry[]>();
  private readonly byNumber = new Map<number, CodeEntry[]>();
  private readonly rowsBySource = new Map<string, TableRow[]>();
  private readonly links: CitationLinks;
  private readonly citedBy = new Map<string, { entry: CodeEntry; citation: ResolvedCitation }[]>();
  /** Code key -> the citations elsewhere whose disputed meaning belongs to it; built on first use. */
  private misattributed: Map<string, { entry: CodeEntry; citation: ResolvedCitation }[]> | undefined;

  /** Use `buildCatalog`, which checks the input first. */
  constructor(
    namespaces: Namespace[],
    sources: Source[],
    codes: CodeEntry[],
    rows: TableRow[] = [],
    links: CitationLinks = new Map(),
    uncovered: Uncovered[] = [],
    libraryCodes: Omit<LibraryCodes, 'src'>[] = [],
  ) {
    this.links = links;
    this.uncovered = [...uncovered].sort((a, b) => a.id.localeCompare(b.id));
    for (const r of [...rows].sort((a, b) => a.code - b.code || a.table.localeCompare(b.table))) {
      const list = this.rowsBySource.get(r.source);
      if (list) list.push(r);
      else this.rowsBySource.set(r.source, [r]);
    }
    this.namespaces = [...namespaces].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    this.sources = [...sources].sort((a, b) => a.rank - b.rank);
    for (const ns of this.namespaces) {
      this.nsById.set(ns.id, ns);
      this.byNs.set(ns.id, []);
    }
    for (const s of this.sources) this.sourceById.set(s.id, s);
    this.libraryCodes = libraryCodes
      .flatMap((l) => {
        const src = this.sourceById.get(l.library);
        return src ? [{ ...l, src }] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    const order = new Map(this.namespaces.map((n, i) => [n.id, i]));
    const sorted = [...codes].sort(
      (a, b) => a.code - b.code || (order.get(a.namespace) ?? 0) - (order.get(b.namespace) ?? 0),
    );
    for (const c of sorted) {
      this.byKey.set(key(c.namespace, c.code), c);
      this.byNs.get(c.namespace)?.push(c);
      const same = this.byNumber.get(c.code) ?? [];
      same.push(c);
      this.byNumber.set(c.code, same);
    }
    for (const e of this.all()) {
      for (const citation of this.citations(e)) {
        for (const row of citation.rows) this.citedBy.set(row.id, [...(this.citedBy.get(row.id) ?? []), { entry: e, citation }]);
      }
    }
  }

  /** The rows of a source's table, by code. */
  rows(sourceId: string): readonly TableRow[] {
    return this.rowsBySource.get(sourceId) ?? [];
  }

  /** The code pages whose citations rest on a row. */
  citationsOfRow(row: TableRow): readonly { entry: CodeEntry; citation: ResolvedCitation }[] {
    return this.citedBy.get(row.id) ?? [];
  }

  namespace(id: string): Namespace | undefined {
    return this.nsById.get(id);
  }

  source(id: string): Source | undefined {
    return this.sourceById.get(id);
  }

  /** The family that covers an API name, or the uncovered API it belongs to (see `resolveApi`). */
  resolveApi(api: string): ApiResolution | undefined {
    return resolveApi(api, this.namespaces, this.uncovered);
  }

  /** The area a code belongs to, when its family has areas. */
  area(entry: Pick<CodeEntry, 'namespace' | 'area'>): Area | undefined {
    if (entry.area === undefined) return undefined;
    return this.nsById.get(entry.namespace)?.areas.find((a) => a.id === entry.area);
  }

  /** A family's codes in one area, in numeric order. */
  codesInArea(namespace: string, area: string): CodeEntry[] {
    return this.codes(namespace).filter((c) => c.area === area);
  }

  /** The family's codes, in numeric order. */
  codes(namespace: string): readonly CodeEntry[] {
    return this.byNs.get(namespace) ?? [];
  }

  /** Every code of every family, by number then family order. */
  all(): CodeEntry[] {
    return this.namespaces.flatMap((n) => this.codes(n.id)).sort((a, b) => a.code - b.code);
  }

  entry(namespace: string, code: number): CodeEntry | undefined {
    return this.byKey.get(key(namespace, code));
  }

  /** Every family's entry for one number, in family order. */
  withNumber(code: number): readonly CodeEntry[] {
    return this.byNumber.get(code) ?? [];
  }

  /** The same number in the other families. */
  elsewhere(entry: CodeEntry): CodeEntry[] {
    return this.withNumber(entry.code).filter((e) => e.namespace !== entry.namespace);
  }

  /**
   * The DSM versions whose own error table (a source with `versionTable`) covers this code's family
   * but lacks the code: the code came after each of them.
   */
  absentFrom(entry: Pick<CodeEntry, 'namespace' | 'code'>): { source: Source; version: string }[] {
    return this.sources.flatMap((s) => {
      const vt = s.versionTable;
      if (vt === undefined || !vt.families.includes(entry.namespace)) return [];
      const lists = (id: string) => this.rows(id).some((r) => r.code === entry.code && homeFamilies(r, this.namespaces).some((h) => h.id === entry.namespace));
      const listed = lists(s.id) || vt.alsoListedBy.some(lists);
      return listed ? [] : [{ source: s, version: vt.version }];
    });
  }

  /** The entry's citations with their sources, most authoritative first. */
  citations(entry: CodeEntry): ResolvedCitation[] {
    return entry.sources
      .flatMap((c, i): ResolvedCitation[] => {
        const src = this.sourceById.get(c.source);
        return src ? [{ ...c, src, rows: this.links.get(citationKey(entry.namespace, entry.code, i)) ?? [] }] : [];
      })
      .sort((a, b) => a.src.rank - b.src.rank);
  }

  /** The citation the headline follows: the highest-ranked one that gives the code a meaning (not a bare reservation). */
  headline(entry: CodeEntry): ResolvedCitation | undefined {
    return this.citations(entry).find((c) => c.basis !== 'reservation');
  }

  /** Citations that give the code another meaning than the headline. */
  disagreements(entry: CodeEntry): ResolvedCitation[] {
    return this.citations(entry).filter((c) => c.agrees !== 'yes');
  }

  /** Where a disagreeing citation says the meaning it gives really lives. */
  meaningTarget(entry: CodeEntry, citation: Citation): CodeEntry | undefined {
    if (citation.meaningAt === undefined) return undefined;
    return this.entry(citation.meaningIn ?? entry.namespace, citation.meaningAt);
  }

  /**
   * Entries whose disputed meaning really belongs to this code. Every citation is read once, on the
   * first call, so asking for each code page costs one pass over the catalog, not one per page.
   */
  misattributedFrom(entry: CodeEntry): { entry: CodeEntry; citation: ResolvedCitation }[] {
    if (!this.misattributed) {
      const map = new Map<string, { entry: CodeEntry; citation: ResolvedCitation }[]>();
      for (const other of this.all()) {
        for (const citation of this.citations(other)) {
          const target = this.meaningTarget(other, citation);
          if (!target) continue;
          const k = key(target.namespace, target.code);
          map.set(k, [...(map.get(k) ?? []), { entry: other, citation }]);
        }
      }
      this.misattributed = map;
    }
    return this.misattributed.get(key(entry.namespace, entry.code)) ?? [];
  }

  /** The family whose codes every API shares (`shared: true`: common). */
  get shared(): Namespace | undefined {
    return sharedFamily(this.namespaces);
  }

  /** The entries named in `related`, then those that name this one, without repeats. */
  related(entry: CodeEntry): CodeEntry[] {
    const seen = new Set<string>([key(entry.namespace, entry.code)]);
    const out: CodeEntry[] = [];
    const add = (e: CodeEntry | undefined) => {
      if (!e || seen.has(key(e.namespace, e.code))) return;
      seen.add(key(e.namespace, e.code));
      out.push(e);
    };
    for (const n of entry.related) add(this.entry(entry.namespace, n));
    for (const c of entry.sources) add(this.meaningTarget(entry, c));
    for (const other of this.codes(entry.namespace)) if (other.related.includes(entry.code)) add(other);
    return out;
  }
}

/**
 * Checks the content as a whole and returns the catalog. Every problem found is reported at
 * once, each naming the file and the field, so one build shows everything to fix.
 */
export function buildCatalog(input: CatalogInput): Catalog {
  const problems: string[] = [];
  const where = (file: string, field: string) => `${file} › ${field}:`;

  const nsById = new Map<string, RawEntry<NamespaceData>>();
  for (const n of input.namespaces) {
    const prior = nsById.get(n.data.id);
    if (prior) problems.push(`${where(n.filePath, 'id')} family "${n.data.id}" is already defined in ${prior.filePath}`);
    else nsById.set(n.data.id, n);
    const base = n.filePath.split('/').pop()?.replace(/\.[^.]+$/, '');
    if (base !== n.data.id) problems.push(`${where(n.filePath, 'id')} "${n.data.id}" must match the file name ("${base}")`);
  }
  const knownNs = () => [...nsById.keys()].sort().join(', ') || '(none)';
  const reserved = new Set<string>(reservedSegments);
  for (const n of input.namespaces) {
    if (reserved.has(n.data.id))
      problems.push(`${where(n.filePath, 'id')} "${n.data.id}" is the address of one of the site's own pages (/${n.data.id}/), so the family's pages would clash with it; choose another id (and rename the file and the codes folder)`);
  }
  const shared = input.namespaces.filter((n) => n.data.shared === true);
  if (shared.length > 1) {
    problems.push(`${where(shared[1]?.filePath ?? '', 'shared')} only one family can hold the codes every API shares; ${shared.map((n) => n.filePath).join(' and ')} both say "shared: true"`);
  }

  const sourceById = new Map<string, RawEntry<SourceData>>();
  const byRank = new Map<number, RawEntry<SourceData>>();
  for (const s of input.sources) {
    const prior = sourceById.get(s.data.id);
    if (prior) problems.push(`${where(s.filePath, 'id')} source "${s.data.id}" is already defined in ${prior.filePath}`);
    else sourceById.set(s.data.id, s);
    const base = s.filePath.split('/').pop()?.replace(/\.[^.]+$/, '');
    if (base !== s.data.id) problems.push(`${where(s.filePath, 'id')} "${s.data.id}" must match the file name ("${base}")`);
    const sameRank = byRank.get(s.data.rank);
    if (sameRank) problems.push(`${where(s.filePath, 'rank')} rank ${s.data.rank} is already held by ${sameRank.filePath}; ranks must be unique`);
    else byRank.set(s.data.rank, s);
  }
  const knownSources = () => [...sourceById.keys()].sort().join(', ') || '(none)';
  for (const s of input.sources) {
    s.data.versionTable?.alsoListedBy.forEach((other, i) => {
      if (!sourceById.has(other)) problems.push(`${where(s.filePath, `versionTable.alsoListedBy[${i}]`)} unknown source "${other}"; known sources: ${knownSources()}`);
    });
    s.data.versionTable?.families.forEach((f, i) => {
      if (!nsById.has(f)) problems.push(`${where(s.filePath, `versionTable.families[${i}]`)} unknown family "${f}"; known families: ${knownNs()}`);
    });
  }

  for (const n of input.namespaces) {
    n.data.reserved.forEach((r, i) => {
      if (!n.data.ranges.some((x) => r.from >= x.from && r.to <= x.to))
        problems.push(`${where(n.filePath, `reserved[${i}]`)} ${r.from}-${r.to} lies outside the family's ranges (${formatRanges(n.data)})`);
    });
    const areaIds = new Map<string, number>();
    n.data.areas.forEach((a, i) => {
      const prior = areaIds.get(a.id);
      if (prior !== undefined) problems.push(`${where(n.filePath, `areas[${i}].id`)} area "${a.id}" is already defined at areas[${prior}]; area ids must be unique within a family`);
      else areaIds.set(a.id, i);
    });
    n.data.sources.forEach((s, i) => {
      if (sourceById.get(s)?.data.versionTable !== undefined) problems.push(`${where(n.filePath, `sources[${i}]`)} "${s}" is a version's own table, which dates codes; a family does not follow it`);
      if (!sourceById.has(s)) problems.push(`${where(n.filePath, `sources[${i}]`)} unknown source "${s}"; known sources: ${knownSources()}`);
    });
  }

  const codesByKey = new Map<string, RawEntry<CodeData>>();
  for (const c of input.codes) {
    const d = c.data;
    const ns = nsById.get(d.namespace);
    if (!ns) {
      problems.push(`${where(c.filePath, 'namespace')} unknown family "${d.namespace}"; known families: ${knownNs()}`);
    } else if (!ns.data.ranges.some((r) => d.code >= r.from && d.code <= r.to)) {
      problems.push(
        `${where(c.filePath, 'code')} ${d.code} is outside the ranges of family "${d.namespace}" (${formatRanges(ns.data)})`,
      );
    }
    if (ns) {
      const areas = ns.data.areas;
      if (areas.length === 0 && d.area !== undefined) {
        problems.push(`${where(c.filePath, 'area')} family "${d.namespace}" has no areas, so its codes take no area; remove the field or add the area to ${ns.filePath}`);
      } else if (areas.length > 0 && d.area === undefined) {
        problems.push(`${where(c.filePath, 'area')} family "${d.namespace}" groups its codes by area, so this code needs one; known areas: ${areas.map((a) => a.id).join(', ')}`);
      } else if (d.area !== undefined && !areas.some((a) => a.id === d.area)) {
        problems.push(`${where(c.filePath, 'area')} unknown area "${d.area}" in family "${d.namespace}"; known areas: ${areas.map((a) => a.id).join(', ')}`);
      }
    }
    if (d.generic === true && d.area === undefined) {
      problems.push(`${where(c.filePath, 'generic')} only a code with an area can be generic: the page points to the area's advice instead of its own; add an area or remove generic`);
    }
    const k = key(d.namespace, d.code);
    const prior = codesByKey.get(k);
    if (prior) problems.push(`${where(c.filePath, 'code')} ${d.namespace} ${d.code} is already defined in ${prior.filePath}`);
    else codesByKey.set(k, c);

    let best: { rank: number; agrees: string; id: string } | undefined;
    d.sources.forEach((cit, i) => {
      const src = sourceById.get(cit.source);
      if (!src) {
        problems.push(`${where(c.filePath, `sources[${i}].source`)} unknown source "${cit.source}"; known sources: ${knownSources()}`);
        return;
      }
      if (cit.basis !== 'reservation' && (!best || src.data.rank < best.rank)) best = { rank: src.data.rank, agrees: cit.agrees, id: cit.source };
      if (cit.agrees !== 'yes' && cit.says === undefined && cit.basis !== 'behaviour') {
        problems.push(`${where(c.filePath, `sources[${i}].says`)} a source that does not agree must say what it says instead`);
      }
    });
    if (best && best.agrees !== 'yes') {
      problems.push(
        `${where(c.filePath, 'title')} the title must follow the highest-ranked source ("${best.id}"), but that source is marked agrees: ${best.agrees}`,
      );
    }
  }

  // Cross-references inside a family can only be checked once every code is known.
  for (const c of input.codes) {
    const d = c.data;
    if (!nsById.has(d.namespace)) continue;
    d.related.forEach((n, i) => {
      if (!codesByKey.has(key(d.namespace, n)))
        problems.push(`${where(c.filePath, `related[${i}]`)} ${d.namespace} ${n} does not exist`);
      if (n === d.code) problems.push(`${where(c.filePath, `related[${i}]`)} a code cannot be related to itself`);
    });
    d.sources.forEach((cit, i) => {
      const ns = cit.meaningIn ?? d.namespace;
      if (cit.meaningIn !== undefined && cit.meaningAt === undefined)
        problems.push(`${where(c.filePath, `sources[${i}].meaningIn`)} needs meaningAt, the code in that family`);
      else if (cit.meaningAt !== undefined && !codesByKey.has(key(ns, cit.meaningAt)))
        problems.push(`${where(c.filePath, `sources[${i}].meaningAt`)} ${ns} ${cit.meaningAt} does not exist`);
    });
  }

  for (const c of input.codes) {
    c.data.prints.forEach((p, i) => {
      const src = sourceById.get(p.source);
      if (!src) problems.push(`${where(c.filePath, `prints[${i}].source`)} unknown source "${p.source}"; known sources: ${knownSources()}`);
      else if (src.data.kind !== 'library') problems.push(`${where(c.filePath, `prints[${i}].source`)} "${p.source}" is not a library; only a library prints messages`);
    });
  }

  // Every citation against its source's table, and every table row against the citations.
  // In file order (source, then line), whatever order a loader hands them in, so every view is the same from every loader.
  const rows = input.tables
    .map((t) => ({ ...t.data, id: rowId(t.data) }))
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.line - b.line));
  const checked = checkCitations({ namespaces: input.namespaces, codes: input.codes, sources: input.sources, rows });
  problems.push(...checked.problems);

  const uncovered = input.uncovered ?? [];
  const familyPatterns = new Map<string, string>();
  for (const n of input.namespaces) for (const a of n.data.apis) familyPatterns.set(a.toLowerCase(), n.filePath);
  const uncoveredById = new Map<string, string>();
  for (const u of uncovered) {
    const base = u.filePath.split('/').pop()?.replace(/\.[^.]+$/, '');
    if (base !== u.data.id) problems.push(`${where(u.filePath, 'id')} "${u.data.id}" must match the file name ("${base}")`);
    const prior = uncoveredById.get(u.data.id);
    if (prior) problems.push(`${where(u.filePath, 'id')} "${u.data.id}" is already defined in ${prior}`);
    else uncoveredById.set(u.data.id, u.filePath);
    u.data.apis.forEach((a, i) => {
      const owner = familyPatterns.get(a.toLowerCase());
      if (owner) problems.push(`${where(u.filePath, `apis[${i}]`)} "${a}" is a pattern of the family in ${owner}; an API is either documented by a family or uncovered, not both`);
    });
  }

  const libraries = new Map<string, string>();
  for (const l of input.libraryCodes ?? []) {
    const base = l.filePath.split('/').pop()?.replace(/\.[^.]+$/, '');
    if (base !== l.data.library) problems.push(`${where(l.filePath, 'library')} "${l.data.library}" must match the file name ("${base}")`);
    const prior = libraries.get(l.data.library);
    if (prior) problems.push(`${where(l.filePath, 'library')} "${l.data.library}" is already described in ${prior}`);
    else libraries.set(l.data.library, l.filePath);
    const src = sourceById.get(l.data.library);
    if (!src) problems.push(`${where(l.filePath, 'library')} unknown source "${l.data.library}"; add content/sources/${l.data.library}.yaml (kind: library) first; known sources: ${knownSources()}`);
    else if (src.data.kind !== 'library') problems.push(`${where(l.filePath, 'library')} "${l.data.library}" is a source of kind ${src.data.kind}; only a library makes up numbers of its own`);
    const seenCodes = new Map<number, number>();
    l.data.codes.forEach((c, i) => {
      const prev = seenCodes.get(c.code);
      if (prev !== undefined) problems.push(`${where(l.filePath, `codes[${i}].code`)} ${c.code} is already listed at codes[${prev}]; put every situation of one number in its cases`);
      else seenCodes.set(c.code, i);
    });
  }

  if (problems.length > 0) throw new CatalogError(problems);

  return new Catalog(
    input.namespaces.map((n) => ({ ...n.data, filePath: n.filePath })),
    input.sources.map((s) => ({ ...s.data, filePath: s.filePath })),
    input.codes.map((c) => ({ ...c.data, id: c.id, filePath: c.filePath })),
    rows,
    checked.links,
    uncovered.map((u) => ({ ...u.data, filePath: u.filePath })),
    (input.libraryCodes ?? []).map((l) => ({ ...l.data, filePath: l.filePath })),
  );
}
