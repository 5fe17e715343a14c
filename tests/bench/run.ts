/**
 * npm run bench: timings and sizes, printed as a table. Nothing here passes or fails; budgets
 * are reported beside the figures. Run after `npm ci` on the machine you want to measure.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { buildCatalog } from '../../src/lib/catalog';
import { decoderData } from '../../src/lib/decoder/data';
import { decode } from '../../src/lib/decoder/decode';
import { examples } from '../../src/lib/decoder/examples';
import { loadContent, projectRoot } from '../../src/node/content-files';
import { benchSearch } from './search';
import { kindCoverage } from '../../src/lib/provenance';
import { sourceKindLabels } from '../../src/lib/categories';

const dist = join(projectRoot, 'dist');
const rows: [string, string, string, string][] = [];
/** A figure, with its budget and whether it holds ("ok", "OVER") when there is one. */
const row = (what: string, value: string, budget = '', over?: boolean) => rows.push([what, value, budget, over === undefined ? '' : over ? 'OVER' : 'ok']);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const size = (paths: string[]) => paths.reduce((a, p) => a + statSync(p).size, 0);
const gz = (paths: string[]) => paths.reduce((a, p) => a + gzipSync(readFileSync(p)).length, 0);

// Build: median of three full builds.
const astro = join(projectRoot, 'node_modules/.bin/astro');
const builds: number[] = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  execFileSync(astro, ['build', '--force'], { cwd: projectRoot, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  builds.push(performance.now() - t);
}
const all = files(dist);
row('Build time (median of 3, astro build --force)', `${(median(builds) / 1000).toFixed(1)} s`, 'under 30 s', median(builds) > 30_000);
row('Pages built', String(all.filter((p) => p.endsWith('.html')).length));
row('Total size of dist/', kb(size(all)));

// Pagefind.
const pf = files(join(dist, 'pagefind'));
const searchCore = pf.filter((p) => /pagefind\.js$|\.pagefind$|pagefind-entry\.json$|\.pf_(meta|index|filter)$/.test(p));
row('Pagefind bundle on disk (all files)', kb(size(pf)));
row('Pagefind index (meta, index, filter chunks and WASM), gzipped', kb(gz(searchCore)));

// Provenance: codes and families per kind of source, as /sources/ shows them.
const catalogForBench = buildCatalog(loadContent());
for (const k of kindCoverage(catalogForBench))
  row(`Sources of kind "${sourceKindLabels[k.kind]}"`, `${k.sources} sources, cited on ${k.codes} codes in ${k.families} families, headline of ${k.headlines}`);

// Decoder.
const data = decoderData(catalogForBench);
const typical = examples.find((e) => e.id === 'delete')?.text ?? '';
const times: number[] = [];
for (let i = 0; i < 300; i++) {
  const t = performance.now();
  decode(typical, data);
  times.push(performance.now() - t);
}
row('Decode a typical paste (median of 300)', ms(median(times)));
const line = '2026-11-20 03:00:12 backup: {"success":false,"error":{"code":119}} retry [INFO] {"success":true,"data":{}}\n';
const big = line.repeat(Math.ceil(1_048_576 / line.length));
const bigTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  decode(big, data);
  bigTimes.push(performance.now() - t);
}
row(`Decode a 1 MB log of many responses (${(big.length / 1_048_576).toFixed(2)} MiB, median of 5)`, ms(median(bigTimes)));
const item = (i: number) => ({ path: `/video/folder-${i}/file-${i}.mkv`, name: `file-${i}.mkv`, isdir: false, additional: { size: i * 1000 } });
const items: ReturnType<typeof item>[] = [];
for (let i = 0; JSON.stringify(items).length < 1_048_576; i++) items.push(i % 50 === 0 ? { ...item(i), code: 408 } as ReturnType<typeof item> : item(i));
const oneDoc = JSON.stringify({ success: true, data: { files: items, total: items.length } });
const docTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  decode(oneDoc, data, { api: 'SYNO.FileStation.List' });
  docTimes.push(performance.now() - t);
}
row(`Decode one 1 MB JSON document (${(oneDoc.length / 1_048_576).toFixed(2)} MiB, median of 5)`, ms(median(docTimes)));
for (const r of (await import('./decoder-corpus')).decoderCorpusRows(data)) row(...r);

// The package: packed size, and its command's answer time beside npm run decode's.
for (const r of (await import('./package')).benchPackage()) row(...r);

// The decode page's own weight: its scripts, and the data file its Worker fetches with the first paste.
const decodeHtml = readFileSync(join(dist, 'decode/index.html'), 'utf8');
const scripts = [...decodeHtml.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => join(dist, (m[1] ?? '').replace(/^\//, '')));
row('Decoder JavaScript, gzipped', kb(gz(scripts)));
row("Decoder's data (decoder-data.json, fetched with the first paste), gzipped", kb(gz([join(dist, 'decoder-data.json')])));
row('Decode page, HTML gzipped', kb(gzipSync(decodeHtml).length));

// Time from typing to the first search result, in headless Chromium against the preview server.
const port = 4339;
const server = spawn(astro, ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { cwd: projectRoot, stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--disable-background-networking', '--no-first-run', '--disable-quic'] });
  await benchSearch(browser, `http://127.0.0.1:${port}`, row);
  for (const r of await (await import('./robustness')).robustness(browser, `http://127.0.0.1:${port}`)) row(...r);

  // First-load weight per page type, before search is opened: what the browser fetched, gzipped.
  const pageTypes: [string, string, number | undefined, number | undefined][] = [
    ['home', '/', undefined, undefined],
    ['family', '/filestation/', undefined, undefined],
    ['family by area, 500-odd codes', '/core/', undefined, undefined],
    ['code', '/filestation/408/', 20 * 1024, 10 * 1024],
    ['code with an area', '/core/5512/', 20 * 1024, 10 * 1024],
    ['generic code', '/core/4500/', 20 * 1024, 10 * 1024],
    ['compare', '/compare/400/', undefined, undefined],
    ['decode', '/decode/', 40 * 1024, undefined],
    ['search results', '/search/?q=quota', undefined, undefined],
  ];
  for (const [name, path, totalBudget, jsBudget] of pageTypes) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies: Promise<{ type: string; gz: number }>[] = [];
    page.on('response', (r) => {
      const type = r.request().resourceType();
      bodies.push(r.body().then((b) => ({ type, gz: gzipSync(b).length })).catch(() => ({ type, gz: 0 })));
    });
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    const all = await Promise.all(bodies);
    const sum = (types: string[]) => all.filter((b) => types.includes(b.type)).reduce((a, b) => a + b.gz, 0);
    const html = sum(['document']);
    const css = sum(['stylesheet']);
    const js = sum(['script']);
    const other = all.reduce((a, b) => a + b.gz, 0) - html - css - js;
    const total = html + css + js + other;
    row(
      `First load, ${name} (${path}): HTML / CSS / JS${other ? ' / other' : ''}, gzipped`,
      `${kb(html)} / ${kb(css)} / ${kb(js)}${other ? ` / ${kb(other)}` : ''} = ${kb(total)}`,
      [totalBudget ? `at most ${totalBudget / 1024} KB` : '', jsBudget ? `JS at most ${jsBudget / 1024} KB` : ''].filter(Boolean).join(', '),
      totalBudget || jsBudget ? (totalBudget !== undefined && total > totalBudget) || (jsBudget !== undefined && js > jsBudget) : undefined,
    );
    await context.close();
  }
  await browser.close();

  // Lighthouse, against the same preview server and Chromium, median score of several runs.
  const runs = Number(process.env['BENCH_RUNS'] ?? 3);
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    for (const [name, path] of pageTypes) {
      const scores: Record<string, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(scores) });
        for (const key of Object.keys(scores)) scores[key]?.push(Math.round((result?.lhr.categories[key]?.score ?? 0) * 100));
      }
      const med = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, median(v)]));
      row(
        `Lighthouse, ${name}: performance / accessibility / best practices / SEO (median of ${runs})`,
        `${med['performance']} / ${med['accessibility']} / ${med['best-practices']} / ${med['seo']}`,
        '100 in each',
        Object.values(med).some((v) => v < 100),
      );
    }
  } finally {
    chrome.kill();
  }
} finally {
  server.kill();
}

const header = ['What', 'Measured', 'Budget', 'Holds'];
const width = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length), header[i]?.length ?? 0));
const line2 = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(width[i] ?? 0)).join(' | ')} |`;
console.log(line2(header));
console.log(line2(width.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line2(r));
