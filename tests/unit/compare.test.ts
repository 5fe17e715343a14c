import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { closeness, isShared, sharedNumbers, sharingFamilies } from '../../src/lib/compare';
import { loadContent } from '../../src/node/content-files';
import { validFiles, writeFixture } from '../helpers/fixture';
import { expectedShared } from '../helpers/expected';

const catalog = buildCatalog(loadContent());
const shared = sharedNumbers(catalog);
const byCode = new Map(shared.map((s) => [s.code, s.entries.map((e) => e.namespace)]));

describe('shared numbers, computed from the data', () => {
  const expected = expectedShared();
  it('are exactly the numbers two or more families define', () => {
    expect(shared.map((s) => s.code)).toEqual([...expected.keys()]);
    expect(shared.map((s) => s.code)).toEqual(expect.arrayContaining([100, 117, 400, 402, 408, 1000]));
  });
  it('name the families that define each number, in family order', () => {
    for (const [code, families] of expected) {
      const order = (ns: string) => catalog.namespace(ns)?.order ?? 0;
      expect(byCode.get(code), String(code)).toEqual([...families].sort((a, b) => order(a) - order(b)));
    }
    expect(byCode.get(409)).toEqual(['auth', 'filestation', 'calendar', 'chat', 'photostation']);
  });
  it('leave out numbers only one family has', () => {
    expect(isShared(catalog, 1800)).toBe(false);
    expect(isShared(catalog, 160)).toBe(false);
    expect(isShared(catalog, 403)).toBe(true);
    // Package Center's installer has its own 150 ("Invalid file format"), beside Common's 150.
    expect(isShared(catalog, 150)).toBe(true);
  });
  it('give the overview its columns: only families that share a number', () => {
    // The families the hand-written lists (tests/helpers/expected.ts) share a number between, in family order.
    const sharing = new Set([...expectedShared().values()].flat());
    expect(sharingFamilies(catalog).map((n) => n.id)).toEqual(catalog.namespaces.filter((n) => sharing.has(n.id)).map((n) => n.id));
    expect(sharingFamilies(catalog).map((n) => n.id)).toEqual(expect.arrayContaining(['common', 'auth', 'filestation', 'core', 'package-center']));
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
  it('402: a permission problem in three families, busy in two, internal in two, not found in the Control Panel', () => {
    expect(of(402)).toEqual({
      verdict: 'mixed',
      sentence:
        'Partly close: Auth, DownloadStation and SurveillanceStation all use 402 for a permission problem; FileStation and Calendar both use 402 for a busy / transient problem; BTSearch and Virtualization both use 402 for an internal problem; Core uses it for something else (not found).',
    });
  });
  it('1000: far apart', () => {
    expect(of(1000)).toEqual({
      verdict: 'far',
      // Core's 1000 (a sharing link's sign-in that failed) joined in issue 19.
      sentence: 'Far apart: each family uses 1000 for a different kind of problem (FileStation: file system; Virtualization: not found; Core: sign-in). Knowing which API you called is essential.',
    });
  });
  it('414: close', () => {
    expect(of(414)).toEqual({
      verdict: 'mixed',
      sentence: 'Partly close: FileStation and Calendar both use 414 for a conflict problem; SurveillanceStation uses it for something else (not found).',
    });
  });
});
