// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

// SITE_URL, BASE_PATH and OUT_DIR let the same build be served elsewhere, for example under /dsm-errors/.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://dsm-errors.example.org',
  base: process.env.BASE_PATH ?? '/',
  // The tests build a second copy under a base path into its own folder.
  outDir: process.env.OUT_DIR ?? './dist',
  // The tests build broken fixtures with their own cache so they never touch the real one.
  cacheDir: process.env.DSM_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefind()],
});
