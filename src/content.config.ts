import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { codeSchema, libraryCodesSchema, namespaceSchema, sourceSchema, tableRowSchema, uncoveredSchema } from './lib/schema';
import { readFolder, readTableFolder, type RawFile } from './node/content-files';

/**
 * The content lives in the top-level `content/` folder. DSM_CONTENT_DIR points the build at
 * another folder; the tests use it to build deliberately broken fixtures.
 */
const root = process.env.DSM_CONTENT_DIR ?? './content';

/**
 * A collection read by the project's own readers (src/node/content-files.ts), the same ones the
 * command line and the tests use. During `npm run dev` a change to the folder reloads it.
 */
function folder(name: string, dir: string, read: (dir: string) => RawFile[]): Loader {
  return {
    name: `dsm-${name}`,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const absolute = resolve(dir);
      const sync = async () => {
        const entries = read(absolute);
        store.clear();
        for (const e of entries) {
          const data = await parseData({ id: e.id, data: e.raw as Record<string, unknown>, filePath: e.filePath });
          store.set({ id: e.id, data, filePath: e.filePath, digest: generateDigest(JSON.stringify(e.raw)) });
        }
      };
      await sync();
      if (watcher) {
        watcher.add(absolute);
        const onChange = (path: string) => {
          if (resolve(path).startsWith(absolute)) void sync();
        };
        watcher.on('change', onChange);
        watcher.on('add', onChange);
        watcher.on('unlink', onChange);
      }
    },
  };
}

/** Every row of every table file; a malformed file fails the build, naming file and line. */
function tableRows(dir: string): RawFile[] {
  const { rows, problems } = readTableFolder(dir);
  if (problems.length > 0) throw new Error(`A source table is malformed:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix the lines named above and build again.`);
  return rows;
}

export const collections = {
  namespaces: defineCollection({ loader: folder('namespaces', `${root}/namespaces`, readFolder), schema: namespaceSchema }),
  sources: defineCollection({ loader: folder('sources', `${root}/sources`, readFolder), schema: sourceSchema }),
  /** One entry per row of `content/tables/<source>.tsv`, the source's own table. */
  tables: defineCollection({ loader: folder('tables', `${root}/tables`, tableRows), schema: tableRowSchema }),
  codes: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/codes` }),
    schema: codeSchema,
  }),
  uncovered: defineCollection({ loader: folder('uncovered', `${root}/uncovered`, readFolder), schema: uncoveredSchema }),
  /** Client libraries' own numbers, one file per library: `content/library-codes/<library>.yaml`. */
  libraryCodes: defineCollection({ loader: folder('library-codes', `${root}/library-codes`, readFolder), schema: libraryCodesSchema }),
};
