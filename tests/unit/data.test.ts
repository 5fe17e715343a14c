/**
 * The content against the documents it comes from. The expected sets below are written from the
 * guides and the original tables by hand, so a lost, extra or misfiled code file fails here.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { loadContent } from '../../src/node/content-files';
import { allCodes, expectedFamilies } from '../helpers/expected';

const catalog = buildCatalog(loadContent());
const codesOf = (ns: string) => catalog.codes(ns).map((c) => c.code);

/** Every row of the original tables, with the text it gave. */
const originalRows: [string, number, string][] = [
  ['common', 100, 'Unknown error'], ['common', 101, 'Bad request'], ['common', 102, 'No such API'],
  ['common', 103, 'No such method'], ['common', 104, 'Version not supported'], ['common', 105, 'No permission'],
  ['common', 106, 'Session timeout'], ['common', 107, 'Session interrupted'], ['common', 108, 'Missing required parameters'],
  ['common', 109, 'Invalid parameter'], ['common', 114, 'Missing upload file'], ['common', 117, 'Request too large'],
  ['common', 118, 'Temporary unavailable'], ['common', 119, 'Invalid JSON'], ['common', 150, 'IP blocked'],
  ['auth', 400, 'Incorrect password'], ['auth', 401, 'Account disabled'], ['auth', 402, 'Permission denied'],
  ['auth', 403, '2FA code required'], ['auth', 404, '2FA authentication failed'], ['auth', 406, 'Enforce 2FA for auth'],
  ['auth', 407, 'Blocked IP after failed attempts'], ['auth', 408, 'Expired password'], ['auth', 409, 'Password must be changed'],
  ['auth', 410, 'Unauthorized IP'],
  ['filestation', 400, 'Invalid parameter of file operation'], ['filestation', 401, 'Unknown error of file operation'],
  ['filestation', 402, 'System too busy'], ['filestation', 403, 'User not authorized for this file operation'],
  ['filestation', 404, 'Invalid group'], ['filestation', 405, 'Invalid user'], ['filestation', 406, 'Cannot access that path'],
  ['filestation', 407, 'Permission denied on this operation'], ['filestation', 408, 'Disk quota exceeded'],
  ['filestation', 409, 'Connection type not allowed'], ['filestation', 410, 'File/folder path too long'],
  ['filestation', 411, 'File/folder already exists'], ['filestation', 412, 'File/folder name too long'],
  ['filestation', 414, 'Path does not exist'], ['filestation', 415, 'File not allowed in this shared folder'],
  ['filestation', 416, 'Item in use or locked'], ['filestation', 417, 'File extension policy violation'],
  ['filestation', 418, 'Folder limit exceeded'], ['filestation', 419, 'Cannot create subfolder in this path'],
  ['downloadstation', 400, 'File upload failed'], ['downloadstation', 401, 'Max number of tasks reached'],
  ['downloadstation', 402, 'Destination denied'], ['downloadstation', 403, 'Destination does not exist'],
  ['downloadstation', 404, 'Invalid task ID'], ['downloadstation', 405, 'Invalid task action'],
  ['downloadstation', 406, 'No default destination'],
  // The original DownloadStation table was headed SYNO.DownloadStation.*, so it claims BTSearch too.
  ['downloadstation-btsearch', 400, 'File upload failed'], ['downloadstation-btsearch', 401, 'Max number of tasks reached'],
  ['downloadstation-btsearch', 402, 'Destination denied'], ['downloadstation-btsearch', 403, 'Destination does not exist'],
  ['downloadstation-btsearch', 404, 'Invalid task ID'], ['downloadstation-btsearch', 405, 'Invalid task action'],
];

describe('each family is complete against its sources', () => {
  for (const [ns, expected] of Object.entries(expectedFamilies)) {
    it(`${ns} has exactly its sources' codes`, () => {
      expect(codesOf(ns)).toEqual(allCodes(expected));
    });
    it(`${ns} marks each code's status as its sources warrant`, () => {
      const status = (code: number) => catalog.entry(ns, code)?.status;
      expect(expected.documented.filter((c) => status(c) !== 'documented')).toEqual([]);
      expect((expected.reserved ?? []).filter((c) => status(c) !== 'reserved')).toEqual([]);
      expect((expected.uncertain ?? []).filter((c) => status(c) !== 'uncertain')).toEqual([]);
      expect((expected.observed ?? []).filter((c) => status(c) !== 'observed')).toEqual([]);
    });
  }
  it('has no family the test does not know', () => {
    expect(catalog.namespaces.map((n) => n.id).sort()).toEqual(Object.keys(expectedFamilies).sort());
  });
  it('shows the reserved range 120-149 as reserved', () => {
    expect(catalog.namespace('common')?.reserved).toEqual([expect.objectContaining({ from: 120, to: 149 })]);
  });
});

describe('the original tables', () => {
  it.each(originalRows)('%s %i has its page, citing the original wording', (ns, code, text) => {
    const entry = catalog.entry(ns, code);
    expect(entry, `${ns} ${code} is missing`).toBeDefined();
    const cited = entry?.sources.find((s) => s.source === 'original-tables');
    expect(cited?.says).toContain(text);
  });

  it('cites them on no code they do not list', () => {
    const listed = new Set(originalRows.map(([ns, code]) => `${ns}/${code}`));
    const extra = catalog
      .all()
      .filter((e) => e.sources.some((s) => s.source === 'original-tables'))
      .map((e) => `${e.namespace}/${e.code}`)
      .filter((k) => !listed.has(k));
    expect(extra).toEqual([]);
  });
});

describe('known disagreements are stated, with the code that has the meaning', () => {
  const cases: [string, number, string, number, string?][] = [
    ['filestation', 408, 'Disk quota exceeded', 415],
    ['filestation', 411, 'already exists', 414],
    ['filestation', 414, 'Path does not exist', 408],
    ['filestation', 416, 'Item in use or locked', 421],
    ['common', 108, 'Missing required parameters', 114],
    ['common', 150, 'IP blocked', 407, 'auth'],
    ['auth', 409, 'Password must be changed', 410],
    ['downloadstation-btsearch', 400, 'File upload failed', 400, 'downloadstation'],
  ];
  it.each(cases)('%s %i: the tables say %j, which is %i', (ns, code, says, at, inNs) => {
    const entry = catalog.entry(ns, code);
    const citation = entry?.sources.find((s) => s.source === 'original-tables');
    expect(citation?.agrees).toBe('no');
    expect(citation?.says).toContain(says);
    expect(entry && citation && catalog.meaningTarget(entry, citation)).toMatchObject({ namespace: inNs ?? ns, code: at });
  });
});

describe('headlines follow the official guides', () => {
  const titles: [string, number, RegExp][] = [
    ['filestation', 408, /no such file or directory/i],
    ['filestation', 415, /quota/i],
    ['filestation', 414, /already exists/i],
    ['auth', 408, /expired and cannot be changed/i],
    ['auth', 410, /must be changed/i],
    ['common', 119, /invalid session/i],
    ['common', 150, /IP/],
    ['common', 108, /upload/i],
    ['downloadstation', 400, /upload/i],
  ];
  it.each(titles)('%s %i', (ns, code, re) => {
    expect(catalog.entry(ns, code)?.title).toMatch(re);
  });

  it("a documented entry cites an official guide or DSM's own interface text first, or at least two agreeing libraries", () => {
    const weak = catalog
      .all()
      .filter((e) => e.status === 'documented')
      .filter((e) => {
        const cites = catalog.citations(e);
        const first = cites[0]?.src.kind;
        return first !== 'official-guide' && first !== 'dsm-ui' && cites.filter((c) => c.src.kind === 'library' && c.agrees === 'yes').length < 2;
      })
      .map((e) => `${e.namespace}/${e.code}`);
    expect(weak).toEqual([]);
  });

  it('every entry has at least one source, and an uncertain one says why on its page', () => {
    expect(catalog.all().filter((e) => e.sources.length === 0)).toEqual([]);
    const silent = catalog.all().filter((e) => e.status === 'uncertain' && !/uncertain/i.test(e.summary)).map((e) => `${e.namespace}/${e.code}`);
    expect(silent).toEqual([]);
  });

  it('marks 112 and 113 reserved, and 405 and 411 as Surveillance Station only', () => {
    expect(catalog.entry('common', 112)?.status).toBe('reserved');
    expect(catalog.entry('common', 113)?.status).toBe('reserved');
    for (const code of [405, 411]) {
      const cites = catalog.citations(catalog.entry('auth', code)!);
      expect(cites[0]?.source).toBe('surveillance-station-guide');
      expect(cites.some((c) => c.source === 'dsm-login-guide')).toBe(false);
    }
  });
});

describe('content hygiene', () => {
  it('keeps each code file at content/codes/<family>/<code>', () => {
    const misplaced = catalog.all().filter((e) => !e.filePath.endsWith(`codes/${e.namespace}/${e.code}.md`) && !e.filePath.endsWith(`codes/${e.namespace}/${e.code}.mdx`));
    expect(misplaced.map((e) => e.filePath)).toEqual([]);
  });

  it('writes summaries and actions as sentences', () => {
    const bad = catalog.all().filter((e) => !/[.)]$/.test(e.summary) || !/[.)]$/.test(e.action));
    expect(bad.map((e) => `${e.namespace}/${e.code}`)).toEqual([]);
  });
});

describe('citation wording', () => {
  it('quotes each source with a full phrase, not a fragment', () => {
    const fragments = catalog
      .all()
      .flatMap((e) => e.sources.filter((s) => s.says !== undefined && s.says.split(/\s+/).length < 2 && s.source !== 'original-tables').map((s) => `${e.namespace}/${e.code} ${s.source}: ${s.says}`));
    expect(fragments).toEqual([]);
  });
});
