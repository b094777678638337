import { test, expect } from './fixtures.ts';

// QR codes: made at build time as SVG (src/deck/qr-svg.ts), pointing at the public site (SITE_URL).
test.describe('QR codes', () => {
  test("the title and closing slides show a QR code of the talk's docs with the address as text", async ({ page }) => {
    await page.goto('slides/');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const publicBase = (await page.locator('.reveal').getAttribute('data-public-base'))!;
    expect(publicBase).toMatch(/^https?:\/\/[^/]+\/.*\/$|^https?:\/\/[^/]+\/$/);
    for (const id of ['immutable-linux', 'read-on']) {
      await page.evaluate(
        (slideId) =>
          (window as any).deck.slide((window as any).deck.getSlides().findIndex((s: HTMLElement) => s.id === slideId)),
        id,
      );
      const slide = page.locator(`section#${id}`);
      const qr = slide.getByRole('img', { name: `QR code: ${publicBase}` });
      await expect(qr).toBeVisible();
      const box = (await qr.boundingBox())!;
      expect(box.width).toBeGreaterThan(100); // scannable from the room, at 1280x720
      const address = slide.locator('.qr-address-text a');
      await expect(address).toHaveText(publicBase.replace(/^https?:\/\//, ''));
      await expect(address).toHaveAttribute('href', publicBase);
    }
  });

  test("Q shows a small QR code of the current slide's docs section, and hides it again", async ({ page }) => {
    await page.goto('slides/#/coreos');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const publicBase = (await page.locator('.reveal').getAttribute('data-public-base'))!;
    const panel = page.locator('.slide-qr');
    await expect(panel).toBeHidden();
    await page.keyboard.press('q');
    const img = panel.getByRole('img', { name: `QR code: ${publicBase}coreos/#coreos` });
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    await expect(panel.locator('figcaption')).toHaveText(`${publicBase}coreos/#coreos`.replace(/^https?:\/\//, ''));
    await expect(page.getByRole('button', { name: 'QR' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    const next: string = await page.evaluate(() => (window as any).deck.getCurrentSlide().id);
    await expect(panel.getByRole('img')).toHaveAttribute('alt', new RegExp(`#${next}$`));
    await page.keyboard.press('q');
    await expect(panel).toBeHidden();
  });

  test('every content slide has its QR code file, naming its own docs section', async ({ page }) => {
    await page.goto('slides/');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const slides = await page.locator('section[data-slide]').evaluateAll((ss) =>
      ss.map((s) => ({
        id: s.id,
        docs: (s.querySelector('.slide-links .docs-link') as HTMLAnchorElement).getAttribute('href')!,
      })),
    );
    expect(slides.length).toBeGreaterThan(10);
    for (const { id, docs } of slides) {
      const response = await page.request.get(`slides/qr/${id}.svg`);
      expect(response.status(), `QR code of #${id}`).toBe(200);
      const svg = await response.text();
      expect(svg).toContain('role="img"');
      expect(svg).toMatch(
        new RegExp(`<title>QR code: https?://[^<]*${docs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</title>`),
      );
    }
  });
});
