import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { buildCatalog } from '../../src/lib/catalog';
import { loadContent } from '../../src/node/content-files';

const catalog = buildCatalog(loadContent());

const box = (page: Page) => page.getByRole('combobox', { name: 'Search codes' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

/** Types into the header search and returns the visible result titles, top first. */
async function headerSearch(page: Page, query: string): Promise<string[]> {
  await box(page).fill(query);
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#site-search-listbox')).toHaveAttribute('data-query', query);
  return options(page).locator('.hit-title').allInnerTexts();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/auth/400/');
});

test.describe('exact codes first', () => {
  test('408 shows every family\u2019s 408', async ({ page }) => {
    expect(await headerSearch(page, '408')).toEqual([
      'Auth 408: Password expired and cannot be changed',
      'FileStation 408: No such file or directory',
      'DownloadStation 408: File does not exist',
      'Calendar 408: No such file or directory',
      'PhotoStation 408: Account disabled',
    ]);
  });
  for (const q of ['filestation 408', 'FileStation 408', 'SYNO.FileStation.List 408', '408 SYNO.FileStation.CopyMove']) {
    test(`${q} shows FileStation 408 first`, async ({ page }) => {
      expect((await headerSearch(page, q))[0]).toBe('FileStation 408: No such file or directory');
    });
  }
  test('auth 400 shows Auth 400 first', async ({ page }) => {
    expect((await headerSearch(page, 'auth 400'))[0]).toBe('Auth 400: No such account or incorrect password');
  });
  test('a number that is no code says so, with no prefix matches', async ({ page }) => {
    expect(await headerSearch(page, '1069')).toEqual([]);
    await expect(page.getByText('No DSM error code 1069.')).toBeVisible();
  });
  test('ranges list their codes', async ({ page }) => {
    const range = await headerSearch(page, '1800-1805');
    expect(range.map((t) => t.split(':')[0])).toEqual(['FileStation 1800', 'FileStation 1801', 'FileStation 1802', 'FileStation 1803', 'FileStation 1804', 'FileStation 1805']);
    expect((await headerSearch(page, '18xx')).map((t) => t.split(':')[0])).toEqual(range.map((t) => t.split(':')[0]));
  });
});

test.describe('full text', () => {
  const cases: [string, RegExp][] = [
    ['quota', /^FileStation 415: Disk quota exceeded$/],
    ['two-factor', /^Auth 40[346]: /],
    ['2FA', /^Auth 40[346]: /],
    ['OTP', /^Auth 40[346]: /],
    ['session expired', /^Common 106: Session timed out$/],
    ['already exists', /^FileStation 414: File already exists$/],
    ['face', /^SurveillanceStation 5\d\d: /],
    ['memory', /^Virtualization (903|1600): /],
    ['destination', /^(DownloadStation 40[2367]|FileStation 1002): /],
  ];
  for (const [q, right] of cases) {
    test(`${q} finds the right code in the first three`, async ({ page }) => {
      const top = (await headerSearch(page, q)).slice(0, 3);
      expect(top.some((t) => right.test(t)), top.join(' | ')).toBe(true);
    });
  }
  test('a disputed phrase finds both the code that means it and the disputed page', async ({ page }) => {
    const top = (await headerSearch(page, 'disk quota exceeded')).slice(0, 3);
    expect(top).toContain('FileStation 415: Disk quota exceeded');
    expect(top).toContain('FileStation 408: No such file or directory');
  });
  test('results show family, code, title and an excerpt', async ({ page }) => {
    await headerSearch(page, 'quota');
    const first = options(page).first();
    await expect(first.locator('.hit-excerpt mark').first()).toHaveText(/quota/i);
  });
});

test.describe('keyboard', () => {
  test('/ and Ctrl+K open the search from anywhere; arrows and Enter choose; Escape closes', async ({ page }) => {
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
    await box(page).blur();
    await page.keyboard.press('Control+k');
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('408');
    await expect(options(page)).toHaveCount(5);
    await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', 'site-search-option-1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(options(page).nth(4)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
    await page.keyboard.type(' ');
    await page.keyboard.press('Backspace');
    await expect(options(page)).toHaveCount(5);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/filestation\/408\/$/);
  });
  test('Enter on a phrase lands on the top result in one step', async ({ page }) => {
    await box(page).fill('session expired');
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/common\/106\/$/);
  });
});

test.describe('results page', () => {
  test('shows the same results in rank order as the first links in <main>, and Back restores the query', async ({ page }) => {
    const header = await headerSearch(page, 'destination');
    await page.getByRole('link', { name: 'All results and filters' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=destination$/);
    const links = page.getByRole('main').getByRole('link');
    await expect(links.first()).toHaveText(header[0] ?? '');
    const texts = await links.allInnerTexts();
    expect(texts.slice(0, header.length)).toEqual(header);
    await links.first().click();
    await expect(page).not.toHaveURL(/search/);
    await page.goBack();
    await expect(page.getByRole('searchbox', { name: 'Code, API name or words' })).toHaveValue('destination');
    await expect(page.getByRole('main').getByRole('link').first()).toHaveText(header[0] ?? '');
  });
  test('can be linked with ?q= and updates the URL as you type', async ({ page }) => {
    await page.goto('/search/?q=408');
    await expect(page.getByRole('main').getByRole('link').first()).toHaveText('Auth 408: Password expired and cannot be changed');
    await page.getByRole('searchbox', { name: 'Code, API name or words' }).fill('filestation 408');
    await expect(page).toHaveURL(/\?q=filestation\+408$/);
    await expect(page.getByRole('main').getByRole('link').first()).toHaveText('FileStation 408: No such file or directory');
  });
  test('filters by family and category are there before typing, and narrow the results', async ({ page }) => {
    await page.goto('/search/');
    const family = page.getByRole('group', { name: 'Family' });
    const category = page.getByRole('group', { name: 'Category' });
    await expect(family.getByRole('checkbox')).toHaveCount(catalog.namespaces.length);
    await expect(category.getByRole('checkbox', { name: /Permission/ })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Code, API name or words' }).fill('destination');
    await family.getByRole('checkbox', { name: /^FileStation/ }).check();
    await expect(page.getByRole('main').getByRole('link').first()).toHaveText('FileStation 1002: An error occurred at the destination');
    await expect(page).toHaveURL(/family=FileStation/);
    await family.getByRole('checkbox', { name: /^FileStation/ }).uncheck();
    await page.getByRole('searchbox', { name: 'Code, API name or words' }).fill('');
    await category.getByRole('checkbox', { name: /Quota/ }).check();
    const results = page.locator('[data-role="results"] li');
    await expect(results).toHaveCount(catalog.all().filter((e) => e.category === 'space').length);
    await expect(results.first()).toContainText('Quota / space');
  });
  test('on a 360 px phone the first results are on the first screen, and every filter can still be reached', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/search/?q=quota');
    const first = page.getByRole('main').getByRole('link', { name: 'FileStation 415: Disk quota exceeded' });
    await expect(first).toBeInViewport();
    // The family row scrolls sideways; the last family is reachable by keyboard and can be chosen.
    const family = page.getByRole('group', { name: 'Family' });
    const last = family.getByRole('checkbox').last();
    await last.focus();
    await expect(last).toBeInViewport();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/family=/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
  test('without a query the page lists every code', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('heading', { name: 'Browse every code' })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header search leads to a page that lists every family and code', async ({ page }) => {
    await page.getByRole('searchbox', { name: 'Search codes' }).fill('408');
    await page.getByRole('searchbox', { name: 'Search codes' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=408$/);
    await expect(page.getByRole('link', { name: 'FileStation (SYNO.FileStation.*)' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: '1805', exact: true })).toBeVisible();
  });
});

test.describe('loading', () => {
  const heavy = (path: string) => path.startsWith('/pagefind/') || path === '/search-index.json' || path === '/search-pages.json';
  test('a page loads no search index until the search box gains focus, and focus starts it all at once', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/filestation/408/', { waitUntil: 'networkidle' });
    expect(requests.filter(heavy)).toEqual([]);
    await box(page).focus();
    // Before a single key: Pagefind's script, entry and WebAssembly, and the site's data and page list.
    for (const file of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/search-index.json', '/search-pages.json']) {
      await expect.poll(() => requests.includes(file), { message: file }).toBe(true);
    }
    // Each once: Pagefind reads the preloaded entry instead of asking again.
    await headerSearch(page, 'quota');
    expect(requests.filter((r) => r === '/pagefind/pagefind-entry.json')).toHaveLength(1);
  });

  test('without the page list, the same results come from Pagefind alone', async ({ page }) => {
    const withList = await headerSearch(page, 'destination');
    await page.route('**/search-pages.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('/auth/400/');
    expect(await headerSearch(page, 'destination')).toEqual(withList);
    await expect(options(page).locator('.hit-excerpt mark').first()).toHaveText(/destination/i);
  });

  test('when the excerpts cannot be downloaded, the results are still listed, without them', async ({ page }) => {
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    const titles = await headerSearch(page, 'quota');
    expect(titles).toContain('FileStation 415: Disk quota exceeded');
    await expect(options(page).locator('.hit-excerpt')).toHaveCount(0);
    await expect(page.getByText('Search could not load')).toHaveCount(0);
  });

  test('results are listed before their excerpts arrive, and the excerpts fill in', async ({ page }) => {
    // Hold Pagefind's fragments (the excerpts) until the list is shown.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/pagefind/fragment/**', async (route) => {
      await held;
      await route.continue();
    });
    await box(page).fill('quota');
    await expect(page.locator('#site-search-listbox')).toHaveAttribute('data-listed-query', 'quota');
    expect(await options(page).locator('.hit-title').allInnerTexts()).toContain('FileStation 415: Disk quota exceeded');
    await expect(options(page).locator('.hit-excerpt')).toHaveCount(0);
    release();
    await expect(page.locator('#site-search-listbox')).toHaveAttribute('data-query', 'quota');
    await expect(options(page).first().locator('.hit-excerpt mark').first()).toHaveText(/quota/i);
  });
});

test('the index is loaded from the base path the page was built for', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await headerSearch(page, 'quota');
  expect(requests).toContain('/pagefind/pagefind.js');
  expect(requests).toContain('/search-index.json');
  expect(requests.some((p) => p.includes('quota'))).toBe(false);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe with the search open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await headerSearch(page, 'quota');
    await expectNoAxeViolations(page);
    await page.goto('/search/?q=destination');
    await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
