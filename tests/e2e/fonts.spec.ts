/**
 * The web fonts are subsets (scripts/subset-fonts.mjs, src/fonts/): every character the built pages
 * show is in them, so a page loads only the small files; a character they lack still renders in the
 * same family, from the full file the browser then fetches.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from './fixtures.ts';
import { DECK_PAGE, builtPages } from './pages.ts';
import { FACES, blockRange, parseUnicodeRange } from '../../scripts/subset-fonts.mjs';
import { typeLine, waitReady } from './sim-helpers.ts';

const manifest: Record<string, string> = JSON.parse(
  readFileSync(new URL('../../src/fonts/subset.json', import.meta.url), 'utf8'),
);
const inSubset = new Set(Object.values(manifest).flatMap((range) => parseUnicodeRange(range)));
// What the full latin files would be fetched for: the latin block less the subset.
const latinOutsideSubset = new Set(
  FACES.flatMap((face) => parseUnicodeRange(blockRange(face.pkg, 'latin'))).filter((cp) => !inSubset.has(cp)),
);
const EMBED_PAGE = 'lab/fcos/embed/';

/** Every character the page could draw: text (hidden slides and notes too, shadow roots) and field text. */
const pageText = (page: Page) =>
  page.evaluate(() => {
    let text = '';
    const visit = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (node instanceof Text) text += node.data;
        else if (node instanceof Element) {
          if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE') continue;
          if (node.shadowRoot) visit(node.shadowRoot);
          text += `${node.getAttribute('placeholder') ?? ''}${(node as HTMLInputElement).value ?? ''}`;
        }
      }
    };
    visit(document.body);
    return text;
  });

/** The woff2 files the page requested. */
function fontRequests(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (req) => {
    if (req.url().endsWith('.woff2')) files.push(new URL(req.url()).pathname.split('/').pop()!);
  });
  return files;
}

test('the subsets hold every character the pages that use the fonts show', async ({ page }) => {
  // The deck and the embeds set their text in these fonts; the docs use system fonts.
  const pages = builtPages().filter((p) => p === DECK_PAGE || p.endsWith('/embed/'));
  expect(pages.length).toBeGreaterThan(1);
  for (const path of pages) {
    await page.goto(path);
    const missing = [...new Set(await pageText(page))].filter((ch) => latinOutsideSubset.has(ch.codePointAt(0)!));
    expect(missing, `${path}: characters outside the subsets (run \`npm run fonts\`)`).toEqual([]);
  }
});

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
]) {
  test(`the deck at ${viewport.width} px loads only the subsets`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const files = fontRequests(page);
    await page.goto(DECK_PAGE);
    await page.waitForFunction(() => (window as any).deck?.isReady());
    await page.waitForLoadState('networkidle');
    expect(files).toContainEqual(expect.stringMatching(/^atkinson-hyperlegible-700-subset\./));
    expect(files.filter((f) => !/-subset\.[\w-]+\.woff2$/.test(f))).toEqual([]);
  });
}

test('a character the subsets lack still renders in JetBrains Mono, from the full files', async ({ page }) => {
  const files = fontRequests(page);
  await page.goto(EMBED_PAGE);
  const sim = page.locator('sim-machine');
  await waitReady(sim);
  // þ is in the latin block but in no page; ŧ is latin-ext.
  await typeLine(page, sim, 'echo þŧ');
  const output = sim.locator('.sim-entry-output').last();
  await expect(output).toHaveText('þŧ');
  await expect.poll(() => files.filter((f) => /^jetbrains-mono-latin(-ext)?-400-normal\./.test(f)).length).toBe(2);
  // The fonts Chromium drew the output with: all its glyphs from JetBrains Mono, none from a fallback.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const outputs = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.sim-entry-output' });
  const nodeId = outputs.nodeIds.at(-1)!;
  await expect
    .poll(async () => (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts.map((f) => f.familyName))
    .toEqual(['JetBrains Mono']);
});
