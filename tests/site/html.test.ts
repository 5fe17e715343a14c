import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { sharedNumbers } from '../../src/lib/compare';
import { loadContent } from '../../src/node/content-files';
import { loadSite } from './built';

const catalog = buildCatalog(loadContent());

const site = loadSite('dist', '/');
const pages = site.pages.filter((p) => !p.url.endsWith('404.html'));
/** Where a moved page sends the reader (its meta refresh), or undefined for an ordinary page. */
const movedTo = (p: (typeof pages)[number]) => /^0; url=(.+)$/.exec(p.doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '')?.[1];

describe('every built page is valid HTML', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // The search popup is an ARIA combobox listbox: a <select> cannot show a result's title and excerpt.
      'prefer-native-element': ['error', { exclude: ['listbox'] }],
      // A code page's <title> carries the guide's full meaning, which can run past 70 characters.
      'long-title': 'off',
      // The search page's filters are checkbox groups: one name, many values, as HTML intends.
      'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
    },
  });
  it(`${site.pages.length} pages, no errors`, async () => {
    const problems: string[] = [];
    for (const page of site.pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems.slice(0, 40)).toEqual([]);
  });
});

describe('every page can be found and shared', () => {
  const head = (p: (typeof pages)[number], selector: string, attr: string) => p.doc.querySelector(selector)?.getAttribute(attr) ?? '';
  it('has a unique title', () => {
    const titles = new Map<string, string[]>();
    for (const p of site.pages) {
      const t = p.doc.querySelector('title')?.text.trim() ?? '';
      titles.set(t, [...(titles.get(t) ?? []), p.url]);
    }
    expect([...titles].filter(([t, urls]) => t === '' || urls.length > 1)).toEqual([]);
  });
  it('has a meta description, a canonical URL and Open Graph tags', () => {
    const missing = pages.flatMap((p) => {
      const out: string[] = [];
      if (head(p, 'meta[name="description"]', 'content').length < 30) out.push(`${p.url}: description`);
      // A moved page names its new address as canonical; every other page names itself.
      if (!head(p, 'link[rel="canonical"]', 'href').endsWith(movedTo(p) ?? p.url)) out.push(`${p.url}: canonical`);
      for (const og of ['og:title', 'og:description', 'og:url', 'og:type']) if (!head(p, `meta[property="${og}"]`, 'content')) out.push(`${p.url}: ${og}`);
      return out;
    });
    expect(missing).toEqual([]);
  });
  it('robots.txt, a favicon and the sitemap exist, and the sitemap lists the pages', () => {
    expect(readFileSync(join(site.dir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    expect(existsSync(join(site.dir, 'favicon.svg'))).toBe(true);
    const sitemap = readFileSync(join(site.dir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(listed).toContain('/filestation/408/');
    expect(listed).toContain('/compare/400/');
    const moved = pages.filter((p) => movedTo(p) !== undefined);
    expect(listed.length).toBe(pages.filter((p) => p.url !== '/search/').length - moved.length);
    expect(listed.filter((u) => moved.some((p) => p.url === u))).toEqual([]);
  });
  it('old addresses of moved pages send the reader on, are not indexed and are not listed', () => {
    const moved = pages.filter((p) => movedTo(p) !== undefined).map((p) => [p.url, movedTo(p), head(p, 'meta[name="robots"]', 'content')]);
    expect(moved).toEqual([
      ['/core-hardware/3712/', '/core/3712/', 'noindex'],
      ['/core-hardware/', '/core/', 'noindex'],
    ]);
    for (const [, to] of moved) expect(pages.some((p) => p.url === to && movedTo(p) === undefined), to).toBe(true);
  });
});

describe('Content-Security-Policy', () => {
  const csp = (p: (typeof pages)[number]) => p.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
  it('every page has one, with no inline script but hashed ones and no third-party origin', () => {
    const problems: string[] = [];
    for (const p of site.pages) {
      const policy = csp(p);
      if (!policy) {
        problems.push(`${p.url}: no CSP meta tag`);
        continue;
      }
      const scripts = directive(policy, 'script-src');
      if (/'unsafe-inline'|'unsafe-eval'|https?:|\*/.test(policy)) problems.push(`${p.url}: policy allows too much: ${policy}`);
      if (!scripts.includes("'wasm-unsafe-eval'")) problems.push(`${p.url}: search needs 'wasm-unsafe-eval'`);
      for (const s of p.doc.querySelectorAll('script:not([src])')) {
        const type = s.getAttribute('type') ?? '';
        if (type === 'application/json') continue;
        const hash = `'sha256-${createHash('sha256').update(s.innerHTML).digest('base64')}'`;
        if (!scripts.includes(hash)) problems.push(`${p.url}: inline script not in script-src: ${s.innerHTML.slice(0, 60)}`);
      }
      if (p.doc.querySelector('[style]')) problems.push(`${p.url}: a style attribute, which the policy would block`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe('pages read completely without JavaScript', () => {
  it('every code page has its six sections in the HTML', () => {
    const codePages = pages.filter((p) => /^\/[a-z-]+\/\d+\/$/.test(p.url) && !p.url.startsWith('/compare/') && movedTo(p) === undefined);
    expect(codePages.length).toBe(catalog.all().length);
    const wanted = ['What it means', 'What to do', 'How each library reports it', 'Sources', 'Same number in other families', 'Related codes'];
    const broken = codePages.filter((p) => {
      const h2 = p.doc.querySelectorAll('article h2').map((h) => h.text.replace(/#$/, '').trim());
      return JSON.stringify(h2) !== JSON.stringify(wanted) || !p.doc.querySelector('article p');
    });
    expect(broken.map((p) => p.url)).toEqual([]);
  });
  it('family and comparison pages carry their tables and cards in the HTML', () => {
    const withTable = new Set(pages.filter((p) => p.doc.querySelector('table')).map((p) => p.url));
    expect(catalog.namespaces.map((n) => `/${n.id}/`).filter((url) => !withTable.has(url))).toEqual([]);
    const compare = pages.filter((p) => /^\/compare\/\d+\/$/.test(p.url));
    expect(compare.length).toBe(sharedNumbers(catalog).length);
    expect(compare.filter((p) => p.doc.querySelectorAll('.compare-cards > li').length < 2).map((p) => p.url)).toEqual([]);
  });
});
