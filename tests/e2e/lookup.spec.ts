/**
 * /lookup/?api=...&code=...: the address tools link to. For every API pattern and CGI path the
 * resolver knows (a concrete name put in for `*`), the page lands on that family's page for a code
 * the family defines; a code alone lands on its page or its comparison page; an unknown code says so.
 */
import { expect, test } from '@playwright/test';
import { buildCatalog } from '../../src/lib/catalog';
import { loadContent } from '../../src/node/content-files';

const catalog = buildCatalog(loadContent());
const concrete = (pattern: string) => pattern.replace(/\*/g, 'Example');
const cases = catalog.namespaces.flatMap((n) => {
  // A family's own code: at or above 400 (below it, most APIs share the common codes), except for the common family.
  const code = catalog.codes(n.id).find((e) => n.id === 'common' || e.code >= 400)?.code;
  if (code === undefined) return [];
  return [...n.apis, ...n.cgi].map((pattern) => ({ family: n.id, api: concrete(pattern), code }));
});

test('there is a case for every family pattern', () => {
  expect(cases.length).toBeGreaterThanOrEqual(catalog.namespaces.reduce((a, n) => a + n.apis.length, 0) - 1);
});

test('every API pattern the resolver knows reaches its family\'s page for the code', async ({ page }) => {
  test.setTimeout(120_000);
  for (const c of cases) {
    await page.goto(`/lookup/?api=${encodeURIComponent(c.api)}&code=${c.code}`);
    await expect(page, `${c.api} ${c.code}`).toHaveURL(new RegExp(`/${c.family}/${c.code}/$`));
  }
});

test('a code alone goes to its comparison page when several families define it, to its page when one does', async ({ page }) => {
  await page.goto('/lookup/?code=408');
  await expect(page).toHaveURL(/\/compare\/408\/$/);
  const single = catalog.all().find((e) => e.code >= 400 && catalog.withNumber(e.code).length === 1);
  expect(single).toBeDefined();
  await page.goto(`/lookup/?code=${single?.code}`);
  await expect(page).toHaveURL(new RegExp(`/${single?.namespace}/${single?.code}/$`));
  await page.goto('/lookup/?api=SYNO.NoSuchFamily.Thing&code=408');
  await expect(page).toHaveURL(/\/compare\/408\/$/);
});

test('a code no family defines says so, with somewhere to go next', async ({ page }) => {
  await page.goto('/lookup/?api=SYNO.FileStation.List&code=98765432');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such code: 98765432');
  await expect(page.getByRole('status')).toContainText('No family in this reference defines 98765432');
  await expect(page.getByRole('link', { name: 'Search for 98765432' })).toBeVisible();
  await page.goto('/lookup/?code=4x');
  await expect(page.getByRole('status')).toContainText('"4x" is not a DSM error code');
});

test('the form looks a code up', async ({ page }) => {
  await page.goto('/lookup/');
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill('400');
  await page.getByLabel('API name or .cgi path (optional)').fill('auth.cgi');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page).toHaveURL(/\/auth\/400\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says how to find the page and lists every family with its APIs', async ({ page }) => {
    await page.goto('/lookup/?api=SYNO.FileStation.List&code=408');
    await expect(page.getByRole('heading', { name: 'Finding the page yourself' })).toBeVisible();
    for (const n of catalog.namespaces) await expect(page.getByRole('rowheader', { name: n.name, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'compare a number across families' })).toBeVisible();
  });
});
