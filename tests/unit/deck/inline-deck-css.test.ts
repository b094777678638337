import { describe, expect, it } from 'vitest';
import { inlineStylesheets, withoutPrefetchScript } from '../../../src/deck/inline-deck-css.mjs';

const files: Record<string, string> = {
  '/_astro/a.css': '.a{color:red}\n',
  '/_astro/b.css': '@font-face{src:url(/_astro/x.woff2)}',
};
const read = (href: string) => files[href];

describe('inlineStylesheets: the deck page without render-blocking stylesheet requests', () => {
  it('puts each linked file in a <style> where its link was, in order, once', () => {
    const html =
      '<head><link rel="stylesheet" href="/_astro/a.css"><title>t</title>' +
      '<link rel="stylesheet" href="/_astro/b.css"><link rel="stylesheet" href="/_astro/a.css"></head>';
    expect(inlineStylesheets(html, read)).toBe(
      '<head><style>.a{color:red}</style><title>t</title><style>@font-face{src:url(/_astro/x.woff2)}</style></head>',
    );
  });

  it('keeps the link of a file that is not part of the build', () => {
    const html = '<link rel="stylesheet" href="https://example.org/x.css">';
    expect(inlineStylesheets(html, read)).toBe(html);
  });

  it('refuses CSS that would close the <style> element early', () => {
    const html = '<link rel="stylesheet" href="/_astro/evil.css">';
    expect(() => inlineStylesheets(html, () => 'a{}</style><script>x</script>')).toThrow(/cannot be inlined/);
  });
});

describe('inlineStylesheets with a split: the rules for later go to a file the <style> names', () => {
  it('inlines what split keeps and names the on-demand file; a stylesheet with nothing to defer stays whole', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css">';
    const split = (css: string, href: string) =>
      href.endsWith('a.css') ? { inline: '.a{}', onDemandHref: '/_astro/a.on-demand.x.css' } : { inline: css };
    expect(inlineStylesheets(html, read, split)).toBe(
      '<style data-on-demand-css="/_astro/a.on-demand.x.css">.a{}</style>' +
        '<style>@font-face{src:url(/_astro/x.woff2)}</style>',
    );
  });
});

describe('withoutPrefetchScript: no link prefetching on the deck', () => {
  const scripts: Record<string, string> = {
    '/_astro/page.abc.js': 'var e={};function o(e){r??=e?.prefetchAll??!1}o();',
    '/_astro/page.def.js': 'import{a}from"./x.js";var p=a?.prefetchAll;',
  };
  const readScript = (src: string) => scripts[src];

  it("drops Astro's page script when it is only the prefetch code", () => {
    const html = '<head><script type="module" src="/_astro/page.abc.js"></script><title>t</title></head>';
    expect(withoutPrefetchScript(html, readScript)).toBe('<head><title>t</title></head>');
  });

  it('keeps a page script that does more (imports) or is not in the build, and other scripts', () => {
    const html =
      '<script type="module" src="/_astro/page.def.js"></script><script type="module" src="/_astro/page.zzz.js"></script>' +
      '<script type="module" src="/_astro/index.abc.js"></script>';
    expect(withoutPrefetchScript(html, readScript)).toBe(html);
  });
});
