/**
 * Every citation is held to its source's own table (content/tables/<source>.tsv), and every
 * table row to the citations. Each case breaks the small fixture one way and expects the
 * problem to name the file and the field (or the table file and line).
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { loadContent } from '../../src/node/content-files';
import { rowUses, sourceUsage } from '../../src/lib/provenance';
import { homeFamilies, normWording, parseTable, rowCovers, saysMatches, scopeFamilies } from '../../src/lib/tables';
import { problemsOf, validFiles, writeFixture } from '../helpers/fixture';


const file = (path: string) => validFiles[path] ?? '';
const code400 = file('codes/demo/400.md');
const code401 = file('codes/demo/401.md');
const guide = file('tables/guide.tsv');
const tables = file('tables/tables.tsv');

describe('a citation must rest on its source table', () => {
  it('a says that is not the source wording fails, naming the file, the field and the wording', () => {
    const problems = problemsOf({ 'codes/demo/400.md': code400.replace('says: Something failed', 'says: Something broke') });
    expect(problems).toEqual([
      expect.stringMatching(/codes\/demo\/400\.md › sources\[0\]\.says: “Something broke” is not how guide words 400: content\/tables\/guide\.tsv says “Something failed”/),
    ]);
  });

  it('a code its source does not list fails, naming the file and the field', () => {
    const problems = problemsOf({ 'tables/guide.tsv': guide.replace(/^401\t.*\n/m, '') });
    expect(problems).toEqual([
      expect.stringMatching(/codes\/demo\/401\.md › sources\[0\]\.source: guide does not list 401 for demo: content\/tables\/guide\.tsv has no 401/),
    ]);
  });

  it('a row for another API does not back the citation', () => {
    const problems = problemsOf({ 'tables/guide.tsv': guide.replace('400\tall', '400\tSYNO.Other.Thing') });
    expect(problems).toEqual([expect.stringMatching(/codes\/demo\/400\.md › sources\[0\]\.source: guide does not list 400 for demo: .* has 400 only for SYNO\.Other\.Thing/)]);
  });

  it('a cited source without a table fails', () => {
    const problems = problemsOf({ 'tables/tables.tsv': null });
    expect(problems).toEqual([expect.stringMatching(/codes\/demo\/401\.md › sources\[1\]\.source: tables has no table \(content\/tables\/tables\.tsv\)/)]);
  });

  it('the headline source agrees when the title is a heading shortened from its wording; another source does not', () => {
    const long = 'Something failed on the demo system. Please try again later.';
    const changed = { 'tables/guide.tsv': guide.replace('\tSomething failed\t', `\t${long}\t`), 'codes/demo/400.md': code400.replace('says: Something failed', `says: "${long}"`) };
    expect(problemsOf(changed)).toEqual([]);
    // A title with a word the headline's wording lacks is not a shortening of it.
    expect(problemsOf({ ...changed, 'codes/demo/400.md': changed['codes/demo/400.md'].replace('title: Something failed', 'title: Something crashed') })).toEqual([
      expect.stringMatching(/codes\/demo\/400\.md › sources\[0\]\.agrees: "yes", but guide words 400 “Something failed on the demo system/),
    ]);
    // Only the headline source: a lower-ranked source wording the code at greater length must be listed in sameMeaning.
    const second = code401.replace('says: Disk full\n    agrees: "no"\n    meaningAt: 400', 'says: Something else failed badly today\n    agrees: "yes"');
    expect(problemsOf({ 'tables/tables.tsv': tables.replace('Disk full', 'Something else failed badly today'), 'codes/demo/401.md': second })).toEqual([
      expect.stringMatching(/codes\/demo\/401\.md › sources\[1\]\.agrees: "yes", but tables words 401 “Something else failed badly today”, which is neither the title nor listed in sameMeaning/),
    ]);
  });

  it('agrees "yes" with a wording that is neither the title nor in sameMeaning fails; listing it passes', () => {
    const changed = { 'tables/guide.tsv': guide.replace('Something failed', 'Disk on fire'), 'codes/demo/400.md': code400.replace('    says: Something failed\n', '') };
    expect(problemsOf(changed)).toEqual([
      expect.stringMatching(/codes\/demo\/400\.md › sources\[0\]\.agrees: "yes", but guide words 400 “Disk on fire”, which is neither the title nor listed in sameMeaning/),
    ]);
    const listed = changed['codes/demo/400.md'].replace('---\n', '---\nsameMeaning: ["Disk on fire"]\n');
    expect(problemsOf({ ...changed, 'codes/demo/400.md': listed })).toEqual([]);
  });

  it('agrees "no" with the title wording fails', () => {
    const problems = problemsOf({
      'tables/tables.tsv': tables.replace('Disk full', 'Something else failed'),
      'codes/demo/401.md': code401.replace('says: Disk full', 'says: Something else failed'),
    });
    expect(problems).toEqual([expect.stringMatching(/codes\/demo\/401\.md › sources\[1\]\.agrees: "no", but tables's wording “Something else failed” is the title's/)]);
  });

  it('a sameMeaning wording that no citation uses fails', () => {
    const problems = problemsOf({ 'codes/demo/400.md': code400.replace(/\n---\n$/, '\nsameMeaning: ["Nobody says this"]\n---\n') });
    expect(problems).toEqual([expect.stringMatching(/codes\/demo\/400\.md › sameMeaning\[0\]: no agreeing citation words 400 “Nobody says this”/)]);
  });

  it('a citation of behaviour needs a note and a file of the source', () => {
    const behaviour = code401.replace('    says: Something else failed\n', '    basis: behaviour\n');
    const problems = problemsOf({ 'codes/demo/401.md': behaviour });
    expect(problems).toEqual([
      expect.stringMatching(/codes\/demo\/401\.md › sources\[0\]\.note: a citation of behaviour must say, in a note, what guide does with 401/),
      expect.stringMatching(/codes\/demo\/401\.md › sources\[0\]\.at: a citation of behaviour must name the file that does it/),
    ]);
  });

  it('a reservation must rest on a row that reserves the number', () => {
    const problems = problemsOf({ 'codes/demo/401.md': code401.replace('    meaningAt: 400\n', '    basis: reservation\n') });
    expect(problems).toContainEqual(expect.stringMatching(/codes\/demo\/401\.md › sources\[1\]\.basis: "reservation", but tables's row for 401 \(“Disk full”\) does not reserve the number/));
  });
});

describe('every row of a cited table is cited or left out', () => {
  const row402 = '402\tSYNO.Demo.*\tDemo error codes\tThird thing\tdemo-guide.pdf p.2\n';

  it('a row with no page fails, naming the table file and line', () => {
    const problems = problemsOf({ 'tables/guide.tsv': guide + row402 });
    expect(problems).toEqual([
      expect.stringMatching(/^content\/tables\/guide\.tsv › line 4: guide lists 402 for SYNO\.Demo\.\* \(“Third thing”\), but family "demo" has no page for 402; .*namespaces\/demo\.yaml › leftOutCodes/),
    ]);
  });

  it('a row whose page does not cite the source fails', () => {
    const problems = problemsOf({ 'tables/tables.tsv': `${tables}400\tSYNO.Demo.*\tDemo table\tSomething failed\ttables.md\n` });
    expect(problems).toEqual([expect.stringMatching(/^content\/tables\/tables\.tsv › line 3: tables lists 400 .* but content\/codes\/demo\/400\.md does not cite it/)]);
  });

  it('leftOutCodes with a reason clears it; a left-out entry for a row that does not exist fails', () => {
    const ns = file('namespaces/demo.yaml');
    const leftOut = `${ns}leftOutCodes:\n  - { code: 402, sources: [guide], reason: "Only a draft lists it" }\n`;
    expect(problemsOf({ 'tables/guide.tsv': guide + row402, 'namespaces/demo.yaml': leftOut })).toEqual([]);
    expect(problemsOf({ 'namespaces/demo.yaml': leftOut })).toEqual([
      expect.stringMatching(/namespaces\/demo\.yaml › leftOutCodes\[0\]\.sources\[0\]: guide lists no 402 for this family/),
    ]);
  });

  it('rows for APIs the site has no family for are ignored', () => {
    expect(problemsOf({ 'tables/guide.tsv': `${guide}9000\tSYNO.Elsewhere.*\tOther\tNot ours\tx\n` })).toEqual([]);
  });

  it('a malformed table file names the file and line', () => {
    expect(() => loadContent(writeFixture({ 'tables/guide.tsv': guide.replace('400\tall\t', '400\tall\textra\t') }))).toThrow(/content\/tables\/guide\.tsv › line 2: expected 5 tab-separated cells/);
    expect(parseTable('code\tscope\n', 'x', 'content/tables/x.tsv').problems).toEqual([expect.stringMatching(/^content\/tables\/x\.tsv › line 1: the header must be/)]);
  });
});

describe('wording and scope rules', () => {
  it('says matches the row apart from case, spacing and a final full stop; a cut-off row matches what it keeps', () => {
    expect(saysMatches('Disk quota exceeded', 'Disk  quota exceeded.')).toBe(true);
    expect(saysMatches('disk quota', 'Disk quota exceeded')).toBe(false);
    expect(saysMatches('The number of iSCSI LUNs has reached the system limit', 'The number of iSCSI LUNs has reached the system limit. Note: vdisk is based on iSCSI LUN, which i...')).toBe(true);
    expect(saysMatches('The number of LUNs', 'The number of iSCSI LUNs has reached the system limit. Note: vdisk...')).toBe(false);
  });

  it('compares meanings without small words and punctuation', () => {
    expect(normWording('Invalid parameter of a file operation')).toBe(normWording('Invalid parameter of file operation'));
    expect(normWording('Invalid parameter')).not.toBe(normWording('No parameter of API, method or version'));
  });

  const families = [
    { id: 'common', apis: ['SYNO.*'], ranges: [{ from: 100, to: 199 }], shared: true as const },
    { id: 'filestation', apis: ['SYNO.FileStation.*'], ranges: [{ from: 400, to: 599 }, { from: 800, to: 2099 }] },
    { id: 'downloadstation', apis: ['SYNO.DownloadStation.Task', 'SYNO.DownloadStation2.Task'], ranges: [{ from: 400, to: 499 }] },
    { id: 'downloadstation-btsearch', apis: ['SYNO.DownloadStation.BTSearch'], ranges: [{ from: 400, to: 499 }] },
  ];
  it('a scope names the family of its most specific pattern, or every family a wider pattern covers', () => {
    expect(scopeFamilies('SYNO.FileStation.Upload', families).map((f) => f.id)).toEqual(['filestation']);
    expect(scopeFamilies('SYNO.DownloadStation.*', families).map((f) => f.id)).toEqual(['downloadstation', 'downloadstation-btsearch']);
    expect(scopeFamilies('SYNO.PhotoStation.Album', families)).toEqual([]);
    expect(scopeFamilies('all', families).map((f) => f.id)).toEqual(['common']);
  });
  it('a code outside its family but inside the common range is the common code', () => {
    expect(homeFamilies({ scope: 'SYNO.FileStation.*', code: 160 }, families).map((f) => f.id)).toEqual(['common']);
    expect(homeFamilies({ scope: 'SYNO.DownloadStation2.Task', code: 120 }, families).map((f) => f.id)).toEqual(['common']);
    expect(homeFamilies({ scope: 'SYNO.DownloadStation.Task', code: 1901 }, families).map((f) => f.id)).toEqual(['downloadstation']);
  });
  it('a row for one API covers only that API’s page', () => {
    expect(rowCovers({ scope: 'SYNO.FileStation.Upload', code: 1100 }, { namespace: 'filestation', code: 1100, api: 'SYNO.FileStation.CreateFolder' }, families)).toBe(false);
    expect(rowCovers({ scope: 'SYNO.FileStation.*', code: 1100 }, { namespace: 'filestation', code: 1100, api: 'SYNO.FileStation.CreateFolder' }, families)).toBe(true);
    expect(rowCovers({ scope: 'all', code: 117 }, { namespace: 'calendar', code: 117, api: undefined }, families)).toBe(true);
  });
});

describe('per-source counts for /sources/', () => {
  it('counts rows, cited rows, agreeing and disputing rows', () => {
    const catalog = buildCatalog(loadContent(writeFixture({})));
    const usage = Object.fromEntries(sourceUsage(catalog).map((u) => [u.source.id, u]));
    expect(usage.guide).toMatchObject({ rows: 2, citedRows: 2, agreeingRows: 2, disputingRows: 0 });
    expect(usage.tables).toMatchObject({ rows: 1, citedRows: 1, agreeingRows: 0, disputingRows: 1 });
    const [row] = rowUses(catalog, 'tables');
    expect(row?.citedOn.map((c) => `${c.entry.namespace}/${c.entry.code} ${c.citation.agrees}`)).toEqual(['demo/401 no']);
  });
});
