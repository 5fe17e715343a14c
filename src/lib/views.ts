/**
 * Every file the build writes for programs is a view of the one catalog, made here: its shape is a
 * zod schema (the TypeScript type every reader uses is derived from it), it carries a version, and
 * each view is checked against its schema before it is written, so a builder that drifts from
 * the contract fails the build instead of a reader in the browser.
 *
 * | file                 | read by                                              | built by                      |
 * |----------------------|------------------------------------------------------|-------------------------------|
 * | `decoder-data.json`  | the decode page's Worker, the header's "Decode this", | `decoderData` (decoder/data)  |
 * |                      | the command line and the package                      |                               |
 * | `search-index.json`  | the search box and the results page                   | `searchRecords` (search/query)|
 * | `search-pages.json`  | the search box (Pagefind's page ids -> pages)          | `pageList` (search/pages)     |
 * | `codes.json`, `<family>.json` | other programs (schema: `/codes.schema.json`) | `exportCodes` (export)        |
 *
 * A field added to the model reaches a reader through one builder and one schema here. Readers
 * import only types from this module (`import type`), so no schema code is shipped to browsers.
 */
import { z } from 'astro/zod';
import { categorySchema, statusSchema } from './schema';
import { DECODER_DATA_VERSION, SEARCH_DATA_VERSION, SEARCH_PAGES_VERSION } from './view-versions';

export { DECODER_DATA_VERSION, SEARCH_DATA_VERSION, SEARCH_PAGES_VERSION };

const range = z.object({ from: z.number().int(), to: z.number().int() }).strict();

/** What resolving an API and reading a family's rules needs (`DecoderFamily`). */
export const familyViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    apis: z.array(z.string()),
    cgi: z.array(z.string()),
    reserved: z.array(range.extend({ note: z.string() }).strict()).optional(),
    words: z.array(z.string()).describe('Phrases that name the family in a message'),
    sharesCommonBelow: z.number().int().describe("Codes below this from the family's APIs are the shared family's, unless it defines them"),
    shared: z.literal(true).optional().describe('The family whose codes every API shares'),
  })
  .strict();

/** An API that no public table documents (`content/uncovered/`). */
export const uncoveredViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    apis: z.array(z.string()),
    note: z.string().optional(),
    words: z.array(z.string()).optional(),
    sharesCommonBelow: z.number().int(),
  })
  .strict();

export const decoderCodeSchema = z
  .object({
    title: z.string(),
    action: z.string(),
    category: categorySchema,
    status: statusSchema,
    api: z.string().optional(),
  })
  .strict();

export const wordingRowSchema = z
  .object({
    namespace: z.string(),
    code: z.number().int(),
    text: z.string(),
    /** Who words it so (a source's title). */
    source: z.string(),
  })
  .strict();

/** One library's own number (not a DSM code), with its page and the cues that identify its message. */
export const libraryCodeSchema = z
  .object({
    /** The library's source slug (`py-synologydsm-api`). */
    library: z.string(),
    libraryName: z.string(),
    code: z.number().int(),
    meaning: z.string(),
    raisedAs: z.string(),
    /** Substrings of the library's message or exception name that identify it. */
    cues: z.array(z.string()),
    /** The page's path without the base: `libraries/py-synologydsm-api/-2/`. */
    path: z.string(),
  })
  .strict();

export const decoderDataSchema = z
  .object({
    version: z.literal(DECODER_DATA_VERSION),
    families: z.array(familyViewSchema),
    /** family id -> code -> meaning */
    codes: z.record(z.string(), z.record(z.string(), decoderCodeSchema)),
    /** Every API name the content mentions, for suggestions. */
    apiNames: z.array(z.string()),
    /** How the sources word each code (every citation's `says`; the titles in `codes` count too). */
    wordings: z.array(wordingRowSchema),
    /** APIs no public table documents (Drive, Hyper Backup, ...): their codes are not forced into a family. */
    uncovered: z.array(uncoveredViewSchema),
    /** Libraries' own numbers (`'code': -2` from py-synologydsm-api): named as the library's, never as DSM's. */
    libraryCodes: z.array(libraryCodeSchema).optional(),
    /** The page on HTTP statuses from the NAS's web server (`http-statuses/`), site path without base. */
    httpStatusesPath: z.string().optional(),
  })
  .strict()
  .describe("What the decoder knows: families and their rules, every code's meaning, the sources' wordings");

export const searchRecordSchema = z
  .object({
    namespace: z.string(),
    family: z.string(),
    code: z.number().int(),
    title: z.string(),
    category: categorySchema,
    status: statusSchema,
    /** The API that alone returns it, when one does. */
    api: z.string().optional(),
    /** How the sources word it, where that differs from the title. */
    says: z.array(z.string()).optional(),
    /** The area of its family it belongs to (Core's Control Panel areas), by name. */
    area: z.string().optional(),
    /** Other wordings of the same meaning (`sameMeaning`) and what libraries print for it (`prints[].text`), not already in `says`. */
    also: z.array(z.string()).optional(),
    /** How often users meet the code, 0 to 1, computed at build time (see search/rank.ts, `priorOf`). */
    prior: z.number().min(0).max(1).optional(),
    /** DSM's own text for it is generic ("Please try again later."): it never outranks a specific meaning. */
    generic: z.literal(true).optional(),
  })
  .strict();


export const searchDataSchema = z
  .object({
    version: z.literal(SEARCH_DATA_VERSION),
    families: z.array(familyViewSchema),
    codes: z.array(searchRecordSchema),
    /**
     * The HTTP statuses page (`http-statuses/`, without the base), when the site has one: a query
     * showing an HTTP status (`<Response [502]>`) leads there first. Absent, no such link is made.
     */
    httpStatusesPath: z.string().optional(),
    /** Libraries' own numbers: a query holding one's cue leads to its page first. Absent, none are offered. */
    libraryCodes: z.array(libraryCodeSchema).optional(),
  })
  .strict()
  .describe('Every code with its family and wordings, for exact answers in the search box');

/** `[path]` for a code page; `[path, title, family, category]` for any other. */
export const pageEntrySchema = z.union([z.tuple([z.string()]), z.tuple([z.string(), z.string(), z.string(), z.string()])]);

export const searchPagesSchema = z
  .object({
    version: z.literal(SEARCH_PAGES_VERSION),
    /** Pagefind's page id -> the page. */
    pages: z.record(z.string(), pageEntrySchema),
  })
  .strict()
  .describe("The pages Pagefind indexed, by Pagefind's page id");

/** One view: the file it is written to, its schema and version. */
export interface ViewContract<S extends z.ZodType> {
  file: string;
  version: number;
  schema: S;
}

export const decoderView = { file: 'decoder-data.json', version: DECODER_DATA_VERSION, schema: decoderDataSchema } satisfies ViewContract<typeof decoderDataSchema>;
export const searchView = { file: 'search-index.json', version: SEARCH_DATA_VERSION, schema: searchDataSchema } satisfies ViewContract<typeof searchDataSchema>;
export const searchPagesView = { file: 'search-pages.json', version: SEARCH_PAGES_VERSION, schema: searchPagesSchema } satisfies ViewContract<typeof searchPagesSchema>;

/**
 * The view, checked against its contract. A mismatch names the view's file and the first fields
 * that are wrong, so the build says which builder drifted.
 */
export function checked<S extends z.ZodType>(view: ViewContract<S>, value: z.input<S>): z.output<S> {
  const result = view.schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new Error(`${view.file} does not match its schema (version ${view.version}):\n  - ${issues.join('\n  - ')}\nThe builder of this view and src/lib/views.ts disagree; change them together.`);
  }
  return result.data;
}

/** The JSON Schema (draft 2020-12) of each view, published beside it as `<file>.schema.json`. */
export function viewJsonSchemas(): Record<string, Record<string, unknown>> {
  return Object.fromEntries([decoderView, searchView, searchPagesView].map((v) => [v.file.replace(/\.json$/, ''), z.toJSONSchema(v.schema)]));
}
