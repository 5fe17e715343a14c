/**
 * Package Center's installer numbers, the Core 45xx codes DSM 6.2.3 adds, and client libraries'
 * own numbers: every number of the audit's two tables (package-center-codes.tsv and
 * library-own-codes.tsv, December 2026) has its page in the right place or a recorded reason.
 * The expected numbers are written here by hand from those tables; the tests read only content/.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, CatalogError, type RawEntry } from '../../src/lib/catalog';
import { loadContent } from '../../src/node/content-files';
import { decoderData } from '../../src/lib/decoder/data';
import { libraryCodeRecords, libraryFileUrl, notDsmNotice } from '../../src/lib/library-codes';
import { httpLibraryNotes, httpStatuses } from '../../src/lib/http-statuses';
import { versionNotes, disputeNotes } from '../../src/lib/describe';
import { dsm623Core, packageCenterInstaller, packageCenterLeftOut } from '../helpers/expected';
import type { LibraryCodesData } from '../../src/lib/schema';

const input = loadContent();
const catalog = buildCatalog(input);

/** Every number of package-center-codes.tsv, by where it belongs. */
const tsvInstaller = [150, 259, 260, 261, 263, 267, 268, 277, 279, 281, 283, 284, 285, 287, 288, 289, 290, 291, 292, 293, 297, 302, 303, 276, 278, 313, 319, 255, 273];
const tsvWebApi = [
  4500, 4501, 4502, 4503, 4504, 4505, 4520, 4521, 4522, 4523, 4524, 4525, 4526, 4527, 4528, 4529, 4530, 4531, 4532, 4533, 4534, 4535,
  4536, 4537, 4538, 4540, 4541, 4542, 4543, 4544, 4545, 4546, 4547, 4548, 4549, 4552, 4556, 4560, 4562, 4571, 4580, 4581, 4582, 4583, 4584,
];

/** Every (library, number) of library-own-codes.tsv that is a number the library reports itself, by source slug. */
const libraryNumbers: Record<string, number[]> = {
  'py-synologydsm-api': [-1, -2, -3],
  'python-synology': [-1, -2],
  'synology-api': [-1, 0, 9999],
  'go-synology': [0],
  'synology-drive-api': [-1],
  'synology-api-client-dotnet': [0],
  'kwent-syno': [0],
  'synology-swift-kit': [-1],
  'mcp-synology': [102, 104],
};
/** Rows of that table that are numbers but get no page, and why (checked against the content below where it says so). */
const libraryNumbersWithoutPage: Record<string, string> = {
  'ChrisSong1994/synology-api 0 / 9999': 'table entries copied from N4S4; the request code never produces them',
  'vocweb/synology-mcp-server 401': 'an HTTP status in synoCode, said on its source page and the HTTP statuses page',
  'kwent/syno HTTP status as .code': 'an HTTP status, said on its source page and the HTTP statuses page',
};

describe('Package Center numbers', () => {
  it('every installer number has a page in package-center or a reason in its leftOutCodes', () => {
    const missing = tsvInstaller.filter(
      (n) => !catalog.entry('package-center', n) && !catalog.namespace('package-center')?.leftOutCodes.some((l) => l.code === n),
    );
    expect(missing).toEqual([]);
    // ...and not in Common, although 150-199 lie in Common's range.
    expect(catalog.entry('package-center', 150)?.title).toBe('Invalid file format');
    expect(catalog.namespace('package-center')?.sharesCommonBelow).toBe(0);
  });
  it('every 45xx number of DSM 6.2.3 has a Core page in the packages area, or a recorded reason', () => {
    const missing = tsvWebApi.filter((n) => catalog.entry('core', n)?.area !== 'packages' && !catalog.namespace('core')?.leftOutCodes.some((l) => l.code === n));
    expect(missing).toEqual([]);
    for (const n of [...dsm623Core.documented, ...dsm623Core.uncertain]) expect(catalog.citations(catalog.entry('core', n)!).map((c) => c.source)).toContain('dsm623-package-center');
  });
  it('records each page-less number with its source, as the expected list says', () => {
    for (const [n, { family, source }] of Object.entries(packageCenterLeftOut)) {
      const left = catalog.namespace(family)?.leftOutCodes.find((l) => l.code === Number(n));
      expect(left?.sources, `${family} ${n}`).toContain(source);
      expect(catalog.entry(family, Number(n))).toBeUndefined();
    }
  });
  it('calls 287 what it is: the signature check succeeded', () => {
    expect(catalog.namespace('package-center')?.leftOutCodes.find((l) => l.code === 287)?.reason).toMatch(/not an error/i);
  });
  it('shows 289 with both its DSM 6 and DSM 7 meanings, newest first', () => {
    const v = versionNotes(catalog, catalog.entry('package-center', 289)!);
    expect(v.map((x) => x.dsm)).toEqual(['DSM 7', 'DSM 6.2.3']);
    expect(v[0]?.text).toBe('spk is not from synology');
    expect(v[1]?.text).toMatch(/unknown publisher/);
  });
  it('shows 4533 and 4534 with the meaning each DSM version gives', () => {
    const v33 = versionNotes(catalog, catalog.entry('core', 4533)!);
    expect(v33).toEqual([
      expect.objectContaining({ dsm: 'DSM 7', text: expect.stringMatching(/expired/), headline: true }),
      expect.objectContaining({ dsm: 'DSM 6.2.3', text: expect.stringMatching(/does not contain a digital signature/), headline: false }),
      // A DSM 6 report of the same message, whose number was inferred from the message.
      expect.objectContaining({ dsm: 'DSM 6', text: 'Package Does Not Contain Digital Signature', headline: false }),
    ]);
    expect(disputeNotes(catalog, catalog.entry('core', 4533)!)[0]?.sentence.join('')).toMatch(/^On DSM 6\.2\.3, .*meaning changed between DSM versions/);
    expect(versionNotes(catalog, catalog.entry('core', 4534)!).map((x) => x.dsm)).toEqual(['DSM 7', 'DSM 6.2.3']);
  });
  it("rests 289's agreeing report citation on the DSM 6 reports only, and its DSM 7 citation on the DSM 7 ones", () => {
    const cites = catalog.citations(catalog.entry('package-center', 289)!).filter((c) => c.source === 'package-reports');
    const yes = cites.find((c) => c.agrees === 'yes');
    expect(yes?.rows).toHaveLength(7);
    expect(yes?.rows.every((r) => r.wording === '')).toBe(true);
    expect(cites.find((c) => c.agrees === 'partly')?.rows.map((r) => r.wording)).toEqual(Array(3).fill('spk is not from synology'));
  });
  it('cites the reports of 45xx messages on their Core pages, saying where the number was inferred', () => {
    const rows = catalog.citations(catalog.entry('core', 4531)!).filter((c) => c.source === 'package-reports').flatMap((c) => c.rows);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.table.includes('number inferred from the message'))).toBe(true);
    const raw = catalog.citations(catalog.entry('core', 4528)!).flatMap((c) => c.rows).find((r) => r.table.startsWith('homebridge/homebridge-syno-spk#43'));
    expect(raw?.table).not.toMatch(/inferred/);
  });
  it('marks the statuses the sources warrant', () => {
    expect(catalog.codes('package-center').filter((e) => e.status === 'observed').map((e) => e.code)).toEqual(packageCenterInstaller.observed);
  });
  it('gives the decoder the installer family with its words and sharesCommonBelow, and no tool name as an API', () => {
    const d = decoderData(catalog);
    const pc = d.families.find((f) => f.id === 'package-center');
    expect(pc?.sharesCommonBelow).toBe(0);
    expect(pc?.words).toContain('synopkg');
    expect(d.families.find((f) => f.id === 'common')).toMatchObject({ shared: true, sharesCommonBelow: 400 });
    expect(d.apiNames).not.toContain('synopkg');
    expect(d.httpStatusesPath).toBe('http-statuses/');
  });
});

describe("libraries' own numbers", () => {
  it('has a page for every number of the table, and no other', () => {
    const have = Object.fromEntries(catalog.libraryCodes.filter((l) => l.codes.length > 0).map((l) => [l.library, l.codes.map((c) => c.code)]));
    expect(have).toEqual(libraryNumbers);
    expect(Object.keys(libraryNumbersWithoutPage)).toHaveLength(3);
  });
  it('says on the source page where a library puts an HTTP status in the code field or makes up DSM numbers', () => {
    const notes = (lib: string) => catalog.libraryCodes.find((l) => l.library === lib)?.notes.map((n) => n.text).join(' ') ?? '';
    expect(notes('kwent-syno')).toMatch(/HTTP status/);
    expect(notes('vocweb-synology-mcp-server')).toMatch(/synoCode/);
    expect(notes('mcp-synology')).toMatch(/102 and 104/);
  });
  it("says plainly that a library's number is not DSM's, and names DSM's own pages for a number DSM also uses", () => {
    const py = catalog.libraryCodes.find((l) => l.library === 'py-synologydsm-api')!;
    expect(notDsmNotice(catalog, py, { code: -2 }).sentence).toMatch(/^This is not a DSM code\. py-synologydsm-api makes up -2 itself/);
    const go = catalog.libraryCodes.find((l) => l.library === 'go-synology')!;
    expect(notDsmNotice(catalog, go, { code: 0 }).sentence).toMatch(/^This is not a DSM error code\. go-synology uses 0 itself/);
    const mcp = catalog.libraryCodes.find((l) => l.library === 'mcp-synology')!;
    const n = notDsmNotice(catalog, mcp, { code: 102 });
    expect(n.sentence).toMatch(/^This 102 did not come from DSM: mcp-synology reports it itself/);
    expect(n.dsmEntries.map((e) => `${e.namespace}/${e.code}`)).toContain('common/102');
  });
  it("py-synologydsm-api's -1 says it also hides every HTTP failure", () => {
    const e = catalog.libraryCodes.find((l) => l.library === 'py-synologydsm-api')?.codes.find((c) => c.code === -1);
    expect(e?.cases.map((c) => c.raisedAs)).toEqual(['SynologyDSMNotLoggedInException', 'SynologyDSMRequestException']);
    expect(e?.cases[1]?.when).toMatch(/HTTP/);
  });
  it('gives the decoder each number with cues and its page path', () => {
    const r = libraryCodeRecords(catalog).find((x) => x.library === 'py-synologydsm-api' && x.code === -2);
    expect(r).toMatchObject({ libraryName: 'py-synologydsm-api', path: 'libraries/py-synologydsm-api/-2/', raisedAs: 'SynologyDSMAPINotExistsException' });
    expect(r?.cues).toContain('does not exists');
    expect(decoderData(catalog).libraryCodes?.length).toBe(Object.values(libraryNumbers).flat().length);
  });
  it('links a case to the line in the library at the commit the source names', () => {
    const py = catalog.source('py-synologydsm-api')!;
    expect(libraryFileUrl(py, 'src/synology_dsm/exceptions.py#L54 (raised at ...)')).toBe('https://github.com/mib1185/py-synologydsm-api/blob/7dee928/src/synology_dsm/exceptions.py#L54');
    expect(libraryFileUrl({ copies: [] }, 'x.py')).toBeUndefined();
  });
  it('rejects a library file that names an unknown source, a non-library, or the same number twice, naming file and field', () => {
    const file = (library: string, codes: LibraryCodesData['codes']): RawEntry<LibraryCodesData> => ({
      id: library,
      filePath: `content/library-codes/${library}.yaml`,
      data: { library, name: library, summary: 's', codes, notes: [] },
    });
    const code = { code: -1, title: 't', cases: [{ raisedAs: 'E', when: 'w', at: 'a.py' }], action: 'a', cues: [] };
    const problems = (l: RawEntry<LibraryCodesData>) => {
      try {
        buildCatalog({ ...input, libraryCodes: [l] });
        return [];
      } catch (e) {
        return e instanceof CatalogError ? [...e.problems] : [String(e)];
      }
    };
    expect(problems(file('no-such-lib', [code]))[0]).toMatch(/library-codes\/no-such-lib\.yaml › library: unknown source "no-such-lib"/);
    expect(problems(file('dsm-login-guide', [code]))[0]).toMatch(/is a source of kind official-guide; only a library/);
    expect(problems(file('kwent-syno', [code, code]))[0]).toMatch(/kwent-syno\.yaml › codes\[1\]\.code: -1 is already listed at codes\[0\]/);
  });
});

describe('HTTP statuses page', () => {
  it('covers the statuses the NAS answers instead of DSM', () => {
    expect(httpStatuses.map((s) => s.status)).toEqual(expect.arrayContaining([400, 401, 403, 404, 502, 504]));
  });
  it("links only to library pages that exist", () => {
    for (const n of httpLibraryNotes) {
      if (!n.library) continue;
      const lib = catalog.libraryCodes.find((l) => l.library === n.library);
      expect(lib, n.library).toBeDefined();
      if (n.code !== undefined) expect(lib?.codes.map((c) => c.code), `${n.library} ${n.code}`).toContain(n.code);
    }
  });
});
