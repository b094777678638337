import { test, expect, type Page } from './fixtures.ts';

// Projector themes: dark and light, switched by T or the toolbar button, remembered across reloads;
// every slide fits its frame in both, at a 720p and a 1080p projector.
const ready = (page: Page) => page.waitForFunction(() => (window as any).deck?.isReady());

/** What sticks out of the current slide's frame, or into the band kept for its docs link. */
async function overflowingParts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = (window as any).deck.getCurrentSlide() as HTMLElement;
    const frame = slide.getBoundingClientRect();
    const links = slide.querySelector(':scope > .slide-links, :scope .slide-links');
    const floor = links ? links.getBoundingClientRect().top : frame.bottom;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== slide; a = a.parentElement) {
        if (getComputedStyle(a).overflow !== 'visible') return true;
      }
      return false;
    };
    const out: string[] = [];
    for (const el of slide.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('aside.notes, .slide-links, .sr-only, .docs-only, [hidden]') || clipped(el)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      const slack = 1;
      if (r.left < frame.left - slack || r.right > frame.right + slack || r.top < frame.top - slack)
        out.push(`${name} leaves the frame`);
      else if (r.bottom > floor + slack) out.push(`${name} reaches into the docs-link band`);
      else if (style.display !== 'inline' && style.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 2)
        out.push(`${name} has text wider than its box`);
    }
    return out;
  });
}

const sizes = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const pictured = ['immutable-linux', 'agenda', 'coreos', 'conclusion', 'read-on'];

test.describe('projector themes', () => {
  test.use({ reducedMotion: 'reduce' });

  for (const theme of ['dark', 'light'] as const) {
    for (const size of sizes) {
      test(`${theme} at ${size.width}x${size.height}: every slide fits its frame (screenshots of a few)`, async ({
        page,
      }, info) => {
        await page.setViewportSize(size);
        await page.addInitScript((t) => localStorage.setItem('deck-theme', t), theme);
        await page.goto('slides/');
        await ready(page);
        await page.evaluate(() => document.fonts.ready);
        await expect(page.locator('html')).toHaveAttribute('data-deck-theme', theme);
        const ids: string[] = await page.evaluate(() => (window as any).deck.getSlides().map((s: HTMLElement) => s.id));
        const problems: string[] = [];
        for (const [i, id] of ids.entries()) {
          await page.evaluate((n) => (window as any).deck.slide(n), i);
          problems.push(...(await overflowingParts(page)).map((p) => `#${id}: ${p}`));
          if (pictured.includes(id))
            await page.screenshot({ path: info.outputPath(`${theme}-${size.width}x${size.height}-${id}.png`) });
        }
        expect(problems).toEqual([]);
      });
    }
  }

  test('T and the toolbar button switch the theme, and the choice survives a reload', async ({ page }) => {
    await page.goto('slides/#/agenda');
    await ready(page);
    const html = page.locator('html');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await expect(html).toHaveAttribute('data-deck-theme', 'dark');
    const dark = await background();
    await page.keyboard.press('t');
    await expect(html).toHaveAttribute('data-deck-theme', 'light');
    await expect.poll(background).not.toBe(dark);
    const button = page.getByRole('button', { name: 'Light' });
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await ready(page);
    await expect(html).toHaveAttribute('data-deck-theme', 'light');
    await button.click();
    await expect(html).toHaveAttribute('data-deck-theme', 'dark');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(background).toBe(dark);
  });
});
