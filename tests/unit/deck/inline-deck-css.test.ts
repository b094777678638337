import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../../src/deck/inline-deck-css.mjs';

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
