import { test, expect, type Page } from './fixtures.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './site.ts';
import { PDF_FILES } from '../../src/deck/pdf-files.ts';

// `npm run build` writes both PDFs next to the deck (scripts/pdf.mjs); poppler-utils reads them.
const pdfPath = (file: string) => path.join(distDir, 'slides', file);
const pageCount = (file: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const pageText = (file: string, n: number) =>
  execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, '-layout', file, '-'], { encoding: 'utf8' });
/** Width / height of every page, from pdfinfo. */
const pageShapes = (file: string) =>
  [
    ...execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' }).matchAll(
      /^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm,
    ),
  ].map((m) => Number(m[1]) / Number(m[2]));
// Compared without white space: PDF text extraction puts spaces where inline code met punctuation.
const squash = (s: string) =>
  s
    .replace(/[\s\u00ad]+/g, '')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");

interface SlideFacts {
  heading: string;
  notes: string;
}

async function slides(page: Page): Promise<SlideFacts[]> {
  await page.goto('slides/');
  await page.waitForFunction(() => (window as any).deck?.isReady());
  return page.evaluate(() =>
    ((window as any).deck.getSlides() as HTMLElement[]).map((s) => {
      const h = s.querySelector('h1, h2')!.cloneNode(true) as HTMLElement;
      h.querySelectorAll('.sr-only').forEach((n) => n.remove());
      const notes = s.querySelector('aside.notes p:not(.notes-docs-link)');
      return { heading: h.textContent ?? '', notes: notes?.textContent ?? '' };
    }),
  );
}

test.describe('PDF export', { tag: '@base' }, () => {
  test("the slides PDF has one page per slide, each with its slide's text, and clickable links", async ({ page }) => {
    const deck = await slides(page);
    const file = pdfPath(PDF_FILES.slides);
    expect(pageCount(file)).toBe(deck.length);
    // Slide-shaped paper (16:9 plus reveal's margin), not a letter page cutting the slide off.
    for (const shape of pageShapes(file)) expect(shape).toBeCloseTo(1331 / 748, 1);
    deck.forEach(({ heading }, i) => {
      const text = squash(pageText(file, i + 1));
      expect(text, `page ${i + 1} shows "${heading}"`).toContain(squash(heading));
      expect(text.length).toBeGreaterThan(heading.length);
    });
    // Link annotations (Chromium writes them uncompressed): site links point to the public site.
    const raw = readFileSync(file, 'latin1');
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris.length).toBeGreaterThan(deck.length);
    expect(uris.filter((u) => u.includes('127.0.0.1'))).toEqual([]);
  });

  test('the handout PDF has each slide with its speaker notes beneath it', async ({ page }) => {
    const deck = await slides(page);
    const file = pdfPath(PDF_FILES.handout);
    expect(pageCount(file)).toBe(deck.length);
    // Taller than a slide: the notes go beneath it.
    for (const shape of pageShapes(file)) expect(shape).toBeLessThan(1331 / 748 / 1.4);
    deck.forEach(({ heading, notes }, i) => {
      const text = squash(pageText(file, i + 1));
      expect(text).toContain(squash(heading));
      if (notes) expect(text, `page ${i + 1} carries the notes of "${heading}"`).toContain(squash(notes).slice(0, 60));
      expect(text.indexOf(squash(heading))).toBeLessThan(text.indexOf('Speakernotes'));
    });
  });

  test('the deck and the landing page offer both PDFs for download', async ({ page }) => {
    for (const where of ['slides/#/read-on', '']) {
      await page.goto(where);
      for (const file of Object.values(PDF_FILES)) {
        const link = page.locator(`a[href$="/slides/${file}"]`).first();
        await expect(link).toBeVisible();
        const response = await page.request.get((await link.getAttribute('href')) as string);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toContain('pdf');
      }
    }
  });
});
