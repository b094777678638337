/** Opening the docs search the way a visitor does: the Search button, then its dialog's text box. */
import type { Locator, Page } from '@playwright/test';

/** Opens Starlight's search dialog on the current page and returns its input. */
export async function openSearch(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await input.waitFor();
  return input;
}
