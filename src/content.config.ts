import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema, libraryCodesSchema, namespaceSchema, sourceSchema, tableRowSchema, uncoveredSchema } from './lib/schema';
import { parseTable, rowId } from './lib/tables';

/**
 * The content lives in the top-level `content/` folder. DSM_CONTENT_DIR points the build at
 * another folder; the tests use it to build deliberately broken fixtures.
 */
const root = process.env.DSM_CONTENT_DIR ?? './content';

export const collections = {
  namespaces: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/namespaces` }),
    schema: namespaceSchema,
  }),
  sources: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/sources` }),
    schema: sourceSchema,
  }),
  /** One entry per row of `content/tables/<source>.tsv`, the source's own table. */
  tables: defineCollection({
    loader: async () => {
      const dir = `${root}/tables`;
      const entries: Record<string, Record<string, unknown>> = {};
      const problems: string[] = [];
      for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort() : []) {
        const file = `content/tables/${name}`;
        const parsed = parseTable(readFileSync(`${dir}/${name}`, 'utf8'), name.replace(/\.tsv$/, ''), file);
        problems.push(...parsed.problems);
        for (const row of parsed.rows) {
          const id = rowId({ source: String(row.source), code: Number(row.code), table: String(row.table) });
          entries[`${id}@${String(row.line)}`] = row;
        }
      }
      if (problems.length > 0) throw new Error(`A source table is malformed:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix the lines named above and build again.`);
      return entries;
    },
    schema: tableRowSchema,
  }),
  codes: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/codes` }),
    schema: codeSchema,
  }),
  uncovered: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/uncovered` }),
    schema: uncoveredSchema,
  }),
  /** Client libraries' own numbers, one file per library: `content/library-codes/<library>.yaml`. */
  libraryCodes: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/library-codes` }),
    schema: libraryCodesSchema,
  }),
};
