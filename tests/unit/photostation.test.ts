/**
 * Photo Station 6 and Container Manager against their one source each. The Photo Station table is
 * kept in the repository (content/tables/syno-photostation-api.tsv, one row per code as
 * nullvoidptr/syno-photostation-api lists it), so a lost, misfiled or miscited page fails here.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { decoderData } from '../../src/lib/decoder/data';
import { decode } from '../../src/lib/decoder/decode';
import { loadContent } from '../../src/node/content-files';
import { tableRows } from '../helpers/expected';

const catalog = buildCatalog(loadContent());

interface Row {
  code: number;
  subApi: string;
  constant: string;
}

const rows: Row[] = tableRows('syno-photostation-api').map((r) => ({ code: r.code, subApi: r.scope, constant: r.wording }));

/** The table's rows for each number: a number may repeat across sub-APIs with other constants. */
const byCode = new Map<number, Row[]>();
for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);

const pages = catalog.codes('photostation');
const page = (code: number) => catalog.entry('photostation', code);

describe('the Photo Station table in the repository', () => {
  it('has the 99 codes of 21 sub-APIs that the source lists', () => {
    expect(byCode.size).toBe(99);
    expect(new Set(rows.map((r) => r.subApi)).size).toBe(21);
    expect(rows.every((r) => /^SYNO\.PhotoStation\.\w+$/.test(r.subApi) && /^PHOTOSTATION_[A-Z_]+$/.test(r.constant))).toBe(true);
  });
});

describe('Photo Station pages', () => {
  it('exist for exactly the codes of the table', () => {
    expect(pages.map((e) => e.code)).toEqual([...byCode.keys()].sort((a, b) => a - b));
  });

  it("cite each sub-API's constant name exactly, at that sub-API", () => {
    const wrong = [...byCode].flatMap(([code, rs]) =>
      rs
        .filter((r) => !page(code)?.sources.some((s) => s.source === 'syno-photostation-api' && s.says === r.constant && s.at === r.subApi && s.agrees === 'yes'))
        .map((r) => `${code} ${r.subApi} ${r.constant}`),
    );
    expect(wrong).toEqual([]);
  });

  it('name the API only when a single sub-API returns the code, and say so otherwise', () => {
    const wrong = pages.flatMap((e) => {
      const subApis = new Set((byCode.get(e.code) ?? []).map((r) => r.subApi));
      if (e.api !== undefined) return subApis.size === 1 && subApis.has(e.api) ? [] : [`${e.code}: api ${e.api}`];
      // Without an API, the summary names the other sub-API that returns the code (or each of them).
      const named = e.summary.match(/SYNO\.PhotoStation\.\w+/g) ?? [];
      return named.some((n) => !subApis.has(n)) || subApis.size > 1 ? [] : [`${e.code}: no api and no other sub-API named`];
    });
    expect(wrong).toEqual([]);
  });

  it("sit in their sub-API's area", () => {
    const areas = catalog.namespace('photostation')?.areas.map((a) => a.id) ?? [];
    expect(areas).toHaveLength(21);
    const wrong = pages.filter((e) => e.area !== byCode.get(e.code)?.[0]?.subApi.split('.').pop()?.toLowerCase()).map((e) => e.code);
    expect(wrong).toEqual([]);
  });

  it("name each area's sub-API in its summary and its number block in its heading", () => {
    const wrong = (catalog.namespace('photostation')?.areas ?? []).flatMap((a) => {
      const subApi = rows.find((r) => r.subApi.split('.').pop()?.toLowerCase() === a.id)?.subApi ?? `(no row for ${a.id})`;
      const codes = pages.filter((e) => e.area === a.id).map((e) => e.code);
      const block = /\((\d+)-(\d+)\)$/.exec(a.name);
      const holds = block !== null && codes.every((c) => c >= Number(block[1]) && c <= Number(block[2]));
      return a.summary.includes(subApi) && holds ? [] : [`${a.id}: ${a.name}`];
    });
    expect(wrong).toEqual([]);
  });

  it('are marked uncertain and say plainly that no official table exists', () => {
    const wrong = pages
      .filter((e) => e.status !== 'uncertain' || !e.summary.startsWith('Uncertain: known only from') || !e.summary.includes('Synology never published a Photo Station error table'))
      .map((e) => e.code);
    expect(wrong).toEqual([]);
  });

  it('title each code in plain words, not as the constant', () => {
    const wrong = pages.filter((e) => /_|^[A-Z ]+$/.test(e.title)).map((e) => `${e.code}: ${e.title}`);
    expect(wrong).toEqual([]);
  });

  it('give every code its own explanation and its own action, not a copy with the number changed', () => {
    const explanation = (s: string) => s.replace(/^Uncertain: [^;]*; Synology never published a Photo Station error table\. /, '');
    const repeated = (texts: string[]) => texts.filter((t, i) => texts.indexOf(t) !== i);
    expect(repeated(pages.map((e) => e.action))).toEqual([]);
    expect(repeated(pages.map((e) => explanation(e.summary)))).toEqual([]);
    expect(repeated(pages.map((e) => e.title))).toEqual([]);
  });
});

describe('the Photo Station family', () => {
  it('covers SYNO.PhotoStation.* with ranges that hold every code, and names its one source', () => {
    const ns = catalog.namespace('photostation');
    expect(ns?.apis).toEqual(['SYNO.PhotoStation.*']);
    expect(ns?.sources).toEqual(['syno-photostation-api']);
    expect(pages.every((e) => ns?.ranges.some((r) => e.code >= r.from && e.code <= r.to))).toBe(true);
    expect(ns?.summary).toMatch(/Synology Photos/);
    expect(ns?.summary).toMatch(/DSM 7/);
  });

  it('comes after the families that were there before it', () => {
    const order = catalog.namespaces.map((n) => n.id);
    expect(order.indexOf('photostation')).toBeGreaterThan(order.indexOf('core'));
    expect(order.indexOf('container-manager')).toBeGreaterThan(order.indexOf('photostation'));
  });
});

describe('decoding a Photo Station response', () => {
  const data = decoderData(catalog);
  it("gives Photo Station's meaning, not DSM sign-in's, for the same number", () => {
    const ps = decode('{"success":false,"error":{"code":408}}', data, { api: 'SYNO.PhotoStation.Auth' });
    expect(ps.findings[0]).toMatchObject({ code: 408, namespace: 'photostation', title: 'Account disabled' });
    const dsm = decode('{"success":false,"error":{"code":408}}', data, { api: 'SYNO.API.Auth' });
    expect(dsm.findings[0]?.namespace).toBe('auth');
  });
  it('reads the API name from the request in a paste', () => {
    const r = decode('GET /photo/webapi/album.php?api=SYNO.PhotoStation.Album&method=list&version=1\n{"success":false,"error":{"code":417}}', data);
    expect(r.findings[0]).toMatchObject({ code: 417, namespace: 'photostation', title: 'No access to the album' });
  });
});

describe('Container Manager', () => {
  it("has go-synology's 2102, uncertain, cited at the file that lists it", () => {
    // 2104 was only seen on a live NAS (SYNO.Docker.Project), with no meaning given.
    expect(catalog.codes('container-manager').map((e) => e.code)).toEqual([2102, 2104]);
    expect(catalog.entry('container-manager', 2104)?.status).toBe('observed');
    const e = catalog.entry('container-manager', 2102);
    expect(e).toMatchObject({ title: 'Project already exists', status: 'uncertain' });
    expect(e?.sources).toEqual([expect.objectContaining({ source: 'go-synology', says: 'Project already exists', agrees: 'yes', at: expect.stringContaining('pkg/api/docker/methods/errors.go') })]);
  });
  it("says the rest of go-synology's Docker table is a FileStation copy, not Docker meanings", () => {
    const ns = catalog.namespace('container-manager');
    expect(`${ns?.summary ?? ''} ${ns?.leftOut ?? ''}`).toMatch(/copy of the FileStation/);
    expect(catalog.resolveApi('SYNO.Docker.Project')).toMatchObject({ kind: 'family', family: 'container-manager' });
  });
});
