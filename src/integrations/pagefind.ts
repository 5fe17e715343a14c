/**
 * Builds the Pagefind index from the finished site, in `astro:build:done`, so `npm run build`
 * always ships search, then writes the list of indexed pages (`search-pages.json`, see
 * src/lib/search/pages.ts). Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { pageList, type IndexedPage } from '../lib/search/pages';
import type { SearchData } from '../lib/search/query';
import { checked, searchPagesView, SEARCH_PAGES_VERSION } from '../lib/views';

const SIGNATURE = 'pagefind_dcd';

/** Pagefind's fragment files, read back: one page each, or a group of pages keyed by id. */
export function indexedPages(fragmentDir: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const file of readdirSync(fragmentDir)) {
    if (!file.endsWith('.pf_fragment')) continue;
    const raw = gunzipSync(readFileSync(join(fragmentDir, file)));
    const text = raw.toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`Pagefind fragment ${file} does not start with its signature; has Pagefind's format changed?`);
    const json = JSON.parse(text.slice(SIGNATURE.length)) as Omit<IndexedPage, 'id'> | Record<string, Omit<IndexedPage, 'id'>>;
    const one = (id: string, f: Omit<IndexedPage, 'id'>) => pages.push({ id, url: f.url, meta: f.meta ?? {}, filters: f.filters ?? {} });
    if (typeof json['url'] === 'string') one(file.replace(/\.pf_fragment$/, ''), json as Omit<IndexedPage, 'id'>);
    else for (const [id, f] of Object.entries(json as Record<string, Omit<IndexedPage, 'id'>>)) one(id, f);
  }
  return pages;
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed while ${step}:\n  - ${errors.join('\n  - ')}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'dsm-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          check('starting', created.errors);
          const index = created.index;
          if (!index) throw new Error('Pagefind failed while starting: it returned no index.');
          const added = await index.addDirectory({ path: site });
          check('reading the built pages', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind indexed no page: no built page has data-pagefind-body.');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          check('writing the index', written.errors);
          logger.info(`Pagefind read ${added.page_count} built pages and indexed those marked data-pagefind-body.`);
          const data = JSON.parse(readFileSync(join(site, 'search-index.json'), 'utf8')) as SearchData;
          const pages = indexedPages(join(site, 'pagefind', 'fragment'));
          writeFileSync(join(site, searchPagesView.file), JSON.stringify(checked(searchPagesView, { version: SEARCH_PAGES_VERSION, pages: pageList(pages, data.codes) })));
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
