/** The same site built under /dsm-errors/: links, search and the decoder must all stay inside it. */
import { expect, test } from '@playwright/test';

test('pages link within the base path', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('main').getByRole('link', { name: 'FileStation (SYNO.FileStation.*)' }).click();
  await expect(page).toHaveURL(/\/dsm-errors\/filestation\/$/);
  await page.getByRole('link', { name: '408', exact: true }).click();
  await expect(page).toHaveURL(/\/dsm-errors\/filestation\/408\/$/);
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => !h.startsWith('/dsm-errors/'))).toEqual([]);
});

test('search finds codes and full text, and links inside the base path', async ({ page }) => {
  await page.goto('./auth/400/');
  const box = page.getByRole('combobox', { name: 'Search codes' });
  await box.fill('quota');
  await expect(page.locator('#site-search-listbox')).toHaveAttribute('data-query', 'quota');
  await expect(page.getByRole('option').first()).toContainText('FileStation 415: Disk quota exceeded');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/dsm-errors\/filestation\/415\/$/);
  await page.goto('./search/?q=408');
  await expect(page.getByRole('main').getByRole('link').first()).toHaveAttribute('href', '/dsm-errors/auth/408/');
});

test('the decoder links to code pages inside the base path', async ({ page }) => {
  await page.goto('./decode/');
  await page.getByRole('textbox', { name: 'Paste what the NAS returned' }).fill('{"success":false,"error":{"code":119}}');
  await expect(page.getByRole('link', { name: 'Common 119: Invalid session' })).toHaveAttribute('href', '/dsm-errors/common/119/');
});

test('an unknown address under the base path gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto('./nope/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address');
});

test('the lookup address goes to pages inside the base path', async ({ page }) => {
  await page.goto('./lookup/?api=SYNO.FileStation.List&code=408');
  await expect(page).toHaveURL(/\/dsm-errors\/filestation\/408\/$/);
  await page.goto('./lookup/?code=408');
  await expect(page).toHaveURL(/\/dsm-errors\/compare\/408\/$/);
});
