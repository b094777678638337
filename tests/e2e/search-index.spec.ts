/**
 * What the docs search (Pagefind) finds: the site's words, not the simulators' controls. Results
 * never point into a simulator (its panes' ids) or quote its buttons ("Run", "Reset"), and a
 * glossary hit opens the term it matched, not the top of the glossary.
 */
import { test, expect, type Page } from './fixtures.ts';

interface SubResult {
  url: string;
  title: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  sub_results: SubResult[];
}

/** Runs a query through the built site's Pagefind index, as its search dialog does. */
async function search(page: Page, query: string): Promise<ResultData[]> {
  // The page is the site's landing page, so the bundle sits beside it (under BASE_PATH too).
  const bundle = new URL('pagefind/pagefind.js', page.url()).href;
  return page.evaluate(
    async ([url, q]) => {
      const pagefind = await import(/* @vite-ignore */ url);
      const { results } = await pagefind.search(q);
      return Promise.all(results.map((r: { data: () => Promise<ResultData> }) => r.data()));
    },
    [bundle, query],
  );
}

test.describe('search index', { tag: '@base' }, () => {
  test('results hold no simulator-internal anchors and no simulator controls', async ({ page }) => {
    await page.goto('');
    // Words that appear in every simulator's panes and buttons, and in the prose around them.
    for (const query of ['rollback', 'deployments', 'file system', 'reset', 'copy transcript', 'run']) {
      const results = await search(page, query);
      const urls = results.flatMap((r) => [r.url, ...r.sub_results.map((s) => s.url)]);
      expect(
        urls.filter((u) => /#sim-/.test(u)),
        `"${query}": links into a simulator`,
      ).toEqual([]);
      const excerpts = results.flatMap((r) => [r.excerpt, ...r.sub_results.map((s) => s.excerpt)]).join('\n');
      expect(excerpts, `"${query}": simulator buttons in an excerpt`).not.toMatch(
        /\b(Run|Reset|Copy transcript|Start the tour)(<\/mark>)?\s*(sudo|rpm-ostree|Copy|Share|\w+Run)\b|rollbackRun/,
      );
    }
  });

  test('a glossary hit opens the term, not the top of the glossary', async ({ page }) => {
    await page.goto('');
    const results = await search(page, 'composefs');
    const glossary = results.find((r) => /\/glossary\/$/.test(r.url));
    expect(glossary, 'the glossary is among the results').toBeTruthy();
    const targets = glossary!.sub_results.map((s) => s.url);
    expect(
      targets.some((u) => /#composefs$/.test(u)),
      targets.join(', '),
    ).toBe(true);
    expect(targets.filter((u) => u.endsWith('#_top'))).toEqual([]);
  });
});
