/**
 * Gates over the built site: axe on every page template, every family page and a fixed sample of
 * code pages (light and dark), no CSP violation or console error on any page type (with search and
 * the decoder in use), and the reference pages readable with JavaScript off. HTML validation and
 * the link and anchor checks cover every page (tests/site); axe here covers every kind of page
 * without growing with the number of codes.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildCatalog } from '../../src/lib/catalog';
import { codePath, comparePath, familyPath, httpStatusesPath, joinBase, librariesPath, libraryCodePath } from '../../src/lib/paths';
import { sharedNumbers } from '../../src/lib/compare';
import { loadContent } from '../../src/node/content-files';
import { expectNoAxeViolations } from './helpers';

const catalog = buildCatalog(loadContent());
const firstShared = sharedNumbers(catalog)[0]?.code ?? 400;
/** One of each page template. */
const templates = [
  '/', '/no-such-page/', '/search/', '/decode/', '/sources/', '/sources/py-synologydsm-api/', '/disagreements/', comparePath('/'), comparePath('/', firstShared), comparePath('/', 408),
  '/lookup/', '/lookup/?code=98765432', '/for-tools/',
  // Libraries' own numbers (index, a page, a source page of a library without a table) and the HTTP statuses page.
  librariesPath('/'), libraryCodePath('/', 'py-synologydsm-api', -1), libraryCodePath('/', 'mcp-synology', 102), '/sources/vocweb-synology-mcp-server/', httpStatusesPath('/'),
];
const families = catalog.namespaces.map((n) => familyPath('/', n.id));
const firstGenericCore = catalog.codes('core').find((e) => e.generic);
/**
 * Every family's first code, the pages users land on most, and one page of each kind of content a
 * code page can carry (a dispute, what a library prints, a reservation, a generic or observed code).
 */
const sample = [
  ...catalog.namespaces.map((n) => catalog.codes(n.id)[0]),
  catalog.entry('core', 5512),
  catalog.entry('core', 3300),
  firstGenericCore,
  catalog.entry('filestation', 408),
  catalog.entry('common', 101),
  catalog.entry('common', 112),
  catalog.entry('common', 120),
  catalog.entry('auth', 402),
  catalog.entry('virtualization', 903),
  // A code with meanings by DSM version, in both places they occur.
  catalog.entry('package-center', 289),
  catalog.entry('core', 4533),
].flatMap((e) => (e ? [codePath('/', e.namespace, e.code)] : []));
const paths = [...new Set([...templates, ...families, ...sample])];

test('the axe sample covers every template, every family and the sampled codes', () => {
  expect(families.length).toBe(catalog.namespaces.length);
  expect(firstGenericCore).toBeDefined();
  expect(paths).toEqual(expect.arrayContaining(['/', '/decode/', '/core/', '/core/5512/', '/core/3300/', '/filestation/408/', '/common/120/', '/auth/402/', '/virtualization/903/', '/sources/py-synologydsm-api/', joinBase('/', 'compare'), '/package-center/289/', '/core/4533/', '/libraries/', '/libraries/py-synologydsm-api/-1/', '/http-statuses/']));
});

// One test per page, so a slow page (the Control Panel's 500-odd rows) has its own time budget.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    for (const path of paths) {
      test(path, async ({ page }) => {
        test.setTimeout(120_000);
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  });
}

async function watch(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (m) => {
    // A failed load is reported below with its URL; the 404 page's own status is expected.
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource')) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.request().isNavigationRequest()) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { cspViolations?: string[] };
      (w.cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [...problems, ...((await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).map((v) => `CSP: ${v}`))];
}

test.describe('no CSP violation and no console error', () => {
  for (const path of ['/', '/filestation/', '/filestation/408/', '/compare/', '/compare/400/', '/sources/', '/disagreements/', '/no-such-page/', '/libraries/', '/libraries/py-synologydsm-api/-1/', '/http-statuses/']) {
    test(path, async ({ page }) => {
      const problems = await watch(page);
      await page.goto(path);
      await page.getByRole('button', { name: 'Dark theme' }).click();
      expect(await problems()).toEqual([]);
    });
  }
  test('search in use (Pagefind WebAssembly under the policy)', async ({ page }) => {
    const problems = await watch(page);
    await page.goto('/auth/400/');
    await page.getByRole('combobox', { name: 'Search codes' }).fill('quota');
    await expect(page.getByRole('option').first()).toContainText('Disk quota exceeded');
    await page.goto('/search/?q=destination&family=DownloadStation');
    await expect(page.getByRole('main').getByRole('link').first()).toContainText('DownloadStation');
    expect(await problems()).toEqual([]);
  });
  test('decoder in use', async ({ page }) => {
    const problems = await watch(page);
    await page.goto('/decode/');
    await page.getByRole('button', { name: 'FileStation delete, per-file errors' }).click();
    await expect(page.getByRole('heading', { level: 3 }).first()).toContainText('FileStation 900');
    expect(await problems()).toEqual([]);
  });
  test('lookup and copy in use', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const problems = await watch(page);
    await page.goto('/lookup/?api=SYNO.FileStation.List&code=98765432');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such code: 98765432');
    await page.goto('/lookup/?api=SYNO.FileStation.List&code=408');
    await expect(page).toHaveURL(/\/filestation\/408\/$/);
    await page.getByRole('button', { name: 'Copy' }).first().click();
    await expect(page.getByText('Copied the response to the clipboard.')).toBeVisible();
    expect(await problems()).toEqual([]);
  });
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('a code page reads completely', async ({ page }) => {
    await page.goto('/filestation/408/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('FileStation 408: No such file or directory');
    await expect(page.getByRole('region', { name: 'What to do' })).toContainText('List the parent folder');
    await expect(page.getByRole('region', { name: 'Sources' })).toContainText('File Station guide');
    await expect(page.getByRole('note', { name: 'Often misread' })).toContainText('Disk quota exceeded');
  });
  test('a family page and a comparison read completely', async ({ page }) => {
    await page.goto('/virtualization/');
    await expect(page.getByRole('row')).toHaveCount(1 + catalog.codes('virtualization').length);
    await page.goto('/compare/408/');
    // One card per family that defines 408 (Auth, FileStation, DownloadStation, ...).
    await expect(page.getByRole('list', { name: '408 by family' }).getByRole('listitem')).toHaveCount(catalog.withNumber(408).length);
  });
  test('the decode page says it needs JavaScript and where to look instead', async ({ page }) => {
    await page.goto('/decode/');
    await expect(page.getByText('The decoder runs in your browser and needs JavaScript.')).toBeVisible();
  });
});
