/**
 * The PDF step reuses its PDFs when the built deck is unchanged (scripts/pdf-cache.mjs): one fixture
 * build, then `npm run pdf` three times against it: the first prints, the second reuses the same
 * bytes without a browser, the third follows an edit of the deck's text and of one stylesheet it
 * loads and prints anew.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF_FILES } from '../../src/deck/pdf-files.ts';
import { BUILD_TIMEOUT_MS, buildFixture, replaceIn, type FixtureBuild } from './fixture-site.ts';

let build: FixtureBuild;
beforeAll(() => {
  build = buildFixture({ env: { PDF_STRICT: '1' } });
}, BUILD_TIMEOUT_MS);
afterAll(() => build?.remove());

const cacheDir = () => path.join(path.dirname(build.dist), 'build-cache');
function pdfStep() {
  const run = spawnSync('npm', ['run', 'pdf'], {
    encoding: 'utf8',
    env: { ...process.env, OUT_DIR: build.dist, BUILD_CACHE_DIR: cacheDir(), PDF_STRICT: '1' },
    timeout: BUILD_TIMEOUT_MS,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
const slidesPdf = () => readFileSync(path.join(build.dist, 'slides', PDF_FILES.slides));

describe('the PDF step and its cache', { timeout: 4 * BUILD_TIMEOUT_MS }, () => {
  it('prints, then reuses the PDFs of an unchanged deck, then prints again after the deck changed', () => {
    expect(build.status, build.output).toBe(0);

    const first = pdfStep();
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/pdf: printed in/);
    const printed = slidesPdf();

    const second = pdfStep();
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(/pdf: reused .*immutable-linux-slides\.pdf.* from the build cache/);
    expect(second.output).not.toMatch(/pdf: wrote/);
    expect(slidesPdf().equals(printed)).toBe(true);

    // A content edit changes the built deck's HTML; the next test changes a script alone.
    replaceIn(path.join(build.dist, 'slides', 'index.html'), 'First slide', 'First slide, edited');
    const third = pdfStep();
    expect(third.status, third.output).toBe(0);
    expect(third.output).toMatch(/pdf: printed in/);
    expect(slidesPdf().equals(printed)).toBe(false);
  });

  // The deck's CSS is inline in its HTML (src/deck/inline-deck-css.mjs); its scripts stand for the
  // files it loads beside the HTML.
  it('prints again when only a script the deck loads changed', () => {
    const deck = readFileSync(path.join(build.dist, 'slides', 'index.html'), 'utf8');
    const script = /src="\/(_astro\/[^"]+\.js)"/.exec(deck)?.[1];
    expect(script).toBeDefined();
    replaceIn(path.join(build.dist, script!), ';', ';\n/* cache-test */');
    const run = pdfStep();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/pdf: printed in/);
    expect(pdfStep().output).toMatch(/pdf: reused/);
  });
});
