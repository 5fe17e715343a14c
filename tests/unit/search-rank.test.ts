import { describe, expect, it } from 'vitest';
import { needsPartial, rankPartial, wordWeight } from '../../src/lib/search/partial';
import { apiWords, contentWords, meets, stem, stemSet, trimToken, wordsOf } from '../../src/lib/search/text';
import { areaOf, familyAreas } from '../../src/lib/search/areas';
import { sameWording, searchRecords } from '../../src/lib/search/query';
import { buildCatalog } from '../../src/lib/catalog';
import { loadContent } from '../../src/node/content-files';

const data = searchRecords(buildCatalog(loadContent()));

describe('words', () => {
  it('splits text, API names and drops glue words and numbers', () => {
    expect(wordsOf('No such account, or incorrect password!')).toEqual(['no', 'such', 'account', 'or', 'incorrect', 'password']);
    expect(apiWords('SYNO.FileStation.CopyMove')).toEqual(['syno', 'file', 'station', 'copy', 'move']);
    expect(contentWords('Login failed: No such account or incorrect password (error 400)')).toEqual(['login', 'no', 'such', 'account', 'incorrect', 'password']);
  });
  it('lets word forms meet', () => {
    expect(stem('copying')).toBe('copy');
    expect(stem('copies')).toBe('copy');
    expect(stem('exists')).toBe('exist');
    expect(meets('copying', stemSet('File already exists'))).toBe(false);
    expect(meets('copying', new Set(apiWords('SYNO.FileStation.CopyMove')))).toBe(true);
    expect(meets('passwords', stemSet('Incorrect password'))).toBe(true);
    expect(meets('pass', stemSet('Incorrect password'))).toBe(true);
    expect(meets('ip', stemSet('Incorrect password'))).toBe(false);
  });
  it('trims brackets, quotes and punctuation in one pass from each end', () => {
    expect(trimToken('("408"),')).toBe('408');
    expect(trimToken('#408')).toBe('408');
    expect(trimToken('code:')).toBe('code');
    const long = `${'('.repeat(200_000)}x${')'.repeat(200_000)}`;
    const t = performance.now();
    expect(trimToken(long)).toBe('x');
    // Quadratic work on this input would take minutes; linear takes milliseconds.
    expect(performance.now() - t).toBeLessThan(1500);
  });
});

describe('partial matches for a long phrase', () => {
  const page = (id: string, score = 1) => ({ id, score });
  it('is used only when all-words matching finds little for several words', () => {
    expect(needsPartial(0, 5)).toBe(true);
    expect(needsPartial(2, 5)).toBe(true);
    expect(needsPartial(3, 5)).toBe(false);
    expect(needsPartial(0, 1)).toBe(false);
  });
  it('ranks by how much of the phrase a page covers, rare words counting more', () => {
    expect(wordWeight(1, 280)).toBeGreaterThan(wordWeight(100, 280));
    const ranked = rankPartial(
      [
        { word: 'login', results: [] },
        { word: 'account', results: [page('a400'), page('a401'), page('fs406'), page('c105')] },
        { word: 'incorrect', results: [page('a400'), page('a405')] },
        { word: 'password', results: [page('a400'), page('a408'), page('a409'), page('fs1403')] },
      ],
      280,
    );
    expect(ranked[0]).toMatchObject({ id: 'a400', covered: ['account', 'incorrect', 'password'] });
    expect(ranked[0]?.coverage).toBeLessThan(1);
    expect(ranked.map((m) => m.id)).toContain('fs1403');
    // A page with the rare word beats one with only a common one.
    expect(ranked.findIndex((m) => m.id === 'a405')).toBeLessThan(ranked.findIndex((m) => m.id === 'a401'));
  });
  it('breaks ties by score, then by first appearance', () => {
    const ranked = rankPartial([{ word: 'x', results: [page('p1', 1), page('p2', 3), page('p3', 1)] }], 10);
    expect(ranked.map((m) => m.id)).toEqual(['p2', 'p1', 'p3']);
  });
});

describe('areas are read defensively', () => {
  const core = { id: 'core', areas: [{ id: 'network', name: 'Network', summary: 's', advice: 'a' }, { id: 'bad' }] };
  it('from a family that has them', () => {
    expect(familyAreas(core)).toEqual([{ id: 'network', name: 'Network' }]);
    expect(areaOf(core, { code: 1000, area: 'network' })).toEqual({ id: 'network', name: 'Network' });
    expect(areaOf(core, { code: 1000, area: 'nowhere' })).toBeUndefined();
  });
  it('and give nothing where the fields are absent or malformed', () => {
    expect(familyAreas({ id: 'auth' })).toEqual([]);
    expect(familyAreas({ id: 'x', areas: 'network' })).toEqual([]);
    expect(areaOf({ id: 'auth' }, { code: 400 })).toBeUndefined();
  });
});

describe('a phrase that is a code\u2019s wording', () => {
  it('finds the codes worded so by their title or by a source, whatever the order of words', () => {
    const keys = (q: string) => sameWording(q, data).map((r) => `${r.namespace}/${r.code}`);
    expect(keys('disk quota exceeded')).toEqual(expect.arrayContaining(['filestation/415', 'filestation/408']));
    expect(keys('Exceeded disk quota!')).toEqual(keys('disk quota exceeded'));
    // Core's "User disk quota exceeded" has a word more: it is not the same wording.
    expect(keys('disk quota exceeded')).not.toContain('core/6213');
    expect(keys('No such account or incorrect password')).toContain('auth/400');
    expect(keys('the of and')).toEqual([]);
  });
});
