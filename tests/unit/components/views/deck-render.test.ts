import { describe, expect, it } from 'vitest';
import { isDeckRender, markDeckRender } from '../../../../src/components/views/deck-render.ts';

describe('deck render flag', () => {
  it('holds for the page render the deck marked and for no other', () => {
    const deckPage = {};
    const docsPage = {};
    expect(isDeckRender(deckPage)).toBe(false);
    markDeckRender(deckPage);
    expect(isDeckRender(deckPage)).toBe(true);
    expect(isDeckRender(docsPage)).toBe(false);
  });
});
