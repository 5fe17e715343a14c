/**
 * The shape of everything under `content/`. Astro's collections, the catalog and the tests all
 * parse with these schemas; every type in the project that describes content derives from them.
 *
 * References between files (a code's family, a citation's source) are plain slugs here and are
 * resolved by `buildCatalog`, which reports an unknown slug with the file and field that hold it.
 */
import { z } from 'astro/zod';

/** A lowercase slug: letters, digits and single hyphens (`filestation`, `dsm-login-guide`). */
const slug = (what: string) =>
  z
    .string({ error: `${what} is required: a lowercase slug such as "filestation"` })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `${what} must be a lowercase slug (letters, digits and single hyphens)`,
    });

const text = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, { error: `${what} must not be empty` });

/** The filter categories a code can belong to; labels live in `categories.ts`. */
export const categoryIds = [
  'request',
  'session',
  'authentication',
  'permission',
  'not-found',
  'conflict',
  'space',
  'file-system',
  'limit',
  'transfer',
  'busy',
  'internal',
  'reserved',
] as const;
export const categorySchema = z.enum(categoryIds, {
  error: `category must be one of: ${categoryIds.join(', ')}`,
});
export type Category = z.output<typeof categorySchema>;

/** How settled a code's meaning is. */
export const statusIds = ['documented', 'uncertain', 'reserved', 'observed'] as const;
export const statusSchema = z.enum(statusIds, {
  error: `status must be one of: ${statusIds.join(', ')}`,
});
export type Status = z.output<typeof statusSchema>;

/**
 * The kinds of source, in order of authority (the order used when sources disagree).
 * `synology-code` is code Synology itself wrote and published (its Kubernetes CSI driver, DSM's
 * own scripts from a firmware image): below its guides, which state meanings on purpose, and above
 * the interface texts, which only show a message.
 */
export const sourceKinds = ['official-guide', 'synology-code', 'dsm-ui', 'observed', 'library', 'original-tables'] as const;
export type SourceKind = (typeof sourceKinds)[number];

const codeNumber = (what: string) =>
  z
    .number({ error: `${what} is required: a whole number such as 408` })
    .int({ error: `${what} must be a whole number` })
    .min(1, { error: `${what} must be positive` });

/** An inclusive range of code numbers that a family may define. */
export const rangeSchema = z
  .object({
    from: codeNumber('ranges[].from'),
    to: codeNumber('ranges[].to'),
  })
  .strict()
  .refine((r) => r.from <= r.to, { error: 'ranges[]: "from" must not be greater than "to"' });

/** One code a family leaves out on purpose, with the sources whose rows it leaves out. */
export const leftOutSchema = z
  .object({
    code: codeNumber('leftOutCodes[].code'),
    sources: z.array(slug('leftOutCodes[].sources[]')).min(1, { error: 'leftOutCodes[].sources must name at least one source' }),
    reason: text('leftOutCodes[].reason'),
  })
  .strict();
/**
 * One area of a large family (a Control Panel area such as certificates or shared folders): the
 * family page groups its codes by area, and the area carries the advice its codes share.
 */
export const areaSchema = z
  .object({
    /** Lowercase slug, unique within the family; also the anchor `#area-<id>` on the family page. */
    id: slug('areas[].id'),
    /** The heading text ("Certificates"). */
    name: text('areas[].name'),
    /** Our own words: what this area is and when its codes appear. */
    summary: text('areas[].summary'),
    /** Our own words: the advice the area's codes share. */
    advice: text('areas[].advice'),
  })
  .strict();
export type AreaData = z.output<typeof areaSchema>;

/** `content/namespaces/<id>.yaml`: one API family. */
export const namespaceSchema = z
  .object({
    /** The family's slug, also its URL segment; must match the file name. */
    id: slug('id'),
    /** The name used in headings: "FileStation 408: ...". */
    name: text('name'),
    /** A longer title for the family page. */
    title: text('title'),
    /** API names the family covers; `*` matches any run of characters. */
    apis: z
      .array(text('apis[]'), { error: 'apis is required: the API-name patterns the family covers' })
      .min(1, { error: 'apis must list at least one API-name pattern' }),
    /** CGI paths that only this family's APIs use (`auth.cgi`, `FileStation/*.cgi`); `*` as in apis. */
    cgi: z.array(text('cgi[]')).default([]),
    /** Where the family's codes may lie; a code outside every range fails the build. */
    ranges: z
      .array(rangeSchema, { error: 'ranges is required: the code ranges the family may use' })
      .min(1, { error: 'ranges must list at least one range' }),
    /** Ranges the family's guide reserves: shown as reserved, not as gaps. */
    reserved: z
      .array(
        z
          .object({ from: codeNumber('reserved[].from'), to: codeNumber('reserved[].to'), note: text('reserved[].note') })
          .strict(),
      )
      .default([]),
    /** One paragraph in our own words: what the family is and when its codes appear. */
    summary: text('summary'),
    /** Codes a source lists that this family leaves out, and why, as one sentence for the family page. */
    leftOut: z.string().trim().min(1).optional(),
    /**
     * The same, one entry per code: table rows of the named sources that deliberately have no
     * citation in this family (no page, or a page that does not cite that source), with the reason.
     * The catalog checks every row of a cited source's table against this list.
     */
    leftOutCodes: z.array(leftOutSchema).default([]),
    /** The sources whose tables the family follows, by slug. */
    sources: z
      .array(slug('sources[]'), { error: 'sources is required: the slugs of the sources this family follows' })
      .min(1, { error: 'sources must name at least one source' }),
    /** The areas the family's codes are grouped in; when present, every code names one. */
    areas: z.array(areaSchema).default([]),
    /**
     * Per-item codes in `error.errors` (FileStation's multi-file operations): the family's codes
     * that report an operation's failure with one item per path (`outer`, the first is the example
     * code pages show), and the range of the per-item codes (`inner`, codes without an `api`).
     */
    itemErrors: z
      .object({ outer: z.array(codeNumber('itemErrors.outer[]')).min(1), inner: z.object({ from: codeNumber('itemErrors.inner.from'), to: codeNumber('itemErrors.inner.to') }).strict() })
      .strict()
      .optional(),
    /** Position in lists of families (lower first). */
    order: z.number({ error: 'order is required: a number giving the position in lists' }).int(),
    /**
     * Phrases that name the family in a free-text message ("File Station", "Surveillance
     * Station"): the decoder and search read a code next to them as this family's. Matched as
     * whole words, ignoring case.
     */
    words: z.array(text('words[]')).default([]),
    /**
     * A code below this number, from this family's APIs, is a code every API shares (the shared
     * family's), unless the family defines that number itself. 0: the family shares none.
     */
    sharesCommonBelow: z.number({ error: 'sharesCommonBelow must be a whole number, such as 400' }).int().min(0).default(400),
    /** This family's codes are shared by every API (the common family); exactly one family says so. */
    shared: z.literal(true, { error: 'shared can only be true (leave it out otherwise)' }).optional(),
  })
  .strict();
export type NamespaceData = z.output<typeof namespaceSchema>;

/**
 * `content/uncovered/<id>.yaml`: an API whose codes no public table documents (Synology Photos,
 * Drive, ...). A code from it below 400 is a common code; any other stays unresolved, with the
 * note, rather than being read as the code of whichever family defines the same number.
 */
export const uncoveredSchema = z
  .object({
    id: slug('id'),
    /** The product's name ("Synology Photos"). */
    name: text('name'),
    /** API-name patterns, as in a family's `apis`; the most specific pattern wins over families too. */
    apis: z
      .array(text('apis[]'), { error: 'apis is required: the API-name patterns no public table documents' })
      .min(1, { error: 'apis must list at least one API-name pattern' }),
    /** Our own words: what is known about its codes and where to look instead. */
    note: text('note'),
    /** Phrases that name the product in a free-text message, as a family's `words`. */
    words: z.array(text('words[]')).default([]),
    /** A code below this number from these APIs is a code every API shares, as a family's `sharesCommonBelow`. */
    sharesCommonBelow: z.number({ error: 'sharesCommonBelow must be a whole number, such as 400' }).int().min(0).default(400),
  })
  .strict();
export type UncoveredData = z.output<typeof uncoveredSchema>;

/** One public copy of a source document. */
export const copySchema = z
  .object({
    repo: text('copies[].repo'),
    path: text('copies[].path'),
    commit: z.string().regex(/^[0-9a-f]{7,40}$/, { error: 'copies[].commit must be a git commit hash' }),
    note: z.string().optional(),
  })
  .strict();

/** `content/sources/<id>.yaml`: one document that says what codes mean. */
export const sourceSchema = z
  .object({
    id: slug('id'),
    /** Short name used in citations ("File Station guide"). */
    name: text('name'),
    /** The document's own title. */
    title: text('title'),
    publisher: text('publisher'),
    /** Edition, revision or version, as the document gives it. */
    edition: text('edition'),
    /** Year or ISO date of that edition. */
    date: text('date'),
    kind: z.enum(sourceKinds, { error: `kind must be one of: ${sourceKinds.join(', ')}` }),
    /** 1 is the most authoritative; no two sources share a rank. */
    rank: z.number({ error: 'rank is required: 1 is the most authoritative' }).int().min(1),
    /** What the source covers, in a sentence. */
    covers: text('covers'),
    copies: z.array(copySchema).default([]),
    /**
     * For a source that dates codes instead of explaining them (a DSM version's own error table):
     * the version (`DSM 6.2.3`) and the families whose every code its table lists. A code of those
     * families missing from the table came after that version. No page cites such a source, and
     * every row of its table must have a page.
     */
    versionTable: z
      .object({
        version: text('versionTable.version'),
        families: z.array(slug('versionTable.families[]')).min(1, { error: 'versionTable.families must name at least one family' }),
        /**
         * Other sources read from the same DSM version's own files (its Package Center script, say):
         * a code their table lists for one of the families existed in that version too, so it is not
         * new since then, even where this table lacks it.
         */
        alsoListedBy: z.array(slug('versionTable.alsoListedBy[]')).default([]),
      })
      .strict()
      .optional(),
  })
  .strict();
export type SourceData = z.output<typeof sourceSchema>;

export const agreementIds = ['yes', 'partly', 'no'] as const;

/**
 * What a citation rests on: a row of the source's table (`content/tables/<source>.tsv`, the
 * default), a row that only reserves the number without giving it a meaning (which the title
 * need not follow), or the source's behaviour rather than a table (`note` says what it does,
 * `at` names the file of the source that does it).
 */
export const basisIds = ['table', 'reservation', 'behaviour'] as const;
export type Basis = (typeof basisIds)[number];

/** One source's word on one code. */
export const citationSchema = z
  .object({
    /** The source's slug. */
    source: slug('sources[].source'),
    /** How that source words the meaning (paraphrased when it is not our own table). */
    says: z.string().trim().min(1).optional(),
    /** Whether it agrees with the meaning this site gives as the headline. */
    agrees: z.enum(agreementIds, { error: 'sources[].agrees must be one of: yes, partly, no' }),
    /** Where in the source (a page, a table, a constant name). */
    at: z.string().optional(),
    /** For a disagreeing source: the code that really has the meaning it gives... */
    meaningAt: codeNumber('sources[].meaningAt').optional(),
    /** ...and that code's family, when it is not this entry's own. */
    meaningIn: slug('sources[].meaningIn').optional(),
    /** What the citation rests on; see `basisIds`. */
    basis: z.enum(basisIds, { error: `sources[].basis must be one of: ${basisIds.join(', ')}` }).default('table'),
    /** For `basis: behaviour`: what the source does with this code, in our words. */
    note: z.string().trim().min(1).optional(),
    /**
     * The DSM version this citation's wording belongs to ("DSM 6.2.3", "DSM 7"), given where a
     * number's meaning changed between versions; the code page lists such citations by version.
     */
    dsm: z.string().trim().min(1).optional(),
  })
  .strict();
export type Citation = z.output<typeof citationSchema>;

/** A library's message for this code that is wrong for this family's API. */
export const printsSchema = z
  .object({
    /** The library's slug. */
    source: slug('prints[].source'),
    /** The text it prints (or the error it raises). */
    text: text('prints[].text'),
    /** Why that is wrong for this API, as a sentence in our words. */
    why: text('prints[].why'),
  })
  .strict();
export type Prints = z.output<typeof printsSchema>;

/**
 * One row of a source's own table, from `content/tables/<source>.tsv`: the code, where it
 * applies (`all` APIs, or an API name or pattern such as `SYNO.FileStation.*`), the table's
 * name in the source, the source's short wording (empty when an official guide's wording is not
 * transcribed here), and where it is written (repository@commit:file, or guide and page).
 */
export const tableRowSchema = z
  .object({
    source: slug('source'),
    file: text('file'),
    line: z.number().int().min(1),
    code: codeNumber('code'),
    /** `all`, an API name or pattern, or a DSM command-line tool a family lists in its `apis` (`synopkg`). */
    scope: z
      .string()
      .regex(/^(?:all|SYNO\.[A-Za-z0-9.*]+|[a-z][a-z0-9-]*)$/, {
        error: 'scope must be "all", an API name or pattern such as SYNO.FileStation.*, or a tool name such as synopkg',
      }),
    table: text('table'),
    wording: z.string().trim(),
    where: text('where'),
  })
  .strict();
export type TableRowData = z.output<typeof tableRowSchema>;

/** The front matter of `content/codes/<family>/<code>.md`: one code in one family. */
export const codeSchema = z
  .object({
    code: codeNumber('code'),
    /** The family's slug. */
    namespace: slug('namespace'),
    /** For codes that only one API of the family returns, that API's name. */
    api: z.string().regex(/^SYNO\.[A-Za-z0-9.*]+$/, { error: 'api must be an API name such as SYNO.FileStation.CopyMove' }).optional(),
    /** The short meaning; follows the highest-ranked source. */
    title: text('title'),
    /** One paragraph in our own words: what happened. */
    summary: text('summary'),
    /** What to do about it, in our own words. */
    action: text('action'),
    category: categorySchema,
    status: statusSchema.default('documented'),
    /** Every source's word on this code; at least one. */
    sources: z
      .array(citationSchema, { error: 'sources is required: at least one citation' })
      .min(1, { error: 'sources must cite at least one source' }),
    /** Other codes of the same family worth reading next. */
    related: z.array(codeNumber('related[]')).default([]),
    /**
     * Source wordings, other than the title, that mean the same as the title. A citation marked
     * `agrees: "yes"` must word the code like the title or like one of these; one marked
     * `partly` or `no` must not.
     */
    sameMeaning: z.array(text('sameMeaning[]')).default([]),
    /** What a library prints for this code when it is wrong for this API, and why. */
    prints: z.array(printsSchema).default([]),
    /** The family area the code belongs to (one of the family's `areas`). */
    area: slug('area').optional(),
    /** DSM's own text for this code is generic ("Please try again later.") or empty. */
    generic: z.boolean({ error: 'generic must be true or false' }).optional(),
  })
  .strict();
export type CodeData = z.output<typeof codeSchema>;

/** A number a client library makes up itself (never sent by DSM), or a DSM number it fakes. */
export const libraryCodeSchema = z
  .object({
    /** The number as the library reports it (-1, 9999, 0). */
    code: z.number({ error: 'codes[].code is required: a whole number such as -1' }).int({ error: 'codes[].code must be a whole number' }),
    /** Our short heading for what the number stands for in this library. */
    title: text('codes[].title'),
    /** Each situation in which the library reports this number. */
    cases: z
      .array(
        z
          .object({
            /** The exception or error type that carries the number. */
            raisedAs: text('codes[].cases[].raisedAs'),
            /** Our own words: what makes the library report it. */
            when: text('codes[].cases[].when'),
            /** The library's own message text, short, as it prints it. */
            message: z.string().trim().min(1).optional(),
            /** Where in the library (file#line at the source's copy commit). */
            at: text('codes[].cases[].at'),
          })
          .strict(),
      )
      .min(1, { error: 'codes[].cases must list at least one situation' }),
    /** Our own words: what to do. */
    action: text('codes[].action'),
    /** Substrings of the library's message or exception name that identify this number in a paste. */
    cues: z.array(text('codes[].cues[]')).default([]),
  })
  .strict();
export type LibraryCodeData = z.output<typeof libraryCodeSchema>;

/**
 * `content/library-codes/<library>.yaml`: the numbers one client library reports that are not
 * DSM codes, and what else it does with codes (notes). `library` is the library's source slug.
 */
export const libraryCodesSchema = z
  .object({
    library: slug('library'),
    /** The library's name as users know it ("py-synologydsm-api (synology_dsm)"). */
    name: text('name'),
    /** Our own words: how the library handles codes, for its source page and index. */
    summary: text('summary'),
    codes: z.array(libraryCodeSchema).default([]),
    /** What the library does with codes that is not a number of its own (HTTP statuses in the code field, made-up DSM numbers), as sentences. */
    notes: z
      .array(z.object({ text: text('notes[].text'), at: text('notes[].at') }).strict())
      .default([]),
  })
  .strict();
export type LibraryCodesData = z.output<typeof libraryCodesSchema>;
