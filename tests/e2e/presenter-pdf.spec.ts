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
/** Every page's text as laid out (pdftotext ends each page with a form feed), read once per file. */
const layoutTexts = new Map<string, string[]>();
const pageText = (file: string, n: number) => {
  if (!layoutTexts.has(file)) {
    const all = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    layoutTexts.set(file, all.split('\f'));
  }
  return layoutTexts.get(file)![n - 1];
};
const pagesText = (file: string, first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => pageText(file, first + i)).join('\n');
/** Width x height of every page in points, from pdfinfo. */
const pageSizes = (file: string) =>
  [
    ...execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' }).matchAll(
      /^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm,
    ),
  ].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
const pageShapes = (file: string) => pageSizes(file).map(({ width, height }) => width / height);
/** Pages' text in the order it was printed (a column after the other), for whole transcripts. */
const readingText = (file: string, first: number, last: number) =>
  execFileSync('pdftotext', ['-raw', '-f', `${first}`, '-l', `${last}`, file, '-'], { encoding: 'utf8' });

interface WordBox {
  word: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
/** Every word's box on every page (`pdftotext -bbox`), page by page. */
function wordBoxes(file: string): WordBox[][] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return xml
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map(
        (m) => ({ word: m[5], x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) }),
      ),
    );
}
/**
 * Pairs of words printed over each other. A word's box spans its font's full ascent and descent, so
 * neighbouring lines may touch; text printed over text overlaps by more than a hair across and by
 * more than half a line down.
 */
function overlaps(words: WordBox[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i];
      const b = words[j];
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (across > 1 && down > 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) found.push(`"${a.word}" / "${b.word}"`);
    }
  }
  return found;
}
/** Points per paper: A4 (210 x 297 mm) and US Letter (8.5 x 11 in). */
const PAPER = { A4: { width: 595.3, height: 841.9 }, Letter: { width: 612, height: 792 } };

// Compared without white space: PDF text extraction puts spaces where inline code met punctuation.
const squash = (s: string) =>
  s
    .replace(/[\s\u00ad]+/g, '')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");

interface SlideFacts {
  heading: string;
  notes: string;
  /** The simulator's scenario as the page prints it: each step's caption and its terminal text. */
  transcript: string[];
}

async function slides(page: Page): Promise<SlideFacts[]> {
  await page.goto('slides/');
  await page.waitForFunction(() => (window as any).deck?.isReady());
  return page.evaluate(() =>
    ((window as any).deck.getSlides() as HTMLElement[]).map((s) => {
      const h = s.querySelector('h1, h2')!.cloneNode(true) as HTMLElement;
      h.querySelectorAll('.sr-only').forEach((n) => n.remove());
      const notes = s.querySelector('aside.notes p:not(.notes-docs-link)');
      const transcript = [...s.querySelectorAll('.sim-transcript-steps > li')].flatMap((li) => [
        li.querySelector('.sim-transcript-caption')!.textContent ?? '',
        li.querySelector('.sim-transcript-pre')!.textContent ?? '',
      ]);
      return { heading: h.textContent ?? '', notes: notes?.textContent ?? '', transcript };
    }),
  );
}

/**
 * The pages of each slide, in order: a slide's first page starts with its heading; a long
 * simulator transcript continues on the following pages, which start with neither heading.
 */
function pagesOfSlides(file: string, deck: SlideFacts[]): { first: number; last: number }[] {
  const count = pageCount(file);
  const starts = deck.map(({ heading }, i) => {
    let p = i === 0 ? 1 : 0;
    for (let n = 1; n <= count && !p; n++) if (squash(pageText(file, n)).startsWith(squash(heading))) p = n;
    return p;
  });
  starts.forEach((p, i) => {
    expect(p, `a page starts with "${deck[i].heading}"`).toBeGreaterThan(0);
    if (i > 0) expect(p, `"${deck[i].heading}" comes after the slide before`).toBeGreaterThan(starts[i - 1]);
  });
  expect(starts[0]).toBe(1);
  return starts.map((first, i) => ({ first, last: i + 1 < starts.length ? starts[i + 1] - 1 : count }));
}

const ALL_PDFS = Object.values(PDF_FILES);

test.describe('PDF export', { tag: '@base' }, () => {
  test("the slides PDF has each slide on its own page, with its slide's text, and clickable links", async ({
    page,
  }) => {
    const deck = await slides(page);
    const file = pdfPath(PDF_FILES.slides);
    const pages = pagesOfSlides(file, deck);
    // Only a simulator's long transcript runs on to more pages.
    pages.forEach(({ first, last }, i) => {
      if (!deck[i].transcript.length) expect(last, `"${deck[i].heading}" fits one page`).toBe(first);
    });
    // Slide-shaped paper (16:9 plus reveal's margin), not a letter page cutting the slide off.
    for (const shape of pageShapes(file)) expect(shape).toBeCloseTo(1331 / 748, 1);
    deck.forEach(({ heading }, i) => {
      const text = squash(pageText(file, pages[i].first));
      expect(text.length).toBeGreaterThan(heading.length);
    });
    // Link annotations (Chromium writes them uncompressed): site links point to the public site.
    const raw = readFileSync(file, 'latin1');
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris.length).toBeGreaterThan(deck.length);
    expect(uris.filter((u) => u.includes('127.0.0.1'))).toEqual([]);
  });

  for (const [variant, paper] of [
    ['handout', 'A4'],
    ['handoutLetter', 'Letter'],
  ] as const) {
    test(`the ${paper} handout has each slide with its speaker notes beneath it, on ${paper} paper`, async ({
      page,
    }) => {
      const deck = await slides(page);
      const file = pdfPath(PDF_FILES[variant]);
      for (const size of pageSizes(file)) {
        // Chromium rounds the paper to a hundredth of an inch (A4: 8.27 x 11.7 in).
        expect(Math.abs(size.width - PAPER[paper].width)).toBeLessThan(1);
        expect(Math.abs(size.height - PAPER[paper].height)).toBeLessThan(1.5);
      }
      const pages = pagesOfSlides(file, deck);
      deck.forEach(({ heading, notes }, i) => {
        const text = squash(pagesText(file, pages[i].first, pages[i].last));
        if (notes) expect(text, `"${heading}" has its notes`).toContain(squash(notes).slice(0, 60));
        expect(text.indexOf(squash(heading))).toBeLessThan(text.indexOf('Speakernotes'));
      });
    });
  }

  test("each Try-it page shows its own simulator's whole scenario, in every PDF", async ({ page }) => {
    const deck = await slides(page);
    const demos = deck.filter(({ transcript }) => transcript.length);
    expect(demos.length).toBeGreaterThanOrEqual(5);
    for (const file of ALL_PDFS.map(pdfPath)) {
      const pages = pagesOfSlides(file, deck);
      deck.forEach(({ heading, transcript }, i) => {
        if (!transcript.length) return;
        const text = squash(readingText(file, pages[i].first, pages[i].last));
        // Every step, in order: its caption, the command and all of its output.
        let from = 0;
        for (const part of transcript) {
          const at = text.indexOf(squash(part), from);
          expect(at, `${path.basename(file)}, "${heading}": ${part.slice(0, 80)}`).toBeGreaterThanOrEqual(from);
          from = at + squash(part).length;
        }
      });
    }
  });

  test('no text is printed over other text on any page of any PDF', async () => {
    for (const file of ALL_PDFS.map(pdfPath)) {
      wordBoxes(file).forEach((words, i) => {
        expect(overlaps(words), `${path.basename(file)} page ${i + 1}`).toEqual([]);
      });
    }
  });

  test('the deck and the landing page offer every PDF for download', async ({ page }) => {
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
