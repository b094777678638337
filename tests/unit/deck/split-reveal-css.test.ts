import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cssStatements, selectorsOf, splitRevealCss } from '../../../src/deck/split-reveal-css.mjs';

const require = createRequire(import.meta.url);
/** reveal's stylesheet as it ships (the deck imports 'reveal.js/reveal.css'). */
const shipped = readFileSync(require.resolve('reveal.js/reveal.css'), 'utf8');

/** The selectors of every style rule in `css`, inside @media/@supports blocks too. */
function allSelectors(css: string): string[] {
  return cssStatements(css).flatMap((s) => {
    if (s.prelude === undefined) return [];
    if (s.prelude.startsWith('@')) return /^@(media|supports)/.test(s.prelude) ? allSelectors(s.body) : [];
    return selectorsOf(s.prelude);
  });
}

describe('splitRevealCss: what the first slide needs inline, the rest on first use', () => {
  it('defers whole rules of the features only, keeps the rest and @media print in order', () => {
    const css =
      '.reveal .controls{color:red}.reveal.overview .slides section{cursor:pointer}' +
      '.reveal .slides,.reveal.overview .slides{top:0}' +
      '@media screen and (width>=500px){.reveal .r-overlay{inset:0}.reveal .progress{height:3px}}' +
      '@media print{html.reveal-print .x{a:b}}@keyframes spin{0%{transform:none}}' +
      '.reveal.fade .slides section:not([data-transition]){transition:opacity .5s}' +
      '.reveal .fragment.fade-in{opacity:0}.reveal[data-background-transition=fade]>.backgrounds .b{opacity:0}';
    expect(splitRevealCss(css)).toEqual({
      inline:
        '.reveal .controls{color:red}.reveal .slides,.reveal.overview .slides{top:0}' +
        '@media screen and (width>=500px){.reveal .progress{height:3px}}' +
        '@media print{html.reveal-print .x{a:b}}@keyframes spin{0%{transform:none}}' +
        '.reveal .fragment.fade-in{opacity:0}.reveal[data-background-transition=fade]>.backgrounds .b{opacity:0}',
      deferred:
        '.reveal.overview .slides section{cursor:pointer}@media screen and (width>=500px){.reveal .r-overlay{inset:0}}' +
        '.reveal.fade .slides section:not([data-transition]){transition:opacity .5s}',
    });
  });

  it('reads strings, comments and selector lists with commas in parentheses', () => {
    expect(cssStatements('/* a{ */.a::before{content:"}"}@import "x.css";')).toEqual([
      { prelude: '/* a{ */.a::before', body: 'content:"}"' },
      { text: '@import "x.css";' },
    ]);
    expect(selectorsOf('.a:is(.b,.c), .d')).toEqual(['.a:is(.b,.c)', '.d']);
    expect(() => cssStatements('.a{')).toThrow(/unbalanced/);
  });

  it("on reveal's shipped CSS: overview, print view and overlay deferred; slides, controls, scroll view inline", () => {
    const { inline, deferred } = splitRevealCss(shipped);
    // Nothing lost: the two parts hold every selector of the shipped file once.
    expect([...allSelectors(inline), ...allSelectors(deferred)].sort()).toEqual(allSelectors(shipped).sort());
    const inlineSelectors = allSelectors(inline).join('\n');
    const deferredSelectors = allSelectors(deferred).join('\n');
    for (const firstPaint of [
      '.reveal .slides',
      '.reveal .controls',
      '.reveal .progress',
      '.reveal .slide-number',
      '.reveal .fragment',
      '.reveal.slide .slides>section:not([data-transition]).future',
      '.reveal-viewport.reveal-scroll .scroll-page',
      '.reveal .pause-overlay',
    ])
      expect(inlineSelectors, firstPaint).toContain(firstPaint);
    // Outside @media print (kept for Ctrl+P), no inline rule is only for a feature used later.
    const screenRules = (css: string): string[][] =>
      cssStatements(css).flatMap((s) => {
        if (s.prelude === undefined || s.prelude.startsWith('@media print')) return [];
        if (s.prelude.startsWith('@')) return /^@(media|supports)/.test(s.prelude) ? screenRules(s.body) : [];
        return [selectorsOf(s.prelude)];
      });
    for (const later of ['.reveal.overview', 'html.reveal-print', '.r-overlay', '.jump-to-slide', '.reveal.zoom'])
      expect(
        screenRules(inline).filter((selectors) => selectors.every((selector) => selector.includes(later))),
        later,
      ).toEqual([]);
    expect(deferredSelectors).toContain('.reveal.overview');
    expect(deferredSelectors).toContain('.r-overlay');
    // The split is worth it: most of the file waits until a feature is used.
    expect(deferred.length).toBeGreaterThan(inline.length);
  });

  it("no slide sets a transition of its own (the transitions other than the deck's are deferred)", () => {
    const contentDir = path.resolve('content');
    const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files)
      expect(readFileSync(path.join(contentDir, file), 'utf8'), file).not.toMatch(/data-transition|transition=/);
  });
});

describe('the handout keeps its one column of larger transcript type after the split', () => {
  // The build splits every stylesheet the deck inlines, the simulator's too: had the handout's rule
  // stayed inline while the print view's went to the file linked after it, the handouts would print
  // each transcript in the slides' two columns of small type (it happened: 22 pages instead of 26).
  // Without comments, as the build's minifier hands it over.
  const sim = readFileSync(path.join('src', 'components', 'sim', 'sim.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  it('defers the handout rule with the print rule and after it', () => {
    const { inline, deferred } = splitRevealCss(sim);
    const print = deferred.indexOf('html.reveal-print .reveal sim-machine .sim-transcript-steps{');
    const handout = deferred.indexOf('html.reveal-print.deck-handout .reveal sim-machine .sim-transcript-steps{');
    expect(print).toBeGreaterThanOrEqual(0);
    expect(handout).toBeGreaterThan(print);
    expect(inline).not.toMatch(/deck-handout[^{]*sim-transcript-steps\{/);
  });
});
