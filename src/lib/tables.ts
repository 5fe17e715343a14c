/**
 * The sources' own tables (`content/tables/<source>.tsv`) and the checks that hold every
 * citation to them, both ways:
 *
 * - forward: a citation rests on a row of its source's table that lists the code for the
 *   citation's family (scope `all`, the family's APIs, or the code's own API); its `says` is that
 *   row's wording; `agrees: "yes"` only where the wording is the title's or one the page lists in
 *   `sameMeaning`, and `partly`/`no` only where it is not;
 * - reverse: every row whose scope lies in a family the site covers is cited on that code's page,
 *   or listed in the family's `leftOutCodes` with a reason.
 *
 * Pure TypeScript, linear in the size of the content: rows are indexed by source and code once.
 */
import type { CodeData, NamespaceData, SourceData, TableRowData } from './schema';
import { globToRegExp, resolveFamily, sharedFamily } from './resolve';

/** A parsed table row with its id (unique across the project, used as an anchor). */
export type TableRow = TableRowData & { id: string };

/** The columns of a table file, in order. */
export const tableColumns = ['code', 'scope', 'table', 'wording', 'where'] as const;

const toSlug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The row's anchor: source, code and the source's table name, e.g. `kwent-syno-800-resolvefilestationerror-syno-filestation-favorite`. */
export const rowId = (r: Pick<TableRowData, 'source' | 'code' | 'table'>) => `${r.source}-${r.code}-${toSlug(r.table)}`;

/**
 * Reads one table file: `#` lines are comments, the first other line is the header
 * (`code scope table wording where`, tab-separated), then one row per line. Returns raw rows
 * for the schema to check, and problems naming the file and line.
 */
export function parseTable(text: string, source: string, file: string): { rows: Record<string, unknown>[]; problems: string[] } {
  const rows: Record<string, unknown>[] = [];
  const problems: string[] = [];
  let header = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = true;
      if (cells.join('\t') !== tableColumns.join('\t'))
        problems.push(`${file} › line ${i + 1}: the header must be "${tableColumns.join('<tab>')}", found "${line}"`);
      return;
    }
    if (cells.length !== tableColumns.length) {
      problems.push(`${file} › line ${i + 1}: expected ${tableColumns.length} tab-separated cells (${tableColumns.join(', ')}), found ${cells.length}`);
      return;
    }
    const [code, scope, table, wording, where] = cells as [string, string, string, string, string];
    rows.push({ source, file, line: i + 1, code: /^\d+$/.test(code) ? Number(code) : code, scope, table, wording, where });
  });
  if (!header) problems.push(`${file} › line 1: the file has no header line ("${tableColumns.join('<tab>')}")`);
  return { rows, problems };
}

/** The family whose codes every API shares (`shared: true`): the home of rows that apply to all APIs. */
export function catchAllFamily<N extends Pick<NamespaceData, 'id' | 'apis' | 'shared'>>(namespaces: readonly N[]): N | undefined {
  return sharedFamily(namespaces);
}

type Fam = Pick<NamespaceData, 'id' | 'apis' | 'ranges' | 'shared'>;

/**
 * The families a scope names. `all` names the catch-all family. An API name or pattern names the
 * family its most specific pattern resolves to; a pattern wider than any family's
 * (`SYNO.DownloadStation.*`) names every family whose patterns it covers. The shared family's
 * catch-all pattern (`SYNO.*`) never counts here, so a scope of an API the site has no family for names none.
 */
export function scopeFamilies<N extends Fam>(scope: string, namespaces: readonly N[]): N[] {
  const all = catchAllFamily(namespaces);
  if (scope === 'all') return all ? [all] : [];
  const specific = namespaces.filter((n) => n !== all);
  const hit = resolveFamily(scope, specific);
  if (hit) return namespaces.filter((n) => n.id === hit.family);
  const re = globToRegExp(scope);
  return specific.filter((n) => n.apis.some((p) => re.test(p)));
}

const inRanges = (n: Pick<NamespaceData, 'ranges'>, code: number) => n.ranges.some((r) => code >= r.from && code <= r.to);

/**
 * Where a row must be cited: the families its scope names, except that a code outside a
 * family's ranges but inside the catch-all family's is the catch-all family's (every API shares
 * the common codes: a FileStation 160 is the common 160).
 */
export function homeFamilies<N extends Fam>(row: Pick<TableRowData, 'scope' | 'code'>, namespaces: readonly N[]): N[] {
  const all = catchAllFamily(namespaces);
  const out = new Map<string, N>();
  for (const n of scopeFamilies(row.scope, namespaces)) {
    if (!inRanges(n, row.code) && all && inRanges(all, row.code)) out.set(all.id, all);
    else out.set(n.id, n);
  }
  return [...out.values()];
}

/** Whether a row can back a citation on this code page. */
export function rowCovers(row: Pick<TableRowData, 'scope' | 'code'>, entry: Pick<CodeData, 'namespace' | 'code' | 'api'>, namespaces: readonly Fam[]): boolean {
  if (row.code !== entry.code) return false;
  if (row.scope === 'all') return true;
  if (!homeFamilies(row, namespaces).some((n) => n.id === entry.namespace)) return false;
  if (entry.api === undefined) return true;
  return row.scope.includes('*') ? globToRegExp(row.scope).test(entry.api) : row.scope.toLowerCase() === entry.api.toLowerCase();
}

const stopWords = new Set(['a', 'an', 'the', 'of', 'for', 'this', 'that', 'is', 'are', 'to', 'on', 'in', 'be', 'been', 'has']);

/**
 * A wording reduced for comparing meanings: lower case, letters and digits only, without small
 * words ("Invalid parameter of a file operation" = "invalid parameter of file operation").
 */
export function normWording(s: string): string {
  return s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !stopWords.has(w))
    .join(' ');
}

/**
 * Whether a citation's `says` is the row's wording: equal apart from case, spacing and final
 * punctuation; where the table cut a long text short (it ends in "..."), `says` may be any
 * text that starts with the part kept, or a prefix of it.
 */
export function saysMatches(says: string, wording: string): boolean {
  const clean = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const a = clean(says).replace(/[.\s]+$/, '');
  const b = clean(wording);
  if (b.endsWith('...')) {
    const stem = b.slice(0, -3).trimEnd();
    return a.startsWith(stem) || (a.length > 0 && stem.startsWith(a));
  }
  return a === b.replace(/[.\s]+$/, '');
}

/** One parsed content file with its path, as the catalog receives it. */
interface Raw<T> {
  filePath: string;
  data: T;
}

export interface CitationCheckInput {
  namespaces: readonly Raw<NamespaceData>[];
  codes: readonly Raw<CodeData>[];
  sources: readonly Raw<SourceData>[];
  rows: readonly TableRow[];
}

/** `${family}/${code}#${citation index}` -> the rows the citation rests on (one per table of the source that lists the code). */
export type CitationLinks = Map<string, TableRow[]>;
export const citationKey = (namespace: string, code: number, index: number) => `${namespace}/${code}#${index}`;

const q = (s: string) => `\u201c${s}\u201d`;

/**
 * Checks every citation against the tables and every table row against the citations. Returns
 * one problem per mistake, naming the file and field (or the table file and line), and the row
 * each citation rests on.
 */
export function checkCitations(input: CitationCheckInput): { problems: string[]; links: CitationLinks } {
  const problems: string[] = [];
  const links: CitationLinks = new Map();
  const where = (file: string, field: string) => `${file} › ${field}:`;
  const namespaces = input.namespaces.map((n) => n.data);
  const sources = new Map(input.sources.map((s) => [s.data.id, s]));
  const nsById = new Map(input.namespaces.map((n) => [n.data.id, n]));

  // Rows by source, then by code; duplicate ids are a mistake in the table file.
  const bySource = new Map<string, Map<number, TableRow[]>>();
  const seen = new Map<string, TableRow>();
  for (const r of input.rows) {
    const prior = seen.get(r.id);
    if (prior) problems.push(`${r.file} › line ${r.line}: ${r.source} ${r.code} in table ${q(r.table)} is already listed on line ${prior.line}`);
    else seen.set(r.id, r);
    if (!sources.has(r.source)) problems.push(`${r.file} › line ${r.line}: the file is named for source "${r.source}", which has no file in content/sources/`);
    const codes = bySource.get(r.source) ?? new Map<number, TableRow[]>();
    codes.set(r.code, [...(codes.get(r.code) ?? []), r]);
    bySource.set(r.source, codes);
  }
  const tableFile = (source: string) => `content/tables/${source}.tsv`;

  // Forward: each citation rests on a row.
  const citedRows = new Map<string, Set<string>>(); // row id -> families citing it
  for (const c of input.codes) {
    const d = c.data;
    const accepted = new Set([normWording(d.title), ...d.sameMeaning.map(normWording)]);
    // The title is a heading shortened from the headline source's wording (the highest-ranked table
    // citation): that wording agrees when it holds every word of the title.
    const headlineRank = Math.min(
      ...d.sources.filter((x) => x.basis === 'table' && x.agrees === 'yes').map((x) => sources.get(x.source)?.data.rank ?? Infinity),
    );
    // Words are compared by their first five letters, so "blocked" matches "block".
    const stems = (s: string) => normWording(s).split(' ').filter((w) => w !== '').map((w) => w.slice(0, 5));
    const titleWords = stems(d.title);
    const shortens = (wording: string) => {
      const have = new Set(stems(wording));
      return titleWords.length > 0 && titleWords.every((w) => have.has(w));
    };
    const usedSame = new Set<string>();
    d.sources.forEach((cit, i) => {
      const field = (f: string) => where(c.filePath, `sources[${i}]${f}`);
      const src = sources.get(cit.source);
      if (!src) return; // reported by buildCatalog
      if (src.data.versionTable !== undefined) {
        problems.push(`${field('.source')} ${cit.source} is ${src.data.versionTable.version}'s own table, which dates codes and is never cited; remove the citation (the page says itself when the code is missing from that table)`);
        return;
      }
      if (cit.basis === 'behaviour') {
        if (cit.note === undefined) problems.push(`${field('.note')} a citation of behaviour must say, in a note, what ${cit.source} does with ${d.code}`);
        if (cit.says !== undefined) problems.push(`${field('.says')} a citation of behaviour quotes no table; put what the source does in note`);
        const files = src.data.copies.map((x) => x.path);
        if (cit.at === undefined || !files.some((f) => cit.at?.startsWith(f)))
          problems.push(`${field('.at')} a citation of behaviour must name the file that does it, one of the copies in ${src.filePath} (${files.join(', ') || 'none listed'})`);
        return;
      }
      if (cit.note !== undefined) problems.push(`${field('.note')} only a citation with basis: behaviour has a note; a table citation quotes the row in says`);
      const table = bySource.get(cit.source);
      if (!table) {
        problems.push(`${field('.source')} ${cit.source} has no table (${tableFile(cit.source)}), so nothing backs this citation; add the source's table, or cite its behaviour with basis: behaviour`);
        return;
      }
      const sameCode = table.get(d.code) ?? [];
      const candidates = sameCode.filter((r) => rowCovers(r, d, namespaces));
      if (candidates.length === 0) {
        const elsewhere = sameCode.map((r) => r.scope).join(', ');
        problems.push(
          `${field('.source')} ${cit.source} does not list ${d.code} for ${d.api ?? d.namespace}: ${tableFile(cit.source)} has ` +
            (elsewhere ? `${d.code} only for ${elsewhere}` : `no ${d.code}`) +
            '; remove the citation or cite the source that does list it',
        );
        return;
      }
      const observed = src.data.kind === 'observed';
      const accepts = (r: TableRow) => r.wording === '' || observed || cit.basis === 'reservation' || accepted.has(normWording(r.wording));
      let rows: TableRow[];
      if (cit.says !== undefined) {
        const says = cit.says;
        rows = candidates.filter((r) => r.wording !== '' && saysMatches(says, r.wording));
        if (rows.length === 0) {
          const words = candidates.map((r) => (r.wording === '' ? '(wording not transcribed)' : q(r.wording))).join(' or ');
          problems.push(`${field('.says')} ${q(says)} is not how ${cit.source} words ${d.code}: ${tableFile(cit.source)} says ${words}; quote the row (or omit says)`);
          return;
        }
      } else {
        // Without says, an agreeing citation rests on every row of the source that words the code like the page,
        // except the rows another citation of the same source on this page quotes (those say something else).
        const quoted = new Set(
          d.sources.flatMap((o) => (o !== cit && o.source === cit.source && o.says !== undefined ? candidates.filter((r) => r.wording !== '' && saysMatches(o.says ?? '', r.wording)).map((r) => r.id) : [])),
        );
        const free = candidates.filter((r) => !quoted.has(r.id));
        const pool = free.length > 0 ? free : candidates;
        rows = cit.agrees === 'yes' ? pool.filter(accepts) : pool;
        if (rows.length === 0) rows = pool.slice(0, 1);
      }
      const pinned = rows.filter((r) => cit.at !== undefined && cit.at.includes(r.table));
      if (pinned.length > 0) rows = pinned;
      links.set(citationKey(d.namespace, d.code, i), rows);
      for (const row of rows) {
        const fams = citedRows.get(row.id) ?? new Set<string>();
        fams.add(d.namespace);
        citedRows.set(row.id, fams);
      }
      for (const row of rows) {
        if (cit.basis === 'reservation') {
          if (!/reserve|preserve/i.test(row.wording))
            problems.push(`${field('.basis')} "reservation", but ${cit.source}'s row for ${d.code} (${q(row.wording)}) does not reserve the number`);
          if (cit.agrees === 'yes' && d.status !== 'reserved')
            problems.push(`${field('.agrees')} a source that only reserves ${d.code} cannot agree with a meaning; mark it "no"`);
          continue;
        }
        if (row.wording === '' || observed) continue; // an untranscribed guide row, or a captured response (it has no wording)
        const norm = normWording(row.wording);
        const same = accepted.has(norm) || (cit.agrees === 'yes' && src.data.rank === headlineRank && shortens(row.wording));
        if (same && norm !== normWording(d.title)) usedSame.add(norm);
        if (cit.agrees === 'yes' && !same)
          problems.push(
            `${field('.agrees')} "yes", but ${cit.source} words ${d.code} ${q(row.wording)}, which is neither the title nor listed in sameMeaning; mark it "partly" or "no", or add the wording to sameMeaning if it means the same`,
          );
        if (cit.agrees !== 'yes' && same)
          problems.push(`${field('.agrees')} "${cit.agrees}", but ${cit.source}'s wording ${q(row.wording)} is the title's or listed in sameMeaning`);
      }
    });
    d.sameMeaning.forEach((s, j) => {
      if (!usedSame.has(normWording(s)) && normWording(s) !== normWording(d.title))
        problems.push(`${where(c.filePath, `sameMeaning[${j}]`)} no agreeing citation words ${d.code} ${q(s)}; remove it`);
    });
  }

  // Reverse: each row of a table is cited where it belongs, or left out on purpose.
  const entries = new Set(input.codes.map((c) => `${c.data.namespace}/${c.data.code}`));
  for (const [source, codes] of bySource) {
    const version = sources.get(source)?.data.versionTable;
    for (const rows of codes.values()) {
      for (const r of rows) {
        if (version !== undefined) {
          // A version's own table is never cited, but each of its codes must have a page.
          for (const home of homeFamilies(r, namespaces))
            if (!entries.has(`${home.id}/${r.code}`))
              problems.push(`${r.file} › line ${r.line}: ${version.version}'s table lists ${r.code} for ${r.scope}, but family "${home.id}" has no page for it; add content/codes/${home.id}/${r.code}.md`);
          continue;
        }
        for (const home of homeFamilies(r, namespaces)) {
          if (citedRows.get(r.id)?.has(home.id)) continue;
          const ns = nsById.get(home.id);
          // Left out by the family the row lands in, or by the family its scope names.
          const deciders = [home, ...scopeFamilies(r.scope, namespaces)];
          if (deciders.some((f) => f.leftOutCodes.some((l) => l.code === r.code && l.sources.includes(source)))) continue;
          const hasPage = entries.has(`${home.id}/${r.code}`);
          if (!hasPage && home.reserved.some((x) => r.code >= x.from && r.code <= x.to)) continue;
          const page = `content/codes/${home.id}/${r.code}.md`;
          problems.push(
            `${r.file} › line ${r.line}: ${source} lists ${r.code} for ${r.scope} (${r.wording === '' ? 'wording not transcribed' : q(r.wording)}), but ` +
              (hasPage ? `${page} does not cite it` : `family "${home.id}" has no page for ${r.code}`) +
              `; cite it there, or list it in ${ns?.filePath ?? `content/namespaces/${home.id}.yaml`} › leftOutCodes with the reason`,
          );
        }
      }
    }
  }

  // Left-out entries must name rows that exist.
  for (const n of input.namespaces) {
    n.data.leftOutCodes.forEach((l, i) => {
      l.sources.forEach((s, j) => {
        const rows = bySource.get(s)?.get(l.code) ?? [];
        const here = (r: TableRow) => [...homeFamilies(r, namespaces), ...scopeFamilies(r.scope, namespaces)].some((h) => h.id === n.data.id);
        if (!rows.some(here))
          problems.push(`${where(n.filePath, `leftOutCodes[${i}].sources[${j}]`)} ${s} lists no ${l.code} for this family (${tableFile(s)}); remove it`);
      });
    });
  }
  return { problems, links };
}
