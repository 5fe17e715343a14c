/**
 * The ranking rules of src/lib/search/rank.ts, one case each, on the real catalog; the paste's
 * pages; the HTTP status rule; and the hit rate on phrases real users typed or copied.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { decode } from '../../src/lib/decoder/decode';
import { hitRate, rankOffline, type Phrase } from '../../src/lib/search/offline';
import { decoderData } from '../../src/lib/decoder/data';
import { pastePages } from '../../src/lib/search/paste';
import { exactAnswer, parseQuery, searchRecords, type SearchData, type SearchRecord } from '../../src/lib/search/query';
import { actionFamily, httpStatus, libraryMatches, priorOf, rankItems, wordingMatches, wordingTokens } from '../../src/lib/search/rank';
import { loadContent, projectRoot } from '../../src/node/content-files';

const catalog = buildCatalog(loadContent());
const data = searchRecords(catalog);
const withHttp: SearchData = { ...data, httpStatusesPath: 'http-statuses/' };
const rec = (namespace: string, code: number): SearchRecord => {
  const r = data.codes.find((x) => x.namespace === namespace && x.code === code);
  if (!r) throw new Error(`no ${namespace}/${code} in the catalog`);
  return r;
};
const key = (r: SearchRecord | undefined) => (r ? `${r.namespace}/${r.code}` : '');
/** Ranks the given codes (as full-text results would arrive, in this order) for `query`. */
const order = (query: string, records: SearchRecord[], scores?: number[]) =>
  rankItems(query, records.map((record, i) => ({ record, ...(scores ? { score: scores[i] } : {}) })), data).map((r) => key(r.item.record));

describe('rule 2: a source\u2019s wording of a code ranks that code first', () => {
  it('whole, ignoring case, punctuation and quotes', () => {
    const keys = wordingMatches('"MAX NUMBER OF TASKS REACHED!"', data).map((m) => key(m.record));
    expect(keys).toContain('downloadstation/401');
    // As a full-text result last, behind codes with a higher score, it still comes first.
    expect(order('Max number of tasks reached', [rec('core', 1104), rec('auth', 407), rec('downloadstation', 401)], [10, 9, 1])[0]).toBe('downloadstation/401');
  });
  it('inside a longer message', () => {
    const m = wordingMatches('Sonarr: Max number of tasks reached. Cannot add any more TV Shows.', data);
    expect(m.map((x) => key(x.record))).toContain('downloadstation/401');
    expect(m.find((x) => key(x.record) === 'downloadstation/401')?.whole).toBe(false);
  });
  it('a library\u2019s message (prints) and sameMeaning count as wordings', () => {
    expect(wordingMatches('Blocked IP source', data).map((m) => key(m.record))).toContain('auth/407');
    const printed = catalog.all().find((e) => e.prints.length > 0);
    expect(printed).toBeDefined();
    if (printed) expect(wordingMatches(printed.prints[0]?.text ?? '', data).map((m) => key(m.record))).toContain(`${printed.namespace}/${printed.code}`);
  });
  it('ignoring a product or package name inside it, and filling a placeholder', () => {
    expect(wordingTokens('This package\u2019s digital certificate has already expired')).toEqual(wordingTokens("This package's digital certificate has already expired"));
    expect(wordingTokens('Synology Download Station: the package file is corrupt')).toEqual(['package', 'file', 'is', 'corrupt']);
    // Core's wording "The version of the package installed is {0}, which is not compatible with your Synology NAS..."
    const withPlaceholder = data.codes.find((r) => (r.says ?? []).some((s) => s.includes('{0}')));
    expect(withPlaceholder).toBeDefined();
    const said = (withPlaceholder?.says ?? []).find((s) => s.includes('{0}')) ?? '';
    const filled = said.replace('{0}', '2.1.3-0042').replace('{1}', '3.0.0').replace(/Synology NAS/g, 'DiskStation');
    expect(wordingMatches(filled, data).map((m) => key(m.record))).toContain(key(withPlaceholder));
  });
  it('a Package Center message that is one Core code\u2019s exact DSM wording puts that code first', () => {
    const q = 'Failed to install package: Another package is being configured, installed, or restored. Please try again later.';
    const first = wordingMatches(q, data)[0];
    expect(first?.record.namespace).toBe('core');
    expect(first?.record.title).toBe('Another package is being configured, installed, or restored');
    expect(rankOffline(q, data)[0]).toBe(`core/${first?.record.code}/`);
  });
  it('a whole match comes before one inside a longer message, and a short wording is never matched inside one', () => {
    // "Invalid parameter" is two words: a whole query only.
    expect(wordingMatches('Invalid parameter', data).length).toBeGreaterThan(0);
    expect(wordingMatches('could not add the task: Invalid parameter given', data).some((m) => m.record.title === 'Invalid parameter')).toBe(false);
  });
  it('is linear in the query', () => {
    const best = (q: string) => Math.min(...[0, 1, 2].map(() => { const t = performance.now(); wordingMatches(q, data); return performance.now() - t; }));
    const phrase = 'another package is being configured installed or restored ';
    const small = best(phrase.repeat(2));
    // Queries are cut to 1,000 characters: a huge one costs what its first 1,000 do.
    const huge = best(phrase.repeat(100_000));
    expect(huge).toBeLessThan(50 * small + 20);
  });
  it('reads wordings in one pass, whatever their braces and percent signs', () => {
    const shapes: ((n: number) => string)[] = [(n) => '{'.repeat(n), (n) => '%'.repeat(n), (n) => '{ab'.repeat(n / 3), (n) => "a'".repeat(n / 2)];
    const best = (t: string) => Math.min(...[0, 1, 2].map(() => { const t0 = performance.now(); wordingTokens(t, Infinity); return performance.now() - t0; }));
    for (const shape of shapes) {
      const small = best(shape(20_000));
      const large = best(shape(320_000));
      // Linear work grows 16 times, quadratic 256 times.
      expect(large, shape(6)).toBeLessThan(64 * small + 5);
    }
  });
});

describe('rule 3: a generic message never outranks a specific meaning', () => {
  it('even with a higher full-text score and a shared wording', () => {
    const generic = data.codes.filter((r) => r.generic);
    expect(generic.length).toBeGreaterThan(10);
    const g = generic[0] as SearchRecord;
    const specific = rec('common', 109);
    expect(specific.generic).toBeUndefined();
    expect(order('try again later', [g, specific], [10, 1])).toEqual([key(specific), key(g)]);
  });
});

describe('rule 4: the prior lifts what users meet', () => {
  it('is computed at build time into the search data', () => {
    expect(rec('auth', 400).prior).toBeGreaterThan(rec('core', 2905).prior ?? 1);
    expect(data.codes.every((r) => typeof r.prior === 'number' && r.prior >= 0 && r.prior <= 1)).toBe(true);
  });
  it('rewards the scripted families, citing sources and public reports; halves a generic message', () => {
    const base = { namespace: 'core', citing: 1, observed: 0, generic: false };
    expect(priorOf({ ...base, namespace: 'auth' })).toBeGreaterThan(priorOf(base));
    expect(priorOf({ ...base, citing: 4 })).toBeGreaterThan(priorOf(base));
    expect(priorOf({ ...base, observed: 1 })).toBeGreaterThan(priorOf(base));
    expect(priorOf({ ...base, namespace: 'auth', generic: true })).toBe(priorOf({ ...base, namespace: 'auth' }) / 2);
  });
  it('decides between two codes the words match equally', () => {
    // Both worded "Account disabled": the Auth code users meet comes before Photo Station's.
    expect(order('account disabled', [rec('photostation', 408), rec('auth', 401)], [1, 1])[0]).toBe('auth/401');
  });
  it('does not hide an exact wording', () => {
    // FileStation 1403 is worded "Wrong password." by a source: it stays above Auth 400 for "wrong password".
    expect(order('wrong password', [rec('auth', 400), rec('filestation', 1403)], [10, 1])[0]).toBe('filestation/1403');
  });
});

describe('rule 5: words naming an action pick the family', () => {
  it('sign in, log in, password, locked, blocked, two-step, 2FA, OTP name Auth', () => {
    for (const q of ['cannot sign in', 'log in fails', 'login error', 'wrong password', 'the ip address has been locked', 'blocked', 'two-step verification', '2FA', 'OTP code']) {
      expect(actionFamily(q), q).toBe('auth');
    }
    expect(actionFamily('disk quota exceeded')).toBeUndefined();
    expect(actionFamily('log into the share')).toBeUndefined();
  });
  it('in full text: "the ip address has been locked" lists Auth 407 above Core\u2019s IP address codes', () => {
    const got = order('the ip address has been locked', [rec('core', 4312), rec('core', 1103), rec('auth', 407)], [10, 9, 5]);
    expect(got[0]).toBe('auth/407');
  });
  it('with a code, as a code\u2019s words do: "400 login" picks Auth', () => {
    expect(exactAnswer(parseQuery('error 402 during login', data.families), data).records[0]?.namespace).toBe('auth');
  });
});

describe('HTTP statuses', () => {
  it('a status as HTTP clients print it leads to the HTTP statuses page', () => {
    for (const [q, n] of [
      ['<Response [502]>', 502],
      ['HTTP/1.1 502 Bad Gateway', 502],
      ['502 Server Error: Bad Gateway for url: https://nas:5001/webapi/entry.cgi', 502],
      ['Response status_code: 502', 502],
      ["Synology's server is returning a 502 (bad gateway) error", 502],
      ['aiohttp HTTPError: 503', 503],
    ] as const) {
      expect(httpStatus(q), q).toBe(n);
      expect(rankOffline(q, withHttp)[0], q).toBe('http-statuses/');
    }
  });
  it('a DSM code, a URL or a bare number is not one', () => {
    for (const q of ['502', 'SurveillanceStation 502', 'error 502 camera disconnected', 'http://192.168.1.21:5001/webapi', 'https://nas:5001 code 408']) expect(httpStatus(q), q).toBeUndefined();
    expect(rankOffline('502', withHttp)[0]).not.toBe('http-statuses/');
  });
  it('without the page in the data, no link is made', () => {
    const { httpStatusesPath: _page, ...withoutPage } = data;
    expect(rankOffline('<Response [502]>', withoutPage)).not.toContain('http-statuses/');
  });
});

describe('libraries’ own numbers', () => {
  // The shape the decoder's data gives them (DecoderData.libraryCodes); the numbers' pages are built elsewhere.
  const withLibs: SearchData = {
    ...data,
    libraryCodes: [
      { library: 'py-synologydsm-api', libraryName: 'py-synologydsm-api', code: -2, meaning: 'The API is not on this NAS', raisedAs: 'SynologyDSMAPINotExistsException', cues: ['SynologyDSMAPINotExistsException', 'does not exists'], path: 'libraries/py-synologydsm-api/-2/' },
    ],
  };
  it('are found by their exception or their message with the number', () => {
    // mib1185/py-synologydsm-api#346.
    const q = "synology_dsm.exceptions.SynologyDSMAPINotExistsException: {'api': 'SYNO.SurveillanceStation.Camera', 'code': -2, 'reason': 'Unknown', 'details': 'API SYNO.SurveillanceStation.Camera does not exists'}";
    expect(libraryMatches(q, withLibs).map((l) => l.path)).toEqual(['libraries/py-synologydsm-api/-2/']);
    expect(rankOffline(q, withLibs)[0]).toBe('libraries/py-synologydsm-api/-2/');
    expect(libraryMatches('error -2: API does not exists', withLibs)).toHaveLength(1);
  });
  it('a message piece without the number, or data without them, finds nothing', () => {
    expect(libraryMatches('the share does not exists', withLibs)).toEqual([]);
    const { libraryCodes: _libs, ...withoutLibs } = data;
    expect(libraryMatches('SynologyDSMAPINotExistsException', withoutLibs)).toEqual([]);
  });
  it("the site's own search data carries them, so the exception finds the library's page", () => {
    expect(libraryMatches('SynologyDSMAPINotExistsException: API SYNO.X does not exists', data).map((l) => l.path)).toContain('libraries/py-synologydsm-api/-2/');
  });
});

describe('a paste lists the pages of the codes it holds', () => {
  // The header reads the decode page's own data (decoder-data.json).
  const fromSearch = decoderData(catalog);
  const pages = (raw: string) => pastePages(decode(raw, fromSearch), data).map((p) => p.path);
  it('without an API: every family\u2019s meaning, then the comparison', () => {
    const got = pages('{"error":{"code":408},"success":false}');
    expect(got).toEqual(expect.arrayContaining(['auth/408/', 'filestation/408/', 'compare/408/']));
    expect(got.indexOf('compare/408/')).toBe(got.length - 1);
  });
  it('naming the API: that family\u2019s code page alone', () => {
    expect(pages('GET /webapi/entry.cgi?api=SYNO.FileStation.List&method=list\n{"error":{"code":408},"success":false}')).toEqual(['filestation/408/']);
  });
  it('a Python dict from a library names its API', () => {
    expect(pages("{'api': 'SYNO.API.Auth', 'code': 406, 'reason': 'One time password code enforced', 'details': None}")).toEqual(['auth/406/']);
  });
});

describe('real phrases', () => {
  const fixture = JSON.parse(readFileSync(`${projectRoot}/tests/fixtures/search-phrases.json`, 'utf8')) as { phrases: Phrase[] };
  it('every phrase names where it was seen and a page the site has', () => {
    expect(fixture.phrases.length).toBeGreaterThanOrEqual(20);
    const paths = new Set(data.codes.map((r) => `${r.namespace}/${r.code}/`));
    for (const p of fixture.phrases) {
      expect(p.url, p.query).toMatch(/^(https:\/\/|issue 21)/);
      for (const e of p.expect) expect(e === 'http-statuses/' || paths.has(e), `${p.query}: ${e}`).toBe(true);
    }
  });
  it('land on the right page in the top 3 (ranked without Pagefind)', () => {
    const r = hitRate(fixture.phrases, withHttp);
    expect(r.misses).toEqual([]);
  });
});
