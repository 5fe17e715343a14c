// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import pagefind from './src/integrations/pagefind.ts';
import { themeScript } from './src/site/theme-script.ts';
import { movedPages } from './src/lib/moved.ts';
import { joinBase } from './src/lib/paths.ts';
import { basePath, siteUrl } from './src/lib/site-url.ts';

const base = basePath(process.env);
// The search page and moved pages' old addresses are reachable but not listed.
const unlisted = new Set([`${base}search/`, `${base}404/`, ...movedPages.map((m) => joinBase(base, ...m.from))]);

// SITE_URL, BASE_PATH and OUT_DIR let the same build be served elsewhere, for example under /dsm-errors/.
export default defineConfig({
  site: siteUrl(process.env),
  base,
  // The tests build a second copy under a base path into its own folder.
  outDir: process.env.OUT_DIR ?? './dist',
  // The tests build broken fixtures with their own cache so they never touch the real one.
  cacheDir: process.env.DSM_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Code blocks stay plain: Shiki's inline styles would break the Content-Security-Policy.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), sitemap({ filter: (page) => !unlisted.has(new URL(page).pathname) }), pagefind()],
  // A Content-Security-Policy meta tag on every page: Astro hashes its own scripts and styles;
  // the inline theme script is hashed here; Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [`sha256-${createHash('sha256').update(themeScript).digest('base64')}`],
      },
    },
  },
});
