import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeSchema, namespaceSchema, sourceSchema, uncoveredSchema } from './lib/schema';

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
  codes: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/codes` }),
    schema: codeSchema,
  }),
  uncovered: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/uncovered` }),
    schema: uncoveredSchema,
  }),
};
