import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedPages } from '../../src/integrations/pagefind';
import { listedPage, recordsByPath, type PageList } from '../../src/lib/search/pages';
import type { SearchData } from '../../src/lib/search/query';
import { projectRoot } from '../../src/node/content-files';

describe('the page list written beside the Pagefind index', () => {
  for (const folder of ['dist', 'dist-base']) {
    it(`names every page Pagefind indexed, with the page's own path and title (${folder})`, () => {
      const dir = join(projectRoot, folder);
      const list = (JSON.parse(readFileSync(join(dir, 'search-pages.json'), 'utf8')) as { pages: PageList }).pages;
      const data = JSON.parse(readFileSync(join(dir, 'search-index.json'), 'utf8')) as SearchData;
      const records = recordsByPath(data.codes);
      const fragments = readdirSync(join(dir, 'pagefind', 'fragment')).filter((f) => f.endsWith('.pf_fragment'));
      const pages = indexedPages(join(dir, 'pagefind', 'fragment'));
      expect(pages.length).toBeGreaterThanOrEqual(fragments.length);
      expect(Object.keys(list).sort()).toEqual(pages.map((p) => p.id).sort());
      const problems: string[] = [];
      for (const p of pages) {
        const entry = list[p.id];
        const listed = entry && listedPage(entry, records);
        if (!listed) problems.push(`${p.id} (${p.url}): not readable from the list`);
        else if (listed.path !== p.url) problems.push(`${p.id}: list says ${listed.path}, Pagefind ${p.url}`);
        else if (`${listed.family} ${listed.record?.code ?? ''}: ${listed.title}` !== p.meta['title'] && listed.title !== p.meta['title']) problems.push(`${p.id}: list title "${listed.title}", page "${p.meta['title'] ?? ''}"`);
      }
      expect(problems).toEqual([]);
    });
  }
  it("indexes libraries' own numbers with the messages they print, and the HTTP statuses page", () => {
    const dir = join(projectRoot, 'dist');
    const pages = indexedPages(join(dir, 'pagefind', 'fragment'));
    const urls = pages.map((p) => p.url);
    expect(urls).toEqual(expect.arrayContaining(['/libraries/py-synologydsm-api/-2/', '/libraries/synology-api/9999/', '/http-statuses/', '/package-center/289/']));
    const page = readFileSync(join(dir, 'libraries', 'py-synologydsm-api', '-2', 'index.html'), 'utf8');
    expect(page).toMatch(/data-pagefind-weight="3">API &lt;name&gt; does not exists</);
  });
});
