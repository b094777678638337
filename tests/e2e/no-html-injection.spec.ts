/** Markup typed into the docs search is shown as text: no element, script or dialog appears. */
import { test, expect } from './fixtures.ts';
import { expectMarkupStaysText } from './markup-stays-text.ts';
import { openSearch } from './search.ts';

test('markup typed into the search box stays text', async ({ page }) => {
  await page.goto('coreos/');
  const input = await openSearch(page);
  const message = page.locator('#starlight__search .pagefind-ui__message');
  // Pagefind echoes the term ("No results for …") once the search has run.
  await expectMarkupStaysText(page, input, { shownIn: message });
  // Search still works after it: the terms above did not break the UI.
  await input.fill('CoreOS');
  await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
});
