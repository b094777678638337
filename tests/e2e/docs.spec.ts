import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { anchorsOf, LIST } from '../../scripts/published-anchors.mjs';
import { test, expect } from './fixtures.ts';
import { base } from './site.ts';
import { TALK_BULLETS, TALK_TAGLINES, normalize } from './talk-points.ts';
import { talkParts } from './outline.ts';

/** The talk's parts, in order, as the build made them. */
const PARTS = talkParts();

test.describe('docs', () => {
  test('the landing page introduces the talk and offers Present and Read', { tag: '@base' }, async ({ page }) => {
    await page.goto('');
    await expect(page.locator('h1')).toContainText('Immutable Linux');
    await expect(page.locator('main')).toContainText('Daniel Schier');
    await expect(page.locator('main')).toContainText('15 December 2021');
    await page.getByRole('link', { name: /present the talk/i }).click();
    // reveal (hash: true) writes the first slide's id into the address shortly after load.
    await expect(page).toHaveURL(/\/slides\/(#\/[a-z0-9-]+)?$/);
    await page.goBack();
    await page.getByRole('link', { name: /read the talk/i }).click();
    await expect(page).toHaveURL(/\/introduction\/$/);
  });

  test('one page per part, in the sidebar, with previous and next', { tag: '@base' }, async ({ page }) => {
    await page.goto('introduction/');
    const sidebar = page.locator('nav[aria-label="Main"]');
    // No two sidebar entries share a name: the lab pages are "… simulator".
    const names = (await sidebar.locator('a').allInnerTexts()).map((t) => t.trim());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const [system, name] of [
      ['fcos', 'Fedora CoreOS simulator'],
      ['nixos', 'NixOS simulator'],
    ] as const)
      await expect(sidebar.locator(`a[href="${base}lab/${system}/"]`)).toHaveText(name);
    for (const [slug, title] of PARTS) {
      await expect(
        sidebar.getByRole('link', { name: title, exact: true }).and(sidebar.locator(`a[href="${base}${slug}/"]`)),
      ).toBeVisible();
    }
    for (let i = 0; i < PARTS.length - 1; i++) {
      await page.goto(`${PARTS[i][0]}/`);
      await expect(page.locator('h1')).toHaveText(PARTS[i][1]);
      await page.locator('.pagination-links a[rel="next"]').click();
      await expect(page.locator('h1')).toHaveText(PARTS[i + 1][1]);
    }
    await page.locator('.pagination-links a[rel="prev"]').click();
    await expect(page.locator('h1')).toHaveText(PARTS.at(-2)![1]);
  });

  test('every point of the original talk is in the docs, in order', async ({ page }) => {
    let text = '';
    for (const [slug] of PARTS) {
      await page.goto(`${slug}/`);
      text += ' ' + (await page.locator('.sl-markdown-content').innerText());
    }
    text = normalize(text);
    let from = 0;
    for (const point of TALK_BULLETS) {
      const at = text.indexOf(normalize(point), from);
      expect(at, `"${point}" in the docs, after the previous point`).toBeGreaterThanOrEqual(0);
      from = at;
    }
    for (const tagline of TALK_TAGLINES) expect(text).toContain(normalize(tagline));
  });

  test('"Present from here" opens the deck on that section\'s slide', { tag: '@base' }, async ({ page }) => {
    await page.goto('coreos/');
    const present = page
      .locator('section[data-slide="deploy-pin-rollback"], section[data-slide="coreos"]')
      .first()
      .locator('.present-link');
    await present.click();
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const id = await page.evaluate(() => (window as any).deck.getCurrentSlide().id);
    expect(['coreos', 'deploy-pin-rollback']).toContain(id);
  });

  test('heading anchors are stable and readable', async ({ page }) => {
    await page.goto('coreos/#deploy-pin-rollback');
    const target = page.locator('#deploy-pin-rollback');
    await expect(target).toHaveCount(1);
    await expect(target).toBeInViewport();
  });

  test('search finds a term and its result opens the page', { tag: '@base' }, async ({ page }) => {
    await page.goto('introduction/');
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
    await input.fill('Ignition');
    const result = page.locator('.pagefind-ui__result-link').first();
    await expect(result).toBeVisible();
    await result.click();
    await expect(page.locator('main')).toContainText(/ignition/i);
  });

  test('the search UI loads when the search dialog first opens, and takes the focus', { tag: '@base' }, async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto('coreos/');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500); // past Starlight's idle callback, which used to load it
    expect(scripts.filter((u) => /ui-core/.test(u))).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
    await expect(input).toBeFocused();
    expect(scripts.some((u) => /ui-core/.test(u))).toBe(true);
  });

  test('light and dark themes, and a phone layout', async ({ page }) => {
    await page.goto('coreos/');
    await page.evaluate(() => localStorage.setItem('starlight-theme', 'light'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.evaluate(() => localStorage.setItem('starlight-theme', 'dark'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.setViewportSize({ width: 375, height: 740 });
    await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('every anchor in the published list still exists', async ({ request }) => {
    const published: Record<string, string[]> = JSON.parse(readFileSync(LIST, 'utf8'));
    expect(Object.keys(published).length).toBeGreaterThan(8);
    for (const [pagePath, ids] of Object.entries(published)) {
      const response = await request.get(pagePath);
      expect(response.ok(), `${pagePath} is still built`).toBe(true);
      const present = new Set(anchorsOf(await response.text()));
      expect(
        ids.filter((id) => !present.has(id)),
        `anchors gone from ${pagePath}`,
      ).toEqual([]);
    }
  });

  test('the narration is labelled as written for this site, apart from the slide text', async ({ page }) => {
    await page.goto('conclusion/');
    const notes = page.locator('section.slide aside.notes').first();
    const label = await notes.evaluate((n) => getComputedStyle(n, '::before').content);
    expect(label).toContain('Narration, written for this site from the slides');
    expect(await notes.evaluate((n) => getComputedStyle(n).borderInlineStartStyle)).toBe('solid');
    await expect(page.locator('section.slide aside.notes')).not.toContainText([/\bMy closing line\b/, /^I tested/]);
    await page.goto('introduction/');
    await expect(page.locator('main')).toContainText('written for this site from the slides');
  });

  // @base: `npm test` builds the base-path run with a REPO_URL, so both cases are checked.
  test('each page shows when it was last updated, its license and, with REPO_URL, where to report', {
    tag: '@base',
  }, async ({ page }) => {
    await page.goto('coreos/');
    const shallow = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' });
    const fullHistory = shallow.status === 0 && shallow.stdout.trim() === 'false';
    await expect(page.locator('footer time[datetime]')).toHaveCount(fullHistory ? 1 : 0);
    await expect(page.locator('.site-license a[rel="license"]')).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by-sa/4.0/',
    );
    await expect(page.locator('.site-license')).toContainText('MIT');
    const report = page.getByRole('link', { name: 'Report an error on this page' });
    const edit = page.getByRole('link', { name: /Edit page/ });
    if (process.env.REPO_URL) {
      const repo = process.env.REPO_URL;
      await expect(report).toHaveAttribute('href', new RegExp(`^${repo}/issues/new\\?`));
      const issue = new URL((await report.getAttribute('href')) ?? '');
      expect(issue.searchParams.get('title')).toMatch(/^Error on ".*CoreOS.*"$/);
      expect(issue.searchParams.get('body')).toContain(`${base}coreos/`);
      await expect(edit).toHaveAttribute('href', `${process.env.REPO_URL}/edit/main/content/coreos.mdx`);
    } else {
      await expect(report).toHaveCount(0);
      await expect(edit).toHaveCount(0);
    }
    await page.goto('');
    await expect(page.locator('.site-license-note')).toContainText('CC BY-SA 4.0');
    await expect(page.getByRole('link', { name: 'What changed since 2021' })).toHaveAttribute(
      'href',
      `${base}since-2021/`,
    );
  });

  test('the comparison table keeps its headers in view on a phone and short cells at 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('conclusion/#compared');
    // Lines of text in the tallest cell: its height without padding, over the line height.
    const mostLines = await page.locator('table.comparison tbody td').evaluateAll((cells) =>
      Math.max(
        ...cells.map((c) => {
          const style = getComputedStyle(c);
          const inner = c.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
          return Math.round(inner / Number.parseFloat(style.lineHeight));
        }),
      ),
    );
    expect(mostLines, 'lines in the tallest cell at 1280 px').toBeLessThanOrEqual(5);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const wrap = page.locator('.comparison-wrap');
    await wrap.evaluate((w) => w.scrollBy(300, 200));
    const rowHeader = page.locator('table.comparison tbody th[scope="row"]').first();
    const colHeader = page.locator('table.comparison thead th').first();
    const box = (await wrap.boundingBox())!;
    await expect.poll(async () => (await rowHeader.boundingBox())!.x - box.x).toBeLessThan(2);
    await expect.poll(async () => (await colHeader.boundingBox())!.y - box.y).toBeLessThan(2);
  });

  test('in print, external links show their address and "Present from here" is left out', async ({ page }) => {
    await page.goto('coreos/');
    await page.emulateMedia({ media: 'print' });
    const link = page.locator('.sl-markdown-content a[href^="https://docs.fedoraproject.org"]').first();
    const href = (await link.getAttribute('href'))!;
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(href);
    await expect(page.locator('.present-link').first()).toBeHidden();
  });
});
