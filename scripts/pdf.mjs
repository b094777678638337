// Writes the deck as two PDFs into the built site, next to the deck (/slides/):
//   immutable-linux-slides.pdf   one page per slide, fragments shown, simulators as transcripts
//   immutable-linux-handout.pdf  the same, each slide's speaker notes beneath it, on A4 paper
//   immutable-linux-handout-letter.pdf  the handout on US Letter paper
// A slide with a simulator prints its whole transcript, on continuation pages when it is long.
// It serves the build (OUT_DIR, BASE_PATH as for `astro build`) from this process
// (scripts/static-server.mjs), opens reveal.js's print view (/slides/?view=print) in Chromium and
// prints it with page.pdf.
// Links in the PDF point to the public site (SITE_URL), not to the local server.
// Run by `npm run build` after `astro build`; `npm run pdf` re-makes them from an existing build.
// When every file the print view loaded last time is unchanged, the PDFs come from the build cache
// instead (scripts/pdf-cache.mjs), without loading Playwright or a browser; PDF_CACHE=0 (or
// BUILD_CACHE=0) prints them anyway. The three are printed in one browser session from two tabs
// that load and lay out at the same time: the slides view, and the handout view printed on both papers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { pdfPlan, skippedMessage } from './pdf-plan.mjs';
import { serveBuild } from './static-server.mjs';
import { normalizeBase } from '../src/markdown/paths.ts';
import { HANDOUT_PAPER, PDF_FILES } from '../src/deck/pdf-files.ts';
import { buildCacheDir } from '../src/build-cache/content-cache.ts';
import { builtFileOf, pdfCacheKind, reusablePdfs, storePdfs } from './pdf-cache.mjs';

const outDir = process.env.OUT_DIR || 'dist';
const base = normalizeBase(process.env.BASE_PATH);
if (!existsSync(path.join(outDir, 'slides', 'index.html'))) {
  console.error(`pdf: no built deck in ${outDir}/slides/; run \`npm run build\` first.`);
  process.exit(1);
}
let plan;
try {
  plan = pdfPlan();
} catch (error) {
  console.error(`pdf: ${error.message}`);
  process.exit(1);
}
if (!plan.enabled) {
  // The pages were built for this (astro.config.mjs): they link to the print view instead.
  console.warn(`pdf: ${skippedMessage(plan)}`);
  process.exit(0);
}
const executablePath = plan.browser;
// Paper widths in CSS pixels (96 per inch), rounded down so that a scaled page box never spills over.
const PAPER_WIDTH_PX = { A4: Math.floor((210 / 25.4) * 96), Letter: 8.5 * 96 };

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const cacheDir = process.env.PDF_CACHE === '0' ? undefined : buildCacheDir();
const cacheKind = pdfCacheKind({ browser: executablePath, base });
const names = Object.values(PDF_FILES);
const cached = reusablePdfs(cacheDir, cacheKind, outDir, names);
if (cached) {
  for (const [name, bytes] of cached) writeFileSync(path.join(outDir, 'slides', name), bytes);
  console.log(`pdf: reused ${names.join(', ')} from the build cache (the built deck is unchanged), ${seconds()}`);
  process.exit(0);
}

// Loading Playwright is now the longest wait before the browser starts (0.6 s of CPU here): Node's
// compile cache (its default folder in the system's temp dir, or NODE_COMPILE_CACHE) keeps the
// compiled code of its modules for the next build, a quarter less. Node checks each entry against the source.
module.enableCompileCache?.();
const [{ chromium }, server] = await Promise.all([
  import('@playwright/test'),
  serveBuild({ outDir, base, port: Number(process.env.PDF_PORT) || 0 }),
]);
const local = server.url;
// Every built file the print view loads: the cache key of the PDFs.
const loadedFiles = new Set();

/** Opens one print view in a tab of its own and prints it once per variant (the handouts: one view, two papers). */
async function printView(browser, query, variants) {
  const page = await browser.newPage();
  page.on('requestfinished', (request) => {
    const file = builtFileOf(request.url(), local, outDir);
    if (file) loadedFiles.add(file);
  });
  await page.goto(`${local}slides/?${query}`);
  await page.waitForFunction(() => document.querySelectorAll('.reveal .pdf-page').length > 0);
  await page.evaluate(() => document.fonts.ready);
  // Same-site links (root-relative in the build) become addresses on the public site.
  await page.evaluate(
    ({ local, publicBase }) => {
      for (const a of document.querySelectorAll('a[href]')) {
        if (a.href.startsWith(local)) a.href = publicBase + a.href.slice(local.length);
      }
    },
    { local, publicBase: await page.locator('.reveal').getAttribute('data-public-base') },
  );
  // The slides' paper is the size of reveal's page boxes, measured: reveal also writes an @page
  // rule, but the site's CSP (rightly) refuses the <style> element it injects. The handouts go on
  // A4 or Letter, each page box scaled to the paper's width.
  const { width, height } = await page.evaluate(() => {
    const box = document.querySelector('.reveal .pdf-page').getBoundingClientRect();
    return { width: Math.floor(box.width), height: Math.ceil(box.height) };
  });
  for (const variant of variants) {
    const paper = HANDOUT_PAPER[variant];
    const file = path.join(outDir, 'slides', PDF_FILES[variant]);
    await page.pdf({
      path: file,
      ...(paper
        ? { format: paper, scale: PAPER_WIDTH_PX[paper] / width }
        : { width: `${width}px`, height: `${height}px` }),
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      printBackground: true,
      tagged: true,
      outline: true,
    });
    console.log(`pdf: wrote ${file}`);
  }
}

let browser;
try {
  browser = await chromium.launch({ executablePath });
  await Promise.all([
    printView(browser, 'view=print', ['slides']),
    printView(browser, 'view=print&handout', ['handout', 'handoutLetter']),
  ]);
} finally {
  await browser?.close();
  await server.close();
}
storePdfs(
  cacheDir,
  cacheKind,
  outDir,
  loadedFiles,
  new Map(names.map((name) => [name, readFileSync(path.join(outDir, 'slides', name))])),
);
console.log(`pdf: printed in ${seconds()}${cacheDir ? '; kept in the build cache for the next build' : ''}`);
