import { describe, it, expect } from 'vitest';
import { stripDocsOnly } from '../../../src/deck/strip-docs-only.ts';

describe('stripDocsOnly', () => {
  it('removes each docs-only passage and keeps the rest', () => {
    const html =
      '<section><h2 id="a">A</h2><div class="docs-only"><h3 id="x">X</h3><p>deep</p></div><p>kept</p></section>';
    expect(stripDocsOnly(html)).toBe('<section><h2 id="a">A</h2><p>kept</p></section>');
  });

  it('finds the end of a passage that holds nested divs', () => {
    const html =
      '<p>1</p><div class="docs-only"><div class="aside"><div>in</div></div><p>t</p></div><div class="deck-only">2</div>';
    expect(stripDocsOnly(html)).toBe('<p>1</p><div class="deck-only">2</div>');
  });

  it('removes several passages and leaves other divs alone', () => {
    const html =
      '<div class="x">a</div><div class="docs-only">b</div><div>c</div><div class="docs-only"><div>d</div></div>e';
    expect(stripDocsOnly(html)).toBe('<div class="x">a</div><div>c</div>e');
  });

  it('returns HTML without passages unchanged', () => {
    expect(stripDocsOnly('<p>plain</p>')).toBe('<p>plain</p>');
  });

  it('refuses HTML where a passage never closes', () => {
    expect(() => stripDocsOnly('<div class="docs-only"><p>open')).toThrow(/not closed/);
  });
});
