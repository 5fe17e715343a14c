import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { exactAnswer, pageFamily, parseQuery, searchRecords, wordScore } from '../../src/lib/search/query';
import { MAX_QUERY_CHARS } from '../../src/lib/search/text';
import { loadContent } from '../../src/node/content-files';

const catalog = buildCatalog(loadContent());
const data = searchRecords(catalog);
const answer = (q: string) => {
  const r = exactAnswer(parseQuery(q, data.families), data);
  return { keys: r.records.map((x) => `${x.namespace}/${x.code}`), messages: r.messages };
};

describe('parseQuery', () => {
  it('splits family, numbers, ranges and words', () => {
    expect(parseQuery('filestation 408 quota', data.families)).toEqual({ family: 'filestation', numbers: [408], ranges: [], text: 'quota' });
    expect(parseQuery('18xx', data.families).ranges).toEqual([{ from: 1800, to: 1899, label: '18xx' }]);
    expect(parseQuery('1805-1800', data.families).ranges).toEqual([{ from: 1800, to: 1805, label: '1800-1805' }]);
    expect(parseQuery('two-factor', data.families)).toEqual({ numbers: [], ranges: [], text: 'two-factor' });
  });
  it('reads a family from its name, an API name or a CGI path', () => {
    for (const q of ['FileStation 408', 'SYNO.FileStation.List 408', '408 SYNO.FileStation.CopyMove', 'FileStation/file_share.cgi 408']) {
      expect(parseQuery(q, data.families).family).toBe('filestation');
    }
    expect(parseQuery('auth.cgi 400', data.families).family).toBe('auth');
    expect(parseQuery('SYNO.Core.System 105', data.families).family).toBe('core');
  });
});

describe('exact answers come from the data', () => {
  it('a number shows every family that has it', () => {
    expect(answer('408').keys).toEqual(['auth/408', 'filestation/408', 'downloadstation/408', 'calendar/408', 'photostation/408']);
    expect(answer('18990531').keys).toEqual(['core-iscsi/18990531']);
  });
  it('a named family comes first', () => {
    for (const q of ['filestation 408', 'FileStation 408', 'SYNO.FileStation.List 408', '408 SYNO.FileStation.CopyMove']) {
      expect(answer(q).keys[0]).toBe('filestation/408');
    }
    expect(answer('auth 400').keys[0]).toBe('auth/400');
  });
  it('a number that is no code says so instead of matching a prefix', () => {
    expect(answer('1069')).toEqual({ keys: [], messages: ['No DSM error code 1069.'] });
    expect(answer('filestation 1069').messages).toEqual(['No DSM error code 1069 in FileStation or any other family.']);
  });
  it('a family without the number says so and still shows the others', () => {
    // Surveillance Station has a 416 too (SynoAI's message connection failure).
    expect(answer('auth 416')).toEqual({ keys: ['filestation/416', 'surveillancestation/416', 'calendar/416', 'photostation/416'], messages: ['Auth has no code 416; other families do.'] });
    expect(answer('SYNO.DownloadStation.BTSearch 403').keys[0]).toBe('downloadstation-btsearch/403');
  });
  it('ranges list their codes', () => {
    expect(answer('1800-1805').keys).toEqual(['filestation/1800', 'filestation/1801', 'filestation/1802', 'filestation/1803', 'filestation/1804', 'filestation/1805']);
    expect(answer('18xx').keys).toHaveLength(6);
    expect(answer('downloadstation 4xx').keys).toEqual(Array.from({ length: 9 }, (_, i) => `downloadstation/${400 + i}`));
    expect(answer('70xx').messages).toEqual(['No DSM error code in 70xx.']);
  });
});

describe('a code inside a message', () => {
  it('is found as a bare code is, with the words kept for ranking', () => {
    expect(parseQuery('SynologyAPI returned error 414 while copying', data.families)).toMatchObject({ numbers: [414], text: 'SynologyAPI returned error while copying' });
    expect(parseQuery('Error code: 18990744', data.families).numbers).toEqual([18990744]);
    expect(parseQuery('failed (code=408)', data.families).numbers).toEqual([408]);
    expect(parseQuery('[error:105]', data.families).numbers).toEqual([105]);
    expect(answer('Error code: 18990744').keys).toEqual(['core-iscsi/18990744']);
  });
  it('ignores what only looks like a code', () => {
    expect(parseQuery('v1.2 at 12:30', data.families).numbers).toEqual([]);
    expect(parseQuery('abc123456', data.families).numbers).toEqual([]);
    expect(parseQuery('12', data.families).numbers).toEqual([]);
  });
});

describe('the words pick the family', () => {
  const first = (q: string, pageFamily?: string) => exactAnswer(parseQuery(q, data.families), data, { pageFamily }).records[0];
  it('from the title or a source\u2019s wording', () => {
    expect(first('407 record not valid')?.namespace).toBe('chat');
    expect(first('SSChatBot error 407: record not valid')?.namespace).toBe('chat');
    expect(first('407 Blocked IP source')?.namespace).toBe('auth');
    expect(first('407 Max Tries (if auto blocking is set to true)')?.namespace).toBe('auth');
    expect(first('407 Set destination failed')?.namespace).toBe('downloadstation');
    expect(first('407 CMS closed')?.namespace).toBe('surveillancestation');
  });
  it('from the family\u2019s API names', () => {
    expect(first('returned error 414 while copying')?.namespace).toBe('filestation');
  });
  it('without words, the family of the reader\u2019s page comes first, then the usual order', () => {
    expect(first('408', 'filestation')?.namespace).toBe('filestation');
    expect(first('408', 'calendar')?.namespace).toBe('calendar');
    expect(first('408')?.namespace).toBe('auth');
    expect(first('408', 'chat')?.namespace).toBe('auth');
  });
  it('a named family beats the words, and words beat the page', () => {
    expect(first('auth 407 record not valid', 'chat')?.namespace).toBe('auth');
    expect(first('407 record not valid', 'auth')?.namespace).toBe('chat');
  });
  it('scores own wording above the family name', () => {
    const [auth407] = data.codes.filter((r) => r.namespace === 'auth' && r.code === 407);
    expect(auth407 && wordScore(auth407, ['blocked'], data)).toBe(2);
    // Auth 401's own wordings do not say "auth" (407's do since Synology's SDK names it WEBAPI_AUTH_ERR_...), so only the family name matches.
    const [auth401] = data.codes.filter((r) => r.namespace === 'auth' && r.code === 401);
    expect(auth401 && wordScore(auth401, ['auth'], data)).toBe(1);
    expect(auth407 && wordScore(auth407, ['quota'], data)).toBe(0);
  });
});

describe('pageFamily reads the family from the URL', () => {
  const ids = data.families.map((f) => f.id);
  it('under / and under a base path', () => {
    expect(pageFamily('/filestation/408/', '/', ids)).toBe('filestation');
    expect(pageFamily('/filestation/', '/', ids)).toBe('filestation');
    expect(pageFamily('/dsm-errors/auth/400/', '/dsm-errors/', ids)).toBe('auth');
    expect(pageFamily('/compare/408/', '/', ids)).toBeUndefined();
    expect(pageFamily('/filestation/408/', '/dsm-errors/', ids)).toBeUndefined();
  });
});

describe('search data', () => {
  it('carries the sources\u2019 other wordings once, and no area where the family has none', () => {
    const fs408 = data.codes.find((r) => r.namespace === 'filestation' && r.code === 408);
    expect(fs408?.says).toContain('Disk quota exceeded');
    expect(fs408?.says).not.toContain('No such file or directory');
    const withAreas = new Set(catalog.namespaces.filter((n) => n.areas.length > 0).map((n) => n.id));
    expect(data.codes.filter((r) => !withAreas.has(r.namespace)).every((r) => r.area === undefined)).toBe(true);
    expect(data.codes.find((r) => r.namespace === 'core' && r.code === 5512)?.area).toBe(catalog.namespace('core')?.areas.find((a) => a.id === 'certificates')?.name);
  });
});

describe('linear time', () => {
  it('a long run of punctuation or a huge query costs time in proportion to its length, at most', () => {
    // Each input at n and 16n characters: linear work grows 16 times, quadratic 256 times. Times are
    // compared with each other (best of 3, wide slack), never with a fixed threshold.
    const shapes: ((n: number) => string)[] = [
      (n) => ')'.repeat(n) + 'x',
      (n) => '('.repeat(n / 2) + '408' + ')'.repeat(n / 2),
      (n) => 'a'.repeat(n) + '.cgi',
      (n) => `${'SYNO.'.repeat(n / 5)} 408`,
      (n) => 'word '.repeat(n / 5),
    ];
    const best = (q: string) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const t = performance.now();
          exactAnswer(parseQuery(q, data.families), data);
          return performance.now() - t;
        }),
      );
    for (const shape of shapes) {
      const small = best(shape(20_000));
      const large = best(shape(320_000));
      expect(large, shape(20).slice(0, 20)).toBeLessThan(64 * small + 5);
    }
  });
  it('only the first MAX_QUERY_CHARS characters are read', () => {
    expect(parseQuery(`${'x '.repeat(MAX_QUERY_CHARS)} 408`, data.families).numbers).toEqual([]);
  });
});
