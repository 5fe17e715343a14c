import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { closeness, isShared, sharedNumbers, sharingFamilies } from '../../src/lib/compare';
import { loadContent } from '../../src/node/content-files';
import { validFiles, writeFixture } from '../helpers/fixture';

const catalog = buildCatalog(loadContent());
const shared = sharedNumbers(catalog);
const byCode = new Map(shared.map((s) => [s.code, s.entries.map((e) => e.namespace)]));

describe('shared numbers, computed from the data', () => {
  it('are exactly the numbers two or more families define', () => {
    // Auth 400-411, FileStation 400-421, DownloadStation 400-408 overlap on 400-411.
    expect(shared.map((s) => s.code)).toEqual([400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411]);
  });
  it('name the families that define each number', () => {
    expect(byCode.get(400)).toEqual(['auth', 'filestation', 'downloadstation']);
    expect(byCode.get(409)).toEqual(['auth', 'filestation']);
    expect(byCode.get(411)).toEqual(['auth', 'filestation']);
  });
  it('leave out numbers only one family has', () => {
    expect(isShared(catalog, 1800)).toBe(false);
    expect(isShared(catalog, 119)).toBe(false);
    expect(isShared(catalog, 403)).toBe(true);
  });
  it('give the overview its columns: only families that share a number', () => {
    expect(sharingFamilies(catalog).map((n) => n.id)).toEqual(['auth', 'filestation', 'downloadstation']);
  });
  it('pick up a new family with no list to update', () => {
    const extra = {
      'namespaces/other.yaml': (validFiles['namespaces/demo.yaml'] ?? '').replace('id: demo', 'id: other').replace('SYNO.Demo.*', 'SYNO.Other.*').replace('order: 1', 'order: 2'),
      'codes/other/400.md': (validFiles['codes/demo/400.md'] ?? '').replace('namespace: demo', 'namespace: other'),
    };
    const small = buildCatalog(loadContent(writeFixture(extra)));
    expect(sharedNumbers(small).map((s) => [s.code, s.entries.map((e) => e.namespace)])).toEqual([[400, ['demo', 'other']]]);
  });
});

describe('closeness says how far apart the meanings are', () => {
  const of = (code: number) => closeness(catalog, shared.find((s) => s.code === code)!);
  it('402: a permission problem in Auth and DownloadStation, something else in FileStation', () => {
    expect(of(402)).toEqual({
      verdict: 'mixed',
      sentence: 'Partly close: Auth and DownloadStation both use 402 for a permission problem; FileStation uses it for something else (busy / transient).',
    });
  });
  it('400: far apart', () => {
    expect(of(400).verdict).toBe('far');
    expect(of(400).sentence).toMatch(/^Far apart: each family uses 400 for a different kind of problem \(Auth: sign-in; FileStation: request; DownloadStation: upload \/ transfer\)/);
  });
});
