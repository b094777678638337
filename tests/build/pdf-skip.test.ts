/**
 * A build that cannot print the PDFs (no browser, or PDF=0) still succeeds, says so and how to make
 * them, and its links lead to the print view rather than to missing files. PDF=0 takes the same
 * path as a machine without a browser (scripts/pdf-plan.mjs; detection is unit-tested). The output
 * goes outside the project, as `OUT_DIR=../site-dist` would.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

describe('a build without PDFs', { timeout: 180_000 }, () => {
  it('succeeds, says the PDFs were skipped, and links to the print view', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'talk-nopdf-'));
    const outDir = path.join(tmp, 'dist');
    const result = spawnSync('npm', ['run', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: path.resolve('tests/fixtures/sites/minimal'),
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: path.join(tmp, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        PDF: '0',
        PDF_STRICT: '',
        PDF_EXPORT: '',
      },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).toContain('PDFs skipped: PDF=0 is set');
    expect(output).toContain('npm run build');
    const deck = readFileSync(path.join(outDir, 'slides', 'index.html'), 'utf8');
    expect(deck).not.toMatch(/href="[^"]*\.pdf"/);
    expect(deck).toContain('href="/slides/?view=print"');
    expect(deck).toContain('href="/slides/?view=print&amp;handout"');
    expect(existsSync(path.join(outDir, 'slides', 'immutable-linux-slides.pdf'))).toBe(false);
  });
});
