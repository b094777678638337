import { describe, it, expect } from 'vitest';
import { normalizeBase, withBase, pageSlugFromPath, docsHref, slideHref } from '../../../src/markdown/paths.ts';

describe('paths', () => {
  it('normalizes a base path whatever the slashes', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('immutable-linux')).toBe('/immutable-linux/');
    expect(normalizeBase('/immutable-linux')).toBe('/immutable-linux/');
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
  });

  it('prefixes root-relative links once', () => {
    expect(withBase('/x/', '/coreos/')).toBe('/x/coreos/');
    expect(withBase('/x/', '/x/coreos/')).toBe('/x/coreos/');
    expect(withBase('/x/', 'https://a.org/')).toBe('https://a.org/');
    expect(withBase('/x/', '//cdn.example/')).toBe('//cdn.example/');
    expect(withBase('/', '/coreos/')).toBe('/coreos/');
  });

  it('derives a page slug from its content file', () => {
    expect(pageSlugFromPath('/p/content/coreos.mdx')).toBe('coreos');
    expect(pageSlugFromPath('/p/content/index.mdx')).toBe('');
    expect(pageSlugFromPath('/p/content/guides/index.md')).toBe('guides');
    expect(pageSlugFromPath('/p/elsewhere/a.md')).toBeUndefined();
  });

  it('builds the two kinds of cross-link', () => {
    expect(docsHref('/x/', 'coreos', 'coreos')).toBe('/x/coreos/#coreos');
    expect(docsHref('/', '')).toBe('/');
    expect(slideHref('/x/', 'coreos')).toBe('/x/slides/#/coreos');
  });
});
