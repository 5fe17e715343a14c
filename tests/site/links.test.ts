import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite, type BuiltSite } from './built';

/** Every internal link and anchor in a built site resolves to a file and an id that exist. */
function brokenLinks(site: BuiltSite): string[] {
  const ids = new Map<string, Set<string>>();
  for (const p of site.pages) ids.set(p.url, new Set(p.doc.querySelectorAll('[id]').map((e) => e.getAttribute('id') ?? '')));
  const broken: string[] = [];
  for (const p of site.pages) {
    const refs = [
      ...p.doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href') ?? ''),
      ...p.doc.querySelectorAll('link[href]').filter((l) => l.getAttribute('rel') !== 'canonical').map((l) => l.getAttribute('href') ?? ''),
      ...p.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? ''),
      ...p.doc.querySelectorAll('form[action]').map((f) => f.getAttribute('action') ?? ''),
    ];
    for (const ref of refs) {
      if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) continue;
      const url = new URL(ref, `http://site${p.url}`);
      if (!url.pathname.startsWith(site.base)) {
        broken.push(`${p.url} -> ${ref}: outside the base path ${site.base}`);
        continue;
      }
      const rel = url.pathname.slice(site.base.length);
      const file = join(site.dir, rel);
      const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
      if (!existsSync(target)) {
        broken.push(`${p.url} -> ${ref}: no such page`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && anchor !== 'main' && !ids.get(url.pathname)?.has(anchor)) broken.push(`${p.url} -> ${ref}: no element with id "${anchor}"`);
    }
  }
  return broken;
}

describe('no broken internal link or anchor', () => {
  it('in the site built at /', () => {
    expect(brokenLinks(loadSite('dist', '/')).slice(0, 30)).toEqual([]);
  });
  it('in the site built under /dsm-errors/', () => {
    expect(brokenLinks(loadSite('dist-base', '/dsm-errors/')).slice(0, 30)).toEqual([]);
  });
});
