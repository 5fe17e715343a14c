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

/** A link inside a sentence; `short` shows only the label ("FileStation 408"), not the title. */
export type LinkPart = CodeRef & { short?: boolean };

/** A sentence with links: plain strings and references to code pages, in order. */
export type Sentence = (string | LinkPart)[];

export interface DisputeNote {
  sentence: Sentence;
  citation: ResolvedCitation;
}

export function codeRef(catalog: Catalog, e: CodeEntry): CodeRef {
  const ns = catalog.namespace(e.namespace);
  return { namespace: e.namespace, code: e.code, label: ns ? codeLabel(ns, e.code) : `${e.namespace} ${e.code}`, title: e.title };
}

const quote = (s: string) => `\u201c${s}\u201d`;

/** Who a source is, as the subject of a sentence (plural for the circulating tables). */
function sourceSubject(c: ResolvedCitation): string {
  if (c.src.kind === 'original-tables') return 'Some widely copied tables';
  if (c.src.kind === 'official-guide') return `Synology's ${c.src.name}`;
  return c.src.name;
}

function verb(c: ResolvedCitation): string {
  if (c.src.kind === 'original-tables') return 'list';
  return c.src.kind === 'library' ? 'labels' : 'words';
}

/**
 * One plain sentence per source that gives the code another meaning or wording, most
 * authoritative first. The headline always follows the highest-ranked source.
 */
export function disputeNotes(catalog: Catalog, entry: CodeEntry): DisputeNote[] {
  const ns = catalog.namespace(entry.namespace);
  const label = ns ? codeLabel(ns, entry.code) : String(entry.code);
  const top = catalog.headline(entry);
  return catalog.disagreements(entry).map((c): DisputeNote => {
    const says = quote(c.says ?? '');
    if (c.basis === 'reservation') {
      return { sentence: [`${sourceSubject(c)} ${c.src.kind === 'original-tables' ? 'reserve' : 'reserves'} ${label} (${says}) without giving it a meaning.`], citation: c };
    }
    if (c.dsm !== undefined) {
      const end = /[.!?]$/.test(c.says ?? '') ? '' : '.';
      return { sentence: [`On ${c.dsm}, ${sourceSubject(c)} ${verb(c)} ${label} as ${says}${end} The number's meaning changed between DSM versions: this page gives both.`], citation: c };
    }
    if (c.agrees === 'partly') {
      // A quoted wording that ends in a full stop ends the sentence too.
      return { sentence: [`${sourceSubject(c)} ${verb(c)} ${label} more loosely, as ${says}${/[.!?]$/.test(c.says ?? '') ? '' : '.'}`], citation: c };
    }
    const base = `${sourceSubject(c)} ${verb(c)} ${label} as ${says}`;
    const target = catalog.meaningTarget(entry, c);
    const who = top ? (top.src.kind === 'official-guide' ? `Synology's ${top.src.name}` : top.src.name) : 'the official guide';
    if (!target) return { sentence: [`${base}; ${who} does not give it that meaning.`], citation: c };
    return { sentence: [`${base}; ${who} gives that meaning to `, codeRef(catalog, target), '.'], citation: c };
  });
}

/**
 * For a code whose meaning other codes are wrongly given: "Some widely copied tables list
 * FileStation 414 as “Path does not exist”, which is what this code means."
 */
export function misattributionNotes(catalog: Catalog, entry: CodeEntry): Sentence[] {
  return catalog.misattributedFrom(entry).map(({ entry: other, citation }) => [
    `${sourceSubject(citation)} ${verb(citation)} `,
    { ...codeRef(catalog, other), short: true },
    ` as ${quote(citation.says ?? '')}, which is what this code means.`,
  ]);
}

/**
 * What a widely used library prints for this code when that text is wrong for this API:
 * "synology-api (N4S4) prints “This shared folder doesn't exist.” for FileStation 402. Why..."
 */
export function printsNotes(catalog: Catalog, entry: CodeEntry): string[] {
  const ns = catalog.namespace(entry.namespace);
  const label = ns ? codeLabel(ns, entry.code) : String(entry.code);
  return entry.prints.map((p) => {
    const name = catalog.source(p.source)?.name ?? p.source;
    return `${name} prints ${quote(p.text)} for ${label}. ${p.why}`;
  });
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

/** Text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}\u2026`;
}

/** The small tag on a code whose DSM text is generic, in family tables. */
export const GENERIC_TAG = 'Generic message';

/** "1 code", "15 codes". */
export function countLabel(n: number, noun = 'code', plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** DSM's interface text as a reader sees it: markup (a support link) removed, spaces collapsed. */
export function plainUiText(text: string): string {
  return text.replace(/<\/?[a-z][^<>]*>/gi, '').replace(/\s+/g, ' ').trim();
}

/**
 * DSM's own interface text for a code, from the citation of a `dsm-ui` source: '' when that source
 * is cited without wording (DSM's text is empty), undefined when no such source is cited.
 */
export function dsmUiText(catalog: Catalog, entry: CodeEntry): string | undefined {
  const c = catalog.citations(entry).find((x) => x.src.kind === 'dsm-ui');
  if (!c) return undefined;
  return plainUiText(c.says ?? '');
}

/**
 * The plain notice on the page of a code whose DSM text is generic or empty: it says so, and
 * that the page can only name the area the number belongs to. Never claims more than that.
 */
export function genericNotice(code: number, uiText: string | undefined, areaName: string): string {
  const only = `so this page can only say which area the number belongs to: ${areaName}.`;
  if (uiText) return `DSM\u2019s own message for ${code} is generic (${quote(uiText)}): it does not say what went wrong, ${only}`;
  return `DSM\u2019s interface has no message of its own for ${code} (its text is empty), ${only}`;
}

/**
 * "Not in DSM 6.2.3's own error table: new since then (DSM 7)." for a code that a DSM version's
 * table covering its family lacks; undefined for a code every such table lists.
 */
export function versionNote(catalog: Catalog, entry: CodeEntry): string | undefined {
  const absent = catalog.absentFrom(entry);
  if (absent.length === 0) return undefined;
  return absent.map((a) => `Not in ${a.version}'s own error table: new since then (DSM 7).`).join(' ');
}

/** One DSM version's wording of a code, for codes whose meaning changed between versions. */
export interface VersionNote {
  dsm: string;
  text: string;
  source: string;
  headline: boolean;
}

/**
 * The citations that name a DSM version, newest version first (by the version's digits), each
 * with the wording it gives (the title when it quotes none).
 */
export function versionNotes(catalog: Catalog, entry: CodeEntry): VersionNote[] {
  const top = catalog.headline(entry);
  const key = (v: string) => (v.match(/\d+/g) ?? []).map(Number);
  const newer = (a: string, b: string) => {
    const x = key(a);
    const y = key(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (y[i] ?? -1) - (x[i] ?? -1);
    return 0;
  };
  return catalog
    .citations(entry)
    .flatMap((c) => (c.dsm === undefined ? [] : [{ dsm: c.dsm, text: c.says ?? entry.title, source: c.src.name, headline: top !== undefined && c.source === top.source && c.says === top.says && c.dsm === top.dsm }]))
    .sort((a, b) => newer(a.dsm, b.dsm));
}
