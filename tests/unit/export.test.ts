import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { codesExportSchema, exportCodes, exportFamilyData, exportJsonSchemas, familyExportSchema } from '../../src/lib/export';
import { loadContent } from '../../src/node/content-files';

const catalog = buildCatalog(loadContent());
const paths = {
  code: (ns: string, code: number) => `https://x.test/${ns}/${code}/`,
  family: (ns: string) => `https://x.test/${ns}/`,
  sourceRow: (source: string, row: string) => `https://x.test/sources/${source}/#${row}`,
};
const all = exportCodes(catalog, paths);
const schemas = exportJsonSchemas();
const ajv = new Ajv2020({ strict: false, allErrors: true });

describe('/codes.json', () => {
  it('matches the collections: every code once, with its title, status and sources', () => {
    expect(all.codes).toHaveLength(catalog.all().length);
    for (const e of catalog.all()) {
      const out = all.codes.find((c) => c.namespace === e.namespace && c.code === e.code);
      expect(out, `${e.namespace} ${e.code}`).toMatchObject({ title: e.title, explanation: e.summary, action: e.action, category: e.category, status: e.status });
      expect(out?.sources.map((s) => s.source).sort()).toEqual(e.sources.map((s) => s.source).sort());
    }
    expect(all.families.map((f) => f.id)).toEqual(catalog.namespaces.map((n) => n.id));
    expect(all.sources.map((s) => s.id)).toEqual(catalog.sources.map((s) => s.id));
  });
  it('gives each citation what it rests on and the rows of the source\u2019s table, and each code what libraries print wrongly', () => {
    let rows = 0;
    for (const e of catalog.all()) {
      const out = all.codes.find((c) => c.namespace === e.namespace && c.code === e.code);
      for (const c of catalog.citations(e)) {
        const cited = out?.sources.find((s) => s.source === c.source && s.at === (c.at ?? null) && s.says === (c.says ?? null));
        expect(cited, `${e.namespace} ${e.code} ${c.source}`).toMatchObject({ basis: c.basis, note: c.note ?? null });
        expect(cited?.rows.map((r) => r.url)).toEqual(c.rows.map((r) => `https://x.test/sources/${c.source}/#${r.id}`));
        for (const r of cited?.rows ?? []) expect(r.code, `${e.namespace} ${e.code} ${c.source}`).toBe(e.code);
        rows += c.rows.length;
      }
      expect(out?.prints).toEqual(e.prints.map((p) => ({ source: p.source, text: p.text, why: p.why })));
    }
    expect(rows).toBeGreaterThan(1000);
    // go-synology prints its FileStation wording for Core 402-404 (issue 12's audit).
    expect(all.codes.filter((c) => c.prints.length > 0).length).toBeGreaterThan(0);
    expect(all.codes.flatMap((c) => c.sources).filter((s) => s.basis === 'behaviour').every((s) => s.note !== null)).toBe(true);
  });
  it("gives each code its area and whether DSM's message is generic, and each family its areas", () => {
    for (const e of catalog.all()) {
      const out = all.codes.find((c) => c.namespace === e.namespace && c.code === e.code);
      expect(out?.area, `${e.namespace} ${e.code}`).toBe(e.area ?? null);
      expect(out?.generic, `${e.namespace} ${e.code}`).toBe(e.generic === true);
    }
    const core = all.families.find((f) => f.id === 'core');
    expect(core?.areas.length).toBeGreaterThan(5);
    for (const a of core?.areas ?? []) expect(a.url).toBe(`https://x.test/core/#area-${a.id}`);
    const ids = new Set(core?.areas.map((a) => a.id));
    expect(all.codes.filter((c) => c.namespace === 'core' && !ids.has(c.area ?? '')).map((c) => c.code)).toEqual([]);
    expect(all.families.find((f) => f.id === 'filestation')?.areas).toEqual([]);
    expect(all.codes.filter((c) => c.namespace === 'filestation' && (c.area !== null || c.generic))).toEqual([]);
  });
  it('names where a disputed meaning really belongs', () => {
    const fs408 = all.codes.find((c) => c.namespace === 'filestation' && c.code === 408);
    expect(fs408?.sources.find((s) => s.source === 'original-tables')).toEqual({
      source: 'original-tables',
      says: 'Disk quota exceeded',
      agrees: 'no',
      at: null,
      meaningBelongsTo: { namespace: 'filestation', code: 415 },
      basis: 'table',
      note: null,
      dsm: null,
      rows: [{ table: 'FileStation Error Codes (SYNO.FileStation.*)', code: 408, wording: 'Disk quota exceeded', url: 'https://x.test/sources/original-tables/#original-tables-408-filestation-error-codes-syno-filestation' }],
    });
  });
  it('names the DSM version of a wording where the meaning changed between versions', () => {
    const core4533 = all.codes.find((c) => c.namespace === 'core' && c.code === 4533);
    expect(core4533?.sources.map((s) => [s.source, s.dsm])).toEqual([['dsm-ui-strings', 'DSM 7'], ['dsm623-package-center', 'DSM 6.2.3'], ['package-reports', 'DSM 6']]);
  });
  it('validates against its zod schema and against the generated JSON Schema', () => {
    expect(codesExportSchema.safeParse(all).success).toBe(true);
    const validate = ajv.compile(schemas.codes);
    expect(validate(JSON.parse(JSON.stringify(all))), JSON.stringify(validate.errors)).toBe(true);
  });
  it('the JSON Schema rejects what a consumer must not rely on', () => {
    const validate = ajv.compile(schemas.codes);
    const broken = JSON.parse(JSON.stringify(all)) as { codes: { status: string }[]; schemaVersion: number };
    if (broken.codes[0]) broken.codes[0].status = 'maybe';
    expect(validate(broken)).toBe(false);
    expect(validate({ ...all, schemaVersion: 2 })).toBe(false);
  });
});

describe('/<family>.json', () => {
  it('holds the family, its codes and only the sources they cite, and validates', () => {
    const validate = ajv.compile(schemas.family);
    for (const ns of catalog.namespaces) {
      const out = exportFamilyData(catalog, ns, paths);
      expect(out.codes.map((c) => c.code)).toEqual(catalog.codes(ns.id).map((c) => c.code));
      const cited = new Set(out.codes.flatMap((c) => c.sources.map((s) => s.source)));
      for (const s of cited) expect(out.sources.map((x) => x.id)).toContain(s);
      expect(familyExportSchema.safeParse(out).success).toBe(true);
      expect(validate(JSON.parse(JSON.stringify(out))), `${ns.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
