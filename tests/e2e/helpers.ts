import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe on the page as it is now and fails with the rules that were broken. Every rule runs on
 * every element; `resultTypes` only spares axe from describing each element that passed (which on
 * a page of 500-odd rows took most of its time).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** The header's search box, its list and the list's options, found by role. */
export const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search codes' });
export const searchListbox = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
export const searchOptions = (page: Page) => searchListbox(page).getByRole('option');

/** Types `query` into the header's search box and returns the titles listed once it has answered. */
export async function headerSearch(page: Page, query: string): Promise<string[]> {
  await searchBox(page).fill(query);
  // The first search on a page loads Pagefind (a phrase then searches each word): allow for a busy machine.
  await expect(page.locator('#site-search-listbox')).toHaveAttribute('data-query', query, { timeout: 20_000 });
  return searchOptions(page).locator('.hit-title').allInnerTexts();
}

/** Pastes as a user does, so the text keeps its line breaks for the decoder. */
export async function pasteInSearch(page: Page, text: string): Promise<void> {
  await searchBox(page).focus();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await searchBox(page).press('ControlOrMeta+V');
}
