import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { exactAnswer, parseQuery, searchRecords } from '../../src/lib/search/query';
import { loadContent } from '../../src/node/content-files';

const data = searchRecords(buildCatalog(loadContent()));
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
    expect(answer('auth 416')).toEqual({ keys: ['filestation/416', 'calendar/416', 'photostation/416'], messages: ['Auth has no code 416; other families do.'] });
    expect(answer('SYNO.DownloadStation.BTSearch 403').keys[0]).toBe('downloadstation-btsearch/403');
  });
  it('ranges list their codes', () => {
    expect(answer('1800-1805').keys).toEqual(['filestation/1800', 'filestation/1801', 'filestation/1802', 'filestation/1803', 'filestation/1804', 'filestation/1805']);
    expect(answer('18xx').keys).toHaveLength(6);
    expect(answer('downloadstation 4xx').keys).toEqual(Array.from({ length: 9 }, (_, i) => `downloadstation/${400 + i}`));
    expect(answer('70xx').messages).toEqual(['No DSM error code in 70xx.']);
  });
});
