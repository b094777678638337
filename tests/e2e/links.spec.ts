/**
 * Link gate over the built site (no browser needed): every internal link, asset and #anchor
 * resolves, deck routes included; external links go to a report under test-results/links/.
 */
import { test, expect } from './fixtures.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkLinks, writeExternalLinksReport } from '../../scripts/check-links.mjs';
import { distDir, base } from './site.ts';

test.describe('links', () => {
  test('every internal link, asset and anchor in the build resolves', { tag: '@base' }, async () => {
    const { checked, broken, external } = checkLinks({ distDir, base });
    const report = writeExternalLinksReport(external, { distDir, base });
    await test.info().attach('external links', { path: report, contentType: 'text/markdown' });
    expect(checked).toBeGreaterThan(50);
    expect(broken.map((b) => `${b.from}: ${b.url} (${b.problem})`)).toEqual([]);
  });

  test('the checker catches a missing page, a missing anchor, a missing slide and a base-less link', () => {
    const root = test.info().outputPath('site');
    const page = (file: string, html: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(
        path.join(root, file),
        `<!doctype html><html lang="en"><head><title>t</title></head><body>${html}</body></html>`,
      );
    };
    page(
      'index.html',
      [
        '<a href="/sub/a/">ok</a>',
        '<a href="/sub/a/#here">ok anchor</a>',
        '<a href="/sub/slides/#/one">ok slide</a>',
        '<a href="/sub/gone/">missing page</a>',
        '<a href="/sub/a/#nowhere">missing anchor</a>',
        '<a href="/sub/slides/#/nope">missing slide</a>',
        '<a href="/a/">outside the base</a>',
        '<a href="/sub/a">no slash</a>',
        '<img src="/sub/missing.png" alt="">',
        '<a href="https://example.org/">external</a>',
      ].join(''),
    );
    page('a/index.html', '<h2 id="here">here</h2>');
    page(
      'slides/index.html',
      '<div class="reveal"><div class="slides"><section id="t"></section><section data-slide="one"></section></div></div>',
    );
    const { broken, external } = checkLinks({ distDir: root, base: '/sub/' });
    expect(broken.map((b) => b.url).sort()).toEqual(
      ['/a/', '/sub/a', '/sub/a/#nowhere', '/sub/gone/', '/sub/missing.png', '/sub/slides/#/nope'].sort(),
    );
    expect(external.map((e) => e.url)).toEqual(['https://example.org/']);
  });
});
