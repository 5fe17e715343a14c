/**
 * The types the `dsm-errors` package publishes (its index.d.ts is emitted from this file and
 * index.ts). Self-contained on purpose: a user of the package has no zod or astro installed.
 * `types-check.ts` proves at compile time that they match the source's own types (the export's zod
 * schema, the decoder's result), so the two cannot drift apart.
 */

export type Category =
  | 'request'
  | 'session'
  | 'authentication'
  | 'permission'
  | 'not-found'
  | 'conflict'
  | 'space'
  | 'file-system'
  | 'limit'
  | 'transfer'
  | 'busy'
  | 'internal'
  | 'reserved';
export type Status = 'documented' | 'uncertain' | 'reserved' | 'observed';
export type SourceKind = 'official-guide' | 'synology-code' | 'dsm-ui' | 'observed' | 'library' | 'original-tables';

/** One citation of a code, as in /codes.json. */
export interface CitationRecord {
  source: string;
  says: string | null;
  agrees: 'yes' | 'partly' | 'no';
  at: string | null;
  meaningBelongsTo: { namespace: string; code: number } | null;
  basis: 'table' | 'reservation' | 'behaviour';
  note: string | null;
  rows: { table: string; code: number; wording: string; url: string }[];
  /** The DSM version this wording belongs to ("DSM 6.2.3", "DSM 7"), where the number's meaning changed between versions. */
  dsm: string | null;
}

/** One code of one family, as in /codes.json. */
export interface CodeRecord {
  namespace: string;
  code: number;
  api: string | null;
  title: string;
  explanation: string;
  action: string;
  category: Category;
  status: Status;
  url: string;
  area: string | null;
  generic: boolean;
  sources: CitationRecord[];
  prints: { source: string; text: string; why: string }[];
  /** DSM versions whose own error table covers the code's family but lacks the code (it came later). */
  absentFrom: { version: string; source: string }[];
}

export interface FamilyRecord {
  id: string;
  name: string;
  title: string;
  apis: string[];
  cgi: string[];
  ranges: { from: number; to: number }[];
  reserved: { from: number; to: number; note: string }[];
  summary: string;
  areas: { id: string; name: string; summary: string; advice: string; url: string }[];
  url: string;
}

export interface SourceRecord {
  id: string;
  name: string;
  title: string;
  publisher: string;
  edition: string;
  date: string;
  kind: SourceKind;
  rank: number;
  covers: string;
  copies: { repo: string; path: string; commit: string; note: string | null }[];
  /** For a DSM version's own error table: the version and the families whose every code it lists. */
  versionTable: { version: string; families: string[]; alsoListedBy: string[] } | null;
}

/** The whole reference: the same data as the site's /codes.json. */
export interface CodesExport {
  schemaVersion: 1;
  families: FamilyRecord[];
  sources: SourceRecord[];
  codes: CodeRecord[];
}

/** What `lookup` answers. */
export interface LookupResult {
  code: number;
  /** The API as given, or null. */
  api: string | null;
  /** The family the API settles the code to, or null (no API given, none covers it, or its family does not define the code). */
  family: string | null;
  /** Why that family, when the API settled it. */
  reason: string | null;
  /** A sentence for the reader when the API did not settle it. */
  note: string | null;
  /** The code in every family that explains it for this query: one when the API settled it; empty when nothing does. */
  matches: CodeRecord[];
  /** The page to read: the code's page when one family explains it, the comparison page when several do; null when none. */
  url: string | null;
}

/** One meaning of a code in a family, as the decoder gives it. */
export interface Meaning {
  namespace: string;
  family: string;
  title: string;
  action: string;
  category: Category;
  status: Status;
}

/**
 * Where a finding was read. For a response: the line and column (1-based) where its block starts,
 * the JSON pointer of the code inside the block (`/error/errors/0/code`), and the block's index.
 * For a message: the line and column of the number, and an empty pointer.
 */
export interface Place {
  line: number;
  column: number;
  pointer: string;
  block?: number;
}

/** One code the decoder found in the text. */
export interface Finding {
  code: number;
  namespace: string | null;
  candidates: string[];
  title: string | null;
  /** Where it was found. */
  place: Place;
  detail: Record<string, unknown> | null;
  api: string | null;
  meanings: Meaning[];
  note: string | null;
  from: 'response' | 'message';
  familyReason: string | null;
}

export interface NamedCode {
  code: number;
  namespace: string;
  family: string;
  words: string;
  source: string;
}

/** A client library's own number found in the text (`'code': -2` from py-synologydsm-api): the library's, never DSM's. */
export interface LibraryFinding {
  code: number;
  library: string;
  libraryName: string;
  meaning: string;
  raisedAs: string;
  /** The page on this site, without the site root (`libraries/py-synologydsm-api/-2/`). */
  path: string;
  place: Place;
}

/** A block of the text a finding was read from, and its parsed value. */
export interface ReadBlock {
  start: number;
  end: number;
  line: number;
  column: number;
  value: unknown;
  fragment?: true;
}

/** What `decode` answers: the same as the decode page and `dsm-errors decode --json`. */
export interface DecodeResult {
  api: string | null;
  recognised: string[];
  findings: Finding[];
  successes: number;
  diagnosis: string | null;
  named: NamedCode[];
  /** Numbers a client library uses for itself. */
  library: LibraryFinding[];
  /** An HTTP status the text holds when it holds no DSM code: the web server's answer, not DSM's. */
  httpStatus: { status: number; path: string | null } | null;
  /** A DSM error response was cut off before its code: no number is reported. */
  cutOff: boolean;
  /** The blocks findings were read from (not enumerable: left out of JSON). */
  readonly responses: readonly ReadBlock[];
}

export interface Options {
  /** The API that was called (SYNO.FileStation.List, auth.cgi, ...). */
  api?: string;
}
