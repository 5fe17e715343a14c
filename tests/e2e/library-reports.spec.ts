/**
 * A code page shows the response DSM sends, with a copy button, and how the main libraries report
 * the code; search finds pages by those libraries' messages.
 */
import { expect, test } from '@playwright/test';

test('the response can be copied with its button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/filestation/408/');
  const section = page.getByRole('region', { name: /How each library reports it/ });
  await expect(section.getByText('{"success":false,"error":{"code":408}}')).toBeVisible();
  const buttons = section.getByRole('button', { name: 'Copy' });
  await expect(buttons).toHaveCount(2);
  await buttons.nth(1).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('{"success":false,"error":{"code":900,"errors":[{"code":408,"path":"/share/folder/file"}]}}');
  await expect(section.getByText('Copied the response to the clipboard.')).toBeVisible();
  await buttons.first().focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('{"success":false,"error":{"code":408}}');
});

test('each library\u2019s report is on the page, with a wrong text called wrong', async ({ page }) => {
  await page.goto('/filestation/402/');
  const section = page.getByRole('region', { name: /How each library reports it/ });
  await expect(section.getByText("synology_api.exceptions.FileStationError: This shared folder doesn't exist.")).toBeVisible();
  await expect(section.getByRole('note')).toContainText('Wrong for this API');
  await expect(section.getByText('[402] System is too busy')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the response is there to select, with no dead copy button', async ({ page }) => {
    await page.goto('/filestation/408/');
    const section = page.getByRole('region', { name: /How each library reports it/ });
    await expect(section.getByText('{"success":false,"error":{"code":408}}')).toBeVisible();
    await expect(section.getByRole('button', { name: 'Copy' })).toHaveCount(0);
  });
});

test('search finds a code by a library\u2019s exception', async ({ page }) => {
  await page.goto('/search/?q=VirtualizationError');
  const results = page.getByRole('main').getByRole('link', { name: /^Virtualization \d+/ });
  await expect(results.first()).toBeVisible({ timeout: 20_000 });
});
