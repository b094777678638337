import { test, expect } from './fixtures.ts';
import { base } from './site.ts';
import { TALK_BULLETS, TALK_TAGLINES, normalize } from './talk-points.ts';

const PARTS = [
  ['introduction', 'Introduction'],
  ['immutability', 'Immutability'],
  ['coreos', 'Fedora CoreOS'],
  ['microos', 'openSUSE MicroOS'],
  ['k3os', 'k3OS'],
  ['nixos', 'NixOS'],
  ['conclusion', 'Conclusion'],
] as const;

test.describe('docs', () => {
  test('the landing page introduces the talk and offers Present and Read', async ({ page }) => {
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

  test('one page per part, in the sidebar, with previous and next', async ({ page }) => {
    await page.goto('introduction/');
    const sidebar = page.locator('nav[aria-label="Main"]');
    // By name and address: the sidebar also lists a lab page per system under the same name.
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

  test('"Present from here" opens the deck on that section\'s slide', async ({ page }) => {
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

  test('search finds a term and its result opens the page', async ({ page }) => {
    await page.goto('introduction/');
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
    await input.fill('Ignition');
    const result = page.locator('.pagefind-ui__result-link').first();
    await expect(result).toBeVisible();
    await result.click();
    await expect(page.locator('main')).toContainText(/ignition/i);
  });

  test('the search UI loads when the search dialog first opens, and takes the focus', async ({ page }) => {
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
});
