/** The built sites, read from disk: every HTML page with its parsed document. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { projectRoot } from '../../src/node/content-files';

export interface BuiltPage {
  /** URL path, such as /filestation/408/ (with the base path). */
  url: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

export interface BuiltSite {
  dir: string;
  base: string;
  pages: BuiltPage[];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

export function loadSite(folder: 'dist' | 'dist-base', base: string): BuiltSite {
  const dir = join(projectRoot, folder);
  if (!existsSync(dir)) throw new Error(`${folder}/ does not exist: run npm run build and npm run build:base first.`);
  const pages = files(dir)
    .filter((f) => f.endsWith('.html') && !f.includes(`${join(dir, 'pagefind')}`))
    .map((file) => {
      const rel = relative(dir, file).replace(/\\/g, '/');
      const url = base + rel.replace(/index\.html$/, '');
      const html = readFileSync(file, 'utf8');
      return { url, file, html, doc: parse(html) };
    });
  return { dir, base, pages };
}
