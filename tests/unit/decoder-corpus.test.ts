/**
 * The decoder against the project's corpus of real pastes (tests/fixtures/pastes/): every code a
 * paste holds is found with the family it must have, no other code is reported, and texts from
 * other services give none.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { decoderData } from '../../src/lib/decoder/data';
import { decode } from '../../src/lib/decoder/decode';
import { loadContent } from '../../src/node/content-files';
import { corpus, effectiveFamily, scoreCorpus, type Paste } from '../fixtures/pastes/corpus';

const data = decoderData(buildCatalog(loadContent()));

const dsmPastes = [...corpus.shared, ...corpus.fresh];

describe('the corpus itself', () => {
  it('has the shared pastes, at least 40 more real ones from other sources, and 25 texts from other services', () => {
    expect(corpus.shared.length).toBe(52);
    const sharedUrls = new Set(corpus.shared.map((p) => p.url));
    const fresh = corpus.fresh.filter((p) => !sharedUrls.has(p.url));
    expect(fresh.length).toBeGreaterThanOrEqual(40);
    expect(corpus.nonDsm.length).toBeGreaterThanOrEqual(25);
  });
  it('gives every paste a public source and unique id', () => {
    const all = [...dsmPastes, ...corpus.nonDsm];
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    for (const p of all) expect(p.url, p.id).toMatch(/^https:\/\//);
  });
});

describe('each DSM paste gives its codes, with their families, and nothing else', () => {
  it.each(dsmPastes.map((p) => [p.id, p] as const))('%s', (_id, paste: Paste) => {
    const r = decode(paste.text, data, { api: paste.apiField });
    const got = r.findings.map((f) => [f.code, f.namespace] as const);
    const want = paste.expect.map((e) => [e.code, effectiveFamily(data, e.family)] as const);
    // Each expected code is found, and every finding of it has the expected family.
    for (const [code, family] of want) {
      const hits = got.filter(([c]) => c === code);
      expect(hits.length, `${code} found`).toBeGreaterThan(0);
      for (const [, ns] of hits) expect(ns, `${code}'s family`).toBe(family);
    }
    // No code that the paste does not hold.
    expect([...new Set(got.map(([c]) => c))].sort()).toEqual([...new Set(want.map(([c]) => c))].sort());
    // Every finding says where it came from and, when it has a family, why.
    for (const f of r.findings) {
      expect(['response', 'message']).toContain(f.from);
      if (f.namespace && f.namespace !== 'common') expect(f.familyReason, `${f.code} reason`).toMatch(/\S/);
    }
  });
});

describe('codes named only by their words', () => {
  const withNamed = dsmPastes.filter((p) => p.named);
  it.each(withNamed.map((p) => [p.id, p] as const))('%s', (_id, paste: Paste) => {
    const r = decode(paste.text, data);
    expect(r.findings).toEqual([]);
    for (const n of paste.named ?? []) expect(r.named).toContainEqual(expect.objectContaining({ code: n.code, namespace: n.family }));
    expect(r.diagnosis).toMatch(/^No code is written in the text, but its words name one/);
  });
});

describe('texts from other services give no DSM code', () => {
  it.each(corpus.nonDsm.map((p) => [p.id, p] as const))('%s', (_id, paste: Paste) => {
    expect(decode(paste.text, data).findings.map((f) => f.code)).toEqual([]);
  });
});

describe('the score the bench prints', () => {
  it('counts every expected code as found and rightly resolved, and no false code', () => {
    const s = scoreCorpus(data);
    expect(s.failing.map((f) => `${f.id}: ${f.misses.join('; ')} ${f.falseCodes.join(',')}`)).toEqual([]);
    expect(s.found).toBe(s.expected);
    expect(s.rightFamily).toBe(s.expected);
    expect(s.falseCodes + s.nonDsmFalseCodes).toBe(0);
  });
});
