/**
 * The machine-readable export: /codes.json (everything) and /<family>.json (one family), for
 * client libraries that want to build their error tables from this reference. Its shape is a zod
 * schema, and the JSON Schema published beside it is generated from that same schema.
 */
import { z } from 'astro/zod';
import type { Catalog, CodeEntry, Namespace, Source } from './catalog';
import { areaAnchor } from './paths';
import { agreementIds, basisIds, categorySchema, sourceKinds, statusSchema } from './schema';

/**
 * Raised when the export's shape changes in a way that can break a consumer. Adding a field (as
 * `area`, `generic` and `areas` were) does not raise it.
 */
export const EXPORT_SCHEMA_VERSION = 1;

const citation = z
  .object({
    source: z.string().describe('Id of the source, a key of "sources"'),
    says: z.string().nullable().describe("How the source words the meaning (paraphrased), or null where it simply agrees"),
    agrees: z.enum(agreementIds).describe('Whether the source agrees with the title'),
    at: z.string().nullable().describe('Where in the source, when known'),
    meaningBelongsTo: z
      .object({ namespace: z.string(), code: z.number().int() })
      .nullable()
      .describe('For a disagreeing source: the code that really has the meaning it gives'),
    basis: z.enum(basisIds).describe("What the citation rests on: a row of the source's table, a reservation of the number, or what the source does with the code (see note)"),
    note: z.string().nullable().describe('For basis "behaviour": what the source does with this code'),
    dsm: z.string().nullable().describe('The DSM version this wording belongs to ("DSM 6.2.3", "DSM 7"), where the number\'s meaning changed between versions; null otherwise'),
    rows: z
      .array(
        z
          .object({
            table: z.string().describe("The source's table (a file, a map, a guide's table)"),
            code: z.number().int(),
            wording: z.string().describe('The row as the source words it (empty where the source gives no wording)'),
            url: z.string().describe("The row on this site's page of the source"),
          })
          .strict(),
      )
      .describe("The rows of the source's own table the citation rests on"),
  })
  .strict();

const code = z
  .object({
    namespace: z.string().describe('The family id'),
    code: z.number().int().positive(),
    api: z.string().nullable().describe('The one API of the family that returns this code, when only one does'),
    title: z.string().describe('Short meaning; follows the highest-ranked source'),
    explanation: z.string(),
    action: z.string().describe('What to do about it'),
    category: categorySchema,
    status: statusSchema.describe('documented, uncertain (one library, no readable source), reserved, or observed'),
    url: z.string().describe('The code page'),
    area: z.string().nullable().describe('In a family grouped by area: the id of the area the code belongs to (a key of the family\'s "areas"); otherwise null'),
    generic: z.boolean().describe("True when DSM's own message for the code is generic or empty, so only its area is known"),
    sources: z.array(citation).min(1),
    absentFrom: z
      .array(z.object({ version: z.string().describe('The DSM version, e.g. "DSM 6.2.3"'), source: z.string().describe('Id of the source that is that version\'s own error table') }).strict())
      .describe("DSM versions whose own error table covers this code's family but lacks the code, so the code came later (\"Not in DSM 6.2.3's table: new in DSM 7\"); empty when none does"),
    prints: z
      .array(z.object({ source: z.string().describe('Id of the source (a library)'), text: z.string().describe('What it prints or raises'), why: z.string().describe('Why that is wrong for this API') }).strict())
      .describe('What a client library prints for this code where that is wrong for this API'),
  })
  .strict();

const range = z.object({ from: z.number().int(), to: z.number().int() }).strict();

const area = z
  .object({
    id: z.string(),
    name: z.string(),
    summary: z.string().describe('What the area is and when its codes appear'),
    advice: z.string().describe("The advice the area's codes share"),
    url: z.string().describe("The area's section of the family page"),
  })
  .strict();

const family = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string(),
    apis: z.array(z.string()).describe('API-name patterns; * matches any run of characters; the most specific match wins'),
    cgi: z.array(z.string()),
    ranges: z.array(range),
    reserved: z.array(range.extend({ note: z.string() }).strict()),
    summary: z.string(),
    areas: z.array(area).describe('The areas the family groups its codes in (Control Panel areas for SYNO.Core.*); empty when it has none'),
    url: z.string(),
  })
  .strict();

const source = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string(),
    publisher: z.string(),
    edition: z.string(),
    date: z.string(),
    kind: z.enum(sourceKinds),
    rank: z.number().int().describe('1 is the most authoritative'),
    covers: z.string(),
    copies: z.array(z.object({ repo: z.string(), path: z.string(), commit: z.string(), note: z.string().nullable() }).strict()),
    versionTable: z
      .object({ version: z.string(), families: z.array(z.string()), alsoListedBy: z.array(z.string()).describe('Other sources read from the same version\'s files; a code they list existed in that version too') })
      .strict()
      .nullable()
      .describe("For a DSM version's own error table: the version and the families whose every code it lists (it dates codes; no code cites it); otherwise null"),
  })
  .strict();

export const codesExportSchema = z
  .object({
    schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
    families: z.array(family),
    sources: z.array(source),
    codes: z.array(code),
  })
  .strict()
  .describe('Every Synology DSM Web API error code in this reference, with its family and sources');

export const familyExportSchema = z
  .object({
    schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
    family,
    sources: z.array(source).describe('The sources this family\u2019s codes cite'),
    codes: z.array(code),
  })
  .strict()
  .describe('One API family of the Synology DSM Web API error reference');

export type CodesExport = z.output<typeof codesExportSchema>;
export type FamilyExport = z.output<typeof familyExportSchema>;

type Paths = { code(namespace: string, code: number): string; family(namespace: string): string; sourceRow(source: string, rowId: string): string };

function exportCode(catalog: Catalog, e: CodeEntry, paths: Paths): z.output<typeof code> {
  return {
    namespace: e.namespace,
    code: e.code,
    api: e.api ?? null,
    title: e.title,
    explanation: e.summary,
    action: e.action,
    category: e.category,
    status: e.status,
    url: paths.code(e.namespace, e.code),
    area: e.area ?? null,
    generic: e.generic === true,
    sources: catalog.citations(e).map((c) => {
      const target = catalog.meaningTarget(e, c);
      return {
        source: c.source,
        says: c.says ?? null,
        agrees: c.agrees,
        at: c.at ?? null,
        meaningBelongsTo: target ? { namespace: target.namespace, code: target.code } : null,
        basis: c.basis,
        note: c.note ?? null,
        dsm: c.dsm ?? null,
        rows: c.rows.map((r) => ({ table: r.table, code: r.code, wording: r.wording, url: paths.sourceRow(c.source, r.id) })),
      };
    }),
    absentFrom: catalog.absentFrom(e).map((a) => ({ version: a.version, source: a.source.id })),
    prints: e.prints.map((p) => ({ source: p.source, text: p.text, why: p.why })),
  };
}

function exportFamily(n: Namespace, paths: Paths): z.output<typeof family> {
  return {
    id: n.id,
    name: n.name,
    title: n.title,
    apis: [...n.apis],
    cgi: [...n.cgi],
    ranges: n.ranges.map((r) => ({ from: r.from, to: r.to })),
    reserved: n.reserved.map((r) => ({ from: r.from, to: r.to, note: r.note })),
    summary: n.summary,
    areas: n.areas.map((a) => ({ id: a.id, name: a.name, summary: a.summary, advice: a.advice, url: `${paths.family(n.id)}#${areaAnchor(a.id)}` })),
    url: paths.family(n.id),
  };
}

function exportSource(s: Source): z.output<typeof source> {
  return {
    id: s.id,
    name: s.name,
    title: s.title,
    publisher: s.publisher,
    edition: s.edition,
    date: s.date,
    kind: s.kind,
    rank: s.rank,
    covers: s.covers,
    copies: s.copies.map((c) => ({ repo: c.repo, path: c.path, commit: c.commit, note: c.note ?? null })),
    versionTable: s.versionTable ? { version: s.versionTable.version, families: [...s.versionTable.families], alsoListedBy: [...s.versionTable.alsoListedBy] } : null,
  };
}

export function exportCodes(catalog: Catalog, paths: Paths): CodesExport {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    families: catalog.namespaces.map((n) => exportFamily(n, paths)),
    sources: catalog.sources.map(exportSource),
    codes: catalog.all().map((e) => exportCode(catalog, e, paths)),
  };
}

export function exportFamilyData(catalog: Catalog, namespace: Namespace, paths: Paths): FamilyExport {
  const codes = catalog.codes(namespace.id);
  const cited = new Set([...namespace.sources, ...codes.flatMap((e) => e.sources.map((c) => c.source))]);
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    family: exportFamily(namespace, paths),
    sources: catalog.sources.filter((s) => cited.has(s.id)).map(exportSource),
    codes: codes.map((e) => exportCode(catalog, e, paths)),
  };
}

/** JSON Schemas (draft 2020-12) generated from the zod schemas above. */
export function exportJsonSchemas(): { codes: Record<string, unknown>; family: Record<string, unknown> } {
  return { codes: z.toJSONSchema(codesExportSchema), family: z.toJSONSchema(familyExportSchema) };
}
