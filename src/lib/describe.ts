/**
 * The words the pages build from the catalog: headings, and the plain statements of where
 * sources disagree. Kept here, not in templates, so they are the same everywhere and tested.
 */
import type { Catalog, CodeEntry, Namespace, ResolvedCitation } from './catalog';

/** "FileStation 408". */
export function codeLabel(ns: Pick<Namespace, 'name'>, code: number): string {
  return `${ns.name} ${code}`;
}

/** "FileStation 408: No such file or directory". */
export function codeHeading(ns: Pick<Namespace, 'name'>, entry: Pick<CodeEntry, 'code' | 'title'>): string {
  return `${codeLabel(ns, entry.code)}: ${entry.title}`;
}

/** A reference to another code, for a link. */
export interface CodeRef {
  namespace: string;
  code: number;
  label: string;
  title: string;
}

export interface DisputeNote {
  /** The sentence, without the trailing link. */
  text: string;
  /** The code that really has the meaning the source gives, when the data names one. */
  target?: CodeRef;
  citation: ResolvedCitation;
}

export function codeRef(catalog: Catalog, e: CodeEntry): CodeRef {
  const ns = catalog.namespace(e.namespace);
  return { namespace: e.namespace, code: e.code, label: ns ? codeLabel(ns, e.code) : `${e.namespace} ${e.code}`, title: e.title };
}

const quote = (s: string) => `\u201c${s}\u201d`;

/** Who a source is, as the subject of a sentence. */
function sourceSubject(c: ResolvedCitation): string {
  if (c.src.kind === 'original-tables') return 'Some widely copied tables';
  if (c.src.kind === 'official-guide') return `Synology's ${c.src.name}`;
  return c.src.name;
}

/**
 * One plain sentence per source that gives the code another meaning or wording, most
 * authoritative first. The headline always follows the highest-ranked source.
 */
export function disputeNotes(catalog: Catalog, entry: CodeEntry): DisputeNote[] {
  const ns = catalog.namespace(entry.namespace);
  const label = ns ? codeLabel(ns, entry.code) : String(entry.code);
  const top = catalog.citations(entry)[0];
  return catalog.disagreements(entry).map((c) => {
    const says = c.says ?? '';
    const verb = c.src.kind === 'original-tables' ? 'list' : c.src.kind === 'library' ? 'labels' : 'words';
    if (c.agrees === 'partly') {
      return { text: `${sourceSubject(c)} ${verb} ${label} more loosely, as ${quote(says)}.`, citation: c };
    }
    const target = catalog.meaningTarget(entry, c);
    const base = `${sourceSubject(c)} ${verb} ${label} as ${quote(says)}.`;
    if (!target) return { text: base, citation: c };
    const targetNs = catalog.namespace(target.namespace);
    const targetLabel = targetNs ? codeLabel(targetNs, target.code) : String(target.code);
    const who = top ? `Synology's ${top.src.name}` : 'The official guide';
    const where = target.namespace === entry.namespace ? String(target.code) : targetLabel;
    return {
      text: `${base} ${who} gives that meaning to ${where}:`,
      target: codeRef(catalog, target),
      citation: c,
    };
  });
}

/** Sentences for a code whose meaning other codes are wrongly given ("Some tables give ... to 408"). */
export function misattributionNotes(catalog: Catalog, entry: CodeEntry): { text: string; from: CodeRef }[] {
  return catalog.misattributedFrom(entry).map(({ entry: other, citation }) => ({
    text: `${sourceSubject(citation)} give this meaning (${quote(citation.says ?? entry.title)}) to another code:`,
    from: codeRef(catalog, other),
  }));
}

/** An API name without the family prefix its pattern already shows ("CopyMove" for SYNO.FileStation.CopyMove). */
export function shortApiName(api: string, patterns: readonly string[]): string {
  for (const p of patterns) {
    if (!p.endsWith('*')) continue;
    const prefix = p.slice(0, -1);
    if (api.startsWith(prefix) && api.length > prefix.length) return api.slice(prefix.length);
  }
  return api;
}
