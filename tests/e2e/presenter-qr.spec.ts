import { test, expect } from './fixtures.ts';
import jsQR from 'jsqr';

// QR codes: made at build time as SVG (src/deck/qr-svg.ts), pointing at the public site (SITE_URL).
test.describe('QR codes', { tag: '@base' }, () => {
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

  test('the QR button shows pressed only where a code is shown, never on the title or closing slide', async ({
    page,
  }) => {
    await page.goto('slides/');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const button = page.getByRole('button', { name: 'QR' });
    const panel = page.locator('.slide-qr img');
    // The title slide shows the talk's own large code: nothing to switch on here.
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(button).toBeDisabled();
    await page.keyboard.press('ArrowRight');
    await expect(button).toBeEnabled();
    await page.keyboard.press('q');
    await expect(panel).toBeVisible();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => (window as any).deck.isLastSlide())).toBe(true);
    await expect(panel).toBeHidden();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(button).toBeDisabled();
    // The choice is kept: one slide back, the code and the pressed button are there again.
    await page.keyboard.press('ArrowLeft');
    await expect(panel).toBeVisible();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
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

/**
 * From the middle of the room: a phone sees a 1080p projection at about a third of its size. Every
 * per-slide code (Q) must decode from a 1920x1080 screenshot scaled to 33 %, to that slide's public
 * docs address, and the panel must leave the slide's content uncovered.
 */
test('per-slide QR codes decode at 33 % of a 1080p screenshot and never cover the slide', { tag: '@base' }, async ({
  page,
  context,
}) => {
  // A screenshot and a decode per slide: about a minute on a quiet machine, 2.7 min measured at load 19.
  test.setTimeout(360_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ reducedMotion: 'reduce' }); // slides change at once: measured where they stay
  await page.goto('slides/');
  await page.waitForFunction(() => (window as any).deck?.isReady());
  await page.keyboard.press('q');
  const scaler = await context.newPage(); // about:blank: no CSP in the way of a data: image
  const ids: string[] = await page.evaluate(() =>
    (window as any).deck.getSlides().map((s: HTMLElement) => (s.dataset.slide ? s.id : '')),
  );
  let decoded = 0;
  for (const [i, id] of ids.entries()) {
    if (!id) continue; // the title and closing slides show their own, larger code
    await page.evaluate((n) => (window as any).deck.slide(n), i);
    const img = page.locator('.slide-qr img');
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    const expected = (await img.getAttribute('alt'))!.replace(/^QR code: /, '');
    const covered = await page.evaluate(() => {
      const panel = document.querySelector('.slide-qr')!.getBoundingClientRect();
      const slide = (window as any).deck.getCurrentSlide() as HTMLElement;
      return [...slide.querySelectorAll('*')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return (
            r.width &&
            r.height &&
            r.right > panel.left &&
            r.left < panel.right &&
            r.bottom > panel.top &&
            r.top < panel.bottom
          );
        })
        .map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}"`);
    });
    expect(covered, `#${id}: slide content under the QR panel`).toEqual([]);
    // The panel's part of the 1080p screenshot (scaling is local: the rest of the screen changes nothing).
    const box = (await page.locator('.slide-qr').boundingBox())!;
    const clip = { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 };
    const shot = (await page.screenshot({ clip })).toString('base64');
    const small = await scaler.evaluate(async (b64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const width = Math.round(image.width * 0.33);
      const height = Math.round(image.height * 0.33);
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(image, 0, 0, width, height);
      return { width, height, data: Array.from(ctx.getImageData(0, 0, width, height).data) };
    }, shot);
    const code = jsQR(new Uint8ClampedArray(small.data), small.width, small.height);
    expect(code?.data, `#${id}: the code at 33 %`).toBe(expected);
    decoded++;
  }
  expect(decoded).toBeGreaterThan(10);
});
