/**
 * The Control Panel family (SYNO.Core.*): its page lists 500-odd codes by area behind jump links,
 * its code pages name their area, a page whose DSM text is generic says so, and Core.Hardware's
 * old addresses still lead to the code.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildCatalog } from '../../src/lib/catalog';
import { loadContent } from '../../src/node/content-files';
import { expectNoAxeViolations } from './helpers';

const catalog = buildCatalog(loadContent());
const core = catalog.namespace('core')!;
const generic = catalog.codes('core').find((e) => e.generic && e.area === 'packages') ?? catalog.codes('core').find((e) => e.generic)!;
const genericArea = catalog.area(generic)!;
/** An area's section: its heading (the area's name) labels it, with the heading's permalink. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const areaRegion = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${escape(name)}\\s*Link to this section`) });

test.describe('the Control Panel family page', () => {
  // A page of 500-odd rows: give it time on a busy machine.
  test.slow();
  test('lists every area with its count, each a jump link to its section', async ({ page }) => {
    await page.goto('/core/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Control Panel (SYNO.Core.*)');
    const nav = page.getByRole('navigation', { name: 'Areas' });
    await expect(nav.getByRole('listitem')).toHaveCount(core.areas.length);
    const certificates = nav.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Certificates', exact: true }) });
    await expect(certificates).toHaveText(`Certificates ${catalog.codesInArea('core', 'certificates').length} codes`);
    // One section per area, each with its shared advice and its own table.
    for (const area of core.areas) {
      const section = areaRegion(page, area.name);
      await expect(section.getByRole('heading', { level: 3, name: 'What to do for codes in this area' })).toBeVisible();
      await expect(section.getByRole('table')).toHaveCount(1);
    }
    const rows = areaRegion(page, 'Certificates').getByRole('row');
    await expect(rows).toHaveCount(1 + catalog.codesInArea('core', 'certificates').length);
  });

  test('a jump link moves focus and the view to its area', async ({ page }) => {
    await page.goto('/core/');
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Certificates', exact: true }).click();
    await expect(page).toHaveURL(/\/core\/#area-certificates$/);
    const heading = page.getByRole('heading', { level: 2, name: /^Certificates/ });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '5512', exact: true }) });
    await expect(row).toContainText('Invalid intermediate certificate');
    await row.getByRole('link', { name: '5512', exact: true }).click();
    await expect(page).toHaveURL(/\/core\/5512\/$/);
  });

  test('works from the keyboard: Enter on a jump link, then back to the list', async ({ page }) => {
    await page.goto('/core/');
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Shared folders', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: /^Shared folders/ })).toBeFocused();
    const back = areaRegion(page, 'Shared folders').getByRole('link', { name: 'Back to the list of areas' });
    await back.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#areas$/);
    await expect(page.getByRole('navigation', { name: 'Areas' })).toBeInViewport();
  });

  test('tags codes whose DSM message is generic', async ({ page }) => {
    await page.goto('/core/');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: String(generic.code), exact: true }) });
    await expect(row).toContainText('Generic message');
    const specific = page.getByRole('row').filter({ has: page.getByRole('link', { name: '5512', exact: true }) });
    await expect(specific).not.toContainText('Generic message');
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ['/core/', '/core/5512/', `/core/${generic.code}/`]) {
    test(`${path} has no horizontal scroll`, async ({ page }) => {
      await page.goto(path);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
    });
  }
  test('a code row reads whole: code, meaning, category, other families, with nothing cut off', async ({ page }) => {
    await page.goto('/core/#area-certificates');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '5512', exact: true }) });
    await row.scrollIntoViewIfNeeded();
    const box = await row.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(360);
    await expect(row.getByRole('cell').nth(1)).toBeInViewport({ ratio: 1 });
    await expect(row.getByRole('cell').nth(2)).toBeInViewport({ ratio: 1 });
  });
  // The gates run axe on these pages at desktop width in both colour schemes; here, the phone layout.
  for (const path of ['/core/', '/core/5512/', `/core/${generic.code}/`]) {
    test(`axe finds nothing on ${path} at phone width`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('a Control Panel code page', () => {
  test('5512 says what DSM meant, names its area and cites DSM\u2019s own text', async ({ page }) => {
    await page.goto('/core/5512/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Core 5512: Invalid intermediate certificate');
    const about = page.getByRole('list', { name: 'About this code' });
    await about.getByRole('link', { name: 'Certificates' }).click();
    await expect(page).toHaveURL(/\/core\/#area-certificates$/);
    await page.goBack();
    await expect(page.getByRole('region', { name: 'What to do' })).toContainText('intermediate');
    await expect(page.getByRole('region', { name: 'Sources' })).toContainText('\u201cInvalid intermediate certificate. Please import the correct certificate.\u201d');
    await expect(page.getByRole('note', { name: 'Generic message' })).toHaveCount(0);
  });

  test('a page whose DSM text is generic says so plainly and gives the area\u2019s advice', async ({ page }) => {
    await page.goto(`/core/${generic.code}/`);
    const note = page.getByRole('note', { name: 'Generic message' });
    await expect(note).toContainText(`DSM\u2019s own message for ${generic.code} is generic`);
    await expect(note).toContainText(`which area the number belongs to: ${genericArea.name}.`);
    await note.getByRole('link', { name: 'What to do' }).click();
    await expect(page.getByRole('region', { name: 'What to do' })).toContainText(`For any code in the ${genericArea.name} area: ${genericArea.advice}`);
    await note.getByRole('link', { name: "the area's section of the family page" }).click();
    await expect(page).toHaveURL(new RegExp(`/core/#area-${genericArea.id}-advice$`));
  });
});

test('the old Core.Hardware addresses land on the Control Panel pages', async ({ page }) => {
  await page.goto('/core-hardware/3712/');
  await expect(page).toHaveURL(/\/core\/3712\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Core 3712: /);
  await page.goto('/core-hardware/');
  await expect(page).toHaveURL(/\/core\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the old address still leads on, and the family page reads completely', async ({ page }) => {
    await page.goto('/core-hardware/3712/');
    await expect(page).toHaveURL(/\/core\/3712\/$/);
    await page.goto('/core/');
    await expect(page.getByRole('row')).toHaveCount(catalog.codes('core').length + core.areas.length);
  });
});
