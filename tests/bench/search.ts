/**
 * Search and layout-stability figures for `npm run bench`: time from the first keystroke to an
 * exact code and to a full-text result (first search on a fresh page, and a later one), the query
 * parser on long and hostile input, and cumulative layout shift on each page type at desktop and
 * phone widths. Called from run.ts against its preview server; also runs alone against a built
 * `dist/` (`npx tsx tests/bench/search.ts`), starting its own preview server.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { buildCatalog } from '../../src/lib/catalog';
import { exactAnswer, parseQuery, searchRecords } from '../../src/lib/search/query';
import { looksLikePaste } from '../../src/lib/search/paste';
import { hitRate, type Phrase } from '../../src/lib/search/offline';
import { httpStatus, rankItems, wordingMatches } from '../../src/lib/search/rank';
import { readFileSync } from 'node:fs';
import { loadContent, projectRoot } from '../../src/node/content-files';

export type Row = (what: string, value: string, budget?: string, over?: boolean) => void;

const RUNS = 9;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const ms = (x: number) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);

/** Page types, for layout shift. */
export const pageTypes: [string, string][] = [
  ['home', '/'],
  ['family', '/filestation/'],
  ['code', '/filestation/408/'],
  ['compare', '/compare/400/'],
  ['decode', '/decode/'],
  ['search results', '/search/?q=quota'],
  ['sources', '/sources/'],
  ['not found', '/no-such-page/'],
];

/** What the list shows when the clock stops: exact codes, every result (excerpts may be on their way), or all. */
type Stage = 'exact' | 'listed' | 'complete';
const stageAttr: Record<Stage, string> = { exact: 'data-exact-query', listed: 'data-listed-query', complete: 'data-query' };

/** A reader's pause between putting the cursor in the box and the first key: a conservative 100 ms. */
const FOCUS_PAUSE_MS = 100;

/**
 * Enters `query` into the header search as one input (as a paste or a fast typist does), either
 * `pause` ms after the box gains focus or (`pause` undefined) at the very instant it does, the
 * harshest case, since search starts loading only on focus. Returns the time in the page from
 * that input to the moment the list shows `stage` for it.
 */
async function typeAndTime(page: Page, query: string, stage: Stage, pause?: number): Promise<number> {
  const box = page.getByRole('combobox', { name: 'Search codes' });
  // Cleared for a later search; on a fresh page the box is empty and must not gain focus early.
  if ((await box.inputValue()) !== '') await box.fill('');
  await page.evaluate(
    ({ query, attr }) => {
      const w = window as unknown as { __bench?: Promise<number> };
            const list = document.querySelector('#site-search-listbox');
      w.__bench = new Promise<number>((resolve) => {
        let t0 = 0;
        // Capture on the document runs before the search box's own listener.
        document.addEventListener('input', () => (t0 ||= performance.now()), { capture: true, once: true });
        // No named helpers here: the bench runs through tsx, whose name-keeping breaks evaluate().
        new MutationObserver((_, obs) => {
          if (t0 && list?.getAttribute(attr) === query && list.querySelector('[role="option"]')) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        }).observe(list ?? document, { attributes: true, childList: true, subtree: true });
      });
    },
    { query, attr: stageAttr[stage] },
  );
  await box.focus();
  if (pause !== undefined) await page.waitForTimeout(pause);
  await page.keyboard.insertText(query);
  return page.evaluate(() => (window as unknown as { __bench: Promise<number> }).__bench);
}

async function searchTimings(browser: Browser, origin: string, row: Row): Promise<void> {
  const cases: { label: string; first: string; later: string; stage: Stage; budget: number }[] = [
    { label: 'exact code (408)', first: '408', later: '1805', stage: 'exact', budget: 50 },
    { label: 'word search results listed (quota, then two-factor)', first: 'quota', later: 'two-factor', stage: 'listed', budget: 150 },
    { label: 'word search complete with excerpts (quota, then two-factor)', first: 'quota', later: 'two-factor', stage: 'complete', budget: 150 },
  ];
  for (const c of cases) {
    const paused: number[] = [];
    const instant: number[] = [];
    const later: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const pause of [FOCUS_PAUSE_MS, undefined]) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${origin}/auth/400/`, { waitUntil: 'networkidle' });
        (pause === undefined ? instant : paused).push(await typeAndTime(page, c.first, c.stage, pause));
        if (pause !== undefined) later.push(await typeAndTime(page, c.later, c.stage));
        await context.close();
      }
    }
    const report = (when: string, xs: number[]) => row(`Search: first keystroke to ${c.label}, ${when} (median of ${RUNS})`, ms(median(xs)), `under ${c.budget} ms`, median(xs) >= c.budget);
    report(`first search on a fresh page, typed ${FOCUS_PAUSE_MS} ms after focus`, paused);
    report('first search on a fresh page, typed at the instant of focus', instant);
    report('a later search', later);
  }
}

/** The parser on long input: each must stay linear (milliseconds, not minutes). */
function parserTimings(row: Row): void {
  const data = searchRecords(buildCatalog(loadContent()));
  const inputs: [string, string][] = [
    ['1 MB of closing brackets', `${')'.repeat(1_048_576)}x`],
    ['1 MB of mixed punctuation around a code', `${'(#"'.repeat(349_525)}408${'").:'.repeat(262_144)}`],
    ['1 MB of words', 'disk quota exceeded '.repeat(52_429)],
  ];
  for (const [label, q] of inputs) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      exactAnswer(parseQuery(q, data.families), data);
      looksLikePaste(q);
      httpStatus(q);
      rankItems(q, wordingMatches(q, data).map((m) => ({ record: m.record })), data);
      times.push(performance.now() - t);
    }
    row(`Search: parse a query of ${label} (median of ${RUNS})`, ms(median(times)));
  }
}

/** The phrases real users typed or copied (tests/fixtures/search-phrases.json), with the page that answers each. */
const phrases = (): Phrase[] => (JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/search-phrases.json'), 'utf8')) as { phrases: Phrase[] }).phrases;

/**
 * How many real phrases land on their page in the top 3: ranked from the search data alone (the
 * unit tests' harness; the HTTP statuses page counted as present), and in the header search box.
 */
export async function phraseHits(browser: Browser, origin: string, row: Row): Promise<void> {
  const list = phrases();
  const data = searchRecords(buildCatalog(loadContent()));
  const offline = hitRate(list, { ...data, httpStatusesPath: 'http-statuses/' });
  row(`Search: real phrases on their page in the top 3, ranked from the search data alone (${list.length} phrases)`, `${offline.hits}/${offline.total}`, `${list.length}/${list.length}`, offline.hits < offline.total);
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  const box = page.getByRole('combobox', { name: 'Search codes' });
  const hasHttpPage = (await (await fetch(`${origin}/search-index.json`)).json() as { httpStatusesPath?: string }).httpStatusesPath !== undefined;
  let hits = 0;
  let counted = 0;
  for (const p of list) {
    if (!hasHttpPage && p.expect.includes('http-statuses/')) continue;
    counted++;
    await box.fill('');
    await box.fill(p.query);
    await page.waitForFunction((q) => document.querySelector('#site-search-listbox')?.getAttribute('data-query') === q, p.query, { timeout: 20_000 }).catch(() => undefined);
    const top = await page.evaluate(() => [...document.querySelectorAll('#site-search-listbox [role="option"] .hit-title')].slice(0, 3).map((o) => o.textContent ?? ''));
    const families = new Map(data.families.map((f) => [f.id, f.name]));
    const labels = p.expect.map((e) => {
      const [ns, code] = e.split('/');
      return ns === 'http-statuses' ? 'HTTP status' : `${families.get(ns ?? '') ?? ns} ${code}:`;
    });
    if (top.some((t) => labels.some((l) => t.startsWith(l)))) hits++;
  }
  await page.close();
  row(`Search: real phrases on their page in the top 3, header search box (${counted} phrases${hasHttpPage ? '' : '; those for the HTTP statuses page left out, the site has none'})`, `${hits}/${counted}`, `${counted}/${counted}`, hits < counted);
}

/** Cumulative layout shift from navigation until the page has settled, as PerformanceObserver reports it. */
async function layoutShift(browser: Browser, origin: string, path: string, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark'): Promise<number> {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  await context.close();
  return cls;
}

async function layoutShifts(browser: Browser, origin: string, row: Row): Promise<void> {
  const viewports: [string, { width: number; height: number }][] = [
    ['desktop 1280 px', { width: 1280, height: 800 }],
    ['phone 360 px', { width: 360, height: 740 }],
  ];
  for (const [label, viewport] of viewports) {
    for (const scheme of ['light', 'dark'] as const) {
      const values: string[] = [];
      let worst = 0;
      for (const [name, path] of pageTypes) {
        const runs: number[] = [];
        for (let i = 0; i < 3; i++) runs.push(await layoutShift(browser, origin, path, viewport, scheme));
        const cls = Math.max(...runs);
        worst = Math.max(worst, cls);
        values.push(`${name} ${cls.toFixed(3)}`);
      }
      row(`Layout shift (CLS, worst of 3 loads), ${label}, ${scheme}: ${pageTypes.map(([n]) => n).join(', ')}`, values.map((v) => v.split(' ').pop()).join(' / '), '0 on every page', worst > 0);
    }
  }
}

/** Every search and layout-shift row, against a preview server at `origin`. */
export async function benchSearch(browser: Browser, origin: string, row: Row): Promise<void> {
  await searchTimings(browser, origin, row);
  parserTimings(row);
  await phraseHits(browser, origin, row);
  await layoutShifts(browser, origin, row);
}

// Alone: against the built dist/, with its own preview server.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\0')) {
  const port = Number(process.env['BENCH_PORT'] ?? 4349);
  const server = spawn(join(projectRoot, 'node_modules/.bin/astro'), ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { cwd: projectRoot, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${origin}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--disable-background-networking', '--no-first-run', '--disable-quic'] });
    const rows: string[][] = [];
    await benchSearch(browser, origin, (what, value, budget = '', over) => rows.push([what, value, budget, over === undefined ? '' : over ? 'OVER' : 'ok']));
    await browser.close();
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  } finally {
    server.kill();
  }
}
