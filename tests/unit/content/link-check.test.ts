import { describe, expect, it } from 'vitest';
import { lineOfLink } from '../../../src/content/link-check.ts';

describe('lineOfLink', () => {
  const source = '---\ntitle: T\n---\n\n## A\n\nSee [x](/coreos/#nope) and "/lab/".\n\n<a href="/glossary/">g</a>\n';

  it('finds the line where the author wrote the link, without the base path the build added', () => {
    expect(lineOfLink(source, '/coreos/#nope', '/')).toBe(7);
    expect(lineOfLink(source, '/immutable-linux/coreos/#nope', '/immutable-linux/')).toBe(7);
    expect(lineOfLink(source, '/glossary/', '/')).toBe(9);
  });

  it('says 0 when the link is not in the source (a component made it)', () => {
    expect(lineOfLink(source, '/missing/', '/')).toBe(0);
  });
});
