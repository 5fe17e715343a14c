import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { clip, codeHeading, countLabel, disputeNotes, dsmUiText, genericNotice, misattributionNotes, plainUiText, printsNotes, shortApiName, type Sentence } from '../../src/lib/describe';
import { whyFollowed } from '../../src/lib/provenance';
import { anchorId, areaPath, codePath, familyPath, joinBase } from '../../src/lib/paths';
import { resolveApi, resolveFamily, resolveUncoveredCode } from '../../src/lib/resolve';
import { loadContent } from '../../src/node/content-files';

const catalog = buildCatalog(loadContent());
const text = (s: Sentence) => s.map((p) => (typeof p === 'string' ? p : p.label)).join('');

describe('paths honour the base path', () => {
  it.each([
    ['/', [], '/'],
    ['/', ['filestation', 408], '/filestation/408/'],
    ['/dsm-errors/', ['filestation'], '/dsm-errors/filestation/'],
    ['/dsm-errors', ['auth', 400], '/dsm-errors/auth/400/'],
  ] as const)('joinBase(%j, %j) = %j', (base, segments, expected) => {
    expect(joinBase(base, ...segments)).toBe(expected);
  });
  it('builds family and code paths', () => {
    expect(familyPath('/x/', 'auth')).toBe('/x/auth/');
    expect(codePath('/x/', 'auth', 403)).toBe('/x/auth/403/');
  });
  it('makes stable heading ids', () => {
    expect(anchorId('Same number in other families')).toBe('same-number-in-other-families');
    expect(anchorId('  What to do?  ')).toBe('what-to-do');
  });
});

describe('resolveFamily: the most specific pattern wins', () => {
  const families = catalog.namespaces;
  it.each([
    ['SYNO.API.Auth', 'auth'],
    ['syno.api.auth', 'auth'],
    ['SYNO.FileStation.List', 'filestation'],
    ['SYNO.FileStation.CopyMove', 'filestation'],
    ['SYNO.DownloadStation.Task', 'downloadstation'],
    ['SYNO.DownloadStation2.Task', 'downloadstation'],
    ['SYNO.Core.System', 'core'],
    ['SYNO.Core.System.Utilization', 'core'],
    ['SYNO.Core.Certificate', 'core'],
    ['SYNO.Core.Share', 'core'],
    ['SYNO.API.Info', 'common'],
    ['SYNO.DownloadStation.BTSearch', 'downloadstation-btsearch'],
    ['SYNO.DownloadStation2.BTSearch', 'downloadstation-btsearch'],
    ['SYNO.SurveillanceStation.Camera', 'surveillancestation'],
    ['SYNO.Virtualization.Guest', 'virtualization'],
    ['SYNO.Cal.Event', 'calendar'],
    ['SYNO.Chat.External', 'chat'],
    ['SYNO.Core.Hardware.FanSpeed', 'core'],
    ['SYNO.Core.ISCSI.LUN', 'core-iscsi'],
    ['SYNO.Core.ISCSI.Target', 'core-iscsi'],
    ['SYNO.PhotoStation.Album', 'photostation'],
    ['SYNO.Docker.Project', 'container-manager'],
  ])('%s -> %s', (api, family) => {
    expect(resolveFamily(api, families)?.family).toBe(family);
  });
  it('does not force DownloadStation APIs without codes of their own into the Task family', () => {
    expect(resolveFamily('SYNO.DownloadStation.Info', families)?.family).toBe('common');
    expect(resolveFamily('SYNO.DownloadStation2.Schedule', families)?.family).toBe('common');
  });
  it('prefers a literal name over a wildcard', () => {
    const fams = [
      { id: 'wide', apis: ['SYNO.Demo.*'] },
      { id: 'narrow', apis: ['SYNO.Demo.Search'] },
    ];
    expect(resolveFamily('SYNO.Demo.Search', fams)?.family).toBe('narrow');
    expect(resolveFamily('SYNO.Demo.List', fams)?.family).toBe('wide');
  });
  it('returns nothing for a name no family covers', () => {
    expect(resolveFamily('Not.An.Api', families)).toBeUndefined();
    expect(resolveFamily('  ', families)).toBeUndefined();
  });
});

describe('APIs no public table documents', () => {
  const resolve = (api: string) => catalog.resolveApi(api);
  it.each([
    ['SYNO.SynologyDrive.Files', 'synology-drive'],
    ['SYNO.Backup.Task', 'hyper-backup'],
    ['SYNO.ActiveBackup.Task', 'active-backup'],
    ['SYNO.ActiveBackupOffice365.Job', 'active-backup'],
  ])('%s is uncovered (%s), not read as a common or another family\'s API', (api, id) => {
    const r = resolve(api);
    expect(r?.kind).toBe('uncovered');
    expect(r?.kind === 'uncovered' && r.uncovered.id).toBe(id);
  });
  it('leaves documented families alone', () => {
    expect(resolve('SYNO.FileStation.List')).toMatchObject({ kind: 'family', family: 'filestation' });
    expect(resolve('SYNO.Core.ISCSI.LUN')).toMatchObject({ kind: 'family', family: 'core-iscsi' });
    expect(resolve('SYNO.Core.Certificate')).toMatchObject({ kind: 'family', family: 'core' });
    expect(resolve('SYNO.PhotoStation.Photo')).toMatchObject({ kind: 'family', family: 'photostation' });
    // Synology Photos is a family now (its users' 609, 620, 641 and 803), no longer uncovered.
    expect(resolve('SYNO.Foto.Browse.Item')).toMatchObject({ kind: 'family', family: 'synology-photos' });
    expect(resolve('SYNO.Foto.Thumbnail')).toMatchObject({ kind: 'family', family: 'synology-photos' });
    expect(resolve('SYNO.FotoTeam.Browse.Folder')).toMatchObject({ kind: 'family', family: 'synology-photos' });
    expect(catalog.uncovered.map((u) => u.id)).not.toContain('synology-photos');
    expect(resolve('SYNO.API.Info')).toMatchObject({ kind: 'family', family: 'common' });
    expect(resolve('Not.An.Api')).toBeUndefined();
  });
  it('a code below 400 from them is a common code', () => {
    const backup = catalog.uncovered.find((u) => u.id === 'hyper-backup')!;
    expect(resolveUncoveredCode(119, backup, catalog.shared?.id)).toEqual({ family: 'common', note: null });
  });
  it('any other code stays unresolved, with a note that no public table documents the API', () => {
    const drive = catalog.uncovered.find((u) => u.id === 'synology-drive')!;
    // A real capture: Synology Drive answered 1000 ("list node failed"); FileStation and Core also define 1000.
    const r = resolveUncoveredCode(1000, drive, catalog.shared?.id);
    expect(r.family).toBeNull();
    expect(r.note).toMatch(/^No public table documents Synology Drive \(SYNO\.SynologyDrive\.\*\), so 1000 is left unresolved/);
  });
  it('a more specific family beats an uncovered pattern, and a family wins a tie', () => {
    const families = [{ id: 'wide', apis: ['SYNO.*'] }, { id: 'photos-search', apis: ['SYNO.Foto.Search'] }, { id: 'same', apis: ['SYNO.Drive.*'] }];
    const uncovered = [{ id: 'photos', name: 'Photos', apis: ['SYNO.Foto.*'], sharesCommonBelow: 400 }, { id: 'drive', name: 'Drive', apis: ['SYNO.Drive.*'], sharesCommonBelow: 400 }];
    expect(resolveApi('SYNO.Foto.Search', families, uncovered)).toMatchObject({ kind: 'family', family: 'photos-search' });
    expect(resolveApi('SYNO.Foto.Browse', families, uncovered)).toMatchObject({ kind: 'uncovered', pattern: 'SYNO.Foto.*' });
    expect(resolveApi('SYNO.Drive.Files', families, uncovered)).toMatchObject({ kind: 'family', family: 'same' });
    expect(resolveApi('SYNO.Other', families, uncovered)).toMatchObject({ kind: 'family', family: 'wide' });
    expect(resolveApi(' ', families, uncovered)).toBeUndefined();
  });
});

describe('areas and generic messages', () => {
  it('links an area and its advice on the family page, under the base path', () => {
    expect(areaPath('/', 'core', 'certificates')).toBe('/core/#area-certificates');
    expect(areaPath('/dsm-errors/', 'core', 'certificates', true)).toBe('/dsm-errors/core/#area-certificates-advice');
  });
  it('counts in words', () => {
    expect(countLabel(1)).toBe('1 code');
    expect(countLabel(15)).toBe('15 codes');
    expect(countLabel(2, 'area')).toBe('2 areas');
  });
  it("shows DSM's text without its markup", () => {
    expect(plainUiText('Please try again later.<a href="https://www.synology.com/company/contact_us" target="_blank"></a>')).toBe('Please try again later.');
    expect(plainUiText('Please contact <a class="link-font" href="x">Synology Technical Support</a>.')).toBe('Please contact Synology Technical Support.');
    expect(plainUiText('a < b and c > d')).toBe('a < b and c > d');
  });
  it('says plainly that a generic message only tells the area, quoting it', () => {
    expect(genericNotice(4000, 'Unable to perform this operation. Please try again later.', 'Packages')).toBe(
      'DSM\u2019s own message for 4000 is generic (\u201cUnable to perform this operation. Please try again later.\u201d): it does not say what went wrong, so this page can only say which area the number belongs to: Packages.',
    );
  });
  it('says so when DSM has no text at all', () => {
    expect(genericNotice(4324, '', 'Network')).toBe(
      'DSM\u2019s interface has no message of its own for 4324 (its text is empty), so this page can only say which area the number belongs to: Network.',
    );
    expect(genericNotice(4324, undefined, 'Network')).toMatch(/has no message of its own/);
  });
  it("reads DSM's text from the page's dsm-ui citation", () => {
    const generic = catalog.codes('core').find((e) => e.generic && dsmUiText(catalog, e));
    expect(generic && dsmUiText(catalog, generic)).toMatch(/\S/);
    expect(dsmUiText(catalog, catalog.entry('filestation', 408)!)).toBeUndefined();
  });
});

describe('page wording', () => {
  it('headings name family, code and meaning', () => {
    const ns = catalog.namespace('filestation')!;
    expect(codeHeading(ns, catalog.entry('filestation', 408)!)).toBe('FileStation 408: No such file or directory');
  });

  it('says plainly where the circulating tables put a meaning, and links the code that has it', () => {
    const [note] = disputeNotes(catalog, catalog.entry('filestation', 408)!);
    expect(text(note!.sentence)).toBe(
      'Some widely copied tables list FileStation 408 as \u201cDisk quota exceeded\u201d; Synology\'s File Station guide gives that meaning to FileStation 415.',
    );
    expect(note!.sentence).toContainEqual(expect.objectContaining({ namespace: 'filestation', code: 415 }));
  });

  it('links across families when the meaning lives elsewhere', () => {
    const [note] = disputeNotes(catalog, catalog.entry('common', 150)!);
    expect(text(note!.sentence)).toMatch(/gives that meaning to Auth 407\.$/);
  });

  it('words a partial disagreement as such', () => {
    const notes = disputeNotes(catalog, catalog.entry('common', 101)!).map((n) => text(n.sentence));
    expect(notes).toContain("Synology's Download Station guide words Common 101 more loosely, as \u201cInvalid parameter\u201d.");
    // A wording that ends in a full stop is not followed by another.
    expect(notes).toContain('openHAB Surveillance Station binding labels Common 101 more loosely, as \u201cThe account parameter is not specified.\u201d');
  });

  it('says a source only reserves a number, and follows the source that gives it a meaning', () => {
    const entry = catalog.entry('common', 120)!;
    const notes = disputeNotes(catalog, entry).map((n) => text(n.sentence));
    expect(notes).toContain("Synology's DSM Login guide reserves Common 120 (\u201cReserved for other purposes\u201d) without giving it a meaning.");
    expect(catalog.headline(entry)?.source).toBe('calendar-guide');
    expect(whyFollowed(catalog, entry)).toMatch(/^This reference follows Synology's Calendar API guide/);
  });

  it("says what a library prints where it is wrong for the API", () => {
    expect(printsNotes(catalog, catalog.entry('auth', 402)!)).toEqual([
      expect.stringMatching(/^synology-api \(N4S4\) prints \u201cThis shared folder doesn't exist\.\u201d for Auth 402\. Its table of SYNO\.Core\.\* messages/),
    ]);
    expect(printsNotes(catalog, catalog.entry('auth', 400)!)).toEqual([]);
  });

  it('has nothing to say where every source agrees', () => {
    // Auth 400 has a dispute now (democratic-csi words it as any failure to authenticate); 401 has none.
    expect(disputeNotes(catalog, catalog.entry('auth', 401)!)).toEqual([]);
  });

  it('tells the page that really has a meaning where else the tables put it', () => {
    const notes = misattributionNotes(catalog, catalog.entry('filestation', 415)!).map(text);
    expect(notes).toEqual([
      'Some widely copied tables list FileStation 408 as \u201cDisk quota exceeded\u201d, which is what this code means.',
      'mcp-synology labels FileStation 1800 as \u201cDisk quota exceeded during upload\u201d, which is what this code means.',
    ]);
  });

  it('clips descriptions at a word boundary', () => {
    expect(clip('short text')).toBe('short text');
    expect(clip('one two three four five', 12)).toBe('one two\u2026');
    expect(clip('a'.repeat(30), 10)).toBe(`${'a'.repeat(9)}\u2026`);
  });

  it('shortens API names by the family prefix', () => {
    expect(shortApiName('SYNO.FileStation.CopyMove', ['SYNO.FileStation.*'])).toBe('CopyMove');
    expect(shortApiName('SYNO.API.Auth', ['SYNO.API.Auth'])).toBe('SYNO.API.Auth');
  });
});

describe('catalog lookups', () => {
  it('finds the same number in other families', () => {
    expect(catalog.elsewhere(catalog.entry('filestation', 408)!).map((e) => e.namespace)).toEqual(['auth', 'downloadstation', 'calendar', 'photostation']);
    expect(catalog.elsewhere(catalog.entry('filestation', 1800)!)).toEqual([]);
  });
  it('orders citations by rank', () => {
    const ranks = catalog.citations(catalog.entry('auth', 400)!).map((c) => c.src.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
  it('lists related codes without repeats or the code itself', () => {
    const related = catalog.related(catalog.entry('filestation', 408)!).map((e) => e.code);
    expect(related).toEqual([...new Set(related)]);
    expect(related).not.toContain(408);
    expect(related).toEqual(expect.arrayContaining([414, 415]));
  });
});
