/**
 * Search ranks what users meet (src/lib/search/rank.ts), tried with the phrasings real users type
 * or copy: each ranking rule in the header's list and on the results page, a pasted response's
 * pages, and an HTTP status leading to the HTTP statuses page.
 */
import { expect, test } from '@playwright/test';
import { headerSearch, pasteInSearch, searchBox, searchOptions } from './helpers';

const box = searchBox;
const options = searchOptions;
const paste = pasteInSearch;

test.describe('ranking rules, with real phrasings', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });
  test('a password word picks Auth: "wrong password" finds Auth 400 in the top 3', async ({ page }) => {
    const top = (await headerSearch(page, 'wrong password')).slice(0, 3);
    expect(top, top.join(' | ')).toContain('Auth 400: No such account or incorrect password');
  });
  test('an exact wording comes first: "Max number of tasks reached" puts DownloadStation 401 above any Core code', async ({ page }) => {
    // Sonarr/Sonarr#2352: the message Sonarr showed from Download Station.
    const titles = await headerSearch(page, 'Max number of tasks reached');
    expect(titles[0]).toBe('DownloadStation 401: Maximum number of tasks reached');
    const core = titles.findIndex((t) => t.startsWith('Core '));
    expect(core === -1 || core > 0).toBe(true);
  });
  test('a wording inside a longer message still finds its code first', async ({ page }) => {
    const titles = await headerSearch(page, 'Max number of tasks reached. Cannot add any more TV Shows.');
    expect(titles[0]).toBe('DownloadStation 401: Maximum number of tasks reached');
  });
  test('"the ip address has been locked" lists Auth 407', async ({ page }) => {
    const titles = await headerSearch(page, 'the ip address has been locked');
    expect(titles, titles.join(' | ')).toContain('Auth 407: Source IP blocked');
  });
  test('a Package Center message that is one Core code\u2019s exact DSM wording puts that code first', async ({ page }) => {
    const titles = await headerSearch(page, 'Failed to install package: Another package is being configured, installed, or restored. Please try again later.');
    expect(titles[0]).toMatch(/^Core \d+: Another package is being configured, installed, or restored$/);
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/core\/\d+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Another package is being configured, installed, or restored');
  });
  test('a generic message never outranks a specific meaning', async ({ page }) => {
    // About ninety Core codes say only "Unable to perform this operation" (or add "network
    // unstable or system busy"); the codes whose message goes on to say something come first.
    const titles = await headerSearch(page, 'Unable to perform this operation');
    const generic = /^Core \d+: Unable to perform this operation( \(network unstable or system busy\))?$/;
    const firstGeneric = titles.findIndex((t) => generic.test(t));
    expect(firstGeneric, titles.join(' | ')).toBeGreaterThan(0);
    expect(titles.slice(firstGeneric).every((t) => generic.test(t)), titles.join(' | ')).toBe(true);
  });
  test('the results page ranks the same way', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('Max number of tasks reached')}`);
    await expect(page.getByRole('main').getByRole('link').first()).toHaveText('DownloadStation 401: Maximum number of tasks reached', { timeout: 20_000 });
  });
});

test.describe('a pasted response lists the pages of its codes above "Decode this"', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });
  test('without an API: every family\u2019s 408 and the comparison', async ({ page }) => {
    // DSM4J's upload answered this (ccenyo/DSM4J#3).
    await paste(page, '{"error":{"code":408},"success":false}');
    await expect(options(page).last()).toContainText('Decode this paste');
    const titles = await options(page).locator('.hit-title').allInnerTexts();
    expect(titles).toEqual(expect.arrayContaining(['Auth 408: Password expired and cannot be changed', 'FileStation 408: No such file or directory', 'Error 408 in every DSM API, side by side']));
    await options(page).filter({ hasText: 'Error 408 in every DSM API' }).click();
    await expect(page).toHaveURL(/\/compare\/408\/$/);
  });
  test('a Python dict naming the API: that family\u2019s page first', async ({ page }) => {
    // home-assistant/core#176930.
    await paste(page, "{'api': 'SYNO.API.Auth', 'code': 406, 'reason': 'One time password code enforced', 'details': None}");
    await expect(options(page).first().locator('.hit-title')).toHaveText(/^Auth 406: /);
    await expect(options(page).nth(1)).toContainText('Decode this paste');
  });
});

test('an HTTP status leads to the HTTP statuses page first, when the site has one', async ({ page }) => {
  // The search data says whether the page exists (httpStatusesPath); here it is made to say so.
  await page.route('**/search-index.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...json, httpStatusesPath: 'http-statuses/' } });
  });
  await page.goto('/');
  const titles = await headerSearch(page, '<Response [502]>');
  expect(titles[0]).toMatch(/^HTTP status 502/);
  // Surveillance Station's 502 is still listed, after it.
  expect(titles.slice(1).some((t) => t.startsWith('SurveillanceStation 502'))).toBe(true);
});
