import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { listedPage, pageList, recordsByPath, type IndexedPage } from '../../src/lib/search/pages';
import { searchRecords } from '../../src/lib/search/query';
import { loadContent } from '../../src/node/content-files';

const data = searchRecords(buildCatalog(loadContent()));
const records = recordsByPath(data.codes);
const fs408 = data.codes.find((r) => r.namespace === 'filestation' && r.code === 408);

const page = (id: string, url: string, meta: Record<string, string>, category?: string): IndexedPage => ({ id, url, meta, filters: category ? { category: [category] } : {} });

describe('the list of indexed pages', () => {
  it('stores a code page as its path, and reads its family, title and code back from the search data', () => {
    const list = pageList([page('en_1', '/filestation/408/', { family: 'FileStation', code: '408', title: 'FileStation 408: x' }, 'Files')], data.codes);
    expect(list).toEqual({ en_1: ['/filestation/408/'] });
    const entry = list['en_1'];
    expect(entry && listedPage(entry, records)).toEqual({ path: '/filestation/408/', record: fs408, title: fs408?.title, family: 'FileStation', category: '' });
  });

  it('keeps its own title for a page that is not a code page, or whose meta disagrees with the data', () => {
    const list = pageList(
      [
        page('en_2', '/compare/400/', { title: 'Code 400 across the APIs' }),
        // The path says FileStation 408, the meta another code: the page's own words are kept.
        page('en_3', '/filestation/408/', { family: 'FileStation', code: '409', title: 'FileStation 409: y' }, 'Files'),
        page('en_4', '/nosuchfamily/1/', { family: 'Nope', code: '1', title: 'Nope 1: z' }),
      ],
      data.codes,
    );
    expect(list['en_2']).toEqual(['/compare/400/', 'Code 400 across the APIs', '', '']);
    expect(list['en_3']).toEqual(['/filestation/408/', 'FileStation 409: y', 'FileStation', 'Files']);
    expect(list['en_4']).toEqual(['/nosuchfamily/1/', 'Nope 1: z', 'Nope', '']);
  });

  it('reads back nothing for a code page the search data no longer has (an old list: the fragments decide)', () => {
    expect(listedPage(['/filestation/99999/'], records)).toBeUndefined();
    expect(listedPage(['/not-a-code-page/'], records)).toBeUndefined();
  });
});
