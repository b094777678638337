/**
 * The deck on a phone (reveal's scroll view, 435 px wide or less; src/deck/phone.ts): a shared
 * link opens its slide and keeps its address, the simulators start and play their tour as the
 * reader scrolls, their text is readable, and no slide's docs link lies on the slide's content.
 */
import { test, expect, type Page } from './fixtures.ts';
import { trySlideId } from './sim-helpers.ts';
import { talkOutline } from './outline.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const viewport = (page: Page) => page.locator('.reveal-viewport');

async function openOnPhone(page: Page, hash = '') {
  await page.goto(`slides/${hash}`);
  await page.waitForFunction(() => (window as any).deck?.isReady());
  await expect(viewport(page)).toHaveClass(/reveal-scroll/);
}

test.describe('the deck on a phone', () => {
  test('a deep link opens its slide and keeps its address, on opening the page and followed later', async ({
    page,
  }) => {
    for (const id of [trySlideId('fcos'), 'compared']) {
      await openOnPhone(page, `#/${id}`);
      const title = page.locator(`section#${id} h2`);
      await expect(title).toBeInViewport();
      await expect.poll(() => page.evaluate(() => (window as any).deck.getCurrentSlide()?.id)).toBe(id);
      await expect(page).toHaveURL(new RegExp(`#/${id}$`));
    }
  });

  test('a simulator starts in the scroll view, plays its tour as the reader scrolls, in legible type', async ({
    page,
  }) => {
    const id = trySlideId('microos');
    await openOnPhone(page, `#/${id}`);
    const sim = page.locator(`section#${id} sim-machine`);
    await expect(sim).toHaveAttribute('data-ready', /\d+/);
    await expect(sim.getByRole('textbox', { name: 'Command' })).toBeEnabled();
    // Scrolling through the slide shows the tour's steps, and each runs its command.
    const entries = sim.locator('.sim-entry');
    await expect(async () => {
      await page.mouse.wheel(0, 250);
      expect(await entries.count()).toBeGreaterThan(1);
    }).toPass();
    await expect(entries.first()).toContainText('Read-only file system');
    // Legible on the phone's screen, and the terminal fits the screen's width.
    const screen = sim.locator('.sim-screen');
    const shown = await screen.evaluate((el) => {
      const scale = el.getBoundingClientRect().width / (el as HTMLElement).offsetWidth;
      const box = el.getBoundingClientRect();
      return { px: Number.parseFloat(getComputedStyle(el).fontSize) * scale, right: box.right };
    });
    expect(shown.px).toBeGreaterThanOrEqual(13);
    expect(shown.right).toBeLessThanOrEqual(390);
  });

  test("no slide's docs link lies on its content (the comparison table included)", async ({ page }) => {
    await openOnPhone(page);
    const outline = talkOutline();
    const ids = outline.parts.flatMap((p) => p.slides.map((s) => s.id));
    expect(ids).toContain('compared');
    for (const id of ids) {
      const overlaps = await page.evaluate((id) => {
        const slide = document.getElementById(id)!;
        const link = slide.querySelector('.slide-links')!.getBoundingClientRect();
        const page = slide.closest('.scroll-page-content')!.getBoundingClientRect();
        const hits: string[] = [];
        if (link.bottom > page.bottom + 0.5) hits.push('the link is cut off at the foot of the slide');
        for (const el of slide.querySelectorAll<HTMLElement>('h2, p, li, table, pre, sim-machine, blockquote, img')) {
          if (el.closest('.slide-links, aside.notes, .sim-transcript, .sr-only')) continue;
          const r = el.getBoundingClientRect();
          if (!r.width || !r.height) continue;
          const apart = r.bottom <= link.top || r.top >= link.bottom || r.right <= link.left || r.left >= link.right;
          if (!apart) hits.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
        }
        return hits;
      }, id);
      expect(overlaps, `#${id}`).toEqual([]);
    }
  });
});
