import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { decoderData } from '../../src/lib/decoder/data';
import { decode } from '../../src/lib/decoder/decode';
import { lookupCode, lookupTarget, parseCode, parseLookupQuery } from '../../src/lib/lookup';
import { loadContent } from '../../src/node/content-files';

const data = decoderData(buildCatalog(loadContent()));
/** A concrete API name for a pattern: `SYNO.FileStation.*` -> `SYNO.FileStation.Example`. */
const concrete = (pattern: string) => pattern.replace(/\*/g, 'Example');

describe('lookup: a code and the API that returned it to the page that explains it', () => {
  it('an API name picks its family, as the decoder does', () => {
    const r = lookupCode(408, data, 'SYNO.FileStation.CopyMove');
    expect(r).toMatchObject({ family: 'filestation', namespaces: ['filestation'], note: null });
    expect(lookupTarget(r)).toEqual({ kind: 'code', namespace: 'filestation', code: 408 });
    expect(lookupCode(408, data, 'syno.filestation.list').namespaces).toEqual(['filestation']);
  });
  it('a .cgi path picks its family too', () => {
    expect(lookupCode(400, data, '/webapi/auth.cgi').namespaces).toEqual(['auth']);
  });
  it('a code below 400 from a family that does not word it is the common code', () => {
    expect(lookupCode(119, data, 'SYNO.FileStation.List').namespaces).toEqual(['common']);
  });
  it('without an API, a number several families define goes to the comparison page', () => {
    const r = lookupCode(408, data);
    expect(r.namespaces.length).toBeGreaterThan(1);
    expect(r.namespaces).toEqual(expect.arrayContaining(['auth', 'filestation']));
    expect(lookupTarget(r)).toEqual({ kind: 'compare', code: 408 });
  });
  it('without an API, a number one family defines goes to its page', () => {
    const only = Object.entries(data.codes).flatMap(([ns, codes]) => Object.keys(codes).map((c) => [ns, Number(c)] as const)).find(([, c]) => lookupCode(c, data).namespaces.length === 1);
    expect(only).toBeDefined();
    const [ns, code] = only ?? ['', 0];
    expect(lookupTarget(lookupCode(code, data))).toEqual({ kind: 'code', namespace: ns, code });
  });
  it('an API no family covers falls back to the number alone, and says so', () => {
    const r = lookupCode(408, data, 'SYNO.NoSuch.Thing.At.All');
    expect(r.family).toBeNull();
    expect(r.namespaces.length).toBeGreaterThan(1);
    expect(r.note).toMatch(/Every family that defines 408 is listed/);
  });
  it('a family that does not define the code falls back to the families that do', () => {
    const r = lookupCode(408, data, 'SYNO.API.Auth');
    expect(r.namespaces).toContain('auth');
    const undefinedHere = lookupCode(1002, data, 'SYNO.API.Auth');
    expect(undefinedHere.family).toBeNull();
    expect(undefinedHere.note).toMatch(/1002/);
  });
  it('a number nothing defines has no page', () => {
    expect(lookupTarget(lookupCode(98_765_432, data))).toEqual({ kind: 'none', code: 98_765_432 });
    expect(lookupTarget(lookupCode(98_765_432, data, 'SYNO.FileStation.List')).kind).toBe('none');
  });
  it('every API pattern the resolver knows reaches its family for a code the family defines', () => {
    for (const f of data.families) {
      const code = Object.keys(data.codes[f.id] ?? {}).map(Number).find((c) => f.id === 'common' || c >= 400);
      if (code === undefined) continue;
      for (const pattern of f.apis) {
        const api = concrete(pattern);
        // Whatever the decoder says for this API, lookup says the same.
        const decoded = decode(JSON.stringify({ success: false, error: { code } }), data, { api }).findings[0]?.namespace;
        const r = lookupCode(code, data, api);
        expect(r.family, `${api} ${code}`).toBe(decoded);
        if (pattern !== 'SYNO.*') expect(r.namespaces, `${api} ${code}`).toEqual([f.id]);
      }
      for (const cgi of f.cgi) expect(lookupCode(code, data, concrete(cgi)).namespaces, `${cgi} ${code}`).toEqual([f.id]);
    }
  });
});

describe('the lookup address and a code as typed', () => {
  it('reads api and code from the query', () => {
    expect(parseLookupQuery('?api=SYNO.FileStation.List&code=408')).toEqual({ code: 408, api: 'SYNO.FileStation.List' });
    expect(parseLookupQuery('code=119')).toEqual({ code: 119, api: null });
    expect(parseLookupQuery('?api=%2Fwebapi%2Fauth.cgi&code=%20400%20')).toEqual({ code: 400, api: '/webapi/auth.cgi' });
  });
  it('says what is wrong with a query it cannot use', () => {
    expect(parseLookupQuery('?api=SYNO.FileStation.List')).toEqual({ problem: expect.stringMatching(/no code\. Add code=<number>/) });
    expect(parseLookupQuery('?code=40x8')).toEqual({ problem: expect.stringMatching(/"40x8" is not a DSM error code/) });
    expect(parseCode('-2')).toBeUndefined();
    expect(parseCode('0')).toBeUndefined();
    expect(parseCode('123456789')).toBeUndefined();
    expect(parseCode('99999999')).toBe(99_999_999);
  });
});
