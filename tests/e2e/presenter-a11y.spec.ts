import { test, expect, type Page } from './fixtures.ts';
import { axe } from './axe.ts';

// Slides that screen-reader and keyboard users can follow: only the current slide is reachable,
// slide changes are announced by name, reading mode isn't trapped, motion follows the reader's
// setting, axe finds nothing, and a phone gets a scrolling page.
const ready = (page: Page) => page.waitForFunction(() => (window as any).deck?.isReady());

test.describe('accessible deck', () => {
  test('only the current slide is in the tab order and the accessibility tree', async ({ page }) => {
    await page.goto('slides/#/coreos');
    await ready(page);
    const others = await page
      .locator('.reveal .slides > section')
      .evaluateAll((ss) =>
        ss
          .filter((s) => !s.classList.contains('present'))
          .map((s) => s.hasAttribute('inert') || s.getAttribute('aria-hidden') === 'true'),
      );
    expect(others.length).toBeGreaterThan(10);
    expect(others.every(Boolean)).toBe(true);
    // Tab through everything focusable: nothing lands on a slide that isn't shown.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const offSlide = await page.evaluate(() => {
        const section = document.activeElement?.closest('.reveal .slides > section');
        return section ? !section.classList.contains('present') : false;
      });
      expect(offSlide).toBe(false);
    }
  });

  test('nothing puts the deck in application mode, and each slide change is announced by name', async ({ page }) => {
    await page.goto('slides/#/agenda');
    await ready(page);
    expect(await page.locator('[role="application"]').count()).toBe(0);
    const region = page.locator('.deck-announcer');
    await expect(region).toHaveAttribute('aria-live', 'polite');
    const total = await page.evaluate(() => (window as any).deck.getTotalSlides());
    await page.keyboard.press('ArrowRight');
    const index = await page.evaluate(() => (window as any).deck.getSlidePastCount() + 1);
    const heading = (await page.locator('.reveal .slides > section.present h2').first().innerText()).trim();
    await expect(region).toHaveText(`Slide ${index} of ${total}: ${heading}`);
    // reveal's own region, which would read the whole slide aloud, is silenced.
    await expect(page.locator('.reveal .aria-status')).toHaveAttribute('aria-live', 'off');
  });

  test('reduced motion turns slide transitions off, live', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('slides/');
    await ready(page);
    expect(await page.evaluate(() => (window as any).deck.getConfig().transition)).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect.poll(() => page.evaluate(() => (window as any).deck.getConfig().transition)).toBe('slide');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect.poll(() => page.evaluate(() => (window as any).deck.getConfig().transition)).toBe('none');
  });

  for (const theme of ['dark', 'light']) {
    for (const at of ['immutable-linux', 'coreos', 'read-on']) {
      test(`axe finds no WCAG A/AA problem on #${at} in the ${theme} theme${at === 'coreos' ? ', its QR code shown' : ''}`, async ({
        page,
      }) => {
        test.slow(); // axe reads the whole deck, every slide's DOM included
        await page.addInitScript((t) => localStorage.setItem('deck-theme', t), theme);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(`slides/#/${at}`);
        await ready(page);
        if (at === 'coreos') {
          await page.keyboard.press('q');
          await expect(page.locator('.slide-qr img')).toBeVisible();
        }
        const { violations } = await axe(page).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }

  test('on a phone the deck reads as a scrolling page', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('slides/');
    await ready(page);
    await expect(page.locator('.reveal-viewport')).toHaveClass(/reveal-scroll/);
    const scroller = await page.evaluate(() => {
      const el = document.querySelector('.reveal-viewport')!;
      return { height: el.scrollHeight, view: el.clientHeight };
    });
    expect(scroller.height).toBeGreaterThan(scroller.view * 10);
    // Type stays readable: the body text of a list slide renders at 16 CSS px or more.
    const coreos = page.locator('section#coreos li').first();
    await coreos.scrollIntoViewIfNeeded();
    await expect(coreos).toBeInViewport();
    const px = await coreos.evaluate((li) => li.getBoundingClientRect().height);
    expect(px).toBeGreaterThanOrEqual(16);
    // The toolbar doesn't cover the title.
    const bar = (await page.locator('.deck-toolbar').boundingBox())!;
    const title = (await page.locator('section#immutable-linux h1').boundingBox())!;
    expect(bar.y + bar.height <= title.y || bar.x >= title.x + title.width).toBe(true);
  });
});
