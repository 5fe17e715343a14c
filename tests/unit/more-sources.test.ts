/**
 * Issue 19 (part A): the public tables brought in in December 2026 and the numbers they add. The
 * expected numbers are written here by hand from the audit's gap table, so a lost page, a page in
 * the wrong family or an unaccounted row of a new source fails here.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { exportCodes, exportJsonSchemas } from '../../src/lib/export';
import { rowUses } from '../../src/lib/provenance';
import { versionNote } from '../../src/lib/describe';
import { loadContent } from '../../src/node/content-files';

const catalog = buildCatalog(loadContent());

/** The audit's "Gaps, by family": each number and the family whose page it has. */
const gaps: [string, number[]][] = [
  ['core-iscsi', [18990002, 18990532, 18990541, 18990542, 18990543, 18990635, 18990708, 18990831]],
  ['core', [3101, 3103, 4151, 5701, 2701, 1000, 1005, 2624, 3201, 3600, 3794, 4203, 4571, 4731, 5403]],
  ['container-manager', [2104]],
  ['surveillancestation', [406, 416, 424, 440, 441, 448, 450, 457]],
  ['synology-photos', [609, 620, 641, 803]],
  ['chat', [411, 115, 800]],
  ['filestation', [600]],
  ['common', [2, 121]],
];

/** Numbers seen only on APIs no family covers: the uncovered API's note says what is known. */
const onUncoveredPages: [string, number][] = [
  ['synology-drive', 1000],
  ['hyper-backup', 4400],
];

/** The sources this issue added, each with its table. */
const newSources = [
  'surveillance-station-guide-310',
  'synology-csi',
  'dsm-74-probe',
  'terraform-synology-dsm',
  'democratic-csi',
  'synochat',
  'mcp-synology',
  'photo-statlr',
  'photomigrator',
  'synology-sdk-names',
  'synoai',
];

/** The Core codes with a page that DSM 6.2.3's own table (webapierrorcode.js) lacks. */
const notInDsm623 = [
  // The 47 the audit counted before this issue.
  1055, 2370, 2723, 3015, 3300, 3312, 3347, 3350, 3404, 3405, 3506, 3795, 4005, 4006, 4328, 4603, 4681, 4682, 4683, 4684, 4685,
  5016, 5017, 5018, 5019, 5020, 5021, 5022, 5023, 5024, 5210, 5224, 5225, 5530, 5531, 5532, 5533, 5534, 5623, 6015, 6016, 6215,
  6216, 9060, 9061, 9062, 9063,
  // Pages this issue adds, none of them in DSM 6.2.3's table. (4571 is not here: DSM 6.2.3's Package
  // Center script, read from the same firmware, handles it, so it is not new since then.)
  1000, 1005, 2624, 2701, 3101, 3103, 3201, 3600, 3794, 4151, 4203, 4731, 5403, 5701,
];

describe('every number of the gap table has a page in its family', () => {
  it.each(gaps)('%s: %j', (family, numbers) => {
    expect(numbers.filter((n) => catalog.entry(family, n) === undefined)).toEqual([]);
  });
  it.each(onUncoveredPages)('%s names %i on its note, since no family covers the API', (id, n) => {
    const u = catalog.uncovered.find((x) => x.id === id);
    expect(u?.note).toContain(String(n));
  });
  it('18990570, seen only in a log no public copy holds, has no page and the family page says why', () => {
    expect(catalog.entry('core-iscsi', 18990570)).toBeUndefined();
    expect(catalog.namespace('core-iscsi')?.leftOut).toMatch(/18990570[\s\S]*no public copy of that log could be\s+found/);
  });
  it('Synology Photos is a family, not an uncovered API', () => {
    expect(catalog.namespace('synology-photos')?.apis).toEqual(['SYNO.Foto.*', 'SYNO.FotoTeam.*']);
    expect(catalog.uncovered.map((u) => u.id)).not.toContain('synology-photos');
    expect(catalog.resolveApi('SYNO.FotoTeam.Browse.Item')).toMatchObject({ kind: 'family', family: 'synology-photos' });
  });
});

describe('the new sources', () => {
  it.each(newSources)('%s: every row is cited, left out with a reason, reserved, or on an API no family covers', (id) => {
    expect(catalog.source(id), id).toBeDefined();
    const uses = rowUses(catalog, id);
    expect(uses.length).toBeGreaterThan(0);
    const loose = uses.filter((u) => u.citedOn.length === 0 && u.leftOut === undefined && !u.reserved && !u.outside).map((u) => `${u.row.code} ${u.row.scope}`);
    expect(loose).toEqual([]);
  });
  it("the probe's rows outside every family are only for APIs no family covers", () => {
    const outside = rowUses(catalog, 'dsm-74-probe').filter((u) => u.outside).map((u) => u.row.scope);
    expect(outside.sort()).toEqual(['SYNO.Auth.ForgotPwd', 'SYNO.Backup.*', 'SYNO.DR.Node.Credential', 'SYNO.DisasterRecovery.Retention', 'SYNO.Personal.MailAccount', 'SYNO.SecurityAdvisor.Conf.Location']);
  });
  it('the Surveillance Station guide v3.10 backs the 14 pages that rested on libraries alone, which are documented now', () => {
    const fourteen = [543, 548, 553, 554, 555, 556, 557, 558, 560, 561, 562, 563, 564, 567];
    for (const n of fourteen) {
      const e = catalog.entry('surveillancestation', n);
      expect(catalog.headline(e!)?.source, String(n)).toBe('surveillance-station-guide-310');
      expect(e?.status, String(n)).toBe('documented');
    }
  });
  it("Synology's own driver backs four iSCSI codes once uncertain, and the shared-folder codes it maps", () => {
    for (const n of [18990500, 18990531, 18990538, 18990744]) {
      const e = catalog.entry('core-iscsi', n)!;
      expect(e.status, String(n)).toBe('documented');
      expect(catalog.headline(e)?.src.kind).toBe('synology-code');
    }
    for (const n of [402, 3301, 3309, 3328]) expect(catalog.entry('core', n)?.sources.map((s) => s.source), String(n)).toContain('synology-csi');
    expect(catalog.namespace('core')?.leftOutCodes.find((l) => l.code === 403)?.sources).toEqual(['synology-csi']);
  });
  it("mcp-synology's File Station texts that disagree with the guide are recorded as disagreements", () => {
    for (const n of [1100, 1101, 1800, 1801, 1802, 1803]) {
      const c = catalog.entry('filestation', n)?.sources.find((s) => s.source === 'mcp-synology');
      expect(c?.agrees, String(n)).toBe('no');
    }
    expect(catalog.entry('filestation', 1803)?.sources.find((s) => s.source === 'mcp-synology')?.meaningAt).toBe(1801);
  });
  it('ranks Synology\u2019s own code between its guides and DSM\u2019s interface texts', () => {
    const rank = (id: string) => catalog.source(id)?.rank ?? 0;
    expect(rank('calendar-guide')).toBeLessThan(rank('synology-csi'));
    expect(rank('synology-csi')).toBeLessThan(rank('dsm-ui-strings'));
    expect(rank('dsm-ui-strings')).toBeLessThan(rank('dsm-74-probe'));
    expect(rank('dsm-74-probe')).toBeLessThan(rank('synology-api'));
  });
});

describe("DSM 6.2.3's own table dates Core codes", () => {
  it('marks exactly the Core codes its table lacks, and no code of another family', () => {
    const marked = catalog.all().filter((e) => catalog.absentFrom(e).length > 0);
    expect(marked.filter((e) => e.namespace !== 'core')).toEqual([]);
    expect(marked.map((e) => e.code).sort((a, b) => a - b)).toEqual([...notInDsm623].sort((a, b) => a - b));
  });
  it('says so on the page, and says nothing on a code the table lists', () => {
    expect(versionNote(catalog, catalog.entry('core', 5530)!)).toBe("Not in DSM 6.2.3's own error table: new since then (DSM 7).");
    expect(versionNote(catalog, catalog.entry('core', 3301)!)).toBeUndefined();
    expect(versionNote(catalog, catalog.entry('common', 119)!)).toBeUndefined();
  });
  it('/codes.json carries it as absentFrom, documented in its JSON Schema', () => {
    const out = exportCodes(catalog, { code: () => '', family: () => '', sourceRow: () => '' });
    const field = (ns: string, n: number) => out.codes.find((c) => c.namespace === ns && c.code === n)?.absentFrom;
    expect(field('core', 9060)).toEqual([{ version: 'DSM 6.2.3', source: 'dsm-623-webapierrorcode' }]);
    expect(field('core', 3301)).toEqual([]);
    expect(out.codes.filter((c) => c.absentFrom.length > 0)).toHaveLength(notInDsm623.length);
    expect(out.schemaVersion).toBe(1);
    expect(JSON.stringify(exportJsonSchemas().codes)).toContain("DSM versions whose own error table covers this code's family");
  });
  it('is never cited, and every number in it has a page', () => {
    expect(catalog.all().filter((e) => e.sources.some((s) => s.source === 'dsm-623-webapierrorcode'))).toEqual([]);
    const rows = catalog.rows('dsm-623-webapierrorcode');
    expect(rows).toHaveLength(529);
    expect(rows.filter((r) => catalog.withNumber(r.code).length === 0)).toEqual([]);
  });
});

describe("the source page of DSM 6.2.3's table", () => {
  it('links each row to the page of the code it lists, instead of calling it uncited', () => {
    const uses = rowUses(catalog, 'dsm-623-webapierrorcode');
    expect(uses.filter((u) => u.listedOn.length === 0)).toEqual([]);
    expect(uses.find((u) => u.row.code === 402)?.listedOn.map((e) => `${e.namespace}/${e.code}`)).toEqual(['core/402']);
    expect(rowUses(catalog, 'synology-csi').every((u) => u.listedOn.length === 0)).toBe(true);
  });
});
