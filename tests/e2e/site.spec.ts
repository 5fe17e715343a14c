import { expect, test } from '@playwright/test';
import { buildCatalog } from '../../src/lib/catalog';
import { loadContent } from '../../src/node/content-files';

const catalog = buildCatalog(loadContent());

test.describe('home page', () => {
  test('says what the site is and leads to families, search and the decoder', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What does this DSM error code mean?');
    const main = page.getByRole('main');
    for (const name of ['Common codes (every API)', 'Auth (SYNO.API.Auth)', 'FileStation (SYNO.FileStation.*)', 'DownloadStation tasks (SYNO.DownloadStation.Task)']) {
      await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(main.getByRole('link', { name: 'Search', exact: true })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Decode a response' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Search codes' })).toBeVisible();
  });

  test('leads from a family to a code and back', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('main').getByRole('link', { name: 'FileStation (SYNO.FileStation.*)' }).click();
    await expect(page).toHaveURL(/\/filestation\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('FileStation (SYNO.FileStation.*)');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '408', exact: true }) });
    await expect(row).toContainText('No such file or directory');
    await expect(row).toContainText('Not found');
    await row.getByRole('link', { name: '408', exact: true }).click();
    await expect(page).toHaveURL(/\/filestation\/408\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('FileStation 408: No such file or directory');
    await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'FileStation (SYNO.FileStation.*)' }).click();
    await expect(page).toHaveURL(/\/filestation\/$/);
  });
});

test.describe('family page', () => {
  test('lists every code with title and category, and the API names it covers', async ({ page }) => {
    await page.goto('/auth/');
    await expect(page.getByRole('table')).toBeVisible();
    // One row per Auth code (400-411 today) plus the header row.
    await expect(page.getByRole('row')).toHaveCount(1 + catalog.codes('auth').length);
    await expect(page.getByRole('columnheader')).toHaveText(['Code', 'Meaning', 'Category', 'Same number in']);
    await expect(page.getByRole('main').getByText('SYNO.API.Auth', { exact: true })).toBeVisible();
  });

  test('shows which FileStation API returns a per-API code', async ({ page }) => {
    await page.goto('/filestation/');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '1003', exact: true }) });
    await expect(row.getByRole('cell').nth(3)).toHaveText('CopyMove');
  });
});

test.describe('code page', () => {
  test('has the same sections in the same order, each with a permalink', async ({ page }) => {
    await page.goto('/auth/403/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auth 403: Two-factor code required');
    const headings = page.getByRole('article').getByRole('heading', { level: 2 });
    await expect(headings).toHaveText(['What it means#', 'What to do#', 'How each library reports it#', 'Sources#', 'Same number in other families#', 'Related codes#']);
    const ids = ['what-it-means', 'what-to-do', 'how-each-library-reports-it', 'sources', 'same-number-in-other-families', 'related-codes'];
    for (const id of ids) {
      await expect(page.locator(`h2#${id}`).getByRole('link')).toHaveAttribute('href', `#${id}`);
    }
    await page.getByRole('link', { name: 'Link to this section: Sources' }).click();
    await expect(page).toHaveURL(/\/auth\/403\/#sources$/);
  });

  test('states the disagreement plainly and links the code that really has the meaning', async ({ page }) => {
    await page.goto('/filestation/408/');
    const note = page.getByRole('note', { name: 'Often misread' });
    await expect(note).toContainText('Some widely copied tables list FileStation 408 as \u201cDisk quota exceeded\u201d');
    await expect(note).toContainText("Synology's File Station guide gives that meaning to");
    await note.getByRole('link', { name: 'FileStation 415: Disk quota exceeded' }).click();
    await expect(page).toHaveURL(/\/filestation\/415\/$/);
    await expect(page.getByRole('note', { name: 'Often misread' })).toContainText('list FileStation 408 as \u201cDisk quota exceeded\u201d, which is what this code means');
  });

  test('renders the longer explanation written in the entry body (MDX)', async ({ page }) => {
    await page.goto('/filestation/408/');
    const meaning = page.getByRole('region', { name: 'What it means' });
    await expect(meaning.locator('pre')).toContainText('"errors": [{"code": 408, "path": "/video/old.mkv"}]');
  });

  test('cites every source with its agreement', async ({ page }) => {
    await page.goto('/filestation/408/');
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect(sources.getByRole('listitem').first()).toContainText('File Station guide');
    await expect(sources.getByRole('listitem').first()).toContainText('Agrees');
    await expect(sources.getByRole('listitem').filter({ hasText: 'Circulating tables' })).toContainText('Disagrees');
  });

  test('links the same number in the other families', async ({ page }) => {
    await page.goto('/filestation/408/');
    const section = page.getByRole('region', { name: 'Same number in other families' });
    await section.getByRole('link', { name: 'Auth 408: Password expired and cannot be changed' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auth 408: Password expired and cannot be changed');
  });

  test('says so when no other family has the number', async ({ page }) => {
    await page.goto('/filestation/1800/');
    await expect(page.getByRole('region', { name: 'Same number in other families' })).toContainText('No other family defines 1800.');
  });
});

test.describe('404 page', () => {
  test('helps the reader on: search and families', async ({ page }) => {
    const response = await page.goto('/filestation/4080/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No page at this address');
    await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'FileStation (SYNO.FileStation.*)' }).click();
    await expect(page).toHaveURL(/\/filestation\/$/);
  });
});

test.describe('theme', () => {
  test.use({ colorScheme: 'light' });

  test('the toggle switches to dark, remembers it, and applies it before the page paints', async ({ page }) => {
    await page.goto('/filestation/408/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const lightBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const darkBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(darkBg).not.toBe(lightBg);

    // Record the theme at the moment <body> is first parsed: a later value would mean a flash.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          document.documentElement.setAttribute('data-theme-at-body', document.documentElement.dataset.theme ?? 'none');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/auth/400/');
    await expect(page.locator('html')).toHaveAttribute('data-theme-at-body', 'dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(darkBg);

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme-at-body', 'light');
  });

  test.describe('following the system', () => {
    test.use({ colorScheme: 'dark' });
    test('starts dark when the system prefers dark', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    });
  });
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  // Every page template, and the pages with the longest names (an API name in a heading, a URL).
  const paths = ['/', '/filestation/', '/filestation/408/', '/filestation/1003/', '/downloadstation-btsearch/', '/compare/', '/decode/', '/sources/', '/sources/go-synology/', '/disagreements/', '/search/?q=quota&family=Common', '/no-such-page/',
    // The Package Center installer and libraries' own numbers (long exception names), the HTTP statuses page.
    '/package-center/289/', '/package-center/283/', '/libraries/', '/libraries/py-synologydsm-api/-1/', '/libraries/synology-api/9999/', '/sources/vocweb-synology-mcp-server/', '/http-statuses/'];
  for (const path of paths) {
    test(`${path} fits 360 px without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

// axe on the pages themselves runs in gates.spec.ts, on every template, family and a sample of codes.

test('keyboard: the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/filestation/408/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
