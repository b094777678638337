/**
 * Accessibility gate: axe-core with the WCAG 2.2 A and AA rules on every built page: docs pages
 * in the light and the dark theme, the deck on its title slide and on the first slide of each
 * part. Zero violations; accepted findings live only in tests/a11y-exceptions.ts.
 */
import { test, expect, type Page } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';
import { A11Y_EXCEPTIONS } from '../a11y-exceptions.ts';
import { builtHtmlFiles, builtPages, docsPages, deckSampleSlides, DECK_PAGE } from './pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Violations left after the written-down exceptions, as readable lines. */
async function violations(page: Page, sitePath: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const lines: string[] = [];
  for (const v of violations) {
    for (const node of v.nodes) {
      const target = node.target.join(' ');
      const accepted = A11Y_EXCEPTIONS.some(
        (e) => e.rule === v.id && (!e.pages || e.pages.test(sitePath)) && (!e.target || target.includes(e.target)),
      );
      if (!accepted)
        lines.push(`${sitePath} ${v.id} (${v.impact}): ${target}: ${node.failureSummary?.replace(/\s+/g, ' ')}`);
    }
  }
  return lines;
}

const docs = docsPages();
const others = builtPages().filter((p) => !docs.includes(p) && p !== DECK_PAGE);
// Pages not served as a directory index (404.html) are still pages a visitor can land on.
const loosePages = builtHtmlFiles().filter((f) => !f.endsWith('index.html'));

// @any-base: axe judges the same markup whatever the base path, so the base-path run skips it.
test.describe('accessibility (axe, WCAG 2.2 A/AA)', { tag: '@any-base' }, () => {
  test('finds the pages to check', () => {
    expect(docs.length).toBeGreaterThan(1);
    expect(deckSampleSlides().length).toBeGreaterThan(2);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const p of [...docs, ...loosePages]) {
      test(`${p || 'landing page'} in the ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(p);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        expect(await violations(page, `${p} [${scheme}]`)).toEqual([]);
      });
    }
  }

  for (const id of deckSampleSlides()) {
    test(`the deck on slide ${id}`, async ({ page }) => {
      await page.goto(`${DECK_PAGE}#/${id}`);
      await page.waitForFunction(() => (window as any).deck?.isReady());
      await expect.poll(() => page.evaluate(() => (window as any).deck.getCurrentSlide().id)).toBe(id);
      // Let the slide transition finish, so axe sees the slide as the audience does.
      await page.waitForFunction(
        () => !document.querySelector('.reveal .slides section.present')?.getAnimations({ subtree: true }).length,
      );
      expect(await violations(page, `${DECK_PAGE}#/${id}`)).toEqual([]);
    });
  }

  for (const p of others) {
    test(`${p}`, async ({ page }) => {
      await page.goto(p);
      expect(await violations(page, p)).toEqual([]);
    });
  }
});
