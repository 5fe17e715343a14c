/**
 * Builds the Pagefind index from the finished site, in `astro:build:done`, so `npm run build`
 * always ships search. Any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

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
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
