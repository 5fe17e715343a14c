import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { clip, codeHeading, disputeNotes, misattributionNotes, printsNotes, shortApiName, type Sentence } from '../../src/lib/describe';
import { whyFollowed } from '../../src/lib/provenance';
import { anchorId, codePath, familyPath, joinBase } from '../../src/lib/paths';
import { resolveFamily } from '../../src/lib/resolve';
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
    ['SYNO.Core.System', 'common'],
    ['SYNO.DownloadStation.BTSearch', 'downloadstation-btsearch'],
    ['SYNO.DownloadStation2.BTSearch', 'downloadstation-btsearch'],
    ['SYNO.SurveillanceStation.Camera', 'surveillancestation'],
    ['SYNO.Virtualization.Guest', 'virtualization'],
    ['SYNO.Cal.Event', 'calendar'],
    ['SYNO.Chat.External', 'chat'],
    ['SYNO.Core.Hardware.FanSpeed', 'core-hardware'],
    ['SYNO.Core.ISCSI.LUN', 'core-iscsi'],
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
    expect(disputeNotes(catalog, catalog.entry('auth', 400)!)).toEqual([]);
  });

  it('tells the page that really has a meaning where else the tables put it', () => {
    const notes = misattributionNotes(catalog, catalog.entry('filestation', 415)!).map(text);
    expect(notes).toEqual(['Some widely copied tables list FileStation 408 as \u201cDisk quota exceeded\u201d, which is what this code means.']);
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
    expect(catalog.elsewhere(catalog.entry('filestation', 408)!).map((e) => e.namespace)).toEqual(['auth', 'downloadstation', 'calendar']);
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
