/**
 * Search answers what users type and copy: a code with words from its meaning, a message with a
 * code in it, a library's wording, a long phrase no page has every word of, and a pasted response.
 * The queries come from real bug reports and library tables.
 */
import { expect, test } from '@playwright/test';
import { headerSearch, pasteInSearch, searchBox, searchOptions } from './helpers';

const box = searchBox;
const options = searchOptions;
const paste = pasteInSearch;

test.describe('a code with words', () => {
  test('the words pick the family, even on another family\u2019s page', async ({ page }) => {
    await page.goto('/auth/400/');
    // FHEM's Chat bot module prints "record not valid" for 407.
    expect((await headerSearch(page, '407 record not valid'))[0]).toBe('Chat 407: Record not valid');
    // Libraries word Auth 407 "Blocked IP source".
    expect((await headerSearch(page, '407 Blocked IP source'))[0]).toBe('Auth 407: Source IP blocked');
    expect((await headerSearch(page, 'Set destination failed 407'))[0]).toBe('DownloadStation 407: Setting the destination failed');
  });
  test('without words, the family of the page comes first', async ({ page }) => {
    await page.goto('/filestation/1002/');
    expect((await headerSearch(page, '408'))[0]).toBe('FileStation 408: No such file or directory');
    await page.goto('/calendar/');
    expect((await headerSearch(page, '408'))[0]).toBe('Calendar 408: No such file or directory');
    await page.goto('/compare/');
    expect((await headerSearch(page, '408'))[0]).toBe('Auth 408: Password expired and cannot be changed');
  });
});

test.describe('a message with a code in it', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });
  test('puts that code first, as a bare code does', async ({ page }) => {
    const titles = await headerSearch(page, 'SynologyAPIError: returned error 414 while copying');
    expect(titles[0]).toBe('FileStation 414: File already exists');
    await expect(options(page).first()).toContainText('Exact code');
  });
  test('an 8-digit code is answered exactly', async ({ page }) => {
    expect(await headerSearch(page, 'Error code: 18990744')).toEqual(['Core.ISCSI 18990744: Duplicated target name']);
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/core-iscsi\/18990744\/$/);
  });
});

test.describe('library wordings and long phrases', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });
  test('a library\u2019s wording finds the code it stands for', async ({ page }) => {
    // Libraries word Common 107 "Multiple login detected"; the page's title says it differently.
    expect((await headerSearch(page, 'Multiple login detected'))[0]).toBe('Common 107: Session interrupted by a duplicate login');
  });
  test('a phrase with words no page uses falls back to the closest matches, and says so', async ({ page }) => {
    const query = 'Login failed: No such account or incorrect password for user admin';
    const titles = await headerSearch(page, query);
    await expect(page.getByText('No page has every word; closest matches:')).toBeVisible();
    expect(titles[0]).toBe('Auth 400: No such account or incorrect password');
    await expect(options(page).first()).toContainText(/Has \d of \d+ words/);
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/auth\/400\/$/);
  });
  test('the results page says it too', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('Login failed: No such account or incorrect password for user admin')}`);
    // The first search on a fresh page loads Pagefind and then searches each word: allow for a busy machine.
    await expect(page.getByRole('main').getByText('No page has every word; closest matches:')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('[data-role="results"] li').first().getByRole('link')).toHaveText('Auth 400: No such account or incorrect password');
  });
});

test.describe('a pasted response or log', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('offers the code page and "Decode this" with the top finding; the decoder loads only then', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await headerSearch(page, 'quota');
    const beforePaste = [...scripts];
    // acme.sh's log line (acmesh-official/acme.sh#2727).
    await paste(page, `[Sun Feb 25 16:06:23 UTC 2024] response='{"error":{"code":105},"success":false}'`);
    await expect(options(page)).toHaveCount(2);
    await expect(options(page).nth(0).locator('.hit-title')).toHaveText('Common 105: The session has no permission for this call');
    await expect(options(page).nth(1)).toContainText('Decode this paste');
    await expect(options(page).nth(1)).toContainText('Top finding: Common 105: The session has no permission for this call');
    expect(scripts.length).toBeGreaterThan(beforePaste.length);
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/common\/105\/$/);
  });

  test('"Decode this" opens the decoder on what it used from the paste (the API and the response), secrets removed', async ({ page }) => {
    const text = 'GET /webapi/entry.cgi?api=SYNO.FileStation.CopyMove&method=start&_sid=Abc123SecretSid\n{"error":{"code":1002,"errors":[{"code":408,"path":"/music/inbox/tmp1"}]},"success":false}';
    await paste(page, text);
    const decodeOption = options(page).filter({ hasText: 'Decode this paste' });
    await expect(decodeOption).toContainText('Top finding: FileStation 1002');
    await expect(options(page).first().locator('.hit-title')).toHaveText('FileStation 1002: An error occurred at the destination');
    // The file item's 408 is a code the paste holds too: its page is listed, then "Decode this".
    await expect(options(page).nth(1).locator('.hit-title')).toHaveText('FileStation 408: No such file or directory');
    await expect(options(page).nth(2)).toContainText('Decode this paste');
    await box(page).press('ArrowDown');
    await box(page).press('ArrowDown');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/decode\/#input=/);
    expect(page.url()).not.toContain('Abc123SecretSid');
    const input = page.getByRole('textbox', { name: 'Paste what the NAS returned' });
    // The decode page's share payload: the API the request named, then the response, on lines of their own.
    await expect(input).toHaveValue(/^api=SYNO\.FileStation\.CopyMove\n\{"error":\{"code":1002/);
    await expect(input).not.toHaveValue(/Abc123SecretSid/);
    await expect(page.getByRole('link', { name: 'FileStation 1002: An error occurred at the destination' })).toBeVisible();
  });

  test('"Decode this" works from the decode page itself', async ({ page }) => {
    await page.goto('/decode/');
    await paste(page, '{"error":{"code":1002,"errors":[{"code":408,"path":"/music/inbox/tmp1"}]},"success":false}');
    await options(page).filter({ hasText: 'Decode this paste' }).click();
    await expect(page.getByRole('textbox', { name: 'Paste what the NAS returned' })).toHaveValue(/"code":1002/);
  });

  test('a pretty-printed response keeps working with its line breaks gone from the box', async ({ page }) => {
    // Home Assistant issue: Synology Chat 2.2.2 answered this, pretty-printed by the reporter.
    await paste(page, '{\n    "error": {\n        "code": 115\n    },\n    "success": false\n}');
    await expect(options(page).filter({ hasText: 'Decode this paste' })).toContainText('Top finding:');
  });

  test('a traceback the decoder cannot read still finds the code by its message', async ({ page }) => {
    await paste(page, 'Traceback (most recent call last):\n  File "sync.py", line 12, in <module>\n    dsm.login()\nsynology_api.exceptions.LoginError: No such account or incorrect password');
    await expect(options(page).first()).toContainText('Decode this paste');
    await expect(options(page).nth(1).locator('.hit-title')).toHaveText('Auth 400: No such account or incorrect password');
  });
});

test.describe('theme toggle', () => {
  test.use({ colorScheme: 'dark' });
  test('in dark mode it is a pressed "Dark theme" toggle, and pressing it switches to light', async ({ page }) => {
    await page.goto('/filestation/408/');
    const toggle = page.getByRole('button', { name: 'Dark theme', pressed: true });
    await expect(toggle).toBeVisible();
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Dark theme', pressed: false })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the toggle, which could do nothing, is not offered', async ({ page }) => {
    await page.goto('/filestation/408/');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
  });
});

test('Core areas are a filter on /search/, folded until opened, and open when the address names one', async ({ page }) => {
  await page.goto('/search/');
  const area = page.getByRole('group', { name: 'Area' });
  await expect(area).toBeHidden();
  await page.getByText('Filter by area').click();
  await expect(area).toBeVisible();
  const first = area.getByRole('checkbox').first();
  const name = ((await first.getAttribute('value')) ?? '').trim();
  await first.check();
  await expect(page).toHaveURL(/area=/);
  const results = page.locator('[data-role="results"] li');
  await expect(results.first()).toBeVisible();
  for (const href of await results.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href, `${name}: ${href}`).toMatch(/\/core[^/]*\/\d+\/$/);
  }
  await page.reload();
  await expect(area.getByRole('checkbox', { name: name })).toBeChecked();
});
