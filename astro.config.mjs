// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// SITE_URL and BASE_PATH let the same build be served elsewhere, for example under /dsm-errors/.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://dsm-errors.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
});
