/**
 * The content against the documents it comes from. The expected sets below are written from the
 * guides and the original tables by hand, so a lost, extra or misfiled code file fails here.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { loadContent } from '../../src/node/content-files';
import { allCodes, dsmUiStrings, expectedFamilies, tableRows } from '../helpers/expected';
import { plainUiText } from '../../src/lib/describe';

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
  it('shows the reserved range 121-149 as reserved; 120 has a page of its own', () => {
    expect(catalog.namespace('common')?.reserved).toEqual([expect.objectContaining({ from: 121, to: 149 })]);
    expect(catalog.entry('common', 120)?.status).toBe('documented');
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

  it("a documented entry cites an official guide, Synology's own code or DSM's own interface text first, or at least two agreeing libraries", () => {
    const weak = catalog
      .all()
      .filter((e) => e.status === 'documented')
      .filter((e) => {
        const cites = catalog.citations(e);
        const first = cites[0]?.src.kind;
        return first !== 'official-guide' && first !== 'synology-code' && first !== 'dsm-ui' && cites.filter((c) => c.src.kind === 'library' && c.agrees === 'yes').length < 2;
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
    // A sentence may end in a quotation: ...the interface says "Please try again later."
    const bad = catalog.all().filter((e) => !/[.)]["\u201d]?$/.test(e.summary) || !/[.)]["\u201d]?$/.test(e.action));
    expect(bad.map((e) => `${e.namespace}/${e.code}`)).toEqual([]);
  });
});

describe('citation wording', () => {
  it('quotes each source with a full phrase, not a fragment', () => {
    // Exempt: the circulating tables' terse labels, a library's constant name (its whole wording, such as
    // PHOTOSTATION_TAG_LIST_FAIL), and DSM's interface text, which the Control Panel tests below match in full.
    const whole = (source: string, says: string) => source === 'original-tables' || /^[A-Z][A-Z0-9_]+$/.test(says) || catalog.source(source)?.kind === 'dsm-ui';
    const fragments = catalog
      .all()
      .flatMap((e) => e.sources.filter((s) => s.says !== undefined && s.says.split(/\s+/).length < 2 && !whole(s.source, s.says)).map((s) => `${e.namespace}/${e.code} ${s.source}: ${s.says}`));
    expect(fragments).toEqual([]);
  });
});

// That every citation rests on a row of its source's table, and every cited source has a table, is
// refused by the catalog itself (tests/unit/citations.test.ts shows each refusal); these are the
// audit's findings about particular citations.
describe('the audit of citations against the source tables (content/tables)', () => {
  it('drops the citations the audit found false', () => {
    const cites = (ns: string, code: number, source: string) => catalog.entry(ns, code)?.sources.some((c) => c.source === source);
    for (const code of [800, 801, 802]) expect(cites('filestation', code, 'py-synologydsm-api'), `filestation ${code}`).toBe(false);
    expect(cites('virtualization', 911, 'awkspace-vmm-export')).toBe(false);
    expect(cites('surveillancestation', 410, 'kwent-syno')).toBe(false);
    expect(catalog.entry('common', 101)?.sources.find((c) => c.source === 'synology-download')?.agrees).toBe('partly');
  });

  it('records the disagreements the audit found unrecorded', () => {
    const said = (ns: string, code: number, source: string) => catalog.entry(ns, code)?.sources.filter((c) => c.source === source).map((c) => `${c.agrees}: ${c.says ?? ''}`);
    // py-synologydsm-api's Virtual Machine Manager table: shifted, and 903-905 rewritten in 2024.
    for (const code of [500, 501, 600, 601, 700, 900, 901, 902, 906, 907, 908, 909, 910]) {
      expect(said('virtualization', code, 'py-synologydsm-api')?.[0], `virtualization ${code}`).toMatch(/^no: /);
    }
    expect(said('virtualization', 904, 'py-synologydsm-api')).toEqual(["no: Can't power off the guest, it is not running"]);
    expect(said('virtualization', 911, 'py-synologydsm-api')?.[0]).toMatch(/^partly: /);
    expect(said('common', 117, 'calendar-guide')).toEqual(['no: Unknown internal error']);
    expect(said('common', 101, 'surveillance-station-guide')).toContain('partly: The account parameter is not specified');
    expect(said('surveillancestation', 401, 'kwent-syno')).toContain('no: Service is not enabled');
  });

  it('makes 120 and 160 common codes, and keeps in Calendar only the low code it words differently', () => {
    expect(catalog.citations(catalog.entry('common', 120)!).find((c) => c.basis !== 'reservation')?.source).toBe('calendar-guide');
    expect(catalog.headline(catalog.entry('common', 160)!)?.source).toBe('calendar-guide');
    expect(catalog.codes('calendar').filter((e) => e.code < 400).map((e) => e.code)).toEqual([117]);
    expect(catalog.namespace('calendar')?.sources[0]).toBe('calendar-guide');
    expect(catalog.citations(catalog.entry('calendar', 408)!)[0]?.source).toBe('calendar-guide');
  });

  it('names every deliberately left-out code in the family page text', () => {
    const unnamed = catalog.namespaces.flatMap((n) => n.leftOutCodes.filter((l) => !(n.leftOut ?? '').includes(String(l.code))).map((l) => `${n.id} ${l.code}`));
    expect(unnamed).toEqual([]);
  });

  it('says what a library prints where its message is wrong for the API', () => {
    const printed = (ns: string, code: number) => catalog.entry(ns, code)?.prints.map((p) => `${p.source}: ${p.text}`);
    expect(printed('auth', 402)).toEqual(["synology-api: This shared folder doesn't exist."]);
    expect(printed('downloadstation', 403)).toEqual(['synology-api: Unable to perform this operation. Please try again later.', 'go-synology: PermissionDeniedError']);
    expect(printed('virtualization', 400)).toEqual(['go-synology: Invalid parameter of file operation']);
  });
});

describe('the Control Panel table (content/tables/dsm-ui-strings.tsv, DSM\u2019s own interface strings)', () => {
  const core = (code: number) => catalog.entry('core', code);
  const uiCitation = (code: number) => core(code)?.sources.find((s) => s.source === 'dsm-ui-strings');

  it('has all 547 rows, each with its own number', () => {
    expect(dsmUiStrings).toHaveLength(547);
    expect(new Set(dsmUiStrings.map((r) => r.code)).size).toBe(547);
  });

  it('every row has its page in the core family', () => {
    expect(dsmUiStrings.filter((r) => !core(r.code)).map((r) => r.code)).toEqual([]);
  });

  it("each page quotes DSM's text exactly, and cites the UI string id where go-synology gives one", () => {
    const wrong = dsmUiStrings.flatMap((r) => {
      const c = uiCitation(r.code);
      if (!c) return [`${r.code}: does not cite dsm-ui-strings`];
      const out: string[] = [];
      // An empty DSM text is cited without wording; citations are trimmed (2371's text ends in a space).
      if ((c.says ?? '') !== r.text.trim()) out.push(`${r.code}: says ${JSON.stringify(c.says)}, DSM's text is ${JSON.stringify(r.text)}`);
      // An id is "section - key" or a bare key; for 402-404 and 1402 go-synology gives a text instead.
      const isId = /^(?:[a-z0-9_]+ - )?[a-z0-9_]+$/i.test(r.id);
      if (isId && c.at !== r.id) out.push(`${r.code}: at ${JSON.stringify(c.at)}, the UI string id is ${JSON.stringify(r.id)}`);
      return out;
    });
    expect(wrong).toEqual([]);
  });

  it('records that go-synology gives 402-404 FileStation meanings, pointing at the FileStation codes', () => {
    for (const code of [402, 403, 404]) {
      const e = core(code)!;
      const go = e.sources.find((s) => s.source === 'go-synology');
      expect(go?.agrees, String(code)).toBe('no');
      expect(go?.says).toBe(tableRows('go-synology').find((r) => r.code === code && r.scope === 'SYNO.Core.*')?.wording);
      expect(catalog.meaningTarget(e, go!)).toMatchObject({ namespace: 'filestation', code });
    }
  });

  // The rule for titles: a shortened heading of DSM's text, so every word of four letters or more in the
  // title appears in the text (compared by its first five letters: "blocked" matches "block").
  const titleExceptions: Record<number, string> = {
    5219: 'DSM runs "DSM" and "update" together ("DSMupdate installation is in progress")',
  };
  it('titles follow the UI text, shortened to a heading', () => {
    const words = (s: string) => s.toLowerCase().replace(/\{\d\}/g, ' ').match(/[a-z0-9]+/g) ?? [];
    const stem = (w: string) => w.slice(0, 5);
    const off = dsmUiStrings.flatMap((r) => {
      const text = plainUiText(r.text);
      const title = core(r.code)?.title ?? '';
      if (text === '' || r.code in titleExceptions) return [];
      const have = new Set(words(text).map(stem));
      const missing = words(title).filter((w) => w.length >= 4 && !have.has(stem(w)));
      return missing.length ? [`${r.code} "${title}": ${missing.join(', ')} not in "${text}"`] : [];
    });
    expect(off).toEqual([]);
    for (const code of Object.keys(titleExceptions)) expect(core(Number(code))).toBeDefined();
  });

  // DSM's generic messages: they say an operation failed and nothing about why.
  const genericTexts = new Set([
    '',
    'Not available',
    'Failed to apply the settings.',
    'Failed to load system settings.',
    'Unable to perform this operation. Please try again later.',
    'Unable to perform this operation, possibly because the network connection is unstable or the system is busy. Please try again later.',
    'Unable to load system settings, possibly because the network connection is unstable or the system is busy. Please try again later.',
    'Unable to load settings, possibly because the network connection is unstable or the system is busy. Please try again later.',
  ]);
  it("marks a code generic exactly when DSM's text for it is one of DSM's generic messages or empty", () => {
    const wrong = dsmUiStrings
      .filter((r) => genericTexts.has(plainUiText(r.text)) !== (core(r.code)?.generic === true))
      .map((r) => `${r.code}: generic ${String(core(r.code)?.generic)}, text ${JSON.stringify(r.text)}`);
    expect(wrong).toEqual([]);
    const share = dsmUiStrings.filter((r) => genericTexts.has(plainUiText(r.text))).length / dsmUiStrings.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.3);
  });

  // A code naming an area its family lacks is refused by the catalog (catalog.test.ts); an empty area is not.
  it('every area has codes', () => {
    for (const ns of catalog.namespaces.filter((n) => n.areas.length > 0)) {
      expect(ns.areas.filter((a) => catalog.codesInArea(ns.id, a.id).length === 0).map((a) => a.id)).toEqual([]);
    }
    expect(catalog.namespace('core')?.areas.length).toBeGreaterThan(10);
  });

  it('places the codes users hit most in the areas they belong to', () => {
    expect(core(5512)?.area).toBe('certificates');
    expect(core(3300)?.area).toBe('shared-folders');
    expect(core(3712)).toBeDefined();
  });

  it('lists codes seen from Core APIs but in no table as observed, with where they were seen', () => {
    for (const code of expectedFamilies.core?.observed ?? []) {
      const seen = core(code)?.sources.find((s) => catalog.source(s.source)?.kind === 'observed');
      expect(core(code)?.status, String(code)).toBe('observed');
      expect(seen?.at, String(code)).toMatch(/^https:\/\//);
    }
  });
});
