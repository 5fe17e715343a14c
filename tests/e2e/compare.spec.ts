import { expect, test } from '@playwright/test';
import { expectedShared } from '../helpers/expected';
import { buildCatalog } from '../../src/lib/catalog';
import { sharingFamilies } from '../../src/lib/compare';
import { loadContent } from '../../src/node/content-files';

const catalog = buildCatalog(loadContent());

test('/compare/400/ shows Auth, FileStation and DownloadStation, each with its own meaning', async ({ page }) => {
  await page.goto('/compare/400/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error 400 in every DSM API');
  const cards = page.getByRole('list', { name: '400 by family' }).getByRole('listitem');
  await expect(cards).toHaveCount(expectedShared().get(400)?.length ?? 0);
  await expect(cards.nth(0).getByRole('link')).toHaveText('Auth 400: No such account or incorrect password');
  await expect(cards.nth(1).getByRole('link')).toHaveText('FileStation 400: Invalid parameter of file operation');
  await expect(cards.nth(2).getByRole('link')).toHaveText('DownloadStation 400: File upload failed');
  await expect(cards.nth(3).getByRole('link')).toHaveText('BTSearch 400: Unknown error');
  for (const card of await cards.all()) {
    await expect(card).toContainText('What to do:');
    await expect(card).toContainText('Source:');
  }
  await expect(page.getByText(/^Partly close: FileStation and Calendar both use 400 for a request problem; BTSearch, SurveillanceStation and Virtualization all use 400 for an internal problem/)).toBeVisible();
  // The families without a 400, in family order, from the content (Synology Photos joined the list in issue 19).
  const content = loadContent();
  const with400 = new Set(content.codes.filter((c) => c.data.code === 400).map((c) => c.data.namespace));
  const absent = content.namespaces.map((n) => n.data).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)).filter((n) => !with400.has(n.id)).map((n) => n.name);
  expect(absent).toEqual(expect.arrayContaining(['Common', 'Chat', 'Core', 'Synology Photos']));
  await expect(page.getByText(`Not defined in: ${absent.join(', ')}.`, { exact: false })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Which API did you call?' })).toContainText('auth.cgi');
  await page.getByRole('main').getByRole('link', { name: 'decoder', exact: true }).click();
  await expect(page).toHaveURL(/\/decode\/$/);
});

test('/compare/402/ says which meanings are close', async ({ page }) => {
  await page.goto('/compare/402/');
  await expect(page.getByText(/^Partly close: Auth, DownloadStation and SurveillanceStation all use 402 for a permission problem/)).toBeVisible();
});

test('/compare/ has one row per shared number, with working links', async ({ page }) => {
  await page.goto('/compare/');
  const table = page.getByRole('table');
  // One column per family that shares a number, in family order (from the content).
  const columns = sharingFamilies(catalog);
  expect(columns.map((n) => n.id)).toEqual(expect.arrayContaining(['common', 'auth', 'filestation', 'downloadstation', 'core']));
  await expect(table.getByRole('columnheader')).toHaveText(['Code', ...columns.map((n) => n.name)]);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(1 + expectedShared().size);
  const row409 = rows.filter({ has: page.getByRole('rowheader', { name: '409' }) });
  const defines409: Record<string, string> = { auth: 'Password expired', filestation: 'File system not supported', calendar: 'File system not supported', chat: 'Exceeds the maximum file size Uncertain', photostation: 'Guest sign-in failed Uncertain' };
  await expect(row409.getByRole('cell')).toHaveText(columns.map((n) => defines409[n.id] ?? /Not defined$/));
  await row409.getByRole('link', { name: 'File system not supported' }).first().click();
  await expect(page).toHaveURL(/\/filestation\/409\/$/);
  await page.goBack();
  await page.getByRole('link', { name: 'Compare 403' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error 403 in every DSM API');
});

test('a code page whose number is shared links to its comparison; one that is not, does not', async ({ page }) => {
  await page.goto('/auth/403/');
  await page.getByRole('link', { name: 'Compare 403 across families side by side' }).click();
  await expect(page).toHaveURL(/\/compare\/403\/$/);
  await page.goto('/filestation/1800/');
  await expect(page.getByRole('link', { name: /^Compare / })).toHaveCount(0);
});

test('family pages show which numbers collide with other families', async ({ page }) => {
  await page.goto('/downloadstation/');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '402', exact: true }) });
  await row.getByRole('link', { name: /^Compare 402: also in Auth, FileStation, BTSearch/ }).click();
  await expect(page).toHaveURL(/\/compare\/402\/$/);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the matrix keeps the code column in view while the table scrolls sideways', async ({ page }) => {
    await page.goto('/compare/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const header = page.getByRole('rowheader', { name: '408' });
    const before = await header.boundingBox();
    await page.locator('.table-wrap').evaluate((el) => el.scrollBy(300, 0));
    const after = await header.boundingBox();
    expect(after?.x).toBe(before?.x);
  });
});

// axe on /compare/ and /compare/408/ runs in gates.spec.ts.
