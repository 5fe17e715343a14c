/**
 * Client libraries' own numbers (content/library-codes/): the routes of their pages, the words
 * the pages use, links into the library's code, and the records the decoder and search use.
 * Pure TypeScript over the catalog.
 */
import type { LibraryCode } from './decoder/data';
import type { Catalog, CodeEntry, LibraryCodes, Source } from './catalog';
import type { LibraryCodeData } from './schema';

/** One library number with its library (a type, not an interface, so it can be a page's props). */
export type LibraryCodeRef = {
  lib: LibraryCodes;
  entry: LibraryCodeData;
};

/** Every library number, library by library, in numeric order. */
export function libraryCodeRefs(catalog: Catalog): LibraryCodeRef[] {
  return catalog.libraryCodes.flatMap((lib) => lib.codes.map((entry) => ({ lib, entry })));
}

export function libraryCodeRoutes(catalog: Catalog): { params: { library: string; code: string }; props: LibraryCodeRef }[] {
  return libraryCodeRefs(catalog).map((ref) => ({ params: { library: ref.lib.library, code: String(ref.entry.code) }, props: ref }));
}

/** The site path of a library number, without the base (`libraries/py-synologydsm-api/-2/`), as the decoder data carries it. */
export const libraryCodeSitePath = (library: string, code: number) => `libraries/${library}/${code}/`;

/** "py-synologydsm-api -2: The API is not on the NAS's list of APIs" */
export function libraryCodeHeading(lib: Pick<LibraryCodes, 'src'>, entry: Pick<LibraryCodeData, 'code' | 'title'>): string {
  return `${lib.src.name} ${entry.code}: ${entry.title}`;
}

/**
 * A link to the place in the library's code a case names: `at` starts with a file path in the
 * library's repository, optionally followed by `#L10` or `#L10-L20`; the repository and commit
 * come from the source's first copy. Undefined when the source names no copy.
 */
export function libraryFileUrl(src: Pick<Source, 'copies'>, at: string): string | undefined {
  const copy = src.copies[0];
  if (!copy) return undefined;
  const m = /^([^\s#]+)(#L\d+(?:-L\d+)?)?/.exec(at.trim());
  if (!m?.[1]) return undefined;
  return `https://github.com/${copy.repo}/blob/${copy.commit}/${m[1]}${m[2] ?? ''}`;
}

/**
 * The plain warning at the top of a library number's page. A number DSM itself also uses (mcp-synology's
 * 102) gets the DSM pages that define it, so the reader can compare; a negative number or 9999
 * is simply not DSM's.
 */
export function notDsmNotice(catalog: Catalog, lib: Pick<LibraryCodes, 'src'>, entry: Pick<LibraryCodeData, 'code'>): { sentence: string; dsmEntries: CodeEntry[] } {
  const dsmEntries = entry.code > 0 ? [...catalog.withNumber(entry.code)] : [];
  const name = lib.src.name;
  if (dsmEntries.length > 0)
    return {
      dsmEntries,
      sentence: `This ${entry.code} did not come from DSM: ${name} reports it itself, from what it already knows, without DSM having answered. DSM's own ${entry.code} is listed below for comparison.`,
    };
  if (entry.code === 0)
    return {
      dsmEntries,
      sentence: `This is not a DSM error code. ${name} uses 0 itself, where a response carries no error code it can read; no DSM code table lists 0.`,
    };
  return {
    dsmEntries,
    sentence: `This is not a DSM code. ${name} makes up ${entry.code} itself; DSM never sends it, so no DSM code table lists it.`,
  };
}

/** What the decoder and search need to name a library's number (`libraryCodeSchema` in src/lib/views.ts). */
export function libraryCodeRecords(catalog: Catalog): LibraryCode[] {
  return libraryCodeRefs(catalog).map(({ lib, entry }) => ({
    library: lib.library,
    libraryName: lib.src.name,
    code: entry.code,
    meaning: entry.title,
    raisedAs: [...new Set(entry.cases.map((c) => c.raisedAs))].join(', '),
    cues: [...entry.cues],
    path: libraryCodeSitePath(lib.library, entry.code),
  }));
}
