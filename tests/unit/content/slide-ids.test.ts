import { describe, it, expect } from 'vitest';
import { assertUniqueSlideIds } from '../../../src/content/slide-ids.ts';

describe('assertUniqueSlideIds', () => {
  it('accepts distinct ids across pages', () => {
    expect(() =>
      assertUniqueSlideIds([
        { file: 'a.mdx', slideIds: ['a', 'b'] },
        { file: 'b.mdx', slideIds: ['c'] },
      ]),
    ).not.toThrow();
  });
  it('names both files when two pages share a slide id', () => {
    expect(() =>
      assertUniqueSlideIds([
        { file: 'content/a.mdx', slideIds: ['try-it'] },
        { file: 'content/b.mdx', slideIds: ['try-it'] },
      ]),
    ).toThrow(/content\/b\.mdx: the slide "try-it" has the same id as a slide in content\/a\.mdx/);
  });
  it('keeps reserved ids for generated slides', () => {
    expect(() => assertUniqueSlideIds([{ file: 'x.mdx', slideIds: ['immutable-linux'] }], ['immutable-linux'])).toThrow(
      /generated title slide/,
    );
  });
});
